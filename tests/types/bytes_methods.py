# bytes: constructors, methods and errors
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes("é", "utf-8"), bytes(range(3)), bytes((65, 66)),
      bytes(bytearray(b"x")) if False else b"", bytes(iter([97])), bytes(0), bytes(x for x in [104, 105]))
t(bytes, -1)
t(bytes, [256])
t(bytes, [-1])
t(bytes, ["a"])
t(bytes, 1.5)
t(bytes, "abc")
t(bytes, None)
t(bytes, b"a", "utf-8")
t(bytes, 2**70)
class B:
    def __bytes__(self): return b"custom"
class I:
    def __index__(self): return 3
print(bytes(B()), bytes(I()), bytes([I()]))
b = b"Hello, World! 123"
print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase(), b.isalpha(), b.isdigit(), b.isalnum(),
      b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii(), b"".isalpha(), b"\x80".isascii())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.find(111), b.count(108),
      b.find(b"o", 5), b.find(b"o", 5, 8), b.startswith(b"He"), b.endswith((b"3", b"x")), b.find(b""), b.rfind(b"", 3))
t(b.index, b"zz")
t(b.find, "o")
t(b.find, 256)
t(b.count, [1])
t(b.startswith, "H")
print(b.split(), b.split(b","), b.rsplit(None, 1), b.split(b"l", 2), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True),
      b"  x ".strip(), b"xxaxx".strip(b"x"), b" a".lstrip(), b"a ".rstrip(), b.partition(b", "), b.rpartition(b"o"),
      b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b"-".join([b"a", b"b"]), b"".join([]))
t(b.split, b"")
t(b"-".join, ["a"])
t(b"-".join, [b"a", 1])
t(b.replace, "l", "L")
t(b.strip, "x")
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"42".zfill(5), b"a\tb".expandtabs(4),
      b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"hello".translate(None, b"l"),
      b"abc".translate(bytes.maketrans(b"abc", b"xyz")), bytes.maketrans(b"a", b"b")[97])
t(b"ab".center, 5, "*")
t(b"ab".center, 5, b"**")
t(bytes.maketrans, b"ab", b"c")
print(b.hex(), b"\x00\xff".hex(), b"abc".hex(":"), b"abcdef".hex(":", 2), b"abcdef".hex("-", -2), bytes.fromhex("41 42 ff"),
      bytes.fromhex(""), b"".hex())
t(bytes.fromhex, "4")
t(bytes.fromhex, "zz")
t(bytes.fromhex, 5)
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], list(b"ab"), b"ab" + b"cd", b"ab" * 2, 2 * b"x", b"a" in b"cat",
      97 in b"cat", b"" in b"", len(b), b"ab" < b"b", b"ab" == b"ab", b"a" == "a", hash(b"ab") == hash(b"ab"))
t(lambda: b[100])
t(lambda: b"a" + "b")
t(lambda: "b" + b"a")
t(lambda: b"a" < "b")
t(lambda: 300 in b"a")
t(lambda: "a" in b"a")
t(lambda: b["x"])
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\n\t\r\x00\x7f\x80\\"), str(b"x"), bytes.__name__)
print(b"abc".decode(), b"%s-%d" % (b"x", 5), b"abc".isalnum(), b"a,b".split(b",", maxsplit=1), b" a b ".split(maxsplit=1))
it = iter(b"hi")
print(next(it), list(it), list(reversed(b"abc")), sorted(b"cba"), max(b"abc"), sum(b"\x01\x02"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"),
      (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff", "big", signed=True), (0).to_bytes(0, "big"))
t((256).to_bytes, 1, "big")
t((-1).to_bytes, 1, "big")
t((1).to_bytes, 1, "middle")
t(int.from_bytes, "ab", "big")
print((1024).to_bytes(2), int.from_bytes(b"\x04\x00"), (5).to_bytes(length=3, byteorder="little"))
