import sys
print(sys.argv[0].endswith("m_module.py"), sys.argv[1:])
print(__name__, __file__ == sys.argv[0])
