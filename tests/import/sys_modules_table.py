# sys.modules is a plain dict; the interpreter keeps its own reference to the
# dict it started with (IMPORTS.md 2).
import sys

print(type(sys.modules).__name__, sys.modules['sys'] is sys, sys.modules['__main__'].__name__)
with open('alpha.py', 'w') as f:
    f.write('print("running alpha")\nVALUE = "alpha"\n')
import alpha
import alpha
print('alpha' in sys.modules, sys.modules['alpha'] is alpha)

# item deletion forces a fresh import; the old module object lives on
old = alpha
del sys.modules['alpha']
import alpha
print(alpha is old, alpha.VALUE, old.VALUE)

# assignment: any object is what `import name` binds
sys.modules['number'] = 42
import number
print(number)
class Thing:
    attr = 'thing attribute'
sys.modules['thing'] = Thing
from thing import attr
print(attr)
sys.modules['thing'] = Thing()
import thing
print(type(thing).__name__)

# None blocks an import
sys.modules['blocked'] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked import x
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['alpha'] = None
try:
    import alpha
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['alpha']

# the interpreter's own reference: sys.modules rebound to a copy
import alpha
copy = dict(sys.modules)
original = sys.modules
sys.modules = copy
del sys.modules['alpha']
import alpha as again
print(again is alpha, 'alpha' in sys.modules)
with open('beta.py', 'w') as f:
    f.write('print("running beta")\n')
import beta
print('beta' in copy, 'beta' in original)
sys.modules = original
print('beta' in sys.modules)
import beta
print('beta' in sys.modules)

# a parent package missing from a rebound sys.modules: the import statement
# finds the parent in the interpreter's own table but not in sys.modules;
# importlib.import_module imports the parent again into the new table
import os
os.makedirs('holder', exist_ok=True)
for name in ('__init__', 'a', 'b'):
    with open('holder/%s.py' % name, 'w') as f:
        f.write('')
import holder
import importlib
sys.modules = dict(original)
del sys.modules['holder']
try:
    import holder.a
except KeyError as e:
    print(type(e).__name__, e)
importlib.import_module('holder.b')
print('holder' in sys.modules, sys.modules['holder'] is holder, 'holder' in original)
sys.modules = original
