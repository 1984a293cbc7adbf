class D:
    def __set_name__(self, owner, name):
        raise ValueError('nope')
try:
    class C:
        x = D()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
class Meta(type):
    def __new__(m, n, b, ns):
        ns['added'] = 1
        return super().__new__(m, n, b, ns)
class K(metaclass=Meta): pass
print(K.added)
class P:
    def __init_subclass__(cls, required):
        cls.required = required
try:
    class Q(P): pass
except TypeError as e:
    print(e)
class Q2(P, required=5): pass
print(Q2.required)
