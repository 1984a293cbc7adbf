class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance})"
    def __lt__(self, other):
        return self._balance < other._balance
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        return self.deposit(interest)
    def __repr__(self):
        return "Savings:" + super().__repr__()
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e, "needed", e.needed)
            return False
        else:
            b.deposit(amount)
            return True
        finally:
            print("transfer attempted", src, "->", dst, amount)
    def __iter__(self):
        return iter(sorted(self.accounts.values()))
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 50)
carol = bank.open(Savings, "carol")
bank.transfer(1, 2, 30)
bank.transfer(3, 1, 10)
bob.add_interest().deposit(5)
try:
    carol.deposit(-1)
except ValueError as e:
    print("error:", e)
for acct in bank:
    print(acct, acct.history)
print("total", bank.total())
print(max(bank), min(bank.accounts.values()))
by_owner = {a.owner: a.balance for a in bank}
print(by_owner)
counts = {}
for a in bank:
    for kind, amt in a.history:
        counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
matrix = [[i * j for j in range(4)] for i in range(4)]
transposed = list(map(list, zip(*matrix)))
print(transposed[2], sum(map(sum, matrix)))
def primes(n):
    sieve = [True] * (n + 1)
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i in range(2, n + 1) if sieve[i]]
print(primes(50))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(90))
