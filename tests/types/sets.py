s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union([9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset({1, 2, 3, 4, 5}), a.issuperset([1]), a.isdisjoint({7}))
print(set(), set("aab") == {"a", "b"}, set([1, 1, 2]), frozenset([1, 2]), frozenset())
fs = frozenset({1, 2})
print({fs: "frozen key"}[frozenset([2, 1])], hash(fs) == hash(frozenset([1, 2])))
c = a.copy()
c.update([10, 11])
c.difference_update({1})
c.intersection_update({2, 3, 10, 11, 12})
print(c)
p = {5}
print(p.pop(), p)
print({x % 4 for x in range(20)}, sorted({-1, -5, 3}))
print({10, 2, 33, 100, 7}, {1000, 2000, 3}, set(range(20, 0, -3)))
print(set([1, 2]) == {2, 1}, {1} != {2}, frozenset([1]) == {1})
