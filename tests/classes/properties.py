class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls, c):
        t = cls()
        t.celsius = c
        return t
t = Temp.make(100)
print(t.celsius, t.fahrenheit, Temp.unit(), t.unit(), type(Temp.__dict__["unit"]).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Temp):
    pass
s = Sub.make(5)
print(type(s).__name__, s.celsius)
class Lazy:
    def __getattr__(self, name):
        return "computed " + name
l = Lazy()
l.real = 1
print(l.real, l.other)
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        object.__setattr__(self, name, value)
g = Guard()
g.ok = 1
try:
    g._no = 2
except AttributeError as e:
    print(e, g.ok)
class Slotted:
    __slots__ = ()
print(isinstance(property(), property), Temp.celsius.__class__.__name__)
