from .helper import shout as _shout
from .. import settings
NAME = 'core of ' + __package__
