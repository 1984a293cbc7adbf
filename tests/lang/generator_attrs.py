def g(n):
    x = 10
    yield 1
    yield 2
    return "done"
it = g(3)
print(it.gi_running, it.gi_frame is not None, it.gi_code.co_name, it.gi_code is g.__code__)
print(it.gi_frame.f_lineno, it.gi_frame.f_code.co_name)
print(next(it), it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
print(it.gi_suspended if hasattr(it, 'gi_suspended') else 'nosusp')
print(it.__name__, it.__qualname__)
def inner():
    me = yield
    print("running?", gen.gi_running)
    yield 5
gen = inner()
next(gen)
print(gen.send(None))
print(list(it) if False else "")
try:
    next(it); next(it)
except StopIteration as e:
    print("SI", repr(e.value), e.args)
print(it.gi_frame)
try:
    it.__next__()
except StopIteration as e:
    print("again", e.value, e.args)
def h():
    try:
        yield 1
    finally:
        print("cleanup")
x = h(); next(x); x.close(); print(x.gi_frame)
def k():
    r = yield from g(0)
    print("r", r)
    return r * 2
kk = k()
print(list(kk))
def s():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
    return total
ss = s(); next(ss); ss.send(3); ss.send(4)
try: ss.send(None)
except StopIteration as e: print("total", e.value)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
t = thrower(); next(t); print(t.throw(ValueError("boom")))
try: t.throw(KeyError, "k")
except KeyError as e: print("KE", e)
print(type(t), repr(g)[:12])
gexp = (i*i for i in range(3))
print(gexp.__name__, gexp.__qualname__, gexp.gi_code.co_name, list(gexp))
def gen_raise():
    yield 1
    raise StopIteration("bad")
try:
    list(gen_raise())
except RuntimeError as e:
    print("RT", e, type(e.__cause__).__name__)
