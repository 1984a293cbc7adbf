"""Conway's game of life on a set of live cells; pattern detection."""
def neighbors(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield x + dx, y + dy

def step(live):
    counts = {}
    for cell in live:
        for n in neighbors(cell):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}

def render(live, w=10, h=6):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))

def normalize(live):
    if not live:
        return frozenset()
    mx = min(x for x, _ in live)
    my = min(y for _, y in live)
    return frozenset((x - mx, y - my) for x, y in live)

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(5, 1), (5, 2), (5, 3)}
world = glider | blinker
seen = {}
for gen in range(9):
    if gen in (0, 4, 8):
        print(f"generation {gen}: {len(world)} cells")
        print(render(world))
    world = step(world)
print(normalize(step(step(step(step(glider))))) == normalize(glider))
history = []
state = frozenset({(0, 0), (1, 0), (2, 0)})
for i in range(5):
    if state in history:
        print("cycle of length", len(history) - history.index(state))
        break
    history.append(state)
    state = frozenset(step(state))
print(sorted(step({(0, 0), (0, 1), (1, 0), (1, 1)})))
