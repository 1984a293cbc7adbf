# the character database: a checksum per block of 4096 code points over
# the classification methods and case mappings of every character
def digest(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 4294967291
    return h
for block in range(0, 0x30000, 4096):
    parts = []
    for cp in range(block, block + 4096):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        parts.append("%d%d%d%d%d%d%d%d%d%d%d" % (c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isupper(),
                                             c.islower(), c.istitle(), c.isprintable(), c.isidentifier(), c.isalnum()))
        parts.append(c.upper() + c.lower() + c.title() + c.casefold() + repr(c))
    print(hex(block), digest("".join(parts)))
