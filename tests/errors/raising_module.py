import sys
def use():
    import failing
    return failing.VALUE
try:
    use()
except RuntimeError as e:
    print("caught", e, "failing" in sys.modules)
use()
