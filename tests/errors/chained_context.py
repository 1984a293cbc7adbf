try:
    {}["k"]
except KeyError:
    raise TypeError("while handling")
