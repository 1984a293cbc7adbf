from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color))
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED in Color, Color, type(Color))
print([c.name for c in reversed(Color)], Color.__members__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), hash(Color.RED) == hash(Color(1)))
print(f'{Color.GREEN}', f'{Color.GREEN!r}', '%s' % Color.BLUE, format(Color.RED, '>12') + '|')
print({Color.RED: 'r'}[Color.RED], sorted(Color, key=lambda c: -c.value)[0])
for bad in (lambda: Color(7), lambda: Color['PINK'], lambda: Color.RED < Color.BLUE):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 9
except AttributeError as e:
    print(e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print(e)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))

class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    def is_weekend(self):
        return False
    @classmethod
    def first(cls):
        return cls.MONDAY
    def __str__(self):
        return self.name.title()
print(Weekday.MONDAY.is_weekend(), Weekday.first(), repr(Weekday.TUESDAY), f'{Weekday.TUESDAY}')

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
print(Mood('happy'), Mood.FUNKY.describe())
print(dir(Mood.HAPPY))
print(dir(Mood))

class Number(IntEnum):
    ONE = 1
    TWO = 2
print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO * 3, Number.ONE < Number.TWO, Number(2), Number.ONE == 1)
print(f'{Number.TWO}', format(Number.TWO, '03d'), sorted([Number.TWO, Number.ONE]), [1, 2, 3][Number.ONE], int(Number.TWO))
print(isinstance(Number.ONE, int), type(Number.ONE + Number.TWO).__name__, str(Number.ONE), max(Number))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(RW, repr(RW), Perm.R in RW, Perm.X in RW, list(RW), len(RW), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), Perm.R & Perm.W, repr(RW & Perm.R), RW ^ Perm.R, Perm(7), list(Perm))
try:
    Perm(8)
except ValueError as e:
    print(e)

class Access(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
rw = Access.READ | Access.WRITE
print(rw, repr(rw), rw == 3, rw | 8, repr(rw | 8), repr(~Access.READ), list(Access), Access.READ + 1, Access(0))

class Http(StrEnum):
    GET = auto()
    POST = 'post'
print(Http.GET, repr(Http.GET), Http.POST == 'post', Http.GET.upper(), f'{Http.POST}', list(Http))

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.DOG.value, repr(Animal.ANT))
Size = Enum('Size', [('S', 1), ('M', 5)])
print(list(Size), IntEnum('Lvl', ['LO', 'HI'], start=0).HI)
Bits = Flag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C))

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def from_str(cls, s):
        return cls(s)
print(Status.from_str('inactive'), [s.value for s in Status])
print(Color.RED.__class__.__name__, Color.RED._name_, Color.RED._value_, Color._member_names_)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print(e)
