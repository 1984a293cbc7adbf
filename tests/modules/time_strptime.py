# time.strptime and the clock functions
import time
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(time.strptime("2020-03-04", "%Y-%m-%d"))
print(time.strptime("12:30", "%H:%M"))
print(time.strptime("Mon Jan  2 03:04:05 2006"))
print(time.strptime("31/12/1999 23:59:58", "%d/%m/%Y %H:%M:%S"), time.strptime("2024-02-29", "%Y-%m-%d").tm_yday)
print(time.mktime(time.strptime("2001-09-09 01:46:40", "%Y-%m-%d %H:%M:%S")) > 0, time.strftime("%Y/%m/%d", time.strptime("5 Mar 2021", "%d %b %Y")))
t(lambda: time.strptime("2020", "%Y-%m"))
t(lambda: time.strptime("2020-01x", "%Y-%m"))
t(lambda: time.strptime(5, "%Y"))
t(lambda: time.strptime("2020", 5))
t(lambda: time.strptime())
print(time.strptime("2020-03-04", "%Y-%m-%d").tm_zone, time.CLOCK_MONOTONIC, time.CLOCK_REALTIME, time.clock_gettime(time.CLOCK_MONOTONIC) > 0,
      type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__, time.clock_getres(time.CLOCK_REALTIME) > 0,
      type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.tzset())
t(lambda: time.clock_gettime(999))
