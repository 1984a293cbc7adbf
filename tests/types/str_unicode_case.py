# Unicode-aware case mapping of whole words: final sigma, titlecase digraphs, special casing
words = ["ΣΑΣ", "ΌΣΟΣ ΣΟΦΟΣ", "Σ", "aΣ", "ΣaΣ b", "AΣ.", "ΑΣ1", "ǆemal", "ǅ", "ß", "straße", "ŉ", "ǰ", "İ", "ı", "ﬁ", "ﬃx", "Ꭰ", "ꭰ",
         "they're bill's", "hello wORLD", "12abc", "a1b2 c3", "ǈubljana", "éCOLE", "ÀÉÎÕÜ", "ﬀ ﬂ", "ᾳ", "ᾼ", "ΐ", "ǲ", "Ǳ", "ᵃ", "𝐀", "𐐀𐐨", "ʼn"]
for w in words:
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.title()), ascii(w.capitalize()), ascii(w.swapcase()), ascii(w.casefold()),
          w.istitle(), w.isupper(), w.islower(), len(w.upper()), w.upper() == w.casefold().upper())
print(sorted(words)[:5], "straße".upper().lower(), "ΣΑΣ".lower() == "σας", "İ".lower() == "i̇")
print("ǅ".istitle(), "Ǆ".isupper(), "ǆ".islower(), "ǅa".istitle(), "Aǅ".istitle())
print("١٢٣".isdigit(), int("١٢٣"), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), float("١.٥"), "一".isnumeric(), "Ⅷ".isnumeric())
print("x\u00a0y".split(), "a\u2003b".split(), "\u200b".isspace(), "\u180e".isspace(), "\u0085".isspace(), "\u001c".isspace())
print("été".center(9, "·"), "日本".rjust(5, "字"), "%-5s|" % "é", "{:^7}".format("日本"))
