class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a, k)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 42}
    def meta_method(cls):
        return 'meta ' + cls.__name__
class A(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
print(A.tag, A.injected, type(A), A.meta_method())
a = A(3)
print(a.v)
class B(A):
    pass
print(B.tag, type(B))
try:
    B(1).meta_method
except AttributeError as e:
    print(e)
T = type('T', (object,), {'x': 1, 'f': lambda self: self.x + 1})
print(T, T().f(), T.__name__, T.__bases__, T.__module__)
T2 = type('T2', (T,), {})
print(T2.__mro__)
print(type(T), type(type), type(object))
print(isinstance(T, type), issubclass(Meta, type))
class Reg:
    registry = []
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Reg.registry.append(cls.__name__)
class R1(Reg, key='one'): pass
class R2(R1): pass
print(Reg.registry, R1.key, R2.key)
try:
    class Bad(object, foo=1): pass
except TypeError as e:
    print(e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
# __new__
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(-5) + 1)
class Str2(str):
    def shout(self): return self.upper() + '!'
print(Str2('hi').shout(), repr(Str2('x')), len(Str2('abc')))
class L(list):
    def total(self): return sum(self)
l = L([1,2,3]); l.append(4); print(l, l.total(), type(l[1:]))
class DD(dict):
    def __missing__(self, k): return k * 2
print(DD()[4], DD(a=1))
# class attribute modification affects instances
class K:
    x = 1
k = K()
K.x = 2
print(k.x)
K.meth = lambda self: 'added'
print(k.meth())
del K.x
print(hasattr(k, 'x'))
# __class__ assignment
class C1:
    def who(self): return 'C1'
class C2:
    def who(self): return 'C2'
o = C1(); o.__class__ = C2; print(o.who(), type(o).__name__)
try:
    o.__class__ = int
except TypeError as e:
    print(e)
# __bases__ etc
print(C1.__bases__, C1.__base__, object.__bases__, object.__base__)
print(C1.__qualname__, C1.__module__, C1.__doc__)
def outer():
    class Inner: pass
    return Inner
print(outer().__qualname__, outer())
