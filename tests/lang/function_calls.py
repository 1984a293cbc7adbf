def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__code__.co_flags & 0xc, f.__module__)
def p(a, b, /, c, *, d):
    return a, b, c, d
print(p(1, 2, 3, d=4), p(1, 2, c=3, d=4))
for call in [lambda: p(1, b=2, c=3, d=4), lambda: p(1, 2, 3, 4), lambda: p(1, 2, 3), lambda: p(1), lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: p(1, 2, 3, d=4, e=5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
def ann(a: int, b: "str" = "s") -> list:
    pass
print(ann.__annotations__)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def hello(name, punct="!"):
    return "hello " + name + punct
print(hello("bob"), hello("al", punct="?"))
print(hello.__name__, hello.__wrapped__.__name__)
def attrs(): pass
attrs.tag = "t"
print(attrs.tag, attrs.__dict__)
print((lambda *a, **k: (a, k))(1, 2, x=3))
def kwo(*, a, b=1): return a + b
print(kwo(a=1), kwo(b=2, a=3))
def many(*args): return len(args)
print(many(*range(100)), many(*[], *()), many(*"abc", *b"de"))
d = {"a": 1, "b": 2}
def two(a, b): return a - b
print(two(**d), two(*[5], **{"b": 1}))
try:
    two(1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    two(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    two(**[1])
except TypeError as e:
    print(e)
try:
    two(**{1: 2})
except TypeError as e:
    print(e)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
def fib_memo():
    cache = {}
    def fib(n):
        if n in cache: return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
print(fib_memo()(90))
print(repr(f)[:12], type(f).__name__, callable(f))
def noret(): pass
print(noret())
def multi():
    return 1, 2
a, b = multi()
print(a, b)
print(f.__code__.co_name, f.__code__.co_filename.endswith(".py"), f.__code__.co_firstlineno)
def gen_kw(**kw): return kw
print(gen_kw(**{"x": 1}, y=2, **{"z": 3}))
def pos_default(a, b=5, /): return a, b
print(pos_default(1))
print(sum.__name__, len.__qualname__ if hasattr(len, "__qualname__") else "")
def varpos(a, *rest, last=None): return a, rest, last
print(varpos(1, 2, 3, last=4))
class C:
    def meth(self, x): return x
    @staticmethod
    def sm(x): return x * 2
    @classmethod
    def cm(cls, x): return cls.__name__, x
print(C().meth(1), C.sm(2), C.cm(3), C().cm(4), C.meth(C(), 5))
print(C.meth.__qualname__, C().meth.__func__ is C.meth, C().meth.__self__.__class__.__name__)
try:
    C().meth()
except TypeError as e:
    print(e)
try:
    C.meth(1, 2, 3)
except TypeError as e:
    print(e)
