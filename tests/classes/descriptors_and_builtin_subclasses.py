class Cached:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.name] = v; return v
class W:
    @Cached
    def val(self): print('compute'); return 42
w = W(); print(w.val, w.val)
class Typed:
    def __init__(self, t): self.t = t
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__.get(self.name)
    def __set__(self, obj, v):
        if not isinstance(v, self.t): raise TypeError(f'{self.name} must be {self.t.__name__}')
        obj.__dict__[self.name] = v
class P:
    x = Typed(int)
p = P(); p.x = 3; print(p.x)
try: p.x = 'a'
except TypeError as e: print(e)
class Prop2(property):
    pass
class Z:
    @Prop2
    def a(self): return 'a'
print(Z().a, type(Z.a).__name__)
class Meta(type):
    @property
    def desc(cls): return 'meta-prop ' + cls.__name__
    def __getattr__(cls, name): return 'meta-getattr ' + name
    def __len__(cls): return 7
    def __iter__(cls): return iter([1,2])
    def __getitem__(cls, k): return ('item', k)
    def __repr__(cls): return '<Meta ' + cls.__name__ + '>'
class Q(metaclass=Meta): pass
print(Q.desc, Q.anything, len(Q), list(Q), Q[3], Q, [Q])
class Abstract:
    def __init_subclass__(cls, **kw):
        for k, v in kw.items(): setattr(cls, k, v)
class Conc(Abstract, a=1, b=2): pass
print(Conc.a, Conc.b)
class GetAttribute:
    def __init__(self): self.data = {'k': 1}
    def __getattribute__(self, n):
        d = super().__getattribute__('data')
        if n in d: return d[n]
        return super().__getattribute__(n)
print(GetAttribute().k, GetAttribute().data)
class HashEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
print(HashEq(1) == HashEq(1), len({HashEq(1), HashEq(1)}))
class Parent:
    def __eq__(self, o): return True
class Child(Parent):
    def __hash__(self): return 5
print(hash(Child()), Parent.__hash__)
class T:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try:
    T() < T()
except TypeError as e: print(e)
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq called', type(o).__name__)
        return NotImplemented
print(Num(1) == 1, 1 == Num(1), Num(1) != 2)
class R:
    def __repr__(self): return 'R'
    def __eq__(self, o): return isinstance(o, R)
print([R()] == [R()], (R(),) == (R(),), R() in [R()], [R()].index(R()), [R(), 1].count(R()))
class Cnt:
    count = 0
    def __init__(self): Cnt.count += 1; self.id = Cnt.count
    def __del__(self): pass
a = [Cnt() for _ in range(3)]; print([x.id for x in a])
class Slotted:
    __slots__ = ['a', '__b']
    def __init__(self): self.a = 1; self.__b = 2
    def get(self): return self.__b
s = Slotted(); print(s.get(), Slotted.__slots__, hasattr(s, '_Slotted__b'))
class Dyn: pass
Dyn.__repr__ = lambda self: 'DynRepr'
print(Dyn(), repr(Dyn()))
Dyn.__len__ = lambda self: 4
print(len(Dyn()), bool(Dyn()))
del Dyn.__repr__
print(repr(Dyn())[:14])
Dyn.__eq__ = lambda s, o: True
print(Dyn() == 3)
Dyn.__add__ = lambda s, o: 'added'
print(Dyn() + 1)
class Str(str): pass
s = Str('x'); s.attr = 1; print(s, s.attr, s + 'y', type(s + 'y'))
class I(int):
    def __repr__(self): return 'I(%d)' % self
print(I(3), [I(3)], I(3) + 1, str(I(3)), f'{I(3)}', '%d' % I(3))
class F(float): pass
print(F(1.5), F(1.5) * 2, repr(F(2)))
class Tup(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
t = Tup(1, 2); print(t, t[0], len(t), type(t).__name__, t == (1, 2))
class D(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = D(); d['a'] = 1; print(d, d.get('a'))
class L(list):
    def __init__(self, *a): super().__init__(a)
print(L(1, 2, 3), L(1) + [2])
