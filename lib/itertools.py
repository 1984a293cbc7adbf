"""itertools: functions creating iterators for efficient looping.

Infinite iterators: count, cycle, repeat.
Iterators terminating on the shortest input: accumulate, chain,
chain.from_iterable, compress, dropwhile, filterfalse, groupby, islice,
pairwise, starmap, takewhile, tee, zip_longest.
Combinatorics: product, permutations, combinations,
combinations_with_replacement.

Most are generators behind a function that checks its arguments at once,
as CPython's constructors do; count and repeat are classes because their
repr shows their state.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


# ---- infinite iterators -------------------------------------------------------

def _is_number(x):
    # CPython's PyNumber_Check: something int(), float() or index() accepts
    t = type(x)
    return isinstance(x, (int, float)) or hasattr(t, '__index__') or \
        hasattr(t, '__int__') or hasattr(t, '__float__')


class count:
    """start, start + step, start + 2*step, ... without end."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and not isinstance(step, bool) and step == 1:
            return f'{type(self).__name__}({self._next!r})'
        return f'{type(self).__name__}({self._next!r}, {step!r})'

    def __reduce__(self):
        return type(self), (self._next, self._step)


class repeat:
    """object, times times (endlessly when times is None)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be "
                                "interpreted as an integer")
            times = max(times, 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


def cycle(iterable, /):
    """The items of the iterable, then the same items again, forever."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


# ---- iterators terminating on the shortest input --------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running func(total, item) results), after initial if given."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is not None:
        yield total
    else:
        try:
            total = next(it)
        except StopIteration:
            return
        yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """The items of the first iterable, then of the second, ..."""
    return _from_iterable(iterables)


def _from_iterable(iterables):
    for it in iterables:
        yield from it


def from_iterable(iterable, /):
    """chain() over the iterables an iterable yields, read lazily."""
    return _from_iterable_lazy(iter(iterable))


def _from_iterable_lazy(its):
    for it in its:
        yield from it


chain.from_iterable = from_iterable


def compress(data, selectors):
    """The items of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable, /):
    """The items from the first one for which predicate is false on."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable, /):
    """The items up to (not including) the first for which predicate is false."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(function, iterable, /):
    """The items for which function(item) is false (false items when None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


class groupby:
    """Pairs (key, group) for runs of consecutive items with the same key.

    The groups share the underlying iterator: moving on to the next key
    ends the previous group."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._have = False          # is (_key, _value) the next unread item?
        self._key = self._value = None
        self._group = None          # token of the group that may read on
        self._done = False

    def __iter__(self):
        return self

    def _advance(self):
        # reads the next item into (_key, _value); False at the end
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            self._have = False
            return False
        self._value = value
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._have = True
        return True

    def __next__(self):
        if self._done:
            raise StopIteration
        if self._group is not None:
            # skip what is left of the current group
            current = self._group[0]
            while self._have and self._key == current:
                if not self._advance():
                    break
        if not self._have and not self._advance():
            raise StopIteration
        token = (self._key,)
        self._group = token
        return self._key, self._grouper(token)

    def _grouper(self, token):
        while self._group is token and self._have and self._key == token[0]:
            value = self._value
            self._have = False
            yield value
            if self._group is not token:
                return
            if not self._advance():
                return


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the
    items at those positions, read lazily."""
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    s = slice(*args)
    start, stop, step = s.start, s.stop, s.step
    if stop is not None and (not isinstance(stop, int) or not
                             0 <= stop <= _sys.maxsize):
        raise ValueError("Stop argument for islice() must be None or an "
                         "integer: 0 <= x <= sys.maxsize.")
    if start is not None and (not isinstance(start, int) or not
                              0 <= start <= _sys.maxsize):
        raise ValueError("Indices for islice() must be None or an "
                         "integer: 0 <= x <= sys.maxsize.")
    if step is not None and (not isinstance(step, int) or step <= 0):
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start or 0, stop, step or 1)


def _islice(it, start, stop, step):
    # CPython's order of reads: skip up to the next index wanted (never
    # past stop), then read the item itself
    count = 0
    wanted = start
    while True:
        while count < wanted:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def pairwise(iterable, /):
    """Overlapping pairs of consecutive items: (s0, s1), (s1, s2), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable, /):
    """function(*args) for each args tuple of the iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class _tee:
    """One of the iterators tee() returns.  The iterators share a singly
    linked list of cells [value, next]; a cell whose next is None has not
    been read from the source yet."""

    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        value, self._link = link
        return value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """n independent iterators over the same items."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted "
                        "as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def zip_longest(*iterables, fillvalue=None):
    """Tuples of the i-th items of the iterables, padding the shorter
    ones with fillvalue until the longest ends."""
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---- combinatorics -----------------------------------------------------------------

def product(*iterables, repeat=1):
    """The cartesian product of the inputs (each repeated `repeat` times),
    as nested for-loops would produce it."""
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be "
                        "interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    if any(not pool for pool in pools):
        return
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        # advance the rightmost index that can move, odometer style
        i = n - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                current[i] = pool[indices[i]]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable, r=None):
    """Every ordering of r distinct positions of the iterable (all of them
    when r is None), in lexicographic order of positions."""
    pool = tuple(iterable)
    if r is not None:
        _check_r(r)
    return _permutations(pool, len(pool) if r is None else r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(map(pool.__getitem__, indices[:r]))
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(map(pool.__getitem__, indices[:r]))
                break
        else:
            return


def combinations(iterable, r):
    """Every choice of r distinct positions of the iterable, in sorted
    order of positions."""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(map(pool.__getitem__, indices))
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(map(pool.__getitem__, indices))


def combinations_with_replacement(iterable, r):
    """Every choice of r positions of the iterable, each position allowed
    more than once."""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(map(pool.__getitem__, indices))
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(map(pool.__getitem__, indices))
