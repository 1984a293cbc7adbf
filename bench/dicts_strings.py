# Dict and string work.
words = ["w%d" % (i % 5000) for i in range(300000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
parts = []
for k in sorted(counts)[:1000]:
    parts.append(k.upper() + ":" + str(counts[k]))
text = ",".join(parts)
print(len(counts), len(text), text.count("W1"), text.split(",")[10])
