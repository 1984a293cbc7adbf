import sys
try:
    import brokenmod
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, "brokenmod" in sys.modules)
import brokenmod
