import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample('abcdef', 3), random.sample(range(1000000), 3), len(random.sample(range(50), 40)))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices('xy', cum_weights=[1, 5], k=4))
print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(0, 1))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.gammavariate(1, 3), random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100), random.randbytes(5))
for s in [0, 1, 12345, -7, 2**64 + 3, 2**200, 'hello', b'bytes', 'naïve', 3.75, '']:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10**12))
r = random.Random(99)
print(r.random(), r.randint(1, 6), r.choice(range(10)))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed(7)
deck = [f'{rank}{suit}' for suit in 'SHDC' for rank in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:10])
print(sum(random.random() for _ in range(2000)))
r2 = random.Random(); r2.seed(5); print(r2.random())
for bad in ['random.randrange(0)', 'random.randrange(5, 5)', 'random.randrange(1, 10, 0)', 'random.choice([])', 'random.sample([1, 2], 3)', 'random.sample({1, 2}, 1)', 'random.randint(5, 1)', 'random.choices([1, 2], [1])', 'random.seed([1])']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
random.seed(123)
print([random.randrange(2**70) for _ in range(3)], random.randint(-10**20, 10**20))
