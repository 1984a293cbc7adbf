"""Sudoku solver: constraint propagation with sets, backtracking, generators."""
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [r for r in text.split() if r]
    return [[int(c) if c != "." else 0 for c in r] for r in rows]

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

def empty_cells(grid):
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                yield r, c

steps = 0
def solve(grid):
    global steps
    best = None
    for r, c in empty_cells(grid):
        cands = candidates(grid, r, c)
        if not cands:
            return False
        if best is None or len(cands) < len(best[2]):
            best = (r, c, cands)
            if len(cands) == 1:
                break
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        steps += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False

def valid(grid):
    groups = [row for row in grid]
    groups += [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)

grid = parse(PUZZLE)
print("empty cells:", sum(1 for _ in empty_cells(grid)))
ok = solve(grid)
print("solved:", ok, "valid:", valid(grid), "steps > 0:", steps > 0)
for i, row in enumerate(grid):
    line = " ".join("".join(map(str, row[j:j + 3])) for j in (0, 3, 6))
    print(line)
    if i in (2, 5):
        print("-" * len(line))
bad = parse(PUZZLE)
bad[0][2] = 5
print("contradiction solvable:", solve(bad))
