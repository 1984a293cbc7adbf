# unittest: running tests with TextTestRunner and reading its report.
import io
import unittest

log = []


def report(suite, verbosity=1, **kwargs):
    """Runs a suite into a StringIO and prints the report with the
    timing (which varies) replaced."""
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(suite)
    for line in stream.getvalue().split("\n"):
        if line.startswith("Ran ") and " in " in line:
            line = line[:line.index(" in ")] + " in TIME"
        print(line.replace(__file__, "FILE"))
    return result


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_b(self):
        log.append("run b")

    def test_a(self):
        """Docstring of test_a.

        More text."""
        log.append("run a")

    def helper(self):
        log.append("never run")


class Mixed(unittest.TestCase):
    def test_pass(self):
        self.assertTrue(True)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        raise_value_error()

    def test_fail_msg(self):
        self.assertIn("x", "abc", "custom message")

    @unittest.skip("reason here")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "not skipped")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("skipped from inside")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_chained(self):
        try:
            raise_value_error()
        except ValueError as e:
            raise RuntimeError("while handling") from e


def raise_value_error():
    raise ValueError("bad value")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_one(self):
        pass


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise KeyError("no fixture")

    def test_never(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("setup failed")

    def test_x(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [t.id() for t in suite])
result = report(suite)
print(log)
print(result, result.wasSuccessful())

log.clear()
report(loader.loadTestsFromTestCase(Fixtures), verbosity=2)
report(loader.loadTestsFromTestCase(Fixtures), verbosity=2, descriptions=False)

result = report(loader.loadTestsFromTestCase(Mixed))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print([(str(t), reason) for t, reason in result.skipped])
report(loader.loadTestsFromTestCase(Mixed), verbosity=2)
report(loader.loadTestsFromTestCase(Mixed), verbosity=0)
report(loader.loadTestsFromTestCase(Mixed), failfast=True)

suite = unittest.TestSuite()
suite.addTest(Mixed("test_pass"))
suite.addTests([SkippedClass("test_one"), BrokenSetUpClass("test_never"), BrokenSetUp("test_x")])
report(suite, verbosity=2)

t = Mixed("test_fail")
print(str(t), repr(t), t.id(), t.shortDescription(), Fixtures("test_a").shortDescription())
print(t == Mixed("test_fail"), t == Mixed("test_pass"), t.countTestCases())
try:
    Mixed("no_such_method")
except ValueError as e:
    print(e)

result = unittest.TestResult()
Mixed("test_error").run(result)
print(result, result.errors[0][1].replace(__file__, "FILE"), end="")
result = Mixed("test_pass").run()
print(type(result).__name__, result.testsRun)

func = unittest.FunctionTestCase(lambda: None, description="a function test")
print(func.shortDescription(), report(unittest.TestSuite([func])).wasSuccessful())
