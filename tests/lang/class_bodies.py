def outer():
    x = "outer x"
    y = "outer y"
    class C:
        x = "class x"
        a = x
        b = y
        def get_x(self):
            return x
        def get_y(self):
            return y
        lst = [x for _ in range(1)]
    return C
C = outer()
print(C.a, C.b, C().get_x(), C().get_y(), C.lst)
def outer2():
    v = 1
    class D:
        nonlocal v
        v = 2
    return v
print(outer2())
class Q:
    __qualname__ = "Custom.Q"
    def m(self): pass
print(Q.__qualname__, Q.m.__qualname__)
class L:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(L.names)
class S:
    def m(self): return __class__.__name__
    @classmethod
    def cm(cls): return super().__init_subclass__, cls.__name__
    @staticmethod
    def sm(): return __class__
print(S().m(), S.cm()[1], S.sm() is S)
class Base:
    def who(self): return "Base"
class Derived(Base):
    def who(self):
        def inner():
            return super(Derived, self).who()
        return "Derived>" + inner()
print(Derived().who())
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
class UsesSuper(metaclass=Meta):
    def f(self): return super().__repr__()[:12], __class__.tag
print(UsesSuper().f())
class WithDoc:
    """The doc."""
    x = 1
print(WithDoc.__doc__, WithDoc.__module__, "__qualname__" in WithDoc.__dict__, sorted(k for k in WithDoc.__dict__ if not k.startswith("__")))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class Shadow:
    len = len
    def size(self, x): return self.len(x) if False else len(x)
print(Shadow().size([1, 2]))
x = "module x"
class UsesGlobal:
    global x
    x = "set in class"
print(x)
class Private:
    __secret = 1
    def get(self): return self.__secret
    def __dunder__(self): return "not mangled"
print(Private().get(), Private._Private__secret, hasattr(Private, "__secret"), Private().__dunder__())
class _Under:
    __x = 5
print(_Under._Under__x)
class Cmp:
    def __eq__(self, o): return "eq called"
print(Cmp() == 1, Cmp() != 1)
class Empty: pass
e = Empty()
e.__dict__["dyn"] = 3
print(e.dyn, vars(e), Empty.__bases__, type(e).__name__)
class Nested:
    class A:
        class B:
            pass
print(Nested.A.B.__qualname__, Nested.A.B.__name__, repr(Nested.A.B).split("'")[1])
def factory(n):
    class Made:
        val = n
        def __repr__(self): return f"Made({self.val})"
    return Made
print(factory(1)(), factory(2)(), factory(1) is factory(1))
try:
    class Bad:
        x = undefined_name_here
except NameError as err:
    print("NameError in class body:", err)
class Ordering:
    z = 1
    a = 2
    m = 3
print([k for k in Ordering.__dict__ if not k.startswith("__")])
class Deco:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): self._p = v
    def __getattr__(self, n): return "missing " + n
d = Deco(); d.p = 5
print(d.p, d._p, d.other)
class SlotsBase:
    __slots__ = ("a",)
class SlotsChild(SlotsBase):
    __slots__ = ("b",)
sc = SlotsChild(); sc.a = 1; sc.b = 2
print(sc.a, sc.b, hasattr(sc, "__dict__"))
class Anno:
    x: int = 5
    y: "str"
    def f(self, a: int) -> str: pass
print(Anno.__annotations__, Anno.f.__annotations__)
