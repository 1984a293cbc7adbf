print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10)
print(2 ** -1, 10 / 4, 1e3, 1.5e-7, 0.1 + 0.2, 1 / 3, 2.5 * 4)
print(0x1F, 0o17, 0b101, 1_000_000, 0xff_ff)
print(abs(-5), -(-3), +4, ~5, ~-1)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -1 >> 1)
print(7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 6
y /= 4
print(y)
z = 0b1100
z &= 0b1010; z |= 1; z ^= 0xF; z <<= 2; z >>= 1
print(z)
print(3 < 5, 3 > 5, 3 <= 3, 3 >= 4, 3 == 3.0, 3 != 3, 1 < 2 < 3, 1 < 3 < 2)
print(True + True, True * 10, False - 1, True / 2)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))
print(int(3.9), int(-3.9), int("42"), int(" -17 "), int("ff", 16), int("0b101", 0), float("1.5"), float(3))
print(1e16, 1e15, 123456789.0, 1e-5, 0.0001, -0.0, float("inf"), -float("inf"))
print(10 ** 20, 2 ** 64 - 1, -2 ** 63)
