"""unittest._diff: the line-by-line diff that assertEqual failures show.

The text matches CPython's difflib.ndiff, which unittest uses: lines only
in the first sequence start with "- ", only in the second with "+ ",
common lines with "  ", and a pair of similar changed lines is followed by
"? " lines marking the changed characters (^ changed, - deleted, + added).

Matching follows the Ratcliff/Obershelp idea: find the longest block that
two sequences have in common, then do the same on each side of it.
Elements the caller calls junk (blanks and tabs, inside a line) never start
a match but may extend one.
"""

__unittest = True


def _is_char_junk(ch):
    return ch in " \t"


class _Matcher:
    """Matching blocks and edit opcodes between sequences a and b."""

    def __init__(self, isjunk=None, a="", b=""):
        self.isjunk = isjunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._blocks = self._opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._blocks = self._opcodes = None
        self._bcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> the positions where it occurs in b, leaving out
        # junk and (in long sequences) elements too common to be telling.
        b = self.b
        b2j = {}
        for i, elt in enumerate(b):
            b2j.setdefault(elt, []).append(i)
        self.bjunk = set()
        if self.isjunk is not None:
            for elt in list(b2j):
                if self.isjunk(elt):
                    self.bjunk.add(elt)
                    del b2j[elt]
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for elt, positions in list(b2j.items()):
                if len(positions) > limit:
                    del b2j[elt]
        self.b2j = b2j

    def find_longest_match(self, alo, ahi, blo, bhi):
        """(i, j, k): the longest a[i:i+k] == b[j:j+k] in the given ranges
        free of junk, then grown by equal elements (junk included) at both
        ends; the earliest such block when several are as long."""
        a, b, b2j, bjunk = self.a, self.b, self.b2j, self.bjunk
        besti, bestj, bestsize = alo, blo, 0
        runs = {}               # j -> length of the match ending at a[i-1], b[j]
        for i in range(alo, ahi):
            new_runs = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_runs[j] = runs.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = new_runs
        for junk_ok in (False, True):
            while (besti > alo and bestj > blo and (b[bestj - 1] in bjunk) == junk_ok
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in bjunk) == junk_ok
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return besti, bestj, bestsize

    def get_matching_blocks(self):
        """The common blocks (i, j, k) in order, adjacent ones merged,
        ending with the sentinel (len(a), len(b), 0)."""
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = block = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(block)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tag is one of
        'replace', 'delete', 'insert', 'equal'."""
        if self._opcodes is not None:
            return self._opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(("replace", i, ai, j, bj))
            elif i < ai:
                ops.append(("delete", i, ai, j, bj))
            elif j < bj:
                ops.append(("insert", i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(("equal", ai, i, bj, j))
        self._opcodes = ops
        return ops

    def ratio(self):
        matches = sum(block[2] for block in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        # An upper bound on ratio(): common elements regardless of order.
        if self._bcount is None:
            self._bcount = {}
            for elt in self.b:
                self._bcount[elt] = self._bcount.get(elt, 0) + 1
        left = {}
        matches = 0
        for elt in self.a:
            n = left[elt] if elt in left else self._bcount.get(elt, 0)
            left[elt] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


def ndiff(a, b):
    """Yields the ndiff lines comparing two lists of lines (each line
    should end with a newline when the result is to be joined with '')."""
    lines = _Matcher(None, a, b)
    for tag, alo, ahi, blo, bhi in lines.get_opcodes():
        if tag == "replace":
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        elif tag == "delete":
            yield from _dump("-", a, alo, ahi)
        elif tag == "insert":
            yield from _dump("+", b, blo, bhi)
        else:
            yield from _dump(" ", a, alo, ahi)


def _dump(tag, x, lo, hi):
    for i in range(lo, hi):
        yield "%s %s" % (tag, x[i])


def _plain_replace(a, alo, ahi, b, blo, bhi):
    # The shorter block first.
    if bhi - blo < ahi - alo:
        yield from _dump("+", b, blo, bhi)
        yield from _dump("-", a, alo, ahi)
    else:
        yield from _dump("-", a, alo, ahi)
        yield from _dump("+", b, blo, bhi)


def _fancy_replace(a, alo, ahi, b, blo, bhi):
    # Find the most similar pair of lines (ratio above 0.75) to line the
    # blocks up on, mark its character changes, and recurse on both sides.
    best_ratio, cutoff = 0.74, 0.75
    chars = _Matcher(_is_char_junk)
    eqi = eqj = None
    best_i = best_j = None
    for j in range(blo, bhi):
        bj = b[j]
        chars.set_seq2(bj)
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            chars.set_seq1(ai)
            if (chars.real_quick_ratio() > best_ratio and chars.quick_ratio() > best_ratio
                    and chars.ratio() > best_ratio):
                best_ratio, best_i, best_j = chars.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            yield from _plain_replace(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j = eqi, eqj
    else:
        eqi = None

    yield from _fancy_helper(a, alo, best_i, b, blo, best_j)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ""
        chars.set_seqs(aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in chars.get_opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == "replace":
                atags += "^" * la
                btags += "^" * lb
            elif tag == "delete":
                atags += "-" * la
            elif tag == "insert":
                btags += "+" * lb
            else:
                atags += " " * la
                btags += " " * lb
        yield from _qformat(aelt, belt, atags, btags)
    else:
        yield "  " + aelt
    yield from _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_helper(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        else:
            yield from _dump("-", a, alo, ahi)
    elif blo < bhi:
        yield from _dump("+", b, blo, bhi)


def _keep_whitespace(line, tags):
    # Under unchanged characters, a tab stays a tab so the marks line up.
    return "".join(c if t == " " and c.isspace() else t for c, t in zip(line, tags))


def _qformat(aline, bline, atags, btags):
    atags = _keep_whitespace(aline, atags).rstrip()
    btags = _keep_whitespace(bline, btags).rstrip()
    yield "- " + aline
    if atags:
        yield "? %s\n" % atags
    yield "+ " + bline
    if btags:
        yield "? %s\n" % btags
