"""unittest.signals: Ctrl-C handling for `unittest -c` (catchbreak).

With the handler installed, the first Ctrl-C asks every registered result
to stop after the current test (so the report of the tests run so far is
still printed); a second one interrupts as usual.  Without a `signal`
module in the interpreter, installing the handler does nothing.
"""

from .case import _wraps

__unittest = True

# Registered results, by id (results are few and live as long as the run).
_results = {}
_interrupt_handler = None


def registerResult(result):
    """Lets the Ctrl-C handler stop this result's run."""
    _results[id(result)] = result


def removeResult(result):
    """Undoes registerResult; True if result was registered."""
    return _results.pop(id(result), None) is not None


class _InterruptHandler(object):

    def __init__(self, signal, default_handler):
        self.signal = signal
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                def default_handler(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                                "signal.SIG_DFL, or a callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        if self.signal.getsignal(self.signal.SIGINT) is not self or self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.values()):
            result.stop()


def _signal_module():
    try:
        import signal
    except ImportError:
        return None
    return signal


def installHandler():
    """Installs the Ctrl-C handler (once)."""
    global _interrupt_handler
    signal = _signal_module()
    if _interrupt_handler is None and signal is not None:
        _interrupt_handler = _InterruptHandler(signal, signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restores the previous Ctrl-C handler; as a decorator, does so while
    the decorated function runs."""
    signal = _signal_module()
    if method is not None:
        def inner(*args, **kwargs):
            if signal is None:
                return method(*args, **kwargs)
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        return _wraps(inner, method)
    global _interrupt_handler
    if _interrupt_handler is not None and signal is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
