class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (puppy of %d)" % self.age
d = Dog("rex")
p = Puppy("bit", 1)
print(d.speak(), d.kind(), p.speak(), p.kind(), p.name)
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), Puppy.__mro__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.mro()], Z.__bases__)
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, len(ml), ml.total(), isinstance(ml, list), type(ml).__name__, ml[1:3])
class MyDict(dict):
    def __missing__(self, key):
        return "missing " + repr(key)
md = MyDict(a=1)
print(md["a"], md["b"], md)
class Base:
    def __init__(self):
        self.log = ["base"]
class Mixin:
    def extra(self):
        return "mixin"
class Child(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("child")
c = Child()
print(c.log, c.extra())
print(super(Dog, d).kind())
class MyErr(ValueError):
    pass
try:
    raise MyErr("custom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
