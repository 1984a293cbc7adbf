def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
def echo():
    got = yield "ready"
    while True:
        got = yield "got %s" % got
e = echo()
print(next(e), e.send(1), e.send("two"))
def gen_return():
    yield 1
    return "ret"
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as s:
    print("stop value", s.value)
def delegate():
    r = yield from gen_return()
    print("delegated result", r)
    yield from range(2)
print(list(delegate()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
c = closing()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught %s" % e
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
gen = (x * 2 for x in range(3))
print(gen.__class__.__name__, list(gen), list(gen))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def nested_gen():
    for i in range(3):
        yield [j for j in range(i)]
print(list(nested_gen()))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)))
