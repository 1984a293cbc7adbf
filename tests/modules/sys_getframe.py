import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, sys._getframe(1).f_code.co_name, sys._getframe(1).f_globals is globals()
print(f())
from collections import namedtuple
P = namedtuple("P", "x y")
print(P.__module__, P(1, 2))
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
def g():
    return sys._getframe(0).f_back.f_code.co_name
print(g())
