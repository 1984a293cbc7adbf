# List sorting and comprehensions.
data = [(i * 7919) % 100003 for i in range(200000)]
a = sorted(data)
b = sorted(data, key=lambda v: -v)
c = [x * 2 for x in data if x % 3 == 0]
d = {x: x % 10 for x in data[:50000]}
print(a[:3], b[:3], len(c), len(d))
