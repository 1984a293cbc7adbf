tests = [
 "1 + 'a'", "'a' - 1", "None()", "5[0]", "len(5)", "[1][5]", "{}['x']", "None.x", "(1).x", "x_undefined",
 "[].foo", "1 < 'a'", "-'a'", "~1.5", "1 / 0", "1 // 0", "1 % 0", "2 ** -1.5 + 'a'", "int('x')", "[1, 2] * 'a'",
 "object().x", "type.x", "{}.x", "'abc'[10]", "(1,)[3]", "del_me", "f'{1:x}{\"a\":d}'", "iter(5)", "next(iter([]))",
 "[*None]", "{**None}", "print(**None)", "a, b = 1, 2, 3", "hash([])", "{[]: 1}", "1 in 5", "abs('x')", "float('x')",
 "int.x", "setattr(1, 'x', 2)", "(lambda x: x)()", "(lambda: 0)(1, 2)", "dict(a=1)['b']", "'x' * 'y'", "[].pop()",
 "2 ** 10000 * 1.0", "round('x')", "sorted([1, 'a'])", "max([])", "min()", "divmod(1, 0)", "(1).__class__.__bases__[0].x",
]
for t in tests:
    try:
        eval(t)
        print(t, "-> no error")
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
def f():
    print(undefined_local_later)
    undefined_local_later = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
class A: pass
try:
    A().missing
except AttributeError as e:
    print(e)
try:
    A.missing
except AttributeError as e:
    print(e)
import math
try:
    math.missing
except AttributeError as e:
    print(e)
