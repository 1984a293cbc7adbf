# float arithmetic, mixed int/float comparison and special values against CPython
import math
def digest(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 4294967291
    return h
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -3.75, 1e-300, 5e-324, 1e300, -1e308, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
        0.1, 1 / 3, 2**53, 2**53 + 1, -2**63, 10**20, 7, -7, 0, True, 123456.789]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: divmod(a, b), lambda a, b: float(a) ** b, lambda a, b: pow(a, float(b)), lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
       lambda a, b: a != b, lambda a, b: a > b, lambda a, b: max(a, b), lambda a, b: min(a, b), lambda a, b: math.fmod(a, b) if b else 'z',
       lambda a, b: math.copysign(a, b), lambda a, b: math.atan2(a, b), lambda a, b: math.hypot(a, b)]
for a in vals:
    row = []
    for b in vals:
        for op in ops:
            try:
                r = op(a, b)
                if type(r).__name__ == "complex":
                    r = "complex"
            except Exception as e:
                r = "complex" if "complex" in str(e) else type(e).__name__ + ":" + str(e)
            row.append(repr(r))
    print(repr(a), digest(" ".join(row)))
for v in vals:
    print(repr(v), [f(v) if not isinstance(v, int) or True else 0 for f in (str, repr)], float(v).is_integer() if math.isfinite(v) else '-',
          math.floor(v) if math.isfinite(v) else '-', math.trunc(v) if math.isfinite(v) else '-', hash(float(v)) if math.isfinite(v) else '-')
