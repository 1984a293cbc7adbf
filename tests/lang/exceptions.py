def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return 10 // (n - 2)
for n in range(4):
    try:
        print("result", risky(n))
    except ValueError as e:
        print("ValueError", e, e.args)
    except (KeyError, IndexError) as e:
        print("lookup", repr(e), str(e))
    except ZeroDivisionError:
        print("div")
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("during")
except TypeError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
class MyError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyError(7)
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, MyError), e.args)
def f():
    try:
        return "from try"
    finally:
        print("cleanup runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "done"
print(g())
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args, repr(e))
e = None
try:
    raise ValueError
except ValueError as err:
    e = err
print(repr(e), str(e) == "")
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError),
      issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
try:
    raise StopIteration(5)
except StopIteration as s:
    print("stop", s.value)
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
nested()
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
