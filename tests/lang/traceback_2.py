def f(d):
    return (d["a"] +
            d["b"])
def g():
    try:
        f({"a": 1})
    except KeyError:
        x = [1, 2,
             3][5]
g()
