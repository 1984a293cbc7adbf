def a(n):
    if n == 0:
        raise LookupError("bottom")
    return a(n - 1)
a(3)
