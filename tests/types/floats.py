vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.00012345,
        3.0, -2.5, 1e100, 1.7976931348623157e308, 5e-324, 2.0 ** 0.5, 100.0, 1e22, 1e21, 12345.678]
for v in vals:
    print(v, repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), float(" 2.5 "), float("1e3"), float("-0"))
import math
print(math.pi, math.e, math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5))
print(math.isnan(float("nan")), math.isinf(1e400), math.fabs(-3), math.log(math.e), math.log10(1000), math.log2(8))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.hypot(3, 4), math.gcd(12, 18), math.factorial(10))
print(1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio(), int(2.9), int(-2.9))
print(round(1.23456, 3), round(2.5), round(0.125, 2), round(1e20), round(-1.5))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, 7 // -2.0, 2 ** 0.5, 10 ** -2, 2.0 ** 10)
print(1.0 == 1, 0.1 + 0.2 == 0.3, 1.5 < 2, float(10 ** 20), 3 * 1.1)
print(abs(-1.5), max(1.5, 2), min(-0.5, 0), sum([0.1] * 10))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), {1.0: "a", 1: "b"})
print(divmod(-7.5, 2), (-7.5).__divmod__(2) if hasattr(-7.5, "__divmod__") else None)
print(f"{2.5:.0f} {0.125:.2f} {1e-7} {-1e-7} {1.0e7}")
print(math.trunc(-3.7), math.copysign(1, -0.0), math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3))
