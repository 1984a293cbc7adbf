"""traceback: extract, format and print stack traces and exceptions.

The text is CPython 3.11's: "Traceback (most recent call last):", one
'  File "...", line N, in NAME' entry per frame with its stripped source
line, the chained exceptions before the one that ended the program, and the
"TYPE: message" line last.  molt records no column positions, so no
^^^ marker lines are printed.

The pieces: FrameSummary (one frame), StackSummary (a list of them, which
knows how to format itself and collapse deep recursion), TracebackException
(an exception with its stack and its chain, captured as text-ready data).
Every print_* and format_* function is a thin layer over those three.
"""

import linecache
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

# After this many identical frames in a row, the rest are counted, not shown.
_RECURSIVE_CUTOFF = 3


def _getframe(depth=0):
    """The frame `depth` levels above the caller, as sys._getframe(depth)
    run in the caller.  Uses sys._getframe when the interpreter has it;
    otherwise a running generator's frame leads back to its caller."""
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        return getframe(depth + 1)

    def probe():
        yield gen.gi_frame.f_back      # the frame that called next(): ours
    gen = probe()
    frame = next(gen).f_back
    while depth > 0 and frame is not None:
        frame = frame.f_back
        depth -= 1
    if frame is None:
        raise ValueError("call stack is not deep enough")
    return frame


class _Implicit:
    def __repr__(self):
        return "<implicit>"

_IMPLICIT = _Implicit()


def _value_and_tb(exc, value, tb):
    """The (value, traceback) that the 1-argument and 3-argument forms of
    print_exception/format_exception name."""
    if (value is _IMPLICIT) != (tb is _IMPLICIT):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _IMPLICIT:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
    return value, tb


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return "<%s %s() failed>" % (what, func.__name__)


def _final_line(type_name, value_text):
    if not value_text:
        return "%s\n" % type_name
    return "%s: %s\n" % (type_name, value_text)


# ---- printing and formatting ------------------------------------------------------

def print_list(extracted_list, file=None):
    """Prints a list of FrameSummary objects or 4-tuples as a stack trace."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The lines print_list would print, one string per frame."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Prints up to `limit` entries of a traceback."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))"""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback's frames, oldest first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def print_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, file=None, chain=True):
    """Prints an exception with its traceback (and chain) to file (stderr)."""
    value, tb = _value_and_tb(exc, value, tb)
    TracebackException(type(value), value, tb, limit=limit, compact=True).print(
        file=file, chain=chain)


def format_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_IMPLICIT):
    """The last part of a traceback: the "TYPE: message" line (and, for a
    SyntaxError, the lines that show where it is)."""
    if value is _IMPLICIT:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc would print."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints sys.last_value, the exception the interactive prompt last showed."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Prints the stack from the caller (or frame f) up to the program's start."""
    if f is None:
        f = _getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The lines print_stack would print."""
    if f is None:
        f = _getframe(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the caller's stack (or frame f's), oldest first."""
    if f is None:
        f = _getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clears the local variables of the traceback's frames (where possible)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, "clear", None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass            # the frame is still running
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, line number) from f outwards through f.f_back."""
    if f is None:
        f = _getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, line number) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# ---- one frame ----------------------------------------------------------------------

class FrameSummary:
    """One frame of a stack: filename, lineno, name, and line (the source
    line stripped, '' when unknown); locals is a dict of reprs or None.
    It also acts as the tuple (filename, lineno, name, line)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)


# ---- a stack ------------------------------------------------------------------------

