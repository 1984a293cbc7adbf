from abc import ABC, ABCMeta, abstractmethod
import abc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s

class Half(Shape):
    def area(self): return 1

print(Square(3).describe(), Square(2).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), type(Shape), type(Square))

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    name = 'impl'
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 'h'
print(Impl.make().name, Impl.helper())

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, 'draw')
        return NotImplemented
class Pic:
    def draw(self): pass
print(isinstance(Pic(), Drawable), issubclass(int, Drawable), issubclass(Pic, Drawable))

class Sized2(ABC): pass
Sized2.register(list)
@Sized2.register
class Mine: pass
print(isinstance([], Sized2), issubclass(list, Sized2), isinstance(Mine(), Sized2), isinstance({}, Sized2), Mine.__name__)
try:
    Sized2.register(3)
except TypeError as e:
    print(e)
print(isinstance(abc.get_cache_token(), int))
print(Shape.describe.__name__, getattr(Shape.area, '__isabstractmethod__', False))
class Partial(Shape):
    def area(self): return 0
Partial.perimeter = lambda self: 0
abc.update_abstractmethods(Partial)
print(Partial().perimeter())
print([n for n in dir(Square) if 'abc' in n])
