import sys
def gen(n):
    for i in range(n):
        yield i
def raiser():
    yield 1
    raise ValueError("from gen")
try:
    for x in raiser():
        print("got", x)
except ValueError as e:
    print("caught", e)
def stopper():
    yield 1
    raise StopIteration("bad")
try:
    for x in stopper():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__.args)
def exc_info_gen():
    yield sys.exc_info()[0]
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
try:
    raise IndexError("outer")
except IndexError:
    for v in exc_info_gen():
        print("exc_info in gen:", v.__name__ if v else None, "| outer:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info()[0])
def suspended_in_except():
    try:
        raise KeyError("held")
    except KeyError:
        yield 1
        yield sys.exc_info()[0].__name__
g = suspended_in_except()
for v in g:
    print("v", v, sys.exc_info()[0])
def recursive(n):
    if n:
        for x in recursive(n - 1):
            yield x
    yield n
print(sum(recursive(100)), list(recursive(3)))
try:
    print(sum(recursive(2000)))
except RecursionError as e:
    print("RecursionError", e)
def selfiter():
    for x in me:
        yield x
me = selfiter()
try:
    for _ in me:
        pass
except ValueError as e:
    print("ValueError", e)
def running_flag():
    yield gg.gi_running
    yield gg.gi_frame.f_lineno
gg = running_flag()
print([v for v in gg], gg.gi_running, gg.gi_frame)
def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in finally_gen():
    print("fx", x)
def ret_value():
    yield 1
    return "ignored by for"
print([x for x in ret_value()])
def nested_try():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("exit at", i)
            raise
it = nested_try()
for v in it:
    if v == 1:
        break
it.close()
def deleg():
    yield from gen(3)
    for x in gen(2):
        yield x * 10
print(list(deleg()))
def send_after_for():
    x = yield 1
    yield x
s = send_after_for()
for v in s:
    print("sf", v)
    break
print(s.send("sent"))
def raises_in_handler():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
try:
    for x in raises_in_handler():
        pass
except ValueError as e:
    print("ValueError", e, "context", type(e.__context__).__name__)
def with_gen():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print("cm exit", a[0]); return False
    with CM():
        yield 1
        yield 2
for x in with_gen():
    pass
def outer_loop():
    total = 0
    for i in gen(3):
        for j in gen(i):
            total += j
    return total
print(outer_loop())
def counting():
    n = 0
    for x in gen(1000):
        n += x
    return n
print(counting())