class StackSummary(list):
    """A list of FrameSummary objects, oldest frame first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Builds a summary from (frame, lineno) pairs.  A positive limit keeps
        the first `limit` frames, a negative one the last -limit; the default
        is sys.tracebacklimit when set."""
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        pairs = []
        for pair in frame_gen:
            if limit is not None and 0 <= limit <= len(pairs):
                break
            pairs.append(pair)
        if limit is not None and limit < 0:
            pairs = pairs[limit:]

        result = klass()
        filenames = set()
        for frame, lineno in pairs:
            code = frame.f_code
            filenames.add(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=False,
                                       locals=frame.f_locals if capture_locals else None))
        # A file edited since it was cached must be read again.
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Builds a summary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: its File line, its source line, its locals."""
        parts = ['  File "%s", line %s, in %s\n'
                 % (frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            parts.append("    %s\n" % line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append("    %s = %s\n" % (name, value))
        return "".join(parts)

    def format(self):
        """One string per frame; past _RECURSIVE_CUTOFF repeats of the same
        frame, a "[Previous line repeated N more times]" line instead."""
        result = []
        last = None
        repeats = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            key = (summary.filename, summary.lineno, summary.name)
            if key != last or None in key:
                _note_repeats(result, repeats)
                last = key
                repeats = 0
            repeats += 1
            if repeats <= _RECURSIVE_CUTOFF:
                result.append(text)
        _note_repeats(result, repeats)
        return result


def _note_repeats(result, repeats):
    hidden = repeats - _RECURSIVE_CUTOFF
    if hidden > 0:
        result.append("  [Previous line repeated %d more time%s]\n"
                      % (hidden, "s" if hidden > 1 else ""))


# ---- an exception -------------------------------------------------------------------

class TracebackException:
    """An exception ready to be formatted: its type, its str(), its stack,
    and the TracebackExceptions of its __cause__ and __context__."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exceptions = None
        self._capture(exc_type, exc_value, exc_traceback, limit, lookup_lines,
                      capture_locals)
        if _seen is not None:
            return
        # Follow the chain with an explicit queue (no recursion on long
        # chains); `seen` stops cycles.
        seen = {id(exc_value)}
        queue = [(self, exc_value)]
        while queue:
            te, exc = queue.pop()
            te.__cause__ = te.__context__ = None
            if exc is None:
                continue
            cause = exc.__cause__
            if cause is not None and id(cause) not in seen:
                seen.add(id(cause))
                te.__cause__ = self._chained(cause, limit, lookup_lines, capture_locals)
                queue.append((te.__cause__, cause))
            context = exc.__context__
            wanted = not compact or (te.__cause__ is None and not exc.__suppress_context__)
            if context is not None and wanted and id(context) not in seen:
                seen.add(id(context))
                te.__context__ = self._chained(context, limit, lookup_lines, capture_locals)
                queue.append((te.__context__, context))

    def _chained(self, exc, limit, lookup_lines, capture_locals):
        return TracebackException(type(exc), exc, exc.__traceback__, limit=limit,
                                  lookup_lines=lookup_lines, capture_locals=capture_locals,
                                  max_group_width=self.max_group_width,
                                  max_group_depth=self.max_group_depth, _seen=True)

    def _capture(self, exc_type, exc_value, exc_traceback, limit, lookup_lines, capture_locals):
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            end = getattr(exc_value, "end_lineno", None)
            self.end_lineno = None if end is None else str(end)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException of an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def _type_name(self):
        # Classes of __main__ and builtins go by their bare names.
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module in ("__main__", "builtins"):
            return name
        if not isinstance(module, str):
            module = "<unknown>"
        return module + "." + name

    def format_exception_only(self):
        """Yields the "TYPE: message" line (the lines locating a SyntaxError
        first) and then the exception's notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        stype = self._type_name()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _final_line(stype, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                for part in _safe_string(note, "note").split("\n"):
                    yield part + "\n"
        elif notes is not None:
            yield _safe_string(notes, "__notes__", repr)

    def _format_syntax_error(self, stype):
        suffix = ""
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = " (%s)" % self.filename
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            indent = len(rtext) - len(ltext)
            yield "    %s\n" % ltext
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if end == start or end == -1:
                    end = start + 1
                start -= 1 + indent
                end -= 1 + indent
                if start >= 0:
                    # Tabs stay tabs so the carets line up under the text.
                    pad = "".join(c if c.isspace() else " " for c in ltext[:start])
                    yield "    %s%s\n" % (pad, "^" * (end - start))
        yield "%s: %s%s\n" % (stype, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True):
        """Yields the lines of the whole report, oldest chained exception
        first, each ending in a newline."""
        reports = []
        te = self
        while te is not None:
            if not chain:
                reports.append((None, te))
                break
            if te.__cause__ is not None:
                message, following = _CAUSE_MESSAGE, te.__cause__
            elif te.__context__ is not None and not te.__suppress_context__:
                message, following = _CONTEXT_MESSAGE, te.__context__
            else:
                message, following = None, None
            reports.append((message, te))
            te = following
        for message, te in reversed(reports):
            if message is not None:
                yield message
            if te.stack:
                yield "Traceback (most recent call last):\n"
                yield from te.stack.format()
            yield from te.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Prints format(chain=chain) to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
