# object builtins: getattr family, dir, vars, id, hash, callable, isinstance, issubclass, type, repr, ascii
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    cls_attr = 1
    def __init__(self): self.x = 5
    def m(self): return "m"
p = P()
print(getattr(p, "x"), getattr(p, "y", "dflt"), getattr(p, "cls_attr"), getattr(P, "m")(p), getattr(p, "m")(), hasattr(p, "x"), hasattr(p, "zz"))
t(getattr, p, "zz")
t(getattr, p, 5)
t(getattr, p)
t(getattr, p, "x", 1, 2)
t(hasattr, p, 5)
setattr(p, "y", 10); print(p.y, vars(p))
t(setattr, p, 5, 1)
t(setattr, p, "y")
t(setattr, 5, "y", 1)
t(setattr, "s", "upper", 1)
t(setattr, object(), "a", 1)
delattr(p, "y"); print(hasattr(p, "y"))
t(delattr, p, "y")
t(delattr, p, 1)
t(delattr, p)
t(getattr, 5, "foo")
t(getattr, P, "foo")
t(getattr, "abc", "foo")
print(vars(P)["cls_attr"], "m" in vars(P), type(vars(P)).__name__, sorted(vars(p)))
t(vars, 5)
t(vars, p, p)
print([n for n in dir(p) if not n.startswith("__")], "x" in dir(p), "upper" in dir("a"), dir(P) == sorted(dir(P)), "append" in dir([]))
class WithDir:
    def __dir__(self): return ["b", "a"]
print(dir(WithDir()))
t(dir, 1, 2)
print(id(p) == id(p), id(1) == id(1), type(id(p)).__name__, hash(5), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(None) is not None)
class H:
    def __hash__(self): return 2**70
class HB:
    def __hash__(self): return "x"
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
print(hash(H()) == hash(2**70))
t(hash, HB())
t(hash, NoHash())
t(hash, EqOnly())
t(hash, [1])
t(hash, {})
print(callable(len), callable(p), callable(P), callable(p.m), callable(5), callable(lambda: 0), callable("a".upper), callable(type))
t(callable)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(p, P), isinstance(P, type),
      isinstance(1, object), isinstance(int, object), isinstance([], (list, tuple)), isinstance(1.0, int))
t(isinstance, 1, 5)
t(isinstance, 1, (int, 5))
t(isinstance, 1)
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(P, P), issubclass(P, object), issubclass(type, object))
t(issubclass, 1, int)
t(issubclass, int, 1)
t(issubclass, int, (1,))
print(type(1), type("a"), type(p), type(P), type(type), type(None), type(len), type(p.m), type([].append), type(lambda: 0).__name__)
t(type)
t(type, 1, 2)
t(type, "X", 1, {})
X = type("X", (P,), {"z": 3})
print(X.__name__, X().z, X().x, X.__mro__, X.__bases__, type("Y", (), {})().__class__.__name__)
print(repr(1), repr("a"), repr([1, "a"]), repr(p.__class__), ascii("é"), ascii(["ü"]), ascii(1), repr(len), repr(int), repr(print))
class R:
    def __repr__(self): return "R()"
class BadR:
    def __repr__(self): return 5
print(repr(R()), str(R()), [R()], f"{R()!r}", ascii(R()))
t(repr, BadR())
class BadS:
    def __str__(self): return None
t(str, BadS())
t(repr)
print(chr(65), ord("A"), chr(0x10FFFF) == "\U0010ffff", ord(b"a"), ord(bytes([200])))
t(ord, b"ab")
print(format(5), format(5, ""), format("x", "^3"), format(1.5), format([1]), format(None), format(p.__class__)[:8])
print(object().__class__, repr(object)[:15], type(object()).__name__, object.__doc__[:10], object.__name__)
t(object, 1)
t(object().__setattr__, "a", 1)
print(globals()["P"] is P, "t" in globals(), type(globals()).__name__, locals() is globals())
def loc(a, b=2):
    c = 3
    return locals()
print(loc(1), sorted(loc(0)))
