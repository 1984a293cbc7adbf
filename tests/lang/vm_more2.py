import sys
# generator with try/finally and return inside loops
def g1():
    for i in range(5):
        try:
            if i == 2:
                return i
            yield i
        finally:
            print("fin", i)
print(list(g1()))
# generator closing on break from for loop (no refcount close: only explicit)
def g2():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
x = g2()
for v in x:
    break
x.close()
# send through yield from chain
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def wrap():
    r = yield from acc()
    return ("wrapped", r)
w = wrap()
next(w)
w.send(5)
print(w.send(10))
try:
    w.send(None)
except StopIteration as e:
    print("final", e.value)
# throw non-instance forms
def g3():
    try:
        yield
    except Exception as e:
        yield repr(e)
t = g3(); next(t)
print(t.throw(ValueError))
t = g3(); next(t)
print(t.throw(ValueError, "msg"))
t = g3(); next(t)
print(t.throw(ValueError("inst")))
try:
    t = g3(); next(t); t.throw(ValueError("a"), "b")
except TypeError as e:
    print(e)
try:
    t = g3(); next(t); t.throw(5)
except TypeError as e:
    print(e)
# gen states
def g4():
    yield 1
g = g4()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
next(g)
list(g)
print(g.gi_frame)
# exceptions inside generator propagate with tb
def g5():
    yield 1
    1 / 0
try:
    for _ in g5(): pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# generator used after exception is finished
g = g5()
next(g)
try: next(g)
except ZeroDivisionError: pass
print(next(g, "done"))
# close on unstarted generator
g = g4()
g.close()
print(next(g, "closed"))
# yield inside expressions
def g6():
    x = (yield 1) + (yield 2)
    yield x
g = g6()
print(next(g), g.send(10), g.send(20))
# generator expression scoping
y = 10
ge = (y * i for i in range(3))
y = 20
print(list(ge))
# nested generator exception context
def g7():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = g7()
print(next(g))
try:
    raise ValueError
except ValueError:
    print(next(g), sys.exc_info()[0].__name__)
print(sys.exc_info())
# StopIteration inside generator that is caught
def g8():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught stop"
print(list(g8()))
# return value from generator in for loop ignored
def g9():
    yield 1
    return 5
print([x for x in g9()])
# yield from generator that raises
def bad():
    yield 1
    raise KeyError("bad")
def outer():
    try:
        yield from bad()
    except KeyError as e:
        yield "outer caught " + str(e)
print(list(outer()))
# gi_yieldfrom
def inner(): yield 1
def outer2(): yield from inner()
o = outer2(); next(o)
print(type(o.gi_yieldfrom).__name__)
# recursion in generators
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
print(list(zip(countdown(3), countdown(5))))
print(dict(enumerate(countdown(2))))
