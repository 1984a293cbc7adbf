log = []
def l3(n):
    try:
        if n == 0:
            raise ValueError("deep")
        return l3(n - 1)
    finally:
        log.append(n)
def l2():
    try:
        l3(5)
    except ValueError as e:
        return "l2 caught " + str(e)
print(l2(), log)
def swallow():
    try:
        raise KeyError
    finally:
        return "swallowed"
def calls_swallow():
    return swallow() + "!"
print(calls_swallow())
def reraise_chain(n):
    try:
        if n == 0:
            raise IndexError(0)
        reraise_chain(n - 1)
    except IndexError as e:
        raise IndexError(n) from e
try:
    reraise_chain(3)
except IndexError as e:
    chain = []
    while e:
        chain.append(e.args[0])
        e = e.__cause__
    print(chain)
def gen_raiser():
    yield 1
    raise RuntimeError("gen err")
def consume():
    total = 0
    try:
        for v in gen_raiser():
            total += v
    except RuntimeError as e:
        return total, str(e)
print(consume())
def nested_try(depth):
    if depth == 0:
        return 1 / 0
    try:
        return nested_try(depth - 1)
    except TypeError:
        return "wrong"
try:
    nested_try(50)
except ZeroDivisionError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
def loop_exc():
    out = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append(-e.args[0])
    return out
print(loop_exc())
def method_exc():
    class A:
        def f(self, n):
            if n == 0: raise LookupError("bottom")
            return self.f(n - 1)
    try:
        A().f(10)
    except LookupError as e:
        return str(e)
print(method_exc())
def stack_after_exc():
    vals = []
    for i in range(3):
        try:
            vals.append([1, 2, 3][i * 2])
        except IndexError:
            vals.append(None)
    return vals
print(stack_after_exc())
def exc_in_args():
    def g(a, b): return a + b
    try:
        return g(1, [][0])
    except IndexError:
        return "exc while building args"
print(exc_in_args())
def exc_in_comprehension():
    try:
        return [1 / x for x in [1, 0]]
    except ZeroDivisionError:
        return "comp exc"
print(exc_in_comprehension())
import sys
def recursion_recover():
    def r(): return r()
    try:
        r()
    except RecursionError:
        pass
    return sum(range(10))
print(recursion_recover(), recursion_recover())
