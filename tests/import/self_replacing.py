# A module may replace itself in sys.modules while it runs: the import
# statement binds what sys.modules holds when the body is done (IMPORTS.md 3.6).
import sys

with open('chameleon.py', 'w') as f:
    f.write('''
import sys
class Replacement:
    """What the module turns into."""
    def __init__(self, module):
        self._module = module
    def __getattr__(self, name):
        return 'computed ' + name
    def __repr__(self):
        return '<Replacement of %s>' % self._module.__name__
sys.modules[__name__] = Replacement(sys.modules[__name__])
REAL = 'real attribute of the module'
''')
import chameleon
print(chameleon, type(chameleon).__name__, chameleon.anything)
print(chameleon._module.REAL, sys.modules['chameleon'] is chameleon)
from chameleon import whatever
print(whatever)
import chameleon as again
print(again is chameleon)

# replaced by a plain value
with open('becomes_int.py', 'w') as f:
    f.write('import sys\nsys.modules[__name__] = 7\n')
import becomes_int
print(becomes_int)

# replaced by another module object
with open('swapper.py', 'w') as f:
    f.write('import sys, types\nm = types.ModuleType("swapped")\nm.WHO = "the swap"\nsys.modules[__name__] = m\n')
import swapper
print(swapper, swapper.WHO)

# a submodule replacing itself is set on its package as the replacement
import os
os.makedirs('holder', exist_ok=True)
with open('holder/__init__.py', 'w') as f:
    f.write('')
with open('holder/part.py', 'w') as f:
    f.write('import sys\nsys.modules[__name__] = "part replaced"\n')
import holder.part
print(holder.part)
from holder import part
print(part)

# a module deleting itself from sys.modules: the import fails with KeyError
with open('vanisher.py', 'w') as f:
    f.write('import sys\ndel sys.modules[__name__]\n')
try:
    import vanisher
except KeyError as e:
    print(type(e).__name__, e, 'vanisher' in sys.modules)

# replaced, then the import raising: the replacement is removed
with open('replace_then_fail.py', 'w') as f:
    f.write('import sys\nsys.modules[__name__] = "temporary"\nraise ValueError("after replacing")\n')
try:
    import replace_then_fail
except ValueError as e:
    print(type(e).__name__, e, 'replace_then_fail' in sys.modules)
