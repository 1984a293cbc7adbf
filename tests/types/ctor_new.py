# calling the builtin types' __new__ and __init__ directly, as subclasses and library code do
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class P(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def x(self): return self[0]
p = P(1, 2)
print(p, p.x, type(p).__name__, p + (3,), len(p), isinstance(p, tuple))
class S(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
print(S("abc"), type(S("abc")).__name__, S("abc") == "ABC")
class I(int):
    def __new__(cls, v, extra=0):
        obj = int.__new__(cls, v + extra)
        obj.extra = extra
        return obj
i = I(5, 2); print(i, i.extra, type(i).__name__, i + 1)
class F(float):
    def __new__(cls, v):
        return float.__new__(cls, v * 2)
print(F(1.25), type(F(1)).__name__)
class L(list):
    def __init__(self, *args):
        super().__init__(args)
print(L(1, 2, 3), len(L()), type(L(1)).__name__)
class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self["extra"] = True
print(D(a=1))
class B(bytes):
    def __new__(cls, n):
        return bytes.__new__(cls, [65] * n)
print(B(3), type(B(2)).__name__)
class Fs(frozenset):
    def __new__(cls, *items):
        return frozenset.__new__(cls, items)
print(sorted(Fs(3, 1, 2)), type(Fs(1)).__name__)
t(lambda: int.__new__(str, 5))
t(lambda: tuple.__new__(list))
t(lambda: str.__new__(int))
t(lambda: int.__new__(5))
t(lambda: list.__new__(list, 1, 2, 3))
t(lambda: list.__init__([], 1, 2))
t(lambda: dict.__new__(dict))
t(lambda: object.__new__(int))
t(lambda: int.__new__(int, "12", 8))
t(lambda: float.__new__(float, "2.5"))
t(lambda: str.__new__(str, b"x", "ascii"))
t(lambda: tuple.__new__(tuple, "ab"))
t(lambda: set.__new__(set, [1]))
t(lambda: frozenset.__new__(frozenset, "aa"))
t(lambda: bool.__new__(bool, []))
t(lambda: range.__new__(range, 3))
t(lambda: type.__new__(type, "X", (), {}).__name__)
x = [1, 2]; list.__init__(x, "ab"); print(x)
d = {"k": 1}; dict.__init__(d, z=2); print(d)
s = {1}; set.__init__(s, [5]); print(s)
class Bad(list):
    def __init__(self): pass
print(Bad(), len(Bad()))
class WithNew(int):
    def __new__(cls):
        return 42
print(WithNew(), type(WithNew()).__name__)
