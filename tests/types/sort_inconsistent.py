# sorting with an inconsistent order (NaN) and comparison counts: timsort's exact behaviour
import random
nan = float("nan")
random.seed(1)
print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1, 2]), sorted([3, 1, nan, 2, 0, nan, -1]))
for n in [5, 10, 40, 70, 200]:
    data = [random.random() if random.random() > 0.2 else nan for _ in range(n)]
    r = sorted(data)
    print(n, [round(x, 3) if x == x else "nan" for x in r][:12])
class C:
    count = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        C.count += 1
        return self.v < o.v
for n in [2, 5, 33, 64, 65, 100, 1000]:
    C.count = 0
    data = [C(random.randint(0, 50)) for _ in range(n)]
    sorted(data)
    print("compares", n, C.count)
    C.count = 0
    sorted(data, reverse=True)
    print("compares reversed", n, C.count)
C.count = 0
sorted([C(i) for i in range(100)]); print("sorted input", C.count)
C.count = 0
sorted([C(-i) for i in range(100)]); print("reversed input", C.count)
mixed = [(1, "b"), (1, "a"), (0, "z")] * 5
print(sorted(mixed, key=lambda p: p[0]))
