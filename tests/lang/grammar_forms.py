print(0xff, 0o17, 0b1011, 1_000_000, 0x_ff, 1e3, 1E-2, .5, 5., 1_0.2_5, 0.0, 00)
print(rb'\n', Rb'x', BR'y', u'uni', rf'{1}\n', fR"{2}\t", r'\'', '\x41\u00e9\101\N{BULLET}' if False else '\x41\u00e9\101')
f1 = lambda *, k: k
f2 = lambda a, /, b=2: (a, b)
f3 = lambda *a, **k: (a, k)
print(f1(k=1), f2(1), f2(1, b=3), f3(1, 2, z=3))
def ret_star(a, b):
    return *a, *b
def yield_star(a):
    yield *a, 1
print(ret_star([1], (2, 3)), list(yield_star("xy")))
for x in *[1, 2], *"ab":
    print(x, end=" ")
print()
class Idx:
    def __getitem__(self, k): return k
print(Idx()[1, 2], Idx()[1:2, ::3], Idx()[...], Idx()[()], Idx()[:, 1])
a = [1, 2]
print(Idx()[*a], Idx()[*a, 3])
x = 1
del (x)
y1 = y2 = 1
del [y1, y2]
y3, y4 = 1, 2
del (y3, y4)
print("deleted", "x" in globals(), "y1" in globals())
print([y := 5, y ** 2], y)
data = iter([3, 2, 1, 0])
while (item := next(data)) != 0:
    print("item", item, end="; ")
print()
print({k: (v := k * 2) for k in range(3)}, v)
class Btn:
    def __init__(self): self.clicked = self
    def connect(self, fn): print("connected", fn.__name__); return fn
buttons = [Btn()]
@buttons[0].clicked.connect
def on_click(): pass
@(lambda fn: fn)
def plain(): return "plain"
print(plain())
é = "unicode ident"
ñame_2 = 2
print(é, ñame_2)
s = "line one \
continued"
print(s, ...)
print(1 if True else 2, [i for i in range(3) if i if i > 0], (lambda: (yield))() is not None)
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** -1, ~5, +-+1, 7 // -2, -7 % 3, 2 ** 3 ** 2)
print(1 < 2 == 2 > 1, 1 < 2 > 3, "a" < "b" < "c", 3 in [3] in [[3]], not not 0)
print(True + True, None or "d", 0 and 1, [] or {}, "" or 0 or None, 1 and 2 and 3)
if (n := len("four")) > 3: print("walrus if", n)
try:
    pass
except:
    pass
else:
    print("else ran")
finally:
    print("finally ran")
class K(object, metaclass=type): pass
print(K.__mro__)
def kwonly(a, *, b, c=3, **rest): return a, b, c, rest
print(kwonly(1, b=2, d=4))
def posonly(a, b, /, c): return a, b, c
print(posonly(1, 2, c=3))
print(*[1, 2], *(3,), sep="-", end="!\n")
print(type(...).__name__, ... is Ellipsis, type(NotImplemented).__name__)
x = [1, 2, 3, 4, 5, 6]
print(x[::2], x[::-1], x[-2:], x[:-2], x[1:5:2], x[5:1:-2], x[100:], x[-100:2])
x[1:3] = [9, 9, 9]
x[::2] = [0] * 4
print(x)
t = 1,
print(t, (1), (), ((),), [*()])
print(f"{'nested' + f'{1 + 1}'}", 'it''s', "adjacent" 'literals')
global_var = 0
def use_global():
    global global_var
    global_var += 1
use_global(); use_global()
print(global_var)
print(0 == -0, 0.1 + 0.2 == 0.3, round(2.5), round(3.5), round(-0.5), round(1.25, 1), divmod(-7, 2), pow(2, 10, 1000))
assert isinstance(1, int), "never"
print(int("10", 2), int("ff", 16), int(" 42 "), float(" 1.5 "), str(b"x"), bytes([65, 66]), bool([]), list("ab"))
