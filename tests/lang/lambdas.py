add = lambda a, b=1: a + b
print(add(1), add(1, 2), (lambda *xs: sum(xs))(1, 2, 3), (lambda **kw: kw)(a=1))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]), list(map(lambda x: x ** 2, range(4))))
make = lambda n: lambda x: x * n
print(make(3)(4), (lambda: (lambda: "deep")())())
print(add.__name__, (lambda: 0).__qualname__, callable(add))
f = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([f(v) for v in (-1, 0, 1)])
