# Line numbers of traceback entries for errors in multi-line constructs
# (each snippet runs with exec under its own file name).
cases = {
"call_args": "def f(a, b): return a / b\nx = f(\n    1,\n    0,\n)\n",
"method_chain": "s = 'abc'\nr = (s\n     .upper()\n     .nosuch()\n     .lower())\n",
"dict_literal": "d = {\n  'a': 1,\n  'b': 1 / 0,\n}\n",
"list_comp": "l = [\n    1 / x\n    for x in [1, 0]\n]\n",
"binop_lines": "x = (1 +\n     2 +\n     'a')\n",
"subscript": "d = {}\nv = d[\n    'missing'\n]\n",
"attr_multiline": "class A: pass\na = A()\nv = (a.\n     b)\n",
"nested_call": "def g(x): return x[5]\ndef f(x): return g(\n    x)\nf([1])\n",
"with_stmt": "class CM:\n    def __enter__(self): return self\n    def __exit__(self, *a): raise ValueError('exit')\nwith CM():\n    pass\n",
"with_body_raise": "class CM:\n    def __enter__(self): return self\n    def __exit__(self, *a): return False\nwith CM() as c:\n    x = 1\n    raise KeyError('k')\n",
"assert_multi": "x = 5\nassert x < (\n    3), 'too big'\n",
"raise_from": "try:\n    {}['a']\nexcept KeyError as e:\n    raise ValueError(\n        'bad'\n    ) from e\n",
"decorator_err": "def deco(f):\n    raise TypeError('nope')\n@deco\ndef g(): pass\n",
"class_body_err": "class A:\n    x = 1\n    y = x +\\\n        'a'\n",
"lambda_err": "f = lambda x: (x +\n    1)\nf('s')\n",
"genexp_err": "g = (1 / x for x in [0])\nnext(\n    g)\n",
"return_expr": "def f():\n    return (1,\n            2 / 0)\nf()\n",
"for_iter_err": "def gen():\n    yield 1\n    raise IndexError('gen')\nfor x in gen():\n    pass\n",
"unpack_err": "a, b = (\n    1, 2, 3)\n",
"aug_assign": "x = {}\nx['k'] += 1\n",
"aug_attr": "class A: pass\na = A()\na.n += 1\n",
"comparison": "x = [1] < (\n    1,)\n",
"fstring_err": "x = None\ny = f'{x.attr}'\n",
"kwargs_err": "def f(a): pass\nf(\n  b=1)\n",
"nested_fn": "def outer():\n    def inner():\n        return undefined_q\n    return inner()\nouter()\n",
"reraise": "try:\n    1/0\nexcept ZeroDivisionError:\n    raise\n",
"finally_err": "try:\n    pass\nfinally:\n    [][0]\n",
"while_cond": "i = 0\nwhile i < (\n   'x'):\n    pass\n",
"if_cond": "if (1 <\n    None):\n    pass\n",
"star_call": "def f(*a): pass\nf(*\n  None)\n",
"del_err": "x = 1\ndel x\nprint(\n  x)\n",
"slice_assign": "t = (1, 2)\nt[0] = 5\n",
"call_result": "x = 5\nx()\n",
"iter_int": "for i in 5:\n    pass\n",
"chain_exc": "try:\n    int('x')\nexcept ValueError:\n    [].pop()\n",
"method_multi_args": "class A:\n    def m(self, a, b): return a + b\nA().m(\n    1,\n    'x')\n",
"generator_throw": "def g():\n    yield 1\nx = g()\nnext(x)\nx.throw(\n    ValueError('thrown'))\n",
"yield_from_err": "def inner():\n    yield 1\n    raise KeyError('inner')\ndef outer():\n    yield from inner()\nlist(outer())\n",
"property_err": "class A:\n    @property\n    def p(self):\n        return 1 / 0\nA().p\n",
"init_err": "class A:\n    def __init__(self, x):\n        self.x = x.missing\nA(\n  1)\n",
"ternary": "x = (1 if\n     None.y else 2)\n",
"boolop": "x = (0 or\n     1 / 0)\n",
"walrus_err": "if (n := len(5)):\n    pass\n",
"lambda_default": "f = lambda x=1/0: x\n",
"class_call_err": "class A:\n    def __call__(self):\n        raise RuntimeError('call')\nA()()\n",
"nested_data": "data = [\n    {'a': [1, 2]},\n    {'a': [3]},\n]\ntotal = sum(d['a'][1] for d in data)\n",
}
def describe(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return " ".join(out[1:])
for name, src in cases.items():
    try:
        exec(compile(src, name + ".py", "exec"), {"__name__": name})
        print(name, "no error")
    except BaseException as e:
        ctx = e.__context__
        print("%-18s %s: %s | %s%s" % (name, type(e).__name__, e, describe(e),
              " | context %s %s" % (type(ctx).__name__, describe(ctx)) if ctx else ""))
