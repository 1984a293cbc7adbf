# exec, eval, compile, globals, locals and __import__
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(eval("1 + 2"), eval("x * 2", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}), eval("  3"), eval("[i for i in range(3)]"), eval("len('ab')"))
t(eval, "1 +")
t(eval, "x")
t(eval, "import os")
t(eval, 5)
t(eval)
t(eval, "1", 5)
t(eval, "1", {}, 5)
g = {}
exec("a = 1\nb = a + 1\ndef f(): return b * 10", g)
print(g["a"], g["b"], g["f"](), "__builtins__" in g)
l = {}
exec("z = 5", {}, l); print(l)
print(exec("1"), exec("pass", {}))
t(exec, "1 +")
t(exec, "raise ValueError('inside')")
t(exec, 5)
t(exec, "x = 1", [])
code = compile("3 * 4", "<str>", "eval"); print(eval(code), type(code).__name__, code.co_filename)
code2 = compile("q = 7", "<ex>", "exec"); ns = {}; exec(code2, ns); print(ns["q"])
code3 = compile("print('single', 1)", "<s>", "single"); exec(code3)
t(compile, "1", "f", "bad")
t(compile, "1 +", "f", "exec")
t(compile, "x = 1", "f", "eval")
t(compile, "1")
t(compile, 5, "f", "exec")
try:
    exec("def broken(:\n  pass", {})
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.filename)
try:
    eval("(1,\n2,,)")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
m = __import__("math"); print(m.sqrt(16), m.__name__)
osp = __import__("os.path"); print(osp.__name__)
t(__import__, "no_such_module_xyz")
t(__import__, 5)
def f():
    x = 1
    return eval("x + 1")
print(f())
def h():
    y = 5
    exec("y = 6")
    return y
print(h())
ns = {"__builtins__": {"len": len}}
print(eval("len('abc')", ns))
t(eval, "print(1)", {"__builtins__": {}})
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
