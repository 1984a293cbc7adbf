import selfimport
print('selfimport imports itself: same module?', selfimport is __import__('sys').modules[__name__])
from selfimport import later
