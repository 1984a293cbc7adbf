"""An interpreter for a small expression language with let, fn, if and recursion."""

class Env:
    def __init__(self, vars=None, parent=None):
        self.vars = dict(vars or {})
        self.parent = parent
    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError(f"unbound variable {name!r}")
    def extend(self, names, values):
        return Env(zip(names, values), self)

class Closure:
    def __init__(self, params, body, env, name="<anon>"):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __repr__(self):
        return f"<closure {self.name}/{len(self.params)}>"

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()

def parse(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(parse(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok

def builtins_env():
    ops = {
        "+": lambda *a: sum(a),
        "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
        "<": lambda a, b: a < b,
        "=": lambda a, b: a == b,
        "list": lambda *a: list(a),
        "len": len,
        "car": lambda l: l[0],
        "cdr": lambda l: l[1:],
        "null?": lambda l: len(l) == 0,
    }
    return Env(ops)

def evaluate(x, env, depth=0):
    while True:
        if isinstance(x, str):
            return env.lookup(x)
        if not isinstance(x, list):
            return x
        if not x:
            return []
        head, *rest = x
        if head == "if":
            test, conseq, alt = rest
            x = conseq if evaluate(test, env, depth) else alt
            continue
        if head == "let":
            (name, value_expr), body = rest
            env = env.extend([name], [evaluate(value_expr, env, depth)])
            x = body
            continue
        if head == "fn":
            params, body = rest
            return Closure(params, body, env)
        if head == "define":
            name, value_expr = rest
            value = evaluate(value_expr, env, depth)
            if isinstance(value, Closure):
                value.name = name
            env.vars[name] = value
            return value
        if head == "begin":
            for e in rest[:-1]:
                evaluate(e, env, depth)
            x = rest[-1]
            continue
        fn = evaluate(head, env, depth)
        args = [evaluate(a, env, depth) for a in rest]
        if isinstance(fn, Closure):
            if len(args) != len(fn.params):
                raise TypeError(f"{fn.name} expects {len(fn.params)} args, got {len(args)}")
            env = fn.env.extend(fn.params, args)
            x = fn.body
            continue
        if callable(fn):
            return fn(*args)
        raise TypeError(f"not callable: {fn!r}")

def run(src, env):
    tokens = tokenize(src)
    results = []
    while tokens:
        results.append(evaluate(parse(tokens), env))
    return results

env = builtins_env()
program = """
(define fact (fn (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(fact 25)
(define fib (fn (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define sum-to (fn (n acc) (if (= n 0) acc (sum-to (- n 1) (+ acc n)))))
(sum-to 5000 0)
(let (x 5) (* x x))
(define map (fn (f l) (if (null? l) (list) (begin (define h (f (car l))) (+ (list h) (map f (cdr l)))))))
(define compose (fn (f g) (fn (x) (f (g x)))))
((compose (fn (x) (* x 2)) (fn (x) (+ x 1))) 20)
(/ 7 2)
(/ 7.0 2)
fact
"""
for r in run(program, env):
    print(r)
for bad in ["(undefined 1)", "(fact 1 2)", "(1 2)", "(+ 1", ")"]:
    try:
        print(run(bad, env))
    except (NameError, TypeError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)
