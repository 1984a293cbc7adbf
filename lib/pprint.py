"""pprint: pretty-print nested data the way CPython 3.11 lays it out.

An object whose repr fits in the space left on the line is written as its
repr.  One that does not, if it is a container pprint knows (dict, list,
tuple, set, frozenset, str, bytes, and from collections and types the ones
a program has imported), is opened and its items are laid out one per line,
each recursively given the same choice.  `allowance` is the number of
characters that must still fit after an item on its last line (the closing
brackets and commas), `indent` the column where continuation lines start.
Dict keys are sorted unless sort_dicts=False.
"""

import builtins
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-prints object to stream (sys.stdout) and ends the line."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The text pprint would print, without the final newline."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts in their own order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive containers (and sorts dict keys)."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders anything: values that cannot be compared are
    ordered by type name, then by id."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_SCALARS = {str, bytes, float, bool, type(None)}
for _name in ("complex", "bytearray"):
    if hasattr(builtins, _name):
        _SCALARS.add(getattr(builtins, _name))
del _name


def _word_runs(line):
    """Splits text into runs of non-blanks each followed by its blanks."""
    parts = []
    start = 0
    i = 0
    n = len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        parts.append(line[start:i])
        start = i
    return parts


def _bytes_pieces(data, width, allowance):
    """reprs of consecutive slices of data (4 bytes at a time) that fit."""
    current = b""
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


class PrettyPrinter:
    """Formats objects with a given indent per level, line width, maximum
    depth and output stream."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._readable = True
        self._recursive = False

    def pprint(self, object):
        if self._stream is not None:
            out = []
            self._format(object, out, 0, 0, {}, 0)
            self._stream.write("".join(out) + "\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    # -- choosing between the repr and a layout over several lines ---------------------

    def _format(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            out.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(rep)

    def _layout_for(self, object):
        layout = _layouts().get(type(object).__repr__)
        if layout is not None:
            return layout
        dataclasses = _sys.modules.get("dataclasses")
        if (dataclasses is not None and not isinstance(object, type)
                and dataclasses.is_dataclass(object)):
            params = getattr(object, "__dataclass_params__", None)
            if params is None or getattr(params, "repr", True):
                return PrettyPrinter._pprint_dataclass
        return None

    # -- layouts of the containers --------------------------------------------------------

    def _open(self, out, bracket):
        out.append(bracket)
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        self._open(out, "{")
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts \
                else list(object.items())
            self._format_dict_items(items, out, indent, allowance + 1, context, level)
        out.append("}")

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append("[")
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append("]")

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append("(")
        close = ",)" if len(object) == 1 else ")"
        self._format_items(object, out, indent, allowance + len(close), context, level)
        out.append(close)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        if type(object) is set:
            out.append("{")
            close = "}"
        else:
            name = type(object).__name__
            out.append(name + "({")
            close = "})"
            indent += len(name) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, out, indent, allowance + len(close), context, level)
        out.append(close)

    def _pprint_str(self, object, out, indent, allowance, context, level):
        # A long string becomes adjacent literals, split after blanks;
        # at the top level they are wrapped in parentheses.
        if not len(object):
            out.append(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
        lines = object.splitlines(True)
        chunks = []
        width_first = width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            last_line = i == len(lines) - 1
            if last_line:
                width_first -= allowance
            if len(rep) <= width_first:
                chunks.append(rep)
                continue
            parts = _word_runs(line)
            room = width
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if last_line and j == len(parts) - 1:
                    room -= allowance
                if len(repr(candidate)) > room:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append("(")
        out.append(("\n" + " " * indent).join(chunks))
        if level == 1:
            out.append(")")

    def _pprint_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            out.append("(")
        out.append(("\n" + " " * indent).join(
            _bytes_pieces(object, self._width - indent, allowance)))
        if parens:
            out.append(")")

    def _pprint_bytearray(self, object, out, indent, allowance, context, level):
        out.append("bytearray(")
        self._pprint_bytes(bytes(object), out, indent + 10, allowance + 1, context, level + 1)
        out.append(")")

    def _pprint_mappingproxy(self, object, out, indent, allowance, context, level):
        out.append("mappingproxy(")
        self._format(object.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(")")

    def _pprint_simplenamespace(self, object, out, indent, allowance, context, level):
        import types
        name = "namespace" if type(object) is types.SimpleNamespace else type(object).__name__
        out.append(name + "(")
        self._format_namespace_items(list(object.__dict__.items()), out, indent + len(name) + 1,
                                     allowance, context, level)
        out.append(")")

    def _pprint_dataclass(self, object, out, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        out.append(name + "(")
        self._format_namespace_items(items, out, indent + len(name) + 1, allowance,
                                     context, level)
        out.append(")")

    def _pprint_ordered_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "(")
        self._format(list(object.items()), out, indent + len(name) + 1, allowance + 1,
                     context, level)
        out.append(")")

    def _pprint_default_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, out, indent, allowance + 1, context, level)
        out.append(")")

    def _pprint_counter(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        self._open(out, name + "({")
        self._format_dict_items(object.most_common(), out, indent + len(name) + 1,
                                allowance + 2, context, level)
        out.append("})")

    def _pprint_chain_map(self, object, out, indent, allowance, context, level):
        if not len(object.maps):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "(")
        indent += len(name) + 1
        for i, mapping in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(mapping, out, indent, allowance + 1, context, level)
                out.append(")")
            else:
                self._format(mapping, out, indent, 1, context, level)
                out.append(",\n" + " " * indent)

    def _pprint_deque(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, out, indent, allowance + 2, context, level)
            out.append("])")
        else:
            self._format_items(object, out, indent, 2, context, level)
            out.append("],\n%smaxlen=%s)" % (" " * indent,
                                             self._repr(object.maxlen, context, level)))

    def _pprint_user_wrapper(self, object, out, indent, allowance, context, level):
        # UserDict, UserList, UserString: laid out as what they wrap.
        self._format(object.data, out, indent, allowance, context, level - 1)

    # -- items ----------------------------------------------------------------------------

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(": ")
            self._format(value, out, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                out.append(separator)

    def _format_namespace_items(self, items, out, indent, allowance, context, level):
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            out.append(key)
            out.append("=")
            if id(value) in context:
                out.append("...")
            else:
                self._format(value, out, indent + len(key) + 1, allowance if last else 1,
                             context, level)
            if not last:
                out.append(separator)

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        newline = ",\n" + " " * indent
        items = list(items)
        if self._compact:
            self._format_compact(items, out, indent, allowance, context, level, newline)
            return
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if i:
                out.append(newline)
            self._format(item, out, indent, allowance if last else 1, context, level)

    def _format_compact(self, items, out, indent, allowance, context, level, newline):
        # As many items on a line as fit; an item too long for any line is
        # laid out on its own.
        full = room = self._width - indent + 1
        separator = ""
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                full -= allowance
                room -= allowance
            rep = self._repr(item, context, level)
            needed = len(rep) + 2
            if room < needed:
                room = full
                if separator:
                    separator = newline
            if room >= needed:
                room -= needed
                out.append(separator)
                separator = ", "
                out.append(rep)
                continue
            out.append(separator)
            separator = newline
            self._format(item, out, indent, allowance if last else 1, context, level)

    # -- one-line reprs -------------------------------------------------------------------

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def format(self, object, context, maxlevels, level):
        """(repr text, readable, recursive) for object at a nesting level;
        subclasses override this to change how values are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return format(object, "_d"), True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts \
                else object.items()
            return self._safe_join(object, "{%s}", items, context, maxlevels, level)
        if issubclass(typ, list) and r is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_join(object, "[%s]", None, context, maxlevels, level)
        if issubclass(typ, tuple) and r is tuple.__repr__:
            if not object:
                return "()", True, False
            template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_join(object, template, None, context, maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False

    def _safe_join(self, object, template, items, context, maxlevels, level):
        # items: the (key, value) pairs of a dict, or None for a sequence.
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if items is None:
            for item in object:
                rep, ok, rec = self.format(item, context, maxlevels, level)
                parts.append(rep)
                readable = readable and ok
                recursive = recursive or rec
        else:
            for k, v in items:
                krep, kok, krec = self.format(k, context, maxlevels, level)
                vrep, vok, vrec = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (krep, vrep))
                readable = readable and kok and vok
                recursive = recursive or krec or vrec
        del context[key]
        return template % ", ".join(parts), readable, recursive


