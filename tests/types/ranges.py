print(range(5), range(1, 5), range(0, 10, 2), list(range(5, 0, -1)), list(range(0)), list(range(3, 1)))
r = range(10, 100, 7)
print(len(r), r[0], r[-1], r[3], 52 in r, 53 in r, r.index(24), r.count(31))
print(r[2:5], r[::-1], list(r[1:3]), range(0, 5) == range(0, 5), range(0) == range(5, 5))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(2 ** 64)
print(len(range(10 ** 6)), big[-1], 2 ** 63 in big)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(r.start, r.stop, r.step)
