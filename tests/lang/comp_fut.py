from __future__ import annotations
def f(x: List[int], *, y: Dict[str, "X"] | None = None) -> Optional[int]:
    pass
print(f.__annotations__)
class C:
    a: int
    b: list[str] = []
    c: Callable[[int], str]
    d: tuple[int, ...]
    e: "quoted"
    f: 3 + 4 * 2
    g: -1
    h: a.b.c
print(C.__annotations__)
