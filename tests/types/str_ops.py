# str: operators, indexing, slicing, comparisons, hashing, constructors
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "héllo wörld"
print(s[0], s[1], s[-1], s[-11], s[2:5], s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[100:], s[5:2], s[::-3])
t(lambda: s[11])
t(lambda: s[-12])
t(lambda: s["a"])
t(lambda: s[1.5])
t(lambda: s[2**70])
t(lambda: s[::0])
t(lambda: "abc"[None:2])
print("abc"[True], "abc"[False:True])
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5, "x" * True)
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: "a" * 2**70)
t(lambda: "a" - "b")
t(lambda: -"a")
print("a" < "b", "a" < "ab", "B" < "a", "é" > "z", "日" > "é", "" < "a", "abc" == "abc", "a" != "b",
      "abc" <= "abc", "abd" >= "abc", sorted(["b", "A", "é", "a", "日", ""]))
t(lambda: "a" < 1)
t(lambda: "a" >= None)
print("a" == 1, "a" != None, hash("abc") == hash("ab" + "c"), hash("") == hash(""))
print(len(""), len("abc"), len("日本語"), len("😀x"), len("\x00"))
print(str(), str(5), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(b"ab", "ascii"), str(b"\xc3\xa9", "utf-8"),
      str(b"\xff", "utf-8", "replace"), str(object=3), str(encoding="utf-8", object=b"x"))
t(str, b"\xff", "utf-8")
t(str, 1, "utf-8")
t(str, "a", "utf-8")
t(str, b"a", "nope")
t(str, 1, 2, 3, 4)
t(str, x=1)
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\\x00\x7f\x80\xa0é\u200b\U0001F600\ud800"),
      ascii("héllo\u200b😀"), repr(""), repr("\r"))
class S(str):
    def __repr__(self): return "S!"
print(S("x"), repr(S("x")), str(S("x")), type(str(S("x"))), S("ab").upper(), type(S("ab").upper()),
      type(S("ab")[0]), type(S("ab")[:]), S("q") == "q", hash(S("q")) == hash("q"))
print(f"{S('q')}", "%s" % S("q"), "{}".format(S("q")))
it = iter("ab日")
print(next(it), next(it), next(it), list(it), list(reversed("abc")), list(reversed("日本")))
print(min("hello"), max("hello"), sorted("hello"), "".join(sorted("日本語")), list("abc"), tuple("ab"), set("aa"))
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"), "a".__add__("b"), "a".__mul__(3),
      "a".__rmul__(2), "a".__eq__(1), "a".__lt__("b"), "a".__add__(1) if 0 else 0)
print(str.__name__, str.__qualname__, type("a").__name__, str.__doc__[:20])
x = "abc"
x += "def"
x *= 2
print(x, x.__class__, isinstance(x, str), issubclass(str, object))
print(ord("a"), ord("é"), ord("😀"), chr(97), chr(0x1F600), chr(0), repr(chr(127)))
t(ord, "")
t(ord, "ab")
t(ord, 1)
t(chr, -1)
t(chr, 0x110000)
t(chr, "a")
t(chr, 2**70)
