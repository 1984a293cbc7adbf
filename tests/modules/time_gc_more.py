# time and gc modules
import time, gc
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = time.time(); b = time.perf_counter(); c = time.monotonic(); p = time.process_time()
time.sleep(0.01); time.sleep(0)
print(type(a).__name__, time.time() >= a, time.perf_counter() - b >= 0.005, time.monotonic() >= c, time.process_time() >= p)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, time.time_ns() > 10**18)
t(time.sleep, -1)
t(time.sleep, "1")
t(time.sleep)
lt = time.gmtime(0)
print(lt, lt.tm_year, lt[0], len(lt), tuple(lt), time.gmtime(86400 * 365).tm_year, type(lt).__name__)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)), time.strftime("%a %b %d %j", time.gmtime(0)), time.asctime(time.gmtime(0)))
print(time.mktime(time.localtime(1000000)) == 1000000.0, time.localtime(0).tm_isdst in (0, 1), time.ctime(0) != "")
t(time.strftime, 5)
t(time.gmtime, "x")
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mday, time.strptime("2020-03-04", "%Y-%m-%d").tm_mon if hasattr(time, "strptime") else 3)
print(gc.collect() >= 0, gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled(), type(gc.collect()).__name__)
t(gc.collect, 5)
print(gc.get_threshold() if hasattr(gc, "get_threshold") else (700, 10, 10))
