class T(tuple): pass
t = T((1, 2, 3)); t.a = 'x'; print(t, t.a, vars(t), t.__dict__)
class B(bytes): pass
b = B(b'abcdefg'); b.q = 1; print(b, b.q, vars(b))
class S(str): pass
for n in range(0, 12):
    s = S('x' * n); s.k = n; assert s.k == n and s == 'x' * n
class S2(S): pass
s2 = S2('hello'); s2.z = 3; print(s2, s2.z, vars(s2), s2.upper())
class TS(tuple):
    __slots__ = ()
try:
    TS().a = 1
except AttributeError as e: print(e)
print(hash(S('a')) == hash('a'), {S('a'): 1}['a'])
