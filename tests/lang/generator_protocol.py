def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")
x = g1()
print(next(x))
x.close()
import gc; gc.collect()
print("after del")
def g2():
    try:
        yield 1
    finally:
        yield "from finally"
y = g2(); next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def g3():
    r = yield
    while r:
        r = yield r * 2
c = g3(); next(c)
print(c.send(3), c.send(5))
try: c.send(0)
except StopIteration as e: print("stopped", e.value)
def g4():
    yield from range(3)
    return "end"
def g5():
    v = yield from g4()
    yield v
print(list(g5()))
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield "inner caught %s" % e
    return "inner-ret"
def outer():
    res = yield from inner()
    yield "outer got " + res
o = outer()
print(next(o), o.throw(KeyError("k")), next(o))
def g6():
    yield 1
    return
print(list(g6()), list(g6()))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset": i = 0
        elif cmd == "stop": return i
        else: i += 1
cc = counter(); next(cc); next(cc); next(cc)
print(cc.send("reset"), next(cc))
try: cc.send("stop")
except StopIteration as e: print("final", e.value)
def lazy(n):
    print("start lazy")
    for i in range(n):
        yield i
lz = lazy(2)
print("created")
print(list(lz))
ge = (i * i for i in range(5) if i % 2)
print(next(ge), list(ge), list(ge))
try:
    (1 / x for x in [0])
    print("lazy genexp ok")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    ge2 = (x for x in 5)
except TypeError as e:
    print("eager iter:", e)
def gen_with():
    class CM:
        def __enter__(s): print("enter"); return s
        def __exit__(s, *a): print("exit", a[0]); return False
    with CM():
        yield 1
        yield 2
w = gen_with(); print(next(w)); w.close()
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n: return
        yield v
print(list(take(5, fib())))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6, []])))
gi = iter([1, 2, 3])
print(list(zip(gi, gi)), list(gi))
def sender():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        print("total at close", total)
s = sender(); next(s); s.send(1); s.send(2); s.close(); s.close()
print(s.gi_frame, s.gi_running)
def g_exc_in_body():
    yield 1
    raise KeyError("body")
try:
    for v in g_exc_in_body(): print("v", v)
except KeyError as e:
    print("KeyError", e)
def gen_ret_in_finally():
    try:
        yield 1
    finally:
        return "fin"
gr = gen_ret_in_finally(); next(gr)
try: gr.throw(ValueError)
except StopIteration as e: print("swallowed by return:", e.value)
