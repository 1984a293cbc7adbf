def f(x):
    try:
        if x == 1:
            return "try-return"
        if x == 2:
            raise ValueError("raised")
    except ValueError:
        return "except-return"
    else:
        return "else-return"
    finally:
        print("finally for", x)
print(f(1), f(2), f(3))
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "end"
try:
    print(swallow())
except KeyError as e:
    print("escaped", e)
def nested_loops():
    out = []
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        break
                    out.append((i, j))
                finally:
                    out.append("f")
        finally:
            out.append("F")
    return out
print(nested_loops())
def exc_in_except():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][0]
    except IndexError as e:
        return type(e.__context__).__name__
print(exc_in_except())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            pass
    return n
print(while_finally())
