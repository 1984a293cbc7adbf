import textwrap
text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module is "
        "well-known for wrapping long paragraphs of text into nicely formatted "
        "lines -- it handles hyphenated-words and extraordinarilylongwordsthatdonotfit.")
for w in (10, 20, 35, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('a-b-c well-known re-use self-contained x-y', 8))
print(textwrap.wrap('  leading and    inner   spaces  ', 10))
print(textwrap.wrap('  leading and    inner   spaces  ', 10, drop_whitespace=False))
print(textwrap.wrap('tabs\there\tand\nnewlines', 12))
print(textwrap.wrap('Hello world. Next one! Done? yes.', 15, fix_sentence_endings=True))
print(textwrap.wrap('superlongwordwithoutbreaks', 7), textwrap.wrap('superlongwordwithoutbreaks', 7, break_long_words=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.shorten('Hello  world!   How are you today?', width=20))
print(textwrap.shorten('Hello world', width=11), textwrap.shorten('Hello world!', width=10, placeholder='...'))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=' ~'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(e)
code = '''
    def f():
        return 1

    # comment
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n    b\n  c')), repr(textwrap.dedent('\ta\n\t\tb')), repr(textwrap.dedent('  a\n\tb')))
print(repr(textwrap.dedent('   \n  x\n   \n  y')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda l: True)))
tw = textwrap.TextWrapper(width=25, break_on_hyphens=False)
print(tw.wrap('a well-known self-contained example-of-hyphens here'))
print(textwrap.wrap('This is a sentence--with an em-dash--inside of it.', 12))
print(textwrap.fill('x ' * 40, 20))
