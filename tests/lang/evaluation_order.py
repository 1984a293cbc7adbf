log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
class Obj:
    def __init__(self): self.d = {}
    def __getattr__(self, n):
        log.append("get " + n); return 0
    def __setattr__(self, n, v):
        log.append("set %s=%r" % (n, v)); object.__setattr__(self, n, v)
class Box:
    def __init__(self): self.items = [0, 0, 0]
    def __getitem__(self, i): log.append("getitem %r" % (i,)); return self.items[i]
    def __setitem__(self, i, v): log.append("setitem %r=%r" % (i, v)); self.items[i] = v
b = Box()
b[t("idx", 1)] += t("val", 5)
print(log); log.clear()
o = Obj()
o.count += t("inc", 2)
print(log); log.clear()
a = c = t("rhs", 3)
print(a, c, log); log.clear()
x, y = 1, 2
x, y = y, x
print(x, y)
l = [1, 2, 3]
i = 0
i, l[i] = 1, 9
print(i, l)
d = {}
d[t("k1")] = d[t("k2")] = t("v")
print(d, log); log.clear()
print(t("a") + t("b") * t("c", 2))
print(log); log.clear()
f = lambda *a, **k: (a, k)
f(t("p1"), t("p2"), k=t("kw"), *[t("star")], **{t("dk"): t("dv")})
print(log); log.clear()
{t("key1"): t("val1"), t("key2"): t("val2")}
print(log); log.clear()
[t(1), *[t(2), t(3)], t(4)]
print(log); log.clear()
t("cond", True) and t("then") or t("else")
print(log); log.clear()
r = t("c1", 1) < t("c2", 2) < t("c3", 0) < t("c4", 5)
print(r, log); log.clear()
first, *mid, last = range(6)
print(first, mid, last)
(p, q), [r2, *s] = (1, 2), "xyz"
print(p, q, r2, s)
for k, (v1, v2) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, v1, v2, end="; ")
print()
*head, = "abc"
print(head)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    a, b = (x for x in range(3))
except ValueError as e:
    print(e)
print([*range(3), *"ab"], {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
try:
    {**[1]}
except TypeError as e:
    print(e)
try:
    [*1]
except TypeError as e:
    print(e)
del_list = list(range(10))
del del_list[1:3], del_list[-1]
print(del_list)
del_list[::2] = "abcd"
print(del_list)
try:
    del_list[::2] = "ab"
except ValueError as e:
    print(e)
class Dk:
    def __init__(self): self.a = 1; self.b = 2
dk = Dk()
del dk.a
print(vars(dk))
try:
    del dk.zz
except AttributeError as e:
    print(e)
s = "x"
s *= 3
n = 7
n //= 2; n **= 3; n %= 5; n <<= 4; n |= 1; n ^= 3; n &= 0xff; n >>= 1; n -= 100
print(s, n)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(talias, tup)
