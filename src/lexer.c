/* lexer.c — the tokenizer: source bytes to tokens, pulled by the parser.
 *
 * It follows CPython 3.11's tokenizer closely, because the errors a learner
 * sees ("unterminated string literal (detected at line 3)", "unindent does
 * not match any outer indentation level", "'(' was never closed") come from
 * here and must read the same.  Indentation: a tab advances to the next
 * multiple of 8; a second measure with tabs counted as 1 catches code whose
 * meaning would depend on the tab size (TabError).
 *
 * The source is read in place (never past `len`), so lexing costs no copy
 * unless the text has '\r' line ends to normalise.  A missing final newline
 * is supplied virtually, as CPython appends one.
 */
#include "lexer.h"
#include "vm.h"

#include <stdio.h>
#include <string.h>

const char *const token_text[T_COUNT] = {
#define X(name, text) text,
    TOKEN_LIST(X)
#undef X
};

#define EOFC (-1)

/* The byte at i, a virtual '\n' just past the end when the text does not
 * end with one, and EOFC beyond. */
static inline int ch(Lexer *lx, size_t i)
{
    if (i < lx->len) return (unsigned char)lx->src[i];
    if (i == lx->len && (lx->len == 0 || lx->src[lx->len - 1] != '\n')) return '\n';
    return EOFC;
}

static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline bool is_id_start_ascii(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
/* CPython's is_potential_identifier_char: ASCII word characters and any
 * byte of a multi-byte UTF-8 sequence. */
static inline bool is_potential_id_char(int c)
{
    return is_id_start_ascii(c) || is_digit(c) || c >= 128;
}

/* ---- UTF-8 ------------------------------------------------------------------ */

int lexer_char_count(const char *s, size_t n)
{
    int count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
    return count;
}

/* Decodes one code point at s[i] (validated UTF-8); returns its length. */
static int utf8_decode(const char *s, size_t i, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (u[0] < 0x80) { *cp = u[0]; return 1; }
    if (u[0] < 0xE0) { *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); return 2; }
    if (u[0] < 0xF0) {
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
          ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    return 4;
}

/* Validates the whole text as Python's strict UTF-8 decoder does.  Returns
 * the offset of the first bad byte or (size_t)-1, with a CPython-style
 * reason in *why and the number of bytes that formed a valid prefix. */
static size_t utf8_check(const char *s, size_t len, const char **why, int *nbad)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = u[i];
        if (c < 0x80) { i++; continue; }
        int need;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;          /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            *why = "invalid start byte"; *nbad = 1;
            return i;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= len) { *why = "unexpected end of data"; *nbad = k; return i; }
            unsigned d = u[i + k];
            unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (d < l || d > h) { *why = "invalid continuation byte"; *nbad = k; return i; }
        }
        i += need + 1;
    }
    return (size_t)-1;
}

/* ---- identifiers beyond ASCII -----------------------------------------------
 * Without the Unicode database we approximate XID_Start/XID_Continue: letters
 * of every script are accepted; the punctuation, symbol, space and control
 * blocks a learner meets by accident (curly quotes, dashes, arrows, emoji,
 * no-break spaces) are rejected with CPython's messages. */

