_print = print
def print(*args, **kw):
    # addresses differ between runs: mask them
    def clean(a):
        s = str(a)
        while ' at 0x' in s:
            i = s.index(' at 0x') + 4
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            s = s[:i] + 'ADDR' + s[j:]
        return s
    _print(*[clean(a) for a in args], **kw)
import types
print(types.UnionType, int | None, type(int | str) is types.UnionType)
print(isinstance(3, int | str), issubclass(bool, int | str))
print(dir())
def f(a, b=2):
    c = 3
    print(dir())
f(1)
class K:
    x = 1
    print(dir())
print(type(NotImplemented).__name__, type(...).__name__, type(None).__name__)
print(repr(type(None)), type(None)())
print(object.__dict__['__init__'], object.__init__, type(object.__init__))
print(int.__add__, (1).__add__, type((1).__add__))
print(str.join, type(str.join), 'a'.join)
print(len, type(len))
print(dict.fromkeys)
print(K.__dict__['x'], type(K.__dict__))
print(int.__dict__['real'], type(int.__dict__['real']))
print(staticmethod(len), classmethod(len))
print(property())
print(types.SimpleNamespace(a=1, b='x'))
ns = types.SimpleNamespace(a=1); ns.b = 2; print(ns, ns == types.SimpleNamespace(a=1, b=2))
print(types.MappingProxyType({'a': 1}))
mp = types.MappingProxyType({'a': 1}); print(mp['a'], len(mp), list(mp), mp.get('z'), 'a' in mp)
m = types.ModuleType('mm'); print(m, m.__name__)
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.GeneratorType)
def g(): yield
print(type(g()), repr(g())[:30])
print(type(iter([])), type(iter(())), type(iter({})), type(iter(range(3))), type(iter('')))
print(type({}.keys()), type({}.values()), type({}.items()))
print({}.keys(), {'a': 1}.items(), {'a': 1}.values())
print(type(zip()), type(map(str, [])), type(filter(None, [])), type(enumerate([])), type(reversed([])))
print(range(3), range(1, 5, 2), slice(1, 2), slice(None), frozenset(), set(), frozenset({1}))
print(type(f.__code__), f.__code__.co_name)
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__)
print(K.__init__, K.__init__ is object.__init__)
print(types.MethodType(lambda self: self, 5)())
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
print(C.m, C.sm, C().sm)
print(C.cm.__self__, C.cm.__func__.__name__, C().m.__func__ is C.m)
print(C.m.__name__, C.m.__qualname__, C().m.__name__)
print(type(C().m).__name__, type(C.cm).__name__)
print(isinstance(C.__dict__['cm'], classmethod))
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(types.GenericAlias if hasattr(types, 'GenericAlias') else None)
print(list[int], dict[str, int], type(list[int]))
