# print with sep, end, file and flush; errors
import sys
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print()
print(1, 2, 3)
print(1, 2, sep="")
print(1, 2, sep=None)
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print(" then", end=None)
print(file=sys.stdout)
print("x", file=None)
print(*[1, 2, 3], sep=", ")
print(*"abc")
print("flush", flush=True)
t(print, sep=1)
t(print, end=2)
t(print, file=5)
t(print, foo=1)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("to", "writer", file=w, sep="|")
print(w.parts)
class NoWrite: pass
t(print, "x", file=NoWrite())
class S:
    def __str__(self): return "S-str"
print(S(), [S()] == [1], None, True, 1.0, b"b", "é", [None, "q"], {"k": (1,)})
print("%s" % "tab\there", "nl\\n", repr("\t"))
sys.stdout.write("direct write\n")
print(sys.stdout.write("abc\n"))
sys.stdout.flush()
print(sys.stdout.writable() if hasattr(sys.stdout, "writable") else True)
print("unicode: ü 日本 😀 \u2603")
print("", "", sep="x")
print(sep="ignored")
print(1, end="")
print()
