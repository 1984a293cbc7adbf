"""string: character classes as constants, capwords(), Template ($-style
substitution) and Formatter (str.format's machinery, overridable)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (on sep), capitalize each and join them again with
    sep (a single space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template -------------------------------------------------------------------

class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a dollar."""

    delimiter = '$'
    idpattern = None
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _parse(self):
        # yields (literal, name, start) triples; name is None for the tail,
        # '' for an invalid placeholder at `start`
        s = self.template
        d = self.delimiter
        i = 0
        literal = []
        n = len(s)
        while i < n:
            if not s.startswith(d, i):
                literal.append(s[i])
                i += 1
                continue
            j = i + len(d)
            if s.startswith(d, j):
                literal.append(d)
                i = j + len(d)
                continue
            if j < n and s[j] == '{':
                k = s.find('}', j + 1)
                name = s[j + 1:k] if k >= 0 else ''
                if k >= 0 and _is_identifier(name):
                    yield ''.join(literal), name, i
                    literal = []
                    i = k + 1
                    continue
                yield ''.join(literal), '', i
                literal = []
                i = j
                continue
            k = j
            while k < n and (s[k] == '_' or s[k].isalnum() and s[k].isascii()):
                k += 1
            name = s[j:k]
            if name and not name[0].isdigit():
                yield ''.join(literal), name, i
                literal = []
                i = k
                continue
            yield ''.join(literal), '', i
            literal = []
            i = j
        yield ''.join(literal), None, n

    def _invalid(self, start):
        start += len(self.delimiter)      # CPython points just past it
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        """Replace every placeholder; KeyError for a missing name."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for literal, name, start in self._parse():
            out.append(literal)
            if name is None:
                break
            if name == '':
                self._invalid(start)
            out.append(str(mapping[name]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Replace the placeholders that have values; leave the others."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        s = self.template
        for literal, name, start in self._parse():
            out.append(literal)
            if name is None:
                break
            if name == '':
                out.append(self.delimiter)
                continue
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if s.startswith(self.delimiter + '{', start):
                    out.append(self.delimiter + '{' + name + '}')
                else:
                    out.append(self.delimiter + name)
        return ''.join(out)

    def is_valid(self):
        """False when the template has an invalid placeholder."""
        return all(name != '' for _, name, _ in self._parse())

    def get_identifiers(self):
        """The names of the valid placeholders, each once, in order."""
        ids = []
        for _, name, _ in self._parse():
            if name and name not in ids:
                ids.append(name)
        return ids


def _is_identifier(name):
    return bool(name) and name.isascii() and name.isidentifier()


class _ChainLookup:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


# ---- Formatter -----------------------------------------------------------------

class Formatter:
    """str.format() broken into overridable steps: parse, get_field,
    get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion)."""
        s = format_string
        i, n = 0, len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    # an escaped brace ends a piece of literal text
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            # a replacement field: find its matching '}'
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            conversion = None
            spec = ''
            k = 0
            while k < len(field) and field[k] not in '!:':
                if field[k] == '[':
                    k = field.find(']', k)
                    if k < 0:
                        raise ValueError("Missing ']' in format string")
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _split_field(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