static bool cp_nonprintable(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD ||
           (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
           (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
           (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE000 && cp <= 0xF8FF) ||
           cp == 0x1680 || cp >= 0xF0000;
}

static bool cp_id_continue(uint32_t cp)
{
    if (cp < 0x80)
        return is_id_start_ascii((int)cp) || is_digit((int)cp);
    if (cp_nonprintable(cp)) return false;
    if (cp >= 0xA1 && cp <= 0xBF)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7;
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2010 && cp <= 0x205E) return cp == 0x203F || cp == 0x2040 || cp == 0x2054;
    if (cp >= 0x2070 && cp <= 0x209F)
        return cp == 0x2071 || cp == 0x207F || (cp >= 0x2090 && cp <= 0x209C);
    if (cp >= 0x20A0 && cp <= 0x20CF) return false;              /* currency */
    if (cp >= 0x2190 && cp <= 0x2BFF) return false;              /* arrows, math, shapes */
    if (cp >= 0x2E00 && cp <= 0x2E7F) return false;              /* punctuation */
    if (cp >= 0x3001 && cp <= 0x303F)
        return (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3021 && cp <= 0x302F) ||
               (cp >= 0x3031 && cp <= 0x3035) || (cp >= 0x3038 && cp <= 0x303C);
    if (cp >= 0xFE10 && cp <= 0xFE6F) return cp == 0xFE33 || cp == 0xFE34 || (cp >= 0xFE4D && cp <= 0xFE4F);
    if (cp >= 0xFF00 && cp <= 0xFF65)
        return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
               cp == 0xFF3F || (cp >= 0xFF41 && cp <= 0xFF5A);
    if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;             /* emoji, cards, ... */
    return true;
}

static bool cp_id_start(uint32_t cp)
{
    if (cp < 0x80) return is_id_start_ascii((int)cp);
    if (!cp_id_continue(cp)) return false;
    if (cp >= 0x300 && cp <= 0x36F) return false;                /* combining marks */
    if (cp == 0xB7 || cp == 0x203F || cp == 0x2040 || cp == 0x2054) return false;
    if (cp >= 0xFF10 && cp <= 0xFF19) return false;              /* fullwidth digits */
    if (cp == 0xFF3F || cp == 0xFE33 || cp == 0xFE34 || (cp >= 0xFE4D && cp <= 0xFE4F)) return false;
    return true;
}

/* ---- errors ------------------------------------------------------------------ */

static void set_line_text(Lexer *lx, size_t line_start)
{
    size_t e = line_start;
    while (e < lx->len && lx->src[e] != '\n') e++;
    lx->err.text_start = line_start;
    lx->err.text_len = e - line_start;
}

/* Records an error located at byte `at` of the current line (offset counts
 * the characters up to and including the one at `at`). */
static void lex_error_at(Lexer *lx, LexErrKind kind, TypeObject *type, size_t at,
                         const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void lex_error_at(Lexer *lx, LexErrKind kind, TypeObject *type, size_t at,
                         const char *fmt, ...)
{
    if (lx->err.kind != LEXERR_NONE) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    va_end(ap);
    lx->err.kind = kind;
    lx->err.type = type;
    lx->err.lineno = lx->err.end_lineno = lx->lineno;
    if (at < lx->line_start) at = lx->line_start;
    size_t stop = at < lx->len ? at : lx->len;
    lx->err.offset = lexer_char_count(lx->src + lx->line_start, stop - lx->line_start) + 1;
    lx->err.end_offset = lx->err.offset;
    set_line_text(lx, lx->line_start);
}

static void syntax_error_at(Lexer *lx, size_t at, const char *msg)
{
    lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, at, "%s", msg);
}

/* ---- set-up ------------------------------------------------------------------ */

int lexer_init(Lexer *lx, VM *vm, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->vm = vm;
    lx->lineno = 1;
    lx->atbol = true;
    lx->err.type = &exc_SyntaxError;

    /* A UTF-8 byte order mark says nothing to Python. */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; }

    bool has_cr = false;
    const char *nul = memchr(src, '\0', len);
    if (len) has_cr = memchr(src, '\r', nul ? (size_t)(nul - src) : len) != NULL;
    if (has_cr) {
        /* Universal newlines, as CPython reads source: "\r\n" and "\r" become "\n". */
        char *copy = vm ? mem_alloc_atomic(vm, len + 1) : NULL;
        if (!copy) {
            lx->src = (char *)src; lx->len = 0;
            snprintf(lx->err.msg, sizeof lx->err.msg, "out of memory");
            lx->err.kind = LEXERR_SYNTAX;
            return -1;
        }
        size_t j = 0;
        for (size_t i = 0; i < len; i++) {
            if (src[i] == '\r') {
                copy[j++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n') i++;
            } else {
                copy[j++] = src[i];
            }
        }
        copy[j] = '\0';
        lx->src = copy; lx->len = j;
    } else {
        lx->src = (char *)src; lx->len = len;
    }

    nul = memchr(lx->src, '\0', lx->len);
    const char *why = NULL;
    int nbad = 0;
    size_t limit = nul ? (size_t)(nul - lx->src) : lx->len;
    size_t bad = utf8_check(lx->src, limit, &why, &nbad);
    if (bad != (size_t)-1 || nul) {
        /* A NUL byte is reported first, wherever it is (CPython checks for
         * them before decoding). */
        if (nul) bad = (size_t)-1;
        size_t at = bad != (size_t)-1 ? bad : (size_t)(nul - lx->src);
        size_t ls = at;
        while (ls > 0 && lx->src[ls - 1] != '\n') ls--;
        int line = 1;
        for (size_t i = 0; i < ls; i++) if (lx->src[i] == '\n') line++;
        lx->lineno = line;
        lx->line_start = ls;
        if (bad != (size_t)-1) {
            unsigned char b = (unsigned char)lx->src[bad];
            if (nbad > 1)
                lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, at,
                    "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                    at - ls, at - ls + nbad - 1, why);
            else
                lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, at,
                    "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                    b, at - ls, why);
        } else {
            syntax_error_at(lx, at, "source code cannot contain null bytes");
        }
        /* The line shown stops before the offending byte: it is not text. */
        lx->err.text_len = at - ls;
        return -1;
    }
    return 0;
}

size_t lexer_line_bounds(Lexer *lx, int lineno, size_t *len)
{
    size_t i = 0;
    int line = 1;
    while (line < lineno && i < lx->len) {
        const char *nl = memchr(lx->src + i, '\n', lx->len - i);
        if (!nl) { i = lx->len; break; }
        i = (size_t)(nl - lx->src) + 1;
        line++;
    }
    if (line < lineno) i = lx->len;
    size_t e = i;
    while (e < lx->len && lx->src[e] != '\n') e++;
    *len = e - i;
    return i;
}

/* ---- keywords ---------------------------------------------------------------- */

static int keyword_type(const char *s, size_t n)
{
    if (n < 2 || n > 8) return T_NAME;
    /* Keywords start with a lowercase letter or F/N/T; cheap rejection first. */
    if (!((s[0] >= 'a' && s[0] <= 'y') || s[0] == 'F' || s[0] == 'N' || s[0] == 'T'))
        return T_NAME;
    for (int t = T_KW_FIRST; t <= T_KW_LAST; t++) {
        const char *k = token_text[t];
        if (strlen(k) == n && memcmp(k, s, n) == 0) return t;
    }
    return T_NAME;
}

/* ---- the scanner -------------------------------------------------------------- */

static void newline_seen(Lexer *lx)
{
    lx->lineno++;
    lx->line_start = lx->pos;
}

/* After a backslash at pos: must be followed by a newline.  Consumes both. */
static int continuation_line(Lexer *lx)
{
    size_t bs = lx->pos;
    if (ch(lx, bs + 1) != '\n') {
        lex_error_at(lx, LEXERR_LINECONT, &exc_SyntaxError, bs + 1,
                     "unexpected character after line continuation character");
        return -1;
    }
    lx->pos = bs + 2;
    newline_seen(lx);
    if (ch(lx, lx->pos) == EOFC) {
        /* Reported where the backslash was. */
        lx->lineno--;
        size_t ls = bs;
        while (ls > 0 && lx->src[ls - 1] != '\n') ls--;
        lx->line_start = ls;
        if (lx->level > 0) {
            int k = lx->level - 1;
            lx->lineno = lx->parenline[k];
            lx->line_start = lx->parenlinestart[k];
            lex_error_at(lx, LEXERR_EOF, &exc_SyntaxError, lx->parenlinestart[k] + lx->parencol[k],
                         "'%c' was never closed", lx->parenstack[k]);
        } else {
            lex_error_at(lx, LEXERR_EOF, &exc_SyntaxError, bs + 1, "unexpected EOF while parsing");
        }
        lx->err.eof = LEXEOF_BACKSLASH;
        return -1;
    }
    return 0;
}

static void error_token(Lexer *lx, Token *t)
{
    t->type = T_ERRORTOKEN;
    t->lineno = t->end_lineno = lx->err.lineno ? lx->err.lineno : lx->lineno;
    t->col = t->end_col = 0;
    t->start = t->end = lx->pos < lx->len ? lx->pos : lx->len;
    t->level = lx->level;
}

/* Reports an identifier-ish run that is not an identifier: CPython names the
 * first character that cannot be part of one. */
static bool verify_identifier(Lexer *lx, size_t start, size_t end)
{
    size_t i = start;
    bool first = true;
    while (i < end) {
        uint32_t cp;
        int n = utf8_decode(lx->src, i, &cp);
        bool ok = first ? cp_id_start(cp) : cp_id_continue(cp);
        if (!ok) {
            if (cp_nonprintable(cp))
                lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, i,
                             "invalid non-printable character U+%04X", (unsigned)cp);
            else
                lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, i,
                             "invalid character '%.*s' (U+%04X)", n, lx->src + i, (unsigned)cp);
            return false;
        }
        first = false;
        i += (size_t)n;
    }
    return true;
}

