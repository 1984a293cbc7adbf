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
class A:
    cls_attr = 1
    def __init__(self): self.inst = 2
    def meth(self): pass
print(dir(A()))
print(dir(A))
print(dir(object()))
print(dir(object))
print(dir(1)[:5], len(dir(1)))
print(dir([]))
print(dir({}))
print(dir(''))
class B(A):
    __slots__ = ()
print(dir(B))
print(A.__dict__)
print(type(A.__dict__))
print(list(A.__dict__.keys()))
print(vars(A)['cls_attr'])
try:
    A.__dict__['x'] = 1
except TypeError as e:
    print(e)
def f():
    x = 1; y = 2
    print(dir())
f()
print(sorted(dir())[:3])
import sys
print(dir(sys.modules[__name__]) == dir())
try:
    vars(1)
except TypeError as e:
    print(e)
class D:
    def __dir__(self): return ['z', 'a', 'b']
print(dir(D()))
print(vars(A()))
print(object.__dict__.keys() == type(object.__dict__).keys(object.__dict__))
print(type.__dict__['__dict__'])
print(A.__dict__['meth'], A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(repr(A.__dict__['__dict__']))
