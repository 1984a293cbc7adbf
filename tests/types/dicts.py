d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
d["b"] = 20
print(d)
print(d.pop("b"), d.pop("nope", "default"), d)
print(d.setdefault("a", 99), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
e = dict(a=1, b=2)
print(e, dict([(1, 2), (3, 4)]), dict(e), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1}, {} != {1: 1})
f = e.copy()
f.clear()
print(f, e)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({**e, "c": 3}, e | {"b": 5}, sorted(e))
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
del e["a"]
print(e)
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool"}
print(mixed, mixed[1], mixed[True])
rec = {}
rec["self"] = rec
print(rec)
big = {i: i * i for i in range(1000)}
print(len(big), big[999], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5])
ks = {"a": 1}.keys()
print(len(ks), "a" in ks, list(reversed({1: 1, 2: 2, 3: 3})))
