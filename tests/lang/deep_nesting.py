def check(src, mode="exec"):
    try:
        compile(src, "<deep>", mode)
        print(src[:12].replace("\n", "|"), len(src), "ok")
    except BaseException as e:
        print(src[:12].replace("\n", "|"), len(src), type(e).__name__, str(e)[:80])
# nested ifs
for n in (20, 99, 100, 101):
    src = "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n"
    check(src)
for n in (20, 21):
    src = "".join(" " * i + "for x in y:\n" for i in range(n)) + " " * n + "pass\n"
    check(src)
for n in (19, 20, 21):
    src = "".join(" " * i + "try:\n" for i in range(n)) + " " * n + "pass\n" + "".join(" " * (n - 1 - i) + "finally:\n" + " " * (n - i) + "pass\n" for i in range(n))
    check(src)
for n in (50, 199, 200, 201, 1000):
    check("(" * n + "1" + ")" * n, "eval")
    check("[" * n + "]" * n, "eval")
check("1" + "+1" * 100000, "eval")
check("a" + ".b" * 10000, "eval")
check("a" + "[0]" * 10000, "eval")
check("x = " + "{'a': " * 100 + "1" + "}" * 100)
check("def f():\n" + "".join("  " * (i + 1) + "def f%d():\n" % i for i in range(60)) + "  " * 61 + "pass\n")
check("x = 1\n" * 50000)
check("x and " * 50000 + "y", "eval")
check("x < " * 10000 + "y", "eval")
