# re: match, search, fullmatch, findall, finditer and the Match object
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), "|", m.group(1), "|", m.group(2))
print(m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(2), m.span(1))
print(m[0], m[1], m[2])
print(m.pos, m.endpos, m.string, m.re, m.lastindex, m.lastgroup)
print(m.regs)

print(re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc123def456"))
print(re.search(r"\d+", "no digits here"))
print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))
print(re.fullmatch(r"a|ab", "ab"))

print(re.findall(r"\d+", "12 drummers, 11 pipers, 10 lords"))
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=333"))
print(re.findall(r"(\w+)=\d+", "a=1, b=22"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"", "abc"))

for m in re.finditer(r"\b(\w)(\w*)\b", "the quick brown fox"):
    print(m.span(), m.group(1).upper() + m.group(2))
print(type(re.finditer("a", "a")).__name__)

# optional groups and defaults
m = re.match(r"(\d+)(?:\.(\d+))?(px|em)?", "12px")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.lastindex)

# named groups
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.group("first"), m["last"], m.groupdict(), m.span("last"), m.lastgroup)
print(m.expand(r"\g<last>, \g<first> (\g<0>)"))

# compiled patterns and pos/endpos
p = re.compile(r"o")
print(p.search("dog", 1), p.search("dog", 2), p.match("dog", 1))
print(p.findall("foo boo", 2), p.findall("foo boo", 0, 3))
print(re.compile(r"^o").search("dog", 1), re.compile(r"g$").search("dogs", 0, 3))
print([m.span() for m in re.compile(r"\w").finditer("abcdef", 2, 4)])
m = p.search("xo", -5, 100)
print(m.pos, m.endpos)

# the pattern object
p = re.compile(r"(?P<key>\w+):(?P<value>\d+)")
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(re.compile(p) is p, re.compile("x+") == re.compile("x+"), re.compile("x") == re.compile("y"))
print(isinstance(p, re.Pattern), isinstance(p.match("a:1"), re.Match))
print(type(p), type(p.match("a:1")))

# the cache and purge
a = re.compile("cached")
print(re.compile("cached") is a)
re.purge()
print(re.compile("cached") == a)

# Match objects are true, missing matches are None
for text in ["spam 42", "spam"]:
    m = re.search(r"\d+", text)
    if m:
        print("number", int(m.group()))
    else:
        print("no number in", repr(text))

# group errors
m = re.match(r"(a)(b)?", "a")
for g in [3, "x", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
print(m.group(2), m[2], m.groups(), m.groupdict())