_LAYOUTS = {}
_LAYOUT_MODULES = set()


def _layouts():
    """The layout functions, keyed by the __repr__ of the type they lay out.
    Types from collections and types join once a program has imported them
    (pprint imports neither)."""
    if not _LAYOUTS:
        P = PrettyPrinter
        _LAYOUTS[dict.__repr__] = P._pprint_dict
        _LAYOUTS[list.__repr__] = P._pprint_list
        _LAYOUTS[tuple.__repr__] = P._pprint_tuple
        _LAYOUTS[set.__repr__] = P._pprint_set
        _LAYOUTS[frozenset.__repr__] = P._pprint_set
        _LAYOUTS[str.__repr__] = P._pprint_str
        _LAYOUTS[bytes.__repr__] = P._pprint_bytes
        if hasattr(builtins, "bytearray"):
            _LAYOUTS[builtins.bytearray.__repr__] = P._pprint_bytearray
    for modname, names in _OPTIONAL_LAYOUTS:
        module = _sys.modules.get(modname)
        if module is None or modname in _LAYOUT_MODULES:
            continue
        _LAYOUT_MODULES.add(modname)
        for cls_name, method_name in names:
            cls = getattr(module, cls_name, None)
            if cls is not None:
                _LAYOUTS[cls.__repr__] = getattr(PrettyPrinter, method_name)
    return _LAYOUTS


_OPTIONAL_LAYOUTS = [
    ("types", [("MappingProxyType", "_pprint_mappingproxy"),
               ("SimpleNamespace", "_pprint_simplenamespace")]),
    ("collections", [("OrderedDict", "_pprint_ordered_dict"),
                     ("defaultdict", "_pprint_default_dict"),
                     ("Counter", "_pprint_counter"),
                     ("ChainMap", "_pprint_chain_map"),
                     ("deque", "_pprint_deque"),
                     ("UserDict", "_pprint_user_wrapper"),
                     ("UserList", "_pprint_user_wrapper"),
                     ("UserString", "_pprint_user_wrapper")]),
]
