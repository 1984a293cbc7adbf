# open(): text and binary modes, reading, writing, seeking, errors
import os
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

with open("f.txt", "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed, f.writable(), f.readable())
    print(f.write("line one\n"), f.write("line two\nline three"), f.write(""))
    f.writelines(["\nfour\n", "five\n"])
print(f.closed)
with open("f.txt") as f:
    print(repr(f.read()))
with open("f.txt") as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open("f.txt") as f:
    print([line for line in f])
with open("f.txt") as f:
    print(repr(f.read(4)), repr(f.read(0)), repr(f.readline(3)), f.tell() > 0)
    f.seek(0)
    print(repr(f.read(8)))
with open("f.txt", "a") as f:
    f.write("six\n")
print(open("f.txt").read().count("\n"), len(open("f.txt").readlines()))
with open("f.bin", "wb") as f:
    print(f.write(b"\x00\x01\xff"), f.mode)
with open("f.bin", "rb") as f:
    data = f.read()
    print(data, type(data).__name__, f.tell())
    f.seek(1)
    print(f.read(1), f.read(), f.read())
with open("f.bin", "ab") as f:
    f.write(bytes([65]))
print(open("f.bin", "rb").read())
with open("u.txt", "w", encoding="utf-8") as f:
    f.write("héllo 日本\n")
print(open("u.txt", encoding="utf-8").read(), open("u.txt", "rb").read())
print(open("u.txt", encoding="latin-1").read() == "héllo 日本\n".encode().decode("latin-1"))
t(open, "missing.txt")
t(open, "f.txt", "z")
t(open, "f.txt", "rw")
t(open, 5.5)
t(open)
t(open, "f.txt", "rb", encoding="utf-8")
try:
    open("nope/dir/x.txt", "w")
except FileNotFoundError as e:
    print("FNF", e.errno, e.strerror, e.filename)
except OSError as e:
    print("OSError", e)
f = open("f.txt")
f.close()
t(f.read)
t(f.write, "x")
print(f.closed, repr(f)[:20])
f = open("f.txt", "w"); f.write("abc"); f.close()
r = open("f.txt")
t(r.write, "x")
r.close()
w = open("f.txt", "w")
t(w.read)
t(w.write, b"bytes")
w.close()
wb = open("f.bin", "wb")
t(wb.write, "str")
wb.close()
with open("crlf.txt", "wb") as f:
    f.write(b"a\r\nb\rc\n")
print(repr(open("crlf.txt").read()), open("crlf.txt").readlines(), repr(open("crlf.txt", newline="").read()))
with open("x.txt", "x") as f:
    f.write("exclusive")
t(open, "x.txt", "x")
with open("x.txt", "r+") as f:
    print(f.read(3)); f.seek(0); f.write("EXC"); 
print(open("x.txt").read())
with open("w.txt", "w+") as f:
    f.write("hello"); f.seek(0); print(f.read())
print(sorted(n for n in os.listdir(".") if n.endswith((".txt", ".bin"))))
with open("f.txt") as a, open("f.bin", "rb") as b:
    print(a.read(), b.read(2))
try:
    with open("f.txt") as f:
        raise ValueError("inside with")
except ValueError as e:
    print(e, f.closed)
print(open("f.txt").__enter__().read(), hasattr(open("f.txt"), "__exit__"), hasattr(open("f.txt"), "fileno"))
