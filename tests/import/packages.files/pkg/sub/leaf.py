from .. import helper
from ..helper import help_me
from . import sibling
NAME = "leaf"
def call():
    return help_me() + " via " + __name__ + " " + sibling.S
