# importlib's public API: import_module, invalidate_caches, reload, and the
# basics of importlib.util and importlib.machinery (IMPORTS.md 5).
import importlib
import importlib.machinery
import importlib.util
import os
import sys

def write(path, text):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

def show(x):
    return repr(x).replace(os.getcwd(), 'CWD')

write('lib1/pkg/__init__.py', 'P = "pkg"\n')
write('lib1/pkg/mod.py', 'M = "mod"\n')
write('lib1/single.py', 'S = "single"\n')
sys.path.insert(0, 'lib1')

# import_module answers the module itself, not the top-level package
m = importlib.import_module('pkg.mod')
print(m.__name__, m.M, 'pkg' in sys.modules, importlib.import_module('pkg') is sys.modules['pkg'])
print(importlib.import_module('.mod', 'pkg') is m, importlib.import_module('..mod', 'pkg.mod') is m)
for bad in (('nope',), ('pkg.nope',), ('single.sub',), (5,), ('',)):
    try:
        importlib.import_module(*bad)
    except Exception as e:
        print(bad, type(e).__name__, e)

# import_module looks at sys.modules as it is now (the import statement at
# the interpreter's own table first)
write('lib1/fresh.py', 'print("fresh runs")\n')
import fresh
saved = sys.modules
sys.modules = dict(saved)
del sys.modules['fresh']
import fresh
importlib.import_module('fresh')
sys.modules = saved

importlib.invalidate_caches()
write('lib1/written_now.py', 'W = 1\n')
print(importlib.import_module('written_now').W)

# importlib.util.find_spec: where a module would come from, without importing
spec = importlib.util.find_spec('single')
print(show(spec).split(' object at')[0], 'single' in sys.modules)
print(spec.name, spec.parent == '', show(spec.origin), spec.has_location, spec.submodule_search_locations)
spec = importlib.util.find_spec('pkg')
print(spec is sys.modules['pkg'].__spec__, show(spec.submodule_search_locations))
spec = importlib.util.find_spec('pkg.mod')
print(spec.name, spec.parent)
print(importlib.util.find_spec('nothing_like_this'), importlib.util.find_spec('pkg.nothing'))
print(show(importlib.util.find_spec('sys')))
print(importlib.util.find_spec('.mod', 'pkg').name)
for args in (('single.x',), ('.mod',), ('nothing.sub',)):
    try:
        importlib.util.find_spec(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
sys.modules['specless'] = type(sys)('specless')
for name in ('specless',):
    try:
        importlib.util.find_spec(name)
    except ValueError as e:
        print(type(e).__name__, e)
del sys.modules['specless'].__spec__
try:
    importlib.util.find_spec('specless')
except ValueError as e:
    print(type(e).__name__, e)
sys.modules['specless'] = None
print(importlib.util.find_spec('specless'))

# loading a file by hand
write('elsewhere/by_hand.py', 'import sys\nNAME = __name__\nIN_SYS = __name__ in sys.modules\n')
spec = importlib.util.spec_from_file_location('by_hand', 'elsewhere/by_hand.py')
print(show(spec).split(' object at')[0], spec.has_location)
module = importlib.util.module_from_spec(spec)
print(module, list(vars(module)))
spec.loader.exec_module(module)
print(module.NAME, module.IN_SYS, 'by_hand' in sys.modules)
sys.modules['by_hand'] = module
try:
    importlib.reload(module)        # sys.path does not lead to it
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.append('elsewhere')
print(importlib.reload(module) is module)
print(importlib.util.spec_from_file_location('data', 'elsewhere/data.txt'))
write('elsewhere/hpkg/__init__.py', 'H = 1\n')
spec = importlib.util.spec_from_file_location('hpkg', 'elsewhere/hpkg/__init__.py')
print(show(spec.submodule_search_locations), spec.parent)
spec = importlib.util.spec_from_file_location('hpkg', os.path.abspath('elsewhere/hpkg/__init__.py'),
                                              submodule_search_locations=None)
print(spec.submodule_search_locations)
spec = importlib.util.spec_from_loader('made', None, origin='made up')
print(show(spec), spec.has_location)
print(importlib.util.resolve_name('.x', 'a.b'), importlib.util.resolve_name('x', None))
try:
    importlib.util.resolve_name('.x', None)
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.util.decode_source(b'a = 1\r\nb = 2\r\n'))

# importlib.machinery
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, PathFinder
print(ModuleSpec, SourceFileLoader, BuiltinImporter, PathFinder)
print(importlib.machinery.SOURCE_SUFFIXES, '.py' in importlib.machinery.all_suffixes())
s = ModuleSpec('a.b.c', None)
print(s, s.parent, s.has_location, s.cached, s.origin)
s.name = 'q'
print(s.parent)
s = ModuleSpec('pk', 'LOADER', origin='here', is_package=True, loader_state={'x': 1})
print(s, s.parent, s.loader_state)
s.has_location = True
print(s.has_location, s == ModuleSpec('pk', 'LOADER', origin='here', is_package=True),
      s == ModuleSpec('other', None), s == 'a string')
s.cached = 'cache'
print(s.cached)
try:
    s.parent = 'x'
except AttributeError as e:
    print(type(e).__name__)
print(show(PathFinder.find_spec('single')).split(' object')[0], PathFinder.find_spec('sys'))
print(BuiltinImporter.find_spec('sys'), BuiltinImporter.find_spec('single'), BuiltinImporter.find_spec('sys', ['x']))
loader = SourceFileLoader('single', os.path.abspath('lib1/single.py'))
print(loader.get_source('single'), loader.is_package('single'))
code = loader.get_code('single')
ns = {}
exec(code, ns)
print(ns['S'])
print(importlib.import_module('sys') is sys, importlib.__import__('os') is os)
print(sorted(importlib.__all__))
