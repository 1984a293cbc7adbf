class Base:
    """Base doc"""
    count = 0
    def __init__(self, x):
        self.x = x
        Base.count += 1
    def describe(self):
        return f"{type(self).__name__}({self.x})"
    def __repr__(self):
        return self.describe()
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return super().describe() + f"+{self.y}"
    def cls(self):
        return __class__
c = Child(1, 2)
print(c, Base.count, Child.__doc__, Base.__doc__)
print(c.cls().__name__, Child.__qualname__, Child.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__)
class Priv:
    def __init__(self):
        self.__secret = 1
        self.__dunder__ = 2
    def get(self):
        return self.__secret
p = Priv()
print(p.get(), p._Priv__secret, sorted(k for k in vars(p)))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.made_by, type(WithMeta).__name__)
def add_attr(cls):
    cls.decorated = True
    return cls
@add_attr
class D:
    pass
print(D.decorated)
class E(*[Base]):
    pass
print(E.__bases__[0].__name__)
class P:
    @property
    def v(self):
        return 42
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(P().v, P.s(), P.c())
class Ann:
    a: int
    b: str = "x"
print(Ann.__annotations__, Ann.b)
class Multi(Child, Base):
    pass
print([k.__name__ for k in Multi.__mro__])
class S:
    def __init__(self):
        self.items = []
    def add(self, v):
        self.items += [v]
        return self
print(S().add(1).add(2).items)
class NoDoc:
    x = 1
print(NoDoc.__doc__)
class SuperInLambda(Base):
    def __init__(self):
        f = lambda: super(SuperInLambda, self).__init__(7)
        f()
print(SuperInLambda().x)
class SuperNested(Base):
    def __init__(self):
        def inner():
            return __class__
        super().__init__(inner().__name__)
print(SuperNested().x)
