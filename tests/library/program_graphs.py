from collections import deque, defaultdict, namedtuple
import heapq, itertools, functools
Edge = namedtuple('Edge', 'src dst weight')
edges = [Edge('A', 'B', 4), Edge('A', 'C', 2), Edge('C', 'B', 1), Edge('B', 'D', 5), Edge('C', 'D', 8), Edge('D', 'E', 3)]
graph = defaultdict(list)
for e in edges:
    graph[e.src].append((e.dst, e.weight))
    graph[e.dst].append((e.src, e.weight))
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt); q.append(nxt)
    return order
def dijkstra(start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float('inf')):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dict(sorted(dist.items()))
print(bfs('A'), dijkstra('A'))
@functools.lru_cache(maxsize=None)
def paths(n, k):
    if k == 0: return 1 if n == 0 else 0
    return sum(paths(n - i, k - 1) for i in range(1, n + 1))
print(paths(10, 3), paths.cache_info())
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.islice(itertools.cycle('ab'), 5)))
best = max(itertools.permutations('ABCD', 3), key=lambda p: sum(ord(c) * i for i, c in enumerate(p)))
print(best, len(list(itertools.combinations(range(6), 3))))
for key, grp in itertools.groupby(sorted(edges, key=lambda e: e.src), key=lambda e: e.src):
    print(key, [e.dst for e in grp])
print(functools.reduce(lambda a, e: a + e.weight, edges, 0))
