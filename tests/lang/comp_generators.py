def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"

g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def delegator():
    r = yield from gen(2)
    print("delegate returned", r)
    yield from [10, 20]
print(list(delegator()))

print(sum(x * x for x in range(10)))
ge = (i for i in range(3) if i != 1)
print(list(ge), list(ge))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
f = fin()
print(next(f))
f.close()

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50: break
    out.append(v)
print(out)

def gen_in_try():
    try:
        yield 1
        raise ValueError("in gen")
    except ValueError as e:
        yield str(e)
print(list(gen_in_try()))
lam = lambda: (yield 5)
print(list(lam()))
