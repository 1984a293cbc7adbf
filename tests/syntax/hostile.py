# Hostile program text: every one is rejected with an exception, never a crash.
cases = [
    "x = 1\x00",
    "(" * 10000 + ")" * 10000,
    "[" * 201 + "]" * 201,
    b'x = "\xff"',
    "x = '" + "a" * 1000000,
    "def f(:\n",
    "\t if x:\n  pass",
    ")" * 50,
    "x = 1 if else 2",
    "lambda: (yield)",
    "'''" + "x" * 1000,
    "0b2",
    "1__0",
    "x = 08",
    "@\ndef f(): pass",
    "class C(:\n pass",
    "for x in :\n pass",
    "import",
    "from . import",
    "a = {1: }",
    "f(**)",
    "x = $",
]
for src in cases:
    try:
        compile(src, "hostile.py", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
deep = ["-" * 100000 + "1", "not " * 5000 + "x", "(" * 150 + ")" * 150,
        "if x:\n" + "".join(" " * i + "if x:\n" for i in range(1, 120)) + " " * 121 + "pass\n",
        "x = " + "[" * 5000 + "]" * 5000, "f" + "(" * 190 + ")" * 190, "a" + ".b" * 50000,
        "x = 1 + " * 30000 + "1"]
for src in deep:
    try:
        compile(src, "deep.py", "exec")
        print("compiled")
    except (SyntaxError, MemoryError, RecursionError):
        print("rejected")