/* A number must not run straight into a name ("1a", "0x1g"); a keyword that
 * may legally follow ("1if x else y") is allowed, as CPython still does. */
static bool verify_end_of_number(Lexer *lx, size_t at, const char *kind)
{
    int c = ch(lx, at);
    bool kw = false;
    if (c == 'i') {
        int d = ch(lx, at + 1);
        kw = d == 'f' || d == 'n' || d == 's';      /* CPython looks no further */
    } else {
        static const char *const kws[] = { "and", "else", "for", "or", "not" };
        for (size_t k = 0; k < sizeof kws / sizeof kws[0] && !kw; k++) {
            size_t n = strlen(kws[k]), j = 0;
            while (j < n && ch(lx, at + j) == kws[k][j]) j++;
            kw = j == n && !is_potential_id_char(ch(lx, at + n));
        }
    }
    if (kw) return true;
    if (c != EOFC && is_potential_id_char(c)) {
        lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, at > 0 ? at - 1 : 0,
                     "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Digits with single '_' separators; returns the position after them, or 0
 * with the error recorded. */
static size_t decimal_tail(Lexer *lx, size_t i)
{
    for (;;) {
        while (is_digit(ch(lx, i))) i++;
        if (ch(lx, i) != '_') return i;
        i++;
        if (!is_digit(ch(lx, i))) {
            lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, i - 1, "invalid decimal literal");
            return 0;
        }
    }
}

/* Scans a number starting at lx->pos; returns its end or 0 on error. */
static size_t scan_number(Lexer *lx)
{
    size_t i = lx->pos;
    int c = ch(lx, i);
    if (c == '.') { i++; goto fraction; }
    if (c == '0') {
        i++;
        c = ch(lx, i);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int kind = c | 0x20;
            const char *name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            i++;
            c = ch(lx, i);
            do {
                if (c == '_') { i++; c = ch(lx, i); }
                bool ok = kind == 'x' ? is_xdigit(c) : kind == 'o' ? (c >= '0' && c <= '7')
                                                                   : (c == '0' || c == '1');
                if (!ok) {
                    if (kind != 'x' && is_digit(c)) {
                        lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, i,
                                     "invalid digit '%c' in %s literal", c, name);
                    } else {
                        lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, i > 0 ? i - 1 : 0,
                                     "invalid %s literal", name);
                    }
                    return 0;
                }
                do {
                    i++;
                    c = ch(lx, i);
                } while (kind == 'x' ? is_xdigit(c) : kind == 'o' ? (c >= '0' && c <= '7')
                                                                  : (c == '0' || c == '1'));
            } while (c == '_');
            if (kind != 'x' && is_digit(c)) {
                lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, i,
                             "invalid digit '%c' in %s literal", c, name);
                return 0;
            }
            if (!verify_end_of_number(lx, i, name)) return 0;
            return i;
        }
        /* "0", "00", "0_0", or a float/imaginary starting with 0 */
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                i++;
                c = ch(lx, i);
                if (!is_digit(c)) {
                    lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, i - 1, "invalid decimal literal");
                    return 0;
                }
            }
            if (c != '0') break;
            i++;
            c = ch(lx, i);
        }
        size_t zeros_end = i;
        if (is_digit(c)) {
            nonzero = true;
            i = decimal_tail(lx, i);
            if (!i) return 0;
            c = ch(lx, i);
        }
        if (c == '.') { i++; goto fraction; }
        if (c == 'e' || c == 'E') goto exponent;
        if (c == 'j' || c == 'J') goto imaginary;
        if (nonzero) {
            lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, lx->pos,
                "leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers");
            lx->err.end_offset =
                lexer_char_count(lx->src + lx->line_start, zeros_end - lx->line_start) + 1;
            return 0;
        }
        if (!verify_end_of_number(lx, i, "decimal")) return 0;
        return i;
    }
    /* decimal */
    i = decimal_tail(lx, i);
    if (!i) return 0;
    c = ch(lx, i);
    if (c == '.') {
        i++;
fraction:
        c = ch(lx, i);
        if (is_digit(c)) {
            i = decimal_tail(lx, i);
            if (!i) return 0;
        }
    }
    c = ch(lx, i);
    if (c == 'e' || c == 'E') {
exponent:;
        size_t e = i;
        i++;
        c = ch(lx, i);
        if (c == '+' || c == '-') {
            i++;
            c = ch(lx, i);
            if (!is_digit(c)) {
                lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, i - 1, "invalid decimal literal");
                return 0;
            }
        } else if (!is_digit(c)) {
            /* "1else": the 'e' starts a keyword, not an exponent */
            if (!verify_end_of_number(lx, e, "decimal")) return 0;
            return e;
        }
        i = decimal_tail(lx, i);
        if (!i) return 0;
        c = ch(lx, i);
    }
    if (c == 'j' || c == 'J') {
imaginary:
        i++;
        if (!verify_end_of_number(lx, i, "imaginary")) return 0;
        return i;
    }
    if (!verify_end_of_number(lx, i, "decimal")) return 0;
    return i;
}

