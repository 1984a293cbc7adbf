import time, gc, math
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.005, type(time.time()).__name__, type(time.time_ns()).__name__)
print(gc.collect() >= 0, gc.isenabled())
print(math.sqrt(16), math.pow(2, 10), math.isqrt(17), math.gcd(0, 5), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2))
print(math.exp(0), math.log(8, 2), math.atan2(1, 1) == math.pi / 4, math.degrees(math.pi), math.radians(180) == math.pi)
print(math.inf, -math.inf, math.nan != math.nan, math.tau == 2 * math.pi, math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.prod([1, 2, 3, 4]), math.trunc(3.9), math.floor(-0.5), math.ceil(-0.5), type(math.floor(2.5)).__name__)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
