# numeric builtins: abs, round, divmod, pow, sum, min, max, hex, oct, bin, int/float conversions
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10**30))
t(abs, "a")
t(abs)
t(abs, 1, 2)
class A:
    def __abs__(self): return "abs!"
print(abs(A()))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(True, 2), divmod(10**30, 7))
t(divmod, 1)
t(divmod, "a", 1)
t(divmod, 1, "a")
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(2, 8, 5), pow(base=2, exp=3), pow(2, 3, mod=5), pow(-1, 0.5) if False else 0, pow(7, -1, 10**9 + 7))
t(pow, 1)
t(pow, 1, 2, 3, 4)
t(pow, "a", 2)
t(pow, 2, 2, 1.5)
print(sum([]), sum([1, 2]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(10), 100), sum([0.1] * 3), sum((1, 2), start=10), sum(iter([1, 2])))
t(sum, ["a", "b"])
t(sum, ["a"], "")
t(sum, [b"a"], b"")
t(sum, 5)
t(sum)
t(sum, [1, "a"])
print(min(3, 1, 2), max(3, 1, 2), min([3, 1]), max("abc"), min([], default=0), max([], default=None), min([1, -2], key=abs),
      max(["a", "bbb", "cc"], key=len), max([1, 1.0]), min([1.0, 1]), max([(1, "b"), (1, "a")]), min("b", "a", key=str.upper))
t(min)
t(max, [])
t(min, 1)
t(max, 1, 2, default=0)
t(min, [1, "a"])
t(max, [1], key=5)
t(max, [1], foo=1)
print(max(x for x in range(5)), min(iter([5, 3])), max({3: 1, 5: 2}), min(1, 2, key=None), max([], key=len, default="d"))
print(hex(255), hex(-1), hex(0), oct(64), oct(-8), bin(10), bin(0), bin(-10), hex(10**20), bin(True))
class Idx:
    def __index__(self): return 255
print(hex(Idx()), oct(Idx()), bin(Idx()))
t(hex, 1.0)
t(oct, "8")
t(bin, None)
print(round(1.5), round(2.5), round(0.125, 2), round(0.375, 2), round(-1.5), round(1e15 + 0.5), round(7, -1), round(2.5, 0), round(123.456, -1))
class R:
    def __round__(self, n=None): return ("round", n)
print(round(R()), round(R(), 3))
t(round)
t(round, 1, 2, 3)
t(round, [])
t(round, 1.5, "a")
print(int("10"), float("1.5"), int(3.99), int(-3.99), complex if False else "no complex", bool("x"))
print(divmod(-0.0, 1), divmod(5, -0.5), 5 // -0.5, round(-0.5), round(0.5000000000000001), round(2.675, 2), round(1.0000000000000002, 15))
print(abs(-2**63), abs(-2**62), -(-2**62), -(2**62) * 2, (-2**62) // -1, (-2**63) // -1, (-2**62 * 2) % 7)
