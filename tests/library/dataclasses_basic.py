from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, make_dataclass, InitVar, KW_ONLY
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p.x, Point(5), Point(y=3, x=4))
print(Point.__doc__, Point.__init__.__qualname__, Point.__match_args__, Point.__hash__)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)], fields(p)[1].default)
print(asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)

@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    hidden: int = field(default=0, compare=False)
a = Inventory('a'); b = Inventory('a')
a.tags.append('x')
print(a, b, a.tags is b.tags, Inventory('z', hidden=5) == Inventory('z', hidden=6))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
vs = [Version(1, 2), Version(0, 9), Version(1, 0, 'rc')]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5), hash(Version(1, 2)) == hash(Version(1, 2, 'x')))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print(e)
print({Version(1): 'one'}[Version(1)])

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    def total(self): return self.x + self.y + self.z
d = Derived(1, z=5)
print(d, d.total(), [f.name for f in fields(d)], isinstance(d, Base))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])

@dataclass
class Nested:
    p: Point
    pts: list
n = Nested(Point(1, 2), [Point(3, 4)])
print(asdict(n), astuple(n), n)

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass(unsafe_hash=True)
class Hashable:
    v: int
print(hash(Hashable(3)) == hash((3,)), len({Hashable(1), Hashable(1)}))
@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(KW(1, b=2), KW(1, c=5))
try:
    KW(1, 2)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 2
print(AllKW(x=1), AllKW.__doc__)
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'double': lambda self: self.x * 2})
print(C(2), C(2).double(), C.__name__)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))
@dataclass
class Selfish:
    items: list = field(default_factory=list)
    def add(self, v):
        self.items.append(v)
        return self
print(Selfish().add(1).add(2))
@dataclass
class Rec:
    name: str
    child: 'Rec' = None
r = Rec('a'); r.child = r
print(r)
class ClassVarHolder:
    pass
print(dataclasses.MISSING is not None, repr(field(default=1).default))
try:
    replace(p, z=1)
except TypeError as e:
    print(e)
try:
    asdict(Point)
except TypeError as e:
    print(e)
