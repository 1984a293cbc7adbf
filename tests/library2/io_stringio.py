# io.StringIO and io.BytesIO: reading, writing, positions, newline modes.
import io
import sys

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
print("a", 1, [2], sep="-", end="!\n", file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.tell())
print(repr(s.read()), repr(s.read()), repr(s.readline()))
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
print(s.seek(40), s.write("x"), repr(s.getvalue()[-5:]), len(s.getvalue()))
print(s.truncate(5), s.tell(), repr(s.getvalue()))

s = io.StringIO("one\ntwo\nthree")
print(s.tell(), s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines(5))
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(10)), repr(s.readline(-1)))
s.writelines(["x", "y\n"])
print(repr(s.getvalue()))

for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\r\nb\rc\nd")
    s.seek(0)
    print(repr(nl), s.readlines(), repr(s.getvalue()), s.newlines)
s = io.StringIO("x\r\ny", newline=None)
print(repr(s.getvalue()))

with io.StringIO("ctx") as s:
    print(s.read(), s.closed, s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.closed)
for op in [s.read, s.getvalue, lambda: s.write("x"), s.__enter__, s.readlines,
           s.tell, lambda: iter(s), s.fileno]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO("abc")
for op in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2),
           lambda: s.seek(0, 3), lambda: s.write(3), lambda: s.read("x"),
           lambda: s.truncate(-1), s.detach, lambda: io.StringIO(3),
           lambda: io.StringIO("", "x"), lambda: io.StringIO("", 3)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)

# print() looks sys.stdout up on every call, so redirecting works.
saved = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 42)
sys.stdout.write("direct\n")
sys.stdout = saved
print(repr(buf.getvalue()))

print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.IOBase),
      isinstance(sys.stdout, io.TextIOBase), isinstance(s, io.TextIOBase),
      isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(3, io.IOBase))
print(issubclass(io.StringIO, io.IOBase), issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError), io.SEEK_END)
print(type(io.StringIO()), type(io.BytesIO()))

b = io.BytesIO(b"line1\nline2\nrest")
print(b.read(3), b.readline(), b.readlines(), b.read())
b.seek(2)
print(b.write(b"XY"), b.getvalue(), b.tell())
print(b.seek(-1, 1), b.seek(-100, 2), b.seek(3, 2), b.write(b"!"), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0)
print(list(b))
for op in [lambda: b.seek(-1), lambda: b.write("s"), lambda: b.seek(0, 3),
           lambda: io.BytesIO("x"), lambda: b.truncate(-1)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
with io.BytesIO() as b:
    b.write(b"abc")
    print(b.getvalue())
