# `from a import x`: the attribute, else the submodule a.x; the exact
# ImportErrors; `from a import *` (IMPORTS.md 3).
import sys

from kit import tool
print(tool.use(), 'kit.tool' in sys.modules)
from kit import VERSION, other
print(VERSION, other.__name__)

try:
    from kit import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.modules['kit'].__file__, 'KITFILE'), e.name,
          e.path == sys.modules['kit'].__file__)
print('kit.nothing' in sys.modules)

# from a module (not a package): no submodule search
try:
    from starmod import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.modules['starmod'].__file__, 'FILE'))

# from a module without __file__
import types
sys.modules['nofile'] = types.ModuleType('nofile')
try:
    from nofile import x
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
sys.modules['nofile'].__name__ = 42
try:
    from nofile import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules['notamodule'] = 'a string'
try:
    from notamodule import x
except ImportError as e:
    print(type(e).__name__, e)
from notamodule import upper
print(upper())

# from a import * : __all__ (and the submodules it names), else public names
ns = {}
exec('from kit import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
ns = {}
exec('from starmod import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
ns = {}
exec('from tupleall import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
for name in ('badall', 'missingall'):
    try:
        exec('from %s import *' % name, {})
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    exec('def f():\n    from starmod import *\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec('class C:\n    from starmod import *\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg)

class Mapping:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
m = Mapping()
exec('from tupleall import *', {}, m)
print(m.data)

# __import__ fromlist checks
for fromlist in ([5], ['*', 5], ('tool',), ['nothing_here']):
    try:
        print(__import__('kit', fromlist=fromlist).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
sys.modules['kit'].__all__ = ['VERSION', 7]
try:
    __import__('kit', fromlist=['*'])
except TypeError as e:
    print(type(e).__name__, e)
sys.modules['kit.blocked'] = None
try:
    from kit import blocked
except ImportError as e:
    print(type(e).__name__, e)
