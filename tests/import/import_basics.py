import sys
import math as m, os.path as osp
from math import sqrt as root, pi
print(m.floor(2.5), root(9), pi > 3, osp.basename("/a/b"))
print(repr(sys), type(m).__name__, m.__name__)
import types
mod = types.ModuleType("virtual")
print(repr(mod), mod.__name__, mod.__doc__)
mod.x = 5
print(mod.x, vars(mod)["x"], mod.__dict__ is vars(mod))
sys.modules["virtual"] = mod
import virtual
print(virtual is mod, virtual.x)
def local_import():
    import math
    return math.sqrt(4)
print(local_import(), "math" in dir())
f = open("selfref.py", "w")
f.write("import sys\nprint('selfref body, name =', __name__)\nTWICE = 2\n")
f.close()
import selfref
print(selfref.TWICE, sys.modules["selfref"] is selfref)
print(__import__("selfref") is selfref, __import__("os.path").__name__)
