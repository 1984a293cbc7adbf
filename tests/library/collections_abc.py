from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
    Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator,
    Collection, Reversible, KeysView, ItemsView, ValuesView)
import collections.abc
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, Counter, deque

for obj in [[], (), {}, set(), frozenset(), 'abc', b'x', 1, 1.5, None, range(3), iter([]), (x for x in []), len, {}.keys(), {}.items(), {}.values()]:
    print(type(obj).__name__, [abc.__name__ for abc in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible) if isinstance(obj, abc)])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence), issubclass(OrderedDict, MutableMapping), issubclass(deque, Iterable))

class MyList(Sequence):
    def __init__(self, *items): self._items = list(items)
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)
m = MyList(3, 1, 4, 1)
print(list(m), 4 in m, m.index(1), m.count(1), list(reversed(m)), len(m), isinstance(m, Iterable))
try:
    m.index(9)
except ValueError:
    print('ValueError')

class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry()
r['A'] = 1; r.update(B=2, c=3); r.setdefault('d', 4)
print(dict(r), 'a' in r, r.get('C'), r.pop('b'), list(r.keys()), list(r.items()), list(r.values()), len(r))
print(type(r.keys()).__name__, type(r.items()).__name__, r == {'a': 1, 'c': 3, 'd': 4}, r.popitem())
try:
    Registry.__abstractmethods__ and Mapping()
except TypeError as e:
    print(e)

class Bag(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
b = Bag([1, 2, 3])
print(list(b | Bag([4])), list(b & Bag([2, 9])), list(b - Bag([1])), list(b ^ Bag([3, 5])), b <= Bag([1, 2, 3, 4]), b == Bag([3, 2, 1]))
b |= {7}; b -= {1}; print(list(b), b.isdisjoint([8]), b.pop() in (2, 3, 7))

cm = ChainMap({'a': 1}, {'b': 2})
print(cm, list(cm.keys()), list(cm.items()), cm.keys())
ud = UserDict(a=1); ud['b'] = 2
print(ud, len(ud), ud.data, isinstance(ud, MutableMapping), dict(ud), ud.get('a'))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], len(ul), ul + [9], ul.data, isinstance(ul, MutableSequence))
us = UserString('hello')
print(us, us.upper(), len(us), us[1:3], us + '!', 'ell' in us)
class Fn:
    def __call__(self): pass
print(isinstance(Fn(), Callable), isinstance(Fn, Callable), callable(Fn()))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance([], Hashable), isinstance((), Hashable))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(g(), Iterator), issubclass(type(g()), Iterable))
