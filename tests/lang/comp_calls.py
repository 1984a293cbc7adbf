def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], *(3,), c=1, **{"z": 9}))
print(f(1, **{"c": 2}, d=7))
args = (10,)
kw = {"c": 0}
print(f(*args, **kw))
def g(x, /, y, *, z):
    return x, y, z
print(g(1, y=2, z=3), g(1, 2, z=3))
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print(e)
class A:
    def m(self, *a, **k):
        return a, k
a = A()
print(a.m(1, 2, k=3), a.m(*[1], **{"q": 1}), A.m(a, 5))
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap
@deco("<")
@deco(">")
def h(x):
    return x * 2
print(h(21))
print(h.__name__)
print((lambda *a, **k: (a, k))(1, 2, x=3))
def defaults(a=[], b={"k": 1}, *, c=(1, 2)):
    a.append(1)
    return a, b, c
print(defaults(), defaults())
print(defaults.__defaults__, defaults.__kwdefaults__)
print(max([3, 1, 2], key=lambda v: -v), sorted([3, 1, 2], reverse=True))
def ann(x: int, *y: str, z: "q" = 1, **w: float) -> list:
    pass
print(ann.__annotations__)
try:
    f(1, c=1, **{"c": 2})
except TypeError as e:
    print(e)
try:
    f(**1)
except TypeError as e:
    print(e)
print(f(1, *[], c=2))
print("{} {}".format(*"ab"))
