# String building: f-strings, %-formatting, join, += in a loop, methods.
def report(rows):
    out = []
    for name, qty, price in rows:
        out.append(f"{name:<10}|{qty:>5}|{price:8.2f}|{qty * price:10.2f}")
    return "\n".join(out)
def digits(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s
def main():
    rows = [("item%d" % i, i % 17, i * 0.37) for i in range(20000)]
    text = report(rows)
    s = digits(200000)
    words = text.split()
    caps = [w.upper() for w in words if w.startswith("item")]
    line = "-".join("%s=%d" % (w, len(w)) for w in caps[:5000])
    print(len(text), len(s), len(caps), len(line), text.count("|"), s[:20])
main()
