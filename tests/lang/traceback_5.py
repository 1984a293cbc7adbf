def outer():
    def inner():
        lambda_ = lambda q: q / 0
        return lambda_(1)
    return inner()
with open(__file__) as f:
    pass
class C:
    @property
    def p(self):
        return self.missing
try:
    C().p
except AttributeError as e:
    print(e)
print(1, end="")
print()
outer()
