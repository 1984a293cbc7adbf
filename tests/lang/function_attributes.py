def f(a, b=2, *args, c=3, **kw):
    "docstring"
    return a, b, c
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(type(f.__globals__).__name__, f.__globals__ is globals(), f.__closure__, f.__dict__, f.__annotations__)
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print(e)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
f.__doc__ = "new doc"; print(f.__doc__)
f.__module__ = "elsewhere"; print(f.__module__)
f.custom = 1; print(f.__dict__, vars(f))
try:
    del f.__name__
except TypeError as e:
    print(e)
del f.custom; print(f.__dict__)
def g(): return "g"
def h(): return "h"
g.__code__ = h.__code__
print(g(), g.__name__, g.__code__.co_name)
def outer():
    x = 1
    def inner(): return x
    return inner
inn = outer()
print(inn.__closure__[0].cell_contents, type(inn.__closure__[0]).__name__, inn.__code__.co_freevars)
try:
    g.__code__ = inn.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    inn.__closure__ = None
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__code__.co_name)
def annotated(a: int, *, b: str = "x") -> bool: pass
print(annotated.__annotations__)
annotated.__annotations__ = {"z": 1}; print(annotated.__annotations__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__code__.co_consts[:1])
import types
print(isinstance(f, types.FunctionType), type(f) is types.FunctionType, types.FunctionType.__name__)
print(callable(f), hasattr(f, "__call__"), f.__call__(1) if f.__defaults__ else None)
class M:
    def meth(self): pass
m = M().meth
print(type(m).__name__, m.__func__ is M.meth, m.__self__.__class__.__name__, m.__name__, m.__qualname__, m.__doc__)
try:
    m.x = 1
except AttributeError as e:
    print(e)
M.meth.attr = "on func"; print(m.attr)
print(m == M().meth, m == m, M.meth == M.meth)
print(sorted(a for a in dir(f) if not a.startswith("__")), len([a for a in dir(f) if a.startswith("__")]) > 20)
