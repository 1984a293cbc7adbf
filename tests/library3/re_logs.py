# re: parsing log files, configuration lines and records
import re

LOG = """\
127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
192.168.1.20 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
10.0.0.7 - alice [11/Oct/2000:08:01:12 -0700] "GET /index.html?q=a+b HTTP/1.1" 404 512
garbage line that does not parse
10.0.0.7 - alice [11/Oct/2000:08:02:40 -0700] "GET /style.css HTTP/1.1" 200 1043
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})     # client address
    \s+-\s+
    (?P<user>\S+)\s+                    # user or -
    \[(?P<when>[^\]]+)\]\s+             # timestamp
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/\d\.\d)"\s+
    (?P<status>\d{3})\s+
    (?P<size>\d+|-)
""", re.VERBOSE)

status_count = {}
bytes_total = 0
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print("line", lineno, "unparsed:", line)
        continue
    d = m.groupdict()
    print(lineno, d["ip"], d["user"], d["method"], d["path"], d["status"], d["size"])
    status_count[d["status"]] = status_count.get(d["status"], 0) + 1
    if d["size"] != "-":
        bytes_total += int(d["size"])
print(sorted(status_count.items()), bytes_total)

# the timestamp, taken apart
when = re.compile(r"(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})")
for m in when.finditer(LOG):
    day, mon, year, hh, mm, ss, tz = m.groups()
    print("%s-%s-%s %s:%s:%s %s" % (year, mon, day, hh, mm, ss, tz))

# key=value pairs with quoting
CONFIG = '''
# comment line
name = "molt interpreter"
version=0.1
debug = true   # trailing comment
path = /usr/local/lib
empty =
'''
pair = re.compile(r'^\s*(\w+)\s*=\s*(?:"([^"]*)"|([^#\s]*))\s*(?:#.*)?$', re.M)
for m in pair.finditer(CONFIG):
    key, quoted, plain = m.groups()
    print(repr(key), repr(quoted if quoted is not None else plain))

# syslog style lines
SYSLOG = [
    "Jan 12 06:25:43 web01 sshd[1422]: Accepted password for bob from 10.1.2.3 port 52144 ssh2",
    "Jan 12 06:26:01 web01 CRON[1501]: (root) CMD (run-parts /etc/cron.hourly)",
    "Jan 12 06:27:19 db02 kernel: [ 9123.442] eth0: link up",
]
sys_re = re.compile(r"^(\w{3}) +(\d+) ([\d:]+) (\S+) ([\w-]+)(?:\[(\d+)\])?: (.*)$")
for line in SYSLOG:
    mon, day, time_, host, prog, pid, msg = sys_re.match(line).groups()
    print(host, prog, pid, "|", msg)
    who = re.search(r"for (\w+) from ([\d.]+)", msg)
    if who:
        print("  login:", who.group(1), "from", who.group(2))

# CSV-ish fields with quotes
row = 'alpha,"beta, gamma",,"say ""hi""",omega'
fields = [a if a else b.replace('""', '"') for b, a in
          re.findall(r'"((?:[^"]|"")*)"|([^,]*)', row)]
print(fields)
print(re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', row))

# durations like 1h30m15s
for text in ["1h30m15s", "45m", "2h", "10s", "3h5s"]:
    m = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", text)
    h, mnt, s = (int(x) if x else 0 for x in m.groups())
    print(text, h * 3600 + mnt * 60 + s)
