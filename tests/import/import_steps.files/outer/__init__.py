print('outer.__init__ runs, __name__ =', __name__, '__package__ =', __package__)
import sys
print('  outer in sys.modules while running:', 'outer' in sys.modules)
