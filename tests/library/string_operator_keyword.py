import string, operator, keyword, types, reprlib
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello   wide  world'), string.capwords('a-b c-d', '-'), string.capwords(''))
t = Template('$who likes ${what}; $$5 for $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    Template('bad $ here').substitute()
except ValueError as e:
    print(e)
try:
    Template('line1\n  $1x').substitute()
except ValueError as e:
    print(e)
print(Template('$a$b').substitute(a=1, b=2), Template('${a}x').safe_substitute())
f = Formatter()
print(f.format('{0} {name!r} {1:>5}|{x.real}', 'a', 3.5, name='n', x=2), list(f.parse('a{b!s:>3}c{{d}}')))
print(f.format('{a[0]} {a[1]}', a=['p', 'q']), f.format('{} {}', 1, 2))

print(operator.add(1, 2), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1.0), operator.lt('a', 'b'), operator.is_(None, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.inv(5), operator.abs(-3), operator.index(7), operator.concat([1], [2]))
g = operator.itemgetter(1); g2 = operator.itemgetter(0, 2)
print(g('abc'), g2('abc'), g, g2, sorted([(1, 'b'), (2, 'a')], key=operator.itemgetter(1)))
class P:
    def __init__(self): self.name = 'p'; self.child = self
    def greet(self, greeting, punct='!'): return greeting + ' ' + self.name + punct
a = operator.attrgetter('name'); a2 = operator.attrgetter('name', 'child.name')
print(a(P()), a2(P()), a, a2)
m = operator.methodcaller('greet', 'hi', punct='?')
print(m(P()), m, operator.methodcaller('upper')('x'))
lst = [1, 2, 3]; operator.setitem(lst, 0, 9); operator.delitem(lst, 1); print(lst, operator.getitem(lst, -1))
x = [1]; print(operator.iadd(x, [2]), x, operator.iconcat([0], [1]), operator.length_hint(iter(range(4))))
try:
    operator.index(1.5)
except TypeError as e:
    print(e)
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(e)
print(keyword.iskeyword('for'), keyword.iskeyword('print'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.kwlist[:4], keyword.softkwlist)
print(types.UnionType, int | str, type(int | None) is types.UnionType, types.NoneType, types.GenericAlias)
print(types.new_class('NC', (object,), exec_body=lambda ns: ns.update(v=1)).v)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))))
class R:
    @reprlib.recursive_repr()
    def __repr__(self): return '<R ' + repr(self.items) + '>'
r = R(); r.items = [1, r]; print(repr(r))
