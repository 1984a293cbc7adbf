#!/usr/bin/env python3
"""make bench: runs each bench/*.py under molt and under CPython, prints times
and the ratio molt/CPython (below 1.0: molt is faster).  Each program runs
three times and the best time counts; the outputs of the two must agree."""
import argparse
import glob
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def best_time(cmd, runs):
    best, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - t0
        if p.returncode != 0:
            return None, p.stderr.decode(errors="replace").strip().splitlines()[-1:]
        best = elapsed if best is None else min(best, elapsed)
        out = p.stdout
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--molt", default="./molt")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    progs = a.programs or sorted(p for p in glob.glob(os.path.join(HERE, "*.py"))
                                 if not p.endswith("run.py"))
    print("%-18s %10s %10s %8s" % ("program", "molt s", "cpython s", "ratio"))
    ratios = []
    for prog in progs + ["<startup>"]:
        if prog == "<startup>":
            cmds = ([a.molt, "-c", "pass"], [a.python, "-c", "pass"])
        else:
            cmds = ([a.molt, prog], [a.python, "-B", prog])
        mt, mout = best_time(cmds[0], a.runs)
        ct, cout = best_time(cmds[1], a.runs)
        name = os.path.basename(prog)
        if mt is None:
            print("%-18s %10s %10.3f %8s  %s" % (name, "error", ct or 0, "-", mout))
            continue
        note = "" if mout == cout else "  OUTPUT DIFFERS"
        ratios.append(mt / ct)
        print("%-18s %10.3f %10.3f %8.2f%s" % (name, mt, ct, mt / ct, note))
    if ratios:
        geo = 1.0
        for r in ratios:
            geo *= r
        print("geometric mean ratio: %.2f" % (geo ** (1 / len(ratios))))


if __name__ == "__main__":
    sys.exit(main())
