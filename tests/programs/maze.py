"""Maze solving: BFS shortest path, DFS reachability, A* with a heap."""
from collections import deque
import heapq

MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#...#....#
#.###.##E#
##########"""

def parse(text):
    grid = [list(row) for row in text.splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S": start = (r, c)
            elif ch == "E": end = (r, c)
    return grid, start, end

def neighbors(grid, pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield nr, nc

def bfs(grid, start, end):
    prev = {start: None}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        if cur == end:
            break
        for nb in neighbors(grid, cur):
            if nb not in prev:
                prev[nb] = cur
                queue.append(nb)
    else:
        return None
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]

def dfs_count(grid, start):
    seen = set()
    stack = [start]
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        stack.extend(n for n in neighbors(grid, p) if n not in seen)
    return len(seen)

def astar(grid, start, end):
    def h(p):
        return abs(p[0] - end[0]) + abs(p[1] - end[1])
    open_heap = [(h(start), 0, start)]
    best = {start: 0}
    counter = 0
    while open_heap:
        f, g, cur = heapq.heappop(open_heap)
        counter += 1
        if cur == end:
            return g, counter
        for nb in neighbors(grid, cur):
            ng = g + 1
            if ng < best.get(nb, float("inf")):
                best[nb] = ng
                heapq.heappush(open_heap, (ng + h(nb), ng, nb))
    return None, counter

grid, start, end = parse(MAZE)
path = bfs(grid, start, end)
print("start", start, "end", end, "steps", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
print("reachable cells:", dfs_count(grid, start))
print("astar:", astar(grid, start, end))
grid[7][3] = "#"
print("blocked:", bfs(grid, start, end))
