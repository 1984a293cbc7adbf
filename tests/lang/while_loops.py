n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
total = 0
while i < 100:
    i += 1
    if i % 2:
        continue
    total += i
    if total > 1000:
        break
else:
    print("completed")
print(i, total)
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
x = 10
while x:
    x -= 3 if x > 3 else x
print(x)
