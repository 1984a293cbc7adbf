_print = print
def print(*args, **kw):
    # addresses differ between runs: mask them
    def clean(a):
        s = str(a)
        while ' at 0x' in s:
            i = s.index(' at 0x') + 4
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            s = s[:i] + 'ADDR' + s[j:]
        return s
    _print(*[clean(a) for a in args], **kw)
class A:
    x = 1
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f>' + super().f()
class C(A):
    def f(self): return 'C.f>' + super().f()
class D(B, C):
    def f(self): return 'D.f>' + super().f()
print(D().f())
print(D.__mro__)
print(D.mro())
print([c.__name__ for c in D.__mro__])
class E(D):
    def f(self):
        return super(D, self).f()
print(E().f())
print(super(B, D()).f())
s = super(B, D())
print(type(s))
print(repr(s)[:30])
class M:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(a, b): return a + b
class N(M):
    @classmethod
    def make(cls): return 'N>' + super().make()
print(N.make(), N().make(), M.st(1,2), N().st(3,4))
print(type(M.__dict__['make']), type(M.__dict__['st']))
print(M.__dict__['st'].__func__)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print('del x'); del self._x
p = P()
p.x = 5
print(p.x)
del p.x
print(P.x.__doc__)
print(type(P.x))
try:
    p.x
except AttributeError as e:
    print(e)
class Q:
    @property
    def ro(self): return 1
try:
    Q().ro = 2
except AttributeError as e:
    print(e)
try:
    del Q().ro
except AttributeError as e:
    print(e)
print(super)
class R:
    def m(self):
        return __class__
print(R().m())
# super in classmethod
class S1:
    @classmethod
    def c(cls): return ('S1', cls.__name__)
class S2(S1):
    @classmethod
    def c(cls): return super().c()
print(S2.c())
# super with __init__
class Base:
    def __init__(self, a):
        self.a = a
class Der(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
d = Der(1, 2)
print(d.__dict__, vars(d))
print(super(Der, d).__init__)
