# Circular imports see the partial module registered before its body runs.
import sys

import ca
print(ca.A, sys.modules['cb'].B)

for name in ('fa', 'ga', 'ring', 'selfimport'):
    try:
        __import__(name)
    except ImportError as e:
        print('%s: %s: %s' % (name, type(e).__name__, str(e).replace(sys.path[0], 'CWD')))
        print('   name=%s, path is a file: %s' % (e.name, str(e.path).endswith('.py')))
    print('   left in sys.modules:', sorted(k for k in sys.modules if k[:2] in ('fa', 'fb', 'ga', 'gb', 'ri', 'se')))

import late_ok
print(late_ok.EARLY, late_ok.LATE)

# a partially initialised module answers attribute errors in the circular form
import types
half = types.ModuleType('half')
half.__spec__ = types.SimpleNamespace(_initializing=True, name='half')
try:
    half.missing
except AttributeError as e:
    print(e)
half.__spec__._initializing = False
try:
    half.missing
except AttributeError as e:
    print(e)
