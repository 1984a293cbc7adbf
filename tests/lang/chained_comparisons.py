def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 <= 2 < 3 != 4 == 4, 0 < 0.5 < 1, "a" < "b" > "a")
x = 5
print(0 <= x < 10, 10 < x < 20, x == 5 == 5.0, 1 < x > 2, None is None is not False)
print(1 in [1, 2] not in [[3]], [1] == [1] != [2])
