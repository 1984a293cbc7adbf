# unittest: the failure message of every assertion, as CPython words it.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (name, e))
        print("--")
    else:
        print("%s: passed" % name)


check("assertEqual", 1, 2)
check("assertEqual", 1, 1.0)
check("assertEqual", "a", "b")
check("assertEqual", "hello world", "hello wrld")
check("assertEqual", "line one\nline two\nline three\n", "line one\nline 2\nline three\n")
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3, 4])
check("assertEqual", (1, "a"), (1, "b"))
check("assertEqual", (1, 2), [1, 2])
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {1, 2, 3}, {2, 3, 4})
check("assertEqual", frozenset([1]), frozenset())
check("assertEqual", list(range(30)), list(range(1, 31)))
check("assertEqual", {"key%d" % i: i for i in range(8)}, {"key%d" % i: i * 2 for i in range(8)})
check("assertEqual", 1, 2, "my message")
check("assertEqual", None, 0)
check("assertNotEqual", 3, 3)
check("assertNotEqual", 3, 4)
check("assertTrue", 0)
check("assertTrue", [], "empty list")
check("assertFalse", "text")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2, 3])
check("assertIn", "k", {"a": 1})
check("assertNotIn", 2, (1, 2))
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, list))
check("assertNotIsInstance", True, int)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 3, 2)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 10, 12, delta=1)
check("assertAlmostEqual", 10, 11, delta=1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 10, 11, delta=2)
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 2])
check("assertCountEqual", [1, 2, 2], [2, 1, 1, 4])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertSequenceEqual", "abc", "abd")
check("assertListEqual", [1], (1,))
check("assertTupleEqual", (1,), (2,))
check("assertSetEqual", {1}, {1, 2})
check("assertDictEqual", {"a": 1}, [])
check("assertMultiLineEqual", "abc\ndef", "abc\nxyz\n")
check("fail", "explicit failure")
check("fail")

t.longMessage = False
check("assertEqual", 1, 2, "only mine")
check("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = 20
check("assertEqual", [1, 2, 3], [1, 2, 4])
t.maxDiff = None

# assertRaises as a call and as a context manager.
def boom(kind):
    raise kind("boom")

print(t.assertRaises(ValueError, boom, ValueError))
with t.assertRaises(LookupError) as cm:
    boom(KeyError)
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
with t.assertRaises((TypeError, ValueError)):
    boom(TypeError)
for call in [lambda: t.assertRaises(ValueError, len, []),
             lambda: t.assertRaises(ValueError, lambda: None)]:
    try:
        call()
    except AssertionError as e:
        print(e)
try:
    with t.assertRaises(KeyError, msg="extra"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError):
        boom(IndexError)
except IndexError as e:
    print("passed through:", repr(e))
try:
    t.assertRaises("not a class", boom, ValueError)
except TypeError as e:
    print(e)
try:
    t.assertRaises(ValueError, bogus=1)
except TypeError as e:
    print(e)

# assertWarns.
def warn_it():
    warnings.warn("careful", UserWarning)

with t.assertWarns(UserWarning) as cm:
    warn_it()
print(cm.warning, cm.lineno, type(cm.warning).__name__)
t.assertWarns(UserWarning, warn_it)
try:
    with t.assertWarns(RuntimeWarning):
        pass
except AssertionError as e:
    print(e)
try:
    t.assertWarns(RuntimeWarning, len, "x")
except AssertionError as e:
    print(e)

# Subclass-specific comparisons registered with addTypeEqualityFunc.
class Point:
    def __init__(self, x):
        self.x = x

def compare_points(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException("points differ: %d vs %d" % (a.x, b.x))

t.addTypeEqualityFunc(Point, compare_points)
check("assertEqual", Point(1), Point(2))
