# unittest.main(): the command line, exit status, and the report on stderr.
import io
import os
import sys
import unittest

os.environ["COLUMNS"] = "80"      # -h is laid out to the terminal width


class Good(unittest.TestCase):
    def test_one(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_two(self):
        print("output of test_two")


class Bad(unittest.TestCase):
    def test_broken(self):
        self.assertIsNone(0)

    def test_fine(self):
        pass


class Old(unittest.TestCase):
    def test_old_names(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
        self.failUnless(True)

    def test_warns(self):
        import warnings
        warnings.warn("a user warning")


def run_main(*args, **kwargs):
    """Runs unittest.main with the given command line; prints its exit
    status and its stderr with the timing replaced."""
    saved = sys.stderr
    sys.stderr = err = io.StringIO()
    status = "no exit"
    try:
        unittest.main(argv=["prog.py"] + list(args), **kwargs)
    except SystemExit as e:
        status = "exit %r" % (e.code,)
    finally:
        sys.stderr = saved
        # -k patterns stay on the shared default loader otherwise.
        unittest.defaultTestLoader.testNamePatterns = None
    print("[%s] %s" % (" ".join(args), status))
    for line in err.getvalue().split("\n"):
        if line.startswith("Ran ") and " in " in line:
            line = line[:line.index(" in ")] + " in TIME"
        print("  |" + line.replace(__file__, "FILE"))


run_main("Good")
run_main("Good.test_one", "-v")
run_main()
run_main("-q", "Bad")
run_main("Bad.test_fine", "Good.test_two", "--verbose")
run_main("-k", "fine")
run_main("-k", "test_t*", "-v")
run_main("-f", "Bad", "Good")
run_main("-b", "Good", "-v")
run_main("Good.test_missing")
run_main("--bogus")
run_main("-k")
run_main("Good", exit=False)
run_main("Old")
run_main("Old")
program = unittest.main(argv=["prog.py", "Bad"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(program.result, program.result.wasSuccessful())
run_main("-h")
