def rec(n):
    return rec(n + 1)
class E(Exception):
    def __str__(self):
        return 'custom str'
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__, e)
raise E('x')
