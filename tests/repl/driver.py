"""Drives an interactive program through a real pseudo-terminal and keeps
the screen it draws: the engine of the tests/**/NAME.session tests.

A session file is the transcript of a terminal as a person would see it,
with the keys pressed written in angle brackets.  tests/run.py plays it
against molt and compares the screen each run ends with, line by line.

    # A comment: lines starting with '#' are skipped.
    %env MOLT_HISTFILE=CWD/history      environment of the runs that follow
    %file m.py                          writes a file in the test's directory
    def f(): return 1                     (the lines up to %end); inside a run
    %end                                  it is written at that point of it
    %chmod 444 m.py                     changes a file's mode
    %run -q                             starts `molt -q` in the test directory
                                        (shell quoting);
    >>> 1 + 1                           the transcript of that run follows
    2
    >>> import sys
    >>> sys.modu<TAB:les> is sys.modules
    True
    %raw '\x1b[1m>>> '                  the bytes written so far include this
    %no-raw '\x1b[31m'                   (or do not); a Python string literal
    >>> <C-d>
    %exit 0                             waits for the program's end, checks its
                                        status and the screen

A line that starts with the prompt `>>> ` or `... ` (or is just `>>>` or
`...`: an empty line) is typed: the driver waits until the screen shows
that prompt on the cursor's line, types the text after it, checks that the
screen shows what was typed, then presses Enter -- unless the line's last
key (<C-c>, <C-d>) ended the input itself.  HOME is the test directory,
TERM is xterm, and NO_COLOR, MOLT_HISTFILE and MOLTPATH are unset unless
a %env sets them.  Run by hand, `python3 tests/repl/driver.py NAME.session
python3` plays a session against CPython and prints the screens.

    <TAB> <UP> <DOWN> <LEFT> <RIGHT> <BS> <ESC> <ENTER> <C-a> .. <C-z>
                      (<BS> takes back the last character shown)
    <KEY:text>        press KEY, then wait until `text` appears on the
                      screen (a completion, a recalled line, the `^C` the
                      terminal echoes): `text` is expected, not typed
    <"s"*N>           the string s repeated N times (typed, and expected)
    <BYTES:ff fe>     raw bytes typed (on the screen, what does not decode as
                      UTF-8 shows as U+FFFD)

A key may also start a line without a prompt (Ctrl-C while code runs:
`<C-c:^C>Traceback (most recent call last):`); it is sent once the previous
input has been accepted and the program has had a moment to run it.

    %paste
    >>> def f():                        the typed parts of these lines are
    ...     return 1                    sent in one write, as a terminal
    ...                                 pastes; the lines stay part of the
    %end                                expected screen

Every other line is output, compared with the screen.  The screen is an
80-column terminal with unlimited scroll-back; rows the terminal wrapped
are joined again, and escape sequences (colours, cursor moves) are carried
out, not compared.  The test directory's path is written CWD, in both
directions.  Trailing spaces do not count, nor do lines of only carets and
tildes (the marks under an error's position), as in tests/run.py.
"""
import ast
import codecs
import difflib
import errno
import fcntl
import os
import pty
import re
import select
import shlex
import shutil
import signal
import struct
import subprocess
import tempfile
import termios
import time

COLUMNS = 80
ROWS = 24

KEYS = {
    "TAB": b"\t", "UP": b"\x1b[A", "DOWN": b"\x1b[B", "RIGHT": b"\x1b[C",
    "LEFT": b"\x1b[D", "BS": b"\x7f", "ESC": b"\x1b", "ENTER": b"\r",
}
for _c in "abcdefghijklmnopqrstuvwxyz":
    KEYS["C-" + _c] = bytes([ord(_c) - 96])

# A token of a typed line: a key, a key with expected text, a repetition,
# raw bytes, a paste, or plain text.
TOKEN = re.compile(r'<"(?P<rep>[^"]*)"\*(?P<count>\d+)>'
                   r'|<BYTES:(?P<bytes>[0-9a-fA-F ]+)>'
                   r'|<(?P<key>[A-Z]+|C-[a-z])(?::(?P<shown>[^>]*))?>'
                   r'|(?P<text>[^<]+|<)')


