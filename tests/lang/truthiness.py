for v in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]:
    print(repr(v), bool(v))
class Empty:
    pass
class WithLen:
    def __len__(self):
        return 0
class WithBool:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(WithLen()), bool(WithBool()))
print(None is None, [] is [], "a" == "a")
a = [1]
b = a
print(a is b, a is not [1], a == [1])
print(True == 1, False == 0, hash(True) == hash(1))
print(1 if [] else 2, [] or "empty", 0.0 or 0 or "last")
