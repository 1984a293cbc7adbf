d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(len(k), list(k), list(v), list(i), "a" in k, 2 in v, ("b", 2) in i)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
del d["a"]
print(list(k), k == {"b", "c", "d"}, repr(k), repr(v), repr(i))
print({1: 2}.items() == {(1, 2)}, list({}.items()), dict(i))
for key, val in sorted(d.items(), key=lambda kv: -kv[1]):
    print(key, val, end="; ")
print()
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", "none"))
dd = {}
for w in "one two three two one two".split():
    dd.setdefault(w, []).append(len(dd))
print(dd)
print(sorted({3: 1, 1: 2, 2: 3}), sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda p: p[1]))
