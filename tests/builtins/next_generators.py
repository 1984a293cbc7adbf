# next() on generators: StopIteration carries the return value
def g():
    yield 1
    return 7
def h():
    yield "a"
def k():
    return "early"
    yield
for gen in (g, h, k):
    it = gen()
    while True:
        try:
            print("item", next(it))
        except StopIteration as e:
            print("stop", repr(e.value), e.args)
            break
    print("again", next(it, "default"))
    try:
        next(it)
    except StopIteration as e:
        print("exhausted", repr(e.value), e.args)
it = g(); next(it)
print(next(it, "d"), next(it, "d"))
def raiser():
    yield 1
    raise ValueError("inside")
it = raiser(); next(it)
try:
    next(it, "default")
except ValueError as e:
    print("ValueError", e)
def stopper():
    yield 1
    raise StopIteration("x")
it = stopper(); next(it)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
print(next(iter([]), "empty"), next((x for x in "ab")), next(map(str.upper, "q")))
def echo():
    x = yield "first"
    return x * 2
e = echo(); next(e)
try:
    e.send(21)
except StopIteration as s:
    print("send stop", s.value)
