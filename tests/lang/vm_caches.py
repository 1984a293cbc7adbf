import importlib, sys
import mod
from mod import f as old_f
k_old = mod.K()
def call_through():
    return mod.f(), mod.VALUE, mod.K().m()
def loop():
    out = []
    for i in range(3):
        out.append(call_through())
    return out
print(loop())
with open("mod.py", "w") as fh:
    fh.write('''VALUE = 2
def f():
    return "f2"
class K:
    def m(self):
        return "m2"
''')
importlib.reload(mod)
print(loop(), old_f(), k_old.m(), isinstance(k_old, mod.K))

# globals cache: rebinding a global inside a loop
def g(): return "g1"
def use_g():
    return g()
res = []
for i in range(4):
    res.append(use_g())
    if i == 1:
        def g(): return "g2"
print(res)
# builtins cache: shadow then unshadow
def use_len():
    return len([1, 2])
res = []
for i in range(4):
    res.append(use_len())
    if i == 0:
        len = lambda x: "shadow"
    if i == 2:
        del len
print(res)
import builtins
orig = builtins.abs
def use_abs(): return abs(-3)
res = []
for i in range(3):
    res.append(use_abs())
    builtins.abs = (lambda x: "patched") if i == 0 else orig
print(res)
# exec with different globals dicts reusing one code object
code = compile("x + 1", "<s>", "eval")
print([eval(code, {"x": i}) for i in range(3)])
code2 = compile("def h():\n    return y\n", "<s>", "exec")
d1 = {"y": 1}; d2 = {"y": 2}
exec(code2, d1); exec(code2, d2)
print(d1["h"](), d2["h"](), d1["h"]())
# attribute caches
class A:
    def m(self): return "A.m"
    x = "A.x"
class B(A): pass
b = B()
def probe(o):
    return o.m(), o.x
res = []
for i in range(6):
    res.append(probe(b))
    if i == 0: A.m = lambda self: "A.m2"
    if i == 1: B.m = lambda self: "B.m"
    if i == 2: b.m = lambda: "inst.m"
    if i == 3: del b.m; A.x = "A.x2"
    if i == 4: b.__class__ = A
print(res)
class P:
    @property
    def v(self): return "prop"
p = P()
def getv(o): return o.v
res = [getv(p)]
p.__dict__["v"] = "dict"
res.append(getv(p))
del P.v
res.append(getv(p))
P.v = property(lambda self: "prop2")
res.append(getv(p))
print(res)
# store attr with descriptor added later
class S: pass
s = S()
def setx(o, v): o.x = v
setx(s, 1)
S.x = property(lambda self: "ro")
try:
    setx(s, 2)
except AttributeError as e:
    print("AttributeError", e)
print(s.__dict__)
# method on builtin type
def app(l, v): l.append(v); return l
print(app([], 1), app([1], 2))
class MyList(list):
    def append(self, v): list.append(self, v * 10)
print(app(MyList(), 1))
# module attribute read after write
import mod as m2
m2.VALUE = 99
print(call_through()[1])
