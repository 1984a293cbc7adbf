squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
pairs = list((x, y) for x in range(3) for y in "ab" if x != 1)
print(pairs)
print(max(len(w) for w in ["a", "abc", "ab"]), min((x for x in [3, 1, 2]), default=0))
print(list(x for x in []), tuple(c for c in "xyz"), set(i % 2 for i in range(5)))
n = 3
g = (i * n for i in range(3))
n = 10
print(list(g))
def firsts(rows):
    return (row[0] for row in rows if row)
print(list(firsts([[1, 2], [], [3]])))
print(dict((k, len(k)) for k in ["aa", "b"]), ",".join(str(i) for i in range(3)))
nested = ((i, j) for i in range(2) for j in (x for x in range(i + 1)))
print(list(nested))
