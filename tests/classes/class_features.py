class Meta(type):
    pass
class Shape:
    sides = 0
    registry = []
    def __init_subclass__(cls, **kw):
        Shape.registry.append(cls.__name__)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"
    @staticmethod
    def area_unit():
        return "m2"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
print(Shape.registry, Triangle.describe(), Square().describe(), Square.area_unit())
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v)
Dyn = type("Dyn", (Shape,), {"sides": 7, "hello": lambda self: "hi from Dyn"})
print(Dyn().hello(), Dyn.describe(), Dyn.__name__, Dyn.__bases__[0].__name__)
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = WithClassAttr(), WithClassAttr()
a.add(1); b.add(2)
print(WithClassAttr.items, a.items is b.items)
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def walk(self):
        yield self.val
        for c in self.children:
            yield from c.walk()
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()))
class Base:
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
class P(Base):
    def __init__(self):
        self.x, self.y = 1, "two"
print(P(), [P()])
print(Triangle.__mro__[1] is Shape, Shape.__subclasses__() if hasattr(Shape, "__subclasses__") else None)
class Meta2(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta2"
        return super().__new__(mcls, name, bases, ns)
class UsesMeta(metaclass=Meta2):
    pass
print(UsesMeta.created_by, type(UsesMeta).__name__)
class ClassVarCounter:
    n = 0
    def __init__(self):
        type(self).n += 1
ClassVarCounter(); ClassVarCounter()
print(ClassVarCounter.n)
