class Point:
    """A 2-D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Point(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Point(-self.x, -self.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p, repr(p), [p, q], p + q, p * 2, 3 * p, -p, p == Point(1, 2), p != q, p < q, q > p)
print(p.norm2(), Point.norm2(q), p.dims, Point.dims, Point.__doc__, Point.__name__, type(p).__name__)
print(sorted([q, p]), {p: "p"}[Point(1, 2)], len({p, Point(1, 2), q}))
print(p.__dict__, vars(q), hasattr(p, "x"), getattr(p, "z", "none"))
p.z = 5
setattr(p, "w", 6)
print(p.z, p.w, sorted(p.__dict__))
delattr(p, "w")
del p.z
print(hasattr(p, "w"), hasattr(p, "z"))
print(isinstance(p, Point), isinstance(p, object), isinstance(3, (str, int)), issubclass(Point, object))
print(type(p) is Point, p.__class__ is Point, Point.__module__, Point.__qualname__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b = Counter(), Counter()
print(Counter.instances, a.id, b.id)
class Empty:
    pass
e = Empty()
e.anything = [1]
print(e.anything, Empty.__bases__, Empty.__mro__)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(str(object()).startswith("<object object at "), repr(e).startswith("<__main__.Empty object at "))
print(Point.__dict__["dims"], "norm2" in Point.__dict__)
