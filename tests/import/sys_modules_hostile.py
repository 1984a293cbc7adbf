# Hostile edits of sys.modules never crash: the worst is a Python exception.
import sys

def write(name, text):
    with open(name, 'w') as f:
        f.write(text)

def attempt(label, source):
    try:
        exec(source, {})
        print(label, 'ok')
    except BaseException as e:
        print(label, type(e).__name__, e)

write('fresh1.py', 'X = 1\n')
write('fresh2.py', 'X = 2\n')
write('fresh3.py', 'X = 3\n')
import fresh1
saved = sys.modules

# rebinding to something that is not a dict
for junk in (5, None, 'text', [1, 2]):
    sys.modules = junk
    attempt('cached after sys.modules = %r:' % (junk,), 'import fresh1')
    attempt('fresh after sys.modules = %r:' % (junk,), 'import fresh2')
sys.modules = saved
print('fresh2' in sys.modules)

# a dict subclass and a mapping-like object
class Tracking(dict):
    def __setitem__(self, key, value):
        print('  set', key)
        dict.__setitem__(self, key, value)
sys.modules = Tracking(saved)
import fresh2
print('fresh2' in sys.modules, 'fresh2' in saved)
sys.modules = saved

# deleting it
del sys.modules
attempt('cached, sys.modules deleted:', 'import fresh1')
attempt('fresh, sys.modules deleted:', 'import fresh3')
attempt('relative, sys.modules deleted:', 'from . import x')
sys.modules = saved

# deleting sys and builtins from it
del sys.modules['sys']
import sys as sys2
print(type(sys2).__name__, sys2.modules is saved)
del saved['builtins']
print(len('still works'), 'builtins' in sys.modules)
import builtins
print(builtins.len('abc'))
sys.modules['builtins'] = builtins
sys.modules['sys'] = sys

# deleting __main__ from it
main = sys.modules.pop('__main__')
print('__main__' in sys.modules, __name__)
sys.modules['__main__'] = main

# clearing it entirely, then importing again
snapshot = dict(sys.modules)
sys.modules.clear()
import fresh1 as again
print(again.X, 'fresh1' in sys.modules, again is fresh1)
sys.modules.update(snapshot)

# storing odd values under names, odd keys
sys.modules[42] = 'number key'
sys.modules['weird'] = 0
import weird
print(weird)
del sys.modules[42]

# a module that deletes sys.modules while importing
write('vandal.py', 'import sys\ndel sys.modules\nX = "vandal"\n')
try:
    import vandal
except Exception as e:
    print(type(e).__name__, e)
sys.modules = saved
print('vandal' in sys.modules)
write('vandal2.py', 'import sys\nsys.modules = {}\nX = "vandal2"\n')
try:
    import vandal2
except KeyError as e:
    print('KeyError', e)
sys.modules = saved
print('vandal2' in saved, saved['vandal2'].X)
print('done')
