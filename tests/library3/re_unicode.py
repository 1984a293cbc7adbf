# re: Unicode text, character classes, case-insensitivity and bytes patterns
import re

text = "Grüße aus Köln! Ελληνικά, русский, 日本語 and emoji 😀👍 ok"
print(re.findall(r"\w+", text))
print(re.findall(r"[^\W\d_]+", "abc_123 déf"))
print(re.findall(r"[À-ÿ]+", text))
print(re.findall(r"[α-ω]+", text, re.I), re.findall(r"[а-я]+", text))
print(re.search(r"日本", text).span(), re.search(r"😀+(.)", text).groups())
print(re.findall(r".", "a😀b"), len(re.match(r".+", "😀😀").group()))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "élan ñandú öl"))
print(re.split(r"\s*[,!]\s*", text))

# positions count characters, not bytes
m = re.search(r"Köln", text)
print(m.span(), text[m.start():m.end()])
for m in re.finditer(r"\S+", "naïve — café ☕"):
    print(m.span(), m.group())
m = re.compile(r"é").search("ééé", 1, 2)
print(m.span(), m.pos, m.endpos)

# Unicode digits and whitespace
print(re.findall(r"\d+", "arabic ٤٥٦ devanagari १२३ fullwidth １２"))
print(re.findall(r"\d", "٤٥٦", re.A))
print(re.split(r"\s+", "a\u00a0b\u2003c\u3000d\x1ce\tf"))
print([hex(ord(c)) for c in re.findall(r"\s", " \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000x")])
print(re.findall(r"[\s\d]+", "1 2\u00a03x"), re.findall(r"[^\S]+", "a \u2003b"))

# case-insensitive matching beyond ASCII
print(re.findall(r"straße", "STRASSE Straße STRAßE", re.I))
print(re.findall(r"köln", "KÖLN Köln köln", re.I))
print(re.findall(r"σ+", "ΣσςΣ", re.I), re.findall(r"[a-z]", "K\u212aſs", re.I))
print(re.findall(r"i", "iIİı", re.I), re.findall(r"[h-j]", "iIİı", re.I), re.findall(r"é", "éÉ", re.I | re.A))
print(re.fullmatch(r"(?i)ÉCOLE", "école"), re.match(r"(?i)(ä)\1", "äÄ"))

# escapes in patterns
print(re.findall("\\u00e9|\\U0001F600|\\x41", "é😀A"), re.findall(r"[\u00e0-\u00e5]", "àáâãäåæ"))
print(re.escape("naïve (1+1) ünï"), re.match(re.escape("a.b*c"), "a.b*c"))

# bytes patterns
data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n"
print(re.findall(rb"^(\S+): (.*?)\r$", data, re.M))
print(re.match(rb"(\w+) (\S+) HTTP/(\d\.\d)", data).groups())
print(re.sub(rb"\r\n", b"\n", data))
print(re.findall(rb"\w+", "Köln".encode()), re.findall(rb"[\x80-\xff]+", "Köln".encode()))
print(re.findall(rb"(?i)get|host", data), re.split(rb"\s+", b" a b "))
print(re.compile(rb"\d+"), re.escape(b"a.b\xff"), re.match(b"x", b"x"))
for pat, s in [("a", b"a"), (b"a", "a"), ("a", 1)]:
    try:
        re.match(pat, s)
    except TypeError as e:
        print("TypeError:", e)

# str subclasses
class Name(str):
    pass
m = re.match(r"\w+", Name("Ada Lovelace"))
print(m.group(), type(m.group()).__name__, type(m.string).__name__, re.sub("a", "4", Name("banana")))
