class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amt}")
        self.balance -= amt
def process(acc, amounts):
    for a in amounts:
        acc.withdraw(a)
try:
    process(Account(10), [5, 10])
except ValueError as e:
    print("caught", e)
class MyError(Exception):
    pass
def f():
    try:
        {}['k']
    except KeyError as e:
        raise MyError("wrapped") from e
def g():
    f()
g()
