import sys
sys.setrecursionlimit(5000)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n > 0 else None
for n in (1000, 2000, 2400, 2600, 3000):
    try:
        Deep(n); print(n, "ok")
    except RecursionError:
        print(n, "RecursionError")
def f(n): return f(n-1) if n else 0
for n in (1000, 4900, 5100):
    try:
        f(n); print(n, "ok")
    except RecursionError:
        print(n, "RecursionError")
