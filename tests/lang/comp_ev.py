print(eval("1 + 2 * 3"))
g = {}
exec("x = 5\ndef f(): return x * 2\n", g)
print(g["f"]())
c = compile("y = 10\ny", "<s>", "single")
exec(c)
print(y)
exec(compile("for i in range(2): i\n", "<s>", "single"))
print(eval("[i*i for i in range(4)]"))
def scope():
    a = 3
    return eval("a + 1")
print(scope())
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print("SE", e.msg)
try:
    compile("return 1", "<x>", "exec")
except SyntaxError as e:
    print("SE", e.msg, e.lineno, e.offset, e.filename, repr(e.text))
