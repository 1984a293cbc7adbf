# str: case, classification and padding methods with edge cases
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

samples = ["", "hello", "Hello World", "HELLO", "hello world 123", "ß", "ǅungla", "ﬁne",
           "İstanbul", "straße", "  spaced  ", "MiXeD cAsE", "123", "a1b2", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ",
           "\t\n", "x\u2028y", "Ⅻ", "٣", "²", "½", "hello_world", "_x1", "1x", "class"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(" ", s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())

for w in [-5, 0, 3, 5, 10, 11]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")),
          repr("abc".ljust(w, ".")), repr("abc".rjust(w)), repr("42".zfill(w)), repr("-42".zfill(w)),
          repr("+7".zfill(w)), repr("".zfill(w)))
t("abc".center, 10, "ab")
t("abc".center)
t("abc".center, "10")
t("abc".center, 10, 5)
t("abc".ljust, 2.5)
t("abc".zfill)
t("abc".zfill, None)
t("abc".upper, 1)
t("abc".upper, x=1)
t(str.upper, 5)
t(str.upper)
print("ab\tc\td".expandtabs(), "ab\tc\td".expandtabs(4), "a\tb\nc\td".expandtabs(2), repr("\t".expandtabs(0)))
t("x\ty".expandtabs, tabsize=3)
t("x\ty".expandtabs, "3")
print("é".center(5, "ü"), "日本".ljust(5, "語"))
t("abc".center, 7, "")
t("abc".center, 7, "日")
