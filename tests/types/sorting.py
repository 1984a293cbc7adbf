records = [("bob", 25, "b"), ("alice", 30, "a"), ("carl", 25, "c"), ("dana", 30, "d"), ("eve", 22, "e")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
xs = [5, 3, 8, 1, 9, 2, 7]
xs.sort(key=lambda v: v % 3)
print(xs)
print(sorted([3.5, 1, 2.25, -1, 0]), sorted(["b", "B", "a", "A"]), sorted([[2, 1], [1, 2], [1]]))
big = [(i * 7919) % 1000 for i in range(2000)]
big_sorted = sorted(big)
print(big_sorted[:5], big_sorted[-5:], all(big_sorted[i] <= big_sorted[i + 1] for i in range(1999)))
print(sorted("the quick brown fox".split(), key=len), sorted([True, False, 0, 1]))
words = ["x" * (i % 4) + str(i) for i in range(12)]
print(sorted(words, key=len))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), list(reversed(sorted([2, 3, 1]))))
