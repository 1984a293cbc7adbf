# str.format, format(), f-strings and the format-spec mini language
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("{} {} {}".format(1, "a", [2]), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2),
      "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3), "{{}} {{{0}}}".format(7),
      "{!r} {!s} {!a}".format("é", "é", "é"), "{:>{w}}".format("x", w=4), "{:{}{}}".format(3, "<", 5) + "|")
t("{}".format)
t("{0} {}".format, 1, 2)
t("{} {0}".format, 1, 2)
t("{x}".format, 1)
t("{1}".format, 1)
t("{".format)
t("}".format)
t("{0!x}".format, 1)
t("{:d}".format, "a")
t("{:s}".format, 1)
t("{:x}".format, 1.5)
t("{:,d}".format, "x")
t("{0[}".format, [1])
t("{0.}".format, 1)
t("{:%}".format, "s")
print("{0:{1}}".format(3.14159, ".3"), "{:*^9}".format("mid"), "{:=+8}".format(42), "{:08.3f}".format(-3.14159))
for spec in ["", "d", "5", "<5", ">5", "^5", "=5", "+", "-", " ", "05", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
             "c", ",", "_", "_x", "_b", ",d", "+08,", "e", "E", "f", "F", "g", "G", "%", ".2f", "n", ".3", "#.0f", "10.3e",
             "z.1f", ".0%", "+.2e", "#g", ".10g", "020,.2f"]:
    out = []
    for v in [0, 7, -255, 1234567, 3.0, -0.0, 1.5e-7, 1e300, 2.5, float("inf"), float("nan"), True, 10**20]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(spec), out)
for spec in ["", "5", "<5", ">5", "^6", ".2", "*^7.1", "s", "10s", "=5", "+", "d", "#", ",", "05"]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
x, y, name = 3.14159, 42, "molt"
print(f"{x:.2f} {y:>5} {y:<5}| {name!r} {name:^10} {x!s:>10} {y:#x} {y=} {x = :.1f} {name.upper()} {[1,2][0]}")
print(f"{'nested {}'} {y:{'>'}{8}} {'a' 'b'} {3+4} {{literal}} {y*2:05d} {-y:+}")
width, prec = 10, 3
print(f"{x:{width}.{prec}}", f"{x:{width}.{prec}f}|", f"{name:{'*'}>{width}}")
print(format(1234.5678, ",.2f"), format(-1234, "_"), format(0.000012345, ".3g"), format(123456789, "e"),
      format(1e16, ""), format(1e16, "g"), format(12345.0, "g"), format(0.1, ".20f"), format(100, "c"))
t(format, 1, "z")
t(format, 1.5, "d")
t(format, "s", "d")
t(format, 5, "s")
t(format, [], "x")
t(format, [], "")
t(format, None)
t(format, 300, ".2c")
t(format, -1, "c")
t(format, 0x110000, "c")
t(format, 1, ",_")
t(format, 1, "_,")
t(format, 1.5, "#,x")
t(format, "x", ",")
t(format, 1, 2)
t(format)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(format(P(), "abc"), f"{P():xy}", "{:q}".format(P()), "{0!s:5}".format(P())[:3])
class Bad:
    def __format__(self, spec):
        return 5
t(format, Bad(), "")
print("{0}".format_map({"0": 1}) if False else "{a}".format_map({"a": 5}))
class M(dict):
    def __missing__(self, k):
        return k.upper()
print("{x} {y}".format_map(M(x=1)))
t("{0}".format_map, {})
