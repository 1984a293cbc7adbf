# open() with encodings and error handlers
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

with open("l1.txt", "w", encoding="latin-1") as f:
    print(f.write("café ÿ\n"), f.encoding, f.errors)
print(open("l1.txt", "rb").read(), repr(open("l1.txt", encoding="latin-1").read()), repr(open("l1.txt", encoding="latin1").read(3)))
with open("l1.txt", encoding="latin-1") as f:
    print(repr(f.readline()), f.read())
t(lambda: open("l1.txt").read())
t(lambda: open("l1.txt", encoding="ascii").read())
print(repr(open("l1.txt", encoding="utf-8", errors="replace").read()), repr(open("l1.txt", errors="ignore").read()),
      repr(open("l1.txt", encoding="ascii", errors="backslashreplace").read()))
with open("a.txt", "w", encoding="ascii") as f:
    f.write("plain\n")
    t(f.write, "é")
with open("a.txt", "w", encoding="ascii", errors="replace") as f:
    f.write("héllo\n")
print(open("a.txt").read())
with open("a.txt", "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("日本\n")
print(open("a.txt").read())
t(open, "a.txt", encoding="no-such-codec")
t(open, "a.txt", encoding=5)
t(open, "a.txt", errors=5)
t(open, "a.txt", "rb", errors="strict")
with open("u.txt", "w", encoding="UTF-8") as f:
    f.write("ünïcödé 😀\n")
with open("u.txt", encoding="utf8") as f:
    print(f.read(3), f.read(2), repr(f.readline()), f.encoding)
try:
    open("u.txt", encoding="ascii").read()
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
with open("bad.bin", "wb") as f:
    f.write(b"ok\xffend\n")
try:
    open("bad.bin").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(repr(open("bad.bin", errors="replace").read()), repr(open("bad.bin", errors="surrogateescape").read()) if False else "")
with open("bad.bin", errors="ignore") as f:
    print([line for line in f])
