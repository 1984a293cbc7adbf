# Where import looks (IMPORTS.md 3.3): sys.path in order, in each directory a
# package before a module, a bare directory as a namespace package only when
# nothing else matches; sys.path entries that are not strings are skipped.
import os
import sys

def write(path, text):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

print(sys.path[0] == os.getcwd(), all(type(p) is str for p in sys.path))

# the first directory of sys.path that has the name wins
write('first/shadow.py', 'WHERE = "first"\n')
write('second/shadow.py', 'WHERE = "second"\n')
sys.path[:0] = ['first', 'second']
import shadow
print(shadow.WHERE, shadow.__file__ == os.path.join(os.getcwd(), 'first', 'shadow.py'))
del sys.modules['shadow']
sys.path.remove('first')
sys.path.append('first')
import shadow
print(shadow.WHERE)

# a package beats a module in the same directory
write('both/dual/__init__.py', 'KIND = "package"\n')
write('both/dual.py', 'KIND = "module"\n')
sys.path.insert(0, 'both')
import dual
print(dual.KIND, type(dual.__path__).__name__, dual.__spec__.parent)

# a module in a later directory beats a bare directory in an earlier one
write('early/later_wins/readme.txt', 'not python\n')
write('late/later_wins.py', 'KIND = "module"\n')
sys.path[:0] = ['early', 'late']
import later_wins
print(later_wins.KIND)

# a bare directory alone: a namespace package (CPython 3.11)
write('early/bare/sub.py', 'S = "sub of a namespace package"\n')
import bare
print(bare.__file__, bare.__spec__.origin, bare.__spec__.loader is bare.__loader__,
      type(bare.__loader__).__name__, bare.__spec__.has_location)
print(repr(bare.__path__).replace(os.getcwd(), 'CWD'), len(bare.__path__), list(bare.__path__) == [os.path.join(os.getcwd(), 'early', 'bare')])
print(repr(bare).startswith("<module 'bare' (<_frozen_importlib_external.NamespaceLoader object at 0x"))
import bare.sub
print(bare.sub.S, bare.sub.__package__)

# one namespace package spread over two directories
write('early/spread/one.py', 'N = 1\n')
write('late/spread/two.py', 'N = 2\n')
import spread.one, spread.two
print(spread.one.N + spread.two.N, len(spread.__path__))

# sys.path entries that are not strings are skipped
write('weird/oddpath.py', 'OK = True\n')
sys.path[:0] = [None, 42, b'weird', ('weird',), 'weird']
import oddpath
print(oddpath.OK)

# relative and odd spellings of directories
write('rel/deeper/relmod.py', 'R = "relative"\n')
sys.path.insert(0, 'rel/deeper/')
import relmod
print(relmod.R, relmod.__file__ == os.path.join(os.getcwd(), 'rel', 'deeper', 'relmod.py'))
sys.path.insert(0, './rel')
import deeper.relmod
print(deeper.__spec__.origin, deeper.relmod.__file__.replace(os.getcwd(), 'CWD'))

# a file written a moment ago is found at once
write('late/justnow.py', 'NOW = "just written"\n')
import justnow
print(justnow.NOW)

# directories named like modules but holding only non-Python files
write('data/resources/file.txt', 'data')
sys.path.insert(0, 'data')
import resources
print(resources.__file__, list(resources.__path__) == [os.path.join(os.getcwd(), 'data', 'resources')])
try:
    import resources.file
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# a file named like a module but not ending in .py, and a .py directory
write('data/notpy.txt', 'X = 1\n')
os.makedirs('data/dirpy.py', exist_ok=True)
for name in ('notpy', 'dirpy'):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)

# sys.path replaced by something that is not a list
saved = sys.path
sys.path = ('first',)
import shadow as again
print(again is shadow)
del sys.modules['shadow']
import shadow
print(shadow.WHERE)
for junk in (None, 5):
    sys.path = junk
    try:
        import never_there
    except Exception as e:
        print(type(e).__name__, e)
del sys.path
try:
    import never_there
except Exception as e:
    print(type(e).__name__, e)
sys.path = saved
import sys as still
print(still is sys)
