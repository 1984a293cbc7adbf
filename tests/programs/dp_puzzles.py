"""Dynamic programming and recursion puzzles: LCS, knapsack, edit distance,
coin change, permutations, n-queens count, subsets, Catalan numbers."""
from functools import lru_cache

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return dp[0][0], "".join(out)

def knapsack(items, cap):
    @lru_cache(maxsize=None)
    def best(i, c):
        if i == len(items):
            return 0, ()
        w, v, name = items[i]
        skip = best(i + 1, c)
        if w > c:
            return skip
        val, chosen = best(i + 1, c - w)
        take = (val + v, (name,) + chosen)
        return max(skip, take)
    return best(0, cap)

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

def permutations(seq):
    if len(seq) <= 1:
        yield seq
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield x + rest if isinstance(seq, str) else [x] + rest

def queens(n, row=0, cols=frozenset(), d1=frozenset(), d2=frozenset()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})
               for c in range(n) if c not in cols and row - c not in d1 and row + c not in d2)

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

@lru_cache(maxsize=None)
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))

def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves

print(lcs("AGGTAB", "GXTXAYB"), lcs("programming", "gaming"))
print(knapsack(((12, 4, "book"), (2, 2, "pen"), (1, 1, "gum"), (1, 2, "key"), (4, 10, "gold")), 15))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print(list(permutations("abc")), len(list(permutations(list(range(5))))))
print([queens(n) for n in range(1, 9)])
print(subsets([1, 2, 3]))
print([catalan(i) for i in range(15)], catalan.cache_info().hits > 0)
print(len(hanoi(10)), hanoi(3))
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(max(range(1, 3000), key=collatz_len), collatz_len(27))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def flood(grid, r, c, old, new):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old:
        return 0
    grid[r][c] = new
    return 1 + sum(flood(grid, r + dr, c + dc, old, new) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
g = [list(s) for s in ["..#..", ".##..", "....#", "###.."]]
print(flood(g, 0, 0, ".", "o"), ["".join(r) for r in g])
