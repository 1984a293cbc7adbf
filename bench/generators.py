# Generators: a pipeline of generator functions and expressions, yield from.
def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def chain(*its):
    for it in its:
        yield from it
total = sum(squares(evens(numbers(400000))))
count = sum(1 for _ in chain(range(100000), numbers(100000), (i for i in range(100000))))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib_gen()
last = 0
for _ in range(50000):
    last = next(g)
print(total, count, last % 1000007)
