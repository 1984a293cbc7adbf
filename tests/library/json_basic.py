import json
data = {'name': 'molt', 'version': 1, 'ratio': 0.5, 'tags': ['a', 'b'], 'nested': {'x': None, 'y': True, 'z': False}, 'empty': [], 'eo': {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.dumps('héllo "quoted" \\ \n\t\x01 €😀'), json.dumps('héllo €😀', ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps((1, (2, 3))))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e100, 1.0, -0.0, 123456789012345678901234567890]))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent=4))
class Obj:
    def __init__(self): self.x = 1
print(json.dumps(Obj(), default=lambda o: o.__dict__), json.dumps({'k': {1, 2}}, default=sorted))
for bad in [lambda: json.dumps(Obj()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float('nan'), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
circ = []; circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(e)
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": "\\ud83d\\ude00", "big": 12345678901234567890}'
obj = json.loads(text)
print(obj, type(obj['a'][1]).__name__, obj['b']['c'])
print(json.loads('[]'), json.loads('{}'), json.loads(' 42 '), json.loads('"s"'), json.loads('NaN'), json.loads('-Infinity'), json.loads(b'[1]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=str), json.loads('7', parse_int=float))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
for t in ['"a\x01b"', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '[1 2]', '', '  ', '"abc', '"a\\qb"', '"\\u12g4"', '[1] x', '{"a": }', 'nul', '-', '01', '1.', '.5', '1e', '\n\n  [1,\n  oops]', '\ufeff[]']:
    try:
        json.loads(t)
    except json.JSONDecodeError as e:
        print(repr(t), 'ERR', e, e.pos, e.lineno, e.colno, e.msg)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
s = json.dumps(data, indent=1)
print(json.loads(s) == data, json.loads(json.dumps('x' * 3)) == 'xxx')
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc), Enc(indent=1).encode([1]))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.decode('{"k": "v"}'))
import collections
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])), json.dumps(collections.namedtuple('P', 'x y')(1, 2)))
from enum import IntEnum
class N(IntEnum):
    ONE = 1
print(json.dumps([N.ONE, True]))
