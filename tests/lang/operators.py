print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(1 + 2 < 4, not 1 == 2, 1 < 2 == 2, 5 & 3 == 1, (5 & 3) == 1, 1 | 2 ^ 3 & 4, ~0 + 1)
print(3 > 2 > 1, 1 < 3 > 2, 1 == 1 != 2, 1 in [1] in [[1]], "a" < "b" < "c")
print(True or 1 / 0, False and 1 / 0, None or 0 or [] or "last")
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2, 2 ** -2, 4 ** 0.5, (-8) % 3, 8 % -3)
print(1 if True else 2 if False else 3, (lambda: 1 if 0 else 2)())
x = [1, 2, 3]
print(x[1] + x[-1] * 2, x[0:2] * 2, -x[0], not x, x and x[0])
a = b = c = 5
print(a is b, a == b == c, id(a) == id(b))
print(0.1 * 3, 1e308 * 10, -1e308 * 10, 2 ** 0.5 * 2 ** 0.5)
print(divmod(-9, 4), -9 // 4, -9 % 4, 9 // -4, 9 % -4, -9 // -4)
print(True + 1, True * 1.5, 5 - True, 3 // True)
print([1] * 3 == [1, 1, 1], "ab" * 2, 3 * "x", (1,) * 3)
