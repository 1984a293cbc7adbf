class Plain:
    def __enter__(self): print("enter plain"); return "res"
    def __exit__(self, t, v, tb): print("exit plain", t and t.__name__, v, tb is not None); return False
class Static:
    @staticmethod
    def __enter__(): print("static enter"); return 1
    @staticmethod
    def __exit__(t, v, tb): print("static exit", t); return True
class ClassM:
    @classmethod
    def __enter__(cls): return cls.__name__
    @classmethod
    def __exit__(cls, *a): print("classmethod exit", cls.__name__, a[0]); return 1
class CallableExit:
    class _E:
        def __call__(self, *a): print("callable exit", len(a)); return "truthy"
    __exit__ = _E()
    def __enter__(self): return self
class EnterRaises:
    def __enter__(self): raise ValueError("in enter")
    def __exit__(self, *a): print("never")
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("in exit")
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return [1]
class Falsy:
    def __enter__(self): return self
    def __exit__(self, *a): return 0
with Plain() as r:
    print("body", r)
try:
    with Plain():
        raise TypeError("boom")
except TypeError as e:
    print("caught", e)
with Static() as s:
    raise ValueError("swallowed static")
print("after static", s)
with ClassM() as c:
    print("body", c)
    raise OSError
with CallableExit():
    raise IndexError
try:
    with EnterRaises():
        print("not here")
except ValueError as e:
    print("enter raised", e)
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("exit raised", e, "context:", repr(e.__context__))
with Truthy():
    raise RuntimeError("swallowed by truthy list")
try:
    with Falsy():
        raise RuntimeError("not swallowed")
except RuntimeError as e:
    print("propagated", e)
def ret_in_with():
    with Plain():
        return "ret"
print(ret_in_with())
def loop_with():
    for i in range(3):
        with Plain() as p:
            if i == 0: continue
            if i == 1: break
    return i
print(loop_with())
with Plain() as a, Plain() as b:
    print("two", a, b)
def gen_with():
    with Plain():
        yield 1
        yield 2
g = gen_with(); next(g); g.close()
inst = Plain()
inst.__exit__ = lambda *a: print("instance attr ignored")
with inst:
    pass
class NoExit:
    def __enter__(self): return self
try:
    with NoExit(): pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e:
    print(e)
class Sub(Plain):
    def __exit__(self, *a):
        print("sub exit")
        return super().__exit__(*a)
with Sub():
    pass
import sys
class Inspect:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exc_info inside exit:", sys.exc_info()[0])
        return True
with Inspect():
    raise ZeroDivisionError
print("exc_info after:", sys.exc_info())
