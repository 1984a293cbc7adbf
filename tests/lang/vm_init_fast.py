class A:
    def __init__(self, x, y=2, *rest, k=3, **kw):
        self.vals = (x, y, rest, k, kw)
print(A(1).vals, A(1, 5, 6, k=7, z=8).vals)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print(e)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
class Err:
    def __init__(self):
        raise ValueError("in init")
try:
    Err()
except ValueError as e:
    print("caught", e)
class New:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.from_new = v
        return o
    def __init__(self, v):
        self.from_init = v
n = New(3)
print(n.from_new, n.from_init)
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, a): self.a = a
print(WithMeta(1).a)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = True
l = L([1, 2])
print(l, l.extra)
class Tree:
    def __init__(self, d):
        self.kids = [Tree(d - 1) for _ in range(2)] if d else []
    def count(self):
        return 1 + sum(k.count() for k in self.kids)
print(Tree(8).count())
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2, x=3)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
print(type(NoInit()).__name__)
class Sub(A):
    pass
print(Sub(9).vals[0])
class Sub2(A):
    def __init__(self):
        super().__init__(0)
print(Sub2().vals)
def make(cls, *a): return cls(*a)
print(make(A, 4).vals[0], make(A, *[5]).vals[0])
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n > 0 else None
import sys
sys.setrecursionlimit(5000)
try:
    d = Deep(3000)
except RecursionError:
    print("RecursionError at 3000")
d = Deep(1000)
c = 0
while d: c += 1; d = d.child
print(c)
try:
    Deep(10000)
except RecursionError as e:
    print("RecursionError")
class Reinit:
    def __init__(self, v): self.v = v
Reinit.__init__ = lambda self, v: setattr(self, "v", v * 100)
print(Reinit(2).v)
class Slot:
    __slots__ = ("a", "b")
    def __init__(self, a, b): self.a = a; self.b = b
s = Slot(1, 2)
print(s.a, s.b)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("m", 5)
except E as e:
    print(e, e.code, e.args)
