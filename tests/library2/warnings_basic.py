# warnings: showing once per location, filters, catch_warnings, stacklevel.
import sys
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def notice(n):
    warnings.warn("notice %d" % (n % 2))


for i in range(4):
    notice(i)          # each message once from this line
    old_api()          # DeprecationWarning shows in __main__ once
print("loop done")

warnings.warn("top level")
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("deep", stacklevel=50)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(3):
        notice(0)
    warnings.warn("custom", UserWarning)
    old_api()
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), w.lineno, w.filename == __file__)
print(str(log[0]).replace(__file__, "FILE"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        notice(1)
    except UserWarning as e:
        print("raised:", repr(e))
    warnings.simplefilter("ignore", UserWarning)
    notice(1)
    warnings.warn("runtime, still an error?", RuntimeWarning) if False else None
print("after error block")

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", message="fatal", category=RuntimeWarning)
    warnings.simplefilter("always", UserWarning, append=True)
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    warnings.warn("keep me")
    try:
        warnings.warn("fatal thing", RuntimeWarning)
    except RuntimeWarning as e:
        print("error:", e)
    warnings.warn("fatal but user")
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        notice(0)
        warnings.warn("notice 0")
    print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    for i in range(3):
        notice(1)
        warnings.warn("notice 1")
    print(len(log), [w.lineno for w in log])

# Replacing showwarning and formatwarning.
saved = warnings.showwarning
def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, lineno)
warnings.showwarning = my_show
warnings.warn("via hook", stacklevel=1)
warnings.showwarning = saved
print(warnings.formatwarning("msg", UserWarning, "file.py", 12), end="")
print(warnings.formatwarning("msg", RuntimeWarning, "file.py", 12, "  some code "), end="")

saved_fmt = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: "FMT %s %s\n" % (c.__name__, m)
warnings.warn("formatted")
warnings.formatwarning = saved_fmt

saved_err = sys.stderr
sys.stderr = sys.stdout
warnings.warn("now on stdout")
sys.stderr = saved_err

try:
    warnings.warn("x", "nope")
except TypeError as e:
    print(e)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
print(warnings.filters[-1])
warnings.resetwarnings()
print(warnings.filters)
