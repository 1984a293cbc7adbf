# iteration builtins: iter, next, enumerate, zip, map, filter, reversed, sorted, any, all, len, range
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("a", start=-1)), list(enumerate(range(2), 10**20)))
t(enumerate)
t(enumerate, 5)
t(enumerate, "a", "b")
t(enumerate, "a", 1, 2)
e = enumerate("xy"); print(next(e), next(e), next(e, None), type(e).__name__, iter(e) is e)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")), list(zip(range(3), range(10))), dict(zip("ab", "cd")))
print(list(zip("ab", "cd", strict=True)))
t(lambda: list(zip("abc", "d", strict=True)))
t(lambda: list(zip("a", "bcd", strict=True)))
t(lambda: list(zip("ab", "b", "c", strict=True)))
t(zip, 5)
t(zip, "a", None)
t(zip, x=1)
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [2, 2])), list(map(lambda x, y: x + y, "ab", "cde")), list(map(str, [])), type(map(str, [])).__name__)
t(map)
t(map, abs)
t(map, abs, 5)
t(lambda: list(map(abs, ["a"])))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(str.isdigit, "a1b2")), type(filter(None, [])).__name__)
t(filter, None)
t(filter, None, 5)
t(filter, 1, 2, 3)
print(list(reversed([1, 2])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})), list(reversed(b"ab")))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class Rev:
    def __reversed__(self): return iter("rev")
print(list(reversed(Seq())), list(reversed(Rev())), list(Seq()), 20 in Seq(), list(iter(Seq())))
t(reversed, 5)
t(reversed, {1, 2})
t(reversed, iter([1]))
t(reversed)
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1], reverse=True), sorted({"b": 1, "a": 2}), sorted([], key=len), sorted([[2], [1]], key=lambda x: x[0]))
t(sorted)
t(sorted, [1], lambda x: x)
t(sorted, [1], cmp=None)
t(sorted, 5)
print(any([]), all([]), any([0, 0.0, ""]), any(iter([0, 1])), all([1, "a"]), all(x > 0 for x in [1, -1]), any("") , all(""))
t(any, 5)
t(all)
t(any, [1], [2])
print(len("abc"), len([1]), len({}), len(range(5)), len(b"ab"), len(frozenset()), len((1, 2)))
t(len, 5)
t(len)
t(len, "a", "b")
class BigLen:
    def __len__(self): return 2**70
class NegLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "a"
t(len, BigLen())
t(len, NegLen())
t(len, StrLen())
it = iter([1, 2]); print(next(it), next(it), next(it, "end"))
t(next, it)
t(next, [1])
t(next)
t(iter, 5)
t(iter)
t(iter, 1, 2)
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)), type(iter(counter, 9)).__name__)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()), max(It()), sorted(It(), reverse=True), tuple(It()), set(It()), dict.fromkeys(It()), list(zip(It(), It())))
class BadIter:
    def __iter__(self): return 5
t(iter, BadIter())
t(list, BadIter())
def gen():
    yield 1
    yield 2
g = gen(); print(next(g), list(g), next(g, "x"), list(gen()) == [1, 2], list(enumerate(gen())))
