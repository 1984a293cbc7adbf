from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator
import io, sys

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('p') as t:
    print('inside', t)
try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    {}['x']
print('after swallow')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)

@tag('deco')
def decorated(x):
    print('running', x)
    return x * 2
print(decorated(5))
print(tag.__name__, type(tag('a')).__name__)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')

class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print(v)
with nullcontext():
    print('null')

class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
buf = Out()
with redirect_stdout(buf):
    print('hidden', 1)
print('captured', repr(''.join(buf.parts)))

with ExitStack() as stack:
    for n in ('a', 'b'):
        stack.enter_context(tag(n))
    stack.callback(print, 'callback ran')
    print('body')
def cleanup(*a):
    print('cleanup', a[0].__name__ if a[0] else None)
    return True
with ExitStack() as st:
    st.push(cleanup)
    raise OSError('ignored')
print('after exitstack')
with ExitStack() as st:
    st.callback(print, 'moved')
    other = st.pop_all()
print('before close')
other.close()

class mycontext(ContextDecorator):
    def __enter__(self):
        print('Starting'); return self
    def __exit__(self, *exc):
        print('Finishing'); return False
@mycontext()
def function():
    print('The bit in the middle')
function()
