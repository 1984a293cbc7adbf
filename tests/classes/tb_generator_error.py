import sys
class Bad(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise Bad(1, 2)
except Bad as e:
    print(e.args, e.b)
def gen():
    yield 1
    raise KeyError('inner')
for x in gen():
    print(x)
