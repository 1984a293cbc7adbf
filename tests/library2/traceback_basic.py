# traceback: formatting exceptions, chains, stacks and frame summaries.
import sys
import traceback


def inner(x):
    raise ValueError("bad value %d" % x)


def outer():
    inner(3)


def show(lines):
    print("".join(lines), end="")
    print("--")


try:
    outer()
except ValueError as e:
    exc = e
    text = traceback.format_exc()
    print(text, end="")
    print("--")
    show(traceback.format_exception(exc))
    show(traceback.format_exception(type(exc), exc, exc.__traceback__))
    show(traceback.format_exception(exc, limit=1))
    show(traceback.format_exception(exc, limit=-1))
    show(traceback.format_tb(exc.__traceback__))
    show(traceback.format_exception_only(exc))
    show(traceback.format_exception_only(type(exc), exc))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(exc, file=sys.stdout)
    traceback.print_tb(exc.__traceback__, file=sys.stdout)

tb = exc.__traceback__
frames = traceback.extract_tb(tb)
print(type(frames).__name__, len(frames))
for fs in frames:
    print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    filename, lineno, name, line = fs
    print(lineno, name, line, fs[1], len(fs))
print(repr(frames[0]).replace(__file__, "FILE"))
print(frames[0] == (__file__, 20, "<module>", "outer()"))
show(traceback.format_list(frames))
show(traceback.format_list([("nofile.py", 7, "f", "x = 1"), ("nofile.py", 8, "g", None)]))
fs = traceback.FrameSummary("nofile.py", 3, "h", line="  pass  ")
print(fs.line, fs.lineno)
print(list(traceback.walk_tb(tb))[1][1])


# Chained exceptions: explicit cause, implicit context, suppressed context.
def chained(kind):
    try:
        raise KeyError("missing")
    except KeyError as e:
        if kind == "cause":
            raise RuntimeError("from cause") from e
        if kind == "none":
            raise RuntimeError("no context") from None
        raise RuntimeError("in handler")


for kind in ["cause", "context", "none"]:
    try:
        chained(kind)
    except RuntimeError as e:
        show(traceback.format_exception(e))
        show(traceback.format_exception(e, chain=False))


# Exception types from other modules get their module name; odd messages.
class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise TypeError("no")


for e in [Custom("mine"), Custom(), BadStr(), KeyError("k"), ValueError(""),
          OSError(2, "No such file"), StopIteration(5)]:
    show(traceback.format_exception_only(e))
import io
show(traceback.format_exception_only(io.UnsupportedOperation("x")))

# Notes (3.11) appear after the message.
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
show(traceback.format_exception(e))

# No exception being handled.
print(repr(traceback.format_exc()))

# A SyntaxError shows where it is.
try:
    compile("x = (1,\n", "prog.py", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))
try:
    compile("a b", "prog.py", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))


# Deep recursion collapses repeated frames.
def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    show(traceback.format_exception(e))

try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print(e)
try:
    traceback.format_exception(3)
except TypeError as e:
    print(e)
