s = "The Quick Brown Fox, jumped! Over 2 lazy dogs."
print(s.lower().split(), [w.strip(",.!") for w in s.split()])
print("".join(c for c in s if c.isalpha()), sum(c.isupper() for c in s), sum(c.isdigit() for c in s))
vowels = {c: s.lower().count(c) for c in "aeiou"}
print(vowels)
def caesar(text, k):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar(s, 3)
print(enc, caesar(enc, -3) == s)
print(s[::-1], " ".join(reversed(s.split())), s.replace(" ", "_")[:15])
words = s.split()
print(max(words, key=len), sorted(words, key=len)[:3], [w for w in words if len(w) > 4])
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in table:
    print(f"{name:<10}|{price:>8.2f}|{qty:>4}|{price * qty:>8.2f}")
print("-" * 34)
print("%-10s|%8.2f|" % ("total", sum(p * q for _, p, q in table)))
print(",".join(map(str, range(10))), "a-b-c".split("-", 1), "  x  y  ".split(" "))
