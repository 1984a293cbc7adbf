from collections import deque, Counter, OrderedDict, defaultdict, ChainMap
import collections.abc as cabc
print(deque[int], Counter[str], OrderedDict[str, int], defaultdict[str, list])
print(cabc.Iterable[int], cabc.Callable[[int], str], cabc.Mapping[str, int])
def f(x: deque[int]) -> dict[str, list[int]]: return {}
print(f.__annotations__)
