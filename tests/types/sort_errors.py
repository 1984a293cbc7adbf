import random
random.seed(2)
for trial in range(30):
    n = random.randint(2, 300)
    l = [random.randint(0, 100) for _ in range(n)]
    pos = random.randrange(n)
    l[pos] = "x"
    try:
        l.sort()
    except TypeError as e:
        print(trial, "err", e)
    print(l[:20], len(l))
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        if K.calls == 50:
            raise ValueError("fifty")
        return self.v < o.v
    def __repr__(self): return "K%d" % self.v
l = [K(random.randint(0, 30)) for _ in range(40)]
try:
    l.sort()
except ValueError as e:
    print(e)
print(l)
l = [3, 1, 2]
def bad(x):
    if x == 2: raise KeyError(x)
    return x
try:
    l.sort(key=bad)
except KeyError as e:
    print("key", e)
print(l)
l = list(range(10))
def mut(x):
    l.append(x)
    return -x
try:
    l.sort(key=mut)
except ValueError as e:
    print(e)
print(l)
