/* re.c — `_re`, the native half of the `re` module, over PCRE2.
 *
 * PCRE2 understands nearly all of Python's regular expression syntax, but
 * not all of it the same way (\Z, \v, {,n}, verbose mode, group names,
 * what \s matches), and its error messages are not CPython's.  So a pattern
 * is first read here by a small parser that follows CPython's re parser
 * step by step: it raises CPython's re.error messages at CPython's
 * positions, keeps the group table itself (numbers, names, nesting), and
 * writes an equivalent pattern in PCRE2's syntax in which every literal is
 * spelled so that PCRE2 cannot read it as anything else.  Capture groups are
 * all written unnamed: names stay on our side, so any Python identifier can
 * name a group.
 *
 * Matching works on the UTF-8 bytes of a str (PCRE2's UTF mode, with UCP
 * for Unicode-aware \d \w \b unless re.ASCII) or on the bytes of a bytes
 * object.  Python counts positions in code points: a Subject keeps one
 * known (byte offset, code point index) pair and converts by walking from
 * it, so the successive matches of a scan cost linear time in all.
 *
 * The objects here are deliberately bare: a compiled Regex answers with
 * tuples of spans, and lib/re.py wraps them in Pattern and Match objects.
 * The loops whose speed matters (findall, split, sub, a Scanner's next
 * match) run here, and so does cutting a group's text out of the string
 * (_re.group), which needs byte offsets that Python code cannot use.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"
#include "utf8.h"
#include "objects/strutil.h"
#include "modules/re.h"

/* CPython's flag values (re.IGNORECASE == 2, ...). */
enum {
    F_TEMPLATE = 1, F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8, F_DOTALL = 16,
    F_UNICODE = 32, F_VERBOSE = 64, F_DEBUG = 128, F_ASCII = 256
};
#define TYPE_FLAGS (F_ASCII | F_LOCALE | F_UNICODE)
#define GLOBAL_FLAGS (F_DEBUG | F_TEMPLATE)
#define MAXREPEAT 4294967295LL

/* The `_re` module: re.py stores its `error` class here. */
static Value re_module;

/* ---- PCRE2's memory comes from the collector ------------------------------------ */

static pcre2_general_context *gen_ctx;
static pcre2_compile_context *comp_ctx;
static pcre2_match_context *match_ctx;

static void *pcre_alloc(PCRE2_SIZE n, void *vm)
{
    return mem_alloc((VM *)vm, n);
}

static void pcre_free(void *p, void *vm)
{
    (void)p; (void)vm;          /* the collector reclaims it */
}

static int contexts_init(VM *vm)
{
    if (match_ctx)
        return 0;
    gen_ctx = pcre2_general_context_create(pcre_alloc, pcre_free, vm);
    comp_ctx = gen_ctx ? pcre2_compile_context_create(gen_ctx) : NULL;
    match_ctx = comp_ctx ? pcre2_match_context_create(gen_ctx) : NULL;
    if (!match_ctx) {
        if (!vm->exc)
            vm_raise(vm, &exc_MemoryError, "cannot allocate the regular expression contexts");
        return -1;
    }
    /* Python's '.', '$' and MULTILINE know one line end: '\n' */
    pcre2_set_newline(comp_ctx, PCRE2_NEWLINE_LF);
    /* molt's str may hold lone surrogates (as CPython's can), and a
     * pattern may spell them: \ud800 */
    pcre2_set_compile_extra_options(comp_ctx, PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES);
    pcre2_set_parens_nest_limit(comp_ctx, 1000);   /* the translator stops at 490 */
    return 0;
}

/* ---- re.error -------------------------------------------------------------------- */

/* Raises re.error(msg, pattern, pos) (pos < 0: no position), through the
 * class lib/re.py put in this module. */
static Value raise_re_error(VM *vm, const char *msg, Value pattern, int64_t pos)
{
    Value cls = re_module ? dict_get_cstr(vm, ((Module *)AS_OBJ(re_module))->dict, "error") : 0;
    if (!cls) {
        if (pos < 0)
            return vm_raise(vm, &exc_ValueError, "%s", msg);
        return vm_raise(vm, &exc_ValueError, "%s at position %lld", msg, (long long)pos);
    }
    Str *m = str_from_cstr(vm, msg);
    if (!m)
        return 0;
    Value args[3] = { OBJ_VAL(m), pattern, MK_INT(pos) };
    Value e = obj_call(vm, cls, pos < 0 ? 1 : 3, args, NULL);
    return e ? vm_raise_value(vm, e) : 0;
}

/* ---- the translator: Python pattern -> PCRE2 pattern ------------------------------ */

/* What the last item of a sequence was, for "nothing to repeat" and
 * "multiple repeat". */
enum { K_NONE, K_AT, K_REPEAT, K_ITEM };

typedef struct Trans {
    VM *vm;
    Value pattern;          /* the str or bytes, for re.error */
    uint32_t *p;            /* the pattern's code points (bytes: byte values) */
    int64_t n, i;
    bool bytes;
    int flags;              /* the caller's flags plus the leading (?flags) */
    char *out;              /* the PCRE2 pattern being written */
    int64_t *map;           /* map[k]: pattern position that output byte k came from */
    size_t len, cap;
    int64_t at;             /* pattern position of what is being written */
    int ngroups;
    int *parent;            /* parent[g]: innermost capture group around g (0: none) */
    bool *closed;
    int gcap;
    int cur_group;
    Dict *groupindex;
    int64_t *condrefs;      /* (group, position) pairs of (?(N)...) to check at the end */
    int ncond, condcap;
} Trans;

static int grow_out(Trans *t, size_t need)
{
    if (t->len + need + 1 <= t->cap)
        return 0;
    size_t cap = t->cap ? t->cap : 64;
    while (cap < t->len + need + 1)
        cap *= 2;
    char *o = mem_alloc_atomic(t->vm, cap);
    int64_t *m = mem_alloc_atomic(t->vm, cap * sizeof(int64_t));
    if (!o || !m)
        return -1;
    if (t->len) {
        memcpy(o, t->out, t->len);
        memcpy(m, t->map, t->len * sizeof(int64_t));
    }
    t->out = o;
    t->map = m;
    t->cap = cap;
    return 0;
}

static int emit(Trans *t, const char *s, size_t n)
{
    if (grow_out(t, n) < 0)
        return -1;
    for (size_t k = 0; k < n; k++) {
        t->out[t->len] = s[k];
        t->map[t->len++] = t->at;
    }
    return 0;
}

static int emits(Trans *t, const char *s)
{
    return emit(t, s, strlen(s));
}

