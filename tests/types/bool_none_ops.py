# bool, None, NotImplemented and Ellipsis
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(True + True, True * 3, True / 2, -True, ~True, ~False, True & False, True | False, True ^ True, True & 1, True << 2, abs(True))
print(type(True & False).__name__, type(True & 1).__name__, type(True + 0).__name__, type(True ^ False).__name__, type(-True).__name__)
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(0), bool(range(0)), bool({}))
print(str(True), repr(False), int(True), float(False), True == 1, False == 0, True is True, hash(True), hash(False), True > False, max(True, 2))
print(f"{True}", "%s %d %r" % (True, True, False), format(True, ">6"), format(False, "d"), "{:x}".format(True), True.real, True.numerator)
t(bool, 1, 2)
t(bool, x=1)
t(lambda: type("B", (bool,), {}))
class Z:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class BadB:
    def __bool__(self): return 1
class BadL:
    def __len__(self): return -1
print(bool(Z()), bool(L()), not Z(), "y" if L() else "n")
t(bool, BadB())
t(bool, BadL())
print(None, repr(None), str(None), type(None).__name__, None is None, None == None, None != 0, hash(None) == hash(None), bool(None))
t(lambda: None < None)
t(lambda: None + 1)
nn = None
t(lambda: nn())
t(lambda: None.x)
t(lambda: nn[0])
t(lambda: len(None))
t(lambda: iter(None))
t(type(None))
print(type(None)() is None, NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, Ellipsis, ..., type(...).__name__, ... is Ellipsis)
print(True.__class__, bool.__mro__, bool.__base__, isinstance(False, int), True.__and__(False), True.__or__(1), (True).__add__(1), True.bit_length())
print(sum([True, True, False]), sorted([True, False, 2, -1]), [True] * 2, {True: "a", 1: "b"}, {False, 0, 0.0})
x = True; x += 1; print(x, type(x).__name__)
print(not 1, not 0, not None, not [], 1 and 2, 0 and 2, 1 or 2, 0 or "", None or [] or 0, [] and 5)
