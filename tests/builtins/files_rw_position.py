def fresh(n, nl=False):
    with open("big.txt", "w") as f:
        f.write(("x" * 99 + "\n") * (n // 100) if nl else "x" * n)
for size in [5000, 9000, 20000, 30000]:
    for n in [0, 1, 8191, 8192, 8193, 16384, 16385, 20000]:
        fresh(size)
        with open("big.txt", "r+") as f:
            f.read(n)
            f.write("Y")
        d = open("big.txt").read()
        print(size, n, d.index("Y"), len(d))
    fresh(size)
    with open("big.txt", "r+") as f:
        f.read(3); f.read(9000)
        f.write("Y")
    d = open("big.txt").read(); print("two reads", d.index("Y"))
    for k in [1, 50, 90, 200]:
        fresh(size, True)
        with open("big.txt", "r+") as f:
            for _ in range(k):
                f.readline()
            f.write("Z")
        d = open("big.txt").read(); print("lines", size, k, d.index("Z"))
    fresh(size, True)
    with open("big.txt", "r+") as f:
        for i, line in enumerate(f):
            if i == 10: break
        f.write("W")
    d = open("big.txt").read(); print("iter", d.index("W"))
