class A:
    pass
class B:
    def __repr__(self):
        return "B()"
print(repr(A).startswith("<class '__main__.A'"), A, B(), [B(), B()], {1: B()}, (B(),))
print(int, type, object, type(A), type(B()))
print(str(A.__name__), A.__qualname__, A.__module__)
def func():
    pass
print(repr(func).startswith("<function func at 0x"), repr(len), repr([].append).startswith("<built-in method append of list object at"))
print(repr(A.__init__) if False else "", str(type(func)), str(type(len)), repr(None), repr(...))
print(repr(1.0), repr(-0.0), repr(1e-10), repr(2 ** 70), repr("a'b"), repr(b"a'b"), repr(b'"'))
print(repr(range(3)), repr(slice(1, None)), repr(frozenset()), repr(set()), repr({}), repr(()), repr([]))
print(repr(ValueError("x")), repr(KeyError("k")), repr(StopIteration()), str(ValueError()))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner).endswith("Outer.Inner'>"))
