l = [3, 1, 2]
l.append(5); l.extend([9, 0]); l.insert(0, 7); l.insert(-1, 8); l.insert(100, 6)
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(9)
print(l, l.index(2), l.count(1), 2 in l, 99 not in l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l, sorted([5, 2, 8], reverse=True), sorted(["bb", "a", "ccc"], key=len))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0)
c = l.copy()
c.clear()
print(c, l)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [])
x = [1, 2]
x += (3, 4)
x *= 2
print(x)
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][0], str(nested), repr([None, True, "s", 1.5]))
rec = [1]
rec.append(rec)
print(rec)
print(list("abc"), list(range(3)), list((1, 2)), list({"a": 1}), list())
print(max([3, 7, 2]), min([3, 7, 2]), sum([1, 2, 3]), len([]), list(reversed([1, 2, 3])))
print([i for i in range(3)] is not [i for i in range(3)])
print(l.index(3, 0), [1, 1, 1].index(1, 1))
