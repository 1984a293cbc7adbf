class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __call__(self, k):
        return [x * k for x in self.xs]
    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)
    def __eq__(self, o):
        return self.xs == o.xs
    def __bool__(self):
        return any(self.xs)
    def __radd__(self, other):
        return Vec(*[other + x for x in self.xs])
    def __iadd__(self, other):
        self.xs.append(other)
        return self
    def __abs__(self):
        return sum(abs(x) for x in self.xs)
    def __lt__(self, o):
        return len(self) < len(o)
v = Vec(1, -2, 3)
print(len(v), v[0], v[-1], 3 in v, 5 in v, list(v), v(2), v, bool(v), bool(Vec(0)))
v[0] = 10
del v[1]
print(v, 1 + v, abs(v))
v += 7
print(v, v == Vec(10, 3, 7), v != Vec(1))
print(sorted([Vec(1, 2), Vec(1)]), max(Vec(1), Vec(1, 2, 3)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        return NotImplemented
    def __repr__(self):
        return "Num(%d)" % self.v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __hash__(self):
        return self.v
print(Num(1) + Num(2), [1, 2, 3, 4][Num(2)], int(Num(5)), float(Num(2)), hex(Num(255)), range(Num(3)))
try:
    Num(1) + 1
except TypeError as e:
    print("TypeError:", e)
class Ctx:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return False
with Ctx() as c:
    print(c)
class Str:
    def __str__(self):
        return "str!"
print(Str(), str(Str()), "%s" % Str(), f"{Str()}", repr(Str()).startswith("<__main__.Str"))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) < Cmp(2), Cmp(3) > Cmp(2), Cmp(2) >= Cmp(2))
try:
    hash(Cmp(1))
except TypeError as e:
    print("TypeError:", e)
