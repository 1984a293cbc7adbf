# str: searching, counting and affix methods
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "hello world, hello molt"
for sub in ["hello", "o", "", "xyz", "molt", "hello molt!", "l"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub))
    print(" ", s.find(sub, 3), s.find(sub, 3, 10), s.rfind(sub, -10), s.count(sub, 2, -2),
          s.find(sub, -100, 100), s.rfind(sub, 5, 4), s.count(sub, 100))
print("".find(""), "".rfind(""), "".count(""), "abc".count(""), "abc".find("", 3), "abc".find("", 4),
      "abc".rfind("", 4), "abc".count("", 4), "abc".count("", 1))
t(s.index, "xyz")
t(s.rindex, "xyz")
t(s.index, "world")
t(s.rindex, "hello", 0, 5)
t(s.index, "hello", 1, 5)
t(s.find)
t(s.find, 1)
t(s.find, "a", "b")
t(s.find, "a", None, None)
t(s.find, "a", 1.0)
t(s.count, "l", None, 5)
t(s.find, "o", 2**70)
t(s.find, "o", -2**70)
print(s.startswith(("x", "he")), s.endswith(("molt", "q")), s.startswith("world", 6), s.startswith("world", 6, 8),
      s.endswith("hello", 0, 5), s.startswith(""), s.endswith("", 100), s.startswith("", 100), s.endswith(()))
t(s.startswith, ["he"])
t(s.startswith, ("he", 1))
t(s.endswith, 5)
t(s.startswith)
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".count("日本"), "日本語日本".index("語"),
      "日本語日本".find("本", 2), "日本語日本".rfind("日", 0, 3), "aé日😀".find("😀"), "aé日😀".rfind("é"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abababa".rfind("aba"), "abababa".count("aba"))
t("abc".index, "")
t("abc".index, "", 5)
print("x".join([]), ",".join(["a"]), ", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"),
      "|".join({"k": 1}), "é".join(["日", "本"]))
t(",".join, [1, 2])
t(",".join, ["a", 2])
t(",".join, 5)
t(",".join)
t(",".join, ["a"], ["b"])
class S(str): pass
print(type(",".join([S("a")])), type("".join([S("ab")])), repr(S("q") + "r"), type(S("q") + "r"))
print("abc" in "xabcx", "" in "", "" in "a", "é" in "café", "ab" not in "ba")
t(lambda: 1 in "abc")
t(lambda: None in "abc")
