# re: flags, inline flags, verbose patterns and reprs
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.IGNORECASE | re.MULTILINE, re.I | re.S | re.X, re.M | re.I)
print(int(re.I), re.I == 2, re.I + 1, isinstance(re.I, int), re.I.value, re.I.name)
print((re.I | re.M).name, re.I & re.M, ~re.I & re.I, re.IGNORECASE is re.I, re.RegexFlag.DOTALL)
print(repr(re.I | 1024), "%d %s" % (re.M, re.M))

print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"^\w+", "one\ntwo\nthree"), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+$", "one\ntwo\nthree\n"), re.findall(r"\w+$", "one\ntwo\nthree\n", re.M))
print(re.findall(r"a.b", "a\nb axb"), re.findall(r"a.b", "a\nb axb", re.S))
print(re.findall(r"^", "a\nb\n", re.M), re.findall(r"$", "a\nb\n", re.M))
print(re.search(r"\Aa", "ba\na", re.M), re.search(r"a\Z", "a\nba\n"), re.search(r"a$", "ba\n"))

# inline flags
print(re.findall(r"(?i)ab", "AB ab Ab"), re.findall(r"(?i:a)b", "AB ab Ab aB"))
print(re.findall(r"(?-i:a)b", "AB ab Ab aB", re.I))
print(re.findall(r"(?m)^x", "x\nx"), re.findall(r"(?s).", "\n"), re.findall(r"(?ms)^a.", "a\na\n"))
print(re.compile(r"(?i)a").flags, re.compile(r"(?x) a").flags, re.compile("a", re.I).flags)
print(re.compile(b"a").flags, re.compile(b"(?i)a").flags, re.compile("a", re.A).flags)

# verbose mode
number = re.compile(r"""
    [+-]?          # optional sign
    (?: \d+ \.? \d* | \. \d+ )   # mantissa
    (?: [eE] [+-]? \d+ )?        # exponent
""", re.X)
print([m.group() for m in number.finditer("x = -1.5e10 + .25 - 3 + 4.")])
print(re.findall(r"a\ b [ ]c \# d", "a b c# d", re.X))
print(re.findall(r"(?x) a  b  # comment", "ab"))

# ASCII versus Unicode classes
text = "naïve café 42 ٤٢"
print(re.findall(r"\w+", text), re.findall(r"\w+", text, re.A))
print(re.findall(r"\d+", text), re.findall(r"\d+", text, re.ASCII))
print(re.findall(r"(?a)\w+", text), re.findall(r"(?a:\w)+", "é1x"))
print(re.findall(r"[a-z]+", "Straße KELVIN", re.I), re.findall(r"[a-z]+", "Straße KELVIN", re.I | re.A))

# Pattern reprs
for p in [re.compile("a+"), re.compile("a+", re.I), re.compile("a", re.I | re.M | re.S),
          re.compile(b"x", re.I), re.compile("(?i)y"), re.compile("z", re.A | re.X),
          re.compile("it's"), re.compile('say "hi"'), re.compile("\\d\n"), re.compile("q" * 250)]:
    print(repr(p))

# bad flag combinations
for pat, flags in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L)]:
    try:
        re.compile(pat, flags)
    except ValueError as e:
        print("ValueError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
