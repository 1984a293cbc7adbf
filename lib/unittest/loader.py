"""unittest.loader: TestLoader, which finds the tests to run.

A TestCase subclass contributes one test per method whose name starts with
"test", in sorted order; a module contributes its TestCase classes in
sorted order of their names (and may take over with load_tests); a dotted
name ("module.Class.test_method") is resolved by importing and getattr;
discover() imports every test*.py under a directory.  A name that cannot be
loaded becomes a test that fails with the reason, as in CPython.
"""

import os
import sys
import traceback

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """A test standing for something that could not be loaded: running it
    raises the exception met while loading."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = "Failed to import test module: %s\n%s" % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = "Failed to call load_tests:\n%s" % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    TestClass = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((TestClass(methodname),))


def _fnmatch(name, pattern):
    """Shell-style matching: * any run, ? one character, [seq] a set."""
    def match(p, n):
        while p < len(pattern):
            c = pattern[p]
            if c == "*":
                return any(match(p + 1, i) for i in range(n, len(name) + 1))
            if n >= len(name):
                return False
            if c == "?":
                pass
            elif c == "[" and pattern.find("]", p + 2 + (pattern[p + 1:p + 2] == "!")) >= 0:
                # A set: "!" first negates it, "]" first is a member.
                start = p + 1 + (pattern[p + 1:p + 2] == "!")
                end = pattern.find("]", start + 1)
                chars = pattern[start:end]
                found = False
                i = 0
                while i < len(chars):
                    if i + 2 < len(chars) and chars[i + 1] == "-":
                        found = found or chars[i] <= name[n] <= chars[i + 2]
                        i += 3
                    else:
                        found = found or chars[i] == name[n]
                        i += 1
                if found == (start > p + 1):
                    return False
                p = end
            elif c != name[n]:
                return False
            p += 1
            n += 1
        return n == len(name)
    return match(0, 0)


def _cmp_key(cmp):
    class Key:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
    return Key


class TestLoader(object):
    """Builds TestSuites from classes, modules and names."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one test per test method of the class."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in the module (or
        what the module's load_tests(loader, tests, pattern) returns)."""
        if len(args) > 0 or "use_load_tests" in kws:
            import warnings
            warnings.warn("use_load_tests is deprecated and ignored", DeprecationWarning)
            kws.pop("use_load_tests", None)
        if len(args) > 1:
            raise TypeError("loadTestsFromModule() takes 1 positional argument but %d were given"
                            % (len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '%s'"
                            % sorted(kws)[0])
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_load_tests(
                    module.__name__, e, self.suiteClass)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name stands for: a module, a TestCase class,
        a test method, a suite, or a callable returning a test."""
        parts = name.split(".")
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = ".".join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    error_case, error_message = _make_failed_import_test(
                        next_attribute, self.suiteClass)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, "__path__", None) is not None and error_case is not None:
                    # A package: the import error says more than this one.
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    "Failed to access attribute:\n%s" % (traceback.format_exc(),))
                self.errors.append(error_message)
                return error_case

        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, case._FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            if not isinstance(getattr(inst, name), case._FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of several names."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the class's test methods."""
        def wanted(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            full_name = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__,
                                      attrname)
            return self.testNamePatterns is None or any(
                _fnmatch(full_name, pattern) for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=_cmp_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """The tests of every module matching pattern in start_dir and the
        packages below it, imported with top_level_dir on sys.path."""
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        start_dir = os.path.abspath(start_dir)
        if not os.path.isdir(start_dir):
            raise ImportError("Start directory is not importable: %r" % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _find_tests(self, start_dir, pattern):
        for name in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, name)
            if os.path.isfile(path):
                base, ext = os.path.splitext(name)
                if ext != ".py" or not base.isidentifier() or not _fnmatch(name, pattern):
                    continue
                yield self._load_path(path)
            elif os.path.isdir(path) and name.isidentifier():
                if not os.path.isfile(os.path.join(path, "__init__.py")):
                    continue
                yield from self._find_tests(path, pattern)

    def _load_path(self, path):
        relative = os.path.relpath(os.path.splitext(path)[0], self._top_level_dir)
        name = relative.replace(os.sep, ".")
        try:
            __import__(name)
        except case.SkipTest as e:
            return _make_skipped_test(name, e, self.suiteClass)
        except Exception:
            error_case, error_message = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(error_message)
            return error_case
        return self.loadTestsFromModule(sys.modules[name])


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(
        testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
