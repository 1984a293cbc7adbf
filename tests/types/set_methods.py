# set and frozenset: every method, operators and errors
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {3, 1, 2}
s.add(4); s.add(1); print(sorted(s), len(s))
s.discard(10); s.discard(4); s.remove(3); print(sorted(s))
t(s.remove, 99)
t(s.remove, [1])
t(s.add, [1])
t(s.add)
t(s.discard, {1})
print(s.discard(frozenset()) is None)
p = s.pop(); print(p in (1, 2), len(s))
t(set().pop)
s = {1, 2, 3}
print(sorted(s | {4}), sorted(s & {2, 3, 9}), sorted(s - {1}), sorted(s ^ {3, 4}), s <= {1, 2, 3, 4}, s < s, s >= {1}, s > {1, 2, 3})
print(sorted(s.union([5], (6,))), sorted(s.intersection(range(3))), sorted(s.difference("ab", [1])), sorted(s.symmetric_difference([1, 9])),
      s.issubset(range(10)), s.issuperset([1]), s.isdisjoint({7}), s.isdisjoint([1]), sorted(s.union()), sorted(s.intersection()))
t(lambda: s | [1])
t(lambda: s & "a")
t(lambda: s < [1])
t(s.union, 5)
t(s.issubset, 5)
u = set(s); u.update([7], {8}); u.intersection_update({1, 7, 8, 2}); print(sorted(u))
u.difference_update([1]); u.symmetric_difference_update({2, 99}); print(sorted(u))
u |= {100}; u &= {100, 7, 99}; u -= {7}; u ^= {5}; print(sorted(u))
t(lambda: u.__ior__([1]))
v = u.copy(); v.clear(); print(v, u != v, set() == frozenset(), {1} == frozenset({1}))
fs = frozenset([1, 2, 2, 3])
print(fs, frozenset(), frozenset("aa"), sorted(fs | {9}), type(fs | {9}).__name__, type({9} | fs).__name__, type(fs.copy()).__name__,
      fs.copy() is fs, hash(fs) == hash(frozenset([3, 2, 1])), {fs: 1}[frozenset({1, 2, 3})], 2 in fs)
t(lambda: fs.add(1))
t(lambda: hash({1}))
t(lambda: {{1}})
t(set, 5)
t(set, 1, 2)
t(frozenset, 1)
t(set, x=1)
print(set(), set("abc") == {"a", "b", "c"}, set([1, 1.0, True]), {1, 2} == {2, 1}, set(range(3)), set({1: 2}), set(x % 3 for x in range(9)))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str({(1, 2)}), {None}, {frozenset({1})})
r = {1, 2, 3}
def mut():
    for x in r:
        r.add(x + 10)
t(mut)
print({1, 2, 3} - {2} == {1, 3}, {1, 2}.__len__(), {1}.__contains__(1), {1}.__class__.__name__, iter({1}).__class__.__name__)
class S(set):
    pass
ss = S([1, 2]); print(type(ss | {3}).__name__, type(ss.copy()).__name__, isinstance(ss, set), sorted(ss))
class FS(frozenset):
    pass
print(type(FS([1]) | {2}).__name__, FS([1]) == frozenset([1]), repr(FS([1])), repr(S([1])))
print(sorted({-1, 5, 3}), min({4, 2}), max(frozenset([1, 9])), sum({1, 2}), len(set(range(1000))), 500 in set(range(1000)))
print({1, 2} <= frozenset({1, 2}), frozenset({1}) < {1, 2}, set([1, 2]).issubset(frozenset([1, 2])))
n = float("nan"); print(len({n, n}), len({float("nan"), float("nan")}))
print({1: 1}.keys() | {2}, {0, 1, False, True}, {"a"} | {"a"}, set("hello") >= set("he"))
