# Source is re-read on every import after `del sys.modules[...]` and on every
# reload: no cache keyed on the file's time or size may serve stale code.
# The file changes several times within one second, keeping its size.
import importlib
import os
import sys

def write(value):
    with open('quick.py', 'w') as f:
        f.write('VALUE = %d\n' % value)

write(1)
import quick
sizes = {os.path.getsize('quick.py')}
seen = [quick.VALUE]
for value in (2, 3):
    write(value)
    sizes.add(os.path.getsize('quick.py'))
    del sys.modules['quick']
    import quick
    seen.append(quick.VALUE)
for value in (4, 5):
    write(value)
    importlib.reload(quick)
    seen.append(quick.VALUE)
for value in (6, 7):
    write(value)
    del sys.modules['quick']
    seen.append(importlib.import_module('quick').VALUE)
for value in (8, 9):
    write(value)
    del sys.modules['quick']
    seen.append(__import__('quick').VALUE)
print(seen, len(sizes))

# a package's __init__ and a submodule, both rewritten
os.makedirs('pk', exist_ok=True)
for value in (1, 2):
    with open('pk/__init__.py', 'w') as f:
        f.write('INIT = %d\n' % value)
    with open('pk/sub.py', 'w') as f:
        f.write('SUB = %d\n' % value)
    for name in ('pk', 'pk.sub'):
        sys.modules.pop(name, None)
    import pk.sub
    print(pk.INIT, pk.sub.SUB)

# reload of a package re-runs __init__ only
with open('pk/__init__.py', 'w') as f:
    f.write('INIT = 3\n')
with open('pk/sub.py', 'w') as f:
    f.write('SUB = 3\n')
importlib.reload(pk)
print(pk.INIT, pk.sub.SUB, sys.modules['pk.sub'].SUB)
importlib.reload(pk.sub)
print(pk.sub.SUB)

# a module written, imported, deleted and written again as a package
with open('shape.py', 'w') as f:
    f.write('KIND = "module"\n')
import shape
print(shape.KIND)
os.remove('shape.py')
os.makedirs('shape', exist_ok=True)
with open('shape/__init__.py', 'w') as f:
    f.write('KIND = "package"\n')
importlib.reload(shape)
print(shape.KIND, shape.__file__.endswith('__init__.py'), hasattr(shape, '__path__'))
