#!/usr/bin/env python3
"""Writes the expected output of tests from CPython 3.11 (the reference).

For each NAME.py (not marked `# molt-only` on its first line) it runs
`python3 -B NAME.py` exactly as tests/run.py runs molt, then writes NAME.out,
and NAME.err / NAME.exit when CPython wrote to stderr / exited non-zero.
Review the files before checking them in.

    python3 tests/expect.py tests/core/strings.py tests/errors/
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402


def main(paths):
    for test in run.collect(paths or [run.HERE]):
        with open(test, encoding="utf-8", errors="replace") as f:
            if f.readline().strip() == "# molt-only":
                continue
        out, err, status = run.run_program([sys.executable, "-B"], test, 60,
                                           run.read(test[:-3] + ".stdin"))
        base = test[:-3]
        with open(base + ".out", "w", encoding="utf-8") as f:
            f.write(out)
        for suffix, text in ((".err", err), (".exit", "%s\n" % status if status else "")):
            if text:
                with open(base + suffix, "w", encoding="utf-8") as f:
                    f.write(text)
            elif os.path.exists(base + suffix):
                os.remove(base + suffix)
        print("wrote", base + ".out", "(exit %s%s)" % (status, ", stderr" if err else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
