from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point.__name__, type(p).__name__, repr(Point), Point.__doc__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._field_defaults)
x, y = p; print(x, y, sum(p), p + (3,), p * 2, hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'a, def, _c, a', rename=True)
print(R._fields)
for args in [('Bad', ['1x']), ('Bad', ['class']), ('Bad', ['_x']), ('Bad', ['a', 'a']), ('1Bad', ['a'])]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
class Pt(Point):
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).norm(), Pt(3, 4))
print(sorted([Point(2, 1), Point(1, 2)]), max(Point(1, 5), Point(1, 3)))
E = namedtuple('E', [])
print(E(), E._fields)
print(Point.x.__doc__, Point.__match_args__)

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(list(reversed(d)), 7 in d, d.count(7), d.index(7))
d.remove(7); d.reverse(); print(d)
d.insert(1, 'x'); print(d); del d[1]; d[0] = 'first'; print(d)
d2 = deque(maxlen=3)
for i in range(5):
    d2.append(i)
print(d2, d2.maxlen)
d2.appendleft('L'); print(d2)
print(deque('abc') == deque('abc'), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)
try:
    deque([1])[5]
except IndexError as e:
    print(e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
for i in range(500):
    q.appendleft(-i)
print(len(q), q[0], q[-1], q[500])
print(deque(range(3)) + deque([9]), deque([1, 2]) * 2, bool(deque()), deque([1, 2, 3], 2))
dd = deque([1, 2, 3])
try:
    for v in dd:
        dd.append(v)
except RuntimeError as e:
    print(e)
d3 = deque([1, 2, 3]); d3.clear(); print(d3, d3.copy())

dd = defaultdict(list)
dd['a'].append(1); dd['a'].append(2); dd['b'].append(3)
print(dd, dd['a'], len(dd), 'c' in dd, dict(dd))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(sorted(di.items()), di.default_factory)
dn = defaultdict()
try:
    dn['x']
except KeyError as e:
    print('KeyError', e)
print(dn, defaultdict(None, {1: 2}), defaultdict(lambda: 'z')['q'])
try:
    defaultdict(5)
except TypeError as e:
    print(e)
dc = dd.copy(); dc['z'].append(0); print(type(dc).__name__, sorted(dc), sorted(dd))
print(isinstance(dd, dict), dd.get('nope'), 'nope' in dd)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a']['b'], dict(nested['a']))

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(list(od))
od.move_to_end('d', last=False); print(list(od), ''.join(od.keys()))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print(e)
print(OrderedDict([('x', 1)]).copy(), OrderedDict(zip('ab', [1, 2])))

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common()[-1])
print(sorted(c.elements()), c.total(), len(c))
c.update('aaz'); c.update({'b': 10}); print(c)
c.subtract('aaaaaaa'); print(c)
c2 = Counter(a=3, b=1); c3 = Counter(a=1, b=2)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(), Counter([1, 1, 2]), Counter({'x': 2}), Counter(x=1) == Counter(x=1, y=0))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
c4 = Counter(a=1); c4 += Counter(b=2); c4 -= Counter(a=1); print(c4)
del c4['nothing']; print(c4)
print(Counter('hello') <= Counter('helloo'), Counter(a=2) > Counter(a=1))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z'), 'b' in cm)
cm['c'] = 4; print(cm.maps, cm)
child = cm.new_child(); child['a'] = 0; print(child['a'], child.parents['a'])
