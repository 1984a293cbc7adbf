# re: validating and extracting emails, dates, numbers, addresses, URLs
import re

EMAIL = re.compile(r"^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
for addr in ["john.doe@example.com", "a+tag@mail.co.uk", "bad@", "@bad.com",
             "no spaces@x.com", "x@y.z", "first_last@sub-domain.org"]:
    print("%-28s %s" % (addr, bool(EMAIL.match(addr))))

text = "Contact: alice@example.com, bob.smith@work.org; and carol@uni.edu."
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+\w", text))
for m in re.finditer(r"(?P<user>[\w.]+)@(?P<domain>[\w.]+\w)", text):
    print(m["user"], "at", m["domain"], m.span())

DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
for s in ["2024-02-29", "2023-13-01", "1999-12-31", "2000-00-10", "on 2021-07-04 and 2021-07-05"]:
    print(s, [m.groupdict() for m in DATE.finditer(s)])

US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}(?:\d{2})?)")
print(US_DATE.sub(lambda m: "%s-%02d-%02d" % (m.group(3) if len(m.group(3)) == 4 else "20" + m.group(3),
                                                int(m.group(1)), int(m.group(2))),
                  "due 3/7/24, paid 12/25/2023"))

IPV4 = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$")
for ip in ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "0.0.0.0"]:
    print(ip, bool(IPV4.match(ip)))

PHONE = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
for ph in ["(555) 123-4567", "555.123.4567", "5551234567", "555-1234", "555 123 45678"]:
    m = PHONE.match(ph)
    print(ph, "->", "%s-%s-%s" % m.groups() if m else None)

URL = re.compile(r"(?P<scheme>https?)://(?P<host>[^/:\s]+)(?::(?P<port>\d+))?(?P<path>/[^\s?#]*)?(?:\?(?P<query>[^\s#]*))?(?:#(?P<frag>\S*))?")
for u in ["https://example.com", "http://localhost:8080/api/v1?x=1&y=2#top",
          "see https://docs.python.org/3/library/re.html for more"]:
    m = URL.search(u)
    print(m.groupdict())
    if m["query"]:
        print(dict(re.findall(r"(\w+)=(\w*)", m["query"])))

NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
print(NUMBER.findall("x=1, y=-2.5, z=.5e3, w=+6E-2, v=7."))
HEXCOLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}\b")
print(HEXCOLOR.findall("colors: #fff #ABCDEF #12345 #abcd12 #zzz"))

PASSWORD = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")
for pw in ["Passw0rd!", "password", "SHORT1!a", "NoDigits!!", "G00d#Enough"]:
    print(pw, bool(PASSWORD.match(pw)))

# thousands separators, the classic lookaround trick
for n in [1234567, 1000, 999, 12345678901]:
    print(re.sub(r"(?<=\d)(?=(?:\d{3})+$)", ",", str(n)))

# HTML-ish tags, greedy versus lazy
html = "<p>One</p><p>Two <b>bold</b></p>"
print(re.findall(r"<p>(.*)</p>", html))
print(re.findall(r"<p>(.*?)</p>", html))
print(re.sub(r"<[^>]+>", "", html))
print(re.findall(r"<(\w+)[^>]*>(.*?)</\1>", html))
