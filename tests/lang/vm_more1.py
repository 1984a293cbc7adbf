def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    wrapper.__name__ = f.__name__
    return wrapper
@deco
def add(a, b=1):
    return a + b
print(add(1), add(2, b=3), add.__name__)
def deco_args(n):
    def d(f):
        def w(*a):
            return [f(*a)] * n
        return w
    return d
@deco_args(3)
def one(): return 1
print(one())
class Reg:
    items = []
    @classmethod
    def register(cls, f):
        cls.items.append(f.__name__)
        return f
@Reg.register
def x1(): pass
@Reg.register
def x2(): pass
print(Reg.items)
class A:
    def __init__(self):
        self.log = []
    def __getitem__(self, k): return k * 2
    def __setitem__(self, k, v): self.log.append((k, v))
    def __delitem__(self, k): self.log.append(("del", k))
    def __len__(self): return 7
    def __contains__(self, x): return x == 3
    def __iter__(self): return iter([1, 2, 3])
    def __bool__(self): return False
a = A()
a[1] = 2
del a[5]
print(a[4], a.log, len(a), 3 in a, 4 in a, list(a), bool(a), not a)
x, y, z = a
print(x, y, z)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += 100; return self
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __neg__(self): return Num(-self.v)
    def __repr__(self): return f"Num({self.v})"
n = Num(1)
print(n + 1, 1 + n, n + n, -n, Num(1) < Num(2), Num(1) == Num(1), Num(1) != Num(2))
n += 5
print(n, sorted([Num(3), Num(1), Num(2)]), {Num(1): "a"}[Num(1)])
print(sum([Num(1), Num(2)], Num(0)))
class Base:
    def hello(self): return "Base"
class M1(Base):
    def hello(self): return "M1>" + super().hello()
class M2(Base):
    def hello(self): return "M2>" + super().hello()
class D(M1, M2):
    def hello(self): return "D>" + super().hello()
print(D().hello(), [c.__name__ for c in D.__mro__])
class S:
    def __init__(self): self.a = 1
class T(S):
    def __init__(self):
        super(T, self).__init__()
        self.b = 2
t = T()
print(t.a, t.b, vars(t))
class CM:
    @classmethod
    def make(cls): return cls()
class CM2(CM): pass
print(type(CM2.make()).__name__)
class WithNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.created = a
        return inst
print(WithNew(1, 2).created)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
def gen_in_class():
    class G:
        def __iter__(self):
            yield 1
            yield 2
    return list(G())
print(gen_in_class())
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iter()), [x for x in Iter()])
for v in Iter():
    print("v", v)
class CV:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(CV.doubled, CV.total)
class CV2:
    k = 10
    try:
        bad = [k for _ in range(2)]
    except NameError as e:
        err = str(e)
print(CV2.err)
def kwargs_order(**kw): return list(kw)
print(kwargs_order(b=1, a=2, c=3))
print((lambda: (yield))().__class__.__name__)
def ret_tuple(): return 1, 2
a, b = ret_tuple()
print(a, b)
def varargs_only(*args): return args
print(varargs_only(), varargs_only(1), varargs_only(*range(3)))
def annotated(a: int, b: "str" = "x") -> list: return [a, b]
print(annotated.__annotations__, annotated(1))
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": 5}))
ns = {}
exec("def f(): return 42\nz = f()", ns)
print(ns["z"], ns["f"].__module__ if "__name__" in ns else ns["f"].__module__)
exec("print(__name__)")
def local_exec():
    d = {}
    exec("q = 5", globals(), d)
    return d
print(local_exec())
class LocalsInClass:
    a = 1
    b = sorted(locals().keys())
print(LocalsInClass.b)
print(vars(LocalsInClass)["a"])
def nested_gen():
    def inner():
        yield from range(3)
    return [x for x in inner()]
print(nested_gen())
