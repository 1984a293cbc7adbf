__all__ = ['tool', 'VERSION', 'extra']
VERSION = 3
_hidden = 'hidden'
