# scope analysis with many names per scope (index paths of the symbol table)
src = ["def outer():"]
for i in range(40):
    src.append("    v%d = %d" % (i, i))
src.append("    def mid():")
for i in range(0, 40, 3):
    src.append("        nonlocal v%d" % i)
src.append("        def inner():")
src.append("            return " + " + ".join("v%d" % i for i in range(0, 40, 2)))
for i in range(0, 40, 3):
    src.append("        v%d += 100" % i)
src.append("        return inner()")
src.append("    r = mid()")
src.append("    return r, v0, v3, v39")
for i in range(30):
    src.append("g%d = %d" % (i, i))
src.append("def uses_globals():")
for i in range(0, 30, 2):
    src.append("    global g%d" % i)
for i in range(30):
    src.append("    g%d = g%d * 2 if %d %% 2 == 0 else 0" % (i, i, i) if i % 2 == 0 else "    l%d = %d" % (i, i))
src.append("    return sorted(k for k in locals())")
src.append("print(outer())")
src.append("print(uses_globals())")
src.append("print([globals()['g%d' % i] for i in range(0, 30, 5)])")
src.append("class Many:")
for i in range(20):
    src.append("    c%d = %d" % (i, i))
src.append("    total = " + " + ".join("c%d" % i for i in range(20)))
src.append("    def m(self): return c0 if False else self.c19")
src.append("print(Many.total, Many().m())")
code = "\n".join(src) + "\n"
exec(compile(code, "<generated>", "exec"))
def deep_closure():
    names = {}
    a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6; a7 = 7; a8 = 8; a9 = 9; a10 = 10; a11 = 11
    def f1():
        def f2():
            def f3():
                return a1 + a5 + a11
            return f3() + a2
        return f2() + a9
    return f1(), f1.__code__.co_freevars, f1.__code__.co_cellvars, deep_closure.__code__.co_cellvars
print(deep_closure())
