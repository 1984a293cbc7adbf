for n in ["TimeoutError", "BrokenPipeError", "ConnectionRefusedError", "UnicodeTranslateError", "FutureWarning", "SyntaxWarning", "EncodingWarning", "InterruptedError"]:
    c = eval(n)
    print(n, [k.__name__ for k in c.__mro__])
e = TimeoutError(110, "Connection timed out")
print(e.errno, e.strerror, str(e), isinstance(e, OSError))
import warnings
print(warnings.filters[-3:] if False else "ok")
try:
    raise BrokenPipeError("pipe")
except ConnectionError as x:
    print("caught", repr(x))
