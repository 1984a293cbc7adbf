x = 5
if x is 1: pass
if 1 < x is not 2: pass
print(x is "a", None is x, x is ())
def f():
    assert (x, "msg")
try:
    None()
except TypeError as e: print(e)
try: [1,2]["a"]
except TypeError as e: print(e)
try: (1+2)[0]
except TypeError as e: print(e)
try: "abc"(1)
except TypeError as e: print(e)
y = [1,2][0], (1,2)[1], "ab"[x:]
s = {1}
t = (lambda: 1)
exec("z = 1 is 1")
compile("[1][1.5]", "<x>", "eval")
compile("{1}[0]", "nofile.py", "eval")
