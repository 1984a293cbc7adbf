import os
print(type(os.environ), type(os.environ).__name__, isinstance(os.environ, dict))
for f in [lambda: os.environ[1], lambda: os.environ.__setitem__('A', 1), lambda: os.environ.__setitem__('A=B', '1'),
          lambda: os.environ.__setitem__('', '1'), lambda: os.environ.__setitem__('A', '\0'), lambda: 1 in os.environ,
          lambda: os.environ.get(1), lambda: os.environ.setdefault('QR'), lambda: os.environ['NOPE_X'],
          lambda: os.environ.pop('NOPE_X')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
os.environ['MOLT_T'] = 'hello'
print(os.getenv('MOLT_T'), os.environ.get('MOLT_T'), 'MOLT_T' in os.environ, os.environ['MOLT_T'])
print(type(os.environ.copy()), os.environ == dict(os.environ), os.environ != {})
print(os.environ.setdefault('MOLT_Q', 'z'), os.environ.setdefault('MOLT_Q', 'y'))
print(type(os.environ | {}), os.environ.pop('MOLT_Q'), os.environ.pop('MOLT_Q', 5))
del os.environ['MOLT_T']
print(os.getenv('MOLT_T'), os.getenv('MOLT_T', 'dflt'))
os.environ.update({'MOLT_A': '1'}, MOLT_B='2')
os.environ |= {'MOLT_C': '3'}
print(sorted(k for k in os.environ if k.startswith('MOLT_')))
print(repr(os.environ)[:9])
print(len(os.environ) == len(dict(os.environ)))
print(list(os.environ.items()) == list(dict(os.environ).items()))
