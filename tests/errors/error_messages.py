five = 5
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: [][0], lambda: ()[1],
    lambda: "abc"[10], lambda: {}["k"], lambda: None.x, lambda: (1).foo, lambda: "a" + 1, lambda: 1 + "a",
    lambda: [] + (), lambda: -"a", lambda: ~1.5, lambda: len(5), lambda: five(), lambda: five[0], lambda: iter(5),
    lambda: hash([]), lambda: hash({}), lambda: int("x"), lambda: float("y"), lambda: [1].index(5),
    lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: "a" < 1, lambda: [] < {},
    lambda: undefined, lambda: chr(-1), lambda: ord("ab"), lambda: "x".join([1]), lambda: "abc".index("z"),
    lambda: [1, 2].remove(3), lambda: {1}.remove(2), lambda: max([]), lambda: min(()), lambda: next(iter([])),
    lambda: int("10", 99), lambda: range(1.5), lambda: list(1), lambda: dict([1]), lambda: sum(["a"]),
    lambda: "a" * "b", lambda: [1] * 1.5, lambda: {}.fromkeys(1), lambda: getattr(1, "x"),
    lambda: object().x, lambda: setattr(1, "x", 1), lambda: (1, 2).append(3), lambda: "s".foo(),
    lambda: 2 ** -1 // 0, lambda: divmod(1, 0), lambda: pow(0, -1), lambda: round("x"), lambda: abs("x"),
    lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: bytes("x"), lambda: b"a" + "b",
    lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "{}".format(), lambda: "{0} {}".format(1, 2),
    lambda: int.from_bytes, lambda: [1, 2, 3][1:2:0], lambda: tuple(5), lambda: sorted([1, "a"]),
    lambda: (lambda x: x)(), lambda: (lambda: 1)(2), lambda: (lambda *, k: k)(), lambda: {}[[]],
    lambda: [].insert(), lambda: "abc".split(""), lambda: 1 << -1,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
