# A small expression evaluator: tokenizer, parser, interpreter
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"Token({self.kind!r}, {self.value!r})"
def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield Token("num", float(text) if "." in text else int(text))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("name", src[i:j])
            i = j
        elif c in "+-*/()=^,":
            yield Token("op", c)
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
    yield Token("eof", None)
class ParseError(Exception):
    pass
class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def next(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t
    def expect(self, kind, value=None):
        t = self.next()
        if t.kind != kind or (value is not None and t.value != value):
            raise ParseError(f"expected {value or kind}, got {t}")
        return t
    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.pos + 1].value == "=":
            name = self.next().value
            self.next()
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek().kind == "op" and self.peek().value in "+-":
            op = self.next().value
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek().kind == "op" and self.peek().value in "*/":
            op = self.next().value
            node = (op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.next()
            return ("^", base, self.factor())
        return base
    def unary(self):
        if self.peek().value == "-":
            self.next()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        t = self.next()
        if t.kind == "num":
            return ("num", t.value)
        if t.kind == "name":
            if self.peek().value == "(":
                self.next()
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.next()
                        args.append(self.expr())
                self.expect("op", ")")
                return ("call", t.value, args)
            return ("var", t.value)
        if t.value == "(":
            node = self.expr()
            self.expect("op", ")")
            return node
        raise ParseError(f"unexpected {t}")
class Interp:
    def __init__(self):
        self.env = {"pi": 3.14159}
        self.funcs = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}
    def eval(self, node):
        kind = node[0]
        method = getattr(self, "eval_" + {"+": "add", "-": "sub", "*": "mul", "/": "div", "^": "pow"}.get(kind, kind))
        return method(*node[1:])
    def eval_num(self, v): return v
    def eval_var(self, name):
        try:
            return self.env[name]
        except KeyError:
            raise NameError(f"undefined variable {name}") from None
    def eval_assign(self, name, e):
        self.env[name] = v = self.eval(e)
        return v
    def eval_add(self, a, b): return self.eval(a) + self.eval(b)
    def eval_sub(self, a, b): return self.eval(a) - self.eval(b)
    def eval_mul(self, a, b): return self.eval(a) * self.eval(b)
    def eval_div(self, a, b): return self.eval(a) / self.eval(b)
    def eval_pow(self, a, b): return self.eval(a) ** self.eval(b)
    def eval_neg(self, a): return -self.eval(a)
    def eval_call(self, name, args):
        return self.funcs[name](*[self.eval(a) for a in args])
interp = Interp()
for line in ["1 + 2 * 3", "x = 2 ^ 3 ^ 2", "x / 4", "-(x - 1) * 2", "max(1, sq(5), 3)", "y + 1", "2 * (3", "1 / 0", "4 $ 4", "pi * 2", "abs(-7.5)"]:
    try:
        print(line, "=>", interp.eval(Parser(tokenize(line)).statement()))
    except (ParseError, NameError, ZeroDivisionError, SyntaxError) as e:
        print(line, "=>", type(e).__name__ + ":", e)
print(sorted(interp.env.items()))
