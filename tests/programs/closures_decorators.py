def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def counter(start=0, step=1):
    value = start - step
    def nxt():
        nonlocal value
        value += step
        return value
    return nxt
c = counter(10, 5)
print(c(), c(), c())
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def log_calls(prefix):
    def deco(f):
        def wrapped(*args, **kw):
            result = f(*args, **kw)
            print(prefix, f.__name__, args, kw, "->", result)
            return result
        return wrapped
    return deco
@log_calls("LOG")
def add(a, b=0):
    return a + b
add(1, b=2)
add(3)
def class_deco(cls):
    cls.tagged = True
    return cls
@class_deco
class K:
    pass
print(K.tagged)
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = 1
    def a():
        return x
    x = 2
    return a
print(outer()())