/* Scans a string whose opening quote is at q (the token began at `start`,
 * prefix included); returns the position after the closing quote, or 0. */
static size_t scan_string(Lexer *lx, size_t start, size_t q)
{
    int quote = ch(lx, q);
    int quote_size = 1;
    size_t i = q + 1;
    if (ch(lx, i) == quote && ch(lx, i + 1) == quote) { quote_size = 3; i += 2; }
    else if (ch(lx, i) == quote) return i + 1;      /* empty string */
    int first_line = lx->lineno;
    size_t first_line_start = lx->line_start;
    int end_quote = 0;
    while (end_quote != quote_size) {
        int c = ch(lx, i);
        if (c == EOFC || (quote_size == 1 && c == '\n')) {
            /* Reported from the opening quote, naming the line where the
             * text ran out. */
            int detected = c == EOFC ? lx->lineno - 1 : lx->lineno;
            if (detected < first_line) detected = first_line;
            lx->lineno = first_line;
            lx->line_start = first_line_start;
            lex_error_at(lx, c == EOFC ? LEXERR_EOF : LEXERR_SYNTAX, &exc_SyntaxError, start,
                         quote_size == 3
                         ? "unterminated triple-quoted string literal (detected at line %d)"
                         : "unterminated string literal (detected at line %d)", detected);
            if (c == EOFC) lx->err.eof = LEXEOF_STRING;
            return 0;
        }
        i++;
        if (c == quote) {
            end_quote++;
        } else {
            end_quote = 0;
            if (c == '\n') { lx->pos = i; newline_seen(lx); }
            else if (c == '\\') {
                int d = ch(lx, i);
                if (d == EOFC) continue;
                i++;
                if (d == '\n') { lx->pos = i; newline_seen(lx); }
            }
        }
    }
    return i;
}

