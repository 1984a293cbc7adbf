# range and slice objects
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for r in [range(5), range(2, 8), range(10, 0, -3), range(0), range(5, 1), range(-5, 5, 2), range(0, 10**20, 10**19), range(1, 2, 10**30)]:
    print(r, len(r), list(r)[:5], r.start, r.stop, r.step, bool(r), r[0] if r else None, r[-1] if r else None, 3 in r, r[1:3], r[::-1], r[::2])
t(range)
t(range, 1, 2, 3, 4)
t(range, 1, 2, 0)
t(range, 1.5)
t(range, "a")
t(range, x=1)
t(lambda: range(5)[5])
t(lambda: range(5)[-6])
t(lambda: range(5)["a"])
t(lambda: range(5)[::0])
t(lambda: len(range(2**64)))
print(range(2**64)[2**63], range(2**64)[-1], 2**63 in range(2**64), range(2**64)[::2**62], len(range(0, 2**64, 2**62)))
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), 9.0 in r, "a" in r, r == range(0, 19, 3), r == range(0, 20, 3), range(0) == range(5, 1),
      hash(range(3)) == hash(range(0, 3)), range(1) != range(2), list(reversed(r)), sum(r), max(r), min(r), sorted(r, reverse=True)[:2])
t(r.index, 10)
t(r.index, "a")
print(list(range(10))[range(3).start], [x for x in range(3, -3, -1)], tuple(range(3)), set(range(3)), dict.fromkeys(range(2)))
class I:
    def __index__(self): return 4
print(range(I()), list(range(1, I())), range(I())[I() - 1] if False else 0)
it = iter(range(3)); print(next(it), list(it), type(it).__name__, type(iter(range(2**70))).__name__)
print(range(3).__len__(), range(3).__contains__(2), range(3).__getitem__(1), range.__name__, repr(range(1, 5, 1)), repr(range(0, 5)))
t(lambda: range(3) < range(4))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10),
      slice(2, 100).indices(10), slice(-100, 100, 3).indices(10), "abcdefgh"[s], [0, 1, 2, 3, 4, 5][slice(None, None, -2)])
t(slice)
t(slice, 1, 2, 3, 4)
t(s.indices, -1)
t(slice(None, None, 0).indices, 5)
t(slice(1.5).indices, 5)
t(lambda: hash(slice(1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice("a", "b").start, repr(slice(None, "x", [1])))
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[1:2:3], g[:], g[::2], g[1:], g[:, 1], g[..., 1:2], g[1, 2:3, ::4])
