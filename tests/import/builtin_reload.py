# molt-only
# molt's `reload` builtin (the design card's wish) is importlib.reload itself:
# the function written in molt, in lib/importlib/__init__.py.
import builtins
import importlib
import sys

print(reload is importlib.reload, builtins.reload is reload, reload.__module__)
print(reload.__code__.co_filename.endswith('lib/importlib/__init__.py'))
print('importlib' in sys.modules)

with open('mod.py', 'w') as f:
    f.write('X = 1\n')
import mod
with open('mod.py', 'w') as f:
    f.write('X = 2\n')
print(reload(mod) is mod, mod.X)
try:
    reload(42)
except TypeError as e:
    print(type(e).__name__, e)

# a fresh importlib (del sys.modules) puts its own reload in builtins
del sys.modules['importlib']
import importlib as fresh
print(fresh is not importlib, reload is fresh.reload)
