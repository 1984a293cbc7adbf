"""Text statistics: word frequencies, n-grams, sentence split, justification."""
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us; we had nothing before us! Were we all going direct to Heaven?"""

def words(text):
    out = []
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out

def ngrams(seq, n):
    return list(zip(*(seq[i:] for i in range(n))))

def sentences(text):
    result, cur = [], []
    for ch in text.replace("\n", " "):
        cur.append(ch)
        if ch in ".!?":
            result.append("".join(cur).strip())
            cur = []
    if "".join(cur).strip():
        result.append("".join(cur).strip())
    return result

def justify(words_, width):
    lines, line = [], []
    for w in words_:
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    out = []
    for ln in lines:
        gaps = len(ln) - 1
        if gaps == 0:
            out.append(ln[0].ljust(width))
            continue
        spaces = width - sum(map(len, ln))
        q, r = divmod(spaces, gaps)
        out.append("".join(w + " " * (q + (i < r)) for i, w in enumerate(ln[:-1])) + ln[-1])
    out.append(" ".join(line).ljust(width))
    return out

ws = words(TEXT)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(ws), len(freq), top)
bigrams = {}
for bg in ngrams(ws, 2):
    bigrams[bg] = bigrams.get(bg, 0) + 1
print(max(bigrams.items(), key=lambda kv: (kv[1], kv[0])))
print([s[:25] for s in sentences(TEXT)])
for line in justify(TEXT.split(), 38):
    print("|" + line + "|")
lengths = [len(w) for w in ws]
print(f"avg word length {sum(lengths) / len(lengths):.3f}, longest {max(ws, key=len)!r}")
print({n: sum(1 for l in lengths if l == n) for n in sorted(set(lengths))})
print(TEXT.count("it was"), TEXT.title()[:30], TEXT.swapcase()[:12], TEXT.split(",")[1].strip())
