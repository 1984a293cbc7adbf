def f():
    if any((y := x) > 2 for x in [1, 2, 3, 4]):
        return y
print(f())
def g():
    total = 0
    vals = [total := total + v for v in range(5)]
    return total, vals
print(g())
x = 1
class K:
    global x
    x = 2
print(x)
def h():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return str(e)
print(h())
def k():
    global newglob
    newglob = 5
    del newglob
    try:
        return newglob
    except NameError as e:
        return str(e)
print(k())
def outer():
    a = 1
    class C:
        a = 2
        def m(self):
            return a
        b = [a for _ in range(1)]
    return C().m(), C.b
print(outer())
def counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return incr, get
i, g2 = counter()
i(); i()
print(g2())
def shadow():
    len = 5
    return len
print(shadow(), len([1]))
def default_eval():
    vals = []
    for i in range(3):
        def f(i=i): return i
        vals.append(f)
    return [f() for f in vals]
print(default_eval())
def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)
print(recursive_closure())
def mutual():
    def even(n): return True if n == 0 else odd(n - 1)
    def odd(n): return False if n == 0 else even(n - 1)
    return even(10), odd(7)
print(mutual())
def gen_closure():
    x = 10
    def gen():
        for i in range(3):
            yield x + i
    x = 20
    return list(gen())
print(gen_closure())
class Outer:
    x = 5
    def method(self):
        return [self.x for _ in range(2)]
print(Outer().method())
def arg_cell(a, b):
    def get(): return a, b
    a = a * 10
    return get()
print(arg_cell(1, 2))
def star_cell(*args, **kw):
    return (lambda: (args, kw))()
print(star_cell(1, k=2))
def kwonly_cell(*, k):
    return (lambda: k)()
print(kwonly_cell(k=3))
