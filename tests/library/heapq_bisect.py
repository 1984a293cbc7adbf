import heapq, bisect
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [1, 8, 2, 9, 3]), heapq.nsmallest(0, [1]))
print(heapq.nlargest(2, ['aa', 'b', 'ccc', 'dd'], key=len), heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(['a', 'bbb'], ['cc'], key=len)))
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'plan')); heapq.heappush(tasks, (3, 'test')); heapq.heappush(tasks, (1, 'alpha'))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(e)
big = [(i * 7919) % 1000 for i in range(200)]
hb = []
for v in big:
    heapq.heappush(hb, v)
print(hb[:20], sorted(big)[:10] == [heapq.heappop(hb) for _ in range(10)])
hc = big[:]; heapq.heapify(hc); print(hc[:20])

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 99))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 0); print(a)
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2))
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
