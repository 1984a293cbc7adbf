with open("out.txt", "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth\n"])
    print(f.name, f.mode, f.closed)
print(f.closed)
with open("out.txt") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open("out.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open("out.txt", "a") as f:
    f.write("appended\n")
print(open("out.txt").read().splitlines())
with open("bin.dat", "wb") as f:
    f.write(b"\x00\x01\xff")
with open("bin.dat", "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open("out.txt") as f:
    print(repr(f.read(5)), repr(f.read(6)))
with open("uni.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld 日本\n")
print(open("uni.txt", encoding="utf-8").read().strip(), len(open("uni.txt", "rb").read()))
f = open("out.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("missing/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open("out.txt", "q")
except ValueError as e:
    print("ValueError:", e)
