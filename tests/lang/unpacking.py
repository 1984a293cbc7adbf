a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
x = y = z = 0
print(x, y, z)
[p, q] = "pq"
print(p, q)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2, **{"a": 3}}, {*[1, 2], *(2, 3)})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
lst = [1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [0, 0, 0]
print(lst)
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
m = [[0] * 2 for _ in range(2)]
m[0][1] = 5
print(m)
