def f1():
    try:
        return "try"
    finally:
        print("finally f1")
print(f1())

def f2():
    try:
        raise ValueError("x")
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("finally f2")
print(f2())

def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no")
    return i
print(f3())

def f4():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError as e:
        print(repr(e), repr(e.__context__))
f4()

def f5():
    try:
        raise ValueError("a") from TypeError("b")
    except ValueError as e:
        print(repr(e.__cause__), e.__suppress_context__)
f5()

def f6():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise
        except ValueError as e:
            print("reraised", e)
f6()

def f7():
    e = "before"
    try:
        raise IndexError
    except IndexError as e:
        pass
    try:
        print(e)
    except NameError as err:
        print("NameError", err)
f7()

def f8():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")
f8()

def f9():
    try:
        try:
            raise ValueError(1)
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
f9()

def f10():
    try:
        raise ValueError
    except (TypeError, ValueError) as e:
        print("tuple match", type(e).__name__)
f10()

def f11():
    while True:
        try:
            raise RuntimeError("r")
        except RuntimeError:
            break
    print("after break in except")
f11()

def f12():
    try:
        return 1
    finally:
        return 2
print(f12())

def f13():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            print("swallow?")
            break
    print("f13 done", i)
f13()

def f14():
    try:
        raise KeyError("x")
    except KeyError:
        pass
    try:
        raise
    except RuntimeError as e:
        print("RuntimeError", e)
f14()

def gen_exc():
    try:
        1/0
    except:
        import sys
        print("bare except", sys.exc_info()[0].__name__)
gen_exc()

class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
try:
    raise MyErr(42)
except MyErr as e:
    print("MyErr", e.code, e.args)

def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            return out
        finally:
            out.append(2)
    finally:
        out.append(3)
print(nested_finally())

def assert_test(x):
    try:
        assert x > 0, f"bad {x}"
        assert x
    except AssertionError as e:
        print("assert", e.args)
assert_test(-1); assert_test(1)
try:
    assert False
except AssertionError as e:
    print("bare assert", e.args)

def exc_in_handler_restores():
    import sys
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        print(sys.exc_info()[1])
    print(sys.exc_info())
exc_in_handler_restores()
