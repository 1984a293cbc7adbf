class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @property
    def prop(self):
        return self.v * 2
    @staticmethod
    def st(a):
        return a + 1
    @classmethod
    def cm(cls):
        return cls.__name__
class B(A):
    def get(self):
        return super().get() + 100
    def __repr__(self):
        return "B(%r)" % self.v
b = B(5)
print(b.get(), b.prop, b.st(1), B.cm(), b.cm(), b.x, b)
print(B.__mro__, B.__qualname__, B.__module__)
print(A.get(b), B.get.__qualname__)
m = b.get
print(m(), m.__self__ is b, m.__func__ is B.get, m == b.get)
b.get = lambda: "shadowed"
print(b.get())
del b.get
print(b.get())

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
class C(metaclass=Meta, flag=True):
    a = 1
    def f(self): pass
print(type(C).__name__, C.injected)
class D(C):
    pass
print(type(D).__name__)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Base, tag="t"):
    pass

class WithClassCell:
    def who(self):
        return __class__
print(WithClassCell().who())

class Desc:
    def __get__(self, obj, typ):
        return ("get", obj is None)
    def __set__(self, obj, v):
        print("set", v)
class UseDesc:
    d = Desc()
u = UseDesc()
print(u.d, UseDesc.d)
u.d = 5
u.__dict__['d'] = 'inst'
print(u.d)

class NonData:
    def __get__(self, obj, typ):
        return "nondata"
class UseND:
    n = NonData()
un = UseND()
print(un.n)
un.n = "inst"
print(un.n)

class Slots:
    def __getattr__(self, name):
        return "missing:" + name
s = Slots()
s.real = 1
print(s.real, s.fake)

class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return self.count
c = Counter()
for i in range(3):
    c.inc()
print(c.count)
Counter.inc = lambda self: "patched"
print(c.inc())
def newinc(self):
    return "new method"
Counter.inc = newinc
print(c.inc(), [c.inc() for _ in range(2)])

class P:
    def m(self): return "P"
class Q(P): pass
q = Q()
res = []
for i in range(3):
    res.append(q.m())
    if i == 1:
        P.m = lambda self: "P2"
print(res)
res = []
for i in range(3):
    res.append(q.m())
    if i == 0:
        Q.m = lambda self: "Q"
    if i == 1:
        del Q.m
print(res)

class Prop:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 10
p = Prop()
p.x = 4
print(p.x)
try:
    class Bad(metaclass=Meta, other=1): pass
except TypeError as e:
    print("TypeError", e)
print(type("Dyn", (A,), {"z": 3})(1).z)
class Str(str):
    def shout(self): return self.upper() + "!"
print(Str("hi").shout(), Str("hi") + "x")
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4)
print(l.total(), len(l), l)
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, b=2))
print(len)
print(A.__init__.__name__, A.get.__defaults__, A.get.__code__.co_varnames)
def func(): "doc"; pass
print(func.__doc__, func.__name__, func.__qualname__, func.__module__)
func.attr = 5
print(func.attr, func.__dict__)
func.__name__ = "renamed"
print(func.__name__, repr(func)[:20])
def g2(): return 1
def g3(): return 2
g2.__code__ = g3.__code__
print(g2())
class Eq:
    def __eq__(self, o): return True
    __hash__ = None
print(Eq() == 1, Eq.__hash__)
