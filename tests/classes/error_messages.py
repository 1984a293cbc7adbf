def check(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class A:
    def __init__(self, x): self.x = x
    def m(self, a, b=1): return a
check(lambda: A())
check(lambda: A(1, 2))
check(lambda: A(1).m())
check(lambda: A(1).m(1, 2, 3))
check(lambda: A(1).m(1, c=2))
check(lambda: A.m(1))
class R:
    def __init__(self): return 5
check(lambda: R())
class BR:
    def __repr__(self): return 5
check(lambda: repr(BR()))
check(lambda: str(BR()))
class BB:
    def __bool__(self): return 1
check(lambda: bool(BB()))
class BL:
    def __len__(self): return -1
check(lambda: len(BL()))
class BL2:
    def __len__(self): return 'x'
check(lambda: len(BL2()))
class BH:
    def __hash__(self): return 'x'
check(lambda: hash(BH()))
class BH2:
    def __hash__(self): return True
check(lambda: hash(BH2()))
class BH3:
    def __hash__(self): return 2**64 + 5
check(lambda: hash(BH3()))
class NoIter:
    __iter__ = None
check(lambda: iter(NoIter()))
check(lambda: 1 in NoIter())
class ContainsViaIter:
    def __iter__(self): return iter([1, 2])
check(lambda: 2 in ContainsViaIter())
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
check(lambda: list(reversed(Rev())))
class Rev2:
    def __reversed__(self): return iter('cba')
check(lambda: list(reversed(Rev2())))
check(lambda: reversed(object()))
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
check(lambda: NewOther())
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
check(lambda: type('C3', (C1, C2), {}))
class X: pass
class Y(X): pass
check(lambda: type('Z', (X, Y), {}))
check(lambda: type('Z', (Y, Y), {}))
check(lambda: type('Z', (int, str), {}))
check(lambda: type('Z', (bool,), {}))
check(lambda: type('Z', (1,), {}))
check(lambda: type('Z'))
check(lambda: type('Z', (), {}, 1))
check(lambda: type('S', (), {'__slots__': ('a',), 'a': 1}))
