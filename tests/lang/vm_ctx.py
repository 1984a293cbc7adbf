import sys
def g():
    yield 1
    raise KeyError("from gen")
it = g()
next(it)
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(it)
    except KeyError as e:
        print("ctx:", repr(e.__context__))
def h():
    try:
        raise TypeError("in h")
    except TypeError:
        yield sys.exc_info()[1]
        raise IndexError("after yield")
it = h()
print(repr(next(it)))
try:
    next(it)
except IndexError as e:
    print("ctx2:", repr(e.__context__))
print(sys.exc_info())
def k():
    try:
        yield
    except ValueError as e:
        print("k got", repr(e), repr(e.__context__))
it = k(); next(it)
try:
    raise KeyError("outer2")
except KeyError:
    try:
        it.throw(ValueError("thrown"))
    except StopIteration:
        pass
def chain():
    try:
        try:
            raise A("1")
        except NameError as e1:
            raise B("2")
    except NameError as e2:
        return e2
e = chain()
print(repr(e), repr(e.__context__))
class Cyc(Exception): pass
try:
    try:
        raise Cyc("a")
    except Cyc as a:
        try:
            raise Cyc("b")
        except Cyc as b:
            raise a
except Cyc as final:
    print(repr(final), repr(final.__context__), repr(final.__context__.__context__))
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as z2:
    print(z2.__context__)
def fin_exc():
    try:
        raise ValueError("body")
    finally:
        raise TypeError("finally")
try:
    fin_exc()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def with_exc():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            raise RuntimeError("in exit")
    with CM():
        raise ValueError("in body")
try:
    with_exc()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
