# int: construction, arithmetic, bit operations, methods and errors
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(int(), int(5), int(-5.9), int(5.9), int("42"), int(" -42 "), int("+7"), int("1_000"), int("ff", 16), int("0xff", 0),
      int("0o17", 0), int("0b101", 0), int("z", 36), int("10", base=2), int(True), int("٣"), int(b"12"), int("  12\n"))
for bad in ["", " ", "1.5", "abc", "1__0", "_1", "1_", "0x", "12a", "- 1", "++1", "0b2", "1e5", "\x00"]:
    t(int, bad)
t(int, "12", 1)
t(int, "12", 37)
t(int, 12, 10)
t(int, None)
t(int, [1])
t(int, float("inf"))
t(int, float("nan"))
t(int, "0x10", 10)
t(int, "010", 0)
t(int, x=1)
print(int("0", 0), int("00", 0), int("-0b11", 0), int("0X1f", 16), int("0b1", 2), int("0o7", 8))
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 8
class T:
    def __trunc__(self): return 9
print(int(N()), int(I()), int(T()) if False else 9, int("6", base=I()))
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b, a // -b, a % -b, divmod(a, b), divmod(-a, b), divmod(a, -b))
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1, 1 << 100, (1 << 100) >> 99, -1 >> 100, 5 << 0)
print(2 ** 100, 2 ** -1, (-2) ** 3, 0 ** 0, (-8) ** (1 / 3) if False else 0, 10 ** 20 // 3, pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5))
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(divmod, 1, 0)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 0 ** -1)
t(pow, 2, 3, 0)
t(pow, 2, -1, 4)
t(pow, 2, 3.0, 5)
t(lambda: 1 << 2**70)
t(lambda: 2 ** 2 ** 70 if False else (1).__lshift__(2 ** 63))
t(lambda: 1 + "a")
t(lambda: "a" - 1)
t(lambda: 1 & 1.5)
t(lambda: ~1.5)
big = 123456789012345678901234567890
print(big, -big, big * big, big // 7, big % 7, big >> 10, big & 0xFFFF, big | 1, big ^ big, abs(-big), hex(big), oct(big), bin(big)[:20])
print(big == big + 0, big > 10, -big < 0, big // -big, big % -3, divmod(-big, 7), float(big), big / 3, 3 / big)
print(big.bit_length(), (0).bit_length(), (-5).bit_length(), (255).bit_count(), (-255).bit_count(), (5).conjugate(), (5).real, (5).imag,
      (5).numerator, (5).denominator, (10).as_integer_ratio(), (7).__index__(), True.bit_length())
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5), round(5, 2), round(15, -1), round(25, -1), round(big, -10))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(0), f"{255:#b}", int("-0x10", 16), abs(-7), -(-7), +7)
t(hex, 1.5)
t(bin, "1")
print(10 == 10.0, 10 < 10.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 1 == True, hash(1) == hash(1.0), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61))
print(int.__name__, type(5).__name__, isinstance(True, int), issubclass(bool, int), (5).__class__, int.__mro__)
print(str(10 ** 50), repr(-10 ** 30), 7 .__add__(1), (7).__radd__(1), (7).__add__(1.0), (3).__truediv__(2), (3).__rsub__(10))
class MyInt(int):
    def __repr__(self): return "MyInt(%d)" % int(self)
m = MyInt(5); print(m, m + 1, type(m + 1), m * 2, -m, type(-m), abs(MyInt(-3)), type(abs(MyInt(-3))), m == 5, hash(m) == hash(5), str(m))
print(int(MyInt(3)), type(int(MyInt(3))), MyInt("12"), MyInt("ff", 16), MyInt(), int.from_bytes(b"\x01", "big") + m)
print(sum(range(101)), 7 // 2, -7 // 2, 7 % -2, -7 % -2, 0 // 5, -0, 1_000_000, 0x_ff, 0o_17, 0b_1)
print((-3) ** 2, -3 ** 2, 2 ** 0.5, 4 ** 0.5, (-1) ** 0.5 if False else 0, 10 ** -2, pow(10, -2), pow(0, 0))
x = 5; x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 6; print(x)
print(int("1" * 50), len(str(2 ** 10000)), 2 ** 64, -(2 ** 63), (2 ** 63) - 1, 2 ** 62 + 2 ** 62, -(2 ** 62) - 2 ** 62)
print((2**62) * 2, (2**62) * -2, 4611686018427387904 + 4611686018427387904, -4611686018427387904 - 4611686018427387905)
