def side(x):
    print("eval", x)
    return x
print(side(1) < side(2) < side(3))
print(side(3) < side(2) < side(5))
print(1 < 2 > 0 != 5 == 5, 1 in [1] not in [[2]])
print(0 or "", "" or [] or "x", 1 and 2 and 0, 1 and 3)
print(None is None, 1 is not None, "a" in "abc", "z" not in "abc")
x = 5
print("big" if x > 3 else "small", "a" if x < 0 else "b" if x < 3 else "c")
print(not x, -x, +x, ~x, not not x)
import math
print(math.floor(2.5))
import os.path
print(os.path.join("a", "b"))
import os.path as osp
print(osp.basename("/x/y"))
from math import sqrt as s, pi
print(s(16.0), round(pi, 2))
def glob_set():
    global newg
    newg = "set"
glob_set()
print(newg)
del newg
try:
    newg
except NameError as e:
    print(e)
L = list(range(10))
del L[2], L[-1]
print(L)
print(f"{x}", f"{'s'!s}", f"{{}}", f"a{x}b{x*2}c")
w = 10
print(f"{w=}", f"{w = }")
print((1, 2) + (3,), [1] * 3, {1, 2} | {3}, {"a": 1, **{"b": 2}}, [*range(3), *"ab"], (*[1], 2), {*[1, 2], 3})
print(2 ** 10, 2 ** -1, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 1 / 4, 10 - 2 * 3, (10 - 2) * 3)
print(1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print("-" * 10, "ab" + "cd", 1e3, 1_000_000, 0x1F, 0o17, 0b101, 10 ** 30)
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
while True:
    i += 1
    if i > 6:
        break
print(i)
for c in "ab":
    pass
else:
    print("for else")
if x > 10:
    print("no")
elif x > 4:
    print("elif")
else:
    print("else")
lam = lambda a, b=2, *c, **d: (a, b, c, d)
print(lam(1), lam(1, 3, 4, k=5))
print(type(...), ... is Ellipsis)
print(__name__, __doc__)
def docf():
    "the doc"
    return 1
print(docf.__doc__, docf.__code__.co_consts[0])
print(isinstance(True, int), [] == [], () is ())
v = [1, 2, 3]
print(v[-1], v[1:], v[:1], v[::-1])
print((lambda: (yield))().__class__.__name__)
print(sum(i for i in range(101)))
t = 1,
print(t, (), (1, 2)[::-1])
n = None
if n is None:
    print("is None")
if n is not None:
    print("not none")
if not (x > 1 and x < 3) or x == 5:
    print("compound cond")
a = b = 0
print(a if (a := 5) else b, a)
print([1,2,3][1], {"a": 1}["a"], "xyz"[-1])
