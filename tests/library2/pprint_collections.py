# pprint: the layouts of collections' types and mappingproxy.
import collections, pprint
od = collections.OrderedDict((str(i) * 5, list(range(i))) for i in range(8))
pprint.pprint(od)
dd = collections.defaultdict(list, {"k%d" % i: [i] * 8 for i in range(6)})
pprint.pprint(dd)
c = collections.Counter("abracadabra" * 10 + "xyz" * 7 + "qwertyuiop")
pprint.pprint(c, width=40)
dq = collections.deque(range(40), maxlen=50)
pprint.pprint(dq)
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.ChainMap({"a" * 30: 1}, {"b" * 30: 2}, {"c" * 30: 3}))
Point = collections.namedtuple("Point", "x y")
pprint.pprint([Point(1, 2)] * 10)
import types
pprint.pprint(types.MappingProxyType({"k" * 40: 1, "j" * 40: 2}))
