name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} {n:5} {n:<5}| {n:^7}| {n:05} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:,}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%} {1234567.891:,.2f} {0.5:.0%}")
print(f"{name!r} {name!s} {name:>10} {name:*^11} {items} {items[1]} {len(items)}")
print(f"{'nested'} {f'{n}'} {{braces}} {n + 1} {n * 2:>{4 + 2}}")
print(f"{3.0} {1e20} {1/3} {True} {None} {-5:+d} {5:+d} {-0.0}")
w = 8
print(f"{'x':{w}}|{pi:{w}.{3}}|")
d = {"a": 1}
print(f"{d['a']} {d}")
print(f"{name=}")
print(f"{n:_} {123456789:_} {255:_x}")
print(format(42, "08.3f"), format("abc", ">6"), format(3, ""), format(1234.5, ","))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0!r:>8} {1:.3f} {2[0]} {3.real}".format("s", 2.0, [9], 5))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:g} {:g} {:g} {:g}".format(1e-5, 123456789.0, 100.0, 0.000123))
print(f"{1e16} {1.5e300} {2.5:.0f} {3.5:.0f} {1.125:.2f}")
