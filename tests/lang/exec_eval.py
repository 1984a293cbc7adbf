g = {"x": 1}
l = {"y": 2}
exec("z = x + y\nw = [y for _ in range(2)] if False else 0\ndef f(): return x\nq = f()", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l), l["z"], l["q"])
try:
    exec("v = [y * i for i in range(2)]", g, l)
except NameError as e:
    print("NameError:", e)
print(eval("x * 10", g), eval("y", g, l), eval("len('abc')"), eval("  1 + 1\n"))
ns = {}
exec("import math as m\nr = m.sqrt(16)", ns)
print(ns["r"], "m" in ns, "__builtins__" in ns)
code = compile("a = 5\nb = a * 2", "<mine>", "exec")
d = {}
exec(code, d)
print(d["b"], code.co_filename, code.co_name)
e = compile("3 + 4", "<e>", "eval")
print(eval(e), type(e).__name__)
s = compile("1 + 2", "<s>", "single")
exec(s)
def scope_test():
    a = 10
    return eval("a + 1"), eval("a", {"a": 99}), eval("b", {}, {"b": 5})
print(scope_test())
try:
    eval("1 +")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno)
try:
    exec("raise ValueError('from exec')")
except ValueError as err:
    print("ValueError", err)
try:
    eval("undefined_xyz")
except NameError as err:
    print(err)
gl = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", gl))
try:
    eval("print(1)", gl)
except NameError as err:
    print(err)
class Mapping:
    def __getitem__(self, k):
        if k == "magic": return 42
        raise KeyError(k)
print(eval("magic + 1", {}, Mapping()))
src = """
def helper(n):
    return n * 2
result = helper(21)
"""
env = {}
exec(src, env)
print(env["result"], env["helper"].__module__ if "__name__" in env else env["helper"].__globals__ is env)
exec("global_from_exec = 7")
print(global_from_exec)
def in_func():
    exec("local_from_exec = 8")
    return locals().get("local_from_exec")
print(in_func())
print(eval("(lambda q: q * 3)(4)"), eval("[i for i in range(3)]"), eval("{'k': 1}['k']"))
