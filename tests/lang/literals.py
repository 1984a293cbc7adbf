print(0, -0, 00, 0x0, 0o0, 0b0, 1_0, 0x_f, 0o_7, 0b_1)
print(1., .1, 1e0, 1E5, 1e-0, 1_0.0_1, 0e0, 1.e3)
print('a\tb', "a\\b", 'it\'s', "q\"q", '\x41\x42', '\u0041\u00e9', '\101', '\0' == chr(0), 'new\
line')
print(r'\n\t', R'\x', rb'\n', b'\x00\x01', B'bytes', f'{1}', F'{2}', Rb'a')
print("""multi
line""", '''single
triple''')
print('concat' "enated" '''!''')
print([], [1,], (1,), {}, {1}, {1: 2,}, (), ((),), [[]])
print(True, False, None, ..., type(...))
print(1 if 1 else 0, "é".encode(), "\N{LATIN SMALL LETTER E WITH ACUTE}" if False else "skip")
print(0xDEADBEEF, 0o777, 0b1111_0000, 1_000_000_000_000_000_000)
print(len('''
'''), len(""""quoted" inside"""), 'a' 'b' "c")