static int emitf(Trans *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int emitf(Trans *t, const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return emit(t, buf, (size_t)n);
}

static bool is_alnum_ascii(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* A character PCRE2 must take literally, in a class or outside one:
 * letters and digits as themselves, other non-ASCII characters of a str as
 * UTF-8, everything else in hex. */
static int emit_char(Trans *t, uint32_t c)
{
    if (is_alnum_ascii(c)) {
        char ch = (char)c;
        return emit(t, &ch, 1);
    }
    if (c >= 0x80 && !t->bytes && (c < 0xD800 || c > 0xDFFF)) {
        char buf[4];
        return emit(t, buf, (size_t)utf8_encode(c, buf));
    }
    return emitf(t, "\\x{%x}", c);
}

/* Text of the pattern between two positions, as a C string (for messages). */
static const char *pattern_text(Trans *t, int64_t a, int64_t b)
{
    StrBuf sb;
    sb_init(&sb, t->vm);
    for (int64_t k = a; k < b && k < t->n; k++) {
        char buf[4];
        sb_add(&sb, buf, (size_t)utf8_encode(t->p[k], buf));
    }
    Str *s = sb_finish(&sb);
    return s ? s->data : "";
}

/* repr() of a piece of the pattern, for "unknown group name 'x'". */
static const char *pattern_repr(Trans *t, int64_t a, int64_t b)
{
    Str *s = str_from_cstr(t->vm, pattern_text(t, a, b));
    Value r = s ? str_repr_of(t->vm, s) : 0;
    return r ? AS_STR(r)->data : "''";
}

/* Raises re.error with a printf-made message; always returns -1.  The
 * messages of a bytes pattern are ASCII, as CPython's (backslashreplace). */
static int terror(Trans *t, int64_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int terror(Trans *t, int64_t pos, const char *fmt, ...)
{
    if (t->vm->exc)
        return -1;          /* an allocation failed while making the message */
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (t->bytes) {
        StrBuf sb;
        sb_init(&sb, t->vm);
        int64_t k = 0, n = (int64_t)strlen(buf);
        while (k < n) {
            uint32_t c = utf8_next(buf, &k);
            if (c < 0x80)
                sb_addc(&sb, (char)c);
            else
                sb_printf(&sb, c < 0x100 ? "\\x%02x" : "\\u%04x", c);
        }
        Str *s = sb_finish(&sb);
        if (!s)
            return -1;
        raise_re_error(t->vm, s->data, t->pattern, pos);
        return -1;
    }
    raise_re_error(t->vm, buf, t->pattern, pos);
    return -1;
}

static int64_t peek(Trans *t)
{
    return t->i < t->n ? (int64_t)t->p[t->i] : -1;
}

static bool match_char(Trans *t, uint32_t c)
{
    if (t->i < t->n && t->p[t->i] == c) {
        t->i++;
        return true;
    }
    return false;
}

static bool is_digit(int64_t c) { return c >= '0' && c <= '9'; }
static bool is_octal(int64_t c) { return c >= '0' && c <= '7'; }
static bool is_hex(int64_t c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool is_letter(int64_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_ws(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_identifier(Trans *t, int64_t a, int64_t b)
{
    if (a >= b)
        return false;
    for (int64_t k = a; k < b; k++) {
        uint32_t c = t->p[k];
        if (c == '_' || is_letter(c) || (k > a && is_digit(c)))
            continue;
        if (c < 0x80 || !(uc_flags(c) & (k == a ? UC_XID_START : UC_XID_CONTINUE)))
            return false;
    }
    return true;
}

/* Python's Tokenizer reads '\' and the next character as one token: a
 * final '\' is an error wherever it appears. */
static int check_backslash_end(Trans *t)
{
    if (t->i >= t->n)
        return terror(t, t->n - 1, "bad escape (end of pattern)");
    return 0;
}

/* Reads up to a terminator: a group name.  Sets [*a, *b). */
static int get_until(Trans *t, uint32_t term, int64_t *a, int64_t *b)
{
    *a = t->i;
    for (;;) {
        if (t->i >= t->n) {
            if (t->i == *a)
                return terror(t, t->i, "missing group name");
            return terror(t, *a, "missing %c, unterminated name", (char)term);
        }
        uint32_t c = t->p[t->i++];
        if (c == term) {
            if (t->i - 1 == *a)
                return terror(t, t->i - 1, "missing group name");
            *b = t->i - 1;
            return 0;
        }
        if (c == '\\') {
            if (check_backslash_end(t) < 0)
                return -1;
            t->i++;
        }
    }
}

static int check_group_name(Trans *t, int64_t a, int64_t b)
{
    if (!is_identifier(t, a, b))
        return terror(t, a, "bad character in group name %s", pattern_repr(t, a, b));
    return 0;
}

/* The group number of a name in the pattern, 0 if unknown. */
static int lookup_name(Trans *t, int64_t a, int64_t b)
{
    const char *name = pattern_text(t, a, b);
    Value v = dict_get_cstr(t->vm, t->groupindex, name);
    return v && IS_INT(v) ? (int)AS_INT(v) : 0;
}

/* ---- character categories -------------------------------------------------------- */

typedef struct CRange { uint32_t lo, hi; } CRange;

/* What str.isspace() accepts: CPython's \s for str patterns. */
static const CRange space_unicode[] = {
    { 0x09, 0x0D }, { 0x1C, 0x20 }, { 0x85, 0x85 }, { 0xA0, 0xA0 }, { 0x1680, 0x1680 },
    { 0x2000, 0x200A }, { 0x2028, 0x2029 }, { 0x202F, 0x202F }, { 0x205F, 0x205F },
    { 0x3000, 0x3000 }, { 0, 0 }
};
static const CRange space_ascii[] = { { 0x09, 0x0D }, { 0x20, 0x20 }, { 0, 0 } };
static const CRange digit_ascii[] = { { '0', '9' }, { 0, 0 } };
static const CRange word_ascii[] = {
    { '0', '9' }, { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' }, { 0, 0 }
};

static int emit_range(Trans *t, uint32_t lo, uint32_t hi)
{
    if (emit_char(t, lo) < 0)
        return -1;
    if (lo == hi)
        return 0;
    return emits(t, "-") < 0 ? -1 : emit_char(t, hi);
}

/* ---- case-insensitive matching ---------------------------------------------------
 * PCRE2's caseless matching is Unicode's simple case folding.  CPython's
 * differs in two places, handled while translating: with re.ASCII only
 * ASCII letters match their other case (PCRE2 is then not told to ignore
 * case at all: each letter is written as both its cases), and for a str
 * pattern i, I, U+0130 and U+0131 all match each other. */

/* re.ASCII with a str pattern: case is ignored here, not by PCRE2. */
static bool ascii_case(Trans *t)
{
    return !t->bytes && (t->flags & F_ASCII);
}

static bool is_i(uint32_t c)
{
    return c == 'i' || c == 'I' || c == 0x130 || c == 0x131;
}

/* A literal character, as itself or as the set of its cases. */
static int emit_lit(Trans *t, uint32_t c, int lflags, bool in_class)
{
    if (lflags & F_IGNORECASE) {
        if (ascii_case(t) && is_letter(c)) {
            char buf[5] = { '[', (char)c, (char)(c ^ 0x20), ']', 0 };
            return in_class ? emit(t, buf + 1, 2) : emits(t, buf);
        }
        if (!t->bytes && !ascii_case(t) && is_i(c))
            return emits(t, in_class ? "iI\\x{130}\\x{131}" : "[iI\\x{130}\\x{131}]");
    }
    return emit_char(t, c);
}

/* A range in a class, with the other cases it needs. */
static int emit_class_range(Trans *t, uint32_t lo, uint32_t hi, int lflags)
{
    if (emit_range(t, lo, hi) < 0)
        return -1;
    if (!(lflags & F_IGNORECASE))
        return 0;
    if (ascii_case(t)) {
        for (uint32_t base = 'A'; base <= 'a'; base += 0x20) {
            uint32_t a = lo > base ? lo : base, b = hi < base + 25 ? hi : base + 25;
            if (a <= b && emit_range(t, a ^ 0x20, b ^ 0x20) < 0)
                return -1;
        }
        return 0;
    }
    if (!t->bytes && ((lo <= 'I' && hi >= 'I') || (lo <= 'i' && hi >= 'i') ||
                      (lo <= 0x131 && hi >= 0x130)))
        return emits(t, "iI\\x{130}\\x{131}");
    return 0;
}

/* A backreference: with re.ASCII, PCRE2 is asked to ignore case here. */
static int emit_backref(Trans *t, int group, int lflags)
{
    if ((lflags & F_IGNORECASE) && ascii_case(t))
        return emitf(t, "(?i:\\g{%d})", group);
    return emitf(t, "\\g{%d}", group);
}

/* The ranges of a category, or of its complement, as class items. */
static int emit_ranges(Trans *t, const CRange *r, bool negate)
{
    if (!negate) {
        for (; r->hi; r++)
            if (emit_range(t, r->lo, r->hi) < 0)
                return -1;
        return 0;
    }
    uint32_t next = 0, top = t->bytes ? 0xFF : 0x10FFFF;
    for (; r->hi; r++) {
        if (r->lo > next && emit_range(t, next, r->lo - 1) < 0)
            return -1;
        next = r->hi + 1;
    }
    return next <= top ? emit_range(t, next, top) : 0;
}

/* \d \D \s \S \w \W.  PCRE2's own \d and \w are Python's (with UCP for a
 * str, ASCII otherwise: in PCRE2 10.42, UCP's \w is [\p{L}\p{N}_], the set
 * str.isalnum() and '_' make; 10.43 adds the Mn and Pc categories); its \s
 * is not (Python's also takes \x1c-\x1f), and a scoped (?a:...) inside a
 * Unicode pattern needs the ASCII sets spelled out. */
static int emit_category(Trans *t, uint32_t cat, int lflags, bool in_class)
{
    bool ucp = !t->bytes && !(t->flags & F_ASCII);
    bool ascii_here = !ucp || (lflags & F_ASCII);
    uint32_t lower = cat | 0x20;
    bool negate = cat != lower;
    const CRange *r = NULL;
    if (lower == 's')
        r = ascii_here ? (ucp ? space_ascii : NULL) : space_unicode;
    else if (ucp && ascii_here)
        r = lower == 'd' ? digit_ascii : word_ascii;
    if (!r) {
        char esc[3] = { '\\', (char)cat, 0 };
        return emits(t, esc);
    }
    /* PCRE2 ignoring case would let [A-Za-z] take the Kelvin sign (k) */
    bool uncased = !in_class && lower == 'w' && (lflags & F_IGNORECASE);
    if (!in_class && emits(t, uncased ? (negate ? "(?-i:[^" : "(?-i:[") : negate ? "[^" : "[") < 0)
        return -1;
    if (emit_ranges(t, r, negate && in_class) < 0)
        return -1;
    return in_class ? 0 : emits(t, uncased ? "])" : "]");
}

/* ---- escapes ------------------------------------------------------------------ */

/* Exactly `ndigits` hex digits after \x, \u, \U. */
static int hex_escape(Trans *t, int64_t start, int ndigits, uint32_t *out)
{
    uint32_t v = 0;
    int k = 0;
    while (k < ndigits && is_hex(peek(t))) {
        uint32_t c = t->p[t->i++];
        v = v * 16 + (is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
        k++;
    }
    if (k != ndigits)
        return terror(t, start, "incomplete escape %s", pattern_text(t, start, t->i));
    if (v > 0x10FFFF)
        return terror(t, start, "bad escape %s", pattern_text(t, start, t->i));
    *out = v;
    return 0;
}

/* The escapes both places share.  Returns 1 with *lit set for a literal
 * character, 0 when the escape is something else (the caller's), -1 on
 * error.  t->i is past the escape's letter c. */
static int common_escape(Trans *t, int64_t start, uint32_t c, uint32_t *lit)
{
    switch (c) {
    case 'a': *lit = 7; return 1;
    case 'f': *lit = 12; return 1;
    case 'n': *lit = 10; return 1;
    case 'r': *lit = 13; return 1;
    case 't': *lit = 9; return 1;
    case 'v': *lit = 11; return 1;
    case '\\': *lit = '\\'; return 1;
    case 'x': return hex_escape(t, start, 2, lit) < 0 ? -1 : 1;
    case 'u': case 'U': case 'N':
        if (t->bytes)
            return 0;
        if (c == 'N') {
            vm_raise(t->vm, &exc_NotImplementedError,
                     "\\N{...} escapes in regular expressions are not supported by molt");
            return -1;
        }
        return hex_escape(t, start, c == 'u' ? 4 : 8, lit) < 0 ? -1 : 1;
    }
    return 0;
}

/* An escape inside a class: a literal (*cat == 0) or a category letter. */
static int class_escape(Trans *t, int64_t start, uint32_t *lit, uint32_t *cat)
{
    uint32_t c = t->p[t->i++];
    *cat = 0;
    int r = common_escape(t, start, c, lit);
    if (r != 0)
        return r < 0 ? -1 : 0;
    if (c == 'b') {
        *lit = 8;
        return 0;
    }
    if (c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W') {
        *cat = c;
        return 0;
    }
    if (is_octal(c)) {
        uint32_t v = c - '0';
        for (int k = 0; k < 2 && is_octal(peek(t)); k++)
            v = v * 8 + (t->p[t->i++] - '0');
        if (v > 0377)
            return terror(t, start, "octal escape value %s outside of range 0-0o377",
                          pattern_text(t, start, t->i));
        *lit = v;
        return 0;
    }
    if (is_digit(c) || is_letter(c))
        return terror(t, start, "bad escape %s", pattern_text(t, start, t->i));
    *lit = c;
    return 0;
}

/* An escape outside a class; t->i is just past the backslash. */
static int escape(Trans *t, int64_t start, int lflags, int *kind)
{
    if (check_backslash_end(t) < 0)
        return -1;
    uint32_t c = t->p[t->i++], lit;
    int r = common_escape(t, start, c, &lit);
    if (r < 0)
        return -1;
    if (r > 0) {
        *kind = K_ITEM;
        return emit_lit(t, lit, lflags, false);
    }
    switch (c) {
    case 'A': *kind = K_AT; return emits(t, "\\A");
    case 'Z': *kind = K_AT; return emits(t, "\\z");
    case 'b': *kind = K_AT; return emits(t, "\\b");
    case 'B':
        /* CPython 3.11's \B never matches in an empty string */
        *kind = K_AT;
        return emits(t, "\\B(?!\\A\\z)");
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        *kind = K_ITEM;
        return emit_category(t, c, lflags, false);
    case '0': {
        uint32_t v = 0;
        for (int k = 0; k < 2 && is_octal(peek(t)); k++)
            v = v * 8 + (t->p[t->i++] - '0');
        *kind = K_ITEM;
        return emit_lit(t, v, lflags, false);
    }
    }
    if (is_digit(c)) {
        /* an octal escape (three octal digits) or a group reference */
        int group = (int)(c - '0');
        if (is_digit(peek(t))) {
            uint32_t d = t->p[t->i++];
            if (is_octal(c) && is_octal(d) && is_octal(peek(t))) {
                uint32_t v = (c - '0') * 64 + (d - '0') * 8 + (t->p[t->i++] - '0');
                if (v > 0377)
                    return terror(t, start, "octal escape value %s outside of range 0-0o377",
                                  pattern_text(t, start, t->i));
                *kind = K_ITEM;
                return emit_lit(t, v, lflags, false);
            }
            group = group * 10 + (int)(d - '0');
        }
        if (group > t->ngroups)
            return terror(t, start + 1, "invalid group reference %d", group);
        if (!t->closed[group])
            return terror(t, start, "cannot refer to an open group");
        *kind = K_ITEM;
        return emit_backref(t, group, lflags);
    }
    if (is_letter(c))
        return terror(t, start, "bad escape %s", pattern_text(t, start, t->i));
    *kind = K_ITEM;
    return emit_lit(t, c, lflags, false);
}

/* ---- character classes ------------------------------------------------------------ */

/* [...]: t->i is just past the '['. */
static int char_class(Trans *t, int64_t here, int lflags)
{
    bool negate = match_char(t, '^');
    if (emits(t, negate ? "[^" : "[") < 0)
        return -1;
    bool any = false;
    for (;;) {
        if (t->i >= t->n)
            return terror(t, here, "unterminated character set");
        int64_t start = t->i;
        uint32_t c = t->p[t->i++], lo = c, cat = 0;
        if (c == ']' && any)
            break;
        if (c == '\\') {
            if (check_backslash_end(t) < 0 || class_escape(t, start, &lo, &cat) < 0)
                return -1;
        }
        any = true;
        if (peek(t) == '-') {
            t->i++;
            if (t->i >= t->n)
                return terror(t, here, "unterminated character set");
            int64_t start2 = t->i;
            uint32_t d = t->p[t->i++], hi = d, cat2 = 0;
            if (d == ']') {
                /* a '-' before the closing bracket is literal */
                if ((cat ? emit_category(t, cat, lflags, true) : emit_lit(t, lo, lflags, true)) < 0 ||
                    emit_char(t, '-') < 0)
                    return -1;
                break;
            }
            if (d == '\\') {
                if (check_backslash_end(t) < 0 || class_escape(t, start2, &hi, &cat2) < 0)
                    return -1;
            }
            if (cat || cat2 || hi < lo) {
                /* CPython names the range by its first tokens ('\x-\x') */
                int64_t l1 = c == '\\' ? 2 : 1, l2 = d == '\\' ? 2 : 1;
                return terror(t, t->i - (l1 + 1 + l2), "bad character range %s-%s",
                              pattern_text(t, start, start + l1),
                              pattern_text(t, start2, start2 + l2));
            }
            if (emit_class_range(t, lo, hi, lflags) < 0)
                return -1;
            continue;
        }
        if ((cat ? emit_category(t, cat, lflags, true) : emit_lit(t, lo, lflags, true)) < 0)
            return -1;
    }
    return emits(t, "]");
}

/* ---- repeats ------------------------------------------------------------------- */

/* Reads a decimal number of ASCII digits (saturating). */
static int64_t read_number(Trans *t, bool *any)
{
    int64_t v = 0;
    *any = false;
    while (is_digit(peek(t))) {
        if (v <= MAXREPEAT)
            v = v * 10 + (t->p[t->i] - '0');
        t->i++;
        *any = true;
    }
    return v;
}

/* A repeat: c is '*', '+', '?' or '{' and t->i is past it.  Returns 1 when
 * a '{' turned out to be a literal. */
static int repeat(Trans *t, uint32_t c, int64_t here, int *kind)
{
    char buf[64];
    if (c == '{') {
        if (peek(t) == '}')
            return 1;
        bool has_lo, has_hi;
        int64_t lo = read_number(t, &has_lo), hi = lo;
        bool comma = match_char(t, ',');
        if (comma)
            hi = read_number(t, &has_hi);
        if (!match_char(t, '}')) {
            t->i = here + 1;
            return 1;
        }
        if ((has_lo && lo >= MAXREPEAT) || (comma && has_hi && hi >= MAXREPEAT)) {
            vm_raise(t->vm, &exc_OverflowError, "the repetition number is too large");
            return -1;
        }
        if (!has_lo)
            lo = 0;
        if (comma && has_hi && hi < lo)
            return terror(t, here + 1, "min repeat greater than max repeat");
        if (!comma)
            snprintf(buf, sizeof buf, "{%lld}", (long long)lo);
        else if (!has_hi)
            snprintf(buf, sizeof buf, "{%lld,}", (long long)lo);
        else
            snprintf(buf, sizeof buf, "{%lld,%lld}", (long long)lo, (long long)hi);
    } else {
        buf[0] = (char)c;
        buf[1] = 0;
    }
    if (*kind == K_NONE || *kind == K_AT)
        return terror(t, here, "nothing to repeat");
    if (*kind == K_REPEAT)
        return terror(t, here, "multiple repeat");
    if (emits(t, buf) < 0)
        return -1;
    if (match_char(t, '?') ? emits(t, "?") < 0 : match_char(t, '+') ? emits(t, "+") < 0 : false)
        return -1;
    *kind = K_REPEAT;
    return 0;
}

/* ---- groups -------------------------------------------------------------------- */

static int flag_of(uint32_t c)
{
    switch (c) {
    case 'i': return F_IGNORECASE;
    case 'L': return F_LOCALE;
    case 'm': return F_MULTILINE;
    case 's': return F_DOTALL;
    case 'x': return F_VERBOSE;
    case 'a': return F_ASCII;
    case 't': return F_TEMPLATE;
    case 'u': return F_UNICODE;
    }
    return 0;
}

/* (?aiLmsux) or (?aiLmsux-imsx:...): c is the first character after '?'.
 * Returns 1 for global flags (ended by ')'), 0 for scoped ones (':'). */
static int inline_flags(Trans *t, uint32_t c, int *add, int *del)
{
    *add = *del = 0;
    if (c != '-') {
        for (;;) {
            int f = flag_of(c);
            if (!t->bytes && c == 'L')
                return terror(t, t->i, "bad inline flags: cannot use 'L' flag with a str pattern");
            if (t->bytes && c == 'u')
                return terror(t, t->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
            *add |= f;
            if ((f & TYPE_FLAGS) && (*add & TYPE_FLAGS) != f)
                return terror(t, t->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            if (t->i >= t->n)
                return terror(t, t->i, "missing -, : or )");
            c = t->p[t->i++];
            if (c == ')' || c == '-' || c == ':')
                break;
            if (!flag_of(c))
                return terror(t, t->i - 1, "%s", c < 0x80 && is_letter(c) ? "unknown flag"
                              : c >= 0x80 && (uc_flags(c) & UC_ALPHA) ? "unknown flag"
                              : "missing -, : or )");
        }
    }
    if (c == ')')
        return 1;
    if (*add & GLOBAL_FLAGS)
        return terror(t, t->i - 1, "bad inline flags: cannot turn on global flag");
    if (c == '-') {
        if (t->i >= t->n)
            return terror(t, t->i, "missing flag");
        c = t->p[t->i++];
        if (!flag_of(c))
            return terror(t, t->i - 1, "%s", is_letter(c) ? "unknown flag" : "missing flag");
        for (;;) {
            int f = flag_of(c);
            if (f & TYPE_FLAGS)
                return terror(t, t->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            *del |= f;
            if (t->i >= t->n)
                return terror(t, t->i, "missing :");
            c = t->p[t->i++];
            if (c == ':')
                break;
            if (!flag_of(c))
                return terror(t, t->i - 1, "%s", is_letter(c) ? "unknown flag" : "missing :");
        }
    }
    if (*del & GLOBAL_FLAGS)
        return terror(t, t->i - 1, "bad inline flags: cannot turn off global flag");
    if (*add & *del)
        return terror(t, t->i - 1, "bad inline flags: flag turned on and off");
    return 0;
}

static int new_group(Trans *t)
{
    int g = ++t->ngroups;
    if (g >= t->gcap) {
        int cap = t->gcap ? t->gcap * 2 : 16;
        int *parent = mem_alloc_atomic(t->vm, (size_t)cap * sizeof(int));
        bool *closed = mem_alloc_atomic(t->vm, (size_t)cap);
        if (!parent || !closed)
            return -1;
        if (t->gcap) {
            memcpy(parent, t->parent, (size_t)t->gcap * sizeof(int));
            memcpy(closed, t->closed, (size_t)t->gcap);
        }
        t->parent = parent;
        t->closed = closed;
        t->gcap = cap;
    }
    t->parent[g] = t->cur_group;
    t->closed[g] = false;
    return g;
}

static int alternation(Trans *t, int lflags, int nested);
static int sequence(Trans *t, int *lflags, int nested, bool first);

/* (?(group)yes|no): t->i is past "(?(". */
static int conditional(Trans *t, int64_t start, int lflags, int nested)
{
    int64_t a, b;
    if (get_until(t, ')', &a, &b) < 0)
        return -1;
    int group = 0;
    if (is_identifier(t, a, b)) {
        group = lookup_name(t, a, b);
        if (!group)
            return terror(t, a, "unknown group name %s", pattern_repr(t, a, b));
    } else {
        int64_t v = 0;
        for (int64_t k = a; k < b; k++) {
            if (!is_digit(t->p[k]))
                return terror(t, a, "bad character in group name %s", pattern_repr(t, a, b));
            if (v < 1000000)
                v = v * 10 + (t->p[k] - '0');
        }
        if (v == 0)
            return terror(t, a, "bad group number");
        if (v >= 1000000)
            return terror(t, a, "invalid group reference %lld", (long long)v);
        group = (int)v;
        /* checked once the whole pattern is read: it may come later */
        if (t->ncond + 2 > t->condcap) {
            int cap = t->condcap ? t->condcap * 2 : 8;
            int64_t *c = mem_alloc_atomic(t->vm, (size_t)cap * sizeof(int64_t));
            if (!c)
                return -1;
            if (t->ncond)
                memcpy(c, t->condrefs, (size_t)t->ncond * sizeof(int64_t));
            t->condrefs = c;
            t->condcap = cap;
        }
        t->condrefs[t->ncond++] = group;
        t->condrefs[t->ncond++] = a;
    }
    if (emitf(t, "(?(%d)", group) < 0)
        return -1;
    int fl = lflags;
    if (sequence(t, &fl, nested + 1, false) < 0)
        return -1;
    if (match_char(t, '|')) {
        t->at = t->i - 1;
        fl = lflags;
        if (emits(t, "|") < 0 || sequence(t, &fl, nested + 1, false) < 0)
            return -1;
        if (peek(t) == '|')
            return terror(t, t->i, "conditional backref with more than two branches");
    }
    if (!match_char(t, ')'))
        return terror(t, start, "missing ), unterminated subpattern");
    t->at = t->i - 1;
    return emits(t, ")");
}

/* A parenthesised construct: t->i is past the '('.  Returns 1 when it was
 * global flags (nothing written), 0 otherwise. */
static int group(Trans *t, int64_t start, int *lflags, int nested, bool first, int *kind)
{
    /* CPython's recursive parser gives up at about this depth */
    if (nested > 490) {
        vm_raise(t->vm, &exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    bool capture = true;
    const char *open = "(";
    char flagbuf[16];
    int add = 0, del = 0;
    int64_t na = 0, nb = 0;     /* the group's name, if any */
    if (match_char(t, '?')) {
        if (t->i >= t->n)
            return terror(t, t->i, "unexpected end of pattern");
        uint32_t c = t->p[t->i++];
        if (c == 'P') {
            if (match_char(t, '<')) {
                if (get_until(t, '>', &na, &nb) < 0 || check_group_name(t, na, nb) < 0)
                    return -1;
            } else if (match_char(t, '=')) {
                int64_t a, b;
                if (get_until(t, ')', &a, &b) < 0 || check_group_name(t, a, b) < 0)
                    return -1;
                int g = lookup_name(t, a, b);
                if (!g)
                    return terror(t, a, "unknown group name %s", pattern_repr(t, a, b));
                if (!t->closed[g])
                    return terror(t, a, "cannot refer to an open group");
                *kind = K_ITEM;
                return emit_backref(t, g, *lflags) < 0 ? -1 : 0;
            } else {
                if (t->i >= t->n)
                    return terror(t, t->i, "unexpected end of pattern");
                t->i++;
                return terror(t, start + 1, "unknown extension ?P%s",
                              pattern_text(t, t->i - 1, t->i));
            }
        } else if (c == ':') {
            capture = false;
            open = "(?:";
        } else if (c == '#') {
            for (;;) {
                if (t->i >= t->n)
                    return terror(t, start, "missing ), unterminated comment");
                uint32_t d = t->p[t->i++];
                if (d == ')')
                    return 0;
                if (d == '\\') {
                    if (check_backslash_end(t) < 0)
                        return -1;
                    t->i++;
                }
            }
        } else if (c == '=' || c == '!' || c == '<') {
            const char *look = c == '=' ? "(?=" : "(?!";
            if (c == '<') {
                if (t->i >= t->n)
                    return terror(t, t->i, "unexpected end of pattern");
                uint32_t d = t->p[t->i++];
                if (d != '=' && d != '!')
                    return terror(t, start + 1, "unknown extension ?<%s",
                                  pattern_text(t, t->i - 1, t->i));
                look = d == '=' ? "(?<=" : "(?<!";
            }
            if (emits(t, look) < 0 || alternation(t, *lflags, nested + 1) < 0)
                return -1;
            if (!match_char(t, ')'))
                return terror(t, start, "missing ), unterminated subpattern");
            t->at = t->i - 1;
            *kind = K_ITEM;
            return emits(t, ")") < 0 ? -1 : 0;
        } else if (c == '(') {
            *kind = K_ITEM;
            return conditional(t, start, *lflags, nested) < 0 ? -1 : 0;
        } else if (c == '>') {
            capture = false;
            open = "(?>";
        } else if (flag_of(c) || c == '-') {
            int r = inline_flags(t, c, &add, &del);
            if (r < 0)
                return -1;
            if (r == 1) {
                if (!first || *kind != K_NONE)
                    return terror(t, start, "global flags not at the start of the expression");
                t->flags |= add;
                *lflags = (*lflags & ~(F_VERBOSE | F_IGNORECASE)) |
                          (t->flags & (F_VERBOSE | F_IGNORECASE));
                return 1;
            }
            capture = false;
            /* PCRE2 takes i, m and s itself; x and a are this parser's */
            static const struct { int flag; char c; } pf[] = {
                { F_IGNORECASE, 'i' }, { F_MULTILINE, 'm' }, { F_DOTALL, 's' }
            };
            int k = 0;
            flagbuf[k++] = '(';
            flagbuf[k++] = '?';
            int on = add, off = del;
            if (ascii_case(t))
                on &= ~F_IGNORECASE, off &= ~F_IGNORECASE;
            for (int j = 0; j < 3; j++)
                if (on & pf[j].flag)
                    flagbuf[k++] = pf[j].c;
            if (off & (F_IGNORECASE | F_MULTILINE | F_DOTALL)) {
                flagbuf[k++] = '-';
                for (int j = 0; j < 3; j++)
                    if (off & pf[j].flag)
                        flagbuf[k++] = pf[j].c;
            }
            flagbuf[k++] = ':';
            flagbuf[k] = 0;
            open = flagbuf;
        } else {
            return terror(t, start + 1, "unknown extension ?%s", pattern_text(t, t->i - 1, t->i));
        }
    }
    int g = 0, outer = t->cur_group;
    if (capture) {
        if ((g = new_group(t)) < 0)
            return -1;
        if (nb > na) {
            const char *name = pattern_text(t, na, nb);
            Value old = dict_get_cstr(t->vm, t->groupindex, name);
            if (old)
                return terror(t, na, "redefinition of group name %s as group %d; was group %d",
                              pattern_repr(t, na, nb), g, (int)AS_INT(old));
            if (dict_set_cstr(t->vm, t->groupindex, name, MK_INT(g)) < 0)
                return -1;
        }
        t->cur_group = g;
    }
    int sub = *lflags;
    sub |= add & (F_VERBOSE | F_IGNORECASE | F_ASCII);
    sub &= ~(del & (F_VERBOSE | F_IGNORECASE));
    if (emits(t, open) < 0 || alternation(t, sub, nested + 1) < 0)
        return -1;
    if (!match_char(t, ')'))
        return terror(t, start, "missing ), unterminated subpattern");
    t->at = t->i - 1;
    if (capture) {
        t->closed[g] = true;
        t->cur_group = outer;
    }
    *kind = K_ITEM;
    return emits(t, ")") < 0 ? -1 : 0;
}

/* A sequence of items, up to '|', ')' or the end.  `first`: the first
 * branch at the top level, the only place global flags may appear. */
static int sequence(Trans *t, int *lflags, int nested, bool first)
{
    int kind = K_NONE;
    while (t->i < t->n) {
        uint32_t c = t->p[t->i];
        if (c == '|' || c == ')')
            break;
        int64_t here = t->i++;
        t->at = here;
        if (*lflags & F_VERBOSE) {
            if (is_ws(c))
                continue;
            if (c == '#') {
                while (t->i < t->n) {
                    uint32_t d = t->p[t->i++];
                    if (d == '\n')
                        break;
                    if (d == '\\') {
                        if (check_backslash_end(t) < 0)
                            return -1;
                        t->i++;
                    }
                }
                continue;
            }
        }
        int r = 0;
        switch (c) {
        case '\\':
            r = escape(t, here, *lflags, &kind);
            break;
        case '[':
            kind = K_ITEM;
            r = char_class(t, here, *lflags);
            break;
        case '*': case '+': case '?': case '{':
            r = repeat(t, c, here, &kind);
            if (r == 1) {
                kind = K_ITEM;
                r = emit_char(t, '{');
            }
            break;
        case '.':
            kind = K_ITEM;
            r = emits(t, ".");
            break;
        case '^':
            kind = K_AT;
            r = emits(t, "^");
            break;
        case '$':
            kind = K_AT;
            r = emits(t, "$");
            break;
        case '(':
            r = group(t, here, lflags, nested, first, &kind);
            if (r == 1)
                r = 0;
            break;
        default:
            kind = K_ITEM;
            r = emit_lit(t, c, *lflags, false);
        }
        if (r < 0)
            return -1;
    }
    return 0;
}

/* a|b|c */
static int alternation(Trans *t, int lflags, int nested)
{
    bool first = nested == 0;
    for (;;) {
        if (sequence(t, &lflags, nested, first) < 0)
            return -1;
        if (!match_char(t, '|'))
            return 0;
        t->at = t->i - 1;
        if (emits(t, "|") < 0)
            return -1;
        first = false;
        if (nested == 0)
            lflags = (lflags & ~F_VERBOSE) | (t->flags & F_VERBOSE);
    }
}

/* ---- compiled patterns --------------------------------------------------------- */

typedef struct Regex {
    Obj hdr;
    pcre2_code *code;
    pcre2_match_data *md;   /* reused: no Python code runs while it is read */
    int groups;
    int flags;              /* the final flags, as Pattern.flags */
    bool bytes;
    int *parent;            /* parent[g]: the capture group around group g */
    Dict *groupindex;
} Regex;

extern TypeObject type_regex, type_scanner;

/* What the translator and PCRE2 say about a pattern: 0, or -1 with
 * re.error (or the ValueError CPython raises for clashing flags) set. */
static int translate(Trans *t)
{
    if (alternation(t, t->flags & (F_VERBOSE | F_IGNORECASE), 0) < 0)
        return -1;
    if (t->i < t->n)
        return terror(t, t->i, "unbalanced parenthesis");
    /* CPython checks the flags against the pattern's type after parsing */
    if (!t->bytes) {
        if (t->flags & F_LOCALE) {
            vm_raise(t->vm, &exc_ValueError, "cannot use LOCALE flag with a str pattern");
            return -1;
        }
        if (!(t->flags & F_ASCII))
            t->flags |= F_UNICODE;
        else if (t->flags & F_UNICODE) {
            vm_raise(t->vm, &exc_ValueError, "ASCII and UNICODE flags are incompatible");
            return -1;
        }
    } else {
        if (t->flags & F_UNICODE) {
            vm_raise(t->vm, &exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
            return -1;
        }
        if ((t->flags & F_LOCALE) && (t->flags & F_ASCII)) {
            vm_raise(t->vm, &exc_ValueError, "ASCII and LOCALE flags are incompatible");
            return -1;
        }
    }
    for (int k = 0; k < t->ncond; k += 2)
        if (t->condrefs[k] > t->ngroups)
            return terror(t, t->condrefs[k + 1], "invalid group reference %d", (int)t->condrefs[k]);
    return 0;
}

/* _re.compile(pattern, flags) -> Regex */
static Value re_compile(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "pattern", "flags" };
    Value a[2];
    if (args_parse(vm, "compile", argc, argv, kw, 2, 2, names, a) < 0)
        return 0;
    int64_t flags;
    if (!int_check(a[1]))
        return vm_raise(vm, &exc_TypeError, "flags must be an integer, not %s", type_name(a[1]));
    if (!int_to_i64(a[1], &flags) || flags < 0 || flags > 0x7FFFFFFF)
        return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    if (contexts_init(vm) < 0)
        return 0;

    Trans t;
    memset(&t, 0, sizeof t);
    t.vm = vm;
    t.pattern = a[0];
    t.flags = (int)flags;
    if (str_check(a[0])) {
        Str *s = AS_STR(a[0]);
        t.p = mem_alloc_atomic(vm, ((size_t)s->cplen + 1) * sizeof(uint32_t));
        if (!t.p)
            return 0;
        for (int64_t k = 0; k < s->len;)
            t.p[t.n++] = utf8_next(s->data, &k);
    } else if (IS_OBJ(a[0]) && type_is_subtype(TYPE_OF(a[0]), &type_bytes)) {
        Bytes *b = (Bytes *)AS_OBJ(a[0]);
        t.bytes = true;
        t.p = mem_alloc_atomic(vm, ((size_t)b->len + 1) * sizeof(uint32_t));
        if (!t.p)
            return 0;
        for (int64_t k = 0; k < b->len; k++)
            t.p[t.n++] = b->data[k];
    } else {
        return vm_raise(vm, &exc_TypeError, "first argument must be string or compiled pattern");
    }
    if (!(t.groupindex = dict_new(vm)) || new_group(&t) < 0)   /* group 0: the whole match */
        return 0;
    t.ngroups = 0;
    t.closed[0] = true;
    if (grow_out(&t, 16) < 0 || translate(&t) < 0)
        return 0;
    t.at = t.n;
    if (grow_out(&t, 1) < 0)
        return 0;
    t.map[t.len] = t.n;
    t.out[t.len] = 0;

    uint32_t options = PCRE2_ALT_CIRCUMFLEX;   /* '^' in MULTILINE also matches after a final '\n' */
    if (!t.bytes)
        options |= PCRE2_UTF | PCRE2_NO_UTF_CHECK | (t.flags & F_ASCII ? 0 : PCRE2_UCP);
    if ((t.flags & F_IGNORECASE) && !ascii_case(&t))
        options |= PCRE2_CASELESS;
    if (t.flags & F_MULTILINE)
        options |= PCRE2_MULTILINE;
    if (t.flags & F_DOTALL)
        options |= PCRE2_DOTALL;
    int err;
    PCRE2_SIZE off;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)t.out, t.len, options, &err, &off, comp_ctx);
    if (!code) {
        if (vm->exc)
            return 0;
        if (err == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH)
            return raise_re_error(vm, "look-behind requires fixed-width pattern", a[0], -1);
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof msg);
        return raise_re_error(vm, (const char *)msg, a[0], off <= t.len ? t.map[off] : t.n);
    }
    Regex *re = (Regex *)obj_alloc(vm, &type_regex);
    if (!re)
        return 0;
    re->code = code;
    re->md = pcre2_match_data_create_from_pattern(code, gen_ctx);
    if (!re->md)
        return vm->exc ? 0 : vm_raise(vm, &exc_MemoryError, "cannot allocate match data");
    re->groups = t.ngroups;
    re->flags = t.flags;
    re->bytes = t.bytes;
    re->parent = t.parent;
    re->groupindex = t.groupindex;
    return OBJ_VAL(re);
}

/* ---- subjects: the string being searched ------------------------------------------ */

typedef struct Subject {
    Value obj;              /* exact str or bytes */
    const char *data;
    int64_t len;            /* bytes */
    int64_t cplen;
    bool ascii;             /* byte offsets are indexes (ASCII str, bytes) */
    int64_t ref_byte, ref_cp;   /* a known pair: conversions walk from it */
} Subject;

static int subject_init(VM *vm, Regex *re, Value string, Subject *s)
{
    memset(s, 0, sizeof *s);
    if (str_check(string)) {
        if (re->bytes) {
            vm_raise(vm, &exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        if (!(s->obj = str_exact(vm, string)))
            return -1;
        Str *st = AS_STR(s->obj);
        s->data = st->data;
        s->len = st->len;
        s->cplen = st->cplen;
        s->ascii = STR_IS_ASCII(st);
        return 0;
    }
    if (IS_OBJ(string) && type_is_subtype(TYPE_OF(string), &type_bytes)) {
        if (!re->bytes) {
            vm_raise(vm, &exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        Bytes *b = (Bytes *)AS_OBJ(string);
        s->obj = string;
        s->data = (const char *)b->data;
        s->len = s->cplen = b->len;
        s->ascii = true;
        return 0;
    }
    vm_raise(vm, &exc_TypeError, "expected string or bytes-like object, got '%s'",
             type_name(string));
    return -1;
}

/* byte offset -> code point index */
static int64_t to_index(Subject *s, int64_t b)
{
    if (s->ascii)
        return b;
    const unsigned char *d = (const unsigned char *)s->data;
    int64_t rb = s->ref_byte, rc = s->ref_cp;
    if (b < rb - b)
        rb = rc = 0;
    if (b >= rb) {
        for (int64_t k = rb; k < b; k++)
            rc += (d[k] & 0xC0) != 0x80;
    } else {
        for (int64_t k = b; k < rb; k++)
            rc -= (d[k] & 0xC0) != 0x80;
    }
    s->ref_byte = b;
    s->ref_cp = rc;
    return rc;
}

/* code point index (0 <= cp <= cplen) -> byte offset */
static int64_t to_offset(Subject *s, int64_t cp)
{
    if (s->ascii)
        return cp;
    if (cp >= s->cplen)
        return s->len;
    const unsigned char *d = (const unsigned char *)s->data;
    int64_t rb = s->ref_byte, rc = s->ref_cp;
    if (cp < rc - cp)
        rb = rc = 0;
    while (rc < cp) {
        rb += utf8_seqlen(d[rb]);
        rc++;
    }
    while (rc > cp) {
        do
            rb--;
        while ((d[rb] & 0xC0) == 0x80);
        rc--;
    }
    s->ref_byte = rb;
    s->ref_cp = rc;
    return rb;
}

/* A piece of the subject by byte offsets, as str or bytes. */
static Value subject_slice(VM *vm, Subject *s, int64_t a, int64_t b)
{
    if (s->ascii && !IS_STR(s->obj))
        return bytes_new(vm, s->data + a, (size_t)(b - a));
    if (a == 0 && b == s->len)
        return s->obj;
    Str *r = str_new(vm, s->data + a, (size_t)(b - a));
    return r ? OBJ_VAL(r) : 0;
}

static Value subject_empty(VM *vm, Subject *s)
{
    return subject_slice(vm, s, 0, 0);
}

/* pos/endpos arguments: clamped to the subject as CPython does, in bytes. */
static int bounds(VM *vm, Subject *s, Value pos, Value endpos, int64_t *start, int64_t *end)
{
    int64_t p = 0, e = s->cplen;
    if (pos && obj_index_int64(vm, pos, &p) < 0)
        return -1;
    if (endpos && !IS_NONE(endpos) && obj_index_int64(vm, endpos, &e) < 0) {
        if (!vm_exc_matches(vm, &exc_OverflowError))
            return -1;
        vm_exc_clear(vm);
        e = s->cplen;
    }
    p = p < 0 ? 0 : p > s->cplen ? s->cplen : p;
    e = e < 0 ? 0 : e > s->cplen ? s->cplen : e;
    /* pos > endpos is kept: run() then finds nothing, as CPython */
    *start = to_offset(s, p);
    *end = to_offset(s, e);
    return 0;
}

/* One PCRE2 match: 1 found, 0 none, -1 error. */
static int run(VM *vm, Regex *re, Subject *s, int64_t start, int64_t end, uint32_t opts)
{
    if (start > end)
        return 0;
    /* PCRE2 cannot be interrupted, and CPython's engine never gives up:
     * a match that backtracks a lot is tried again with a larger budget,
     * looking for Ctrl-C in between, until the last budget runs out */
    static const uint32_t budgets[] = { 10000000, 100000000, 1000000000 };
    int rc = PCRE2_ERROR_MATCHLIMIT;
    for (size_t k = 0; k < 3 && rc == PCRE2_ERROR_MATCHLIMIT; k++) {
        if (k > 0 && vm_check_interrupt(vm) < 0)
            return -1;
        pcre2_set_match_limit(match_ctx, budgets[k]);
        rc = pcre2_match(re->code, (PCRE2_SPTR)s->data, (PCRE2_SIZE)end, (PCRE2_SIZE)start,
                         opts | (re->bytes ? 0 : PCRE2_NO_UTF_CHECK), re->md, match_ctx);
    }
    if (rc >= 0)
        return 1;
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (vm->exc)
        return -1;
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(rc, msg, sizeof msg);
    vm_raise(vm, rc == PCRE2_ERROR_NOMEMORY ? &exc_MemoryError : &exc_RuntimeError,
             "regular expression: %s", (const char *)msg);
    return -1;
}

/* A scan for successive matches, as CPython's finditer, findall, split and
 * sub make it: each search starts where the last match ended, and after an
 * empty match the next one may not be empty at the same place. */
typedef struct Scan {
    int64_t pos, end;       /* where the next search starts; the end of the subject */
    int64_t start;          /* the start of the last match */
    bool must_advance;
} Scan;

/* The next match: 1 (the ovector holds it), 0 at the end, -1 on error. */
static int scan_next(VM *vm, Regex *re, Subject *s, Scan *sc, uint32_t opts)
{
    int r = run(vm, re, s, sc->pos, sc->end, opts | (sc->must_advance ? PCRE2_NOTEMPTY_ATSTART : 0));
    if (r <= 0)
        return r;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->md);
    sc->start = (int64_t)ov[0];
    sc->pos = (int64_t)ov[1];
    sc->must_advance = sc->pos == sc->start;
    return vm_check_interrupt(vm) < 0 ? -1 : 1;
}

/* Python's lastindex: the capture group that closed last.  Among the
 * groups that end furthest right, an enclosing group closes after the
 * groups inside it, and otherwise the later group closes later. */
static int last_index(Regex *re, const PCRE2_SIZE *ov)
{
    int best = -1;
    for (int g = 1; g <= re->groups; g++) {
        if (ov[2 * g] == PCRE2_UNSET)
            continue;
        if (best < 0 || ov[2 * g + 1] > ov[2 * best + 1]) {
            best = g;
            continue;
        }
        if (ov[2 * g + 1] < ov[2 * best + 1])
            continue;
        int p = re->parent[g];
        while (p && p != best)
            p = re->parent[p];
        if (p != best)
            best = g;
    }
    return best;
}

/* The result of a match: (lastindex, start0, end0, start1, end1, ...,
 * offsets) with code point indexes, -1 for a group that did not take part;
 * `offsets` is None when indexes are byte offsets (an ASCII str, bytes),
 * else the tuple of the same spans in byte offsets, with which _re.group
 * cuts group texts in time proportional to their length. */
static Value match_spans(VM *vm, Regex *re, Subject *s)
{
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->md);
    int64_t n = 2 * (int64_t)re->groups + 2;
    Tuple *t = tuple_new(vm, n + 2);
    Tuple *b = s->ascii ? NULL : tuple_new(vm, n);
    if (!t || (!s->ascii && !b))
        return 0;
    t->items[0] = MK_INT(last_index(re, ov));
    for (int64_t k = 0; k < n; k++) {
        bool unset = ov[k & ~1] == PCRE2_UNSET;
        t->items[1 + k] = MK_INT(unset ? -1 : to_index(s, (int64_t)ov[k]));
        if (b)
            b->items[k] = MK_INT(unset ? -1 : (int64_t)ov[k]);
    }
    t->items[n + 1] = b ? OBJ_VAL(b) : NONE;
    return OBJ_VAL(t);
}

/* _re.group(string, spans, index, default): the text of a group of a
 * match that match_spans described, or default. */
static Value re_group(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "group", kw) < 0 || args_count(vm, "group", argc, 4, 4) < 0)
        return 0;
    Value string = argv[0], spans = argv[1];
    if (!IS_TUPLE(spans) || AS_TUPLE(spans)->len < 4 || !IS_INT(argv[2]))
        return vm_raise(vm, &exc_TypeError, "group() needs match spans and a group number");
    Tuple *sp = AS_TUPLE(spans);
    int64_t n = sp->len - 2, i = AS_INT(argv[2]);
    if (i < 0 || 2 * i + 1 >= n + 1 || !IS_INT(sp->items[1 + 2 * i]) || !IS_INT(sp->items[2 + 2 * i]))
        return vm_raise(vm, &exc_IndexError, "no such group");
    int64_t a = AS_INT(sp->items[1 + 2 * i]), b = AS_INT(sp->items[2 + 2 * i]);
    if (a < 0)
        return argv[3];
    Value offs = sp->items[sp->len - 1];
    if (IS_TUPLE(offs) && AS_TUPLE(offs)->len == n) {
        Value x = AS_TUPLE(offs)->items[2 * i], y = AS_TUPLE(offs)->items[2 * i + 1];
        a = IS_INT(x) ? AS_INT(x) : -1;
        b = IS_INT(y) ? AS_INT(y) : -1;
    }
    const unsigned char *data;
    int64_t len;
    bool is_str = str_check(string);
    if (is_str) {
        data = (const unsigned char *)AS_STR(string)->data;
        len = AS_STR(string)->len;
    } else if (IS_OBJ(string) && type_is_subtype(TYPE_OF(string), &type_bytes)) {
        data = ((Bytes *)AS_OBJ(string))->data;
        len = ((Bytes *)AS_OBJ(string))->len;
    } else {
        return vm_raise(vm, &exc_TypeError, "group() needs the matched string");
    }
    /* the spans come from re.py, but nothing may make molt read outside
     * the string or cut a character in two */
    if (a < 0 || a > b || b > len ||
        (is_str && ((a < len && (data[a] & 0xC0) == 0x80) || (b < len && (data[b] & 0xC0) == 0x80))))
        return vm_raise(vm, &exc_ValueError, "match spans do not fit the string");
    if (!is_str)
        return bytes_new(vm, data + a, (size_t)(b - a));
    if (a == 0 && b == len && IS_STR(string))
        return string;
    Str *r = str_new(vm, (const char *)data + a, (size_t)(b - a));
    return r ? OBJ_VAL(r) : 0;
}

static Regex *regex_self(VM *vm, Value v, const char *fname)
{
    if (!IS_OBJ(v) || AS_OBJ(v)->type != &type_regex) {
        vm_raise(vm, &exc_TypeError, "%s() needs a compiled regular expression", fname);
        return NULL;
    }
    return (Regex *)AS_OBJ(v);
}

/* Regex.match(string, pos, endpos, mode): mode 0 match, 1 fullmatch, 2 search. */
static Value regex_match(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "string", "pos", "endpos", "mode" };
    Value a[4];
    Regex *re = regex_self(vm, argv[0], "match");
    if (!re || args_parse(vm, "match", argc - 1, argv + 1, kw, 1, 4, names, a) < 0)
        return 0;
    Subject s;
    int64_t start, end, mode = a[3] && IS_INT(a[3]) ? AS_INT(a[3]) : 0;
    if (subject_init(vm, re, a[0], &s) < 0 || bounds(vm, &s, a[1], a[2], &start, &end) < 0)
        return 0;
    uint32_t opts = mode == 0 ? PCRE2_ANCHORED : mode == 1 ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
    int r = run(vm, re, &s, start, end, opts);
    return r < 0 ? 0 : r == 0 ? NONE : match_spans(vm, re, &s);
}

/* The text of group g of the last match, or `dflt` when it did not take part. */
static Value group_text(VM *vm, Regex *re, Subject *s, int g, Value dflt)
{
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->md);
    if (ov[2 * g] == PCRE2_UNSET)
        return dflt;
    return subject_slice(vm, s, (int64_t)ov[2 * g], (int64_t)ov[2 * g + 1]);
}

/* Regex.findall(string, pos, endpos) */
static Value regex_findall(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "string", "pos", "endpos" };
    Value a[3];
    Regex *re = regex_self(vm, argv[0], "findall");
    if (!re || args_parse(vm, "findall", argc - 1, argv + 1, kw, 1, 3, names, a) < 0)
        return 0;
    Subject s;
    int64_t pos, end;
    if (subject_init(vm, re, a[0], &s) < 0 || bounds(vm, &s, a[1], a[2], &pos, &end) < 0)
        return 0;
    Value empty = subject_empty(vm, &s);
    List *out = list_new(vm, 0);
    if (!empty || !out)
        return 0;
    Scan sc = { pos, end, 0, false };
    int r;
    while ((r = scan_next(vm, re, &s, &sc, 0)) > 0) {
        Value item;
        if (re->groups <= 1) {
            item = group_text(vm, re, &s, re->groups, empty);
        } else {
            Tuple *tu = tuple_new(vm, re->groups);
            if (!tu)
                return 0;
            for (int g = 1; g <= re->groups; g++)
                if (!(tu->items[g - 1] = group_text(vm, re, &s, g, empty)))
                    return 0;
            item = OBJ_VAL(tu);
        }
        if (!item || list_append(vm, out, item) < 0)
            return 0;
    }
    return r < 0 ? 0 : OBJ_VAL(out);
}

/* Regex.split(string, maxsplit) */
static Value regex_split(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "string", "maxsplit" };
    Value a[2];
    Regex *re = regex_self(vm, argv[0], "split");
    if (!re || args_parse(vm, "split", argc - 1, argv + 1, kw, 1, 2, names, a) < 0)
        return 0;
    Subject s;
    int64_t maxsplit = 0;
    if (subject_init(vm, re, a[0], &s) < 0 || (a[1] && obj_index_int64(vm, a[1], &maxsplit) < 0))
        return 0;
    List *out = list_new(vm, 0);
    if (!out)
        return 0;
    int64_t last = 0, n = 0;
    Scan sc = { 0, s.len, 0, false };
    int r = 0;
    while ((maxsplit == 0 || n < maxsplit) && (r = scan_next(vm, re, &s, &sc, 0)) > 0) {
        Value piece = subject_slice(vm, &s, last, sc.start);
        if (!piece || list_append(vm, out, piece) < 0)
            return 0;
        for (int g = 1; g <= re->groups; g++) {
            Value v = group_text(vm, re, &s, g, NONE);
            if (!v || list_append(vm, out, v) < 0)
                return 0;
        }
        n++;
        last = sc.pos;
    }
    if (r < 0)
        return 0;
    Value rest = subject_slice(vm, &s, last, s.len);
    if (!rest || list_append(vm, out, rest) < 0)
        return 0;
    return OBJ_VAL(out);
}

static int buf_add(VM *vm, StrBuf *sb, const char *p, int64_t n)
{
    sb_add(sb, p, (size_t)n);
    return sb->vm->exc ? -1 : 0;
}

/* Regex.sub(repl, string, count, make_match) -> (new string, number of
 * subs).  repl is either a template, a tuple of literal pieces (str or
 * bytes) and group numbers made by re.py from the replacement string, or a
 * function, called with make_match(spans) for each match. */
static Value regex_sub(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "repl", "string", "count", "make_match" };
    Value a[4];
    Regex *re = regex_self(vm, argv[0], "sub");
    if (!re || args_parse(vm, "sub", argc - 1, argv + 1, kw, 2, 4, names, a) < 0)
        return 0;
    bool fn = !IS_TUPLE(a[0]);
    if (fn && !a[3])
        return vm_raise(vm, &exc_TypeError, "sub() with a function needs make_match");
    Tuple *tpl = fn ? NULL : AS_TUPLE(a[0]);
    for (int64_t k = 0; tpl && k < tpl->len; k++) {
        Value v = tpl->items[k];
        if (IS_INT(v) ? AS_INT(v) < 0 || AS_INT(v) > re->groups
                      : !(re->bytes ? IS_BYTES(v) : IS_STR(v)))
            return vm_raise(vm, &exc_TypeError, "sub() template item %lld is not valid",
                            (long long)k);
    }
    Subject s;
    int64_t count = 0;
    if (subject_init(vm, re, a[1], &s) < 0 || (a[2] && obj_index_int64(vm, a[2], &count) < 0))
        return 0;
    StrBuf sb;
    sb_init(&sb, vm);
    int64_t last = 0, n = 0;
    /* CPython joins a list of the pieces once every function has run: a
     * piece of the wrong type is reported then, by its place in that list */
    int64_t pieces = 0, bad_index = -1;
    Value bad = 0;
    Scan sc = { 0, s.len, 0, false };
    int r = 0;
    while ((count == 0 || n < count) && (r = scan_next(vm, re, &s, &sc, 0)) > 0) {
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->md);
        if (buf_add(vm, &sb, s.data + last, sc.start - last) < 0)
            return 0;
        pieces += sc.start > last;
        if (fn) {
            /* the function may run this very pattern: ov is not read again */
            Value spans = match_spans(vm, re, &s);
            Value m = spans ? obj_call1(vm, a[3], spans) : 0;
            Value piece = m ? obj_call1(vm, a[0], m) : 0;
            if (!piece)
                return 0;
            if (!IS_NONE(piece)) {
                if (re->bytes ? IS_OBJ(piece) && type_is_subtype(TYPE_OF(piece), &type_bytes)
                              : str_check(piece)) {
                    if (re->bytes ? buf_add(vm, &sb, (const char *)((Bytes *)AS_OBJ(piece))->data,
                                            ((Bytes *)AS_OBJ(piece))->len) < 0
                                  : buf_add(vm, &sb, AS_STR(piece)->data, AS_STR(piece)->len) < 0)
                        return 0;
                } else if (!bad) {
                    bad = piece;
                    bad_index = pieces;
                }
                pieces++;
            }
        } else {
            for (int64_t k = 0; k < tpl->len; k++) {
                Value v = tpl->items[k];
                int rc;
                if (IS_INT(v)) {
                    int g = (int)AS_INT(v);
                    if (ov[2 * g] == PCRE2_UNSET)
                        continue;
                    rc = buf_add(vm, &sb, s.data + ov[2 * g], (int64_t)(ov[2 * g + 1] - ov[2 * g]));
                } else if (IS_STR(v)) {
                    rc = buf_add(vm, &sb, AS_STR(v)->data, AS_STR(v)->len);
                } else {
                    rc = buf_add(vm, &sb, (const char *)((Bytes *)AS_OBJ(v))->data,
                                 ((Bytes *)AS_OBJ(v))->len);
                }
                if (rc < 0)
                    return 0;
            }
        }
        n++;
        last = sc.pos;
    }
    if (r < 0)
        return 0;
    if (bad)
        return vm_raise(vm, &exc_TypeError, re->bytes
                        ? "sequence item %lld: expected a bytes-like object, %s found"
                        : "sequence item %lld: expected str instance, %s found",
                        (long long)bad_index, type_name(bad));
    Value result;
    if (n == 0) {
        result = s.obj;
    } else {
        if (buf_add(vm, &sb, s.data + last, s.len - last) < 0)
            return 0;
        if (re->bytes) {
            result = bytes_new(vm, sb.data ? sb.data : "", sb.len);
        } else {
            Str *r = sb_finish(&sb);
            result = r ? OBJ_VAL(r) : 0;
        }
    }
    return result ? tuple_pack(vm, 2, result, int_from_i64(vm, n)) : 0;
}

/* ---- scanners: successive matches for finditer, sub with a function ------------- */

typedef struct Scanner {
    Obj hdr;
    Regex *re;
    Subject s;
    Scan scan;
    bool done;
} Scanner;

/* Regex.scanner(string, pos, endpos) */
static Value regex_scanner(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "string", "pos", "endpos" };
    Value a[3];
    Regex *re = regex_self(vm, argv[0], "scanner");
    if (!re || args_parse(vm, "scanner", argc - 1, argv + 1, kw, 1, 3, names, a) < 0)
        return 0;
    Scanner *sc = (Scanner *)obj_alloc(vm, &type_scanner);
    if (!sc || subject_init(vm, re, a[0], &sc->s) < 0 ||
        bounds(vm, &sc->s, a[1], a[2], &sc->scan.pos, &sc->scan.end) < 0)
        return 0;
    sc->re = re;
    return OBJ_VAL(sc);
}

static Value scanner_next(VM *vm, int argc, Value *argv, bool anchored)
{
    if (!IS_OBJ(argv[0]) || AS_OBJ(argv[0])->type != &type_scanner)
        return vm_raise(vm, &exc_TypeError, "a scanner method needs a scanner");
    Scanner *sc = (Scanner *)AS_OBJ(argv[0]);
    if (sc->done || !sc->re)
        return NONE;
    int r = scan_next(vm, sc->re, &sc->s, &sc->scan, anchored ? PCRE2_ANCHORED : 0);
    if (r < 0)
        return 0;
    if (r == 0) {
        sc->done = true;
        return NONE;
    }
    return match_spans(vm, sc->re, &sc->s);
}

static Value scanner_match(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "match", kw) < 0 || args_count(vm, "match", argc - 1, 0, 0) < 0)
        return 0;
    return scanner_next(vm, argc, argv, true);
}

static Value scanner_search(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "search", kw) < 0 || args_count(vm, "search", argc - 1, 0, 0) < 0)
        return 0;
    return scanner_next(vm, argc, argv, false);
}

