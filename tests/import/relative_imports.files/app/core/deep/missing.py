from . import not_there
