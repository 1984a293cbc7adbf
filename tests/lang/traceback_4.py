import sys
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    deep(n - 1)
try:
    deep(5)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        last = tb
        tb = tb.tb_next
    print(n, last.tb_lineno, last.tb_frame.f_code.co_name)
sys.setrecursionlimit(100)
def inf(n): return inf(n + 1)
inf(0)
