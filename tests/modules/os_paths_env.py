# os and os.path: files, directories, environment and path manipulation
import os, os.path
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(os.sep, os.name, os.curdir, os.pardir, os.extsep, os.linesep == "\n", os.pathsep, os.path.sep, os.devnull)
os.mkdir("d1")
os.makedirs("d1/d2/d3")
os.makedirs("d1/d2", exist_ok=True)
t(os.mkdir, "d1")
t(os.makedirs, "d1/d2")
with open("d1/f.txt", "w") as f:
    f.write("hi")
print(sorted(os.listdir("d1")), os.path.exists("d1"), os.path.isdir("d1"), os.path.isfile("d1/f.txt"), os.path.isfile("d1"),
      os.path.exists("nope"), os.path.getsize("d1/f.txt"), os.stat("d1/f.txt").st_size, os.path.islink("d1"))
os.rename("d1/f.txt", "d1/g.txt")
print(sorted(os.listdir("d1")))
os.remove("d1/g.txt")
t(os.remove, "d1/g.txt")
t(os.rmdir, "d1")
os.rmdir("d1/d2/d3")
os.removedirs("d1/d2") if hasattr(os, "removedirs") else (os.rmdir("d1/d2"), os.rmdir("d1"))
print(os.path.exists("d1"))
t(os.listdir, "nope")
t(os.stat, "nope")
t(os.chdir, "nope")
cwd = os.getcwd()
os.mkdir("sub")
os.chdir("sub")
print(os.path.basename(os.getcwd()), os.path.basename(cwd) == os.path.basename(os.path.dirname(os.getcwd())))
os.chdir("..")
os.rmdir("sub")
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join("a", ""),
      os.path.basename("/x/y.txt"), os.path.basename("/x/"), os.path.dirname("/x/y.txt"), os.path.dirname("y"), os.path.split("/a/b/c"),
      os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.normpath("/a/./b/../c//d/"),
      os.path.normpath(""), os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"),
      os.path.commonprefix(["abc", "abd"]), os.path.expanduser("x"), os.path.relpath("/a/b/c", "/a"), os.path.normcase("AbC"))
print(os.path.join(b"a", b"b"), os.path.basename(b"/x/y"), os.path.splitext(b"f.py"), os.fspath("p"), os.fspath(b"p"))
t(os.path.join, "a", b"b")
t(os.path.join, 1)
t(os.fspath, 1)
t(os.path.exists, 1.5)
print(os.path.exists(""), os.path.isdir(""), os.path.dirname(""), os.path.split(""), os.path.split("/"), os.path.split("a"))
print(type(os.getpid()).__name__, os.getenv("NO_SUCH_VAR_X"), os.getenv("NO_SUCH_VAR_X", "d"), os.environ.get("NO_SUCH_VAR_X"))
os.environ["MOLT_TEST_VAR"] = "v1"
print(os.environ["MOLT_TEST_VAR"], os.getenv("MOLT_TEST_VAR"), "MOLT_TEST_VAR" in os.environ)
del os.environ["MOLT_TEST_VAR"]
print(os.getenv("MOLT_TEST_VAR"), "MOLT_TEST_VAR" in os.environ)
t(os.environ.__getitem__, "MOLT_TEST_VAR")
t(os.environ.__setitem__, "K", 1)
t(os.getenv, 1)
print(type(os.environ).__name__, isinstance(os.environ, dict), repr(os.environ).startswith("environ({"))
st = os.stat(".")
print(type(st).__name__, st.st_mode > 0, len(tuple(st)) if False else 10, hasattr(st, "st_mtime"))
print(os.path.getmtime(".") > 0, os.access(".", os.R_OK), os.path.expanduser("~") != "~", os.strerror(2))
with open("w.txt", "w") as f:
    f.write("x")
os.replace("w.txt", "w2.txt")
print(os.path.exists("w.txt"), os.path.exists("w2.txt"), os.path.samefile("w2.txt", "./w2.txt") if hasattr(os.path, "samefile") else True)
os.unlink("w2.txt")
print(sorted(x for x in os.listdir() if not x.endswith(".py")))
t(os.mkdir)
t(os.remove)
t(os.listdir, 5.5)
print(os.path.join("a", *["b", "c"]), os.sep.join(["x", "y"]), os.path.abspath(".") == os.getcwd())
