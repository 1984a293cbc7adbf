def f(a, b=2, *, k): pass
class C:
    def m(self, x): pass
tests = [
 "f(**1)", "f(*1)", "f(1, **{'a':2})", "print(*1)", "C().m(*1)", "C().m(**1)", "f(1,2,3,k=1)", "f()", "f(1)", "C().m()", "C().m(1,2)",
 "f(1, k=1, z=2)", "f(1, a=1, k=2)", "len(**{'a':1})", "f(**{1:2})", "f(1, **{'k':1}, **{'k':2})", "f(1, k=1, **{'k':2})",
 "(lambda: 0)(1)", "(lambda *, a, b: 0)()", "(lambda a, /, b: 0)(a=1, b=2)", "(lambda a, b, c: 0)()", "(lambda a=1, b=2: 0)(1,2,3)", "(lambda a, b=1, *, c: 0)(1,2,3,4)",
 "(lambda a, b=1, *, c: 0)(1,2,3,4, c=5)", "(lambda a, b=1, *, c=3: 0)(1,2,3,4, c=5)", "(lambda **kw: 0)(1)", "(lambda a, /, **kw: 0)(a=1)",
 "(lambda a, /: 0)(a=1)",
]
for t in tests:
    try: eval(t)
    except Exception as e: print(t, '->', type(e).__name__, e)
