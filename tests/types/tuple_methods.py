# tuple: construction, methods, operators, hashing and errors
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}), tuple(x for x in "xy"))
t(tuple, 5)
t(tuple, 1, 2)
t(tuple, iterable=[1])
a = (1, 2, 3, 2, 1)
print(a.count(2), a.index(3), a.index(1, 1), a.index(2, -3), a.count("x"), len(a), a[1], a[-1], a[1:3], a[::-1], a[::2])
t(a.index, 9)
t(a.index, 1, 1, 3)
t(a.count)
t(a.index)
t(lambda: a[5])
t(lambda: a["x"])
t(lambda: a.__setitem__(0, 1))
t(lambda: a.__delitem__(0))
print(a + (4,), a * 2, 2 * (0,), () * 3, (1,) * -1, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 2), (2,) > (1, 9))
t(lambda: a + [1])
t(lambda: (1,) < ("a",))
t(lambda: (1,) * 2.0)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
t(hash, (1, [2]))
t(hash, ([],))
print(repr((1,)), repr(("a", None, 1.5)), str((1, "a")), repr(((),)), 1 in a, 9 not in a)
x, y, *z = (1, 2, 3, 4); print(x, y, z)
t(lambda: [p for p, q in [(1, 2, 3)]])
t(lambda: [p for p, q in [(1,)]])
def unpack2(v):
    p, q = v
    return p, q
t(unpack2, 5)
t(unpack2, [1])
t(unpack2, "abc")
class T(tuple):
    def total(self): return sum(self)
tt = T((1, 2, 3)); print(tt, tt.total(), type(tt + (1,)), type(tt[:]), type(tt[1:]), isinstance(tt, tuple), tt == (1, 2, 3))
print(tuple.__name__, (1, 2).__len__(), (1, 2).__getitem__(1), (1, 2).__contains__(3), type(iter(())).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sorted([(2, "a"), (1, "b"), (1, "a")]), max([(1, 2), (1, 3)]))
t(lambda: hash((float("nan"),)) is not None)
print(tuple(reversed((1, 2, 3))), list(enumerate(("a", "b"))), (1, 2, 3)[-2:], ()[0:0])
