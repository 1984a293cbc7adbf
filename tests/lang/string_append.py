import sys
def f():
    s = ""
    keep = []
    for i in range(50):
        s += str(i)
        if i % 10 == 0:
            keep.append(s)
    return s, keep
s, keep = f()
print(s, keep)
def g():
    s = "start"
    t = s
    s += "-x"
    s += "-y"
    u = s
    s += "-z"
    s = s + "!"
    return s, t, u
print(g())
def h():
    s = "a"
    s += s
    s += s
    s += ""
    e = ""
    e += "lit"
    e += "eral"
    return s, e, e != "literal"
print(h())
def loc():
    s = "q"
    for i in range(3):
        s += "w"
        d = locals()
        s += "e"
    return s, d
print(loc())
def frame_peek():
    s = "p"
    out = []
    for i in range(3):
        s += str(i)
        out.append(locals()["s"])
    return s, out
print(frame_peek())
def gen():
    s = ""
    for i in range(5):
        s += chr(65 + i)
        yield s
print(list(gen()))
def uni():
    s = "é"
    for c in "ñü日本":
        s += c
    return s, len(s), s[2], s[-1], hash(s) == hash("éñü日本")
print(uni())
def hashed():
    s = "ab"
    s += "c"
    h1 = hash(s)
    d = {s: 1}
    s += "d"
    return h1 == hash("abc"), d, s, d.get("abc"), hash(s) == hash("abcd")
print(hashed())
def rec(n, acc=""):
    if n == 0:
        return acc
    acc += str(n)
    return rec(n - 1, acc) + "|" + acc
print(rec(5))
def big():
    s = ""
    for i in range(20000):
        s += "xy"
    return len(s), s[:6], s.count("y")
print(big())
def interned():
    s = sys.intern("abc" * 2)
    s += "d"
    return s
print(interned(), "abcabc")
def closure():
    s = ""
    def add(x):
        nonlocal s
        s += x
    for c in "hello":
        add(c)
    return s
print(closure())
def aug_with_subclass():
    class S(str): pass
    s = S("sub")
    s += "x"
    t = "x"
    t += S("y")
    return type(s).__name__, s, type(t).__name__, t
print(aug_with_subclass())
def exc():
    s = "a"
    try:
        s += 5
    except TypeError as e:
        print(e)
    s += "b"
    return s
print(exc())
