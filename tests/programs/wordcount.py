text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away quick quick"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, c in top:
    print(f"{w:<8}{c:>3}")
print(len(counts), max(counts, key=counts.get), sum(counts.values()))
lines = text.splitlines()
print([len(l.split()) for l in lines], " ".join(w.capitalize() for w in lines[0].split()))
