def check(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class E(Exception):
    def __init__(self, a, b): self.a = a
print(repr(E(1, 2)), str(E(1, 2)), E(1, 2).args)
check(lambda: Exception(x=1))
check(lambda: ValueError(1, x=2))
class KW(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
print(repr(KW('m', code=3)), KW('m', code=3).code)
def catch_bad():
    try:
        1 / 0
    except 5:
        pass
check(catch_bad)
def catch_bad2():
    try:
        1 / 0
    except (ZeroDivisionError, 5):
        return 'caught'
check(catch_bad2)
def raise_bad():
    raise 5
check(raise_bad)
def raise_cls():
    raise ValueError
check(raise_cls)
def raise_from_bad():
    raise ValueError from 5
check(raise_from_bad)
class NotExc: pass
def raise_notexc():
    raise NotExc
check(raise_notexc)
print(repr(Exception((1, 2))), str(Exception((1, 2))), str(Exception('a', 'b')), repr(ValueError()))
print(str(KeyError('k')), str(KeyError(('a',))), str(KeyError()), repr(KeyError('k')))
print(str(OSError()), str(OSError('x')), str(OSError(1, 'two', 'three', None, 'four')), repr(OSError(13, 'perm')))
print(str(ImportError('m')), repr(ImportError('m', name='n')), str(ModuleNotFoundError("No module named 'x'", name='x')))
print(str(SyntaxError('msg', ('f.py', 3, 4, 'text', 3, 5))), repr(SyntaxError('msg')))
e = SyntaxError('invalid', ('file.py', 10, 2, 'x = = 1\n', 10, 4)); print(e.filename, e.lineno, e.offset, repr(e.text), e.msg, e.end_lineno)
print(str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')), str(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'no')))
print(StopIteration(1, 2).value, SystemExit(1, 2).code, SystemExit().code)
print(isinstance(FileNotFoundError(), OSError))
try:
    raise ValueError('a')
except ValueError as err:
    e2 = err
print(e2, e2.__traceback__ is not None)
def f():
    try:
        raise TypeError('inner')
    finally:
        print('finally ran')
check(f)
class CtxErr(Exception):
    pass
try:
    try:
        raise CtxErr('first')
    except CtxErr as e1:
        raise RuntimeError('second')
except RuntimeError as e2:
    print(repr(e2.__context__), e2.__cause__, e2.__suppress_context__)
e = ValueError(); e.__cause__ = KeyError(); print(e.__suppress_context__)
check(lambda: setattr(ValueError(), '__cause__', 5))
check(lambda: setattr(ValueError(), '__context__', 5))
check(lambda: ValueError().with_traceback(5))
print(BaseException.__module__, ValueError.__qualname__, ValueError.__mro__, ValueError.__doc__)
print(dir(ValueError()))
print(dir(OSError()))
