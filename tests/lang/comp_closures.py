def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = make_counter()
print(c(), c(), c(5))

def param_cell(x, y=10):
    def get():
        return x + y
    x += 1
    return get

print(param_cell(1)())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def outer():
    a = 1
    def mid():
        def inner():
            return a
        return inner
    return mid()()
print(outer())

x = "global"
class K:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(K().m(), K.y)

def f():
    v = 1
    class C:
        v = 2
        def m(self):
            return v
        w = v
    return C().m(), C.w
print(f())

def g():
    x = 1
    class C:
        nonlocal x
        x = 5
    return x
print(g())

def h():
    def inner():
        return later
    later = "late"
    return inner()
print(h())

def deleter():
    x = 1
    def r():
        return x
    del x
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
deleter()

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 1
unbound()

counter = 0
def glob():
    global counter
    counter += 1
glob(); glob()
print(counter)

def walrus():
    data = [1, 2, 3, 4]
    if any((hit := v) > 2 for v in data):
        print("hit", hit)
    print([(last := v * 2) for v in data], last)
walrus()
print([(mod_w := k) for k in "ab"], mod_w)
print(f.__qualname__, make_counter().__qualname__, (lambda: 0).__qualname__)
def q():
    return [lambda: 0 for _ in range(1)][0].__qualname__, (x for x in [1]).__qualname__
print(q())
