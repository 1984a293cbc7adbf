x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter()
s(); s()
print(s())
def closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(closures())
class C:
    attr = 1
    other = attr + 1
    lst = [attr for _ in range(2)] if False else None
    def method(self):
        return self.attr
print(C.attr, C.other, C().method())
def f():
    y = 1
    class Inner:
        z = y + 1
    return Inner.z
print(f())
def g():
    global newglobal
    newglobal = "set in g"
g()
print(newglobal)
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
def loc(a, b=2):
    c = 3
    return sorted(locals().items())
print(loc(1))
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 1
unbound()
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
lam = lambda: x
x = "rebound"
print(lam())
