log = []
def t(x):
    log.append(x)
    return x
class Obj:
    def __getattr__(self, n):
        log.append("get " + n)
        return 1
    def __setattr__(self, n, v):
        log.append("set " + n)
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
def f(*a, **k): return a, k
f(t(1), t(2), x=t(3), *[t(4)], **{t("y"): t(5)})
print(log); log.clear()
x = {}
x[t("a")] = t("b")
print(log); log.clear()
o = Obj()
o.attr = t("val")
print(log); log.clear()
o.z += t(1)
print(log); log.clear()
lst = [0, 0]
lst[t(0)] += t(5)
print(lst, log); log.clear()
t(1) < t(2) < t(0) < t(9)
print(log); log.clear()
t(0) or t(1) and t(2)
print(log); log.clear()
a, b = t(1), t(2)
print(log); log.clear()
[t(i) for i in range(2)]
print(log); log.clear()
t("f")(t("arg")) if False else None
def g(a=t("default1"), *, b=t("default2")):
    pass
print(log); log.clear()
@t
@t
def h(): pass
print(len(log)); log.clear()
print(t(1) + t(2) * t(3))
print(log); log.clear()
x = [t(1), *[t(2)], t(3)]
print(log); log.clear()
s = {t(1): t(2) for _ in range(1)}
print(log); log.clear()
r = t([1, 2])[t(0):t(1)]
print(r, log); log.clear()
x = y = t("chain")
print(log); log.clear()
