import math
nan = float("nan"); inf = float("inf")
big = 2**53 + 1
vals = [0, 1, -1, 3, 2**52, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**61 - 1, 10**20, 0.0, -0.0, 0.5, 1.5, 1e16, 9007199254740993.0, nan, inf, -inf, True, False]
for a in vals:
    row = []
    for b in vals:
        r = []
        for op in ("<", "<=", "==", "!=", ">", ">="):
            r.append(eval("a %s b" % op))
        row.append("".join("1" if x else "0" for x in r))
    print(" ".join(row))
def arith(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: a ** b if not (a < 0 and isinstance(b, float) and b == b and b not in (inf, -inf) and b != int(b)) else 'complex'):
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append(type(e).__name__)
    return out
fl = [0.0, -0.0, 1.5, -2.5, 3, -7, 1e308, 0.1, inf, nan, 2, -2, 0]
for a in fl:
    for b in fl:
        print(a, b, arith(a, b))
x = 0.0
for i in range(10):
    x += i
    x -= 0.5
    x *= 1.01
print(x, 2 ** 0.5, 2.0 ** 2, (-8.0) ** 2, 10 ** -2, 0.0 ** 0, 4 ** 0.5)
print(1 < 2.5, 3 > 2.5, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, -(2**62) < -1e18)
if 0.5 < 1: print("fused lt")
if not (nan < 1): print("nan fused")
i = 0
while i < 5.5:
    i += 1
print(i)
