def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
        finally:
            print("fin", i)
    return i
print(h())
def chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise TypeError("t")
try:
    implicit()
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e.args)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise MyErr(404, "not found")
except Exception as e:
    print(e, repr(e), e.code, e.args)
try:
    raise MyErr
except TypeError as e:
    print("TE", e)
def suppress():
    try:
        raise KeyError("x")
    except KeyError as e:
        err = e
    try:
        print(e)
    except NameError as ne:
        print("NameError:", ne)
    return err
print(repr(suppress()))
for exc in [ValueError, (KeyError, IndexError), Exception]:
    try:
        [][1]
    except exc as e:
        print("caught by", exc, type(e).__name__, e)
    except IndexError:
        print("fallback")
try:
    try:
        raise ValueError
    finally:
        print("inner finally")
except ValueError:
    print("outer")
def else_clause(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div0"
    else:
        return "ok %s" % r
    finally:
        print("cleanup", x)
print(else_clause(2), else_clause(0))
e1 = None
try:
    raise StopIteration(5)
except StopIteration as si:
    print(si.value, si.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e), repr(e))
print(str(KeyError("solo")), str(KeyError()), repr(ValueError()), str(ValueError("x", 1)))
try:
    raise Exception("a") from None
except Exception as e:
    print(e.__cause__, e.__suppress_context__)
import sys
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, str(e), type(e).__name__)
try:
    open("/nonexistent/xyz")
except FileNotFoundError as e:
    print(e.errno, e.filename, e)
def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("in handler, exc_info:", sys.exc_info()[0].__name__)
            raise RuntimeError("outer") from None
    except RuntimeError as e:
        print(e, e.__context__ is not None, e.__suppress_context__)
    print("after:", sys.exc_info())
nested_handlers()
def gen_exc():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
gg = gen_exc(); next(gg); gg.close()
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as cm:
    raise ValueError("swallowed")
print("after with")
try:
    with CM():
        pass
    with open(__file__) as fh:
        raise KeyError("through")
except KeyError as e:
    print("KeyError", e, fh.closed)
try:
    raise ValueError("x").with_traceback(None)
except ValueError as e:
    print("wt", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), BaseException.__subclasses__ is not None)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("assert2:", repr(e))
def finally_exc():
    try:
        raise ValueError("first")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
try:
    finally_exc()
except ValueError:
    pass
x = 0
while True:
    try:
        x += 1
        if x > 3:
            break
    finally:
        print("loop fin", x)
try:
    raise ExceptionGroup if False else LookupError("lk")
except LookupError as e:
    print(e)
print(e if 'e' in dir() else "e deleted")
