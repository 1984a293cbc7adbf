it = iter([1, 2, 3])
print(next(it), list(it), list(it))
e = enumerate(["a", "b"], start=5)
print(next(e), list(e))
z = zip([1, 2, 3], "ab", (True, False, None))
print(list(z))
m = map(pow, [2, 3], [3, 2])
print(list(m))
r = reversed([1, 2, 3])
print(next(r), list(r))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
d = {"x": 1, "y": 2}
it = iter(d)
print(next(it), list(it), list(iter(d.values())), list(d.items())[::-1])
s = "héllo"
print([c for c in s], list(iter(s))[1])
print(list(zip(*[(1, "a"), (2, "b")])))
nums = iter(range(10))
print([x for x in nums if x % 2][:3], list(nums))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)), 13 in Fib(100), max(Fib(50)))
g = (i for i in range(3))
print(iter(g) is g, sum(g), sum(g))
try:
    d2 = {1: 1}
    for k in d2:
        d2[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
