class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("s", True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("propagated")
except KeyError as e:
    print("caught", e)

def ret():
    with CM("r"):
        return "value"
print(ret())

for i in range(3):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

def nested():
    with CM("outer"):
        try:
            with CM("inner"):
                raise RuntimeError("boom")
        except RuntimeError:
            print("handled inside outer")
nested()

class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print(e)

with CM("t") as (x):
    print(x)
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return False
with Pair() as (p, q):
    print(p, q)
