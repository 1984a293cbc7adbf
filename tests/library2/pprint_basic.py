# pprint: CPython's layout of nested data at various widths.
import io
import pprint

data = {
    "name": "molt",
    "version": (0, 1, 0),
    "authors": ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"],
    "deps": {"gc": {"required": True, "version": "8.2"},
             "gmp": {"required": True, "version": "6.3"},
             "readline": {"required": False, "version": None}},
    "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    "empty": [[], {}, (), set(), ""],
    "tags": {30, 10, 20},
    "frozen": frozenset({3, 1, 2}),
    "single": (1,),
    10: "int key",
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=120))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, sort_dicts=False, width=60))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=50))
pprint.pp({"b": 1, "a": [2] * 30})

numbers = list(range(40))
pprint.pprint(numbers)
pprint.pprint(numbers, compact=True)
pprint.pprint(numbers, width=30, compact=True)
pprint.pprint([numbers[:5], numbers[5:30], "x"], compact=True, width=40)
nested = [[[["deep"] * 3] * 3] * 2]
pprint.pprint(nested, width=30)
pprint.pprint(nested, width=30, compact=True)
print(pprint.pformat(("tuple",) * 12, width=30))
print(pprint.pformat(((1, 2),), width=5))

text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint([text, "short"])
pprint.pprint({"key": text + "\nsecond line\n"}, width=50)
pprint.pprint("no_spaces_" * 12, width=40)
pprint.pprint(b"0123456789abcdefghij" * 5, width=40)
pprint.pprint([b"0123456789abcdefghij" * 3], width=30)

pprint.pprint({1: "one", "two": 2, (3,): [3], None: 0})
pprint.pprint({3.5, 1, 2.25})
print(pprint.saferepr({"b": [1, 2], "a": (3,)}))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]),
      pprint.isreadable(object()))
print(pprint.pformat(12345678, underscore_numbers=True),
      pprint.pformat([10**9] * 2, underscore_numbers=True))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

pprint.pprint([Point(i, i * i) for i in range(12)])

class MyDict(dict):
    pass

pprint.pprint(MyDict(zip("abcdefghijklmn", range(14))))

out = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=30, stream=out)
printer.pprint({"list": list(range(12)), "x": "y"})
print(out.getvalue(), end="")
print(printer.pformat([]), printer.isreadable({"a": 1}))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
