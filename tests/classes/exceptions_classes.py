class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class Missing(ValidationError):
    pass
def validate(d):
    if "name" not in d:
        raise Missing("name", "required")
    if not isinstance(d["name"], str):
        raise ValidationError("name", "must be str")
    return True
for d in [{"name": "x"}, {}, {"name": 1}]:
    try:
        print(validate(d))
    except Missing as e:
        print("missing", e.field, e)
    except ValidationError as e:
        print("invalid", e.field, e, e.args)
print(Missing.__mro__[1:4])
e = KeyError("k")
print(repr(e), str(e), e.args, repr(KeyError()), str(KeyError(1, 2)))
print(repr(ValueError("a", 1)), str(OSError(2, "No such file")), repr(Exception()))
err = ImportError("msg", name="mod", path="/p")
print(err.name, err.path, err.msg, str(err))
try:
    raise TypeError("first")
except TypeError as first:
    try:
        raise ValueError("second")
    except ValueError as second:
        print(second.__context__ is first)
x = ValueError("payload")
x.extra = 42
print(x.extra, isinstance(x, BaseException))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
def gen_errors():
    for cls in (KeyError, IndexError, AttributeError, NotImplementedError, OverflowError, FileNotFoundError):
        try:
            raise cls("test")
        except Exception as e:
            yield type(e).__name__ + ":" + type(e).__bases__[0].__name__
print(list(gen_errors()))
try:
    try:
        raise ValueError("original")
    finally:
        print("finally ran")
except ValueError as e:
    print("propagated", e)
class Strange(Exception):
    def __str__(self):
        return "strange str"
print(Strange(), repr(Strange()))
