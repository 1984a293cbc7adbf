import sys
def make_gen_closures():
    fs = []
    for i in range(3):
        def g(i=i):
            x = i
            def inner():
                nonlocal x
                x += 10
                return x
            yield inner()
            yield inner()
        fs.append(g)
    return [list(f()) for f in fs]
print(make_gen_closures())
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
    def find(self, pred):
        for v in self:
            if pred(v):
                return v
        raise LookupError("nothing matched")
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5, Tree(6))))
print(list(t), t.depth(), t.find(lambda v: v > 4), sum(t))
try:
    t.find(lambda v: v > 10)
except LookupError as e:
    print("LookupError", e)
def exc_in_genexp():
    try:
        return sum(1 / (x - 2) for x in range(5))
    except ZeroDivisionError as e:
        return "zde: " + str(e)
print(exc_in_genexp())
def try_in_loop_in_gen():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "err %s" % e
        finally:
            yield "fin %d" % i
print(list(try_in_loop_in_gen()))
def with_in_gen_in_with():
    class CM:
        def __init__(self, n): self.n = n
        def __enter__(self): print("enter", self.n); return self.n
        def __exit__(self, *a): print("exit", self.n, a[0] is not None)
    with CM("outer"):
        def g():
            with CM("inner") as n:
                yield n
                yield n + "!"
        for v in g():
            print("v", v)
            if v.endswith("!"):
                raise KeyError("stop")
try:
    with_in_gen_in_with()
except KeyError as e:
    print("KeyError", e)
counter = {"n": 0}
def deco(f):
    def w(*a, **k):
        counter["n"] += 1
        return f(*a, **k)
    return w
class Calc:
    @deco
    def add(self, a, b=0, *rest, scale=1):
        return (a + b + sum(rest)) * scale
    @staticmethod
    @deco
    def sub(a, b): return a - b
    @classmethod
    @deco
    def name(cls): return cls.__name__
c = Calc()
print(c.add(1), c.add(1, 2, 3, 4, scale=2), Calc.sub(5, 3), Calc.name(), counter)
args = (1, 2)
kw = {"scale": 10}
print(c.add(*args, *args, **kw), (lambda *a, **k: (a, sorted(k)))(*"ab", **{"z": 1, "y": 2}))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
evens = (x for x in fib_gen() if x % 2 == 0)
first = [next(evens) for _ in range(8)]
print(first)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix[::-1]], sum(map(sum, matrix)))
print({k: [v for v in range(k)] for k in range(4) if k}, {frozenset({1, 2}): "fs"}[frozenset({2, 1})])
def kwonly_gen(*, start=0, stop):
    yield from range(start, stop)
print(list(kwonly_gen(stop=3)), list(kwonly_gen(start=2, stop=5)))
x = 10
def shadow_test():
    x = [x for x in range(3)]
    return x
print(shadow_test(), x)
def chained_exceptions():
    try:
        try:
            raise ValueError("first")
        except ValueError as e1:
            raise TypeError("second") from e1
    except TypeError as e2:
        return repr(e2), repr(e2.__cause__), e2.__context__ is e2.__cause__
print(chained_exceptions())
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: (p[1], p[0]), reverse=True))
print(max([], default="empty"), min("hello"), max(range(10), key=lambda v: v % 4))
print(*(f"{i}:{c}" for i, c in enumerate("xyz")), sep=" | ")
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), list(filter(None, [0, 1, "", "a"])), list(map(str.upper, "ab")))
