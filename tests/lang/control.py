for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("not reached")
for i in range(2):
    pass
else:
    print("for-else ran")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no", "a" if not x else "b")
print(0 or "default", 3 and 4, None and 1, [] or {}, 1 or 2, 0 and 1)
print(not 0, not [1], not None)
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
for i, c in enumerate("abc", 1):
    print(i, c, end="; ")
print()
for x, y in zip([1, 2, 3], "xyz"):
    print(x, y, sep="-", end=" ")
print()
if (m := len("hello")) > 3:
    print("walrus", m)
i = 0
while (i := i + 1) < 4:
    print("w", i)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
x = 1; y = 2; print(x, y)
if x: print("one-line if")
for k in range(10, 0, -3): print(k, end=",")
print()
