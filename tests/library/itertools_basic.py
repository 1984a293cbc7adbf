import itertools
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(0.5, 0.25), 3)))
c = count(3); next(c); print(c, count(), count(1, 2), count(1.5))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), repeat(5), repeat(5, 2), list(repeat(1, -1)))
r = repeat('a', 3); next(r); print(r)
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=5)))
import operator
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 6), operator.mul)))
print(list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gb = groupby('aabbc')
k1, g1 = next(gb); k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, grp in groupby(words, key=lambda w: w[0]):
    print(letter, list(grp))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
it = iter(range(10)); print(list(islice(it, 3)), next(it))
it = iter(range(10)); print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10)); print(list(islice(it, 5, 2)), next(it))
for bad in [(-1,), (1, -1), (0, 5, 0), ('a',)]:
    try:
        islice([], *bad)
    except ValueError as e:
        print('ValueError', e)
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
try:
    zip_longest(1, 2)
except TypeError as e:
    print(e)
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(len(list(product('abc', repeat=2))))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('AB', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 2)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
try:
    list(combinations('abc', -1))
except ValueError as e:
    print(e)
print(sum(1 for _ in permutations(range(5))), sum(1 for _ in combinations(range(10), 4)))
try:
    next(chain(1))
except TypeError as e:
    print(e)
print(list(map(list, zip(*[iter(range(9))] * 3))))
