def make_counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = make_counter()
print(c(), c(), c(5))
print(c.__closure__[0].cell_contents)

def outer(x):
    def mid():
        def inner():
            return x * 2
        return inner
    return mid()
print(outer(21)())

def param_cell(a, b):
    def g():
        return a + b
    a = 10
    return g()
print(param_cell(1, 2))

fs = [lambda i=i: i * i for i in range(5)]
print([f() for f in fs])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])

def unbound():
    def g():
        return y
    try:
        return g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()

def unbound_local():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 3
    del z
    try:
        del z
    except UnboundLocalError as e:
        print("del:", e)
unbound_local()

x = "global"
def readglobal():
    return x
print(readglobal())
def writeglobal():
    global x
    x = "changed"
writeglobal()
print(x, readglobal())

class K:
    y = 5
    def m(self):
        return y
try:
    K().m()
except NameError as e:
    print(e)

def cls_in_func():
    v = 42
    class Inner:
        w = v + 1
        def get(self):
            return v
    return Inner
I = cls_in_func()
print(I.w, I().get())

def deep(n):
    return n if n == 0 else deep(n - 1)
print(deep(500))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3, y=4))
def kwonly(a, *, b=2, c):
    return a, b, c
print(kwonly(1, c=3), kwonly(1, b=5, c=6))
def posonly(a, b, /, c, d=4, *args, e, f=6, **kw):
    return a, b, c, d, args, e, f, kw
print(posonly(1, 2, 3, e=5))
print(posonly(1, 2, 3, 4, 5, 6, e=7, f=8, g=9, a=10))
print(posonly(*[1, 2], **{'c': 3, 'e': 4}))
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print(defaults.__defaults__)
defaults.__defaults__ = ([100],)
print(defaults(3))
