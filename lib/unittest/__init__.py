"""unittest: the xUnit testing framework of CPython, written in molt.

Write tests as methods (named test_*) of a TestCase subclass, using its
assert* methods, and run them with unittest.main() at the end of the file:

    import unittest

    class TestArithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

    if __name__ == "__main__":
        unittest.main()

The package's modules: case (TestCase, assertions, skip decorators),
suite (TestSuite and class/module fixtures), loader (finding tests),
result (TestResult), runner (TextTestRunner, the text report), main
(the command line), util and _diff (failure-message helpers).
"""

__all__ = ["TestResult", "TestCase", "TestSuite", "TextTestRunner", "TestLoader",
           "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip",
           "skipIf", "skipUnless", "expectedFailure", "TextTestResult",
           "installHandler", "registerResult", "removeResult", "removeHandler",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext",
           "getTestCaseNames", "makeSuite", "findTestCases"]

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler
from .loader import makeSuite, getTestCaseNames, findTestCases

_TextTestResult = TextTestResult
