# argparse: parsing, defaults, types, choices, help and error messages.
import argparse
import io
import os
import sys

os.environ["COLUMNS"] = "80"      # help is laid out to the terminal width


def attempt(parser, args):
    """parse_args, showing the namespace or what went to stderr and the
    exit status."""
    saved_err, saved_out = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    finally:
        sys.stderr, sys.stdout = saved_err, saved_out
    print(args, "->", result)
    for line in out.getvalue().splitlines():
        print("  out|" + line)
    for line in err.getvalue().splitlines():
        print("  err|" + line)


parser = argparse.ArgumentParser(prog="demo", description="A demonstration program.",
                                 epilog="Run with care.")
parser.add_argument("source", help="the file to read")
parser.add_argument("count", type=int, nargs="?", default=1, help="how many (default: %(default)s)")
parser.add_argument("-v", "--verbose", action="store_true", help="talk more")
parser.add_argument("-q", "--quiet", action="store_false", dest="loud")
parser.add_argument("--level", choices=["low", "mid", "high"], default="mid",
                    help="one of %(choices)s")
parser.add_argument("-n", "--number", type=float, metavar="N", help="a number")
parser.add_argument("--tag", action="append", help="may repeat")
parser.add_argument("-c", action="count", default=0, help="count me")
parser.add_argument("--const", action="store_const", const=42)
parser.add_argument("--pair", nargs=2, metavar=("A", "B"))
parser.add_argument("--many", nargs="*", type=int)
parser.add_argument("--some", nargs="+")
parser.add_argument("--version", action="version", version="%(prog)s 1.0")

attempt(parser, ["in.txt"])
attempt(parser, ["in.txt", "3", "-v", "--level", "high", "-n", "2.5"])
attempt(parser, ["-vcc", "--tag", "a", "--tag=b", "in.txt", "-c"])
attempt(parser, ["--pair", "x", "y", "--many", "1", "2", "3", "--", "file"])
attempt(parser, ["--some", "a", "b", "in.txt"])
attempt(parser, ["in.txt", "--many"])
attempt(parser, ["--verb", "in.txt", "--lev=low", "-q", "--const"])
attempt(parser, [])
attempt(parser, ["in.txt", "x"])
attempt(parser, ["in.txt", "--level", "top"])
attempt(parser, ["in.txt", "-n"])
attempt(parser, ["in.txt", "--pair", "x"])
attempt(parser, ["in.txt", "extra1", "extra2"])
attempt(parser, ["in.txt", "--bogus"])
attempt(parser, ["in.txt", "--v"])
attempt(parser, ["in.txt", "--some"])
attempt(parser, ["in.txt", "-v=1"])
attempt(parser, ["-5", "in.txt"])
attempt(parser, ["--version"])
attempt(parser, ["-h"])
print(parser.format_usage(), end="")
print(repr(parser.parse_known_args(["in.txt", "--other", "x"])))
print(parser.get_default("level"), parser.get_default("count"))

# Positional nargs shapes.
p = argparse.ArgumentParser(prog="pos")
p.add_argument("first")
p.add_argument("middle", nargs="*")
p.add_argument("last", nargs=2)
attempt(p, ["a", "b", "c"])
attempt(p, ["a", "b", "c", "d", "e"])
attempt(p, ["a", "b"])
p.print_help()

# Mutually exclusive groups, argument groups, set_defaults.
p = argparse.ArgumentParser(prog="mx")
group = p.add_mutually_exclusive_group(required=True)
group.add_argument("--json", action="store_true", help="JSON output")
group.add_argument("--xml", action="store_true", help="XML output")
extra = p.add_argument_group("extra options", "Options for experts.")
extra.add_argument("--depth", type=int, default=3, help="recursion depth")
p.set_defaults(mode="fast")
attempt(p, ["--json"])
attempt(p, ["--json", "--xml"])
attempt(p, [])
attempt(p, ["--xml", "--depth", "5"])
p.print_help()

# Subcommands.
p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="command", help="the subcommands")
commit = sub.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
push = sub.add_parser("push", aliases=["p"], help="send changes")
push.add_argument("remote", nargs="?", default="origin")
attempt(p, ["commit", "-m", "first"])
attempt(p, ["--debug", "push"])
attempt(p, ["p", "upstream"])
attempt(p, ["commit"])
attempt(p, ["fetch"])
attempt(p, [])
attempt(p, ["-h"])
attempt(p, ["commit", "-h"])

# Parents, conflicts, argument_default, BooleanOptionalAction, types.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True,
                   help="on or off")
attempt(child, ["--no-flag", "--shared", "x"])
attempt(child, ["-h"])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


p = argparse.ArgumentParser(prog="types", argument_default=argparse.SUPPRESS)
p.add_argument("--size", type=positive)
p.add_argument("--ratio", type=float)
attempt(p, ["--size", "3"])
attempt(p, ["--size", "-3"])
attempt(p, ["--size", "x"])
attempt(p, ["--ratio", "1e3"])
attempt(p, [])
try:
    p.add_argument("--size")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    p.add_argument("--bad", action="store", nargs=0)
except ValueError as e:
    print("ValueError:", e)

ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns))

# A long usage line wraps.
p = argparse.ArgumentParser(prog="a_program_with_a_long_name")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]:
    p.add_argument("--" + name, metavar=name.upper(), help="the %s option, which has a "
                   "long help text that needs wrapping over lines" % name)
p.add_argument("inputs", nargs="+")
p.add_argument("output")
p.print_help()
p.print_usage()

p = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Line one\n  indented line two\n")
p.add_argument("--x", default=5, help="x value")
p.print_help()
p = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("--x", default=5, help="x value")
p.add_argument("--y", help="y value")
p.add_argument("z", nargs="?", default="zz", help="z value")
p.print_help()