static void finish(Lexer *lx, Token *t, int type, size_t start, int lineno, size_t line_start, size_t end)
{
    t->type = type;
    t->start = start;
    t->end = end;
    t->lineno = lineno;
    t->col = (int)(start - line_start);
    t->end_lineno = lx->lineno;
    t->end_col = (int)(end - lx->line_start);
    t->level = lx->level;       /* after the token, as CPython records it */
    lx->pos = end;
}

/* Two- and three-character operators; returns the token type and sets *n. */
static int operator_type(Lexer *lx, size_t i, int *n)
{
    int c = ch(lx, i), c2 = ch(lx, i + 1), c3 = ch(lx, i + 2);
    *n = 1;
    switch (c) {
    case '(': return T_LPAR;
    case ')': return T_RPAR;
    case '[': return T_LSQB;
    case ']': return T_RSQB;
    case '{': return T_LBRACE;
    case '}': return T_RBRACE;
    case ',': return T_COMMA;
    case ';': return T_SEMI;
    case '~': return T_TILDE;
    case ':': if (c2 == '=') { *n = 2; return T_COLONEQUAL; } return T_COLON;
    case '+': if (c2 == '=') { *n = 2; return T_PLUSEQUAL; } return T_PLUS;
    case '-':
        if (c2 == '=') { *n = 2; return T_MINEQUAL; }
        if (c2 == '>') { *n = 2; return T_RARROW; }
        return T_MINUS;
    case '*':
        if (c2 == '*') {
            if (c3 == '=') { *n = 3; return T_DOUBLESTAREQUAL; }
            *n = 2; return T_DOUBLESTAR;
        }
        if (c2 == '=') { *n = 2; return T_STAREQUAL; }
        return T_STAR;
    case '/':
        if (c2 == '/') {
            if (c3 == '=') { *n = 3; return T_DOUBLESLASHEQUAL; }
            *n = 2; return T_DOUBLESLASH;
        }
        if (c2 == '=') { *n = 2; return T_SLASHEQUAL; }
        return T_SLASH;
    case '|': if (c2 == '=') { *n = 2; return T_VBAREQUAL; } return T_VBAR;
    case '&': if (c2 == '=') { *n = 2; return T_AMPEREQUAL; } return T_AMPER;
    case '^': if (c2 == '=') { *n = 2; return T_CIRCUMFLEXEQUAL; } return T_CIRCUMFLEX;
    case '%': if (c2 == '=') { *n = 2; return T_PERCENTEQUAL; } return T_PERCENT;
    case '@': if (c2 == '=') { *n = 2; return T_ATEQUAL; } return T_AT;
    case '=': if (c2 == '=') { *n = 2; return T_EQEQUAL; } return T_EQUAL;
    case '!': if (c2 == '=') { *n = 2; return T_NOTEQUAL; } return T_BADCHAR;
    case '<':
        if (c2 == '<') {
            if (c3 == '=') { *n = 3; return T_LEFTSHIFTEQUAL; }
            *n = 2; return T_LEFTSHIFT;
        }
        if (c2 == '=') { *n = 2; return T_LESSEQUAL; }
        if (c2 == '>') { *n = 2; return T_BADCHAR; }    /* "<>" is gone from Python 3 */
        return T_LESS;
    case '>':
        if (c2 == '>') {
            if (c3 == '=') { *n = 3; return T_RIGHTSHIFTEQUAL; }
            *n = 2; return T_RIGHTSHIFT;
        }
        if (c2 == '=') { *n = 2; return T_GREATEREQUAL; }
        return T_GREATER;
    default:
        return T_BADCHAR;
    }
}

