# subclasses of the builtin types: what their methods and operators return
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class S(str):
    def extra(self): return "extra:" + self
class I(int):
    pass
class F(float):
    pass
class L(list):
    pass
class T(tuple):
    pass
class D(dict):
    pass
class St(set):
    pass
class B(bytes):
    pass
s, i, f, l, tu, d, st, b = S("abc"), I(5), F(2.5), L([1, 2]), T((1, 2)), D(a=1), St({1}), B(b"xy")
for expr in ["s + 'x'", "s * 2", "s[0]", "s[:]", "s.upper()", "s.strip()", "s.replace('a', 'a')", "str(s)", "s.extra()", "'%s' % s", "f'{s}'",
             "s.split()", "s.join(['1', '2'])", "s.center(5)", "s.zfill(1)", "s.lower() == s", "hash(s) == hash('abc')", "s.__class__",
             "i + 1", "i * 1", "-i", "+i", "abs(i)", "i // 1", "i ** 1", "int(i)", "i.real", "i.numerator", "round(i)", "i.conjugate()", "i << 0", "~i", "i & i", "str(i)", "repr(i)", "bool(i)", "float(i)", "divmod(i, 2)", "i.bit_length()",
             "f + 1", "f * 1.0", "-f", "abs(f)", "float(f)", "f.real", "round(f)", "round(f, 1)", "f.conjugate()", "int(f)", "f // 1", "f % 2", "divmod(f, 2)", "str(f)",
             "l + [3]", "l * 2", "l[:]", "l.copy()", "list(l)", "sorted(l)", "l[0]", "reversed(l).__class__", "l == [1, 2]",
             "tu + (3,)", "tu * 2", "tu[:]", "tu[0:1]", "tuple(tu)", "tu == (1, 2)", "hash(tu) == hash((1, 2))",
             "d.copy()", "dict(d)", "d | {'b': 2}", "{'b': 2} | d", "d.fromkeys('a')", "D.fromkeys('ab', 0)", "d == {'a': 1}",
             "st | {2}", "st & {1}", "st - set()", "st.copy()", "st.union()", "frozenset(st)", "St.__name__",
             "b + b'z'", "b * 2", "b[:]", "b[0]", "b.upper()", "bytes(b)", "b.decode()", "b.hex()", "b == b'xy'"]:
    print(expr, end=": ")
    t(lambda: eval(expr))
class Ordered(str):
    def __lt__(self, other): return len(self) < len(other)
print(sorted([Ordered("ccc"), Ordered("a"), Ordered("bb")]), max([Ordered("a"), Ordered("zz")]))
class Key(int):
    def __hash__(self): return 1
    def __eq__(self, o): return int(self) % 10 == int(o) % 10
dd = {Key(1): "one"}
print(dd.get(Key(11)), Key(21) in dd, {Key(3), Key(13)})
class Lst(list):
    def __len__(self): return 99
    def __iter__(self): return iter([7, 8])
    def __getitem__(self, k): return "item"
x = Lst([1, 2, 3])
print(len(x), list(x), x[0], sorted(x), sum(x), tuple(x), [*x], str(x), max(x), 7 in x, x.index(2), x.count(1))
class Dct(dict):
    def __getitem__(self, k): return "custom"
    def keys(self): return ["a", "z"]
dc = Dct(a=1)
print(dc["a"], dict(dc), {**dc}, dc.get("a"), list(dc), "{a}".format_map(dc), dict(**dc) if False else "")
class Num(int):
    def __add__(self, o): return "added"
    def __radd__(self, o): return "radded"
    def __eq__(self, o): return "eq"
print(Num(1) + 2, 2 + Num(1), Num(1) == 1, 1 == Num(1), sum([2, Num(1)]), Num(5) * 2)
class Fl(float):
    def __repr__(self): return "Fl!"
print(Fl(1.5), [Fl(1.5)], str(Fl(1.5)), f"{Fl(1.5)}", "%s %r %f" % (Fl(1.5), Fl(1.5), Fl(1.5)), format(Fl(1.5), ".1f"))
class Text(str):
    def __str__(self): return "TEXT"
    def __format__(self, spec): return "FMT" + spec
print(Text("x"), str(Text("x")), f"{Text('x')}", f"{Text('x'):>5}", "%s" % Text("x"), "{}".format(Text("x")), Text("x") + "y", print.__name__)
