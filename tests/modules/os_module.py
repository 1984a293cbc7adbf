import os
import os.path
print(os.sep, os.name, type(os.environ).__name__ in ("dict", "_Environ"), os.getcwd() == os.path.abspath("."))
os.mkdir("sub")
os.makedirs("sub/a/b")
os.makedirs("sub/a/b", exist_ok=True)
with open("sub/file.txt", "w") as f:
    f.write("hi")
print(sorted(os.listdir("sub")), os.path.exists("sub/file.txt"), os.path.isdir("sub/a"), os.path.isfile("sub/a"))
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/abs"), os.path.basename("/p/q/r.py"), os.path.dirname("/p/q/r.py"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.split("/a/b"), os.path.isabs("/a"))
print(os.path.abspath("sub") == os.path.join(os.getcwd(), "sub"), os.path.getsize("sub/file.txt"), os.path.normpath("a/./b/../c"))
os.rename("sub/file.txt", "sub/renamed.txt")
os.remove("sub/renamed.txt")
print(os.listdir("sub"))
os.chdir("sub")
print(os.path.basename(os.getcwd()))
os.chdir("..")
try:
    os.remove("nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    os.mkdir("sub")
except FileExistsError as e:
    print("FileExistsError:", e)
print(os.getenv("MOLT_SURELY_UNSET_VAR"), os.getenv("MOLT_SURELY_UNSET_VAR", "dflt"), "PATH" in os.environ)
