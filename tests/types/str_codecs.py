# str.encode / bytes.decode with codecs and error handlers
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "héllo 日本 😀"
for enc in ["utf-8", "utf8", "UTF-8", "U8", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii", "utf_8", "L1"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        t(s.encode, enc, err)
t(s.encode, "nope")
t(s.encode, encoding="ascii", errors="nope")
t(s.encode, 1)
t(s.encode, "utf-8", 2)
t(s.encode, x=1)
print("abc".encode(), "".encode(), "\x00".encode(), "é".encode("latin-1"))
for data in [b"abc", b"h\xc3\xa9llo", b"\xff\xfe", b"a\x80b", b"\xe6\x97", b"\xe6\x97\xa5", b"\xed\xa0\x80", b"\xf0\x9f\x98",
             b"\xc0\xaf", b"\xf4\x90\x80\x80", b"x\xe6\x97y"]:
    for enc in ["utf-8", "latin-1", "ascii"]:
        for err in ["strict", "ignore", "replace", "backslashreplace"]:
            try:
                print(repr(data), enc, err, repr(data.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(repr(data), enc, err, "UnicodeDecodeError:", e, e.start, e.end, e.reason, e.encoding, e.object)
t(b"a".decode, "nope")
t(b"a".decode, "utf-8", "nope")
t(b"\xff".decode, "utf-8", "nope")
t(b"a".decode, encoding="ascii")
t(bytes.decode, "a")
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding, repr(e.object), isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    "ab日本cd".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
print(str(b"\xc3\xa9", encoding="utf-8"), str(b"abc", errors="strict"), bytes("é", "utf-8"), bytes("é", encoding="latin-1"))
t(bytes, "é")
t(bytes, "é", "ascii")
t(bytes, 5, "utf-8")
t(bytes, b"x", "utf-8")
