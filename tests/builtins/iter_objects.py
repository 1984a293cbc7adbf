# the lazy iterator objects: laziness, exhaustion, length hints and reprs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

calls = []
def rec(x):
    calls.append(x)
    return x * 2
m = map(rec, [1, 2, 3])
print(calls, next(m), calls, list(m), calls, list(m))
f = filter(lambda x: x % 2, range(7))
print(next(f), list(f), list(f))
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
e = enumerate("xyz", 5)
print(next(e), list(e), list(e))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(iter(range(10)).__length_hint__(), iter("abc").__length_hint__(), iter((1,)).__length_hint__(), iter({1: 2}).__length_hint__())
lst = [1, 2]
it = iter(lst)
lst.append(3)
print(list(it))
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
print(list(it))
d = {1: 1}
it = iter(d)
d[2] = 2
t(lambda: next(it))
s = {1}
it = iter(s)
s.add(2)
t(lambda: next(it))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(set())).__name__,
      type(iter(range(0))).__name__, type(reversed([])).__name__, type(reversed(range(3))).__name__, type(iter(b"")).__name__, type(reversed("ab")).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__, type(map(abs, [])).__name__)
def gen():
    yield 1
print(iter(m) is m, iter(z) is z, iter(e) is e, iter(f) is f, iter(r) is r)
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(zip(CountDown(3), CountDown(5))), list(map(lambda a, b: a - b, CountDown(3), [10, 20, 30])))
print(list(iter(CountDown(2).__next__, 0)))
t(lambda: list(map(int, ["1", "x"])))
t(lambda: next(filter(None, [])))
t(lambda: list(zip([1], 5)))
t(lambda: iter(5, 1))
class SeqOnly:
    def __getitem__(self, i):
        if i < 3: return i * i
        raise IndexError(i)
print(list(SeqOnly()), list(reversed([*SeqOnly()])), 4 in SeqOnly(), 5 in SeqOnly(), list(enumerate(SeqOnly())))
t(lambda: reversed(SeqOnly()))
print(list(map(lambda *a: a, [1, 2], [3], [4, 5, 6])), list(zip(*[[1, 2], [3, 4]])), dict(zip(range(3), "abc")))
print(sorted(range(5), key=lambda x: -x), list(filter(str.isupper, "aBcD")), sum(map(len, ["ab", "c"])), max(map(abs, [-5, 3])))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)), list(it))
ri = reversed(range(2**63 - 2, 2**63))
print(list(ri))
print(list(reversed(range(-5, 5, 3))), list(range(10)[::-3]), list(reversed(range(0))))
