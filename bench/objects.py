# Objects: methods, properties, inheritance, closures and exceptions in functions.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError
    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    @property
    def diameter(self):
        return 2 * self.r
    def area(self):
        return 3.14159 * self.r * self.r
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
def main():
    shapes = []
    for i in range(60000):
        shapes.append(Rect(i % 7 + 1, i % 5 + 1) if i % 2 else Circle(i % 3 + 1))
    total = 0.0
    for s in shapes:
        total += s.area()
    diam = sum(s.diameter for s in shapes if isinstance(s, Circle))
    inc = make_counter()
    for i in range(100000):
        inc(2)
    errors = 0
    for i in range(30000):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            d = {"a": 1}
            d["b" if i % 3 == 1 else "a"]
        except (ValueError, KeyError):
            errors += 1
    print(round(total, 2), diam, inc(0), errors, shapes[3].describe())
main()
