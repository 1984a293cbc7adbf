# The import statement calls builtins.__import__, so replacing it hooks
# every import; sys.meta_path finders are asked before sys.path is searched.
import builtins
import sys

original = builtins.__import__
with open('hooked.py', 'w') as f:
    f.write('H = "hooked module"\n')

def tracing(name, globals=None, locals=None, fromlist=(), level=0):
    if not name.startswith('_'):    # not CPython's own imports of _io & co
            print('  __import__(%r, fromlist=%r, level=%r, globals are a dict: %s)'
              % (name, fromlist, level, type(globals) is dict))
    return original(name, globals, locals, fromlist, level)

builtins.__import__ = tracing
import hooked
from hooked import H
import hooked as alias
def inside():
    import sys
    from . import nothing
try:
    inside()
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = original

# a hook returning junk: the statement binds whatever it returns
builtins.__import__ = lambda *args: 42
import anything
print(anything)
try:
    from anything_else import real
except AttributeError as e:
    print(type(e).__name__, e)
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = lambda *args: None
try:
    from nothing import x
except ImportError as e:
    print(type(e).__name__, e)

# a hook that raises
def refuse(name, *args):
    raise RuntimeError('imports are off: ' + name)
builtins.__import__ = refuse
try:
    import sys
except RuntimeError as e:
    print(type(e).__name__, e)
builtins.__import__ = 'not callable'
try:
    import sys
except TypeError as e:
    print(type(e).__name__, e)
del builtins.__import__
try:
    import sys
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = original
import sys
print('restored', __import__('sys') is sys)

# __import__ called directly
print(__import__('hooked').H, __import__('hooked', fromlist=['H']).H)
try:
    __import__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__(b'sys')
except TypeError as e:
    print(type(e).__name__, e)

# a finder on sys.meta_path: asked first, may answer with its own spec
import importlib
import importlib.util
class Finder:
    def __init__(self):
        self.asked = []
    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name == 'virtual_mod':
            return importlib.util.spec_from_loader(name, Loader())
        return None
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.MADE_BY = 'Loader.exec_module'
        print('  exec_module', module.__name__, module.__spec__.name, type(module.__loader__).__name__)
finder = Finder()
sys.meta_path.insert(0, finder)
import virtual_mod
print(virtual_mod.MADE_BY, virtual_mod.__spec__.origin, 'virtual_mod' in sys.modules)
import hooked
with open('found_later.py', 'w') as f:
    f.write('X = 1\n')
import found_later
print(finder.asked)
sys.meta_path.remove(finder)

# a loader that fails removes the module again
class FailingLoader(Loader):
    def exec_module(self, module):
        raise LookupError('loader failed')
class FailingFinder:
    def find_spec(self, name, path, target=None):
        if name == 'fails':
            return importlib.util.spec_from_loader(name, FailingLoader())
sys.meta_path.insert(0, FailingFinder())
try:
    import fails
except LookupError as e:
    print(type(e).__name__, e, 'fails' in sys.modules)

# a loader whose create_module makes the module
class Creator(Loader):
    def create_module(self, spec):
        import types
        m = types.ModuleType('made')
        m.CREATED = True
        return m
class CreatorFinder:
    def find_spec(self, name, path, target=None):
        if name == 'created':
            return importlib.util.spec_from_loader(name, Creator())
sys.meta_path.insert(0, CreatorFinder())
import created
print(created.__name__, created.CREATED, created.MADE_BY)

# a finder of the old protocol: find_module and load_module (PEP 302)
class OldStyle:
    def find_module(self, name, path=None):
        return self if name == 'oldstyle' else None
    def load_module(self, name):
        import types
        module = sys.modules[name] = types.ModuleType(name)
        module.HOW = 'load_module'
        return module
sys.meta_path.insert(0, OldStyle())
import oldstyle
print(oldstyle.HOW, oldstyle.__package__ == '', type(oldstyle.__loader__).__name__,
      oldstyle.__spec__.name, list(sys.modules)[-1])
import hooked
# a finder with neither find_spec nor find_module
sys.meta_path.insert(0, object())
import hooked
with open('after_object.py', 'w') as f:
    f.write('Y = 2\n')
try:
    import after_object
except AttributeError as e:
    print(type(e).__name__, e)
del sys.meta_path[0]
import after_object
print(after_object.Y)

# reloading modules made by such loaders asks them again
sys.meta_path.insert(0, finder)
print(importlib.reload(virtual_mod) is virtual_mod)
sys.meta_path.insert(0, OldStyle())
oldstyle.HOW = 'changed'
print(importlib.reload(oldstyle) is oldstyle, sys.modules['oldstyle'].HOW)
