#!/usr/bin/env python3
"""The test runner: runs every tests/**/NAME.py under molt and compares.

Each test runs in a fresh temporary directory (its current directory) holding
NAME.py and the contents of NAME.files/ when that folder exists.  The
directory's path is written CWD in all output.  What is compared:

  NAME.out    expected standard output (made from CPython with
              tests/expect.py, or by hand for `# molt-only` tests)
  NAME.err    expected standard error, when present.  Lines made only of
              carets and tildes (CPython 3.11's position markers) are ignored
              on both sides.
  NAME.exit   expected exit status, when not 0

The command is `molt NAME.py` followed by the words of NAME.args, if any,
and NAME.stdin is fed to standard input (else nothing is).  For tests of the
command line itself, NAME.argv instead holds molt's whole argument list
(shell quoting; '#' starts a comment), e.g. `-i NAME.py` or `-c 'print(1)' a`.

NAME.session is another kind of test: a session at the interactive prompt,
played through a real pseudo-terminal by tests/repl/driver.py, which
documents the format (what is typed, and the screen expected).

The last line printed is "N passed, N failed"; the exit status is 1 if any
test failed.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER_LINE = re.compile(r"^\s*[\^~]+\s*$")
NOT_TESTS = ("run.py", "expect.py", "driver.py")


def collect(paths, kind=".py"):
    """The tests of one kind (.py programs, .session transcripts) in paths."""
    tests = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.endswith(".files"))
                tests += [os.path.join(root, n) for n in sorted(names)
                          if n.endswith(kind) and n not in NOT_TESTS
                          and not root.endswith(".files")]
        elif p.endswith(kind):
            tests.append(p)
    return tests


def read(path, default=None):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return default


def base(test):
    """The test's path without its extension: where its other files are."""
    return os.path.splitext(test)[0]


def fresh_dir(test):
    d = tempfile.mkdtemp(prefix="molt-test-")
    shutil.copy(test, d)
    files = base(test) + ".files"
    if os.path.isdir(files):
        shutil.copytree(files, d, dirs_exist_ok=True)
    return d


def run_program(cmd, test, timeout, stdin_text=None):
    """Runs cmd + [NAME.py] in a fresh directory; returns (out, err, status)."""
    d = fresh_dir(test)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["NO_COLOR"] = "1"
    argv = read(base(test) + ".argv")
    if argv is not None:
        args = shlex.split(argv, comments=True)
    else:
        args = [os.path.basename(test)] + read(base(test) + ".args", "").split()
    try:
        p = subprocess.run(cmd + args, cwd=d,
                           input=(stdin_text or "").encode(),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env)
        out, err, status = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out, err, status = e.stdout or b"", e.stderr or b"", "timeout"
    finally:
        real = os.path.realpath(d)
        shutil.rmtree(d, ignore_errors=True)

    def clean(b):
        return b.decode("utf-8", "replace").replace(real, "CWD").replace(d, "CWD")
    return clean(out), clean(err), status


def without_markers(text):
    return [l for l in text.splitlines() if not MARKER_LINE.match(l)]


def check_session(molt, test, timeout):
    if os.path.join(HERE, "repl") not in sys.path:
        sys.path.insert(0, os.path.join(HERE, "repl"))
    import driver
    try:
        problems, _ = driver.run_session(test, [molt], min(timeout, 10))
    except (OSError, ValueError) as e:      # no pseudo-terminal here, a bad session file
        problems = ["cannot play the session: %s" % e]
    if problems:
        return "\n".join(["FAIL " + os.path.relpath(test, HERE)] +
                         ["    " + l for p in problems for l in p.splitlines()][:40])
    return None


def check(molt, test, timeout):
    if test.endswith(".session"):
        return check_session(molt, test, timeout)
    want_out = read(base(test) + ".out")
    if want_out is None:
        return "FAIL %s (no .out file)" % test
    want_err = read(base(test) + ".err")
    want_status = int(read(base(test) + ".exit", "0").strip() or 0)
    got_out, got_err, got_status = run_program([molt], test, timeout,
                                               read(base(test) + ".stdin"))
    problems = []
    if got_out != want_out:
        problems += ["    stdout differs:"] + ["    " + l for l in list(
            difflib.unified_diff(want_out.splitlines(), got_out.splitlines(),
                                 "expected", "molt", lineterm="", n=1))[:30]]
    if want_err is not None and without_markers(got_err) != without_markers(want_err):
        problems += ["    stderr differs:"] + ["    " + l for l in list(
            difflib.unified_diff(without_markers(want_err), without_markers(got_err),
                                 "expected", "molt", lineterm="", n=1))[:30]]
    if got_status != want_status:
        problems.append("    exit status %s, expected %s" % (got_status, want_status))
        if want_err is None and got_err.strip():
            problems += ["    stderr: " + l for l in got_err.strip().splitlines()[-6:]]
    if problems:
        return "\n".join(["FAIL " + os.path.relpath(test, HERE)] + problems)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--molt", default="./molt")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("tests", nargs="*", default=[HERE])
    a = ap.parse_args()
    molt = os.path.abspath(a.molt)
    tests = collect(a.tests) + collect(a.tests, ".session")
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for result in pool.map(lambda t: check(molt, t, a.timeout), tests):
            if result is None:
                passed += 1
            else:
                failed += 1
                print(result, flush=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
