b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b"ab" + b"cd", b"x" * 3)
print(bytes(3), bytes([65, 66]), bytes("héllo", "utf-8"), b"abc".decode(), "é".encode())
print(b"a,b".split(b","), b"  x ".strip(), b"-".join([b"a", b"b"]), b"abc".upper(), b"ab".hex())
print(b"abc" == b"abc", b"a" < b"b", 97 in b"abc", b"bc" in b"abc", b"abc".find(b"c"), b"aXa".count(b"a"))
print(bytes.fromhex("41 42"), b"abc".startswith(b"ab"), b"abc".replace(b"b", b"B"), repr(b"'\"\n\t\\"))
for x in b"hi":
    print(x, end=" ")
print()
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
