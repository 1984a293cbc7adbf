# linecache: reading source lines, noticing changed files, loaders' sources.
import linecache
import os
import sys

with open("data.txt", "w") as f:
    f.write("first line\nsecond\r\nthird\rfourth without newline")
print(repr(linecache.getline("data.txt", 1)), repr(linecache.getline("data.txt", 4)))
print(linecache.getlines("data.txt"))
print(repr(linecache.getline("data.txt", 0)), repr(linecache.getline("data.txt", 99)))
print(repr(linecache.getline("missing.txt", 1)), linecache.getlines("missing.txt"))
print(repr(linecache.getline("<string>", 1)))

# A changed file is read again after checkcache().
with open("data.txt", "w") as f:
    f.write("replaced\n")
print(repr(linecache.getline("data.txt", 1)))
linecache.checkcache("data.txt")
print(repr(linecache.getline("data.txt", 1)))
os.remove("data.txt")
linecache.checkcache()
print("data.txt" in linecache.cache, repr(linecache.getline("data.txt", 1)))

# A relative name is looked for along sys.path.
os.mkdir("sub")
with open(os.path.join("sub", "mod_src.py"), "w") as f:
    f.write("x = 1\ny = 2\n")
sys.path.insert(0, os.path.abspath("sub"))
print(repr(linecache.getline("mod_src.py", 2)))


# A module whose loader can give its source.
class Loader:
    def get_source(self, name):
        return "line one of %s\nline two\n" % name


fake = {"__name__": "fakemod", "__loader__": Loader()}
print(linecache.lazycache("fake_file.py", fake), linecache.lazycache("fake_file.py", fake))
print(repr(linecache.getline("fake_file.py", 1)))
print(linecache.getlines("other_fake.py", fake))
print(linecache.lazycache("<stdin>", fake), linecache.lazycache("nothing.py", {}))
linecache.clearcache()
print(len(linecache.cache))
print(repr(linecache.getline(__file__, 1)))
