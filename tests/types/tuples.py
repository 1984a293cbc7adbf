t = (1, 2, 3)
print(t, t[0], t[-1], len(t), t + (4,), t * 2, (1,), (), tuple("ab"))
print(t.count(2), t.index(3), 2 in t, (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99))
a, b, c = t
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(tuple(x * 2 for x in range(3)), tuple([1, [2]]))
single = 5,
print(single, type(single).__name__)
print(max((1, 5), (2, 0)), sorted([(2, "b"), (1, "z"), (2, "a")]))
