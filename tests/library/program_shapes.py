import random, textwrap, string, copy
from abc import ABC, abstractmethod
from contextlib import contextmanager
random.seed(2024)
class Shape(ABC):
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @abstractmethod
    def area(self): ...
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(f"{k}={v}" for k, v in vars(self).items())})'
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return round(3.14159 * self.r ** 2, 3)
shapes = []
for _ in range(6):
    kind = random.choice(['rect', 'circle'])
    args = [random.randint(1, 9) for _ in range(2 if kind == 'rect' else 1)]
    shapes.append(Shape.registry[kind](*args))
print(shapes)
print(sorted(shapes, key=lambda s: s.area())[:3])
try:
    Shape()
except TypeError as e:
    print(e)
@contextmanager
def section(title):
    print(f'== {title} ==')
    yield
    print('== end ==')
with section('report'):
    text = ' '.join(random.choice(['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur']) for _ in range(40))
    print(textwrap.fill(text, 40, initial_indent='> ', subsequent_indent='  '))
pw = ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(12))
print(pw, random.sample(range(100), 4), random.uniform(0, 1))
deck = [r + s for r in '23456789TJQKA' for s in 'shdc']
random.shuffle(deck)
hand = sorted(deck[:5]); print(hand, random.choices(deck, k=3))
s2 = copy.deepcopy(shapes); s2[0].__dict__.clear(); print(shapes[0], type(s2[0]).__name__)
