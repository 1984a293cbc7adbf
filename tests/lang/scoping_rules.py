# scoping rules
x = "global x"
def read_global():
    return x
def shadow():
    x = "local"
    return x
def unbound():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("ULE:", e)
unbound()
print(read_global(), shadow())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def g():
    global newglobal
    newglobal = 42
g()
print(newglobal)
class K:
    a = 1
    b = a + 1
    lst = [a for _ in range(2)] if False else None
    def m(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(K.b, K().m())
class K2:
    y = 10
    vals = [y * i for i in range(3)] if False else None
    try:
        vals = [y * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(K2.err)
z = 5
class K3:
    z = 6
    def f(self):
        return z
print(K3().f())
def outer():
    v = 1
    class Inner:
        v = 2
        w = v
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I().get())
def f2():
    def h():
        return q
    q = "late"
    return h()
print(f2())
def f3():
    def h():
        return q
    try:
        return h()
    except NameError as e:
        return str(e)
    q = 1
print(f3())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def deleter():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(e)
deleter()
try:
    del undefined_name
except NameError as e:
    print(e)
def nl():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    return mid()
print(nl())
i = "outer"
[i for i in range(3)]
print(i)
print([j for j in range(3) if j], [(a, b) for a in range(2) for b in range(a)])
def gen_scope():
    y = 3
    return list(x * y for x in range(3))
print(gen_scope())
print(locals()["x"], "x" in globals())
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
def walrus():
    data = [1, 5, 9]
    if any((big := v) > 4 for v in data):
        return big
print(walrus())
print([(y := k * 2, y + 1) for k in range(3)], y)
