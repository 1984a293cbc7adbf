# molt-only
# CPython 3.11 segfaults here; molt must raise RecursionError
import sys
sys.setrecursionlimit(1000000)
def f(n):
    if n == 0: return 0
    return sorted([1], key=lambda x: f(n - 1))[0]
try:
    print(f(100000))
except RecursionError as e:
    print("RecursionError", e)
class C:
    def __call__(self, n):
        return self(n - 1) if n else 0
try:
    print(C()(200000))
except RecursionError as e:
    print("RecursionError", e)
l = []
for i in range(100000): l = [l]
try:
    print(len(repr(l)))
except RecursionError as e:
    print("RecursionError", e)
def g(n):
    return g(n + 1) if n < 300000 else n
print(g(0))
