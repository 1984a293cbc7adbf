"""unittest.result: TestResult, the record of a test run.

Failures and errors are kept as (test, text) pairs, the text being the
traceback as CPython's unittest prints it: the frames of the unittest
package itself are cut away, so a failed assertion's traceback ends at the
line of the test that made it.  With buffer=True, what a test prints goes to
a StringIO and is shown only if the test fails.
"""

import os
import sys
import traceback

from . import util

__unittest = True

STDOUT_LINE = "\nStdout:\n%s"
STDERR_LINE = "\nStderr:\n%s"

# Frames whose code is in this directory belong to unittest.
_PACKAGE_DIR = os.path.dirname(__file__) + os.sep


def failfast(method):
    """Makes a TestResult method stop the run when failfast is set."""
    def inner(self, *args, **kw):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__qualname__ = method.__qualname__
    inner.__doc__ = method.__doc__
    inner.__wrapped__ = method
    return inner


def _captured():
    """The output a buffered test wrote, as the "Stdout:" and "Stderr:"
    sections of its report ('' for a stream it did not write to)."""
    sections = []
    for template, text in ((STDOUT_LINE, sys.stdout.getvalue()),
                           (STDERR_LINE, sys.stderr.getvalue())):
        if text and not text.endswith("\n"):
            text += "\n"
        sections.append(template % text if text else "")
    return sections


class TestResult(object):
    """Collects the outcome of tests: testsRun, and lists of failures,
    errors, skipped tests, expected failures and unexpected successes."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                import io
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output, error = _captured()
                if output:
                    self._original_stdout.write(output)
                if error:
                    self._original_stderr.write(error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """A test raised something other than its failureException;
        err is (type, value, traceback)."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """A test raised its failureException."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subTest block ended; err is None when it passed."""
        if err is not None:
            if getattr(self, "failfast", False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when nothing failed, errored or unexpectedly passed."""
        return (len(self.failures) == len(self.errors) == 0
                and len(getattr(self, "unexpectedSuccesses", ())) == 0)

    def stop(self):
        """Asks the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of an exception: its traceback without unittest's own
        frames, and the output of the test when buffering."""
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        tb_e = traceback.TracebackException(exctype, value, tb,
                                            capture_locals=self.tb_locals, compact=True)
        msgLines = list(tb_e.format())
        if self.buffer:
            msgLines.extend(_captured())
        return "".join(msgLines)

    def _clean_tracebacks(self, exctype, value, tb, test):
        # Drop the runner's frames at the start of each traceback in the
        # chain; for an assertion failure, also the assert* frames at its end.
        ret = None
        first = True
        pending = [(exctype, value, tb)]
        seen = {id(value)}
        while pending:
            exctype, value, tb = pending.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if first:
                ret = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for chained in (value.__cause__, value.__context__):
                    if chained is not None and id(chained) not in seen:
                        pending.append((type(chained), chained, chained.__traceback__))
                        seen.add(id(chained))
        return ret

    def _is_relevant_tb_level(self, tb):
        # A frame of unittest itself: its code lives in this package (or its
        # module sets __unittest, as CPython's test helpers do).
        frame = tb.tb_frame
        if frame.f_code.co_filename.startswith(_PACKAGE_DIR):
            return True
        return "__unittest" in frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        """Cuts the traceback at its first unittest frame."""
        prev = None
        while tb and not self._is_relevant_tb_level(tb):
            prev = tb
            tb = tb.tb_next
        if prev is not None:
            prev.tb_next = None

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))
