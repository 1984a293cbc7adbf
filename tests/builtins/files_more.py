# files: seek/tell, modes, newline handling, truncate, attributes and errors
import os
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

with open("a.txt", "w", newline="\r\n") as f:
    f.write("one\ntwo\n")
print(open("a.txt", "rb").read(), repr(open("a.txt").read()), repr(open("a.txt", newline="").read()), repr(open("a.txt", newline="\r\n").readline()))
with open("b.txt", "w", newline="\r") as f:
    f.write("x\ny\n")
print(open("b.txt", "rb").read(), open("b.txt").readlines(), open("b.txt", newline="\r").readlines())
with open("c.txt", "w+") as f:
    f.write("héllo\nworld\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
    t(lambda: f.seek(1, 1))
    t(lambda: f.seek(-1))
    t(lambda: f.seek(0, 3))
with open("c.txt", "rb+") as f:
    f.seek(-6, 2)
    print(f.read(), f.seek(0), f.read(2), f.tell(), f.seek(1, 1), f.read(1))
    f.truncate(3)
print(open("c.txt", "rb").read())
with open("d.txt", "a+") as f:
    f.write("abc")
    f.seek(0)
    print(repr(f.read()))
with open("d.txt", "r+") as f:
    print(f.read(1), f.write("Z"), f.seek(0) or f.read())
f = open("d.txt")
print(f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.encoding, f.errors, f.newlines if False else None, f.fileno() > 2, f.isatty())
f.close(); f.close()
print(f.closed)
t(lambda: f.readline())
t(lambda: f.tell())
t(lambda: iter(f))
t(lambda: next(f))
b = open("d.txt", "rb")
print(b.mode, b.name, repr(b)[:26], b.readable(), b.read(2), b.readline(), b.read())
b.close()
t(lambda: open("d.txt", "rt+b"))
t(lambda: open("d.txt", "U"))
t(lambda: open("d.txt", "rw"))
t(lambda: open("d.txt", "r", buffering=0))
t(lambda: open("d.txt", "rb", buffering=0).read())
t(lambda: open(".", "r"))
t(lambda: open("", "r"))
t(lambda: open("d.txt", newline="x"))
t(lambda: open("d.txt", "rb", newline=""))
with open("e.txt", "w") as f:
    print(f.write("1\n2\n3"), f.writelines(("4\n", "5")), f.writelines([]))
with open("e.txt") as f:
    print(f.readline(), f.readline(1), f.readline(0), f.readline(-1), f.readlines(2), f.readlines())
with open("e.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
print(sum(1 for _ in open("e.txt")), [l.rstrip() for l in open("e.txt")])
t(lambda: open("e.txt").read("x"))
t(lambda: open("e.txt").read(1.5))
t(lambda: open("e.txt").readlines(None))
with open("f.bin", "wb") as f:
    f.write(bytes(range(256)))
with open("f.bin", "rb") as f:
    data = f.read()
    print(len(data), data[:4], data[-2:], f.read(), f.tell())
t(lambda: open("f.bin").read())
print(os.path.getsize("f.bin"), os.stat("e.txt").st_size)
