# What a failed import leaves behind: the failing module's name goes, the
# modules it imported successfully stay; a SyntaxError leaves nothing
# (IMPORTS.md 3.4-3.5).
import os
import sys

def write(name, text, mode='w'):
    with open(name, mode) as f:
        f.write(text)

def state(*names):
    return ' '.join('%s:%s' % (n, n in sys.modules) for n in names)

write('helper_ok.py', 'print("helper_ok runs")\n')
write('raises.py', 'import helper_ok\nimport sys\nsys.modules["planted"] = sys\nSTARTED = True\nraise ValueError("raised in the body")\n')
for attempt in (1, 2):
    try:
        import raises
    except ValueError as e:
        print('attempt', attempt, type(e).__name__, e)
    print(' ', state('raises', 'helper_ok', 'planted'))
    del sys.modules['planted']
try:
    raises
except NameError as e:
    print(type(e).__name__, e)

# the exception's traceback reaches into the module
try:
    import raises
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append(os.path.basename(tb.tb_frame.f_code.co_filename))
        tb = tb.tb_next
    print(frames[0], frames[-1])

# a module that raises something other than an Exception
write('exits.py', 'import sys\nsys.exit(3)\n')
try:
    import exits
except SystemExit as e:
    print('SystemExit', e.code, state('exits'))

# syntax errors: nothing is left behind, the error says where
write('broken.py', 'x = 1\ndef f(:\n    pass\n')
for attempt in (1, 2):
    try:
        import broken
    except SyntaxError as e:
        print(type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno, state('broken'))
write('indented.py', 'x = 1\n  y = 2\n')
try:
    import indented
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)

# a syntax error in a submodule leaves the package imported
os.makedirs('pkg_bad', exist_ok=True)
write('pkg_bad/__init__.py', 'OK = True\n')
write('pkg_bad/sub.py', 'def (\n')
try:
    import pkg_bad.sub
except SyntaxError as e:
    print(type(e).__name__, state('pkg_bad', 'pkg_bad.sub'), hasattr(sys.modules['pkg_bad'], 'sub'))

# an error in a package's __init__ removes only the package
os.makedirs('pkg_fail', exist_ok=True)
write('pkg_fail/__init__.py', 'from . import good\nraise RuntimeError("init failed")\n')
write('pkg_fail/good.py', 'G = 1\n')
try:
    import pkg_fail.good
except RuntimeError as e:
    print(type(e).__name__, e, state('pkg_fail', 'pkg_fail.good'))

# a failing submodule is not set on its package
os.makedirs('pkg_sub', exist_ok=True)
write('pkg_sub/__init__.py', '')
write('pkg_sub/bad.py', '1 / 0\n')
try:
    from pkg_sub import bad
except ZeroDivisionError as e:
    print(type(e).__name__, e, state('pkg_sub', 'pkg_sub.bad'), hasattr(sys.modules['pkg_sub'], 'bad'))

# a binary file and one with bytes that are not UTF-8
write('binary.py', b'\x7fELF\x02\x01\x01\x00\x00\x00', 'wb')
write('latin.py', b'name = "caf\xe9"\n', 'wb')
for name in ('binary', 'latin'):
    try:
        __import__(name)
        print(name, 'imported?')
    except SyntaxError as e:
        print(name, type(e).__name__, state(name))

# a file that cannot be read (as root it can: either way, no crash and the
# module is in sys.modules exactly when the import worked; where os has no
# chmod the files stay readable)
chmod = getattr(os, 'chmod', lambda path, mode: None)
write('secret.py', 'S = "read anyway"\n')
chmod('secret.py', 0)
try:
    import secret
    outcome = 'imported'
except PermissionError as e:
    outcome = 'denied'
print(('secret' in sys.modules) == (outcome == 'imported'))
chmod('secret.py', 0o644)

# a directory that cannot be listed is skipped like any other
os.makedirs('locked', exist_ok=True)
write('locked/inlocked.py', 'X = 1\n')
chmod('locked', 0)
sys.path.insert(0, 'locked')
try:
    import inlocked
    outcome = 'imported'
except ImportError as e:
    outcome = 'not found'
print(('inlocked' in sys.modules) == (outcome == 'imported'))
chmod('locked', 0o755)

# a module file deleted after its import: the module lives on
write('gone.py', 'G = "still here"\n')
import gone
os.remove('gone.py')
print(gone.G)
del sys.modules['gone']
try:
    import gone
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
