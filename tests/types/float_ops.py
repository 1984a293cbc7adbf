# float: construction, repr, arithmetic, methods and errors
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(float(), float(1), float("1.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"), float(".5"),
      float("5."), float(True), float("1e-400"), float("1e400"), float(2 ** 1023), float("٣.٥"), float(b"1.25"))
for bad in ["", "abc", "1.5.5", "1e", "_1", "1__0", "in f", "0x10", "1,5"]:
    t(float, bad)
t(float, None)
t(float, [1])
t(float, 2 ** 1024)
t(float, x=1)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(float(F()), float(I()))
for v in [0.1, 0.2 + 0.1, 1 / 3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001, 1.5e300, -0.0, 2.0, 100.0, 1e22, 1e21, 12345678901234567.0,
          5e-324, 1.7976931348623157e308, float("inf"), -float("inf"), float("nan"), 0.1 + 0.7, 3.14159]:
    print(repr(v), str(v), v.is_integer() if v == v and abs(v) != float("inf") else "-", v.hex() if v == v else "nan")
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b, a // -b, a % -b, divmod(a, b), divmod(-a, b), -7.5 % 2, 7.5 % -2)
print(1.5 + 1, 1 + 1.5, 3 * 0.5, 2 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 0.0 ** 0, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0)
t(divmod, 1.0, 0.0)
t(lambda: 0.0 ** -1)
t(lambda: (-8.0) ** 2.0)
t(lambda: 10.0 ** 400)
t(lambda: 1.5 & 1)
t(lambda: 1.5 + "a")
t(pow, 2.0, 3, 5)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.5), round(0.5), round(1234.5678, -2), round(1.23456, 3), round(-0.4),
      round(1e20), round(5.5, 0), round(5.5, None), type(round(5.5)), type(round(5.5, 0)), round(float("inf"), 2))
t(round, float("inf"))
t(round, float("nan"))
t(round, 1.5, 1.5)
t(round, "1.5")
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.5).as_integer_ratio(), (3.0).conjugate(), (3.0).real, (3.0).imag,
      float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"), (1.0).hex(), (0.0).hex(), (-0.1).hex())
t((float("inf")).as_integer_ratio)
t((float("nan")).as_integer_ratio)
t(float.fromhex, "zz")
print(1.0 == 1, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), float("nan") != float("nan"), 1.5 < 2, -0.0 == 0.0, 1e400 == float("inf"),
      2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 1 < float("inf"), 1.5 > 10 ** 400)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(float("inf")), hash(-float("inf")), hash(0.5), hash(-0.0), hash(1e100) == hash(10 ** 100))
print(int(1e20), int(-1.5), int(1.9999), float(10 ** 20), abs(-2.5), -(-0.0), +1.5, bool(0.0), bool(-0.0), bool(0.1))
print(float.__name__, (1.5).__class__, isinstance(1.5, float), (1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"), (2.0).__rpow__(3))
class MyF(float):
    pass
m = MyF(2.5); print(m, type(m + 1), m * 2, repr(m), type(-m), m == 2.5, MyF("1.5"), MyF())
x = 1.5; x += 1; x *= 2; x /= 4; x //= 0.5; x **= 2; x -= 0.25; x %= 3; print(x)
print(1e-7, 1e-6, 0.00001, 123e-20, 1.0e+16, 9007199254740993.0, 0.30000000000000004, 1/7, 2/3, 100/3, 1e100)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), max(1.5, 2), min(-0.0, 0.0), sorted([2.5, 1, -3.5, 0.0]))
print(float("  nan  "), float("-nan"), float("+inf"), float("INF"), float("iNfInItY"), str(float("-nan")))
print(3.0 // 2, -3.0 // 2, 3.0 % -2, 1e300 * 1e300 - 1e300 * 1e300 if False else 0, 5 % 2.5, -5 % 2.5, (-5) // 2.5)
print(divmod(7, 2.5), divmod(-7, 2.5), 7.0 // 0.1, 7.0 % 0.1, 0.1 * 3, 1.1 * 1.1, 3.3 / 1.1)
