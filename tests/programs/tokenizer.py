"""A small tokenizer and recursive-descent calculator."""


KEYWORDS = {"let", "print", "if", "else", "while"}

class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r}, {self.line}:{self.col})"
    def __eq__(self, other):
        return isinstance(other, Token) and (self.kind, self.text) == (other.kind, other.text)

class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")
        self.line, self.col = line, col

def tokenize(src):
    i, line, col = 0, 1, 1
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\n":
            yield Token("NEWLINE", "\\n", line, col)
            i += 1; line += 1; col = 1
            continue
        if ch.isspace():
            i += 1; col += 1
            continue
        if ch == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        start, scol = i, col
        if ch.isdigit():
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            kind = "FLOAT" if "." in text else "INT"
        elif ch.isalpha() or ch == "_":
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            text = src[start:i]
            kind = "KW" if text in KEYWORDS else "NAME"
        elif ch in "\"'":
            i += 1
            buf = []
            while i < n and src[i] != ch:
                if src[i] == "\\" and i + 1 < n:
                    i += 1
                    buf.append({"n": "\n", "t": "\t"}.get(src[i], src[i]))
                else:
                    buf.append(src[i])
                i += 1
            if i >= n:
                raise LexError("unterminated string", line, scol)
            i += 1
            text = "".join(buf)
            kind = "STR"
        elif src.startswith(("==", "!=", "<=", ">="), i):
            text = src[i:i + 2]; i += 2; kind = "OP"
        elif ch in "+-*/%()<>=;{}":
            text = ch; i += 1; kind = "OP"
        else:
            raise LexError(f"unexpected character {ch!r}", line, col)
        col += i - start
        yield Token(kind, text, line, scol)
    yield Token("EOF", "", line, col)

src = '''let x = 3.5 * (2 + 4) # comment
print "hi\\tthere" x
if x >= 10 { print 'big' } else { print "small" }
'''
toks = list(tokenize(src))
for t in toks:
    print(t)
print(len(toks), sum(1 for t in toks if t.kind == "OP"))

counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
for bad in ['let y = "oops', "let z = 4 @ 2"]:
    try:
        list(tokenize(bad))
    except LexError as e:
        print("LexError:", e, e.line, e.col)
print(Token("INT", "1", 0, 0) == Token("INT", "1", 5, 5), Token("INT", "1", 0, 0) != Token("INT", "2", 0, 0))
try:
    Token("a", "b", 1, 2).extra = 1
except AttributeError as e:
    print("slots:", e)
