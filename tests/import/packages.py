import sys
import pkg
print(pkg.VERSION, pkg.__doc__, pkg.__name__, pkg.__package__, type(pkg.__path__).__name__, pkg.__file__.endswith("pkg/__init__.py"))
import pkg.sub.leaf
print(pkg.sub.leaf.call(), pkg.sub.leaf.NAME, "pkg.sub" in sys.modules, pkg.sub.leaf.__package__)
import pkg.sub.leaf as lf
print(lf is pkg.sub.leaf, lf.__name__)
from pkg.sub import leaf, sibling
print(leaf.NAME, sibling.S)
from pkg import helper as h
print(h.help_me())
import plain
print(plain.__doc__, plain.X, plain.__file__.endswith("plain.py"), repr(plain).startswith("<module 'plain' from '"))
from plain import *
print(X, public())
try:
    _private
except NameError as e:
    print(e)
print(sorted(k for k in sys.modules if k.startswith("pkg")))
print(pkg.__spec__.name, pkg.__spec__.parent, plain.__spec__.parent == "", pkg.sub.leaf.__spec__.parent)
import importlib
m = importlib.import_module("pkg.sub.sibling")
print(m is sibling, importlib.import_module(".leaf", "pkg.sub") is leaf)
try:
    import pkg.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(pkg.__file__, "PATH"))
try:
    import plain.sub
except ModuleNotFoundError as e:
    print(e)
