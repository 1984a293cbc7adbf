def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"
g = gen(3)
print(g.__name__, g.__qualname__, type(g).__name__)
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("stop again", e.value, e.args)
print(list(gen(4)))

def sub():
    r = yield 1
    print("sub got", r)
    yield 2
    return "subret"
def deleg():
    v = yield from sub()
    print("deleg got", v)
    yield 3
g = deleg()
print(next(g), g.send("A"), next(g))
try: next(g)
except StopIteration: print("end")

def catcher():
    while True:
        try:
            x = yield
            print("recv", x)
        except ValueError as e:
            print("caught", e)
            yield "after"
c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("boom")))
next(c)
c.send(2)
c.close()
print("closed")
try:
    c.send(3)
except StopIteration:
    print("stop after close")

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin()
next(f)
f.close()

def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)

def stopper():
    yield 1
    raise StopIteration("x")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)

g3 = gen(2)
try:
    g3.send(5)
except TypeError as e:
    print(e)

def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(next(t, "exhausted"))

# yield from a list / iterator
def yl():
    yield from [1, 2, 3]
    yield from range(2)
    yield from (x * 10 for x in range(3))
print(list(yl()))

# throw into delegating generator
def inner():
    try:
        yield "i1"
    except KeyError:
        yield "inner caught"
    return 7
def outer():
    r = yield from inner()
    yield ("outer", r)
o = outer()
print(next(o))
print(o.throw(KeyError))
print(next(o))

# close delegating
def inner2():
    try:
        yield 1
    finally:
        print("inner2 closed")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 closed")
o2 = outer2()
next(o2)
o2.close()

# generator expressions
print(sum(x * x for x in range(10)))
ge = (x for x in range(3))
print(ge.__name__, next(ge), list(ge))
print(repr(gen(1))[:24])
def gexc():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
        import sys
        print("exc_info in gen", sys.exc_info()[0].__name__)
ge = gexc()
next(ge)
try:
    raise ValueError
except ValueError:
    next(ge, None)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
