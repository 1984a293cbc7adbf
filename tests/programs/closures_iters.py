"""Closures as objects, iterator protocol classes, context managers for resources."""

def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient")
        balance -= x
        history.append(-x)
        return balance
    def get():
        return balance, tuple(history)
    return {"deposit": deposit, "withdraw": withdraw, "get": get}

acct = make_account(10)
acct["deposit"](5); acct["withdraw"](3)
print(acct["get"](), acct["deposit"].__closure__ is not None, len(acct["get"].__closure__))
print(acct["deposit"].__code__.co_freevars, make_account.__code__.co_cellvars)

def counter_factory():
    counters = []
    for i in range(3):
        def c(step=1, _i=i):
            return _i * step
        counters.append(c)
    return counters
print([c(10) for c in counter_factory()])

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
    def __reversed__(self):
        return iter(range(1, self.start + 1))

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

cd = Countdown(4)
print(list(cd), list(cd), list(reversed(cd)), sum(cd), max(cd), 3 in cd, sorted(cd))
it = iter(cd)
print(next(it), next(it), list(it), next(it, "done"))
print(list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2))))
a, b, *c = Countdown(5)
print(a, b, c)

class Fib:
    def __init__(self, limit): self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), [x for x in Fib(10) if x % 2])

class Resource:
    opened = []
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, et.__name__ if et else "ok")
        return et is KeyError

with Resource("a") as ra, Resource("b") as rb:
    print("using", ra.name, rb.name, Resource.opened)
with Resource("c"):
    raise KeyError("suppressed")
try:
    with Resource("d"), Resource("e", fail=True):
        print("not reached")
except OSError as e:
    print("OSError:", e, Resource.opened)
try:
    with Resource("f"):
        raise ValueError("propagates")
except ValueError as e:
    print("ValueError:", e)
def uses_with():
    for i in range(3):
        with Resource(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                return "returned"
print(uses_with(), Resource.opened)

class Timer:
    def __init__(self): self.events = []
    def __call__(self, label):
        timer = self
        class _Ctx:
            def __enter__(self_inner):
                timer.events.append("start " + label)
            def __exit__(self_inner, *exc):
                timer.events.append("end " + label)
        return _Ctx()
t = Timer()
with t("outer"):
    with t("inner"):
        pass
print(t.events)
