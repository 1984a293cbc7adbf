"""Plain module docstring."""
X = 1
_private = 2
__all__ = ["X", "public"]
def public():
    return "public"
