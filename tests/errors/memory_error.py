try:
    x = [0] * (2 ** 62)
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    s = "ab" * (2 ** 62)
except MemoryError as e:
    print("MemoryError", type(e).__name__)
