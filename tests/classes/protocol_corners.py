class Proxy:
    @property
    def __class__(self): return int
p = Proxy()
print(isinstance(p, int), type(p).__name__, p.__class__)
class MetaGA(type):
    def __getattr__(cls, name): return f'meta:{name}'
class WithMeta(metaclass=MetaGA):
    real = 1
print(WithMeta.real, WithMeta.missing)
class Base:
    def __init__(self):
        self.log = []
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v)
class Child(Base):
    __slots__ = ('extra',)
c = Child(); c.extra = 1; c.other = 2; print(c.extra, c.other, sorted(vars(c)))
class Cnt:
    n = 0
    def __new__(cls, *a):
        cls.n += 1
        return super().__new__(cls)
Cnt(); Cnt(); print(Cnt.n)
class A:
    def __eq__(self, o): return 'eq-result'
print(A() == 1, A() != 1, [A()] == [A()])
class B:
    def __contains__(self, x): return 'yes'
print(3 in B(), 3 not in B())
class L:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
print(list(L()), sorted(L()), 1 in L(), len(L()), bool(L()))
x = [3, 1, 2]
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K({self.v})'
print(sorted([K(3), K(1), K(2)]), sorted([K(3), K(1)], reverse=True), max([K(1), K(5)]))
import functools
print(functools.reduce(lambda a, b: a if a.v > b.v else b, [K(1), K(9), K(3)]))
class Attr:
    def __init__(self): self.__dict__['x'] = 5
    def __getattribute__(self, n):
        if n == 'y': return 'computed'
        return super().__getattribute__(n)
a = Attr(); print(a.x, a.y, getattr(a, 'y'), hasattr(a, 'z'))
class Str:
    def __str__(self): return 'S'
    def __format__(self, spec): return 'F' + spec
print(f'{Str()}', f'{Str()!s}', f'{Str():x}', '%s' % Str(), '{}'.format(Str()), str(Str()), format(Str()))
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], [0, 1, 2, 3][Idx():], 'abcd'[Idx()], range(10)[Idx()], bin(Idx()), (5).__pow__(Idx()))
