def a(x):
    return b(x) + 1
def b(x):
    data = {"k": [1, 2, 3]}
    return data["k"][x]
class Thing:
    def __init__(self, n):
        self.n = n
    def compute(self):
        return [a(i) for i in range(self.n)]
def gen():
    yield 1
    raise ValueError("in gen")
try:
    list(gen())
except ValueError:
    import sys
    print("ok", sys.exc_info()[1])
def handler():
    try:
        Thing(5).compute()
    except IndexError as e:
        raise RuntimeError("wrapped") from e
def final():
    try:
        handler()
    finally:
        x = 1
final()
