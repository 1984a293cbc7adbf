import os
os.makedirs("t/a/x")
os.makedirs("t/b")
os.makedirs("t/c/y/z")
for f in ["t/f1", "t/a/f2", "t/a/x/f3", "t/c/y/f4"]:
    open(f, "w").close()
def norm(it):
    return [(d, sorted(ds), sorted(fs)) for d, ds, fs in it]
print(sorted(norm(os.walk("t"))))
print(sorted(norm(os.walk("t", topdown=False))))
out = []
for d, ds, fs in os.walk("t"):
    ds[:] = sorted(x for x in ds if x != "c")
    out.append((d, ds[:], sorted(fs)))
print(out)
bu = [d for d, ds, fs in os.walk("t", topdown=False)]
print(bu.index("t") == len(bu) - 1, bu.index("t/a/x") < bu.index("t/a"))
print(list(os.walk("nope")), list(os.walk(b"t/b")))
errs = []
print(list(os.walk("nope", onerror=errs.append)), type(errs[0]).__name__, errs[0].filename)
print(sorted(norm(os.walk("t/c/"))))
os.removedirs("t/c/y/z")
print(os.path.exists("t/c/y"), os.path.exists("t/c"), os.path.exists("t"))
print(os.getcwdb() == os.getcwd().encode(), os.system("exit 3"), os.system("true"))
