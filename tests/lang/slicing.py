s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[::-2], s[5:2:-1], s[100:200], s[-100:2])
t = tuple(s)
print(t[1:4], t[::-1][:3])
print("abcdef"[1:-1:2], "abcdef"[::-1], "abc"[5:], "abc"[-1::-1])
sl = slice(1, 8, 2)
print(s[sl], sl, sl.start, sl.stop, sl.step, slice(5))
print(slice(None, None, -1).indices(5), slice(1, 100).indices(10))
s[2:4] = []
print(s)
s[:0] = [-1, -2]
print(s)
s[-1:] = "xy"
print(s)
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], list(r[::-1]), len(r), 9 in r, 10 in r)
b = b"bytes!"
print(b[1:3], b[0], b[::-1], b[-1])
