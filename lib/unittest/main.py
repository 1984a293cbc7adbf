"""unittest.main: TestProgram (unittest.main()), the command-line front end.

unittest.main() loads the tests of the __main__ module (or those named on
the command line), runs them with a TextTestRunner and exits with status 0
when all passed, 1 otherwise.  Options: -v/-q (verbosity), -f (failfast),
-b (buffer output), -c (catch Ctrl-C), -k PATTERN (select tests), --locals;
-h prints the same help as CPython's.
"""

import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    # A file name on the command line stands for its module.
    if os.path.isfile(name) and name.lower().endswith(".py"):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace("\\", ".").replace("/", ".")
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if "*" not in pattern:
        pattern = "*%s*" % pattern
    return pattern


class TestProgram(object):
    """Loads tests from a module (or the command line), runs them, and
    exits with their status (unless exit=False; then see .result)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # Show DeprecationWarnings too, unless -W said otherwise.
            self.warnings = "default"
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    # -- the command line -------------------------------------------------------------------

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is None:
            print(MAIN_EXAMPLES % {"prog": self.progName})
            self._discovery_parser.print_help()
        else:
            print(MODULE_EXAMPLES % {"prog": self.progName})

    def _initArgParsers(self):
        import argparse
        # Options the caller fixed (failfast=..., buffer=...) are not offered.
        parent = argparse.ArgumentParser(add_help=False)
        parent.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const=2,
                            help="Verbose output")
        parent.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=0,
                            help="Quiet output")
        parent.add_argument("--locals", dest="tb_locals", action="store_true",
                            help="Show local variables in tracebacks")
        if self.failfast is None:
            parent.add_argument("-f", "--failfast", dest="failfast", action="store_true",
                                help="Stop on first fail or error")
            self.failfast = False
        if self.catchbreak is None:
            parent.add_argument("-c", "--catch", dest="catchbreak", action="store_true",
                                help="Catch Ctrl-C and display results so far")
            self.catchbreak = False
        if self.buffer is None:
            parent.add_argument("-b", "--buffer", dest="buffer", action="store_true",
                                help="Buffer stdout and stderr during tests")
            self.buffer = False
        if self.testNamePatterns is None:
            parent.add_argument("-k", dest="testNamePatterns", action="append",
                                type=_convert_select_pattern,
                                help="Only run tests which match the given substring")
            self.testNamePatterns = []
        self._main_parser = argparse.ArgumentParser(parents=[parent])
        self._main_parser.prog = self.progName
        self._main_parser.print_help = self._print_help
        self._main_parser.add_argument("tests", nargs="*",
                                       help="a list of any number of test modules, "
                                       "classes and test methods.")
        # python -m unittest discover [-s START] [-p PATTERN] [-t TOP]
        discovery = argparse.ArgumentParser(parents=[parent])
        discovery.prog = "%s discover" % self.progName
        discovery.epilog = ("For test discovery all test modules must be importable from "
                            "the top level directory of the project.")
        discovery.add_argument("-s", "--start-directory", dest="start",
                               help="Directory to start discovery ('.' default)")
        discovery.add_argument("-p", "--pattern", dest="pattern",
                               help="Pattern to match tests ('test*.py' default)")
        discovery.add_argument("-t", "--top-level-directory", dest="top",
                               help="Top level directory of project (defaults to start "
                               "directory)")
        for arg in ("start", "pattern", "top"):
            discovery.add_argument(arg, nargs="?", default=argparse.SUPPRESS,
                                   help=argparse.SUPPRESS)
        self._discovery_parser = discovery

    def _do_discovery(self, argv, Loader=None):
        self.start = "."
        self.pattern = "test*.py"
        self.top = None
        self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None:
            # python -m unittest: no module of tests; discover them unless named.
            if len(argv) > 1 and argv[1].lower() == "discover":
                self._do_discovery(argv[2:])
                return
            self._main_parser.parse_args(argv[1:], self)
            if not self.tests:
                self._do_discovery([])
                return
        else:
            self._main_parser.parse_args(argv[1:], self)
        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
