def side(x):
    print("eval", x)
    return x
if side(1) < side(2) < side(3):
    print("chain true")
if not side(3) < side(2) < side(5):
    print("chain false")
while side(0) > side(1) > side(2):
    pass
print(side(5) if side(1) < side(2) < side(0) else "no")

class A:
    __x = 1
    def get(self):
        def inner():
            return self.__x
        return inner()
    def lst(self):
        return [self.__x for _ in range(2)]
print(A().get(), A().lst(), A._A__x)

class _Under:
    __y = 2
print(_Under._Under__y)

try:
    g = (x for x in 1)
except TypeError as e:
    print("eager", e)

def gen_lazy():
    return (x for x in [1, 2] if undefined_name)
gl = gen_lazy()
try:
    next(gl)
except NameError as e:
    print("lazy", e)

class M:
    def __init__(self):
        self.v = [1, 2]
    def doubled(self):
        return [v * 2 for v in self.v], {k: self for k in "a"}["a"] is self
print(M().doubled())

def glob_exc():
    global e
    try:
        raise ValueError("g")
    except ValueError as e:
        pass
e = 1
glob_exc()
try:
    e
except NameError as err:
    print("global e deleted", err)

def cell_exc():
    try:
        raise KeyError("c")
    except KeyError as ex:
        fn = lambda: ex
        val = fn()
    try:
        fn()
    except NameError as err:
        print(type(err).__name__, err)
    return val
print(repr(cell_exc()))

def loop_ret():
    for i in range(5):
        try:
            with open(__file__) as f:
                if i == 2:
                    return i, f.closed
        except OSError:
            pass
    return None
r = loop_ret()
print(r)

def local_import():
    import math
    from math import pi as PI
    return math.floor(PI)
print(local_import())

class Outer:
    class Inner:
        def who(self):
            return __class__.__name__
    def who(self):
        return __class__.__name__
print(Outer().who(), Outer.Inner().who())

def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
def posonly(a, b=5, /):
    return a, b
print(posonly(1), posonly(1, 2))

x = 10
def shadow():
    x = 1
    def inner():
        global x
        return x
    return inner()
print(shadow())

def nl_chain():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2()
        return a
    return l1(), l1()
print(nl_chain())

def starred_ret():
    a = [1, 2]
    return *a, 3
print(starred_ret())
def yield_star():
    yield *[1, 2], 3
print(list(yield_star()))
print([*"ab", *{"c": 1}])
print({**{"a": 1}, "b": 2, **{"a": 3}})
i = 0
while (i := i + 1) < 3:
    print("walrus loop", i)
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print((lambda: [x for x in range(2)])())
def default_uses_global(v=x):
    return v
print(default_uses_global())
print(type(lambda: 0).__name__)
assert True, "never"
nums = [3, 1, 2]
nums.sort(key=lambda n: -n)
print(nums)
def multi_assign():
    a = b = c = []
    a.append(1)
    return b, c
print(multi_assign())
print(1 if 0 else 2 if 0 else 3)
print(not 1 == 2, not (1 and 0), (not 1) == 0)
print(-3 ** 2, 2 ** -2, (-8) // 3, 7 / 2)
z = 5
z += 1; z -= 2; z *= 3; z //= 2; z %= 4
print(z)
print(f"{'nested' + f'{1+1}'}")
