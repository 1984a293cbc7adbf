from . import core
from .core import helper
from .core.helper import shout
TOP = 'app'
