a, *b, c = range(6)
print(a, b, c)
*x, = "abc"
print(x)
(p, q), r = (1, 2), 3
print(p, q, r)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3}, {**{'a': 1}, 'b': 2})
def f(*a, **k): return a, k
print(f(*[1, 2], *(3,), **{'x': 1}, y=2))
try:
    f(**{'x': 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**5)
except TypeError as e:
    print(e)
v = 3.14159
name = "w"
print(f"{name!r:>5} {v:.2f} {v!s} {1+1} {'x' * 3} {v=}")
print(f"{{}} {name}{name}")
print(1 + 2 * 3 - 4 // 3 % 5, 2 ** 10, 2 ** 100, -7 // 2, -7 % 2, 7 // -2, 7 % -2, 1 << 70, -1 >> 3, 10 / 4)
print(4611686018427387903 + 1, -4611686018427387904 - 1, 3037000500 * 3037000500, 2**62 // -1)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 0.1 + 0.2, 3 > 2 >= 2, "a" < "b")
x = 5
x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7; x <<= 3; x |= 1; x ^= 2; x &= 0xff
print(x)
l = [1]
l += [2]
print(l)
print(not 0, not [], 0 or "x", 1 and 2, None or 0)
print([i * j for i in range(3) for j in range(3) if i != j])
print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)})
print([(lambda: y)() for y in range(3)])
print((n := 10) + n)
print([y := 5, y ** 2])
d = {}
d["a"] = 1
del d["a"]
print(d)
lst = list(range(10))
print(lst[2:5], lst[::-1], lst[-3:], lst[1:8:3])
lst[2:4] = ["x"]
del lst[0]
print(lst)
class O: pass
o = O()
o.a = 1
del o.a
print(hasattr(o, 'a'))
print(type(None).__name__, ..., NotImplemented)
i = 0
while i < 5:
    i += 1
    if i == 3: break
else:
    print("no")
print(i)
for i in range(3):
    pass
else:
    print("for else", i)
print(globals()["i"], "locals" in dir(__builtins__) if not isinstance(__builtins__, dict) else True)
def loc(a, b=2):
    c = a + b
    return sorted(locals().items())
print(loc(1))
import math
print(math.sqrt(16))
from math import pi as PI
print(round(PI, 2))
x = 10
def uses_global():
    return x + 1
print(uses_global())
x = 20
print(uses_global())
globals()["x"] = 30
print(uses_global())
def shadow_builtin():
    return len("abc")
print(shadow_builtin())
len = lambda s: 99
print(shadow_builtin())
del len
print(shadow_builtin())
import builtins
builtins.myglobal = "from builtins"
def read_bi(): return myglobal
print(read_bi())
builtins.myglobal = "changed builtins"
print(read_bi())
print(-(-5), +5, ~5, -(2**62), ~(2**62))
print(3 in [1, 2, 3], 4 not in [1, 2], "a" in "abc", None is None, 1 is not None)
print(sorted([3, 1, 2], key=lambda x: -x))
print(isinstance(1, int), issubclass(bool, int))
s = 0
for i in range(100000):
    s += i
print(s)
print([1, 2][-1], (1, 2, 3)[-3])
