# re: a tokenizer with finditer, named groups and lastgroup
import re

TOKEN_SPEC = [
    ("NUMBER",   r"\d+(?:\.\d*)?"),
    ("ASSIGN",   r":="),
    ("END",      r";"),
    ("ID",       r"[A-Za-z_]\w*"),
    ("STRING",   r'"(?:[^"\\]|\\.)*"'),
    ("OP",       r"[+\-*/<>=!]=?|[()]"),
    ("NEWLINE",  r"\n"),
    ("SKIP",     r"[ \t]+"),
    ("MISMATCH", r"."),
]
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN", "print"}
TOK = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))

def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in TOK.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            value = "?" + value
        yield kind, value, line_num, column

statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
        print("done \\"ok\\"");
    ENDIF;
    x != 3 $
'''
for token in tokenize(statements):
    print(token)

# lastindex and lastgroup in alternations
pat = re.compile(r"(?P<int>\d+)|(?P<word>[a-z]+)|(?P<other>\S)")
print([(m.lastindex, m.lastgroup, m.group()) for m in pat.finditer("abc 42 ! x9")])
print(re.match(r"(a)(b)", "ab").lastindex, re.match(r"((a)(b))", "ab").lastindex,
      re.match(r"(a)|(b)", "b").lastindex, re.match(r"(a)(b)?", "a").lastindex,
      re.match(r"a", "a").lastindex, re.match(r"(?P<x>a)(?P<y>b)", "ab").lastgroup)

# the scanner interface
sc = re.compile(r"\s*(\d+|[a-z]+|.)").scanner("12 ab + 7")
while True:
    m = sc.match()
    if not m:
        break
    print(m.group(1), m.span())
sc = re.compile(r"\d").scanner("a1b2")
print(sc.search().span(), sc.search().span(), sc.search())

# re.Scanner with actions
scanner = re.Scanner([
    (r"[0-9]+(\.[0-9]+)?", lambda s, tok: ("NUM", float(tok))),
    (r"[a-z_]+", lambda s, tok: ("NAME", tok)),
    (r"[=+*/-]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
print(scanner.scan("rate = base * 1.5 + 2 ?oops"))

# a small arithmetic evaluator built on the tokens
def evaluate(expr):
    tokens = re.findall(r"\d+|[-+*/()]", expr)
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        t = take()
        if t == "(":
            v = expr_()
            take()
            return v
        if t == "-":
            return -atom()
        return int(t)
    def term():
        v = atom()
        while peek() in ("*", "/"):
            v = v * atom() if take() == "*" else v // atom()
        return v
    def expr_():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take() == "+" else v - term()
        return v
    return expr_()

for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -2", "2 * (3 + 4) * 5"]:
    print(e, "=", evaluate(e))
