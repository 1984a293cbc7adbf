x, y, name = 3.14159, 42, "molt"
w, p = 10, 3
d = {"k": "v", 1: "one"}
print(f"{x:.2f}|{y:5d}|{y:<5}|{y:^7}|{y:>5}|{name!r}|{name!s:>8}|{name!a}")
print(f"{x:{w}.{p}f}|{y:0{w}d}|{y:#x}|{y:#o}|{y:#b}|{y:,}|{1234567.891:,.2f}|{0.25:%}|{0.256:.1%}")
print(f"{d['k']}|{d[1]}|{'nested ' + name}|{name.upper()}|{len(name) * 2}")
print(f"{x=}|{y = }|{name=!s}|{x=:.1f}|{ y + 1 = }")
print(f"{{literal}}|{{{y}}}|{'{'}{'}'}")
print(f"{(lambda a: a * 2)(4)}|{[i for i in range(3)]}|{ {'a': 1}['a'] }")
print(f"""multi
{name}
line""")
print(f"{'yes' if y > 40 else 'no'}|{y if y else 0}")
print(f"{3:+d}|{-3:+d}|{3: d}|{-3.5:=+8.2f}|{'ab':*^6}|{'ab':.1}")
print(f"{1e10:g}|{1e-10:g}|{123456789.0:e}|{0.1+0.2!r}|{1/3:.3}")
print(f'{"double"}' f"{'single'}" "plain" f"{y}")
class P:
    def __format__(self, spec): return f"P({spec})"
    def __repr__(self): return "P-repr"
    def __str__(self): return "P-str"
print(f"{P()}|{P()!r}|{P()!s}|{P():xyz}|{P()!r:>8}")
print("{} {} {}".format(1, "a", [2]), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{:>{}}".format("r", 5), "{0[1]}".format([7, 8]), "{0.real}".format(5), "{!r}".format("q"))
print("%s %d %05.1f %x %r %%" % ("s", 42, 3.14159, 255, "r"), "%(a)s-%(b)d" % {"a": "A", "b": 2})
print(format(1234.5, ",.1f"), format(255, "08b"), format("s", "^5"), format(12, ""))
for bad in ["{:d}".format, lambda: f"{'s':d}", lambda: "%d" % "x", lambda: "{} {}".format(1)]:
    try:
        bad("s") if bad is not None and getattr(bad, "__name__", "") == "format" else bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
width = 6
for item, price in [("apple", 1.5), ("kiwi", 0.25), ("watermelon", 3)]:
    print(f"{item:<{width}}...{price:>6.2f}")
print(f"{'':-^20}")
print(f"{True}|{None}|{b'by'}|{(1, 2)}|{ {1, 2} }")
nested = f"{f'{y}'}"
print(nested, f"{y!r:>{w}}")
