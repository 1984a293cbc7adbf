"""A formatted sales report: str.format, f-strings, %-formatting, alignment, totals."""
sales = [
    ("North", "Widgets", 1200, 2.5), ("North", "Gadgets", 300, 12.75), ("South", "Widgets", 950, 2.5),
    ("South", "Gizmos", 42, 99.99), ("East", "Gadgets", 610, 12.75), ("East", "Widgets", 2300, 2.45),
    ("West", "Gizmos", 8, 105.0), ("West", "Widgets", 0, 2.5),
]
header = f"{'Region':<8}{'Product':<10}{'Units':>7}{'Price':>9}{'Revenue':>12}"
print(header)
print("=" * len(header))
totals = {}
grand = 0.0
for region, product, units, price in sorted(sales):
    revenue = units * price
    grand += revenue
    totals[region] = totals.get(region, 0) + revenue
    flag = " *" if revenue > 2000 else ""
    print("{:<8}{:<10}{:>7,d}{:>9.2f}{:>12,.2f}{}".format(region, product, units, price, revenue, flag))
print("-" * len(header))
for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    share = total / grand
    bar = "#" * int(share * 40)
    print("%-8s %10.2f %5.1f%% %s" % (region, total, share * 100, bar))
print(f"{'TOTAL':<8}{grand:>44,.2f}")
print(f"{grand:e} {grand:.3g} {int(grand):_} {int(grand):x} {grand:10.1f}|{grand:<10.0f}|")
best = max(sales, key=lambda s: s[2] * s[3])
print("best line: {0[0]}/{0[1]} -> {rev:.2f}".format(best, rev=best[2] * best[3]))
print("{:^30}".format(" end of report "), "{:*^30}".format(""), sep="\n")
