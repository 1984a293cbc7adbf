from ... import settings
from ...core import helper
from . import sibling
from .sibling import VALUE
from .. import helper as same_helper
PKG = __package__
