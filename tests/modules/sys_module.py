import sys
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(sys.argv[0], len(sys.argv), type(sys.path).__name__, sys.path[0] == __import__("os").getcwd())
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version.startswith("3.11"), sys.platform)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.getrecursionlimit(), "sys" in sys.builtin_module_names)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.stdout.write("direct write\n"))
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("to stderr", file=sys.stderr)
print(__name__, sys.modules["__main__"].__name__, __file__.endswith("sys_module.py"))
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.exc_info() == (None, None, None))
try:
    raise KeyError("x")
except KeyError:
    print(sys.exc_info()[0].__name__)
