from typing import *
import typing
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', int, str, covariant=True)
print(T, K, S, repr(T), T.__name__)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Union[int], Optional[Union[int, str]])
print(Tuple[int, ...], Tuple[()], Tuple, Callable[[int, str], bool], Callable[..., int], Callable, Type[int], Any, NoReturn)
print(Literal[1, 'a'], ClassVar[int], Final[int], Iterable[T], Set[int], FrozenSet[str], Sequence[int], Mapping[str, int], Deque[int], DefaultDict[str, int])
print(List[int].__origin__, List[int].__args__, get_origin(Dict[str, int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Optional[int]))
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self): return abs(self.x) + abs(self.y)
print(P(1), P._fields, P.__annotations__, type(P(1)), P.__mro__, P._field_defaults, P(3, -4.0).norm())
P2 = NamedTuple('P2', [('a', int)]); print(P2(5))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, type(m), Movie.__annotations__, Movie.__mro__)
UserId = NewType('UserId', int); print(UserId(5), UserId, type(UserId(5)))
print(cast(int, '3'), TYPE_CHECKING, typing.Text)
def f(a: int, b: 'List[str]' = None) -> Optional[int]: pass
print(get_type_hints(f))
try: isinstance(3, List[int])
except TypeError as e: print(e)
print(isinstance([], List), issubclass(list, List), isinstance({}, typing.Mapping))
try: Any()
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
print(Annotated[int, 'meta'], Optional[List[int]])
def process(items: List[Dict[str, Any]], *, flag: bool = False) -> Tuple[int, str]:
    return len(items), 'ok'
print(process([{}]), process.__annotations__['return'])
from dataclasses import dataclass, field
@dataclass
class Inv:
    items: List[str] = field(default_factory=list)
    counts: ClassVar[int] = 0
    owner: Optional[str] = None
print(Inv(), Inv.counts, [f for f in Inv.__dataclass_fields__])
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0, 2.0]), Vector)
print(Callable[[int], str].__args__, get_args(Callable[[int], str]))
TD = TypedDict('TD', {'a': int}); print(TD(a=1), TD.__annotations__)