void lexer_next(Lexer *lx, Token *t)
{
    memset(t, 0, sizeof *t);
    if (lx->err.kind != LEXERR_NONE) { error_token(lx, t); return; }
    if (lx->at_eof) {
        t->type = T_ENDMARKER;
        t->lineno = t->end_lineno = lx->lineno;
        t->start = t->end = lx->len;
        return;
    }

nextline:;
    bool blankline = false;
    if (lx->atbol) {
        lx->atbol = false;
        int col = 0, altcol = 0, cont_line_col = 0;
        int c;
        for (;;) {
            c = ch(lx, lx->pos);
            if (c == ' ') { col++; altcol++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
            else if (c == '\f') { col = altcol = 0; }
            else if (c == '\\') {
                /* Indentation cannot be split by a backslash: the column
                 * before the first one counts. */
                cont_line_col = cont_line_col ? cont_line_col : col;
                if (continuation_line(lx) < 0) { error_token(lx, t); return; }
                continue;
            }
            else break;
            lx->pos++;
        }
        if (c == '#' || c == '\n') blankline = true;   /* no effect on indentation */
        if (!blankline && lx->level == 0) {
            if (cont_line_col) { col = cont_line_col; altcol = cont_line_col; }
            if (col == lx->indstack[lx->indent]) {
                if (altcol != lx->altindstack[lx->indent]) goto tab_error;
            } else if (col > lx->indstack[lx->indent]) {
                if (lx->indent + 1 >= LEX_MAXINDENT) {
                    lex_error_at(lx, LEXERR_INDENT, &exc_IndentationError, lx->line_start,
                                 "too many levels of indentation");
                    error_token(lx, t);
                    return;
                }
                if (altcol <= lx->altindstack[lx->indent]) goto tab_error;
                lx->pendin++;
                lx->indent++;
                lx->indstack[lx->indent] = col;
                lx->altindstack[lx->indent] = altcol;
            } else {
                while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
                    lx->pendin--;
                    lx->indent--;
                }
                if (col != lx->indstack[lx->indent]) {
                    /* CPython points past the end of the line. */
                    size_t e = lx->pos;
                    while (e < lx->len && lx->src[e] != '\n') e++;
                    lex_error_at(lx, LEXERR_INDENT, &exc_IndentationError, e,
                                 "unindent does not match any outer indentation level");
                    error_token(lx, t);
                    return;
                }
                if (altcol != lx->altindstack[lx->indent]) goto tab_error;
            }
        }
    }

    if (lx->pendin != 0) {
        t->type = lx->pendin < 0 ? T_DEDENT : T_INDENT;
        if (lx->pendin < 0) lx->pendin++; else lx->pendin--;
        t->lineno = t->end_lineno = lx->lineno;
        t->col = t->end_col = (int)(lx->pos - lx->line_start);
        t->start = t->end = lx->pos;
        t->level = lx->level;
        return;
    }

again:;
    int c;
    while ((c = ch(lx, lx->pos)) == ' ' || c == '\t' || c == '\f') lx->pos++;
    size_t start = lx->pos;
    int lineno = lx->lineno;
    size_t line_start = lx->line_start;
    t->level = lx->level;

    if (c == '#') {
        while ((c = ch(lx, lx->pos)) != EOFC && c != '\n') lx->pos++;
    }

    if (c == EOFC) {
        if (lx->level > 0) {
            int k = lx->level - 1;
            lx->lineno = lx->parenline[k];
            lx->line_start = lx->parenlinestart[k];
            lex_error_at(lx, LEXERR_EOF, &exc_SyntaxError, lx->parenlinestart[k] + lx->parencol[k],
                         "'%c' was never closed", lx->parenstack[k]);
            lx->err.eof = LEXEOF_BRACKET;
            lx->err.end_offset = 0;
            error_token(lx, t);
            return;
        }
        /* Close every open block, then end. */
        if (lx->indent > 0) {
            lx->indent--;
            t->type = T_DEDENT;
            t->lineno = t->end_lineno = lx->lineno;
            t->start = t->end = lx->len;
            return;
        }
        lx->at_eof = true;
        t->type = T_ENDMARKER;
        t->lineno = t->end_lineno = lx->lineno;
        t->start = t->end = lx->len;
        return;
    }

    /* identifiers, keywords, and string prefixes */
    if (is_id_start_ascii(c) || c >= 128) {
        bool saw_b = false, saw_u = false, saw_r = false, saw_f = false;
        size_t i = start;
        for (;;) {
            int d = ch(lx, i) | 0x20;
            if (!(saw_b || saw_u || saw_f) && d == 'b') saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && d == 'u') saw_u = true;
            else if (!(saw_r || saw_u) && d == 'r') saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && d == 'f') saw_f = true;
            else break;
            i++;
            int q = ch(lx, i);
            if (q == '"' || q == '\'') {
                size_t end = scan_string(lx, start, i);
                if (!end) { error_token(lx, t); return; }
                finish(lx, t, T_STRING, start, lineno, line_start, end);
                return;
            }
        }
        i = start;
        bool ascii = true;
        while (is_potential_id_char(ch(lx, i))) {
            if (ch(lx, i) >= 128) ascii = false;
            i++;
        }
        if (!ascii && !verify_identifier(lx, start, i)) { error_token(lx, t); return; }
        finish(lx, t, keyword_type(lx->src + start, i - start), start, lineno, line_start, i);
        return;
    }

    if (c == '\n') {
        lx->pos++;
        lx->atbol = true;
        if (blankline || lx->level > 0) {
            newline_seen(lx);
            goto nextline;
        }
        t->type = T_NEWLINE;
        t->start = start;
        t->end = start;
        t->lineno = t->end_lineno = lineno;
        t->col = (int)(start - line_start);
        t->end_col = t->col + 1;
        newline_seen(lx);
        return;
    }

    if (is_digit(c) || (c == '.' && is_digit(ch(lx, start + 1)))) {
        size_t end = scan_number(lx);
        if (!end) { error_token(lx, t); return; }
        finish(lx, t, T_NUMBER, start, lineno, line_start, end);
        return;
    }

    if (c == '"' || c == '\'') {
        size_t end = scan_string(lx, start, start);
        if (!end) { error_token(lx, t); return; }
        finish(lx, t, T_STRING, start, lineno, line_start, end);
        return;
    }

    if (c == '\\') {
        if (continuation_line(lx) < 0) { error_token(lx, t); return; }
        goto again;
    }

    if (c == '.' && ch(lx, start + 1) == '.' && ch(lx, start + 2) == '.') {
        finish(lx, t, T_ELLIPSIS, start, lineno, line_start, start + 3);
        return;
    }
    if (c == '.') {
        finish(lx, t, T_DOT, start, lineno, line_start, start + 1);
        return;
    }

    if (c < 0x20 || c == 0x7F) {
        lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, start,
                     "invalid non-printable character U+%04X", (unsigned)c);
        error_token(lx, t);
        return;
    }

    int n;
    int type = operator_type(lx, start, &n);
    switch (c) {
    case '(': case '[': case '{':
        if (lx->level >= LEX_MAXLEVEL) {
            syntax_error_at(lx, start, "too many nested parentheses");
            error_token(lx, t);
            return;
        }
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(start - lx->line_start);
        lx->parenlinestart[lx->level] = lx->line_start;
        lx->level++;
        break;
    case ')': case ']': case '}':
        if (lx->level == 0) {
            lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, start, "unmatched '%c'", c);
            error_token(lx, t);
            return;
        }
        lx->level--;
        int opening = lx->parenstack[lx->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            if (lx->parenline[lx->level] != lx->lineno)
                lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, start,
                    "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                    c, opening, lx->parenline[lx->level]);
            else
                lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, start,
                    "closing parenthesis '%c' does not match opening parenthesis '%c'",
                    c, opening);
            error_token(lx, t);
            return;
        }
        break;
    default:
        break;
    }
    finish(lx, t, type, start, lineno, line_start, start + (size_t)n);
    return;

