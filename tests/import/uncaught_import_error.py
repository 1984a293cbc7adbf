# An exception escaping a chain of imports: the traceback shows the import
# statements and the module bodies, as CPython's does (no importlib frames).
print('before')
import layer1
print('never printed')
