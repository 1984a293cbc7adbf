"""A log-processing pipeline of generators: parsing, filtering, windows, grouping."""
LOG = """\
2024-01-01 10:00:01 INFO  web   request /index 200 12ms
2024-01-01 10:00:02 WARN  db    slow query 340ms
2024-01-01 10:00:02 INFO  web   request /login 200 40ms
2024-01-01 10:00:03 ERROR web   request /pay 500 3ms
garbage line here
2024-01-01 10:00:05 INFO  auth  token issued
2024-01-01 10:00:07 ERROR db    connection lost
2024-01-01 10:00:08 INFO  web   request /index 200 9ms
2024-01-01 10:00:09 WARN  web   request /search 429 1ms
"""

def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line

def parse(lines, errors):
    for n, line in lines:
        parts = line.split(None, 4)
        if len(parts) < 5:
            errors.append(n)
            continue
        date, time, level, source, message = parts
        yield {"n": n, "time": time, "level": level, "source": source, "msg": message}

def only(records, *levels):
    return (r for r in records if r["level"] in levels)

def durations(records):
    for r in records:
        last = r["msg"].split()[-1]
        if last.endswith("ms") and last[:-2].isdigit():
            yield r["source"], int(last[:-2])

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

def group_by(pairs):
    groups = {}
    for k, v in pairs:
        groups.setdefault(k, []).append(v)
    return groups

errors = []
records = list(parse(read_lines(LOG), errors))
print("parsed", len(records), "bad lines", errors)
for r in only(records, "ERROR", "WARN"):
    print(f"{r['n']:>2} {r['level']:<5} {r['source']:<4} {r['msg']}")
g = group_by(durations(records))
for src, ds in sorted(g.items()):
    print(src, ds, "avg %.1f" % (sum(ds) / len(ds)), "max", max(ds))
print(list(window(range(6), 3)))
print([sum(w) for w in window((d for _, d in durations(records)), 2)])
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items(), key=lambda kv: (-kv[1], kv[0])))
chained = (x for pair in zip(range(3), "abc") for x in pair)
print(list(chained))
def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([round(ra.send(v), 2) for v in (10, 20, 5, 40)])
