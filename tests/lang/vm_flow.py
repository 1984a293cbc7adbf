class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
def f1():
    for i in range(4):
        with Ctx(i) as n:
            try:
                if n == 1: continue
                if n == 3: break
                print("body", n)
            finally:
                print("finally", n)
    return "f1 done"
print(f1())
def f2():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                print("try", i)
            except ValueError as e:
                print("except", e)
                return "returned from except"
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
print(f2())
def f3():
    try:
        try:
            raise KeyError("k")
        finally:
            print("finally runs during exception")
    except KeyError:
        print("caught after finally")
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise IndexError("i")
        finally:
            print("finally after except raise")
    except IndexError as e:
        print("got", repr(e), repr(e.__context__))
f3()
def f4():
    while True:
        try:
            with Ctx("w"):
                return "from with in while"
        finally:
            print("while finally")
print(f4())
def f5():
    result = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1: break
                result.append((i, j))
            finally:
                result.append("f")
        else:
            result.append("else")
    return result
print(f5())
def f6():
    try:
        return "try"
    finally:
        print("in finally")
        try:
            raise ValueError
        except ValueError:
            pass
print(f6())
def f7():
    for x in range(3):
        try:
            continue
        finally:
            print("cont finally", x)
f7()
def f8():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
try:
    f8()
except ValueError as e:
    print("f8 reraised", e)
def f9():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in dir()
print(f9())
def f10():
    with Ctx("outer"):
        with Ctx("inner"):
            raise KeyError("x")
try:
    f10()
except KeyError:
    print("f10 caught")
class Suppress:
    def __enter__(self): pass
    def __exit__(self, t, v, tb): return t is ZeroDivisionError
def f11():
    for i in range(3):
        with Suppress():
            if i == 1:
                1 / 0
            print("i", i)
    return "f11"
print(f11())
def f12():
    x = 0
    while x < 10:
        x += 1
        if x % 2: continue
        if x > 6: break
    else:
        return "no break"
    return x
print(f12())
def f13(n):
    try:
        if n: raise ValueError
        return "ok"
    except ValueError:
        return "err"
    else:
        return "else"
    finally:
        print("f13 finally")
print(f13(0), f13(1))
def f14():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else branch")
f14()
def f15():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 0:
                continue
            return str(e)
print(f15())
def gen_with():
    with Ctx("gen"):
        yield 1
        yield 2
g = gen_with()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("gen done")
g = gen_with(); next(g); g.close()
a = [1, 2, 3]
i = 0
while a:
    i += a.pop()
print(i)
try:
    raise ValueError("x")
except (KeyError, ValueError) as e:
    print(type(e).__name__)
except Exception:
    print("no")
def bare():
    try:
        1/0
    except:
        return "bare except"
print(bare())
