def gen(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("close", name)
def brk():
    for x in gen("brk"):
        if x == 2:
            break
    print("after break")
brk()
def ret():
    for x in gen("ret"):
        if x == 1:
            return "returned"
print(ret())
def exc():
    try:
        for x in gen("exc"):
            if x == 3:
                raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
exc()
def nested():
    for a in gen("outer", 3):
        for b in gen("inner", 3):
            if b == 1:
                break
        if a == 1:
            break
    print("nested done")
nested()
def retfin():
    try:
        for x in gen("retfin"):
            return x
    finally:
        print("finally of retfin")
print(retfin())
for x in gen("module"):
    if x == 0:
        break
print("module level")
g = gen("kept")
for x in g:
    break
print("kept alive:", next(g))
g.close()
def ident(it): return it
for x in (i for i in gen("genexp", 3)):
    break
print("genexp")
def unhandled():
    for x in gen("unhandled"):
        raise RuntimeError("out")
try:
    unhandled()
except RuntimeError as e:
    print("outer caught", e)
def exhaust():
    for x in gen("exhaust", 2):
        pass
    print("exhausted normally")
exhaust()
def cont():
    for x in gen("cont", 3):
        continue
cont()
def with_ctx():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print("exit cm")
    for x in gen("with"):
        with CM():
            break
with_ctx()
def gen_in_gen():
    for x in gen("deep", 4):
        yield x
for y in gen_in_gen():
    if y == 1:
        break
print("end")
