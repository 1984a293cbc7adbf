# dict: every method, views, operators and errors
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d, d.copy(), d.copy() is d)
t(d.pop, "zz")
t(d.pop)
t({}.popitem)
t(d.get)
t(d.get, 1, 2, 3)
t(d.setdefault)
t(lambda: d["zz"])
t(lambda: d[[1]])
t(lambda: {[1]: 2})
t(d.__delitem__, "zz")
t(d.update, 5)
t(d.update, [1])
t(d.update, [(1, 2, 3)])
t(d.update, {}, {})
d.update({"x": 10}, y=11); d.update([("z", 12)]); d.update(w=13); print(d)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []), dict.fromkeys(()))
t(dict.fromkeys)
t(dict.fromkeys, 5)
print(dict(), dict(a=1), dict([("a", 1), ["b", 2]]), dict({"a": 1}, b=2), dict(zip("ab", (1, 2))), dict(((1, 2),)))
t(dict, 5)
t(dict, [1, 2])
t(dict, [(1, 2, 3)])
t(dict, {}, {})
t(dict, ["ab", "cde"])
e = {1: "a", 2: "b"}
print(e == {2: "b", 1: "a"}, e != {1: "a"}, {} == {}, e == [1, 2], {1: 1} == {1: 1.0}, {1: 2} == {True: 2})
t(lambda: e < e)
print(e | {3: "c"}, {3: "c"} | e, e)
e |= {4: "d"}; e |= [(5, "e")]; print(e)
t(lambda: e | [(1, 2)])
t(lambda: e.__ior__(5))
k = e.keys(); v = e.values(); it = e.items()
print(len(k), 1 in k, "a" in v, (1, "a") in it, (1, "b") in it, list(reversed(k)), list(reversed(it))[:2])
print(k & {1, 2, 99}, k | {99}, k - {1}, k ^ {1, 99}, it & {(1, "a")}, k == {1, 2, 4, 5}, k.isdisjoint([7]))
print(sorted(k), sorted(v), k.mapping == e if hasattr(k, "mapping") else True)
del e[1]; print(k, v, it)
for key in list(e):
    if key % 2 == 0:
        del e[key]
print(e)
def mutate():
    dd = {1: 1, 2: 2}
    for key in dd:
        dd[key + 10] = 0
t(mutate)
def mutate2():
    dd = {1: 1, 2: 2}
    for key in dd:
        del dd[key]
t(mutate2)
print({1: 1, True: 2, 1.0: 3}, {"a": 1, **{"b": 2}, "a": 3}, {**{}}, {n: n * n for n in range(4)})
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), 999 in big, 998 in big)
r = {}; r["self"] = r; print(r)
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1); print(dd["a"], dd["zz"], dd.get("zz"), "zz" in dd, type(dd.copy()), isinstance(dd, dict), dd)
class E(dict):
    pass
print(E(x=1), type(E(x=1) | {}), dict.__name__, {}.__class__)
print(repr({"a": [1, {"b": (2,)}]}), str({1: None}), {(1, 2): "t", None: 0, 1.5: "f", frozenset(): 1})
print(d.__len__(), d.__contains__("a"), d.__getitem__("a"), {}.__class__.__name__, iter({}).__class__.__name__)
print(list(iter({1: 2}.values())), next(iter({1: 2}.items())), type(iter({}.items())).__name__)
h = {}
t(lambda: hash(h))
print(dict(a=1, b=2).items() == {("a", 1), ("b", 2)}, {"a": 1}.keys() <= {"a", "b"})
