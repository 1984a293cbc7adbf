# No cache the VM keeps may run stale code after a reload or a sys.modules
# edit (IMPORTS.md 4, DESIGN.md "Speed without breaking reload").  One
# check per cache; each call site runs before and after the change, so its
# inline cache is warm when the module changes under it.
import importlib
import sys

def write(name, text):
    with open(name, 'w') as f:
        f.write(text)

# 1. LOAD_GLOBAL: functions in a module call each other by global name; a
#    function of this script calls a from-imported name.
write('gmod.py', 'def helper():\n    return "helper v1"\ndef api():\n    return helper()\n')
import gmod
from gmod import api as old_api
def call_api():
    return gmod.api()
seen = []
for round in range(2):
    for i in range(3):
        seen.append((call_api(), old_api()))
    write('gmod.py', 'def helper():\n    return "helper v2"\ndef api():\n    return helper() + "!"\n')
    importlib.reload(gmod)
print(seen)

# LOAD_GLOBAL of a name of this very module, rebound by exec in our globals
def greet():
    return 'hello'
def caller():
    return greet()
out = [caller() for i in range(3)]
exec('def greet():\n    return "hi"', globals())
out += [caller() for i in range(3)]
print(out)

# LOAD_GLOBAL falling back to builtins, then shadowed by a module global
def length():
    return len('abc')
out = [length() for i in range(3)]
globals()['len'] = lambda x: 'shadowed'
out += [length() for i in range(3)]
del globals()['len']
out += [length()]
print(out)

# 2. LOAD_ATTR: `mod.f` at one call site, in a loop across a reload
write('amod.py', 'def f():\n    return 1\nVALUE = "a"\n')
import amod
out = []
for i in range(8):
    out.append((amod.f(), amod.VALUE))
    if i == 2:
        write('amod.py', 'def f():\n    return 2\nVALUE = "b"\n')
        importlib.reload(amod)
    if i == 5:
        amod.f = lambda: 3
print(out)

# 3. LOAD_METHOD: instances whose class method is replaced on the class,
#    on a base class, and by a reload of the module defining the class
class Base:
    def m(self):
        return 'base'
class Derived(Base):
    pass
objs = [Derived() for i in range(3)]
out = []
for i in range(9):
    out.append(objs[i % 3].m())
    if i == 2:
        Base.m = lambda self: 'base replaced'
    if i == 5:
        Derived.m = lambda self: 'derived own'
print(out)
write('klass.py', 'class K:\n    def m(self):\n        return "k1"\n    def n(self):\n        return "n1"\n')
import klass
old_instance = klass.K()
out = []
for i in range(6):
    out.append((old_instance.m(), klass.K().m()))
    if i == 2:
        write('klass.py', 'class K:\n    def m(self):\n        return "k2"\n')
        importlib.reload(klass)
print(out, isinstance(old_instance, klass.K), old_instance.n())

# an instance attribute shadowing a method at a warm call site
class Shadow:
    def m(self):
        return 'method'
s = Shadow()
out = []
for i in range(4):
    out.append(s.m())
    if i == 1:
        s.m = lambda: 'instance attribute'
print(out)

# 4. a module attribute cached at a call site, then the module replaced in
#    sys.modules and imported again
write('rmod.py', 'VALUE = "first"\n')
def use():
    import rmod
    return rmod.VALUE
out = [use() for i in range(3)]
del sys.modules['rmod']
write('rmod.py', 'VALUE = "second"\n')
out += [use() for i in range(3)]
import types
other = types.ModuleType('rmod')
other.VALUE = 'third'
sys.modules['rmod'] = other
out += [use() for i in range(3)]
print(out)

# the module object itself bound globally, then rebound by a re-import
write('rebind.py', 'def who():\n    return "one"\n')
import rebind
def ask():
    return rebind.who()
out = [ask() for i in range(3)]
del sys.modules['rebind']
write('rebind.py', 'def who():\n    return "two"\n')
import rebind
out += [ask() for i in range(3)]
print(out)

# reload through the same `from m import f` names keeps the old objects
write('keep.py', 'def f():\n    return "old f"\n')
from keep import f
import keep
write('keep.py', 'def f():\n    return "new f"\n')
importlib.reload(keep)
print(f(), keep.f())
