def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tests=['bytearray(1.5)','bytearray([256])','bytearray(1,2,3,4)','bytearray(x=1)','bytearray(b"","utf-8")','bytearray(2**70)','bytearray("a", 5)','bytearray(-1)',
'repr(bytearray(b"a\\x00"))','bytearray(b"ab")[0]','bytearray(b"abc")[1:]','bytearray(b"a") + b"b"','b"a" + bytearray(b"b")','bytearray(b"a") == b"a"', 'hash(bytearray())',
'bytearray(b"abc").pop()', 'bytearray().pop()', 'bytearray(b"a").append(256)', 'bytearray(b"a").remove(9)', 'bytearray(b"abc").upper()', 'bytearray(b"a b").split()',
'bytearray(b"abc").find(bytearray(b"c"))', 'b"abc".find(bytearray(b"c"))', 'bytearray(b"x") * 3', 'bytearray(b"abc").index(b"z")', 'bytearray(b"a").insert(0, 300)',
'str(bytearray(b"x"))', 'bytearray(b"x").decode()', 'bytearray.fromhex("41 42")', 'bytearray(b"ab").hex()', 'bytearray(b"abc")[::-1]', 'bytearray(b"abc").partition(b"b")',
'bytearray(b"abc").extend("x")', 'bytearray(b"abc").extend([1,2])', 'bytearray(b"abc").translate(None, b"a")', 'list(bytearray(b"ab"))', 'bytes(bytearray(b"ab"))','bytearray(b"ab") < b"b"', 'bytearray(b"a").join([b"x", bytearray(b"y")])', 'b"-".join([bytearray(b"x")])',
'int.from_bytes(bytearray(b"\\x01\\x00"), "big")', 'bytearray(b"abc").count(98)', 'b"%s" % bytearray(b"q")', 'bytearray(b"%s") % b"q"', 'bytearray(b"a").copy()', 'bytearray(b"abc").reverse()',
'bytearray(b"ab").__setitem__(0, 256)', 'bytearray(b"ab").__setitem__(slice(0,1), 5)', 'bytearray(b"ab").__setitem__(slice(0,1), "x")', 'bytearray(b"abc").isalpha()', 'type(bytearray(b"a").zfill(3))',
'bytearray(b"abc") + 5', '5 + bytearray()', 'bytearray(3)', 'bytearray("é", "utf-8")', 'bytearray([1, 2])', 'bytearray(range(3))', 'bytearray(b"a") in [b"a"]', 'b"a" in bytearray(b"cab")', '98 in bytearray(b"ab")',
'bytearray(b"ab").startswith((bytearray(b"a"),))', 'sorted(bytearray(b"cab"))', 'bytearray(b"a").__alloc__() > 0', 'str(bytearray(b"\\xc3\\xa9"), "utf-8")', 'ord(bytearray(b"a"))', 'bytearray(b"a").extend(5)',
'bytearray.maketrans(b"a", b"b")', 'bytearray(b"ab") * -1', 'bytearray(b"abc").rsplit(b"b")', 'bytearray(b"ab").splitlines()', 'bytearray(b" a ").strip()', 'bytearray(b"abc").replace(b"b", bytearray(b"XY"))']
for e in tests:
    print(e, end=" -> ")
    t(lambda: eval(e))
b = bytearray(b"hello")
b[0] = 72; b[-1] = ord("O"); print(b)
b[1:3] = b"EE"; print(b)
b[1:3] = b""; print(b)
b[::2] = b"xy"; print(b)
del b[0]; print(b)
del b[::2]; print(b)
b += b"123"; print(b)
b *= 2; print(b)
b.extend(bytearray(b"!")); b.append(63); b.insert(1, 45); print(b, len(b))
b[2:2] = [65, 66]; print(b)
b[:] = b"reset"; print(b, b.pop(0), b)
del b[-2:]; print(b)
b.clear(); print(b, bool(b), bytearray() == b"")
c = bytearray(b"abc"); it = iter(c); print(next(it)); c.append(100); print(list(it))
s = bytearray(b"x"); s += bytes(s); print(s)
class BA(bytearray):
    pass
x = BA(b"sub"); print(x, type(x).__name__, type(x.upper()).__name__, x + b"!", isinstance(x, bytearray))
t(lambda: x.__setitem__(slice(0, 3, 2), b"abc"))
t(lambda: x.__delitem__(5))
with open("ba.bin", "wb") as f:
    print(f.write(bytearray(b"data")))
print(open("ba.bin", "rb").read())
print(bytearray(b"ab") != bytearray(b"ab"), bytearray(b"a") <= bytearray(b"b"), bytearray(b"abc")[1], bytearray(b"%d") % 5)
print({bytes(bytearray(b"k")): 1}, bytearray(b"a b").title(), bytearray(b"ab").center(6, b"*"))
