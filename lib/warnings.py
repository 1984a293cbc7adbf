"""warnings: issue warnings and decide, through filters, what becomes of them.

warn() finds the code that the warning is about (stacklevel frames up),
picks the first filter that matches the warning, and acts on it: ignore it,
raise it as an exception ('error'), or show it as
"file:line: Category: message" with the source line, on stderr.  Showing is
remembered per location in the module's __warningregistry__ so that the
'default' action shows a warning once per line, 'module' once per module,
'once' once per program; 'always' shows it every time.

Each filter is a tuple (action, message, category, module, lineno); message
and module are None (anything), a string (that exact module) or a compiled
pattern matched against the start of the text.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")




# ---- showing a warning ----------------------------------------------------------------

class WarningMessage(object):
    """What showwarning() receives, kept as one object (catch_warnings
    with record=True collects these)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr); a program may replace this."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning; a program may replace this."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass            # nowhere to report it


def _formatwarnmsg_impl(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


# The originals, to notice when a program has replaced the hooks.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---- filters --------------------------------------------------------------------------

filters = []
defaultaction = "default"
onceregistry = {}

# Every change to the filters bumps this; a registry made under another
# version is out of date (a warning shown once may now be wanted again).
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _SimplePattern:
    """A stand-in for a compiled pattern when the re module is missing.
    It knows literal text, '.', the escapes \\w \\d \\s (and their
    capitals), the quantifiers * + ?, and '$' or \\Z at the end: enough
    for the filters programs and unittest write."""

    _CLASSES = {"w": lambda c: c.isalnum() or c == "_", "d": str.isdigit, "s": str.isspace}

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self._fold = ignore_case
        self._atoms = []            # (test, quantifier); test None: end anchor
        i = 0
        while i < len(pattern):
            c = pattern[i]
            if c == "\\" and i + 1 < len(pattern):
                i += 1
                c = pattern[i]
                if c.lower() in self._CLASSES:
                    test = self._CLASSES[c.lower()]
                    test = test if c.islower() else (lambda ch, t=test: not t(ch))
                elif c == "Z":
                    test = None
                else:
                    test = self._literal(c)
            elif c == ".":
                test = lambda ch: ch != "\n"
            elif c == "$" and i == len(pattern) - 1:
                test = None
            else:
                test = self._literal(c)
            i += 1
            quantifier = ""
            if i < len(pattern) and pattern[i] in "*+?":
                quantifier = pattern[i]
                i += 1
            self._atoms.append((test, quantifier))

    def _literal(self, c):
        if self._fold:
            c = c.lower()
            return lambda ch: ch.lower() == c
        return lambda ch: ch == c

    def match(self, text):
        return self._match(0, text, 0)

    def _match(self, a, text, t):
        while a < len(self._atoms):
            test, quantifier = self._atoms[a]
            if test is None:
                return t == len(text) or (t == len(text) - 1 and text[t] == "\n")
            if quantifier:
                # Greedy: take as many as match, then give back.
                least = 1 if quantifier == "+" else 0
                most = 1 if quantifier == "?" else len(text) - t
                n = 0
                while n < most and test(text[t + n]):
                    n += 1
                while n >= least:
                    if self._match(a + 1, text, t + n):
                        return True
                    n -= 1
                return False
            if t >= len(text) or not test(text[t]):
                return False
            a += 1
            t += 1
        return True

    def __repr__(self):
        return "re.compile(%r)" % self.pattern


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _SimplePattern(pattern, ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Puts a filter first (or last, with append) in the list: warnings whose
    text starts with `message` (a pattern, any case), whose class is a
    `category`, raised from a module whose name matches `module`, at
    `lineno` (0: any line) get `action`."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, _compile(message, True) if message else None, category,
                _compile(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """A filter for every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already in the list moves to its new place.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


# ---- issuing a warning ----------------------------------------------------------------

def _caller_frame(depth):
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        return getframe(depth + 1)
    from traceback import _getframe
    return _getframe(depth + 1)


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning about the code `stacklevel` frames up (1: the caller)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = _caller_frame(max(stacklevel, 1))
    except ValueError:
        frame = None
    if frame is None:
        # Deeper than the stack: blamed on sys, as CPython does.
        module_globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        module_globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = module_globals.get("__name__", "<string>")
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning about a given place in the source."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return                  # already shown from this line

    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return

    import linecache
    linecache.getlines(filename, module_globals)

    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# ---- catch_warnings -------------------------------------------------------------------

class catch_warnings(object):
    """A context manager that restores the filters and showwarning on exit.
    With record=True, warnings are collected (as WarningMessage objects) in
    the list that `with ... as log` receives instead of being shown; with an
    action, simplefilter(action, category, lineno, append) runs on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        # The default showwarning is what hands messages to _showwarnmsg_impl.
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


# ---- start-up -------------------------------------------------------------------------

class _OptionError(Exception):
    """A -W option that makes no sense."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    # "action:message:category:module:lineno", trailing fields optional.
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    _add_filter(action, _compile(_escape(message), True) if message else None, category,
                _compile(_escape(module) + "$", False) if module else None, lineno,
                append=False)


def _escape(text):
    return "".join("\\" + c if not (c.isalnum() or c == "_") else c for c in text)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        holder = builtins
        name = category
    else:
        modname, _, name = category.rpartition(".")
        try:
            holder = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(holder, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


_processoptions(getattr(sys, "warnoptions", []))
# What CPython's release builds do with no -W options.
filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