/* ---- the types and the module ----------------------------------------------------- */

static Value regex_get_groups(VM *vm, Value self) { return MK_INT(((Regex *)AS_OBJ(self))->groups); }
static Value regex_get_flags(VM *vm, Value self) { return MK_INT(((Regex *)AS_OBJ(self))->flags); }
static Value regex_get_groupindex(VM *vm, Value self)
{
    Dict *d = dict_copy(vm, ((Regex *)AS_OBJ(self))->groupindex);
    return d ? OBJ_VAL(d) : 0;
}

static const MethodDef regex_methods[] = {
    { "match", regex_match, 0, "match(string, pos, endpos, mode) -> spans or None" },
    { "findall", regex_findall, 0, "findall(string, pos, endpos) -> list" },
    { "split", regex_split, 0, "split(string, maxsplit) -> list" },
    { "sub", regex_sub, 0, "sub(repl, string, count, make_match) -> (string, n)" },
    { "scanner", regex_scanner, 0, "scanner(string, pos, endpos) -> scanner" },
    { 0 }
};

static const GetSetDef regex_getsets[] = {
    { "groups", regex_get_groups, NULL },
    { "flags", regex_get_flags, NULL },
    { "groupindex", regex_get_groupindex, NULL },
    { 0 }
};

TypeObject type_regex = {
    .hdr.type = &type_type,
    .name = "_re.Regex",
    .instance_size = sizeof(Regex),
    .flags = TF_ABSTRACT_NEW,
    .methods = regex_methods,
    .getsets = regex_getsets,
    .doc = "A regular expression compiled by PCRE2 (re.Pattern wraps it).",
};

