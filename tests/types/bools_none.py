print(True, False, None, type(True), type(None), bool(), bool(0), bool("x"))
print(True and False, True or False, not True, True & False, True | False, True ^ True)
print(isinstance(True, int), issubclass(bool, int), True + 1, int(True), str(False), repr(None))
print(None == None, None is None, None != 0, [None] * 2, hash(None) == hash(None))
print(NotImplemented, Ellipsis, ..., type(...).__name__)
def f():
    pass
print(f(), f() is None)
