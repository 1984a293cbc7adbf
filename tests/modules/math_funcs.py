# the math module: functions, constants, special values and errors
import math
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
for name in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
             "asinh", "acosh", "atanh", "fabs", "floor", "ceil", "trunc", "erf", "erfc", "gamma", "lgamma", "expm1", "log1p", "degrees", "radians"]:
    f = getattr(math, name)
    out = []
    for x in [0, 0.5, 1, 2, -1, -0.5, 10, 1e-10, 1e300, math.inf, -math.inf, math.nan, True, 10**20]:
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(-8, 1 / 3) if False else 0, math.atan2(1, 1), math.atan2(-0.0, -1), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.copysign(1, -0.0), math.ldexp(1, 10), math.frexp(8.0), math.modf(3.5), math.modf(-2.25), math.fsum([0.1] * 10))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(), math.lcm(0, 5))
print(math.comb(10, 3), math.comb(5, 10), math.perm(5, 2), math.perm(5), math.isqrt(17), math.isqrt(10**30), math.prod([1, 2, 3]), math.prod([]), math.prod([2.5, 2], start=2))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.0)).__name__, math.floor(10**20), math.ceil(True), math.dist([0, 0], [3, 4]), math.sqrt(16))
print(math.exp(1) == math.e, math.log(100, 10), math.log(8, 2), math.log(10**100), math.log2(2**100), math.log10(10**50), math.log(math.e ** 2))
print(math.remainder(10, 3), math.remainder(-10, 3), math.nextafter(1, 2), math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0)
t(math.sqrt, -1)
t(math.log, 0)
t(math.log, -1)
t(math.log, 10, 1)
t(math.log, 10, 0)
t(math.exp, 1000)
t(math.factorial, -1)
t(math.factorial, 1.5)
t(math.factorial, 2.0)
t(math.comb, -1, 2)
t(math.comb, 1.5, 2)
t(math.isqrt, -1)
t(math.sqrt, "a")
t(math.sqrt)
t(math.sqrt, 1, 2)
t(math.pow, 0, -1)
t(math.fmod, 1, 0)
t(math.acos, 2)
t(math.gamma, 0)
t(math.gamma, -1)
t(math.floor, "a")
t(math.ceil, None)
t(math.ldexp, 1, 10000)
t(math.gcd, 1.5)
t(math.log, "x")
t(math.atan2, 1)
t(math.isclose, 1, 2, rel_tol=-1)
class F:
    def __float__(self): return 4.0
class Fl:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
print(math.sqrt(F()), math.floor(Fl()), math.ceil(Fl()), math.trunc(3.7), math.fabs(-3), math.sqrt(10**200), math.log(2**2000))
print(math.erf(0.5), math.lgamma(10), math.gamma(5), math.gamma(0.5), math.expm1(1e-10), math.log1p(1e-10))
print(sorted(n for n in dir(math) if not n.startswith("_"))[:10])
