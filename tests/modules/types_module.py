import types
def f():
    pass
class C:
    def m(self):
        pass
def g():
    yield 1
print(type(f) is types.FunctionType, type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType)
print(type(types) is types.ModuleType, type(g()) is types.GeneratorType, types.ModuleType.__name__)
m = types.ModuleType("made", "its doc")
print(m.__name__, m.__doc__, repr(m))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = 3
print(ns.a, ns.b, ns.c, ns)
print(type(lambda: 0).__name__, type(f.__code__).__name__)
