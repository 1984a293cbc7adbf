def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)

class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(type(e).__name__, e.args)

def reraiser():
    try:
        raise IndexError("idx")
    except IndexError:
        raise
try:
    reraiser()
except IndexError as e:
    print("reraised", e)

def fin():
    try:
        return 1
    finally:
        print("finally")
print(fin())
def fin2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "ok"
print(fin2())
def fin3():
    try:
        return "try"
    finally:
        return "finally"
print(fin3())

try:
    try:
        raise ValueError(1)
    finally:
        print("cleanup")
except ValueError as e:
    print("outer", e)

try:
    raise KeyError
except (TypeError, KeyError) as e:
    print("tuple match", type(e))
try:
    try:
        raise KeyError
    except 5:
        pass
except TypeError as e:
    print(e)

def nested():
    try:
        raise A
    except NameError as e:
        print("NameError", e)
    try:
        x = undefined_thing
    except NameError as e:
        print(e)
nested()
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print("e deleted:", ex)

try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert", repr(e))
import sys
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno)
print(sys.exc_info())
def tbdepth():
    def a(): b()
    def b(): c()
    def c(): 1/0
    try:
        a()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        n = []
        while tb:
            n.append(tb.tb_lineno)
            tb = tb.tb_next
        print(n)
tbdepth()
class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)
with Ctx("s", True):
    raise ValueError("swallowed")
print("after swallow")
try:
    with Ctx("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def wret():
    with Ctx("r"):
        return "returned"
print(wret())
for i in range(2):
    with Ctx("loop%d" % i):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except TypeError as e:
    print(e)
def exc_in_except():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError as e2:
            print("inner", repr(e2.__context__))
        print(sys.exc_info()[1])
exc_in_except()
print(sys.exc_info()[1])
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__)
class E2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise E2(1, 2)
except E2 as e:
    print(e.args, e.b)
try:
    try:
        raise ValueError("orig")
    except ValueError as e:
        raise e
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb: n += 1; tb = tb.tb_next
    print("tb entries", n)
