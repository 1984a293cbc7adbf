class Pt:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
p = Pt(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
print(Pt.x, type(Pt.x))
print(Pt.__slots__)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Pt3(Pt):
    __slots__ = ('z',)
q = Pt3(1, 2); q.z = 5
print(q.x, q.y, q.z)
class WithDict(Pt):
    pass
w = WithDict(1, 2); w.k = 9; print(w.__dict__)
# descriptors
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)
    def __delete__(self, obj):
        print('delete', self.name)
class U:
    a = Desc()
    b = Desc()
u = U()
print(u.a)
u.a = 4
print(u.a, u._a, vars(u))
del u.a
print(type(U.a).__name__)
class NonData:
    def __get__(self, obj, t):
        return 'nondata'
class V:
    nd = NonData()
v = V()
print(v.nd)
v.__dict__['nd'] = 'inst'
print(v.nd)
# __getattr__ / __getattribute__
class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        return 'missing:' + name
g = G()
print(g.real, g.foo)
class GA:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('nope')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
ga = GA()
print(ga.secret)
class SA:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
sa = SA()
sa.q = 1
print(sa.q)
del sa.q
try:
    del sa.q
except AttributeError as e:
    print(e)
class Plain: pass
try:
    Plain().nope
except AttributeError as e:
    print(e)
try:
    del Plain().nope
except AttributeError as e:
    print(e)
print(getattr(Plain(), 'x', 'dflt'))
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    [].x
except AttributeError as e:
    print(e)
try:
    int.foo
except AttributeError as e:
    print(e)
try:
    Plain.foo
except AttributeError as e:
    print(e)
try:
    int.x = 1
except TypeError as e:
    print(e)
