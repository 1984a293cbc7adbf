g = {}
exec("x = 5\ny = x * 2", g)
print(g["x"], g["y"], "__builtins__" in g)
print(eval("1 + 2 * 3"), eval("x + y", g), eval("a * b", {"a": 3}, {"b": 4}))
code = compile("z = 40 + 2", "<generated>", "exec")
ns = {}
exec(code, ns)
print(ns["z"], type(code).__name__)
print(eval(compile("[i * i for i in range(4)]", "<e>", "eval")))
exec("def f(n):\n    return n + 1", ns)
print(ns["f"](1))
local = {}
exec("q = 1", None, local) if False else exec("q = 1", {}, local)
print(local)
x = 10
def show():
    return eval("x")
print(show(), eval("x", {"x": 99}))
exec("print('printed from exec', __name__)")
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
