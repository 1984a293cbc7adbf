"""linecache: the lines of source files, read once and kept.

traceback and warnings call getline() to show the source line of a frame.
A file that cannot be read gives no lines (an empty string from getline),
never an exception.  checkcache() forgets files that changed on disk.  A
module whose file is not on disk but whose loader has get_source() (given
through its globals) can still show its lines.

Each cache entry is (size, mtime, lines, fullname), or (get_source,) for
a module whose source has been promised by lazycache() but not read yet.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forgets every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counting from 1) of the file, with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Every line of the file, read on first use."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cache entries whose file changed size or time, or vanished."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue            # source promised by a loader: nothing on disk
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue            # came from a loader
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    # "<string>", "<stdin>": code that has no file.
    return not filename or (filename.startswith("<") and filename.endswith(">"))


def updatecache(filename, module_globals=None):
    """Reads the file again: by its name, else through its module's loader,
    else (a relative name) in the directories of sys.path."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + "\n" for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, "rb") as f:
            data = f.read()
    except OSError:
        return []
    lines = _split(data.decode("utf-8", "replace"))
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def _split(source):
    # Lines as a text-mode file reads them: universal newlines, and only
    # newlines end a line (str.splitlines would also split at \f and others);
    # the last line gets a newline if it lacks one.
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line + "\n" for line in source.split("\n")]
    if lines[-1] == "\n":
        lines.pop()
    return lines


def lazycache(filename, module_globals):
    """Remembers how to get a module's source from its loader without
    reading it yet.  True when the lines can be had that way."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo(filename):
        return False
    if module_globals and "__name__" in module_globals:
        spec = module_globals.get("__spec__")
        name = getattr(spec, "name", None) or module_globals["__name__"]
        loader = getattr(spec, "loader", None)
        if loader is None:
            loader = module_globals.get("__loader__")
        get_source = getattr(loader, "get_source", None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
