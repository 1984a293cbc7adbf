# re: split with groups, maxsplit and empty matches
import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\s*", "a b  c"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "hi there"))
print(re.split(r"(?m)^$", "para1\n\npara2\n\npara3"))
print(re.split(r"[,;]\s*", "alpha, beta;gamma,delta"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"(-)?(\d)", "1-2 3"))
print(re.split(r",", "a,b,c", -1), re.split(r",", "", 0), re.split(r",", ","))
print(re.split(r"\n", "line1\nline2\nline3\n"))
print(re.split(rb"\s+", b"bytes  split\ttoo"))

# a tiny expression splitter
expr = "12 + 3*(4 - 5) / 6"
tokens = [t for t in re.split(r"\s*([()+*/-])\s*", expr) if t]
print(tokens)

# paths and sentences
print(re.split(r"[/\\]", "C:\\Users\\me/docs/file.txt"))
text = "Hello there! How are you? I am fine. Thanks."
print(re.split(r"(?<=[.!?])\s+", text))
print([s for s in re.split(r"([.!?])", text) if s.strip()])
p = re.compile(r"\d")
print(p.split("a1b2c3d"), p.split("a1b2c3d", 2))
