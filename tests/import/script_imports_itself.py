# The script runs as module __main__; importing its own file by name runs
# it again as a second module (IMPORTS.md 5).
import sys

print('running as', __name__)
COUNTER = [__name__]
if __name__ == '__main__':
    import script_imports_itself as twin
    print(twin is sys.modules['__main__'], twin.__name__, twin.COUNTER)
    print(sys.modules['script_imports_itself'] is twin, twin.__file__ == __file__)
    print(twin.__spec__.name, __spec__)
    import script_imports_itself
    print(script_imports_itself is twin)
    print(type(sys.modules['__main__'].__loader__).__name__, sys.modules['__main__'].__loader__.name)
    print(sys.modules['__main__'] is sys.modules[__name__])
    main = sys.modules['__main__']
    print(main.__package__, main.__cached__, main.__file__ == sys.argv[0] or main.__file__.endswith('/' + sys.argv[0]))
    print(list(vars(main))[:9])
    print(sys.path[0] == main.__file__.rpartition('/')[0])
    import __main__
    print(__main__ is main, __main__.COUNTER)
