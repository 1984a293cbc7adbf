"""Tic-tac-toe with minimax and alpha-beta pruning; memoized positions."""
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None

def moves(board):
    return [i for i, cell in enumerate(board) if cell == " "]

cache = {}
stats = {"nodes": 0, "hits": 0}

def minimax(board, player, alpha=-2, beta=2):
    key = (board, player)
    if key in cache:
        stats["hits"] += 1
        return cache[key]
    stats["nodes"] += 1
    w = winner(board)
    if w is not None:
        result = (1 if w == "X" else -1), None
    elif not moves(board):
        result = 0, None
    else:
        best_move = None
        if player == "X":
            best = -2
            for m in moves(board):
                score, _ = minimax(board[:m] + "X" + board[m + 1:], "O", alpha, beta)
                if score > best:
                    best, best_move = score, m
                alpha = max(alpha, best)
                if alpha >= beta:
                    break
        else:
            best = 2
            for m in moves(board):
                score, _ = minimax(board[:m] + "O" + board[m + 1:], "X", alpha, beta)
                if score < best:
                    best, best_move = score, m
                beta = min(beta, best)
                if alpha >= beta:
                    break
        result = best, best_move
        if alpha < best < beta or best_move is None:
            pass
    cache[key] = result
    return result

def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n---------\n".join(rows)

board = " " * 9
player = "X"
while winner(board) is None and moves(board):
    _, m = minimax(board, player)
    board = board[:m] + player + board[m + 1:]
    player = "O" if player == "X" else "X"
print(show(board))
print("winner:", winner(board) or "draw", "| nodes:", stats["nodes"] > 0, "| hits:", stats["hits"] > 0)
print(minimax("XX OO    ", "X"), minimax("XX OO    ", "O")[0], minimax("XOXOXO   ", "X"))
