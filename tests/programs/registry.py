"""Decorator-based plugin registry: decorators with and without arguments,
class decorators, functools.wraps-like metadata, dispatch by name."""
import functools

REGISTRY = {}

def register(name=None, *, aliases=()):
    def deco(fn):
        key = name or fn.__name__
        if key in REGISTRY:
            raise KeyError(f"duplicate command {key!r}")
        REGISTRY[key] = fn
        for a in aliases:
            REGISTRY[a] = fn
        fn.command_name = key
        return fn
    if callable(name):
        fn, name = name, None
        return deco(fn)
    return deco

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}{' ' + str(kwargs) if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper

def counted(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls

@register
@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@register("mul", aliases=("times", "x"))
@logged
def multiply(a, b=2):
    return a * b

@register(aliases=["neg"])
def negate(a):
    return -a

@counted
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def dispatch(line):
    name, *args = line.split()
    fn = REGISTRY.get(name)
    if fn is None:
        return f"unknown command {name!r}"
    try:
        return fn(*map(int, args))
    except TypeError as e:
        return f"bad call: {e}"

for line in ["add 2 3", "mul 4", "times 3 5", "x 2 2", "neg 9", "negate 1", "div 1 2", "add 1"]:
    print(line, "=>", dispatch(line))
print(sorted(REGISTRY), add.__name__, add.__doc__, add.command_name, multiply.command_name)
print(add.__wrapped__(10, 20), hasattr(negate, "__wrapped__"))
try:
    @register("add")
    def again(): pass
except KeyError as e:
    print("KeyError:", e)
Point(1, 2); Point(3, 4)
print(Point.instances, Point.__name__)
def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner
@memo
def ways(n, coins):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100, (50, 25, 10, 5, 1)), len(ways.cache))