class Screen:
    """Just enough of an xterm to keep what readline and molt draw: text,
    CR/LF/BS, automatic wrapping, cursor moves and line erasing.  The
    screen grows downwards without limit (nothing scrolls away)."""

    def __init__(self, columns=COLUMNS):
        self.columns = columns
        self.lines = [[]]          # each a list of characters
        self.wrapped = [False]     # the line continues on the next one
        self.row = self.col = 0
        self.pending_wrap = False  # xterm's deferred wrap at the last column
        self.modes = set()         # private modes turned on (2004: bracketed paste)
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.esc = ""              # an escape sequence being read

    def _line(self, row):
        while len(self.lines) <= row:
            self.lines.append([])
            self.wrapped.append(False)
        return self.lines[row]

    def _put(self, ch):
        if self.pending_wrap:
            self.wrapped[self.row] = True
            self.row += 1
            self.col = 0
            self.pending_wrap = False
        line = self._line(self.row)
        while len(line) < self.col:
            line.append(" ")
        if self.col < len(line):
            line[self.col] = ch
        else:
            line.append(ch)
        if self.col == self.columns - 1:
            self.pending_wrap = True
        else:
            self.col += 1

    def _csi(self, params, final):
        private = params.startswith("?")
        nums = [int(n) if n.isdigit() else 0 for n in params.lstrip("?").split(";")]
        n = max(nums[0], 1)
        if private:
            for m in nums:
                (self.modes.add if final == "h" else self.modes.discard)(m)
            return
        self.pending_wrap = False
        if final == "A":
            self.row = max(self.row - n, 0)
        elif final == "B":
            self.row += n
        elif final == "C":
            self.col = min(self.col + n, self.columns - 1)
        elif final == "D":
            self.col = max(self.col - n, 0)
        elif final == "G":
            self.col = min(n - 1, self.columns - 1)
        elif final == "K":
            line = self._line(self.row)
            if nums[0] == 0:
                del line[self.col:]
                self.wrapped[self.row] = False
            elif nums[0] == 1:
                line[:self.col + 1] = [" "] * min(self.col + 1, len(line))
            else:
                line.clear()
        elif final == "J" and nums[0] == 0:
            del self._line(self.row)[self.col:]
            del self.lines[self.row + 1:], self.wrapped[self.row + 1:]
        elif final == "P":
            del self._line(self.row)[self.col:self.col + n]
        elif final == "@":
            self._line(self.row)[self.col:self.col] = [" "] * n
        # colours (m) and everything else change nothing we compare

    def feed(self, data):
        for ch in self.decoder.decode(data):
            if self.esc:
                self.esc += ch
                if self.esc.startswith("\x1b["):
                    if len(self.esc) > 2 and "\x40" <= ch <= "\x7e":
                        self._csi(self.esc[2:-1], ch)
                        self.esc = ""
                elif self.esc.startswith("\x1b]"):
                    if ch == "\x07" or self.esc.endswith("\x1b\\"):
                        self.esc = ""
                elif len(self.esc) == 2 and ch not in "[]()#":
                    self.esc = ""          # ESC = , ESC > , ESC 7 ...
                elif len(self.esc) == 3:
                    self.esc = ""          # ESC ( B
                continue
            if ch == "\x1b":
                self.esc = ch
            elif ch == "\r":
                self.col = 0
                self.pending_wrap = False
            elif ch == "\n":
                self.row += 1
                self._line(self.row)
                self.pending_wrap = False
            elif ch == "\b":
                if self.pending_wrap:
                    self.pending_wrap = False
                elif self.col > 0:
                    self.col -= 1
                elif self.row > 0 and self.wrapped[self.row - 1]:
                    self.row -= 1
                    self.col = self.columns - 1
            elif ch == "\t":
                self.col = min((self.col // 8 + 1) * 8, self.columns - 1)
            elif ch >= " " and ch != "\x7f":
                self._put(ch)
            # other control characters (BEL) draw nothing

    def text_lines(self):
        """The screen as logical lines: wrapped rows joined again."""
        out, cur = [], ""
        for line, wrapped in zip(self.lines, self.wrapped):
            cur += "".join(line)
            if not wrapped:
                out.append(cur.rstrip())
                cur = ""
        if cur:
            out.append(cur.rstrip())
        while out and not out[-1]:
            out.pop()
        return out

    def cursor_line(self):
        """The logical line the cursor is on, up to the cursor."""
        row = self.row
        while row > 0 and self.wrapped[row - 1]:
            row -= 1
        text = "".join("".join(self._line(r)) for r in range(row, self.row))
        line = self._line(self.row)
        end = self.columns if self.pending_wrap else self.col
        return text + "".join(line[:end]).ljust(end)

    def line_start(self):
        """The row where the cursor's logical line starts."""
        row = self.row
        while row > 0 and self.wrapped[row - 1]:
            row -= 1
        return row

    def line_from(self, row):
        """The logical line that starts at `row` (wrapped rows joined)."""
        text = ""
        while True:
            text += "".join(self._line(row))
            if not self.wrapped[row]:
                return text
            row += 1


class Timeout(Exception):
    pass


class Terminal:
    """A program running on the slave side of a new pseudo-terminal."""

    def __init__(self, argv, cwd, env, columns=COLUMNS):
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, columns, 0, 0))
        self.proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=slave, stdout=slave,
                                     stderr=slave, start_new_session=True,
                                     preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        # never block on a write: a program that echoes what it reads would
        # otherwise wait for us to read while we wait for it to read
        os.set_blocking(self.master, False)
        self.screen = Screen(columns)
        self.raw = bytearray()
        self.eof = False

    def read(self, wait):
        """Reads what the program writes: waits up to `wait` seconds for
        something, then takes whatever else is there already."""
        deadline = time.monotonic() + wait
        got = False
        while not self.eof:
            left = 0 if got else max(deadline - time.monotonic(), 0)
            r, _, _ = select.select([self.master], [], [], left)
            if not r:
                return
            try:
                data = os.read(self.master, 65536)
            except BlockingIOError:
                continue
            except OSError as e:          # EIO: the slave side is closed
                if e.errno != errno.EIO:
                    raise
                data = b""
            if not data:
                self.eof = True
                return
            got = True
            self.raw += data
            self.screen.feed(data)

    def settle(self, seconds):
        """Reads for that long, whatever comes."""
        deadline = time.monotonic() + seconds
        while not self.eof and time.monotonic() < deadline:
            self.read(deadline - time.monotonic())

    def quiet(self, seconds):
        """Reads until nothing has come for that long."""
        before = -1
        while not self.eof and len(self.raw) != before:
            before = len(self.raw)
            self.read(seconds)

    def wait_for(self, predicate, timeout, what):
        deadline = time.monotonic() + timeout
        while not predicate():
            if self.eof or time.monotonic() > deadline:
                raise Timeout("waiting for %s" % what)
            self.read(min(0.05, max(deadline - time.monotonic(), 0)))

    def send(self, data, timeout=10):
        deadline = time.monotonic() + timeout
        while data:
            try:
                n = os.write(self.master, data)
            except BlockingIOError:
                if self.eof or time.monotonic() > deadline:
                    raise Timeout("the program to read what is typed")
                self.read(0.01)
                continue
            except OSError as e:
                raise Timeout("nothing: the terminal is gone (%s)" % e)
            data = data[n:]
            self.read(0)       # keep the program's output flowing while we type

    def finish(self, timeout):
        """Waits for the program's end; returns its exit status (negative:
        killed by that signal), or None on timeout (it is then killed)."""
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.read(0.05)
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            status = None
        else:
            status = self.proc.returncode
        self.read(0.05)
        os.close(self.master)
        return status

    def kill(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        try:
            os.close(self.master)
        except OSError:
            pass


def expand(text):
    """A transcript line as it should look on the screen (keys removed or
    replaced by what they show)."""
    out = ""
    for m in TOKEN.finditer(text):
        if m.group("text") is not None:
            out += m.group("text")
        elif m.group("rep") is not None:
            out += m.group("rep") * int(m.group("count"))
        elif m.group("bytes") is not None:
            out += bytes.fromhex(m.group("bytes")).decode("utf-8", "replace")
        elif m.group("shown") is not None:
            out += m.group("shown")
        elif m.group("key") == "BS":
            out = out[:-1]
    return out


def parse(path):
    """The session file as a list of steps: ('env', k, v), ('file', name,
    text), ('chmod', mode, name), ('run', args, entries), ('exit', n).  A
    run's entries are its transcript lines and, in their place among them,
    ('paste', lines), ('file', name, text) and ('raw', text, present)."""
    steps = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0

    def block():
        nonlocal i
        body = []
        while i < len(lines) and lines[i] != "%end":
            body.append(lines[i])
            i += 1
        i += 1
        return body

    while i < len(lines):
        line = lines[i]
        i += 1
        running = bool(steps) and steps[-1][0] == "run"
        if line.startswith("#"):
            continue
        if line.startswith("%env "):
            k, _, v = line[5:].partition("=")
            steps.append(("env", k.strip(), v))
        elif line.startswith("%file "):
            step = ("file", line.split(None, 1)[1], "".join(l + "\n" for l in block()))
            (steps[-1][2] if running else steps).append(step)
        elif line.startswith("%chmod "):
            _, mode, name = line.split(None, 2)
            steps.append(("chmod", int(mode, 8), name))
        elif line.startswith("%run"):
            steps.append(("run", shlex.split(line[4:]), []))
        elif line.startswith("%exit"):
            steps.append(("exit", int(line[5:].strip() or 0)))
        elif running and line == "%paste":
            steps[-1][2].append(("paste", block()))
        elif running and line.startswith(("%raw ", "%no-raw ")):
            word, _, text = line.partition(" ")
            steps[-1][2].append(("raw", ast.literal_eval(text), word == "%raw"))
        elif running and not line.startswith("%"):
            steps[-1][2].append(line)
        else:
            raise ValueError("%s: unexpected line %r" % (path, line))
    return steps


PROMPTS = (">>> ", "... ")
BARE_PROMPTS = (">>>", "...")     # an empty line typed (trailing spaces get lost)
KEY_LINE = re.compile(r"<(?:[A-Z]+|C-[a-z])(?::[^>]*)?>")


def type_line(term, prompt, body, timeout):
    """Types one input line, checking that the screen echoes it, and
    presses Enter unless its last key ended the input."""
    shown = prompt
    ends_input = False
    start = term.screen.line_start()     # the prompt's line, even if a recalled
    for m in TOKEN.finditer(body):       # entry of several lines follows it
        ends_input = False
        if m.group("text") is not None:
            term.send(m.group("text").encode())
            shown += m.group("text")
        elif m.group("rep") is not None:
            text = m.group("rep") * int(m.group("count"))
            term.send(text.encode())
            shown += text
        elif m.group("bytes") is not None:
            term.send(bytes.fromhex(m.group("bytes")))
            shown += bytes.fromhex(m.group("bytes")).decode("utf-8", "replace")
        else:
            key = m.group("key")
            if key not in KEYS:
                raise Timeout("nothing: unknown key <%s>" % key)
            term.send(KEYS[key])
            ends_input = key in ("C-c", "C-d", "ENTER")
            if m.group("shown") is None:
                if key == "BS":
                    shown = shown[:-1]
                else:
                    term.settle(0.1)   # what it does is checked with the screen
                    continue
            shown += m.group("shown") or ""
        if prompt:
            want = shown.rstrip()
            term.wait_for(lambda: term.screen.line_from(start).rstrip() == want,
                          timeout, "the screen line %r" % want)
    if prompt and not ends_input:
        if "<" in body:
            term.quiet(0.05)    # a key may redraw several rows: let it finish
        row = term.screen.row
        term.send(b"\r")
        term.wait_for(lambda: term.screen.row > row or term.eof, timeout,
                      "the input %r to be accepted" % (prompt + body))


def write_file(directory, name, text):
    path = os.path.join(directory, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def play(term, entries, directory, timeout):
    """Types the input lines of one run's transcript, each once its prompt
    is on the screen, and carries out the directives among them.  Returns
    a list of problems."""
    problems = []
    try:
        for entry in entries:
            if isinstance(entry, tuple) and entry[0] == "paste":
                lines = [l for l in entry[1] if l[:4] in PROMPTS or l in BARE_PROMPTS]
                if lines:
                    first = lines[0][:4]
                    term.wait_for(lambda: term.screen.cursor_line() == first, timeout,
                                  "the prompt %r before pasting" % first)
                    term.send("".join(expand(l[4:]) + "\r" for l in lines).encode())
                    # then let the program work through it all, to a prompt
                    want = [expand(l).rstrip() for l in entry[1]]
                    term.wait_for(lambda: term.screen.cursor_line() in PROMPTS and
                                  term.screen.text_lines()[-len(want) - 1:-1] == want,
                                  timeout, "the pasted lines to be run")
            elif isinstance(entry, tuple) and entry[0] == "file":
                write_file(directory, entry[1], entry[2])
            elif isinstance(entry, tuple) and entry[0] == "raw":
                text = entry[1].encode()
                if entry[2]:
                    try:
                        term.wait_for(lambda: text in term.raw, timeout, "")
                    except Timeout:
                        problems.append("the output lacks %r" % entry[1])
                else:
                    term.settle(0.2)
                    if text in term.raw:
                        problems.append("the output has %r" % entry[1])
            elif entry[:4] in PROMPTS or entry in BARE_PROMPTS:
                prompt = entry[:3] + " "
                term.wait_for(lambda: term.screen.cursor_line() == prompt, timeout,
                              "the prompt %r before typing %r" % (prompt, entry))
                type_line(term, prompt, entry[4:], timeout)
            elif KEY_LINE.match(entry):
                term.settle(0.3)    # a key while code runs: let it start running
                type_line(term, "", KEY_LINE.match(entry).group(0), timeout)
    except Timeout as e:
        problems.append("timeout %s; the screen ends with:\n%s" % (
            e, "\n".join(term.screen.text_lines()[-8:])))
    return problems


def screen_lines(entries):
    """The screen a run's transcript expects."""
    lines = []
    for e in entries:
        if isinstance(e, str):
            lines.append(expand(e).rstrip())
        elif e[0] == "paste":
            lines += [expand(l).rstrip() for l in e[1]]
    return lines


def without_markers(lines):
    """Lines made only of carets and tildes (CPython's marks under an error's
    position) are not compared, as in tests/run.py."""
    return [l for l in lines if not re.match(r"^\s*[\^~]+\s*$", l)]


def run_session(path, program, timeout=10):
    """Plays a session file against `program` (a list: the command and its
    first arguments) in a fresh directory.  Returns the problems found
    (none when everything matched) and the screens, one per run."""
    d = tempfile.mkdtemp(prefix="molt-repl-")
    real = os.path.realpath(d)
    env = dict(os.environ)
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "NO_COLOR", "MOLT_HISTFILE", "MOLTPATH"):
        env.pop(k, None)
    # HOME is the test's directory: ~/.molt_history lands there
    env.update(TERM="xterm", HOME=real, PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8",
               INPUTRC=os.devnull)
    if os.sep in program[0]:
        program = [os.path.abspath(program[0])] + program[1:]
    problems, screens = [], []
    term, want = None, []
    try:
        for step in parse(path):
            if step[0] == "env":
                env[step[1]] = step[2].replace("CWD", real)
            elif step[0] == "file":
                write_file(d, step[1], step[2].replace("CWD", real))
            elif step[0] == "chmod":
                os.chmod(os.path.join(d, step[2]), step[1])
            elif step[0] == "run":
                want = screen_lines(step[2])
                term = Terminal(program + step[1], d, env)
                errors = play(term, step[2], d, timeout)
                if errors and errors[-1].startswith("timeout"):
                    problems += errors
                    screens.append(term.screen.text_lines())
                    term.kill()
                    term = None
                    break
                problems += errors
            elif step[0] == "exit":
                status = term.finish(timeout) if term else None
                got = [l.replace(real, "CWD") for l in term.screen.text_lines()] if term else []
                screens.append(got)
                term = None
                if status != step[1]:
                    problems.append("exit status %s, expected %s" % (status, step[1]))
                if without_markers(got) != without_markers(want):
                    problems.append("the screen differs:\n" + "\n".join(
                        difflib.unified_diff(want, got, "expected", "got", lineterm="", n=2)))
        if term is not None:
            problems.append("a %run without its %exit")
            term.kill()
    finally:
        os.chmod(d, 0o700)
        for root, dirs, files in os.walk(d):
            for name in dirs + files:
                try:
                    os.chmod(os.path.join(root, name), 0o700, follow_symlinks=False)
                except OSError:
                    pass
        shutil.rmtree(d, ignore_errors=True)
    return problems, screens


if __name__ == "__main__":
    # python3 tests/repl/driver.py SESSION PROGRAM...: plays a session file
    # against any program (python3 too) and prints the screens it drew.
    import sys
    found, seen = run_session(sys.argv[1], sys.argv[2:])
    for screen in seen:
        print("\n".join(screen))
        print("----")
    print("\n".join(found))
