"""copy: shallow and deep copies of objects.

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively, keeping shared and cyclic references shared
(the `memo` dict maps id(original) -> copy).  A class can take over with
__copy__ / __deepcopy__(memo), or with __reduce_ex__ / __getstate__ /
__setstate__ as pickle does.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatible name


# Objects that are their own copy.
_atomic = {type(None), int, float, bool, str, bytes, type, range, slice,
           type(Ellipsis), type(NotImplemented), types.BuiltinFunctionType,
           types.FunctionType, property, types.CodeType}
try:
    _atomic.add(complex)
except NameError:       # molt has no complex numbers
    pass


def copy(x):
    """A new object holding the same items/attributes as x."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, _reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    """A copy of x whose items/attributes are copied too, recursively."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # a tuple that held itself through a list was copied meanwhile
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, _reduce(x, cls))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # the originals must outlive the copy: their ids are memo keys
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- the reduce protocol ---------------------------------------------------------

_object_reduce_ex = object.__reduce_ex__
_object_reduce = object.__reduce__


def _reduce(x, cls):
    """(callable, args, state, listitems, dictitems) describing x."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is not None and reductor is not _object_reduce:
            rv = reductor(x)
        else:
            rv = _default_reduce(x, cls)
    if isinstance(rv, str):
        return None
    if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
        raise Error("__reduce__ must return a tuple of 2 to 6 items")
    return rv


def _default_reduce(x, cls):
    # what object.__reduce_ex__(4) gives in CPython, for classes defined in
    # Python (over object or a builtin container)
    if cls.__module__ == 'builtins' and cls not in (object,):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
    else:
        args = _builtin_base_args(x, cls)
    state = _getstate(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _builtin_base_args(x, cls):
    # an instance of a subclass of an immutable builtin is rebuilt from its
    # value: MyInt(5) -> cls.__new__(cls, 5)
    for base in (int, float, str, bytes, tuple, frozenset):
        if isinstance(x, base):
            return (base(x),)
    return ()


def _getstate(x, cls):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and getattr(cls, "__getstate__", None) is not \
            getattr(object, "__getstate__", None):
        return getstate()
    state = getattr(x, "__dict__", None)
    state = dict(state) if state else None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, info):
    if info is None:
        return x
    func, args = info[0], info[1]
    state = info[2] if len(info) > 2 else None
    listiter = info[3] if len(info) > 3 else None
    dictiter = info[4] if len(info) > 4 else None
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
