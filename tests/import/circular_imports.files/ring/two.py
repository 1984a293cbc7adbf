from . import one
print('ring.two got a partial ring.one; ONE yet?', hasattr(one, 'ONE'))
from .one import ONE
