a = 2 ** 100
print(a, a + 1, a - a, a * a)
print(a // 3, a % 7, -a // 7, -a % 7)
print(factorial := 1)
for i in range(1, 30):
    factorial *= i
print(factorial)
print(factorial // 10 ** 20, factorial % 10 ** 9)
print(hex(2 ** 70), oct(2 ** 40), bin(2 ** 20))
print(2 ** 100 == 2.0 ** 100, 2 ** 100 > 1e30, 2 ** 100 < 1e31)
print(int("123456789012345678901234567890") + 1)
print((2 ** 64) >> 3, (2 ** 64) << 3, (2 ** 64) & (2 ** 64 - 1), (2 ** 65) | 1)
print(-(2 ** 80), abs(-(2 ** 80)), (2 ** 80) ** 2)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387903 + 1, 4611686018427387904 * 2)
print(hash(2 ** 61 - 1) == 0, hash(-1), hash(2 ** 70) == hash(2 ** 70))
print(pow(3, 200, 1000), pow(2, 10), pow(2, -2))
print(float(2 ** 60), 2 ** 60 / 3)
print(len(str(3 ** 1000)))
