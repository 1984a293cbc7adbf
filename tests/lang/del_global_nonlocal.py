x = 1
del x
try:
    x
except NameError as e:
    print(e)
class Obj:
    pass
o = Obj()
o.a = 1
del o.a
print(hasattr(o, "a"))
lst = [0, 1, 2, 3, 4, 5]
del lst[1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
def f():
    global g1, g2
    g1 = 1
    g2 = 2
f()
print(g1, g2)
def outer():
    v = []
    def add(x):
        v.append(x)
    def reset():
        nonlocal v
        v = ["reset"]
    add(1); add(2)
    reset()
    add(3)
    return v
print(outer())
def deleter():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(deleter())
try:
    del undefined_global
except NameError as e:
    print(e)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
