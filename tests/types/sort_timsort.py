# timsort's exact comparison sequence over many input shapes (counted through __lt__)
import random
random.seed(12)
class C:
    count = 0
    __slots__ = ("v", "i")
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        C.count += 1
        return self.v < o.v
def shapes(n):
    yield "random", [random.random() for _ in range(n)]
    yield "dups", [random.randint(0, 5) for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "sorted+noise", [i if random.random() > 0.05 else random.randint(0, n) for i in range(n)]
    yield "sawtooth", [i % 37 for i in range(n)]
    yield "blocks", [(i // 100) * (-1) ** (i // 100) for i in range(n)]
    yield "organ", list(range(n // 2)) + list(range(n // 2, 0, -1))
    yield "runs", sum(([random.random()] * random.randint(1, 50) for _ in range(n // 20 + 1)), [])[:n]
for n in [0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 500, 1000, 3000, 10000]:
    for name, data in shapes(n):
        objs = [C(v, i) for i, v in enumerate(data)]
        C.count = 0
        out = sorted(objs)
        stable = all(a.v < b.v or (a.v == b.v and a.i < b.i) for a, b in zip(out, out[1:]))
        c1 = C.count
        C.count = 0
        out2 = sorted(objs, reverse=True)
        c2 = C.count
        C.count = 0
        out3 = sorted(objs, key=lambda o: o)
        print(n, name, c1, c2, C.count, stable, [o.i for o in out2[:3]])
nan = float("nan")
for n in [10, 100, 1000]:
    data = [random.random() if random.random() < 0.9 else nan for _ in range(n)]
    r = sorted(data)
    h = 0
    for x in r:
        h = (h * 31 + (int(x * 1000) if x == x else 7)) % 1000000007
    print(n, h)
