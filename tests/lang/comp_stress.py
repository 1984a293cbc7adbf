def complex_flow(n):
    out = []
    for i in range(n):
        try:
            with open(__file__) as fh:
                try:
                    if i % 4 == 0:
                        continue
                    if i % 4 == 1:
                        raise ValueError(i)
                    if i == 7:
                        break
                    out.append(("ok", i))
                except ValueError as e:
                    out.append(("ve", e.args[0]))
                    if i == 5:
                        return out, "early"
                finally:
                    out.append(("fin", i))
        except Exception as e:
            out.append(("outer", repr(e)))
        else:
            out.append(("else", i))
    return out, "end"
print(complex_flow(10))
print(complex_flow(4))

def gen_flow():
    for i in range(6):
        try:
            if i == 2:
                continue
            x = yield i
            if x == "stop":
                return "stopped"
        finally:
            yield ("fin", i)
g = gen_flow()
print(next(g), next(g), next(g), next(g), next(g))
try:
    g.send("stop")
    print(next(g))
except StopIteration as e:
    print("Stop", e.value)

def deep(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        deep(n - 1)
    except KeyError:
        if n == 3:
            raise
        raise IndexError(n)
try:
    deep(5)
except IndexError as e:
    print("deep", e, type(e.__context__).__name__)

def while_else(lim):
    i = 0
    while i < lim:
        i += 1
        if i == 10:
            break
    else:
        return "no break"
    return "broke"
print(while_else(3), while_else(20))

def try_in_except():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as inner:
            return repr(inner), repr(inner.__context__)
print(try_in_except())

def finally_return_override():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(finally_return_override())

def exc_var_scoping():
    try:
        1/0
    except ZeroDivisionError as e:
        f = lambda: e
        r = f()
    return type(r).__name__
print(exc_var_scoping())

def nested_with_exc():
    class CM:
        def __init__(s, n): s.n = n
        def __enter__(s): print("enter", s.n); return s
        def __exit__(s, *a): print("exit", s.n, a[0].__name__ if a[0] else None); return s.n == 1
    with CM(1):
        with CM(2):
            with CM(3):
                raise OSError("x")
    print("survived")
nested_with_exc()
