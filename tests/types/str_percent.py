# printf-style formatting with %
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("%s %d %i %r %a %%" % ("x", 3, 4, "q", "é"))
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%f|%F|%g|%G|%c|%c" %
      ("a", "b", 42, 5, 7, 255, 255, 255, 8, 8, 12345.678, 0.0001, 2.5, 1e20, 1e-5, 1e20, 65, "z"))
print("%.2f %.0f %10.3f %-10.1f| %.3s %.0s| %*d %-*d| %.*f" % (3.14159, 2.5, 1.0, -2.25, "abcdef", "x", 5, 1, 4, 2, 2, 1.23456))
print("%(a)s %(b)05.1f %(a)r" % {"a": "A", "b": 3.14159})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "%d" % 3.9, "%x" % -255, "%s" % None, "%i" % True, "%r" % b"x")
print("%d%%" % 50, "%c" % 0x1F600, "%5c|" % "x", "%-3c|" % 65, "%s" % "é", "%10.4s|" % "日本語テキスト")
print("%.3d|%5.3d|%-6.2x|%#.3o|%+.2e|%#g|%#.0e" % (5, 7, 10, 8, 12345.6789, 1.0, 3.0))
print("%s" % {"k": 1}, "%(k)s" % {"k": [1]}, "no args" % (), "%%" % ())
print("%d" % 10**20, "%x" % 10**20, "%.1f" % 1e300, "%g" % 1e-300, "%e" % 0.0, "%f" % float("inf"), "%F" % float("nan"),
      "%+f" % float("-inf"), "%05f" % float("inf"), "%-8g|" % float("nan"))
t(lambda: "%d" % "a")
t(lambda: "%s %s" % (1,))
t(lambda: "%s" % (1, 2))
t(lambda: "%z" % 1)
t(lambda: "%(a)s" % 1)
t(lambda: "%(a)s" % {"b": 1})
t(lambda: "%c" % "ab")
t(lambda: "%c" % -1)
t(lambda: "%c" % 0x110000)
t(lambda: "%c" % 1.5)
t(lambda: "%x" % 1.5)
t(lambda: "%d" % None)
t(lambda: "%f" % "x")
t(lambda: "%" % ())
t(lambda: "%(a" % {"a": 1})
t(lambda: "%*d" % ("a", 1))
t(lambda: "abc" % 5)
t(lambda: "abc" % [])
t(lambda: "abc" % {})
t(lambda: "%s %(a)s" % {"a": 1})
t(lambda: "%.*f" % (1.5, 2.0))
class I:
    def __index__(self): return 42
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 3
t(lambda: "%d %x %f" % (I(), I(), F()))
t(lambda: "%d" % N())
t(lambda: "%d" % F())
t(lambda: "%x" % N())
t(lambda: "%c" % I())
print("%s|%r" % (type(F()).__name__, 1.5), "%5.1f%%" % 99.44, "%-5d|" % -3, "%+05d" % 3, "% 05d" % 3, "%#5x|" % 255)
print(b"%s %d %x %c %r %a %b" % (b"ab", 5, 255, 65, "é", "é", b"zz"), b"%5s|%-5s|" % (b"x", b"y"), b"%c" % b"q")
t(lambda: b"%s" % "str")
t(lambda: b"%c" % 256)
t(lambda: b"%d" % b"x")
t(lambda: b"%z" % 1)
print(b"%(k)s" % {b"k": b"v"}, b"%%" % (), b"%.2f" % 2.345, b"%-4x|" % 10)
