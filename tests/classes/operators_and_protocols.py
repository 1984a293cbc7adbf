class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd', o); return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __mul__(self, o): return V(self.x * o)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __len__(self): return 3
    def __index__(self): return self.x
    def __matmul__(self, o): return 'matmul'
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o): return ('rpow', o)
    def __floordiv__(self, o): return 'fd'
    def __invert__(self): return 'inv'
print(V(1) + V(2), V(1) + 5, 5 + V(1), 3 * V(2), V(2) * 3, -V(3), abs(V(-3)))
v = V(1); v += 1; print(v)
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2))
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(1), V(2)]), min(V(3), V(1)))
print({V(1): 'a'}[V(1)], len({V(1), V(1), V(2)}))
print(bool(V(0)), bool(V(5)), len(V(1)), [10,20,30][V(1)], hex(V(255)), bin(V(2)))
print(V(1) @ V(2), V(2) ** 3, pow(V(2), 3, 5), 2 ** V(3), V(1) // 2, ~V(1))
try:
    V(1) + 'a'
except TypeError as e:
    print(e)
try:
    'a' + V(1)
except TypeError as e:
    print(e)
try:
    V(1) - V(2)
except TypeError as e:
    print(e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
try:
    V(1) > 3
except TypeError as e:
    print('TE', e)
class Ordered:
    def __init__(self, k): self.k = k
    def __lt__(self, o): print('lt', self.k, o.k); return self.k < o.k
    def __gt__(self, o): print('gt', self.k, o.k); return self.k > o.k
print(Ordered(1) > Ordered(2))
print(Ordered(1) < Ordered(2))
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class Sub(int):
    def __radd__(self, o): return 'Sub.radd'
print(1 + Sub(2))
class Sub2(int):
    def __add__(self, o): return 'Sub2.add'
print(1 + Sub2(2), Sub2(2) + 1)
class NoCmp: pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print(e)
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(e)
print(NoCmp() == NoCmp(), NoCmp() != NoCmp())
a = NoCmp(); print(a == a, a != a)
class Container:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
c = Container(); c['a'] = 1; c['b'] = 2; del c['a']
print('b' in c, 'a' in c, list(c), len(c))
try:
    c['zz']
except KeyError as e:
    print(repr(e))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()))
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, b=2), callable(Call()), callable(Call))
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return True
with CM() as cm:
    raise ValueError('x')
print('after')
print(NotImplemented, repr(NotImplemented), type(NotImplemented))
print(Ellipsis, ...)
class Fmt:
    def __format__(self, spec): return 'F<' + spec + '>'
print(f'{Fmt():abc}', format(Fmt(), 'x'))
class Rep:
    def __repr__(self): return 'REP'
print(str(Rep()), repr(Rep()), f'{Rep()}', [Rep()], f'{Rep()!r}')
class St:
    def __str__(self): return 'STR'
print(str(St()), [St()][0].__str__())
