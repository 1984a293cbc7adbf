print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x ** 2 for x in range(5) if x % 2})
print({c for c in "hello"} == set("helo"))
print([[j for j in range(i)] for i in range(4)])
m = [[1, 2], [3, 4]]
print([v for row in m for v in row])
print(dict((k, v) for k, v in zip("ab", [1, 2])))
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def f(n):
    return [i for i in range(n) if (sq := i * i) > 4], sq
print(f(5))
print([(x, y) for x in range(3) if x for y in "ab" if y != "a"])
print(list(map(lambda t: t[0] + t[1], [(1, 2), (3, 4)])))
print(sorted({k: 1 for k in "cab"}))
