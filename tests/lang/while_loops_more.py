calls = 0
def cond(n):
    global calls
    calls += 1
    return n
i = 0
while cond(i < 3):
    i += 1
print(i, calls)
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i == 8: break
else:
    print("no else")
print(i)
i = 0
while i < 3:
    i += 1
else:
    print("else ran", i)
it = iter([1, 2, 0, 5])
while (v := next(it)):
    print("v", v)
n = 0
while (lambda k: k < 3)(n):
    n += 1
print("lambda cond", n)
x = 5
while x > 0 and x != 2 or x == 100:
    x -= 1
print(x)
x = 10
while not x < 5:
    x -= 2
print(x)
def f():
    k = 0
    while k < 5:
        try:
            if k == 3:
                return k
        finally:
            k += 1
    return -1
print(f())
def g():
    out = []
    j = 0
    while j < 3:
        j += 1
        for q in range(j):
            if q == 1:
                break
            out.append((j, q))
        else:
            continue
        out.append("broke")
    return out
print(g())
a = [3, 2, 1]
while a:
    a.pop()
print(a)
while False:
    print("never")
while 0: pass
s = "abc"
while s:
    s = s[1:]
print(repr(s))
c = 0
while c < 3:
    c += 1
    while True:
        break
print(c)
def gen():
    i = 0
    while i < 3:
        yield i
        i += 1
print(list(gen()))
try:
    while 1 < None:
        pass
except TypeError as e:
    print(e)
cnt = 0
while [1, 2][cnt:]:
    cnt += 1
print(cnt)
