def add(a, b=10, *args, key="k", **kw):
    return (a, b, args, key, kw)
print(add(1))
print(add(1, 2, 3, 4, key="z", extra=5))
print(add(b=3, a=4))
print(add(*[1, 2, 3], **{"key": "q", "o": 1}))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=1, b=1))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3), posonly(1, 2, 3))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
def doc():
    """This is a docstring."""
    return 1
print(doc.__doc__, doc.__name__, doc(), add.__defaults__, kwonly.__kwdefaults__)
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer())
total = 0
def use_global():
    global total
    total += 5
use_global(); use_global()
print(total)
def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
def deco_args(n):
    def d(f):
        return lambda: f() * n
    return d
@deco_args(3)
def two():
    return 2
print(two())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
def varargs(*args):
    return len(args), args
print(varargs(), varargs(1), varargs(*range(5)))
f = add
f.attr = "custom"
print(f.attr, add.__qualname__, make_counter().__qualname__)
def early(x):
    if x:
        return "early"
print(early(1), early(0))
