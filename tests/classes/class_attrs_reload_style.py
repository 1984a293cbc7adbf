class Config:
    debug = False
    level = 1
c = Config()
print(c.debug, c.level)
Config.debug = True
print(c.debug)
c.level = 5
print(c.level, Config.level)
del c.level
print(c.level)
def new_method(self):
    return "patched"
Config.method = new_method
print(c.method())
Config.method = lambda self: "patched again"
print(c.method())
class Sub(Config):
    pass
s = Sub()
print(s.debug, s.method())
Config.debug = "changed"
print(s.debug, Sub.debug)
Sub.debug = "sub's own"
print(s.debug, Config.debug)
del Sub.debug
print(s.debug)
def f():
    return 1
f.__code__ = (lambda: 2).__code__
print(f())
