import functools
from functools import partial, reduce, wraps, update_wrapper, lru_cache, cache, total_ordering, cmp_to_key, cached_property

def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
print(square(5), square(3, exp=3), partial(power, 2)(10), partial(power, 2, mod=5)(10))
p = partial(power, 2, 3)
print(p.func is power, p.args, p.keywords, p())
pp = partial(partial(max, 1), 5)
print(pp.func, pp.args, pp(3), pp(10))
print(repr(partial(max, 1, key=abs)).replace(repr(max), 'MAX'))
try:
    partial(3)
except TypeError as e:
    print(e)
class Mul:
    def __init__(self, k): self.k = k
    def __call__(self, x): return self.k * x
print(list(map(partial(Mul(3)), [1, 2])))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)

def deco(f):
    @wraps(f)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return f(*args, **kw) * 2
    return wrapper
@deco
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__, add.__module__)
def other(): pass
def target():
    "tdoc"
target.attr = 5
update_wrapper(other, target)
print(other.__name__, other.__doc__, other.attr, other.__wrapped__ is target)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache
def sq(x):
    print('computing', x)
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info(), sq.__name__)
print(sq.cache_info().hits, sq.cache_info()._asdict() if hasattr(sq.cache_info(), '_asdict') else '')
@lru_cache(maxsize=2)
def ident(x):
    print('miss', x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info(), ident.cache_parameters())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@cache
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info())
@lru_cache()
def kw(a, b=1, **k): return (a, b, sorted(k.items()))
print(kw(1), kw(1, b=2), kw(a=1), kw(1, c=3), kw.cache_info())
class C:
    @lru_cache
    def method(self, x):
        print('method miss')
        return x + 1
c = C(); print(c.method(1), c.method(1))

@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, other): return self.parts == other.parts
    def __lt__(self, other): return self.parts < other.parts
    def __repr__(self): return 'V%s' % (self.parts,)
a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == b, sorted([b, a]), max(a, b))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(1) >= G(2), G(2) <= G(2))
try:
    @total_ordering
    class N: pass
except ValueError as e:
    print(e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2))

class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def total(self):
        print('computing total')
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
print(type(Data.total).__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

from functools import singledispatch
@singledispatch
def describe(x): return 'object'
@describe.register(int)
def _(x): return 'int %d' % x
@describe.register(list)
def _(x): return 'list of %d' % len(x)
print(describe(1), describe([1, 2]), describe('s'), describe(True))
