# big-int arithmetic against CPython over random operands
import random
random.seed(5)
vals = [0, 1, -1, 2, -3, 7, 2**31, 2**32 - 1, 2**62, 2**62 - 1, -2**62, -2**62 - 1, 2**63, 2**64, -2**64, 10**20, -10**19, 3**80, -7**50]
for _ in range(40):
    vals.append(random.randint(-2**200, 2**200) >> random.randint(0, 200))
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b, lambda a, b: a % b, lambda a, b: divmod(a, b),
       lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a / b, lambda a, b: a < b, lambda a, b: a == b,
       lambda a, b: a >> (b % 300) if b >= 0 else a << (-b % 70), lambda a, b: pow(a, b % 20), lambda a, b: pow(a, b % 1000, 10**9 + 7) if True else 0,
       lambda a, b: (a * b) // (abs(b) + 1), lambda a, b: -a, lambda a, b: ~a, lambda a, b: abs(a), lambda a, b: a.bit_length(), lambda a, b: hash(a) == hash(float(a)) if abs(a) < 2**53 else hash(a) % 1000]
def digest(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 4294967291
    return h
for a in vals:
    row = []
    for b in vals[:25]:
        for op in ops:
            try:
                r = op(a, b)
            except Exception as e:
                r = type(e).__name__
            row.append(r)
    print(a, digest(str(row)), str(row)[:60])
print(hex(3**100), oct(-5**40), bin(7**20), int(str(3**500)) == 3**500, str(-2**200), format(2**100, ","), format(-2**70, "x"), (2**100).to_bytes(13, "big"))
print(int("123456789" * 30) % 1000003, (10**100 + 1) // 7, 10**100 % 97, (-10**50) // 3, (-10**50) % 3, divmod(-2**70, 12345))
print([hash(v) for v in vals[:12]])
