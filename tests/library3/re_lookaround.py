# re: anchors, greedy and lazy repeats, lookarounds, backreferences, conditionals
import re

s = "aaa bbb"
print(re.match(r"a*", s), re.match(r"a*?", s), re.match(r"a+?", s), re.match(r"a{2,3}?", s))
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{2,}", "aaaaa a"), re.findall(r"a{,2}", "aaa"))
print(re.findall(r"\d{1,3}", "12345678"), re.findall(r"x{,}", "xx"))
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.match(r"(a+)+b", "aaab").groups(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())

# possessive repeats and atomic groups (Python 3.11)
print(re.match(r"a++a", "aaa"), re.match(r"a+a", "aaa"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a|ab)c", "abc"))
print(re.findall(r"\d*+\.", "12. 3."))

# lookahead and lookbehind
print(re.findall(r"\w+(?=,)", "apples, pears, and plums"))
print(re.findall(r"\b(?!un)\w+", "undo unable redo able"))
print(re.findall(r"(?<=\$)\d+", "cost: $30, $45 or 50"))
print(re.findall(r"(?<!\$)\b\d+", "cost: $30, $45 or 50"))
print(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", "splitCamelCaseWords"))
print(re.search(r"(?=(\d\d))\d", "a123").groups())
print(re.findall(r"(?=(\w\w))", "abcd"))

# anchors
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"\Bcat\B", "concatenate cat"))
print(re.search(r"^$", ""), re.search(r"\B", ""), re.search(r"\b", "a").span())
print(re.findall(r"\A\w+|\w+\Z", "first middle last"))
print(re.search(r"end$", "the end\n"), re.search(r"end\Z", "the end\n"))

# backreferences
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the code"))
print(re.search(r"(['\"])(.*?)\1", "say 'hello \"there\"' now").groups())
print(re.match(r"(?P<q>['\"]).*(?P=q)", "\"quoted\" text").group())
print(re.findall(r"(a)\1|b", "aab"), re.match(r"(?i)(a)\1", "aA"))
print(re.match(r"(\w)(\w)?\2", "abb"), re.match(r"(\w)(\w)?\2", "a"))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk").span())
print(re.match(r"\101\x42\u0043\0", "ABC\x00"))

# conditional groups
tag = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for t in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    print(t, bool(tag.match(t)))
print(re.match(r"(?P<open>\()?\d+(?(open)\))$", "(12)"), re.match(r"(?P<open>\()?\d+(?(open)\))$", "(12"))

# alternation order and empty alternatives
print(re.findall(r"cat|category", "category"), re.findall(r"category|cat", "category"))
print(re.findall(r"a|", "ab"), re.match(r"(|a)+", "aa").span())
print(re.findall(r"(ab)*", "ababx"), re.match(r"(?:a|b)*?c", "abac").group())
