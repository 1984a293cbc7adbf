class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)
class OrderedNS(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class MP(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedNS()
class F(metaclass=MP):
    x = 1
    def m(self): pass
print(sorted(k for k in F.__dict__ if not k.startswith("__")))
def fmeta(name, bases, ns):
    print("fmeta", name, bases, sorted(ns))
    return 42
class G(metaclass=fmeta):
    a = 1
print(G)
class H:
    def m(self):
        return __class__, super().__repr__()[:8]
print(H().m()[0].__name__)
class I(H):
    def m(self):
        return super().m()[0].__name__
print(I().m())
class J:
    def __init_subclass__(cls, /, color=None, **kw):
        super().__init_subclass__(**kw)
        cls.color = color
class K(J, color="red"): pass
print(K.color)
try:
    class L(J, bogus=1): pass
except TypeError as e:
    print("TypeError", e)
X = type("X", (), {"v": 1, "get": lambda self: self.v})
print(X().get(), X.__name__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
def fn():
    class Local:
        def m(self): pass
    return Local
print(fn().__qualname__, fn().m.__qualname__)
class Doc:
    "docstring here"
print(Doc.__doc__)
class NoDoc: pass
print(NoDoc.__doc__)
class WithSlots:
    __slots__ = ("a",)
ws = WithSlots(); ws.a = 1
print(ws.a)
class Priv:
    __secret = 1
    def get(self): return self.__secret
print(Priv().get(), hasattr(Priv, "_Priv__secret"))
class Ann:
    x: int = 5
    y: str
print(Ann.__annotations__, Ann.x)
class Mixed:
    count = 0
    def __init__(self):
        Mixed.count += 1
        self.id = Mixed.count
objs = [Mixed() for _ in range(3)]
print([o.id for o in objs], Mixed.count)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
c1, c2 = Cmp(1), Cmp(1)
print(c1 == c2, c1 != c2)
try:
    hash(c1)
except TypeError as e:
    print(e)
class Prop2:
    def __init__(self): self._v = 0
    def getv(self): return self._v
    def setv(self, v): self._v = v
    def delv(self): print("deleting")
    v = property(getv, setv, delv, "doc of v")
p = Prop2(); p.v = 3; print(p.v); del p.v
print(Prop2.v.__doc__)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 5
except AttributeError as e:
    print(e)
class GA:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
ga = GA(); ga.real = 1
print(ga.magic, ga.real)
class SA:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)
sa = SA(); sa.q = 2
print(sa.q)
class Dl:
    def __delattr__(self, n): print("delattr", n)
d = Dl(); del d.zz
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
cc = Callable()
cc(); cc()
print(cc())
class Static:
    @staticmethod
    def s(x): return x * 2
    def use(self): return self.s(3)
print(Static.s(2), Static().s(2), Static().use())
print(isinstance(E(), A), issubclass(E, D), E.__bases__)
class Inst:
    pass
i = Inst()
i.__dict__["z"] = 5
print(i.z, i.__dict__)
i.__class__ = Doc
print(type(i).__name__, i.__doc__)
