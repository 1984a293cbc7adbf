from functools import singledispatchmethod, partialmethod, singledispatch
class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
print(Neg().neg(5), Neg().neg(True))
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)
@singledispatch
def fun(arg, verbose=False):
    return 'default'
@fun.register
def _(arg: list, verbose=False):
    return 'list'
print(fun([1]), fun(1), fun.dispatch(list).__name__ if hasattr(fun, 'dispatch') else '')
