a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = range(5)
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *m, t = [1, 2]
print(h, m, t)
x = y = z = [0]
print(x is y is z)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
class O:
    pass
o = O()
o.a, o.b = 5, 6
d = {}
d["k"], d["j"] = 7, 8
print(o.a, o.b, d)
calls = []
def key(k):
    calls.append(k)
    return k
d = {"x": 1}
d[key("x")] += 10
print(d, calls)
class T:
    def __init__(self):
        self.n = 0
    @property
    def cnt(self):
        calls.append("get")
        return self.n
    @cnt.setter
    def cnt(self, v):
        calls.append("set")
        self.n = v
t = T()
calls.clear()
t.cnt += 5
print(t.n, calls)
lst = [1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
del lst[::2]
print(lst)
lst[::-1] = lst[:]
print(lst)
s = "hello"
print(s[1:], s[:-1], s[::2], s[::-1], s[1:4:2])
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
for x, *ys in [(1, 2, 3)]:
    print(x, ys)
a = [1, 2]
a += [3]
a *= 2
print(a)
n = 5
n **= 2; n //= 3; n <<= 2; n >>= 1; n %= 7; n |= 8; n &= 12; n ^= 1; n -= 1
print(n)
f = 1.5
f /= 2
print(f)
