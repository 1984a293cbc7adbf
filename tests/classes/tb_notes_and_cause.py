def outer():
    def inner():
        raise TypeError('deep')
    try:
        inner()
    except TypeError as e:
        raise RuntimeError('wrapped') from e
try:
    outer()
except RuntimeError as e:
    e.add_note('a note')
    e.add_note('second note')
    raise
