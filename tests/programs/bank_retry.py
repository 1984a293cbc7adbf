"""Bank simulation: exception hierarchy, retries with backoff, context managers, audit log."""

class BankError(Exception):
    code = "E000"
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"

class InsufficientFunds(BankError):
    code = "E100"

class AccountLocked(BankError):
    code = "E200"

class TransientError(BankError):
    code = "E300"

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.locked = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self._check()
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amount}")
        self._balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.locked:
            raise AccountLocked(f"{self.owner} is locked")

class Transaction:
    """Context manager: on error, restores the balances it saw on entry."""
    def __init__(self, *accounts):
        self.accounts = accounts
    def __enter__(self):
        self.saved = [(a, a._balance, len(a.history)) for a in self.accounts]
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for a, bal, n in self.saved:
                a._balance = bal
                del a.history[n:]
            print(f"  rolled back after {exc_type.__name__}: {exc}")
        return False

flaky_calls = {"n": 0}
def flaky_network():
    flaky_calls["n"] += 1
    if flaky_calls["n"] % 3 != 0:
        raise TransientError(f"timeout #{flaky_calls['n']}")

def retry(times, exceptions=(TransientError,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                    print(f"  {fn.__name__} succeeded on attempt {attempt}")
                    return result
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} gave up after {times} attempts") from last
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@retry(times=4)
def transfer(src, dst, amount):
    with Transaction(src, dst):
        src.withdraw(amount)
        flaky_network()
        dst.deposit(amount)
    return amount

alice, bob = Account("alice", 100), Account("bob", 20)
for amount in (30, 500, 10):
    print(f"transfer {amount}:")
    try:
        transfer(alice, bob, amount)
    except InsufficientFunds as e:
        print("  refused:", e)
    except RuntimeError as e:
        print("  error:", e, "| cause:", repr(e.__cause__))
    print(f"  balances: alice={alice.balance} bob={bob.balance}")
bob.locked = True
try:
    transfer(alice, bob, 5)
except BankError as e:
    print("locked:", e, isinstance(e, AccountLocked), e.code)
print(alice.balance, bob.balance, alice.history, bob.history)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
errors = [InsufficientFunds("x"), AccountLocked("y"), TransientError("z"), BankError("w")]
print(sorted(str(e) for e in errors))
print([type(e).__mro__[1].__name__ for e in errors])
