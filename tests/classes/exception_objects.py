class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'[{self.code}] {self.msg}'
try:
    raise MyErr(3, 'bad')
except MyErr as e:
    print(e, repr(e), e.args, e.code, vars(e))
class E2(ValueError): pass
e = E2('a', 'b')
print(e, repr(e), e.args, str(E2()), repr(E2()), str(E2('x')))
print(vars(e), e.__dict__)
e.extra = 1
print(vars(e))
for cls in (StopIteration, KeyError, OSError, ImportError, SystemExit, NameError, AttributeError, SyntaxError, UnicodeDecodeError):
    try:
        x = cls()
        print(cls.__name__, vars(x), repr(x))
    except Exception as ex:
        print(cls.__name__, 'err', ex)
s = StopIteration(5); print(s.value, vars(s))
ie = ImportError('m', name='n', path='p'); print(ie.name, ie.path, vars(ie), ie.msg)
oe = OSError(2, 'No such file', 'f.txt'); print(oe.errno, oe.strerror, oe.filename, str(oe), type(oe), vars(oe))
print(repr(OSError(2, 'x')), str(OSError(2, 'x')))
print(type(OSError(2, 'x')).__name__)
se = SystemExit(3); print(se.code, vars(se))
ne = NameError('x', name='q'); print(ne.name, vars(ne))
ae = AttributeError('x', name='n', obj=1); print(ae.name, ae.obj, vars(ae))
ke = KeyError('k'); print(str(ke), repr(ke), str(KeyError('a', 'b')))
print(str(KeyError()), str(KeyError(1)))
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise ValueError('v') from z
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError('w')
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    raise ValueError('n') from None
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
e = ValueError('tb')
print(e.__traceback__)
try:
    raise e
except ValueError as v:
    print(type(v.__traceback__).__name__, v.__traceback__.tb_lineno, v.__traceback__.tb_next)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
print(ZeroDivisionError.__mro__)
print(issubclass(KeyError, LookupError), isinstance(KeyError(), Exception))
e = Exception('a'); e.args = ('b', 'c'); print(e, e.args)
e.args = [1]; print(e.args)
print(Exception().args, Exception(None).args, str(Exception(None)))
print(BaseException.__new__(ValueError).args)
try:
    raise TypeError
except TypeError as t:
    print(repr(t))
def gen():
    yield 1
    return 7
g = gen(); next(g)
try:
    next(g)
except StopIteration as si:
    print(si.value, si.args)
e = Exception(1, 2)
print(e.__reduce__())
print(Exception.__str__(e), Exception.__repr__(e))
class WithNotes(Exception): pass
w = WithNotes('x'); w.add_note('note1')
print(w.__notes__)
print(repr(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
