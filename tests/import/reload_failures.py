# importlib.reload in all its failure modes (IMPORTS.md 4): each gives
# CPython's exception and leaves sys.modules as CPython does.
import importlib
import os
import sys
import types

def write(name, text):
    with open(name, 'w') as f:
        f.write(text)

def try_reload(label, module):
    try:
        result = importlib.reload(module)
        print(label, '->', 'same module' if result is module else repr(result))
    except Exception as e:
        print(label, '->', type(e).__name__, str(e).replace(os.getcwd(), 'CWD'), getattr(e, 'name', '-'))

# 1. not a module
for junk in (None, 42, 'sys', [], types):
    try_reload('reload(%r)' % (junk if not isinstance(junk, types.ModuleType) else 'types'), junk)
class FakeModule:
    __name__ = 'sys'
try_reload('object named sys', FakeModule())
try_reload('class with __spec__', type('C', (), {'__spec__': sys.__spec__}))

# 2. not in sys.modules / another module under that name
write('target.py', 'X = 1\n')
import target
try_reload('virtual module', types.ModuleType('virtual'))
del sys.modules['target']
try_reload('deleted from sys.modules', target)
sys.modules['target'] = sys
try_reload('another module under its name', target)
sys.modules['target'] = target
print(importlib.reload(target) is target)

# name mismatch: __name__ and __spec__.name disagree
target.__name__ = 'renamed'
try_reload('__name__ changed', target)
target.__spec__.name = 'respec'
try_reload('__spec__.name changed', target)
target.__spec__.name = 'target'
target.__name__ = 'target'
target.__spec__ = None
try_reload('__spec__ None', target)
del target.__spec__
try_reload('__spec__ deleted', target)
del target.__name__
try_reload('no __spec__, no __name__', target)
target.__name__ = 'target'

# 3. a reload inside a reload of the same module returns the module
write('recursive.py', 'import importlib, sys\nCOUNT = globals().get("COUNT", 0) + 1\nif COUNT > 1:\n    print("nested reload returns the module:", importlib.reload(sys.modules[__name__]) is sys.modules[__name__])\n')
import recursive
importlib.reload(recursive)
print('COUNT', recursive.COUNT)

# 4. the parent package is gone
os.makedirs('pkg', exist_ok=True)
write('pkg/__init__.py', 'P = 1\n')
write('pkg/child.py', 'C = 1\n')
import pkg.child
saved = sys.modules.pop('pkg')
try_reload('parent missing', pkg.child)
sys.modules['pkg'] = types.ModuleType('pkg')
try_reload('parent not a package', pkg.child)
sys.modules['pkg'] = saved
try_reload('parent back', pkg.child)

# 5. the file is gone
write('vanish.py', 'V = 1\n')
import vanish
os.remove('vanish.py')
try_reload('file deleted', vanish)
print('vanish in sys.modules:', 'vanish' in sys.modules, vanish.V)

# the file moved: found again wherever sys.path finds it now
os.makedirs('elsewhere', exist_ok=True)
write('elsewhere/vanish.py', 'V = 2\n')
sys.path.insert(0, 'elsewhere')
try_reload('file moved', vanish)
print(vanish.V, vanish.__file__.replace(os.getcwd(), 'CWD'))

# 6. a syntax error leaves the module untouched
write('target.py', 'X = 2\nY = (\n')
try_reload('syntax error', target)
print('X', target.X, 'Y' in vars(target), 'target' in sys.modules)

# 7. an exception midway leaves a mix of new and old, and the module stays
write('target.py', 'X = 3\nNEW = "new"\nraise KeyError("midway")\nLATE = "never"\n')
target.LATE = 'old late'
try_reload('exception midway', target)
print('X', target.X, target.NEW, target.LATE, sys.modules['target'] is target)

# 8. the module replaces itself in sys.modules while reloading
write('target.py', 'import sys\nX = 4\nsys.modules[__name__] = "a replacement"\n')
try_reload('self-replacing', target)
print(target.X)
sys.modules['target'] = target
write('target.py', 'import sys\nX = 5\ndel sys.modules[__name__]\n')
try_reload('self-deleting', target)
print(target.X, 'target' in sys.modules)

# built-in modules reload to themselves
try_reload('reload(sys)', sys)
import math
try_reload('reload(math)', math)

# sys.modules replaced: reload looks at the current one
sys.modules['target'] = target
write('target.py', 'X = 6\n')
original = sys.modules
sys.modules = {}
try_reload('sys.modules rebound to {}', target)
sys.modules = original
print(importlib.reload(target).X)

# sys.meta_path emptied: nothing finds the module any more
saved_meta = sys.meta_path
sys.meta_path = []
try_reload('no finders', target)
sys.meta_path = None
try_reload('meta_path None', target)
sys.meta_path = saved_meta
print(importlib.reload(target).X)
