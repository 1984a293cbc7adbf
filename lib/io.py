"""io: in-memory streams (StringIO, BytesIO) and the io class names.

molt has one built-in file type (what open() returns and what sys.stdout
is); this module gives it CPython's io names for isinstance checks, and
implements StringIO and BytesIO in molt itself.  Both keep their contents as
one immutable string plus a list of pieces appended at the end since the last
time the whole value was needed, so a program that prints many small pieces
into a StringIO stays linear.
"""

import sys
from builtins import open

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
           "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

# The built-in file type: open() in every mode, sys.stdin/stdout/stderr.
TextIOWrapper = type(sys.__stdout__)
BufferedReader = BufferedWriter = BufferedRandom = BufferedRWPair = FileIO = TextIOWrapper


def _find_unsupported_operation():
    # The interpreter makes io.UnsupportedOperation for its files; the one
    # way to reach the class from molt is to provoke it.
    try:
        sys.__stdout__.read(0)
    except ValueError as exc:
        if isinstance(exc, OSError):
            return type(exc)
    except Exception:
        pass

    class UnsupportedOperation(OSError, ValueError):
        pass
    return UnsupportedOperation


UnsupportedOperation = _find_unsupported_operation()
UnsupportedOperation.__module__ = "io"


def _is_builtin_file(obj, text):
    if not isinstance(obj, TextIOWrapper):
        return False
    if text is None:
        return True
    return ("b" not in obj.mode) == text


class _IOMeta(type):
    """Lets the io base classes claim molt's built-in file objects, as
    CPython's io ABCs claim the _io classes registered with them."""

    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        kind = cls.__dict__.get("_claims_files", False)
        return kind is not False and _is_builtin_file(obj, kind)

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return sub is TextIOWrapper and cls.__dict__.get("_claims_files", False) is not False


def _closed_error(period=False):
    return ValueError("I/O operation on closed file." if period else
                      "I/O operation on closed file")


class IOBase(metaclass=_IOMeta):
    """The base of every stream: closing, context management, iteration."""
    _claims_files = None          # every built-in file is an IOBase
    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_closed(self, period=True):
        if self._closed:
            raise _closed_error(period)

    def flush(self):
        self._check_closed()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def readlines(self, hint=-1):
        self._check_closed()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base of unbuffered binary streams."""
    _claims_files = False


class BufferedIOBase(IOBase):
    """Base of buffered binary streams; binary built-in files are ones."""
    _claims_files = False

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Base of text streams; text built-in files are ones."""
    _claims_files = True
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        raise UnsupportedOperation("detach")


def _size_arg(size):
    """A read size: None or a negative int means everything."""
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


def _index_arg(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


class _MemoryStream:
    """What StringIO and BytesIO share.  The value is self._value plus the
    pieces in self._tail; self._pos is the stream position.  The two
    classes word some errors differently (CPython's do): _period says
    whether "I/O operation on closed file" ends with a period, and
    _negative_size is the message of truncate(-1)."""

    def _init_storage(self):
        self._value = self._empty
        self._tail = []
        self._length = 0
        self._pos = 0

    def _open(self):
        self._check_closed(self._period)

    def _flat(self):
        if self._tail:
            self._value = self._empty.join([self._value] + self._tail)
            self._tail = []
        return self._value

    def _put(self, data):
        """Writes data at the position (padding a gap with zeros)."""
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        if pos == self._length:
            self._tail.append(data)
        elif pos > self._length:
            self._tail.append(self._zero * (pos - self._length))
            self._tail.append(data)
        else:
            value = self._flat()
            self._value = value[:pos] + data + value[pos + n:]
        self._pos = pos + n
        if self._pos > self._length:
            self._length = self._pos
        return n

    def getvalue(self):
        self._open()
        return self._flat()

    def _advance(self, size, to_line_end):
        """Reads from the position to the end (or the end of the line),
        at most size items when size >= 0."""
        self._open()
        size = _size_arg(size)
        value = self._flat()
        pos = self._pos
        if pos >= self._length:
            return self._empty
        end = self._line_end(value, pos) if to_line_end else self._length
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return value[pos:end]

    def _line_end(self, value, pos):
        """Where the line starting at pos ends (after its newline)."""
        i = value.find(self._newline_mark, pos)
        return self._length if i < 0 else i + len(self._newline_mark)

    def read(self, size=-1):
        return self._advance(size, False)

    def readline(self, size=-1):
        return self._advance(size, True)

    def tell(self):
        self._open()
        return self._pos

    def truncate(self, size=None):
        """Cuts the value at size (default: the position), which stays."""
        self._open()
        if size is None:
            size = self._pos
        size = _index_arg(size)
        if size < 0:
            raise ValueError(self._negative_size % size)
        if size < self._length:
            self._value = self._flat()[:size]
            self._length = size
        return size

    def readable(self):
        self._open()
        return True

    writable = seekable = readable

    def __next__(self):
        self._open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self._closed = True
        self._init_storage()


class StringIO(_MemoryStream, TextIOBase):
    """A text stream kept in memory."""
    _zero = "\0"
    _empty = ""
    _period = False
    _negative_size = "Negative size value %d"
    line_buffering = False

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        # What ends a line when reading (after the translation on writing).
        self._newline_mark = "\n" if newline is None or newline == "" else newline
        self._seen = set()
        self._init_storage()
        if initial_value:
            self._put(self._translate(initial_value))
            self._pos = 0

    def _translate(self, s):
        # What a newline of each kind turns into on the way in.
        nl = self._newline
        if nl is None or nl == "":
            if "\r" in s:
                if "\r\n" in s:
                    self._seen.add("\r\n")
                if "\r" in s.replace("\r\n", ""):
                    self._seen.add("\r")
                if nl is None:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
            if "\n" in s.replace("\r\n", ""):
                self._seen.add("\n")
        elif nl != "\n":
            s = s.replace("\n", nl)
        return s

    def _line_end(self, value, pos):
        if self._newline != "":
            return _MemoryStream._line_end(self, value, pos)
        # Any of \r, \n, \r\n ends a line.
        for i in range(pos, self._length):
            c = value[i]
            if c == "\n":
                return i + 1
            if c == "\r":
                return i + 2 if value[i + 1:i + 2] == "\n" else i + 1
        return self._length

    @property
    def newlines(self):
        if self._newline is not None and self._newline != "":
            return None
        kinds = [k for k in ("\r", "\n", "\r\n") if k in self._seen]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def write(self, s):
        self._open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._put(self._translate(s))
        return n

    def seek(self, pos, whence=0):
        pos = _index_arg(pos)
        _index_arg(whence)
        self._open()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = self._length
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def flush(self):
        pass

StringIO.__module__ = "_io"


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream kept in memory."""
    _zero = b"\0"
    _empty = b""
    _period = True
    _negative_size = "negative size value %d"
    _newline_mark = b"\n"

    def __init__(self, initial_bytes=None):
        self._init_storage()
        if initial_bytes is not None:
            self._put(_as_bytes(initial_bytes))
            self._pos = 0

    def getbuffer(self):
        return self.getvalue()

    def write(self, b):
        self._open()
        return self._put(_as_bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        pos = _index_arg(pos)
        _index_arg(whence)
        self._open()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._length + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

BytesIO.__module__ = "_io"


def _as_bytes(b):
    if isinstance(b, bytes):
        return b
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when a function's encoding argument is None."""
    return "locale" if encoding is None else encoding


def open_code(path):
    """Opens a file of source code for reading, in binary mode."""
    return open(path, "rb")
