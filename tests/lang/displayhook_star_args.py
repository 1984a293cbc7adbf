import sys, builtins
def run(src):
    exec(compile(src, "<s>", "single"))
run("1+1")
print(builtins._)
sys.displayhook = lambda v: print("hook", v)
run("3")
run("None")
sys.displayhook = sys.__displayhook__
run("[1,2]")
print(sys.displayhook is sys.__displayhook__, sys.displayhook)
run("None")
print(builtins._)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); old = sys.stdout; sys.stdout = w
run("'x'")
sys.stdout = old
print(w.parts)
del sys.displayhook
try:
    run("5")
except RuntimeError as e:
    print(e)
def f(*a): return a
try: f(*1)
except TypeError as e: print(e)
try: f((*1,))
except TypeError as e: print(e)
try: f(*1, **{})
except TypeError as e: print(e)
try: f(0, *1)
except TypeError as e: print(e)
try: print(*None)
except TypeError as e: print(e)
print(f(*"ab"), f(*[1,2], *(3,)), f(*{1:2}))
