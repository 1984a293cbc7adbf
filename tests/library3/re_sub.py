# re: sub and subn with templates, backreferences and functions
import re

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "alice@example.com, bob@test.com"))
print(re.sub(r"(?P<word>\b\w+\b) (?P=word)", r"\g<word>", "the the cat sat on on the mat"))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", "from 2023-01-15 to 2023-12-31"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>.\g<y>", "2024-05"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(repr(re.sub(r"x", r"\.\-\0\101", "x")))
print(re.sub(r"(\w)", r"\g<1>\g<0>", "abc"))
print(re.sub(r"a(1)?", r"<\g<1>>", "a a1"))
print(re.subn(r"\s+", " ", "  lots   of    space  "))
print(re.sub(r"o", "0", "foo boo", count=2), re.sub(r"o", "0", "foo", 0))
print(re.subn("z", "y", "abc"))
print(re.sub("", "-", "abc"))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"(?=b)", "^", "abab"))
print(re.sub(r"\b", "|", "hello world"))
print(re.sub(r"$", "END", "line1\nline2\n"))
print(re.sub(r"(?m)^", "> ", "line1\nline2\n"))

# functions as replacements
def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "3 apples and 12 pears"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming language"))
print(re.subn(r"\w+", lambda m: m.group()[::-1], "hello big world"))
print(re.sub(r"(\w+)=(\w+)", lambda m: "%s:%s" % (m.group(2), m.group(1)), "a=1 b=2"))
print(re.sub(r"x", lambda m: None if m.start() == 0 else "Y", "xaxbx"))

calls = []
def record(m):
    calls.append((m.start(), m.group()))
    return "#"
print(re.sub(r"\d", record, "a1b22c"), calls)

# snake_case <-> camelCase
def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)

def snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

for n in ["parse_http_response", "get_id"]:
    print(n, "->", camel(n))
for n in ["parseHTTPResponse", "getID", "CamelCaseString", "already_snake"]:
    print(n, "->", snake(n))

# templating with a dictionary
env = {"name": "World", "lang": "molt"}
print(re.sub(r"\$\{(\w+)\}", lambda m: env.get(m.group(1), m.group(0)), "Hello ${name} from ${lang}, ${missing}!"))

# compiled pattern methods
p = re.compile(r"(?P<n>\d+)")
print(p.sub(r"<\g<n>>", "a1b22"), p.subn(r"<\1>", "a1b22", 1))

# Match.expand
m = re.search(r"(?P<h>\d+):(?P<m>\d+)", "at 10:45 today")
print(m.expand(r"\g<m> past \g<h>"), m.expand(r"\2-\1"))

# bytes
print(re.sub(rb"(\d+)", rb"[\1]", b"a1b22"), re.sub(b"a", lambda m: b"A", b"banana"))

# bad templates
for tpl in [r"\3", r"\g<name>", r"\g<1", r"\g<>", r"\g<a-b>", r"\q", "\\"]:
    try:
        re.sub(r"(a)(b)", tpl, "ab")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [b"x", 1, lambda m: 1]:
    try:
        re.sub("a", repl, "a")
    except TypeError as e:
        print("TypeError:", e)
