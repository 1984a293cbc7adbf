try:
    exec("x = = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    compile("if x\n", "src.py", "exec")
except SyntaxError as e:
    print(e)
try:
    eval("1 +")
except SyntaxError as e:
    print(e.msg)
try:
    exec("def f():\n  x=1\n   y=2")
except IndentationError as e:
    print(type(e).__name__, e)
