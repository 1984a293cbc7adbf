class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a") as a:
    print("inside", a.name)
with CM("b", True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("x") as x, CM("y") as y:
    print("both", x.name, y.name)
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
with open("data.txt", "w") as f:
    f.write("line1\nline2\n")
with open("data.txt") as f:
    print(f.read().split())
print(f.closed)
