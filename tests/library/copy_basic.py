import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
d = {'x': {1, 2}, 'y': frozenset([3])}; dc = copy.deepcopy(d); print(dc, dc['x'] is d['x'])
s = {1, 2}; print(copy.copy(s), copy.copy(s) is s)
print(copy.copy(5), copy.copy('s'), copy.copy(None), copy.deepcopy(len) is len)
shared = [1]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc is not cyc)

class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f'Point({self.x}, {self.y})'
p = Point(1, [2]); p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.y.append(3)
print(p2, p3, p2.y is p.y, type(p3).__name__, vars(p3))

class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called'); return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
x = Custom([1]); print(copy.copy(x).v, copy.deepcopy(x).v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
sl = copy.deepcopy(Slotted()); print(sl.a, sl.b)
sl2 = copy.copy(Slotted()); print(sl2.a, sl2.b)

class L(list):
    pass
l = L([1, [2]]); l.attr = 'a'; lc = copy.deepcopy(l); print(lc, type(lc).__name__, lc.attr, lc[1] is l[1])
class D(dict):
    pass
dd = D(a=[1]); dd.extra = 1; ddc = copy.copy(dd); print(ddc, type(ddc).__name__, ddc.extra, ddc['a'] is dd['a'])
class I(int):
    pass
print(copy.copy(I(5)), type(copy.deepcopy(I(5))).__name__)
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
P = namedtuple('P', 'x y'); print(copy.deepcopy(P(1, [2])), copy.copy(P(1, 2)))
print(copy.deepcopy(OrderedDict(a=1)), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(Counter('aab')), copy.copy(deque([1, 2], 5)))
class State:
    def __init__(self): self.a = 1; self.secret = 'x'
    def __getstate__(self):
        s = self.__dict__.copy(); del s['secret']; return s
    def __setstate__(self, s):
        print('setstate', s); self.__dict__.update(s); self.secret = 'restored'
st = copy.copy(State()); print(st.a, st.secret)
e = ValueError('bad', 2); e.note = 'n'; ec = copy.copy(e); print(repr(ec), ec.note)
def gen(): yield 1
try:
    copy.copy(gen())
except TypeError as err:
    print(err)
print(issubclass(copy.Error, Exception))
