# Module objects: their attributes, reprs, specs and loaders (IMPORTS.md 1).
import sys
import types


def shown(obj):
    """repr without the memory addresses CPython puts in loader reprs."""
    text = repr(obj)
    while ' object at 0x' in text:
        start = text.index(' object at 0x')
        end = start + len(' object at 0x')
        while text[end] in '0123456789abcdef':
            end += 1
        text = text[:start] + text[end:]
    return text


with open('plainmod.py', 'w') as f:
    f.write('"""The docstring."""\nX = 1\ndef f():\n    return X\n')
import plainmod

print(type(plainmod), type(plainmod) is types.ModuleType)
print(shown(plainmod).replace(plainmod.__file__, 'FILE'))
print(list(vars(plainmod)))
print(plainmod.__name__, repr(plainmod.__package__), plainmod.__doc__)
print(plainmod.__file__.endswith('/plainmod.py'), plainmod.__file__.startswith('/'))
print(type(plainmod.__builtins__).__name__, plainmod.__builtins__ is vars(__builtins__))
print(plainmod.__dict__ is vars(plainmod), plainmod.f.__globals__ is plainmod.__dict__)

# the spec: a ModuleSpec with CPython's attributes and repr
spec = plainmod.__spec__
print(type(spec), type(spec).__name__)
print(shown(spec).replace(plainmod.__file__, 'FILE'))
print(spec.name, repr(spec.parent), spec.origin == plainmod.__file__, spec.has_location,
      spec.submodule_search_locations, spec.loader_state)
print(sorted(vars(spec)))
print(spec.loader is plainmod.__loader__, spec == spec)

# the loader: a SourceFileLoader
loader = plainmod.__loader__
print(type(loader), shown(loader))
print(vars(loader) == {'name': 'plainmod', 'path': plainmod.__file__})
print(loader.get_filename('plainmod') == plainmod.__file__, loader.is_package('plainmod'))
print(repr(loader.get_source('plainmod')))
print(loader.get_data(plainmod.__file__))
print(type(loader.get_code('plainmod')).__name__)
try:
    loader.get_filename('other')
except ImportError as e:
    print('ImportError:', e, e.name)

# built-in modules
print(sys, shown(sys.__spec__), sys.__loader__)
print(sys.__spec__.origin, sys.__spec__.has_location, repr(sys.__spec__.parent))
print(sys.__loader__.is_package('sys'), sys.__loader__.get_source('sys'))
try:
    sys.__loader__.is_package('plainmod')
except ImportError as e:
    print('ImportError:', e)

# modules made by hand
m = types.ModuleType('virtual')
print(m, list(vars(m).items()))
m2 = types.ModuleType('withdoc', 'a doc')
print(m2.__doc__, m2)
m.__file__ = '/somewhere/virtual.py'
print(m)
m.__loader__ = sys.__loader__
print(m)
del m.__loader__
print(m)
del m.__file__
m.__loader__ = 'a loader'
print(m)
m.__spec__ = types.SimpleNamespace(name='fake', origin='somewhere', loader=None, has_location=False)
print(m)
m.__spec__.has_location = True
print(m)
m.__spec__.origin = None
print(m)
del m.__name__, m.__spec__, m.__loader__
print(m)
try:
    types.ModuleType(5)
except TypeError as e:
    print('TypeError:', e)

# attribute access: a dict write, errors with CPython's messages
m = types.ModuleType('attrs')
m.x = 1
vars(m)['y'] = 2
print(m.x, m.y, sorted(k for k in vars(m) if not k.startswith('__')))
del m.x
print(hasattr(m, 'x'))
try:
    m.nope
except AttributeError as e:
    print('AttributeError:', e)
try:
    del m.nope
except AttributeError as e:
    print('AttributeError:', e)
try:
    plainmod.missing
except AttributeError as e:
    print('AttributeError:', e)
del m.__name__
try:
    m.nope
except AttributeError as e:
    print('AttributeError:', e)

# PEP 562: module __getattr__ and __dir__
with open('lazy.py', 'w') as f:
    f.write('''
def __getattr__(name):
    if name == 'answer':
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (custom)")
def __dir__():
    return ['answer', 'zeta', 'alpha']
present = 'here'
''')
import lazy
print(lazy.answer, lazy.present, getattr(lazy, 'nothing', 'default'))
try:
    lazy.nothing
except AttributeError as e:
    print('AttributeError:', e)
from lazy import answer
print(answer, dir(lazy))
try:
    from lazy import nothing
except ImportError as e:
    print('ImportError:', str(e).replace(lazy.__file__, 'FILE'))

# globals() inside a module is the module's dict
with open('globs.py', 'w') as f:
    f.write('G = globals()\n')
import globs
print(globs.G is vars(globs), globs.G['__name__'])
print(sys.modules['__main__'].__dict__ is globals(), __name__)

# the dict of a module is fixed for its life
try:
    m.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
try:
    del m.__dict__
except AttributeError as e:
    print('AttributeError:', e)

# subclasses of ModuleType, in sys.modules too
class Loud(types.ModuleType):
    def shout(self):
        return self.__name__.upper()
loud = Loud('loud', 'a loud module')
sys.modules['loud'] = loud
import loud as again
print(again is loud, again.shout(), loud, loud.__doc__, isinstance(loud, types.ModuleType))
print(dir(types.ModuleType('d')))
