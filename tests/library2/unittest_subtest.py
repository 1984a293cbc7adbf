# unittest: subTest blocks, cleanups, and errors in fixtures.
import io
import unittest


def report(suite, verbosity=1, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(suite)
    for line in stream.getvalue().split("\n"):
        if line.startswith("Ran ") and " in " in line:
            line = line[:line.index(" in ")] + " in TIME"
        print(line.replace(__file__, "FILE"))
    return result


class Sub(unittest.TestCase):
    def test_numbers(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.assertTrue(False)
            with self.subTest(a=3):
                raise KeyError("inner")

    def test_all_pass(self):
        for word in ["a", "b"]:
            with self.subTest(word=word):
                self.assertTrue(word)

    def test_plain(self):
        with self.subTest():
            self.fail("no params")

    def test_after(self):
        with self.subTest(msg="message only"):
            self.assertEqual("x", "y")
        self.assertEqual(1, 1)


class Cleanups(unittest.TestCase):
    order = []

    def setUp(self):
        self.addCleanup(self.order.append, "first added")
        self.addCleanup(self.order.append, "second added")

    def test_cleanup_fails(self):
        def bad():
            raise ValueError("cleanup failed")
        self.addCleanup(bad)

    def test_context(self):
        class CM:
            def __enter__(self):
                Cleanups.order.append("enter")
                return "value"

            def __exit__(self, *exc):
                Cleanups.order.append("exit")
        self.assertEqual(self.enterContext(CM()), "value")

    def test_teardown_error(self):
        self.tearDown = self.broken_teardown

    def broken_teardown(self):
        raise RuntimeError("tearDown broke")


result = report(unittest.TestLoader().loadTestsFromTestCase(Sub))
print(len(result.failures), len(result.errors), result.testsRun)
print([str(test) for test, _ in result.failures + result.errors])
report(unittest.TestLoader().loadTestsFromTestCase(Sub), verbosity=2)
report(unittest.TestLoader().loadTestsFromTestCase(Cleanups))
print(Cleanups.order)
report(unittest.TestLoader().loadTestsFromTestCase(Sub), failfast=True)
