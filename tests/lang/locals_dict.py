def f(a, b=2):
    x = 1
    d1 = locals()
    y = 2
    d2 = locals()
    del x
    d3 = locals()
    return d1 is d2 is d3, sorted(d3), list(d3)
print(f(1))
def g(p):
    def inner():
        return p
    p = 5
    q = 6
    return list(locals())[:2], sorted(locals())
print(g(1))
def h():
    exec("zz = 10")
    return locals()["zz"]
print(h())
def k():
    v = 1
    def inn():
        w = v
        return locals()
    return inn()
print(k())
class C:
    a = 1
    print(sorted(locals()))
print(sorted(locals())[:3])
def gen():
    x = 1
    yield locals()
    x = 2
    yield locals()
g2 = gen()
l1 = next(g2); print(l1); l2 = next(g2); print(l2, l1 is l2)
