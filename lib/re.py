"""Support for regular expressions (RE).

molt's re module: CPython's interface over PCRE2.  The native module _re
(src/modules/re.c) reads a pattern the way CPython's parser does (same
syntax, same re.error messages), hands PCRE2 an equivalent pattern, and
runs the matching loops; a compiled _re.Regex answers with tuples of spans

    (lastindex, start0, end0, start1, end1, ..., offsets)    -1: no such span

which this module turns into Pattern and Match objects (_re.group cuts a
group's text out of the string, by the byte offsets in `offsets` when the
string is not ASCII).  Replacement templates (r'\\1', r'\\g<name>') are
parsed here into tuples of literal pieces and group numbers that _re's
sub() expands.

This module exports the usual functions: match, fullmatch, search, sub,
subn, split, findall, finditer, compile, purge, escape, and the flags
A/ASCII, I/IGNORECASE, L/LOCALE, M/MULTILINE, S/DOTALL, X/VERBOSE,
U/UNICODE, NOFLAG.
"""

import sys
import _re
from _re import group as _group

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = sys.maxsize
_MAXGROUPS = 2147483647


# ---- flags ---------------------------------------------------------------

# (name, value) in CPython's definition order, which its repr follows
_FLAGS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The re flags: ints that print by name (re.IGNORECASE|re.MULTILINE)."""

    def _names(self):
        value = int(self)
        names = [name for name, bit in _FLAGS if value & bit]
        rest = value & ~_ALL_FLAGS
        return names, rest

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names, rest = self._names()
        return "|".join(names) if names and not rest else None

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        if int(self) == 0:
            return "re.NOFLAG"
        names, rest = self._names()
        if not names:
            return "re.RegexFlag(%d)" % int(self)
        text = "|".join(["re." + name for name in names])
        if rest:
            text += "|" + hex(rest)
        return text

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec) if not spec else int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)
for _name, _flag in (("NOFLAG", NOFLAG), ("ASCII", A), ("A", A), ("IGNORECASE", I),
                     ("I", I), ("LOCALE", L), ("L", L), ("UNICODE", U), ("U", U),
                     ("MULTILINE", M), ("M", M), ("DOTALL", S), ("S", S),
                     ("VERBOSE", X), ("X", X), ("TEMPLATE", T), ("T", T),
                     ("DEBUG", DEBUG)):
    setattr(RegexFlag, _name, _flag)
del _name, _flag


# ---- re.error ------------------------------------------------------------

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_re.error = error      # _re raises it for bad patterns


# ---- compiled patterns ------------------------------------------------------

_MappingProxy = type(type.__dict__)

# Pattern.__repr__ lists flags in this order (CPython's C code)
_REPR_FLAGS = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
    ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128),
    ("re.ASCII", 256),
)


def _clamp(i, n):
    return 0 if i < 0 else n if i > n else i


class Pattern:
    """Compiled regular expression object."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __class_getitem__(cls, item):
        return cls

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return _MappingProxy(self._groupindex)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        r = self._code.match(string, pos, endpos, 0)
        return None if r is None else Match(self, string, pos, endpos, r)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        r = self._code.match(string, pos, endpos, 1)
        return None if r is None else Match(self, string, pos, endpos, r)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding
        match object instance.

        Return None if no position in the string matches."""
        r = self._code.match(string, pos, endpos, 2)
        return None if r is None else Match(self, string, pos, endpos, r)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return self._code.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE
        pattern in string.

        For each match, the iterator returns a match object."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        return self._code.split(string, maxsplit)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by
        replacing the leftmost non-overlapping occurrences of pattern with the
        replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            return self._code.sub(repl, string, count,
                                  lambda spans: Match(self, string, 0, _MAXSIZE, spans))
        return self._code.sub(self._template(repl), string, count)

    def _template(self, repl):
        try:
            return self._templates[repl]
        except KeyError:
            pass
        except TypeError:           # unhashable: not a template at all
            return _parse_template(repl, self)
        t = _parse_template(repl, self)
        if len(self._templates) >= 64:
            self._templates.clear()
        self._templates[repl] = t
        return t

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)


class SRE_Scanner:
    """Successive matches of a pattern in one string (Pattern.scanner)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._native = pattern._code.scanner(string, pos, endpos)
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def match(self):
        r = self._native.match()
        return None if r is None else Match(self.pattern, self._string, self._pos,
                                            self._endpos, r)

    def search(self):
        r = self._native.search()
        return None if r is None else Match(self.pattern, self._string, self._pos,
                                            self._endpos, r)


# ---- match objects ----------------------------------------------------------

