print(int("10"), int("-0"), int("1_000"), int("  7\n"), int("z", 36), int("0x1f", 16), int("017", 8), int("0o17", 0))
print(int(7.99), int(True), float("1_000.5"), float(".5"), float("5."), float("-1e-3"), float(True))
print(str(12), str(-1.25), str(b"x"), str((1,)), repr("x"), ascii("é"), bool([]))
print(list("hi"), tuple([1]), set((1, 1)), dict([("a", 1)]), list({1: 2}.items()))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), chr(65), ord("a"), hex(0))
print(int("101", 2), int("-ff", 16), format(255, "x"), format(255, "#o"), format(5, "08b"))
print(float("inf") > 10 ** 100, int(1e15), int(-1e15), int(1.5e20))
for bad in ["abc", "1.5", "", " ", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ["x", "1.2.3", ""]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
