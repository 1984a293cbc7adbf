"""unittest.util: reprs for failure messages, and counting differences.

Failure messages show values with safe_repr (a repr that cannot fail) and,
when two reprs are long, with _common_shorten_repr, which keeps the part
where they differ and elides the rest as "[N chars]", as CPython does.
"""

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    """repr(obj), or object.__repr__ when that raises; short cuts it at 80."""
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    """'module.QualifiedName' of a class."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = "%s[%d chars]%s" % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(strings):
    first, last = min(strings), max(strings)
    for i, c in enumerate(first):
        if c != last[i]:
            return first[:i]
    return first


def _common_shorten_repr(*args):
    """The reprs of args, shortened together when one is over 80 chars."""
    args = tuple(safe_repr(arg) for arg in args)
    maxlen = max(len(arg) for arg in args)
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _common_prefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args)


def three_way_cmp(x, y):
    """-1, 0 or 1 as x <, ==, > y."""
    return (x > y) - (x < y)


class _Mismatch(tuple):
    """(actual, expected, value): how often value occurs on each side."""

    def __new__(cls, actual, expected, value):
        return tuple.__new__(cls, (actual, expected, value))

    actual = property(lambda self: self[0])
    expected = property(lambda self: self[1])
    value = property(lambda self: self[2])

    def __repr__(self):
        return "Mismatch(actual=%r, expected=%r, value=%r)" % self


def _count_diff_all_purpose(actual, expected):
    """Mismatches between two sequences of possibly unhashable elements."""
    s, t = list(actual), list(expected)
    used = object()
    result = []
    for i, elem in enumerate(s):
        if elem is used:
            continue
        count_s = count_t = 0
        for j in range(i, len(s)):
            if s[j] == elem:
                count_s += 1
                s[j] = used
        for j, other in enumerate(t):
            if other == elem:
                count_t += 1
                t[j] = used
        if count_s != count_t:
            result.append(_Mismatch(count_s, count_t, elem))
    for i, elem in enumerate(t):
        if elem is used:
            continue
        count_t = 0
        for j in range(i, len(t)):
            if t[j] == elem:
                count_t += 1
                t[j] = used
        result.append(_Mismatch(0, count_t, elem))
    return result


def _counts(seq):
    counts = {}
    for elem in seq:
        counts[elem] = counts.get(elem, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """Mismatches between two sequences of hashable elements."""
    s, t = _counts(actual), _counts(expected)
    result = []
    for elem, count_s in s.items():
        count_t = t.get(elem, 0)
        if count_s != count_t:
            result.append(_Mismatch(count_s, count_t, elem))
    for elem, count_t in t.items():
        if elem not in s:
            result.append(_Mismatch(0, count_t, elem))
    return result
