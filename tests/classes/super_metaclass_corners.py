def check(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
def nosuper():
    return super()
check(nosuper)
check(lambda: super(int, 'x'))
check(lambda: super(1, 2))
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B>' + super().f()
    @staticmethod
    def s(): return super()
check(B.s)
check(lambda: super(B, B()).f())
check(lambda: super(B, B).f.__name__)
check(lambda: super(B).f)
class C:
    @classmethod
    @property
    def cp(cls): return 'classprop of ' + cls.__name__
print(C.cp)
print(staticmethod(len)('abc'))
class D:
    def __init_subclass__(cls, **kw):
        print('D.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__()
class E(D, tag=1): pass
class F(E): pass
class G:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item!r}]'
print(G[int], G['x'], list[int], dict[str, list[int]], tuple[int, ...])
class H: pass
h = H(); h.__dict__ = {'a': 1}; print(h.a, vars(h))
check(lambda: setattr(h, '__dict__', 5))
class Ga:
    def __getattr__(self, n):
        raise ValueError('bad ' + n)
check(lambda: hasattr(Ga(), 'x'))
check(lambda: getattr(Ga(), 'x', 0))
class Eq:
    def __eq__(self, o): return NotImplemented
e = Eq(); print(e == e, e != e, e == Eq(), e != Eq())
class Ia:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return Ia(self.v + o)
x = Ia(1); x += 5; print(x.v)
class Rs:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Rs(o + self.v)
print(sum([Rs(1)]).v, (5 + Rs(2)).v)
class Dm:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
print(divmod(Dm(), 3), divmod(3, Dm()))
import math
class Num:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
    def __int__(self): return 10
    def __float__(self): return 1.5
    def __index__(self): return 11
print(round(Num()), round(Num(), 2), math.trunc(Num()), math.floor(Num()), math.ceil(Num()), int(Num()), float(Num()), hex(Num()))
class Bt:
    def __bytes__(self): return b'bytes!'
print(bytes(Bt()))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class Virt(metaclass=Meta): pass
print(isinstance('magic', Virt), isinstance(3, Virt), issubclass(int, Virt), issubclass(str, Virt), isinstance('magic', (int, Virt)))
class Doc:
    "doc here"
class NoDoc(Doc): pass
print(Doc.__doc__, NoDoc.__doc__)
class Ann:
    x: int
    y: str = 'a'
print(Ann.__annotations__, getattr(Ann, 'x', 'no x'))
def mk():
    return type('Dyn', (), {})
print(mk().__module__, mk().__qualname__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m.__qualname__)
class Lh:
    def __length_hint__(self): return 5
import operator
print(operator.length_hint(Lh()), operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(sorted([Cmp(3), Cmp(1)], key=lambda c: c)[0].v, min(Cmp(3), Cmp(1)).v)
check(lambda: Cmp(1) > Cmp(2))
check(lambda: Cmp(1) <= Cmp(2))
print(object.__new__(A).f(), type.__new__(type, 'Q', (), {}).__name__)
class WithNew:
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init__(self, a, b=2):
        self.a = a
print(WithNew(1).args, WithNew(1, b=3).a)
check(lambda: object.__new__(int))
check(lambda: int.__new__(str))
check(lambda: A.__init__(3))
check(lambda: object.__init__(A(), 1))
class Init:
    def __init__(self): pass
check(lambda: Init(1))
check(lambda: A(1))
check(lambda: object(1))
