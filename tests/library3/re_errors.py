# re: re.error for bad patterns, with CPython's messages and positions
import re

BAD = [
    "(abc", "abc)", "a)b(c", "*a", "a**", "a{2}{3}", "+", "?x", "x{3,2}", "[a-", "[z-a]",
    "[\\d-z]", "[]", "a\\", "\\q", "[\\q]", "\\8", "(a)\\2", "(a\\1)", "(?P<1x>a)",
    "(?P<n>a)(?P<n>b)", "(?P=missing)", "(?P<n", "(?P<>a)", "(?z)", "(?Px)", "(?<x)",
    "a(?i)b", "(?i", "(?i-i:a)", "(?(1)a)", "(?(x)a)", "(?(1)a|b|c)(z)", "\\x4g", "\\u12",
    "\\777", "(?#comment", "(?", "^*", "\\b?", "(?<=a+)b", "line1\n(line2",
]
for pat in BAD:
    try:
        re.compile(pat)
        print(repr(pat), "compiled?!")
    except re.error as e:
        print("%-22r %s | msg=%r pos=%r line=%r col=%r" % (pat, e, e.msg, e.pos, e.lineno, e.colno))

# the exception type
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error("custom message")
print(str(e), e.msg, e.pattern, e.pos, e.lineno)
e = re.error("at somewhere", "ab\ncd", 4)
print(str(e), e.lineno, e.colno)
try:
    re.search("(", "x")
except re.error as err:
    print("caught:", err)

# errors that are not re.error
for call in [lambda: re.compile(5), lambda: re.match("a", 5), lambda: re.compile("a{99999999999}"),
             lambda: re.compile("a").match("a", "0"), lambda: re.compile(b"a").search("a")]:
    try:
        call()
    except (TypeError, OverflowError) as err:
        print(type(err).__name__ + ":", err)

# a bad pattern found while the program runs
def parse(pattern, text):
    try:
        return re.findall(pattern, text)
    except re.error as err:
        return "invalid pattern %r: %s" % (pattern, err)

for p in [r"\d+", r"[0-9", r"(\w+)@", r"a{1,2"]:
    print(parse(p, "a1 b22 c@d a{1,2"))