static const MethodDef scanner_methods[] = {
    { "match", scanner_match, 0, "The next match anchored where the last ended, or None." },
    { "search", scanner_search, 0, "The next match, or None." },
    { 0 }
};

TypeObject type_scanner = {
    .hdr.type = &type_type,
    .name = "_re.Scanner",
    .instance_size = sizeof(Scanner),
    .flags = TF_ABSTRACT_NEW,
    .methods = scanner_methods,
    .doc = "Successive matches of a regular expression in one string.",
};

static const MethodDef re_functions[] = {
    { "compile", re_compile, 0, "compile(pattern, flags) -> Regex" },
    { "group", re_group, 0, "group(string, spans, index, default) -> the text of a group" },
    { 0 }
};

Value re_module_init(VM *vm)
{
    if (!(type_regex.flags & TF_READY) && type_ready(vm, &type_regex) < 0)
        return 0;
    if (!(type_scanner.flags & TF_READY) && type_ready(vm, &type_scanner) < 0)
        return 0;
    Value m = module_new(vm, str_intern_cstr(vm, "_re"));
    if (!m || module_add_functions(vm, m, re_functions) < 0)
        return 0;
    Dict *d = ((Module *)AS_OBJ(m))->dict;
    if (dict_set_cstr(vm, d, "Regex", OBJ_VAL(&type_regex)) < 0 ||
        dict_set_cstr(vm, d, "Scanner", OBJ_VAL(&type_scanner)) < 0)
        return 0;
    char version[32];
    pcre2_config(PCRE2_CONFIG_VERSION, version);
    Str *v = str_from_cstr(vm, version);
    if (!v || dict_set_cstr(vm, d, "PCRE2_VERSION", OBJ_VAL(v)) < 0)
        return 0;
    re_module = m;
    return m;
}