class Match:
    """The result of re.match() and re.search().
    Match objects always have a boolean value of True."""

    def __init__(self, pattern, string, pos, endpos, spans):
        n = len(string)
        self.re = pattern
        self.string = string
        self.pos = _clamp(pos, n)
        self.endpos = _clamp(endpos, n)
        self._spans = spans

    def __class_getitem__(cls, item):
        return cls

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        else:
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        return _group(self.string, self._spans, i, default)

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
        Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1.

        default
          Is used for groups that did not participate in the match."""
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match,
        keyed by the subgroup name.

        default
          Is used for groups that did not participate in the match."""
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        i = self._index(group)
        return (self._spans[2 * i + 1], self._spans[2 * i + 2])

    @property
    def regs(self):
        spans = self._spans
        return tuple([(spans[2 * i + 1], spans[2 * i + 2])
                      for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        i = self._spans[0]
        return i if i > 0 else None

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        i = self._spans[0]
        if i > 0:
            for name, g in self.re._groupindex.items():
                if g == i:
                    return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the
        string template, as done by the sub() method."""
        empty = self.string[:0]
        pieces = []
        for item in _parse_template(template, self.re):
            if isinstance(item, int):
                item = self._get(item, empty)
            pieces.append(item)
        return empty.join(pieces)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[1], self._spans[2], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- replacement templates ----------------------------------------------------

_OCTDIGITS = "01234567"
_DIGITS = "0123456789"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(repl, pattern):
    """A replacement string as a tuple of literal pieces and group numbers."""
    if isinstance(pattern.pattern, str):
        if not isinstance(repl, str):
            if isinstance(repl, bytes):
                raise TypeError("sequence item 0: expected str instance, bytes found")
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        text = repl
    else:
        if not isinstance(repl, bytes):
            if isinstance(repl, str):
                raise TypeError("sequence item 0: expected a bytes-like object, str found")
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        text = repl.decode("latin-1")
    if "\\" not in text:
        return (repl,)
    items = []
    literal = []
    n = len(text)
    i = 0

    def fail(msg, pos):
        if isinstance(repl, bytes):
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, repl, pos)

    def add_group(index, pos):
        if index > pattern.groups:
            raise fail("invalid group reference %d" % index, pos)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = text[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            raise fail("bad escape (end of pattern)", n - 1)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise fail("missing <", i)
            i += 1
            start = i
            end = text.find(">", i)
            if end < 0:
                if start == n:
                    raise fail("missing group name", n)
                raise fail("missing >, unterminated name", start)
            name = text[start:end]
            i = end + 1
            if not name:
                raise fail("missing group name", end)
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise fail("bad character in group name %r" % name, start) from None
                if index >= _MAXGROUPS:
                    raise fail("invalid group reference %d" % index, start)
            add_group(index, start)
        elif c == "0":
            value = 0
            k = 0
            while k < 2 and i < n and text[i] in _OCTDIGITS:
                value = value * 8 + int(text[i])
                i += 1
                k += 1
            literal.append(chr(value & 0xFF))
        elif c in _DIGITS:
            start = i - 2
            if i < n and text[i] in _DIGITS:
                d = text[i]
                i += 1
                if c in _OCTDIGITS and d in _OCTDIGITS and i < n and text[i] in _OCTDIGITS:
                    value = int(c + d + text[i], 8)
                    i += 1
                    if value > 0o377:
                        raise fail("octal escape value %s outside of range 0-0o377"
                                   % text[start:i], start)
                    literal.append(chr(value))
                    continue
                index = int(c + d)
            else:
                index = int(c)
            add_group(index, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c in _ASCIILETTERS:
            raise fail("bad escape \\" + c, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        items.append("".join(literal))
    if isinstance(repl, bytes):
        items = [item if isinstance(item, int) else item.encode("latin-1") for item in items]
    return tuple(items)


# ---- the module functions -------------------------------------------------------

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl.  repl can be either a string or a callable;
    if a string, backslash escapes in it are processed.  If it is
    a callable, it's passed the Match object and must return
    a replacement string to be used."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number).
    new_string is the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in the source
    string by the replacement repl.  number is the number of
    substitutions that were made."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings.  If
    capturing parentheses are used in pattern, then the text of all
    groups in the pattern are also returned as part of the resulting
    list.  If maxsplit is nonzero, at most maxsplit splits occur,
    and the remainder of the string is returned as the final element
    of the list."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string.

    If one or more capturing groups are present in the pattern, return
    a list of groups; this will be a list of tuples if the pattern
    has more than one group.

    Empty matches are included in the result."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object.

    Empty matches are included in the result."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL_CHARS else c for c in pattern])
    text = pattern.decode("latin-1")
    return "".join(["\\" + c if c in _SPECIAL_CHARS else c for c in text]).encode("latin-1")


# ---- the cache of compiled patterns ---------------------------------------------

_cache = {}  # ordered: the oldest entry goes first
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & DEBUG:
        raise NotImplementedError("re.DEBUG is not supported by molt")
    code = _re.compile(pattern, flags)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = code.flags
    p.groups = code.groups
    p._groupindex = code.groupindex
    p._code = code
    p._templates = {}
    if len(_cache) >= _MAXCACHE:
        # drop the oldest entry
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


# ---- experimental: a lexicon scanner (CPython's re.Scanner) -----------------------

class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        # one alternative per phrase, each a group whose number says which
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            self._actions[group] = action
            parts.append("(" + phrase + ")")
            group += 1 + _re.compile(phrase, flags).groups
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
