class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed
class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        return self.deposit(round(self.balance * self.rate, 2))
a = Account("ann", 100).deposit(50).withdraw(30)
s = Savings("sam", 1000)
s.add_interest()
print(a, s, a.history, Account.count)
for amt in (500, -1):
    try:
        a.withdraw(amt) if amt > 0 else a.deposit(amt)
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed)
    except ValueError as e:
        print("bad:", e)
accounts = sorted([a, s, Account("zed", 5)], key=lambda acc: acc.balance)
print([acc.owner for acc in accounts], sum(acc.balance for acc in accounts))
