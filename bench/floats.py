# Float arithmetic: a small n-body-like loop.
x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
dt = 0.001
for _ in range(500000):
    r2 = x * x + y * y
    r3 = r2 * r2 ** 0.5
    vx -= x / r3 * dt
    vy -= y / r3 * dt
    x += vx * dt
    y += vy * dt
print(round(x, 6), round(y, 6))
