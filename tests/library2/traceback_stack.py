# traceback: the current stack (print_stack, extract_stack), and printing
# to stderr by default.
import sys
import traceback


def leaf():
    traceback.print_stack(file=sys.stdout)
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno, fs.line) for fs in stack])
    print("".join(traceback.format_stack(limit=2)), end="")
    print(len(traceback.extract_stack(limit=1)))
    return sys.exc_info()


def middle():
    return leaf()


print(middle())


def fail():
    raise LookupError("to stderr")


try:
    fail()
except LookupError:
    traceback.print_exc()
    print("printed")
    saved = sys.stderr
    sys.stderr = sys.stdout
    traceback.print_exc(limit=1)
    sys.stderr = saved
