"""A JSON-like pretty printer and parser with recursion and type dispatch."""

def dumps(obj, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            return "NaN"
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        items = [f"{pad}{dumps(str(k))}: {dumps(obj[k], indent, level + 1, sort_keys)}" for k in keys]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in obj) and len(obj) <= 8:
            return "[" + ", ".join(dumps(x) for x in obj) + "]"
        return "[\n" + ",\n".join(pad + dumps(x, indent, level + 1, sort_keys) for x in obj) + "\n" + end + "]"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

class ParseError(ValueError):
    pass

def loads(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
    def expect(ch):
        nonlocal pos
        skip()
        if text[pos:pos + 1] != ch:
            raise ParseError(f"expected {ch!r} at {pos}, got {text[pos:pos + 1]!r}")
        pos += 1
    def value():
        nonlocal pos
        skip()
        ch = text[pos:pos + 1]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                k = value()
                expect(":")
                result[k] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                expect("}")
                return result
        if ch == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                expect("]")
                return result
        if ch == '"':
            pos += 1
            buf = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    pos += 1
                    esc = text[pos]
                    if esc == "u":
                        buf.append(chr(int(text[pos + 1:pos + 5], 16)))
                        pos += 4
                    else:
                        buf.append({"n": "\n", "t": "\t"}.get(esc, esc))
                else:
                    buf.append(text[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError(f"unexpected {ch!r} at {start}")
        return float(num) if any(c in num for c in ".eE") else int(num)
    result = value()
    skip()
    if pos != len(text):
        raise ParseError(f"trailing data at {pos}")
    return result

doc = {"name": "molt", "version": [0, 1], "tags": ["fast", "small"], "nested": {"a": {"b": {"c": None}}},
       "ok": True, "ratio": 0.25, "quote": 'say "hi"\n', "empty": [], "emptyd": {}, "mixed": [1, "two", 3.0, [4]]}
text = dumps(doc)
print(text)
back = loads(text)
print(back == doc, dumps(back, indent=1, sort_keys=True) == dumps(doc, indent=1, sort_keys=True))
print(dumps({"z": 1, "a": [True, False, None]}, sort_keys=True, indent=4))
for bad in ['{"a": }', '[1, 2', '{"a" 1}', '[1] x', '']:
    try:
        loads(bad)
    except (ParseError, IndexError) as e:
        print(type(e).__name__, e)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