tab_error:
    lex_error_at(lx, LEXERR_INDENT, &exc_TabError, lx->line_start,
                 "inconsistent use of tabs and spaces in indentation");
    error_token(lx, t);
}

/* ---- interactive input --------------------------------------------------------- */

static int input_status(const char *src, size_t len)
{
    Lexer lx;
    if (lexer_init(&lx, NULL, src, len) < 0) return 2;
    Token t;
    int first = -1;             /* the first significant token */
    int last = -1;              /* the last one */
    bool at_top = false;        /* just dedented back to column 0 */
    bool more_after = false;    /* a second statement followed the first */
    for (;;) {
        lexer_next(&lx, &t);
        if (t.type == T_ERRORTOKEN)
            return lx.err.kind == LEXERR_EOF ? 1 : 2;
        if (t.type == T_ENDMARKER) break;
        if (first < 0 && t.type != T_NEWLINE) first = t.type;
        if (at_top && t.type != T_NEWLINE && t.type != T_DEDENT) {
            /* else/elif/except/finally continue the statement */
            if (t.type != T_KW_ELSE && t.type != T_KW_ELIF && t.type != T_KW_EXCEPT &&
                t.type != T_KW_FINALLY)
                more_after = true;
            at_top = false;
        }
        if (t.type == T_DEDENT && lx.indent == 0 && lx.pendin == 0) at_top = true;
        if (t.type != T_DEDENT && t.type != T_NEWLINE) last = t.type;
    }
    if (first < 0) return 0;
    if (last == T_COLON) return 1;  /* a header still waiting for its block */
    bool compound = first == T_KW_IF || first == T_KW_WHILE || first == T_KW_FOR ||
                    first == T_KW_TRY || first == T_KW_WITH || first == T_KW_DEF ||
                    first == T_KW_CLASS || first == T_AT || first == T_KW_ASYNC;
    if (!compound) return 0;
    if (more_after) return 0;       /* a second statement: let the compiler say so */
    /* A block ends with a completely empty line. */
    bool ends_blank = len >= 2 && src[len - 1] == '\n' &&
                      (src[len - 2] == '\n' || (src[len - 2] == '\r'));
    return ends_blank ? 0 : 1;
}

int lexer_input_status(const char *src, size_t len)
{
    /* The lexer reads in place unless '\r' needs normalising; without a VM
     * it cannot allocate, so such input is normalised here. */
    if (len && memchr(src, '\r', len)) {
        char buf[8192];
        if (len >= sizeof buf) return 0;
        size_t j = 0;
        for (size_t i = 0; i < len; i++) {
            if (src[i] == '\r') {
                buf[j++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n') i++;
            } else {
                buf[j++] = src[i];
            }
        }
        return input_status(buf, j);
    }
    return input_status(src, len);
}
