class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class UsesDesc:
    x = Desc()
    y = Desc()
u = UsesDesc()
print(u.x); u.x = 5; print(u.x, u._x, type(UsesDesc.x).__name__)
class Outer:
    class Inner:
        def m(self): pass
    def meth(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().meth().__qualname__)
class S:
    def f(self):
        return __class__
    def g(self):
        return (lambda: super(S, self).__repr__)()
print(S().f() is S, S().g()().startswith("<__main__.S object"))
try:
    def nosuper():
        super()
    nosuper()
except RuntimeError as e:
    print("RuntimeError:", e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta, flag=True):
    def __init__(self, v): self.v = v
w = WithMeta(3)
print(WithMeta.injected, WithMeta.created_by, w.v, type(WithMeta).__name__)
class GA:
    def __class_getitem__(cls, item):
        return f"GA[{item}]"
print(GA[int], GA["x"])
class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("virt"): return name.upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Dyn()
print(d.real, d.virtual, hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print(e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged(); l.a = 1; del l.a
print(hasattr(l, "a"))
class GetAttribute:
    def __getattribute__(self, name):
        if name == "magic": return 42
        return super().__getattribute__(name)
ga = GetAttribute(); ga.z = 3
print(ga.magic, ga.z)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Truth:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Truth(0)), bool(Truth(2)), not Truth(0))
class BoolOverLen(Truth):
    def __bool__(self): return True
print(bool(BoolOverLen(0)))
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.v + o.v)
        if isinstance(o, int): return Num(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self): return f"Num({self.v})"
    def __lt__(self, o): return self.v < o.v
    def __index__(self): return self.v
print(Num(1) + Num(2), 5 + Num(1), sum([Num(1), Num(2)]), sorted([Num(3), Num(1)]))
print([10, 20, 30][Num(1)], "abcdef"[Num(1):Num(3)], hex(Num(255)))
try:
    Num(1) + "s"
except TypeError as e:
    print(e)
try:
    Num(1) > Num(2)
    print(Num(1) > Num(2))
    Num(1) <= Num(2)
except TypeError as e:
    print(e)
n = Num(1); n += 5; print(n)
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, b=2), callable(Call()), callable(Call))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), "x"), "{:q}".format(Fmt()))
try:
    with 5: pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter(): pass
except TypeError as e:
    print(e)
class Slots:
    __slots__ = ("a",)
s = Slots(); s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("neg")
        self._v = val
    @v.deleter
    def v(self): print("deleting"); del self._v
p = Prop(); p.v = 3; print(p.v); del p.v
try: p.v = -1
except ValueError as e: print(e)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print(e)
print(type(RO.r).__name__, RO.__dict__["r"].fget.__name__)
class MRO_A: 
    def who(self): return "A"
class MRO_B(MRO_A):
    def who(self): return "B" + super().who()
class MRO_C(MRO_A):
    def who(self): return "C" + super().who()
class MRO_D(MRO_B, MRO_C):
    def who(self): return "D" + super().who()
print(MRO_D().who(), [k.__name__ for k in MRO_D.__mro__])
try:
    class Bad(MRO_A, MRO_D): pass
except TypeError as e:
    print(e)
print(MRO_D.__bases__, MRO_D.__base__, MRO_D.__name__, MRO_D.__module__)
print(isinstance(MRO_D(), (int, MRO_C)), issubclass(MRO_D, MRO_A), issubclass(bool, (str, int)))
