# str: split, strip, replace, partition and friends
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["", " ", "a b  c ", "  lead", "trail  ", "a,b,,c,", ",", "one", "\ta\nb\x0bc\x0cd\re\x1cf\u3000g\x85h"]:
    print(repr(s), s.split(), s.split(","), s.split(None, 1), s.rsplit(None, 1), s.split(",", 1),
          s.rsplit(",", 1), s.split(" "), s.rsplit(" ", 2))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a,b,c".split(sep=",", maxsplit=0),
      "a,b,c".split(",", -1), "a,b,c".split(",", -5), "a b".split(None, 0), "  a b ".split(None, 0),
      "  a b ".rsplit(None, 0))
t("abc".split, "")
t("abc".split, 1)
t("abc".split, ",", "1")
t("abc".split, x=1)
t("abc".split, ",", 1, 2)
t("abc".rsplit, "")
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "日本語".split("本"), "ab" * 3, "xyxyx".split("xy"))
for s in ["  x  ", "xxhixx", "", "\t\n x \r", "abc", "\u2000x\u3000"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.lstrip("xh ")),
          repr(s.rstrip("")), repr(s.strip(None)))
t("abc".strip, 1)
t("abc".strip, "a", "b")
print("ab日本日".strip("日"), "éaé".strip("é"), "xaxbx".rstrip("x"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", -1), "aaa".replace("a", "b", 0),
      "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "x"),
      "abab".replace("ab", ""), "日本日本".replace("本", "x"), "aaa".replace("aa", "b"))
t("abc".replace, "a")
t("abc".replace, 1, "b")
t("abc".replace, "a", "b", "c")
t("abc".replace, "a", "b", 2.0)
for s in ["a=b=c", "abc", "=", ""]:
    print(s.partition("="), s.rpartition("="))
t("abc".partition, "")
t("abc".rpartition, "")
t("abc".partition, 1)
t("abc".partition)
for s in ["a\nb\r\nc\rd", "x\n", "\n\n", "", "one", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "end\r"]:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t("a".splitlines, 1, 2)
t("a".splitlines, "x")
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("body"), "prefix_body".removesuffix("_body"),
      "x".removesuffix(""), "".removeprefix("a"))
t("x".removeprefix, 1)
print("abc".translate({97: "X", 98: None, 99: 100}), "abc".translate({}), "abc".translate([1, 2, 3]))
print(str.maketrans("ab", "xy"), str.maketrans({"a": "b", 98: None}), str.maketrans("ab", "xy", "c"))
print("abcabc".translate(str.maketrans("abc", "xyz", "b")))
t(str.maketrans, "ab", "x")
t(str.maketrans, "ab")
t(str.maketrans, {"ab": 1})
t(str.maketrans, 1, 2)
t("abc".translate, {97: 5.5})
t("abc".translate, {97: 0x110000})
print("abc".translate({97: "日本"}), "x".translate({ord("x"): ""}))
