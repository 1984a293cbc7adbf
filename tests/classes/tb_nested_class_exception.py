class Outer:
    class InnerError(Exception):
        pass
def f():
    class Local(ValueError): pass
    raise Local('local')
try:
    f()
except ValueError as e:
    print(type(e), type(e).__qualname__, repr(e))
try:
    raise Outer.InnerError('x')
except Exception as e:
    print(type(e), repr(e))
class K:
    x = [i for i in range(3)]
    def __repr__(self):
        raise RuntimeError('repr fail')
try:
    print(K())
except RuntimeError as e:
    print('caught', e)
raise Outer.InnerError('boom')
