# Relative imports resolve against __package__ (IMPORTS.md 3.1).
import sys
import app
print(app.TOP, app.core.NAME, app.helper.shout('hi'), app.shout is app.helper.shout)
print(app.core.settings is app.settings, app.core.settings.DEBUG)
import app.core.deep.leaf as leaf
print(leaf.PKG, leaf.VALUE, leaf.sibling.VALUE, leaf.settings is app.settings,
      leaf.helper is leaf.same_helper)

for name in ('toofar', 'missing', 'missing_attr'):
    try:
        __import__('app.core.deep.' + name)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(app.__path__[0], 'APP'))
    print('  app.core.deep.%s in sys.modules:' % name, 'app.core.deep.' + name in sys.modules)

# relative imports from the main script: no parent package
for stmt in ('from . import x', 'from .x import y', 'from .. import z'):
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt, '->', type(e).__name__, e)

# __import__ with level: the package comes from the globals given
def rel(name, globs, fromlist=None, level=1):
    try:
        m = __import__(name, globs, None, fromlist, level)
        print(repr(name), level, '->', m.__name__)
    except Exception as e:
        print(repr(name), level, '->', type(e).__name__, e)

rel('helper', {'__package__': 'app.core'})
rel('helper', {'__package__': 'app.core'}, ['shout'])
rel('', {'__package__': 'app.core'}, ['helper'])
rel('deep.leaf', {'__package__': 'app.core'})
rel('deep.leaf', {'__package__': 'app.core'}, ['x'])
rel('settings', {'__package__': 'app.core'}, None, 2)
rel('settings', {'__name__': 'app.core.helper'}, None, 2)
rel('helper', {'__name__': 'app.core', '__path__': []})
rel('helper', {'__spec__': app.core.__spec__})
rel('helper', {'__package__': None, '__spec__': app.core.deep.leaf.__spec__}, None, 2)
rel('x', {'__package__': 'app'}, None, 3)
rel('x', {'__package__': ''})
rel('x', {'__package__': 42})
rel('x', {'__spec__': None, '__name__': 7})
rel('x', {})
rel('x', None)
rel('x', [])
rel('x', {'__package__': 'app'}, None, -1)
rel('', {'__package__': 'app'}, None, 0)

import importlib
print(importlib.import_module('.helper', 'app.core').__name__)
print(importlib.import_module('..settings', 'app.core').__name__)
print(importlib.import_module('.core.deep', 'app').__name__)
for args in (('.helper',), ('.helper', ''), ('...x', 'app.core'), ('', None), ('.x', 5)):
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(args, '->', type(e).__name__, e)
