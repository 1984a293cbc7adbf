def f(a, b, c=3, *rest, d, e=5, **kw):
    return a, b, c, rest, d, e, kw
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*(1, 2), **{"d": 0, "e": 1}))
args = [1, 2, 3]
kwargs = {"d": "D"}
print(f(*args, *args, **kwargs, x=1))
def g(*, only):
    return only
print(g(only=1))
def h(**kw):
    return sorted(kw.items())
print(h(b=2, a=1), h(**{"x": 1}, **{"y": 2}))
print(print(*"abc", sep="|"), max(*[4, 9, 2]))
first, second, *others = (lambda *a: a)(1, 2, 3, 4)
print(first, second, others)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
try:
    f(1, 2, d=1, **{"d": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, a=1, d=1)
except TypeError as e:
    print("TypeError:", e)
