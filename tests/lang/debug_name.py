for src in ["__debug__ = 1", "del __debug__", "x.__debug__ = 1", "f(__debug__=1)", "def f(__debug__): pass", "def f(*, __debug__): pass", "lambda __debug__: 1", "def f(*__debug__): pass", "import __debug__", "import x as __debug__", "from x import __debug__", "for __debug__ in x: pass", "class __debug__: pass", "def __debug__(): pass", "(__debug__ := 1)", "__debug__ += 1", "with x as __debug__: pass", "[__debug__ for __debug__ in x]", "print(__debug__)", "x.__debug__", "global __debug__", "__debug__: int", "def f(): nonlocal __debug__", "try: pass\nexcept E as __debug__: pass", "x.__debug__ += 1", "del x.__debug__"]:
    try:
        compile(src, "<s>", "exec")
        print("OK", src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, "|", src)
