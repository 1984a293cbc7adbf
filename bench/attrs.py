# Attribute and method access on class instances.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def dot(self, other):
        return self.x * other.x + self.y * other.y
acc = Vec(0, 0)
step = Vec(1, 2)
s = 0
for i in range(300000):
    acc = acc.add(step)
    s += acc.dot(step)
print(acc.x, acc.y, s)
