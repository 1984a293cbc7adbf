# unittest: buffer=True holds a test's output and shows it only when the test fails.
import io, sys, unittest
class B(unittest.TestCase):
    def test_fail(self):
        print("out text")
        print("err text", file=sys.stderr, end="")
        self.fail("boom")
    def test_ok(self):
        print("hidden")
    def test_err_only(self):
        sys.stderr.write("only err\n")
        raise ValueError
stream = io.StringIO()
saved = sys.stdout, sys.stderr
sys.stderr = sys.stdout
r = unittest.TextTestRunner(stream=stream, buffer=True).run(unittest.TestLoader().loadTestsFromTestCase(B))
sys.stdout, sys.stderr = saved
print(stream.getvalue().replace(__file__, "F").split("Ran")[0])
