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

/* Validates text as Python's strict UTF-8 decoder does.  Returns the offset
 * of the first bad sequence or (size_t)-1, with the decoder's reason in *why
 * and in *nbad the bytes it had taken (the lead byte and valid
 * continuations). */
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

/* The errors CPython's tokenizer hands to its parser to report (rather than
 * raising them itself) count their offset in bytes. */
static void offset_in_bytes(Lexer *lx, size_t at)
{
    lx->err.offset = (int)(at - lx->line_start) + 1;
    lx->err.end_offset = lx->err.offset;
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

    /* NUL bytes are refused before anything else, as compile() does.
     * UTF-8 is checked where it matters, token by token (names, string
     * literals), as CPython's compile() of bytes does: a stray byte in a
     * comment is harmless. */
    nul = memchr(lx->src, '\0', lx->len);
    if (nul) {
        size_t at = (size_t)(nul - lx->src);
        size_t ls = at;
        while (ls > 0 && lx->src[ls - 1] != '\n') ls--;
        int line = 1;
        for (size_t i = 0; i < ls; i++) if (lx->src[i] == '\n') line++;
        lx->lineno = line;
        lx->line_start = ls;
        syntax_error_at(lx, at, "source code string cannot contain null bytes");
        /* The line shown stops before the NUL: the rest is not text. */
        lx->err.text_len = at - ls;
        return -1;
    }
    return 0;
}

size_t lexer_utf8_error(const char *s, size_t len, char *msg, size_t msgsize, size_t *badlen)
{
    const char *why = NULL;
    int nbad = 0;
    size_t bad = utf8_check(s, len, &why, &nbad);
    if (bad == (size_t)-1) return bad;
    if (badlen) *badlen = (size_t)nbad;
    if (nbad > 1)
        snprintf(msg, msgsize, "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                 bad, bad + (size_t)nbad - 1, why);
    else
        snprintf(msg, msgsize, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                 (unsigned char)s[bad], bad, why);
    return bad;
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
        offset_in_bytes(lx, bs + 1);
        lx->err.end_offset = 0;
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
            offset_in_bytes(lx, lx->parenlinestart[k] + lx->parencol[k]);
            lx->err.end_offset = 0;
        } else {
            lex_error_at(lx, LEXERR_EOF, &exc_SyntaxError, bs + 1, "unexpected EOF while parsing");
            offset_in_bytes(lx, bs + 1);
            lx->err.end_offset = -1;
        }
        lx->err.eof = lx->level > 0 ? LEXEOF_BRACKET : LEXEOF_BACKSLASH;
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
    char why[160];
    if (lexer_utf8_error(lx->src + start, end - start, why, sizeof why, NULL) != (size_t)-1) {
        lex_error_at(lx, LEXERR_SYNTAX, &exc_SyntaxError, start, "(unicode error) %s", why);
        offset_in_bytes(lx, start);
        return false;
    }
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
                    offset_in_bytes(lx, e);
                    lx->err.end_offset = -1;
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
            offset_in_bytes(lx, lx->parenlinestart[k] + lx->parencol[k]);
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
        t->end_col = t->col;        /* CPython leaves the '\n' out */
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
    lx->err.end_offset = 0;
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
/* ---- Unicode character names, for \N{...} ---------------------------------------
 * Generated from the Unicode Character Database (Unicode 14.0.0) for the blocks
 * a program is likely to name: ASCII, Latin-1 and Latin Extended-A, Greek,
 * basic Cyrillic, punctuation, super/subscripts, currency, letterlike forms,
 * number forms, arrows, mathematical operators, geometric shapes, symbols,
 * dingbats and emoticons.  Each range's names follow one another in
 * uc_names, separated by NULs, one per code point (empty if unassigned). */

static const struct { uint32_t first, last; } uc_ranges[] = {
    { 0x0020, 0x007E }, { 0x00A0, 0x017F }, { 0x0370, 0x03FF }, { 0x0400, 0x045F },
    { 0x2000, 0x206F }, { 0x2070, 0x209F }, { 0x20A0, 0x20C0 }, { 0x2100, 0x214F },
    { 0x2150, 0x218F }, { 0x2190, 0x21FF }, { 0x2200, 0x22FF }, { 0x25A0, 0x25FF },
    { 0x2600, 0x26FF }, { 0x2700, 0x27BF }, { 0x1F600, 0x1F64F },
};

static const char uc_names[] =
    "SPACE\0EXCLAMATION MARK\0QUOTATION MARK\0NUMBER SIGN\0DOLLAR SIGN\0PERCENT SIGN\0AMPERSAND\0"
    "APOSTROPHE\0LEFT PARENTHESIS\0RIGHT PARENTHESIS\0ASTERISK\0PLUS SIGN\0COMMA\0HYPHEN-MINUS\0"
    "FULL STOP\0SOLIDUS\0DIGIT ZERO\0DIGIT ONE\0DIGIT TWO\0DIGIT THREE\0DIGIT FOUR\0DIGIT FIVE\0"
    "DIGIT SIX\0DIGIT SEVEN\0DIGIT EIGHT\0DIGIT NINE\0COLON\0SEMICOLON\0LESS-THAN SIGN\0EQUALS SIGN\0"
    "GREATER-THAN SIGN\0QUESTION MARK\0COMMERCIAL AT\0LATIN CAPITAL LETTER A\0LATIN CAPITAL LETTER B\0"
    "LATIN CAPITAL LETTER C\0LATIN CAPITAL LETTER D\0LATIN CAPITAL LETTER E\0LATIN CAPITAL LETTER F\0"
    "LATIN CAPITAL LETTER G\0LATIN CAPITAL LETTER H\0LATIN CAPITAL LETTER I\0LATIN CAPITAL LETTER J\0"
    "LATIN CAPITAL LETTER K\0LATIN CAPITAL LETTER L\0LATIN CAPITAL LETTER M\0LATIN CAPITAL LETTER N\0"
    "LATIN CAPITAL LETTER O\0LATIN CAPITAL LETTER P\0LATIN CAPITAL LETTER Q\0LATIN CAPITAL LETTER R\0"
    "LATIN CAPITAL LETTER S\0LATIN CAPITAL LETTER T\0LATIN CAPITAL LETTER U\0LATIN CAPITAL LETTER V\0"
    "LATIN CAPITAL LETTER W\0LATIN CAPITAL LETTER X\0LATIN CAPITAL LETTER Y\0LATIN CAPITAL LETTER Z\0"
    "LEFT SQUARE BRACKET\0REVERSE SOLIDUS\0RIGHT SQUARE BRACKET\0CIRCUMFLEX ACCENT\0LOW LINE\0"
    "GRAVE ACCENT\0LATIN SMALL LETTER A\0LATIN SMALL LETTER B\0LATIN SMALL LETTER C\0LATIN SMALL LETTER D\0"
    "LATIN SMALL LETTER E\0LATIN SMALL LETTER F\0LATIN SMALL LETTER G\0LATIN SMALL LETTER H\0"
    "LATIN SMALL LETTER I\0LATIN SMALL LETTER J\0LATIN SMALL LETTER K\0LATIN SMALL LETTER L\0"
    "LATIN SMALL LETTER M\0LATIN SMALL LETTER N\0LATIN SMALL LETTER O\0LATIN SMALL LETTER P\0"
    "LATIN SMALL LETTER Q\0LATIN SMALL LETTER R\0LATIN SMALL LETTER S\0LATIN SMALL LETTER T\0"
    "LATIN SMALL LETTER U\0LATIN SMALL LETTER V\0LATIN SMALL LETTER W\0LATIN SMALL LETTER X\0"
    "LATIN SMALL LETTER Y\0LATIN SMALL LETTER Z\0LEFT CURLY BRACKET\0VERTICAL LINE\0RIGHT CURLY BRACKET\0"
    "TILDE\0NO-BREAK SPACE\0INVERTED EXCLAMATION MARK\0CENT SIGN\0POUND SIGN\0CURRENCY SIGN\0"
    "YEN SIGN\0BROKEN BAR\0SECTION SIGN\0DIAERESIS\0COPYRIGHT SIGN\0FEMININE ORDINAL INDICATOR\0"
    "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK\0NOT SIGN\0SOFT HYPHEN\0REGISTERED SIGN\0MACRON\0"
    "DEGREE SIGN\0PLUS-MINUS SIGN\0SUPERSCRIPT TWO\0SUPERSCRIPT THREE\0ACUTE ACCENT\0MICRO SIGN\0"
    "PILCROW SIGN\0MIDDLE DOT\0CEDILLA\0SUPERSCRIPT ONE\0MASCULINE ORDINAL INDICATOR\0RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK\0"
    "VULGAR FRACTION ONE QUARTER\0VULGAR FRACTION ONE HALF\0VULGAR FRACTION THREE QUARTERS\0"
    "INVERTED QUESTION MARK\0LATIN CAPITAL LETTER A WITH GRAVE\0LATIN CAPITAL LETTER A WITH ACUTE\0"
    "LATIN CAPITAL LETTER A WITH CIRCUMFLEX\0LATIN CAPITAL LETTER A WITH TILDE\0LATIN CAPITAL LETTER A WITH DIAERESIS\0"
    "LATIN CAPITAL LETTER A WITH RING ABOVE\0LATIN CAPITAL LETTER AE\0LATIN CAPITAL LETTER C WITH CEDILLA\0"
    "LATIN CAPITAL LETTER E WITH GRAVE\0LATIN CAPITAL LETTER E WITH ACUTE\0LATIN CAPITAL LETTER E WITH CIRCUMFLEX\0"
    "LATIN CAPITAL LETTER E WITH DIAERESIS\0LATIN CAPITAL LETTER I WITH GRAVE\0LATIN CAPITAL LETTER I WITH ACUTE\0"
    "LATIN CAPITAL LETTER I WITH CIRCUMFLEX\0LATIN CAPITAL LETTER I WITH DIAERESIS\0LATIN CAPITAL LETTER ETH\0"
    "LATIN CAPITAL LETTER N WITH TILDE\0LATIN CAPITAL LETTER O WITH GRAVE\0LATIN CAPITAL LETTER O WITH ACUTE\0"
    "LATIN CAPITAL LETTER O WITH CIRCUMFLEX\0LATIN CAPITAL LETTER O WITH TILDE\0LATIN CAPITAL LETTER O WITH DIAERESIS\0"
    "MULTIPLICATION SIGN\0LATIN CAPITAL LETTER O WITH STROKE\0LATIN CAPITAL LETTER U WITH GRAVE\0"
    "LATIN CAPITAL LETTER U WITH ACUTE\0LATIN CAPITAL LETTER U WITH CIRCUMFLEX\0LATIN CAPITAL LETTER U WITH DIAERESIS\0"
    "LATIN CAPITAL LETTER Y WITH ACUTE\0LATIN CAPITAL LETTER THORN\0LATIN SMALL LETTER SHARP S\0"
    "LATIN SMALL LETTER A WITH GRAVE\0LATIN SMALL LETTER A WITH ACUTE\0LATIN SMALL LETTER A WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER A WITH TILDE\0LATIN SMALL LETTER A WITH DIAERESIS\0LATIN SMALL LETTER A WITH RING ABOVE\0"
    "LATIN SMALL LETTER AE\0LATIN SMALL LETTER C WITH CEDILLA\0LATIN SMALL LETTER E WITH GRAVE\0"
    "LATIN SMALL LETTER E WITH ACUTE\0LATIN SMALL LETTER E WITH CIRCUMFLEX\0LATIN SMALL LETTER E WITH DIAERESIS\0"
    "LATIN SMALL LETTER I WITH GRAVE\0LATIN SMALL LETTER I WITH ACUTE\0LATIN SMALL LETTER I WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER I WITH DIAERESIS\0LATIN SMALL LETTER ETH\0LATIN SMALL LETTER N WITH TILDE\0"
    "LATIN SMALL LETTER O WITH GRAVE\0LATIN SMALL LETTER O WITH ACUTE\0LATIN SMALL LETTER O WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER O WITH TILDE\0LATIN SMALL LETTER O WITH DIAERESIS\0DIVISION SIGN\0"
    "LATIN SMALL LETTER O WITH STROKE\0LATIN SMALL LETTER U WITH GRAVE\0LATIN SMALL LETTER U WITH ACUTE\0"
    "LATIN SMALL LETTER U WITH CIRCUMFLEX\0LATIN SMALL LETTER U WITH DIAERESIS\0LATIN SMALL LETTER Y WITH ACUTE\0"
    "LATIN SMALL LETTER THORN\0LATIN SMALL LETTER Y WITH DIAERESIS\0LATIN CAPITAL LETTER A WITH MACRON\0"
    "LATIN SMALL LETTER A WITH MACRON\0LATIN CAPITAL LETTER A WITH BREVE\0LATIN SMALL LETTER A WITH BREVE\0"
    "LATIN CAPITAL LETTER A WITH OGONEK\0LATIN SMALL LETTER A WITH OGONEK\0LATIN CAPITAL LETTER C WITH ACUTE\0"
    "LATIN SMALL LETTER C WITH ACUTE\0LATIN CAPITAL LETTER C WITH CIRCUMFLEX\0LATIN SMALL LETTER C WITH CIRCUMFLEX\0"
    "LATIN CAPITAL LETTER C WITH DOT ABOVE\0LATIN SMALL LETTER C WITH DOT ABOVE\0LATIN CAPITAL LETTER C WITH CARON\0"
    "LATIN SMALL LETTER C WITH CARON\0LATIN CAPITAL LETTER D WITH CARON\0LATIN SMALL LETTER D WITH CARON\0"
    "LATIN CAPITAL LETTER D WITH STROKE\0LATIN SMALL LETTER D WITH STROKE\0LATIN CAPITAL LETTER E WITH MACRON\0"
    "LATIN SMALL LETTER E WITH MACRON\0LATIN CAPITAL LETTER E WITH BREVE\0LATIN SMALL LETTER E WITH BREVE\0"
    "LATIN CAPITAL LETTER E WITH DOT ABOVE\0LATIN SMALL LETTER E WITH DOT ABOVE\0LATIN CAPITAL LETTER E WITH OGONEK\0"
    "LATIN SMALL LETTER E WITH OGONEK\0LATIN CAPITAL LETTER E WITH CARON\0LATIN SMALL LETTER E WITH CARON\0"
    "LATIN CAPITAL LETTER G WITH CIRCUMFLEX\0LATIN SMALL LETTER G WITH CIRCUMFLEX\0LATIN CAPITAL LETTER G WITH BREVE\0"
    "LATIN SMALL LETTER G WITH BREVE\0LATIN CAPITAL LETTER G WITH DOT ABOVE\0LATIN SMALL LETTER G WITH DOT ABOVE\0"
    "LATIN CAPITAL LETTER G WITH CEDILLA\0LATIN SMALL LETTER G WITH CEDILLA\0LATIN CAPITAL LETTER H WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER H WITH CIRCUMFLEX\0LATIN CAPITAL LETTER H WITH STROKE\0LATIN SMALL LETTER H WITH STROKE\0"
    "LATIN CAPITAL LETTER I WITH TILDE\0LATIN SMALL LETTER I WITH TILDE\0LATIN CAPITAL LETTER I WITH MACRON\0"
    "LATIN SMALL LETTER I WITH MACRON\0LATIN CAPITAL LETTER I WITH BREVE\0LATIN SMALL LETTER I WITH BREVE\0"
    "LATIN CAPITAL LETTER I WITH OGONEK\0LATIN SMALL LETTER I WITH OGONEK\0LATIN CAPITAL LETTER I WITH DOT ABOVE\0"
    "LATIN SMALL LETTER DOTLESS I\0LATIN CAPITAL LIGATURE IJ\0LATIN SMALL LIGATURE IJ\0LATIN CAPITAL LETTER J WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER J WITH CIRCUMFLEX\0LATIN CAPITAL LETTER K WITH CEDILLA\0LATIN SMALL LETTER K WITH CEDILLA\0"
    "LATIN SMALL LETTER KRA\0LATIN CAPITAL LETTER L WITH ACUTE\0LATIN SMALL LETTER L WITH ACUTE\0"
    "LATIN CAPITAL LETTER L WITH CEDILLA\0LATIN SMALL LETTER L WITH CEDILLA\0LATIN CAPITAL LETTER L WITH CARON\0"
    "LATIN SMALL LETTER L WITH CARON\0LATIN CAPITAL LETTER L WITH MIDDLE DOT\0LATIN SMALL LETTER L WITH MIDDLE DOT\0"
    "LATIN CAPITAL LETTER L WITH STROKE\0LATIN SMALL LETTER L WITH STROKE\0LATIN CAPITAL LETTER N WITH ACUTE\0"
    "LATIN SMALL LETTER N WITH ACUTE\0LATIN CAPITAL LETTER N WITH CEDILLA\0LATIN SMALL LETTER N WITH CEDILLA\0"
    "LATIN CAPITAL LETTER N WITH CARON\0LATIN SMALL LETTER N WITH CARON\0LATIN SMALL LETTER N PRECEDED BY APOSTROPHE\0"
    "LATIN CAPITAL LETTER ENG\0LATIN SMALL LETTER ENG\0LATIN CAPITAL LETTER O WITH MACRON\0"
    "LATIN SMALL LETTER O WITH MACRON\0LATIN CAPITAL LETTER O WITH BREVE\0LATIN SMALL LETTER O WITH BREVE\0"
    "LATIN CAPITAL LETTER O WITH DOUBLE ACUTE\0LATIN SMALL LETTER O WITH DOUBLE ACUTE\0LATIN CAPITAL LIGATURE OE\0"
    "LATIN SMALL LIGATURE OE\0LATIN CAPITAL LETTER R WITH ACUTE\0LATIN SMALL LETTER R WITH ACUTE\0"
    "LATIN CAPITAL LETTER R WITH CEDILLA\0LATIN SMALL LETTER R WITH CEDILLA\0LATIN CAPITAL LETTER R WITH CARON\0"
    "LATIN SMALL LETTER R WITH CARON\0LATIN CAPITAL LETTER S WITH ACUTE\0LATIN SMALL LETTER S WITH ACUTE\0"
    "LATIN CAPITAL LETTER S WITH CIRCUMFLEX\0LATIN SMALL LETTER S WITH CIRCUMFLEX\0LATIN CAPITAL LETTER S WITH CEDILLA\0"
    "LATIN SMALL LETTER S WITH CEDILLA\0LATIN CAPITAL LETTER S WITH CARON\0LATIN SMALL LETTER S WITH CARON\0"
    "LATIN CAPITAL LETTER T WITH CEDILLA\0LATIN SMALL LETTER T WITH CEDILLA\0LATIN CAPITAL LETTER T WITH CARON\0"
    "LATIN SMALL LETTER T WITH CARON\0LATIN CAPITAL LETTER T WITH STROKE\0LATIN SMALL LETTER T WITH STROKE\0"
    "LATIN CAPITAL LETTER U WITH TILDE\0LATIN SMALL LETTER U WITH TILDE\0LATIN CAPITAL LETTER U WITH MACRON\0"
    "LATIN SMALL LETTER U WITH MACRON\0LATIN CAPITAL LETTER U WITH BREVE\0LATIN SMALL LETTER U WITH BREVE\0"
    "LATIN CAPITAL LETTER U WITH RING ABOVE\0LATIN SMALL LETTER U WITH RING ABOVE\0LATIN CAPITAL LETTER U WITH DOUBLE ACUTE\0"
    "LATIN SMALL LETTER U WITH DOUBLE ACUTE\0LATIN CAPITAL LETTER U WITH OGONEK\0LATIN SMALL LETTER U WITH OGONEK\0"
    "LATIN CAPITAL LETTER W WITH CIRCUMFLEX\0LATIN SMALL LETTER W WITH CIRCUMFLEX\0LATIN CAPITAL LETTER Y WITH CIRCUMFLEX\0"
    "LATIN SMALL LETTER Y WITH CIRCUMFLEX\0LATIN CAPITAL LETTER Y WITH DIAERESIS\0LATIN CAPITAL LETTER Z WITH ACUTE\0"
    "LATIN SMALL LETTER Z WITH ACUTE\0LATIN CAPITAL LETTER Z WITH DOT ABOVE\0LATIN SMALL LETTER Z WITH DOT ABOVE\0"
    "LATIN CAPITAL LETTER Z WITH CARON\0LATIN SMALL LETTER Z WITH CARON\0LATIN SMALL LETTER LONG S\0"
    "GREEK CAPITAL LETTER HETA\0GREEK SMALL LETTER HETA\0GREEK CAPITAL LETTER ARCHAIC SAMPI\0"
    "GREEK SMALL LETTER ARCHAIC SAMPI\0GREEK NUMERAL SIGN\0GREEK LOWER NUMERAL SIGN\0GREEK CAPITAL LETTER PAMPHYLIAN DIGAMMA\0"
    "GREEK SMALL LETTER PAMPHYLIAN DIGAMMA\0\0\0GREEK YPOGEGRAMMENI\0GREEK SMALL REVERSED LUNATE SIGMA SYMBOL\0"
    "GREEK SMALL DOTTED LUNATE SIGMA SYMBOL\0GREEK SMALL REVERSED DOTTED LUNATE SIGMA SYMBOL\0"
    "GREEK QUESTION MARK\0GREEK CAPITAL LETTER YOT\0\0\0\0\0GREEK TONOS\0GREEK DIALYTIKA TONOS\0"
    "GREEK CAPITAL LETTER ALPHA WITH TONOS\0GREEK ANO TELEIA\0GREEK CAPITAL LETTER EPSILON WITH TONOS\0"
    "GREEK CAPITAL LETTER ETA WITH TONOS\0GREEK CAPITAL LETTER IOTA WITH TONOS\0\0GREEK CAPITAL LETTER OMICRON WITH TONOS\0"
    "\0GREEK CAPITAL LETTER UPSILON WITH TONOS\0GREEK CAPITAL LETTER OMEGA WITH TONOS\0GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS\0"
    "GREEK CAPITAL LETTER ALPHA\0GREEK CAPITAL LETTER BETA\0GREEK CAPITAL LETTER GAMMA\0GREEK CAPITAL LETTER DELTA\0"
    "GREEK CAPITAL LETTER EPSILON\0GREEK CAPITAL LETTER ZETA\0GREEK CAPITAL LETTER ETA\0GREEK CAPITAL LETTER THETA\0"
    "GREEK CAPITAL LETTER IOTA\0GREEK CAPITAL LETTER KAPPA\0GREEK CAPITAL LETTER LAMDA\0GREEK CAPITAL LETTER MU\0"
    "GREEK CAPITAL LETTER NU\0GREEK CAPITAL LETTER XI\0GREEK CAPITAL LETTER OMICRON\0GREEK CAPITAL LETTER PI\0"
    "GREEK CAPITAL LETTER RHO\0\0GREEK CAPITAL LETTER SIGMA\0GREEK CAPITAL LETTER TAU\0GREEK CAPITAL LETTER UPSILON\0"
    "GREEK CAPITAL LETTER PHI\0GREEK CAPITAL LETTER CHI\0GREEK CAPITAL LETTER PSI\0GREEK CAPITAL LETTER OMEGA\0"
    "GREEK CAPITAL LETTER IOTA WITH DIALYTIKA\0GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA\0"
    "GREEK SMALL LETTER ALPHA WITH TONOS\0GREEK SMALL LETTER EPSILON WITH TONOS\0GREEK SMALL LETTER ETA WITH TONOS\0"
    "GREEK SMALL LETTER IOTA WITH TONOS\0GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS\0"
    "GREEK SMALL LETTER ALPHA\0GREEK SMALL LETTER BETA\0GREEK SMALL LETTER GAMMA\0GREEK SMALL LETTER DELTA\0"
    "GREEK SMALL LETTER EPSILON\0GREEK SMALL LETTER ZETA\0GREEK SMALL LETTER ETA\0GREEK SMALL LETTER THETA\0"
    "GREEK SMALL LETTER IOTA\0GREEK SMALL LETTER KAPPA\0GREEK SMALL LETTER LAMDA\0GREEK SMALL LETTER MU\0"
    "GREEK SMALL LETTER NU\0GREEK SMALL LETTER XI\0GREEK SMALL LETTER OMICRON\0GREEK SMALL LETTER PI\0"
    "GREEK SMALL LETTER RHO\0GREEK SMALL LETTER FINAL SIGMA\0GREEK SMALL LETTER SIGMA\0GREEK SMALL LETTER TAU\0"
    "GREEK SMALL LETTER UPSILON\0GREEK SMALL LETTER PHI\0GREEK SMALL LETTER CHI\0GREEK SMALL LETTER PSI\0"
    "GREEK SMALL LETTER OMEGA\0GREEK SMALL LETTER IOTA WITH DIALYTIKA\0GREEK SMALL LETTER UPSILON WITH DIALYTIKA\0"
    "GREEK SMALL LETTER OMICRON WITH TONOS\0GREEK SMALL LETTER UPSILON WITH TONOS\0GREEK SMALL LETTER OMEGA WITH TONOS\0"
    "GREEK CAPITAL KAI SYMBOL\0GREEK BETA SYMBOL\0GREEK THETA SYMBOL\0GREEK UPSILON WITH HOOK SYMBOL\0"
    "GREEK UPSILON WITH ACUTE AND HOOK SYMBOL\0GREEK UPSILON WITH DIAERESIS AND HOOK SYMBOL\0"
    "GREEK PHI SYMBOL\0GREEK PI SYMBOL\0GREEK KAI SYMBOL\0GREEK LETTER ARCHAIC KOPPA\0GREEK SMALL LETTER ARCHAIC KOPPA\0"
    "GREEK LETTER STIGMA\0GREEK SMALL LETTER STIGMA\0GREEK LETTER DIGAMMA\0GREEK SMALL LETTER DIGAMMA\0"
    "GREEK LETTER KOPPA\0GREEK SMALL LETTER KOPPA\0GREEK LETTER SAMPI\0GREEK SMALL LETTER SAMPI\0"
    "COPTIC CAPITAL LETTER SHEI\0COPTIC SMALL LETTER SHEI\0COPTIC CAPITAL LETTER FEI\0COPTIC SMALL LETTER FEI\0"
    "COPTIC CAPITAL LETTER KHEI\0COPTIC SMALL LETTER KHEI\0COPTIC CAPITAL LETTER HORI\0COPTIC SMALL LETTER HORI\0"
    "COPTIC CAPITAL LETTER GANGIA\0COPTIC SMALL LETTER GANGIA\0COPTIC CAPITAL LETTER SHIMA\0"
    "COPTIC SMALL LETTER SHIMA\0COPTIC CAPITAL LETTER DEI\0COPTIC SMALL LETTER DEI\0GREEK KAPPA SYMBOL\0"
    "GREEK RHO SYMBOL\0GREEK LUNATE SIGMA SYMBOL\0GREEK LETTER YOT\0GREEK CAPITAL THETA SYMBOL\0"
    "GREEK LUNATE EPSILON SYMBOL\0GREEK REVERSED LUNATE EPSILON SYMBOL\0GREEK CAPITAL LETTER SHO\0"
    "GREEK SMALL LETTER SHO\0GREEK CAPITAL LUNATE SIGMA SYMBOL\0GREEK CAPITAL LETTER SAN\0"
    "GREEK SMALL LETTER SAN\0GREEK RHO WITH STROKE SYMBOL\0GREEK CAPITAL REVERSED LUNATE SIGMA SYMBOL\0"
    "GREEK CAPITAL DOTTED LUNATE SIGMA SYMBOL\0GREEK CAPITAL REVERSED DOTTED LUNATE SIGMA SYMBOL\0"
    "CYRILLIC CAPITAL LETTER IE WITH GRAVE\0CYRILLIC CAPITAL LETTER IO\0CYRILLIC CAPITAL LETTER DJE\0"
    "CYRILLIC CAPITAL LETTER GJE\0CYRILLIC CAPITAL LETTER UKRAINIAN IE\0CYRILLIC CAPITAL LETTER DZE\0"
    "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I\0CYRILLIC CAPITAL LETTER YI\0CYRILLIC CAPITAL LETTER JE\0"
    "CYRILLIC CAPITAL LETTER LJE\0CYRILLIC CAPITAL LETTER NJE\0CYRILLIC CAPITAL LETTER TSHE\0"
    "CYRILLIC CAPITAL LETTER KJE\0CYRILLIC CAPITAL LETTER I WITH GRAVE\0CYRILLIC CAPITAL LETTER SHORT U\0"
    "CYRILLIC CAPITAL LETTER DZHE\0CYRILLIC CAPITAL LETTER A\0CYRILLIC CAPITAL LETTER BE\0"
    "CYRILLIC CAPITAL LETTER VE\0CYRILLIC CAPITAL LETTER GHE\0CYRILLIC CAPITAL LETTER DE\0"
    "CYRILLIC CAPITAL LETTER IE\0CYRILLIC CAPITAL LETTER ZHE\0CYRILLIC CAPITAL LETTER ZE\0"
    "CYRILLIC CAPITAL LETTER I\0CYRILLIC CAPITAL LETTER SHORT I\0CYRILLIC CAPITAL LETTER KA\0"
    "CYRILLIC CAPITAL LETTER EL\0CYRILLIC CAPITAL LETTER EM\0CYRILLIC CAPITAL LETTER EN\0"
    "CYRILLIC CAPITAL LETTER O\0CYRILLIC CAPITAL LETTER PE\0CYRILLIC CAPITAL LETTER ER\0CYRILLIC CAPITAL LETTER ES\0"
    "CYRILLIC CAPITAL LETTER TE\0CYRILLIC CAPITAL LETTER U\0CYRILLIC CAPITAL LETTER EF\0CYRILLIC CAPITAL LETTER HA\0"
    "CYRILLIC CAPITAL LETTER TSE\0CYRILLIC CAPITAL LETTER CHE\0CYRILLIC CAPITAL LETTER SHA\0"
    "CYRILLIC CAPITAL LETTER SHCHA\0CYRILLIC CAPITAL LETTER HARD SIGN\0CYRILLIC CAPITAL LETTER YERU\0"
    "CYRILLIC CAPITAL LETTER SOFT SIGN\0CYRILLIC CAPITAL LETTER E\0CYRILLIC CAPITAL LETTER YU\0"
    "CYRILLIC CAPITAL LETTER YA\0CYRILLIC SMALL LETTER A\0CYRILLIC SMALL LETTER BE\0CYRILLIC SMALL LETTER VE\0"
    "CYRILLIC SMALL LETTER GHE\0CYRILLIC SMALL LETTER DE\0CYRILLIC SMALL LETTER IE\0CYRILLIC SMALL LETTER ZHE\0"
    "CYRILLIC SMALL LETTER ZE\0CYRILLIC SMALL LETTER I\0CYRILLIC SMALL LETTER SHORT I\0CYRILLIC SMALL LETTER KA\0"
    "CYRILLIC SMALL LETTER EL\0CYRILLIC SMALL LETTER EM\0CYRILLIC SMALL LETTER EN\0CYRILLIC SMALL LETTER O\0"
    "CYRILLIC SMALL LETTER PE\0CYRILLIC SMALL LETTER ER\0CYRILLIC SMALL LETTER ES\0CYRILLIC SMALL LETTER TE\0"
    "CYRILLIC SMALL LETTER U\0CYRILLIC SMALL LETTER EF\0CYRILLIC SMALL LETTER HA\0CYRILLIC SMALL LETTER TSE\0"
    "CYRILLIC SMALL LETTER CHE\0CYRILLIC SMALL LETTER SHA\0CYRILLIC SMALL LETTER SHCHA\0CYRILLIC SMALL LETTER HARD SIGN\0"
    "CYRILLIC SMALL LETTER YERU\0CYRILLIC SMALL LETTER SOFT SIGN\0CYRILLIC SMALL LETTER E\0"
    "CYRILLIC SMALL LETTER YU\0CYRILLIC SMALL LETTER YA\0CYRILLIC SMALL LETTER IE WITH GRAVE\0"
    "CYRILLIC SMALL LETTER IO\0CYRILLIC SMALL LETTER DJE\0CYRILLIC SMALL LETTER GJE\0CYRILLIC SMALL LETTER UKRAINIAN IE\0"
    "CYRILLIC SMALL LETTER DZE\0CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I\0CYRILLIC SMALL LETTER YI\0"
    "CYRILLIC SMALL LETTER JE\0CYRILLIC SMALL LETTER LJE\0CYRILLIC SMALL LETTER NJE\0CYRILLIC SMALL LETTER TSHE\0"
    "CYRILLIC SMALL LETTER KJE\0CYRILLIC SMALL LETTER I WITH GRAVE\0CYRILLIC SMALL LETTER SHORT U\0"
    "CYRILLIC SMALL LETTER DZHE\0EN QUAD\0EM QUAD\0EN SPACE\0EM SPACE\0THREE-PER-EM SPACE\0"
    "FOUR-PER-EM SPACE\0SIX-PER-EM SPACE\0FIGURE SPACE\0PUNCTUATION SPACE\0THIN SPACE\0HAIR SPACE\0"
    "ZERO WIDTH SPACE\0ZERO WIDTH NON-JOINER\0ZERO WIDTH JOINER\0LEFT-TO-RIGHT MARK\0RIGHT-TO-LEFT MARK\0"
    "HYPHEN\0NON-BREAKING HYPHEN\0FIGURE DASH\0EN DASH\0EM DASH\0HORIZONTAL BAR\0DOUBLE VERTICAL LINE\0"
    "DOUBLE LOW LINE\0LEFT SINGLE QUOTATION MARK\0RIGHT SINGLE QUOTATION MARK\0SINGLE LOW-9 QUOTATION MARK\0"
    "SINGLE HIGH-REVERSED-9 QUOTATION MARK\0LEFT DOUBLE QUOTATION MARK\0RIGHT DOUBLE QUOTATION MARK\0"
    "DOUBLE LOW-9 QUOTATION MARK\0DOUBLE HIGH-REVERSED-9 QUOTATION MARK\0DAGGER\0DOUBLE DAGGER\0"
    "BULLET\0TRIANGULAR BULLET\0ONE DOT LEADER\0TWO DOT LEADER\0HORIZONTAL ELLIPSIS\0HYPHENATION POINT\0"
    "LINE SEPARATOR\0PARAGRAPH SEPARATOR\0LEFT-TO-RIGHT EMBEDDING\0RIGHT-TO-LEFT EMBEDDING\0"
    "POP DIRECTIONAL FORMATTING\0LEFT-TO-RIGHT OVERRIDE\0RIGHT-TO-LEFT OVERRIDE\0NARROW NO-BREAK SPACE\0"
    "PER MILLE SIGN\0PER TEN THOUSAND SIGN\0PRIME\0DOUBLE PRIME\0TRIPLE PRIME\0REVERSED PRIME\0"
    "REVERSED DOUBLE PRIME\0REVERSED TRIPLE PRIME\0CARET\0SINGLE LEFT-POINTING ANGLE QUOTATION MARK\0"
    "SINGLE RIGHT-POINTING ANGLE QUOTATION MARK\0REFERENCE MARK\0DOUBLE EXCLAMATION MARK\0"
    "INTERROBANG\0OVERLINE\0UNDERTIE\0CHARACTER TIE\0CARET INSERTION POINT\0ASTERISM\0HYPHEN BULLET\0"
    "FRACTION SLASH\0LEFT SQUARE BRACKET WITH QUILL\0RIGHT SQUARE BRACKET WITH QUILL\0DOUBLE QUESTION MARK\0"
    "QUESTION EXCLAMATION MARK\0EXCLAMATION QUESTION MARK\0TIRONIAN SIGN ET\0REVERSED PILCROW SIGN\0"
    "BLACK LEFTWARDS BULLET\0BLACK RIGHTWARDS BULLET\0LOW ASTERISK\0REVERSED SEMICOLON\0CLOSE UP\0"
    "TWO ASTERISKS ALIGNED VERTICALLY\0COMMERCIAL MINUS SIGN\0SWUNG DASH\0INVERTED UNDERTIE\0"
    "FLOWER PUNCTUATION MARK\0THREE DOT PUNCTUATION\0QUADRUPLE PRIME\0FOUR DOT PUNCTUATION\0"
    "FIVE DOT PUNCTUATION\0TWO DOT PUNCTUATION\0FOUR DOT MARK\0DOTTED CROSS\0TRICOLON\0VERTICAL FOUR DOTS\0"
    "MEDIUM MATHEMATICAL SPACE\0WORD JOINER\0FUNCTION APPLICATION\0INVISIBLE TIMES\0INVISIBLE SEPARATOR\0"
    "INVISIBLE PLUS\0\0LEFT-TO-RIGHT ISOLATE\0RIGHT-TO-LEFT ISOLATE\0FIRST STRONG ISOLATE\0"
    "POP DIRECTIONAL ISOLATE\0INHIBIT SYMMETRIC SWAPPING\0ACTIVATE SYMMETRIC SWAPPING\0INHIBIT ARABIC FORM SHAPING\0"
    "ACTIVATE ARABIC FORM SHAPING\0NATIONAL DIGIT SHAPES\0NOMINAL DIGIT SHAPES\0SUPERSCRIPT ZERO\0"
    "SUPERSCRIPT LATIN SMALL LETTER I\0\0\0SUPERSCRIPT FOUR\0SUPERSCRIPT FIVE\0SUPERSCRIPT SIX\0"
    "SUPERSCRIPT SEVEN\0SUPERSCRIPT EIGHT\0SUPERSCRIPT NINE\0SUPERSCRIPT PLUS SIGN\0SUPERSCRIPT MINUS\0"
    "SUPERSCRIPT EQUALS SIGN\0SUPERSCRIPT LEFT PARENTHESIS\0SUPERSCRIPT RIGHT PARENTHESIS\0"
    "SUPERSCRIPT LATIN SMALL LETTER N\0SUBSCRIPT ZERO\0SUBSCRIPT ONE\0SUBSCRIPT TWO\0SUBSCRIPT THREE\0"
    "SUBSCRIPT FOUR\0SUBSCRIPT FIVE\0SUBSCRIPT SIX\0SUBSCRIPT SEVEN\0SUBSCRIPT EIGHT\0SUBSCRIPT NINE\0"
    "SUBSCRIPT PLUS SIGN\0SUBSCRIPT MINUS\0SUBSCRIPT EQUALS SIGN\0SUBSCRIPT LEFT PARENTHESIS\0"
    "SUBSCRIPT RIGHT PARENTHESIS\0\0LATIN SUBSCRIPT SMALL LETTER A\0LATIN SUBSCRIPT SMALL LETTER E\0"
    "LATIN SUBSCRIPT SMALL LETTER O\0LATIN SUBSCRIPT SMALL LETTER X\0LATIN SUBSCRIPT SMALL LETTER SCHWA\0"
    "LATIN SUBSCRIPT SMALL LETTER H\0LATIN SUBSCRIPT SMALL LETTER K\0LATIN SUBSCRIPT SMALL LETTER L\0"
    "LATIN SUBSCRIPT SMALL LETTER M\0LATIN SUBSCRIPT SMALL LETTER N\0LATIN SUBSCRIPT SMALL LETTER P\0"
    "LATIN SUBSCRIPT SMALL LETTER S\0LATIN SUBSCRIPT SMALL LETTER T\0\0\0\0EURO-CURRENCY SIGN\0"
    "COLON SIGN\0CRUZEIRO SIGN\0FRENCH FRANC SIGN\0LIRA SIGN\0MILL SIGN\0NAIRA SIGN\0PESETA SIGN\0"
    "RUPEE SIGN\0WON SIGN\0NEW SHEQEL SIGN\0DONG SIGN\0EURO SIGN\0KIP SIGN\0TUGRIK SIGN\0"
    "DRACHMA SIGN\0GERMAN PENNY SIGN\0PESO SIGN\0GUARANI SIGN\0AUSTRAL SIGN\0HRYVNIA SIGN\0"
    "CEDI SIGN\0LIVRE TOURNOIS SIGN\0SPESMILO SIGN\0TENGE SIGN\0INDIAN RUPEE SIGN\0TURKISH LIRA SIGN\0"
    "NORDIC MARK SIGN\0MANAT SIGN\0RUBLE SIGN\0LARI SIGN\0BITCOIN SIGN\0SOM SIGN\0ACCOUNT OF\0"
    "ADDRESSED TO THE SUBJECT\0DOUBLE-STRUCK CAPITAL C\0DEGREE CELSIUS\0CENTRE LINE SYMBOL\0"
    "CARE OF\0CADA UNA\0EULER CONSTANT\0SCRUPLE\0DEGREE FAHRENHEIT\0SCRIPT SMALL G\0SCRIPT CAPITAL H\0"
    "BLACK-LETTER CAPITAL H\0DOUBLE-STRUCK CAPITAL H\0PLANCK CONSTANT\0PLANCK CONSTANT OVER TWO PI\0"
    "SCRIPT CAPITAL I\0BLACK-LETTER CAPITAL I\0SCRIPT CAPITAL L\0SCRIPT SMALL L\0L B BAR SYMBOL\0"
    "DOUBLE-STRUCK CAPITAL N\0NUMERO SIGN\0SOUND RECORDING COPYRIGHT\0SCRIPT CAPITAL P\0DOUBLE-STRUCK CAPITAL P\0"
    "DOUBLE-STRUCK CAPITAL Q\0SCRIPT CAPITAL R\0BLACK-LETTER CAPITAL R\0DOUBLE-STRUCK CAPITAL R\0"
    "PRESCRIPTION TAKE\0RESPONSE\0SERVICE MARK\0TELEPHONE SIGN\0TRADE MARK SIGN\0VERSICLE\0"
    "DOUBLE-STRUCK CAPITAL Z\0OUNCE SIGN\0OHM SIGN\0INVERTED OHM SIGN\0BLACK-LETTER CAPITAL Z\0"
    "TURNED GREEK SMALL LETTER IOTA\0KELVIN SIGN\0ANGSTROM SIGN\0SCRIPT CAPITAL B\0BLACK-LETTER CAPITAL C\0"
    "ESTIMATED SYMBOL\0SCRIPT SMALL E\0SCRIPT CAPITAL E\0SCRIPT CAPITAL F\0TURNED CAPITAL F\0"
    "SCRIPT CAPITAL M\0SCRIPT SMALL O\0ALEF SYMBOL\0BET SYMBOL\0GIMEL SYMBOL\0DALET SYMBOL\0"
    "INFORMATION SOURCE\0ROTATED CAPITAL Q\0FACSIMILE SIGN\0DOUBLE-STRUCK SMALL PI\0DOUBLE-STRUCK SMALL GAMMA\0"
    "DOUBLE-STRUCK CAPITAL GAMMA\0DOUBLE-STRUCK CAPITAL PI\0DOUBLE-STRUCK N-ARY SUMMATION\0"
    "TURNED SANS-SERIF CAPITAL G\0TURNED SANS-SERIF CAPITAL L\0REVERSED SANS-SERIF CAPITAL L\0"
    "TURNED SANS-SERIF CAPITAL Y\0DOUBLE-STRUCK ITALIC CAPITAL D\0DOUBLE-STRUCK ITALIC SMALL D\0"
    "DOUBLE-STRUCK ITALIC SMALL E\0DOUBLE-STRUCK ITALIC SMALL I\0DOUBLE-STRUCK ITALIC SMALL J\0"
    "PROPERTY LINE\0TURNED AMPERSAND\0PER SIGN\0AKTIESELSKAB\0TURNED SMALL F\0SYMBOL FOR SAMARITAN SOURCE\0"
    "VULGAR FRACTION ONE SEVENTH\0VULGAR FRACTION ONE NINTH\0VULGAR FRACTION ONE TENTH\0VULGAR FRACTION ONE THIRD\0"
    "VULGAR FRACTION TWO THIRDS\0VULGAR FRACTION ONE FIFTH\0VULGAR FRACTION TWO FIFTHS\0VULGAR FRACTION THREE FIFTHS\0"
    "VULGAR FRACTION FOUR FIFTHS\0VULGAR FRACTION ONE SIXTH\0VULGAR FRACTION FIVE SIXTHS\0"
    "VULGAR FRACTION ONE EIGHTH\0VULGAR FRACTION THREE EIGHTHS\0VULGAR FRACTION FIVE EIGHTHS\0"
    "VULGAR FRACTION SEVEN EIGHTHS\0FRACTION NUMERATOR ONE\0ROMAN NUMERAL ONE\0ROMAN NUMERAL TWO\0"
    "ROMAN NUMERAL THREE\0ROMAN NUMERAL FOUR\0ROMAN NUMERAL FIVE\0ROMAN NUMERAL SIX\0ROMAN NUMERAL SEVEN\0"
    "ROMAN NUMERAL EIGHT\0ROMAN NUMERAL NINE\0ROMAN NUMERAL TEN\0ROMAN NUMERAL ELEVEN\0ROMAN NUMERAL TWELVE\0"
    "ROMAN NUMERAL FIFTY\0ROMAN NUMERAL ONE HUNDRED\0ROMAN NUMERAL FIVE HUNDRED\0ROMAN NUMERAL ONE THOUSAND\0"
    "SMALL ROMAN NUMERAL ONE\0SMALL ROMAN NUMERAL TWO\0SMALL ROMAN NUMERAL THREE\0SMALL ROMAN NUMERAL FOUR\0"
    "SMALL ROMAN NUMERAL FIVE\0SMALL ROMAN NUMERAL SIX\0SMALL ROMAN NUMERAL SEVEN\0SMALL ROMAN NUMERAL EIGHT\0"
    "SMALL ROMAN NUMERAL NINE\0SMALL ROMAN NUMERAL TEN\0SMALL ROMAN NUMERAL ELEVEN\0SMALL ROMAN NUMERAL TWELVE\0"
    "SMALL ROMAN NUMERAL FIFTY\0SMALL ROMAN NUMERAL ONE HUNDRED\0SMALL ROMAN NUMERAL FIVE HUNDRED\0"
    "SMALL ROMAN NUMERAL ONE THOUSAND\0ROMAN NUMERAL ONE THOUSAND C D\0ROMAN NUMERAL FIVE THOUSAND\0"
    "ROMAN NUMERAL TEN THOUSAND\0ROMAN NUMERAL REVERSED ONE HUNDRED\0LATIN SMALL LETTER REVERSED C\0"
    "ROMAN NUMERAL SIX LATE FORM\0ROMAN NUMERAL FIFTY EARLY FORM\0ROMAN NUMERAL FIFTY THOUSAND\0"
    "ROMAN NUMERAL ONE HUNDRED THOUSAND\0VULGAR FRACTION ZERO THIRDS\0TURNED DIGIT TWO\0TURNED DIGIT THREE\0"
    "\0\0\0\0LEFTWARDS ARROW\0UPWARDS ARROW\0RIGHTWARDS ARROW\0DOWNWARDS ARROW\0LEFT RIGHT ARROW\0"
    "UP DOWN ARROW\0NORTH WEST ARROW\0NORTH EAST ARROW\0SOUTH EAST ARROW\0SOUTH WEST ARROW\0"
    "LEFTWARDS ARROW WITH STROKE\0RIGHTWARDS ARROW WITH STROKE\0LEFTWARDS WAVE ARROW\0RIGHTWARDS WAVE ARROW\0"
    "LEFTWARDS TWO HEADED ARROW\0UPWARDS TWO HEADED ARROW\0RIGHTWARDS TWO HEADED ARROW\0DOWNWARDS TWO HEADED ARROW\0"
    "LEFTWARDS ARROW WITH TAIL\0RIGHTWARDS ARROW WITH TAIL\0LEFTWARDS ARROW FROM BAR\0UPWARDS ARROW FROM BAR\0"
    "RIGHTWARDS ARROW FROM BAR\0DOWNWARDS ARROW FROM BAR\0UP DOWN ARROW WITH BASE\0LEFTWARDS ARROW WITH HOOK\0"
    "RIGHTWARDS ARROW WITH HOOK\0LEFTWARDS ARROW WITH LOOP\0RIGHTWARDS ARROW WITH LOOP\0LEFT RIGHT WAVE ARROW\0"
    "LEFT RIGHT ARROW WITH STROKE\0DOWNWARDS ZIGZAG ARROW\0UPWARDS ARROW WITH TIP LEFTWARDS\0"
    "UPWARDS ARROW WITH TIP RIGHTWARDS\0DOWNWARDS ARROW WITH TIP LEFTWARDS\0DOWNWARDS ARROW WITH TIP RIGHTWARDS\0"
    "RIGHTWARDS ARROW WITH CORNER DOWNWARDS\0DOWNWARDS ARROW WITH CORNER LEFTWARDS\0ANTICLOCKWISE TOP SEMICIRCLE ARROW\0"
    "CLOCKWISE TOP SEMICIRCLE ARROW\0NORTH WEST ARROW TO LONG BAR\0LEFTWARDS ARROW TO BAR OVER RIGHTWARDS ARROW TO BAR\0"
    "ANTICLOCKWISE OPEN CIRCLE ARROW\0CLOCKWISE OPEN CIRCLE ARROW\0LEFTWARDS HARPOON WITH BARB UPWARDS\0"
    "LEFTWARDS HARPOON WITH BARB DOWNWARDS\0UPWARDS HARPOON WITH BARB RIGHTWARDS\0UPWARDS HARPOON WITH BARB LEFTWARDS\0"
    "RIGHTWARDS HARPOON WITH BARB UPWARDS\0RIGHTWARDS HARPOON WITH BARB DOWNWARDS\0DOWNWARDS HARPOON WITH BARB RIGHTWARDS\0"
    "DOWNWARDS HARPOON WITH BARB LEFTWARDS\0RIGHTWARDS ARROW OVER LEFTWARDS ARROW\0UPWARDS ARROW LEFTWARDS OF DOWNWARDS ARROW\0"
    "LEFTWARDS ARROW OVER RIGHTWARDS ARROW\0LEFTWARDS PAIRED ARROWS\0UPWARDS PAIRED ARROWS\0"
    "RIGHTWARDS PAIRED ARROWS\0DOWNWARDS PAIRED ARROWS\0LEFTWARDS HARPOON OVER RIGHTWARDS HARPOON\0"
    "RIGHTWARDS HARPOON OVER LEFTWARDS HARPOON\0LEFTWARDS DOUBLE ARROW WITH STROKE\0LEFT RIGHT DOUBLE ARROW WITH STROKE\0"
    "RIGHTWARDS DOUBLE ARROW WITH STROKE\0LEFTWARDS DOUBLE ARROW\0UPWARDS DOUBLE ARROW\0RIGHTWARDS DOUBLE ARROW\0"
    "DOWNWARDS DOUBLE ARROW\0LEFT RIGHT DOUBLE ARROW\0UP DOWN DOUBLE ARROW\0NORTH WEST DOUBLE ARROW\0"
    "NORTH EAST DOUBLE ARROW\0SOUTH EAST DOUBLE ARROW\0SOUTH WEST DOUBLE ARROW\0LEFTWARDS TRIPLE ARROW\0"
    "RIGHTWARDS TRIPLE ARROW\0LEFTWARDS SQUIGGLE ARROW\0RIGHTWARDS SQUIGGLE ARROW\0UPWARDS ARROW WITH DOUBLE STROKE\0"
    "DOWNWARDS ARROW WITH DOUBLE STROKE\0LEFTWARDS DASHED ARROW\0UPWARDS DASHED ARROW\0RIGHTWARDS DASHED ARROW\0"
    "DOWNWARDS DASHED ARROW\0LEFTWARDS ARROW TO BAR\0RIGHTWARDS ARROW TO BAR\0LEFTWARDS WHITE ARROW\0"
    "UPWARDS WHITE ARROW\0RIGHTWARDS WHITE ARROW\0DOWNWARDS WHITE ARROW\0UPWARDS WHITE ARROW FROM BAR\0"
    "UPWARDS WHITE ARROW ON PEDESTAL\0UPWARDS WHITE ARROW ON PEDESTAL WITH HORIZONTAL BAR\0"
    "UPWARDS WHITE ARROW ON PEDESTAL WITH VERTICAL BAR\0UPWARDS WHITE DOUBLE ARROW\0UPWARDS WHITE DOUBLE ARROW ON PEDESTAL\0"
    "RIGHTWARDS WHITE ARROW FROM WALL\0NORTH WEST ARROW TO CORNER\0SOUTH EAST ARROW TO CORNER\0"
    "UP DOWN WHITE ARROW\0RIGHT ARROW WITH SMALL CIRCLE\0DOWNWARDS ARROW LEFTWARDS OF UPWARDS ARROW\0"
    "THREE RIGHTWARDS ARROWS\0LEFTWARDS ARROW WITH VERTICAL STROKE\0RIGHTWARDS ARROW WITH VERTICAL STROKE\0"
    "LEFT RIGHT ARROW WITH VERTICAL STROKE\0LEFTWARDS ARROW WITH DOUBLE VERTICAL STROKE\0"
    "RIGHTWARDS ARROW WITH DOUBLE VERTICAL STROKE\0LEFT RIGHT ARROW WITH DOUBLE VERTICAL STROKE\0"
    "LEFTWARDS OPEN-HEADED ARROW\0RIGHTWARDS OPEN-HEADED ARROW\0LEFT RIGHT OPEN-HEADED ARROW\0"
    "FOR ALL\0COMPLEMENT\0PARTIAL DIFFERENTIAL\0THERE EXISTS\0THERE DOES NOT EXIST\0EMPTY SET\0"
    "INCREMENT\0NABLA\0ELEMENT OF\0NOT AN ELEMENT OF\0SMALL ELEMENT OF\0CONTAINS AS MEMBER\0"
    "DOES NOT CONTAIN AS MEMBER\0SMALL CONTAINS AS MEMBER\0END OF PROOF\0N-ARY PRODUCT\0N-ARY COPRODUCT\0"
    "N-ARY SUMMATION\0MINUS SIGN\0MINUS-OR-PLUS SIGN\0DOT PLUS\0DIVISION SLASH\0SET MINUS\0"
    "ASTERISK OPERATOR\0RING OPERATOR\0BULLET OPERATOR\0SQUARE ROOT\0CUBE ROOT\0FOURTH ROOT\0"
    "PROPORTIONAL TO\0INFINITY\0RIGHT ANGLE\0ANGLE\0MEASURED ANGLE\0SPHERICAL ANGLE\0DIVIDES\0"
    "DOES NOT DIVIDE\0PARALLEL TO\0NOT PARALLEL TO\0LOGICAL AND\0LOGICAL OR\0INTERSECTION\0"
    "UNION\0INTEGRAL\0DOUBLE INTEGRAL\0TRIPLE INTEGRAL\0CONTOUR INTEGRAL\0SURFACE INTEGRAL\0"
    "VOLUME INTEGRAL\0CLOCKWISE INTEGRAL\0CLOCKWISE CONTOUR INTEGRAL\0ANTICLOCKWISE CONTOUR INTEGRAL\0"
    "THEREFORE\0BECAUSE\0RATIO\0PROPORTION\0DOT MINUS\0EXCESS\0GEOMETRIC PROPORTION\0HOMOTHETIC\0"
    "TILDE OPERATOR\0REVERSED TILDE\0INVERTED LAZY S\0SINE WAVE\0WREATH PRODUCT\0NOT TILDE\0"
    "MINUS TILDE\0ASYMPTOTICALLY EQUAL TO\0NOT ASYMPTOTICALLY EQUAL TO\0APPROXIMATELY EQUAL TO\0"
    "APPROXIMATELY BUT NOT ACTUALLY EQUAL TO\0NEITHER APPROXIMATELY NOR ACTUALLY EQUAL TO\0"
    "ALMOST EQUAL TO\0NOT ALMOST EQUAL TO\0ALMOST EQUAL OR EQUAL TO\0TRIPLE TILDE\0ALL EQUAL TO\0"
    "EQUIVALENT TO\0GEOMETRICALLY EQUIVALENT TO\0DIFFERENCE BETWEEN\0APPROACHES THE LIMIT\0"
    "GEOMETRICALLY EQUAL TO\0APPROXIMATELY EQUAL TO OR THE IMAGE OF\0IMAGE OF OR APPROXIMATELY EQUAL TO\0"
    "COLON EQUALS\0EQUALS COLON\0RING IN EQUAL TO\0RING EQUAL TO\0CORRESPONDS TO\0ESTIMATES\0"
    "EQUIANGULAR TO\0STAR EQUALS\0DELTA EQUAL TO\0EQUAL TO BY DEFINITION\0MEASURED BY\0QUESTIONED EQUAL TO\0"
    "NOT EQUAL TO\0IDENTICAL TO\0NOT IDENTICAL TO\0STRICTLY EQUIVALENT TO\0LESS-THAN OR EQUAL TO\0"
    "GREATER-THAN OR EQUAL TO\0LESS-THAN OVER EQUAL TO\0GREATER-THAN OVER EQUAL TO\0LESS-THAN BUT NOT EQUAL TO\0"
    "GREATER-THAN BUT NOT EQUAL TO\0MUCH LESS-THAN\0MUCH GREATER-THAN\0BETWEEN\0NOT EQUIVALENT TO\0"
    "NOT LESS-THAN\0NOT GREATER-THAN\0NEITHER LESS-THAN NOR EQUAL TO\0NEITHER GREATER-THAN NOR EQUAL TO\0"
    "LESS-THAN OR EQUIVALENT TO\0GREATER-THAN OR EQUIVALENT TO\0NEITHER LESS-THAN NOR EQUIVALENT TO\0"
    "NEITHER GREATER-THAN NOR EQUIVALENT TO\0LESS-THAN OR GREATER-THAN\0GREATER-THAN OR LESS-THAN\0"
    "NEITHER LESS-THAN NOR GREATER-THAN\0NEITHER GREATER-THAN NOR LESS-THAN\0PRECEDES\0SUCCEEDS\0"
    "PRECEDES OR EQUAL TO\0SUCCEEDS OR EQUAL TO\0PRECEDES OR EQUIVALENT TO\0SUCCEEDS OR EQUIVALENT TO\0"
    "DOES NOT PRECEDE\0DOES NOT SUCCEED\0SUBSET OF\0SUPERSET OF\0NOT A SUBSET OF\0NOT A SUPERSET OF\0"
    "SUBSET OF OR EQUAL TO\0SUPERSET OF OR EQUAL TO\0NEITHER A SUBSET OF NOR EQUAL TO\0NEITHER A SUPERSET OF NOR EQUAL TO\0"
    "SUBSET OF WITH NOT EQUAL TO\0SUPERSET OF WITH NOT EQUAL TO\0MULTISET\0MULTISET MULTIPLICATION\0"
    "MULTISET UNION\0SQUARE IMAGE OF\0SQUARE ORIGINAL OF\0SQUARE IMAGE OF OR EQUAL TO\0SQUARE ORIGINAL OF OR EQUAL TO\0"
    "SQUARE CAP\0SQUARE CUP\0CIRCLED PLUS\0CIRCLED MINUS\0CIRCLED TIMES\0CIRCLED DIVISION SLASH\0"
    "CIRCLED DOT OPERATOR\0CIRCLED RING OPERATOR\0CIRCLED ASTERISK OPERATOR\0CIRCLED EQUALS\0"
    "CIRCLED DASH\0SQUARED PLUS\0SQUARED MINUS\0SQUARED TIMES\0SQUARED DOT OPERATOR\0RIGHT TACK\0"
    "LEFT TACK\0DOWN TACK\0UP TACK\0ASSERTION\0MODELS\0TRUE\0FORCES\0TRIPLE VERTICAL BAR RIGHT TURNSTILE\0"
    "DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE\0DOES NOT PROVE\0NOT TRUE\0DOES NOT FORCE\0"
    "NEGATED DOUBLE VERTICAL BAR DOUBLE RIGHT TURNSTILE\0PRECEDES UNDER RELATION\0SUCCEEDS UNDER RELATION\0"
    "NORMAL SUBGROUP OF\0CONTAINS AS NORMAL SUBGROUP\0NORMAL SUBGROUP OF OR EQUAL TO\0CONTAINS AS NORMAL SUBGROUP OR EQUAL TO\0"
    "ORIGINAL OF\0IMAGE OF\0MULTIMAP\0HERMITIAN CONJUGATE MATRIX\0INTERCALATE\0XOR\0NAND\0"
    "NOR\0RIGHT ANGLE WITH ARC\0RIGHT TRIANGLE\0N-ARY LOGICAL AND\0N-ARY LOGICAL OR\0N-ARY INTERSECTION\0"
    "N-ARY UNION\0DIAMOND OPERATOR\0DOT OPERATOR\0STAR OPERATOR\0DIVISION TIMES\0BOWTIE\0"
    "LEFT NORMAL FACTOR SEMIDIRECT PRODUCT\0RIGHT NORMAL FACTOR SEMIDIRECT PRODUCT\0LEFT SEMIDIRECT PRODUCT\0"
    "RIGHT SEMIDIRECT PRODUCT\0REVERSED TILDE EQUALS\0CURLY LOGICAL OR\0CURLY LOGICAL AND\0"
    "DOUBLE SUBSET\0DOUBLE SUPERSET\0DOUBLE INTERSECTION\0DOUBLE UNION\0PITCHFORK\0EQUAL AND PARALLEL TO\0"
    "LESS-THAN WITH DOT\0GREATER-THAN WITH DOT\0VERY MUCH LESS-THAN\0VERY MUCH GREATER-THAN\0"
    "LESS-THAN EQUAL TO OR GREATER-THAN\0GREATER-THAN EQUAL TO OR LESS-THAN\0EQUAL TO OR LESS-THAN\0"
    "EQUAL TO OR GREATER-THAN\0EQUAL TO OR PRECEDES\0EQUAL TO OR SUCCEEDS\0DOES NOT PRECEDE OR EQUAL\0"
    "DOES NOT SUCCEED OR EQUAL\0NOT SQUARE IMAGE OF OR EQUAL TO\0NOT SQUARE ORIGINAL OF OR EQUAL TO\0"
    "SQUARE IMAGE OF OR NOT EQUAL TO\0SQUARE ORIGINAL OF OR NOT EQUAL TO\0LESS-THAN BUT NOT EQUIVALENT TO\0"
    "GREATER-THAN BUT NOT EQUIVALENT TO\0PRECEDES BUT NOT EQUIVALENT TO\0SUCCEEDS BUT NOT EQUIVALENT TO\0"
    "NOT NORMAL SUBGROUP OF\0DOES NOT CONTAIN AS NORMAL SUBGROUP\0NOT NORMAL SUBGROUP OF OR EQUAL TO\0"
    "DOES NOT CONTAIN AS NORMAL SUBGROUP OR EQUAL\0VERTICAL ELLIPSIS\0MIDLINE HORIZONTAL ELLIPSIS\0"
    "UP RIGHT DIAGONAL ELLIPSIS\0DOWN RIGHT DIAGONAL ELLIPSIS\0ELEMENT OF WITH LONG HORIZONTAL STROKE\0"
    "ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE\0SMALL ELEMENT OF WITH VERTICAL BAR AT END OF HORIZONTAL STROKE\0"
    "ELEMENT OF WITH DOT ABOVE\0ELEMENT OF WITH OVERBAR\0SMALL ELEMENT OF WITH OVERBAR\0ELEMENT OF WITH UNDERBAR\0"
    "ELEMENT OF WITH TWO HORIZONTAL STROKES\0CONTAINS WITH LONG HORIZONTAL STROKE\0CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE\0"
    "SMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE\0CONTAINS WITH OVERBAR\0"
    "SMALL CONTAINS WITH OVERBAR\0Z NOTATION BAG MEMBERSHIP\0BLACK SQUARE\0WHITE SQUARE\0"
    "WHITE SQUARE WITH ROUNDED CORNERS\0WHITE SQUARE CONTAINING BLACK SMALL SQUARE\0SQUARE WITH HORIZONTAL FILL\0"
    "SQUARE WITH VERTICAL FILL\0SQUARE WITH ORTHOGONAL CROSSHATCH FILL\0SQUARE WITH UPPER LEFT TO LOWER RIGHT FILL\0"
    "SQUARE WITH UPPER RIGHT TO LOWER LEFT FILL\0SQUARE WITH DIAGONAL CROSSHATCH FILL\0BLACK SMALL SQUARE\0"
    "WHITE SMALL SQUARE\0BLACK RECTANGLE\0WHITE RECTANGLE\0BLACK VERTICAL RECTANGLE\0WHITE VERTICAL RECTANGLE\0"
    "BLACK PARALLELOGRAM\0WHITE PARALLELOGRAM\0BLACK UP-POINTING TRIANGLE\0WHITE UP-POINTING TRIANGLE\0"
    "BLACK UP-POINTING SMALL TRIANGLE\0WHITE UP-POINTING SMALL TRIANGLE\0BLACK RIGHT-POINTING TRIANGLE\0"
    "WHITE RIGHT-POINTING TRIANGLE\0BLACK RIGHT-POINTING SMALL TRIANGLE\0WHITE RIGHT-POINTING SMALL TRIANGLE\0"
    "BLACK RIGHT-POINTING POINTER\0WHITE RIGHT-POINTING POINTER\0BLACK DOWN-POINTING TRIANGLE\0"
    "WHITE DOWN-POINTING TRIANGLE\0BLACK DOWN-POINTING SMALL TRIANGLE\0WHITE DOWN-POINTING SMALL TRIANGLE\0"
    "BLACK LEFT-POINTING TRIANGLE\0WHITE LEFT-POINTING TRIANGLE\0BLACK LEFT-POINTING SMALL TRIANGLE\0"
    "WHITE LEFT-POINTING SMALL TRIANGLE\0BLACK LEFT-POINTING POINTER\0WHITE LEFT-POINTING POINTER\0"
    "BLACK DIAMOND\0WHITE DIAMOND\0WHITE DIAMOND CONTAINING BLACK SMALL DIAMOND\0FISHEYE\0"
    "LOZENGE\0WHITE CIRCLE\0DOTTED CIRCLE\0CIRCLE WITH VERTICAL FILL\0BULLSEYE\0BLACK CIRCLE\0"
    "CIRCLE WITH LEFT HALF BLACK\0CIRCLE WITH RIGHT HALF BLACK\0CIRCLE WITH LOWER HALF BLACK\0"
    "CIRCLE WITH UPPER HALF BLACK\0CIRCLE WITH UPPER RIGHT QUADRANT BLACK\0CIRCLE WITH ALL BUT UPPER LEFT QUADRANT BLACK\0"
    "LEFT HALF BLACK CIRCLE\0RIGHT HALF BLACK CIRCLE\0INVERSE BULLET\0INVERSE WHITE CIRCLE\0"
    "UPPER HALF INVERSE WHITE CIRCLE\0LOWER HALF INVERSE WHITE CIRCLE\0UPPER LEFT QUADRANT CIRCULAR ARC\0"
    "UPPER RIGHT QUADRANT CIRCULAR ARC\0LOWER RIGHT QUADRANT CIRCULAR ARC\0LOWER LEFT QUADRANT CIRCULAR ARC\0"
    "UPPER HALF CIRCLE\0LOWER HALF CIRCLE\0BLACK LOWER RIGHT TRIANGLE\0BLACK LOWER LEFT TRIANGLE\0"
    "BLACK UPPER LEFT TRIANGLE\0BLACK UPPER RIGHT TRIANGLE\0WHITE BULLET\0SQUARE WITH LEFT HALF BLACK\0"
    "SQUARE WITH RIGHT HALF BLACK\0SQUARE WITH UPPER LEFT DIAGONAL HALF BLACK\0SQUARE WITH LOWER RIGHT DIAGONAL HALF BLACK\0"
    "WHITE SQUARE WITH VERTICAL BISECTING LINE\0WHITE UP-POINTING TRIANGLE WITH DOT\0UP-POINTING TRIANGLE WITH LEFT HALF BLACK\0"
    "UP-POINTING TRIANGLE WITH RIGHT HALF BLACK\0LARGE CIRCLE\0WHITE SQUARE WITH UPPER LEFT QUADRANT\0"
    "WHITE SQUARE WITH LOWER LEFT QUADRANT\0WHITE SQUARE WITH LOWER RIGHT QUADRANT\0WHITE SQUARE WITH UPPER RIGHT QUADRANT\0"
    "WHITE CIRCLE WITH UPPER LEFT QUADRANT\0WHITE CIRCLE WITH LOWER LEFT QUADRANT\0WHITE CIRCLE WITH LOWER RIGHT QUADRANT\0"
    "WHITE CIRCLE WITH UPPER RIGHT QUADRANT\0UPPER LEFT TRIANGLE\0UPPER RIGHT TRIANGLE\0LOWER LEFT TRIANGLE\0"
    "WHITE MEDIUM SQUARE\0BLACK MEDIUM SQUARE\0WHITE MEDIUM SMALL SQUARE\0BLACK MEDIUM SMALL SQUARE\0"
    "LOWER RIGHT TRIANGLE\0BLACK SUN WITH RAYS\0CLOUD\0UMBRELLA\0SNOWMAN\0COMET\0BLACK STAR\0"
    "WHITE STAR\0LIGHTNING\0THUNDERSTORM\0SUN\0ASCENDING NODE\0DESCENDING NODE\0CONJUNCTION\0"
    "OPPOSITION\0BLACK TELEPHONE\0WHITE TELEPHONE\0BALLOT BOX\0BALLOT BOX WITH CHECK\0BALLOT BOX WITH X\0"
    "SALTIRE\0UMBRELLA WITH RAIN DROPS\0HOT BEVERAGE\0WHITE SHOGI PIECE\0BLACK SHOGI PIECE\0"
    "SHAMROCK\0REVERSED ROTATED FLORAL HEART BULLET\0BLACK LEFT POINTING INDEX\0BLACK RIGHT POINTING INDEX\0"
    "WHITE LEFT POINTING INDEX\0WHITE UP POINTING INDEX\0WHITE RIGHT POINTING INDEX\0WHITE DOWN POINTING INDEX\0"
    "SKULL AND CROSSBONES\0CAUTION SIGN\0RADIOACTIVE SIGN\0BIOHAZARD SIGN\0CADUCEUS\0ANKH\0"
    "ORTHODOX CROSS\0CHI RHO\0CROSS OF LORRAINE\0CROSS OF JERUSALEM\0STAR AND CRESCENT\0FARSI SYMBOL\0"
    "ADI SHAKTI\0HAMMER AND SICKLE\0PEACE SYMBOL\0YIN YANG\0TRIGRAM FOR HEAVEN\0TRIGRAM FOR LAKE\0"
    "TRIGRAM FOR FIRE\0TRIGRAM FOR THUNDER\0TRIGRAM FOR WIND\0TRIGRAM FOR WATER\0TRIGRAM FOR MOUNTAIN\0"
    "TRIGRAM FOR EARTH\0WHEEL OF DHARMA\0WHITE FROWNING FACE\0WHITE SMILING FACE\0BLACK SMILING FACE\0"
    "WHITE SUN WITH RAYS\0FIRST QUARTER MOON\0LAST QUARTER MOON\0MERCURY\0FEMALE SIGN\0EARTH\0"
    "MALE SIGN\0JUPITER\0SATURN\0URANUS\0NEPTUNE\0PLUTO\0ARIES\0TAURUS\0GEMINI\0CANCER\0LEO\0"
    "VIRGO\0LIBRA\0SCORPIUS\0SAGITTARIUS\0CAPRICORN\0AQUARIUS\0PISCES\0WHITE CHESS KING\0"
    "WHITE CHESS QUEEN\0WHITE CHESS ROOK\0WHITE CHESS BISHOP\0WHITE CHESS KNIGHT\0WHITE CHESS PAWN\0"
    "BLACK CHESS KING\0BLACK CHESS QUEEN\0BLACK CHESS ROOK\0BLACK CHESS BISHOP\0BLACK CHESS KNIGHT\0"
    "BLACK CHESS PAWN\0BLACK SPADE SUIT\0WHITE HEART SUIT\0WHITE DIAMOND SUIT\0BLACK CLUB SUIT\0"
    "WHITE SPADE SUIT\0BLACK HEART SUIT\0BLACK DIAMOND SUIT\0WHITE CLUB SUIT\0HOT SPRINGS\0"
    "QUARTER NOTE\0EIGHTH NOTE\0BEAMED EIGHTH NOTES\0BEAMED SIXTEENTH NOTES\0MUSIC FLAT SIGN\0"
    "MUSIC NATURAL SIGN\0MUSIC SHARP SIGN\0WEST SYRIAC CROSS\0EAST SYRIAC CROSS\0UNIVERSAL RECYCLING SYMBOL\0"
    "RECYCLING SYMBOL FOR TYPE-1 PLASTICS\0RECYCLING SYMBOL FOR TYPE-2 PLASTICS\0RECYCLING SYMBOL FOR TYPE-3 PLASTICS\0"
    "RECYCLING SYMBOL FOR TYPE-4 PLASTICS\0RECYCLING SYMBOL FOR TYPE-5 PLASTICS\0RECYCLING SYMBOL FOR TYPE-6 PLASTICS\0"
    "RECYCLING SYMBOL FOR TYPE-7 PLASTICS\0RECYCLING SYMBOL FOR GENERIC MATERIALS\0BLACK UNIVERSAL RECYCLING SYMBOL\0"
    "RECYCLED PAPER SYMBOL\0PARTIALLY-RECYCLED PAPER SYMBOL\0PERMANENT PAPER SIGN\0WHEELCHAIR SYMBOL\0"
    "DIE FACE-1\0DIE FACE-2\0DIE FACE-3\0DIE FACE-4\0DIE FACE-5\0DIE FACE-6\0WHITE CIRCLE WITH DOT RIGHT\0"
    "WHITE CIRCLE WITH TWO DOTS\0BLACK CIRCLE WITH WHITE DOT RIGHT\0BLACK CIRCLE WITH TWO WHITE DOTS\0"
    "MONOGRAM FOR YANG\0MONOGRAM FOR YIN\0DIGRAM FOR GREATER YANG\0DIGRAM FOR LESSER YIN\0"
    "DIGRAM FOR LESSER YANG\0DIGRAM FOR GREATER YIN\0WHITE FLAG\0BLACK FLAG\0HAMMER AND PICK\0"
    "ANCHOR\0CROSSED SWORDS\0STAFF OF AESCULAPIUS\0SCALES\0ALEMBIC\0FLOWER\0GEAR\0STAFF OF HERMES\0"
    "ATOM SYMBOL\0FLEUR-DE-LIS\0OUTLINED WHITE STAR\0THREE LINES CONVERGING RIGHT\0THREE LINES CONVERGING LEFT\0"
    "WARNING SIGN\0HIGH VOLTAGE SIGN\0DOUBLED FEMALE SIGN\0DOUBLED MALE SIGN\0INTERLOCKED FEMALE AND MALE SIGN\0"
    "MALE AND FEMALE SIGN\0MALE WITH STROKE SIGN\0MALE WITH STROKE AND MALE AND FEMALE SIGN\0"
    "VERTICAL MALE WITH STROKE SIGN\0HORIZONTAL MALE WITH STROKE SIGN\0MEDIUM WHITE CIRCLE\0"
    "MEDIUM BLACK CIRCLE\0MEDIUM SMALL WHITE CIRCLE\0MARRIAGE SYMBOL\0DIVORCE SYMBOL\0UNMARRIED PARTNERSHIP SYMBOL\0"
    "COFFIN\0FUNERAL URN\0NEUTER\0CERES\0PALLAS\0JUNO\0VESTA\0CHIRON\0BLACK MOON LILITH\0"
    "SEXTILE\0SEMISEXTILE\0QUINCUNX\0SESQUIQUADRATE\0SOCCER BALL\0BASEBALL\0SQUARED KEY\0"
    "WHITE DRAUGHTS MAN\0WHITE DRAUGHTS KING\0BLACK DRAUGHTS MAN\0BLACK DRAUGHTS KING\0SNOWMAN WITHOUT SNOW\0"
    "SUN BEHIND CLOUD\0RAIN\0BLACK SNOWMAN\0THUNDER CLOUD AND RAIN\0TURNED WHITE SHOGI PIECE\0"
    "TURNED BLACK SHOGI PIECE\0WHITE DIAMOND IN SQUARE\0CROSSING LANES\0DISABLED CAR\0OPHIUCHUS\0"
    "PICK\0CAR SLIDING\0HELMET WITH WHITE CROSS\0CIRCLED CROSSING LANES\0CHAINS\0NO ENTRY\0"
    "ALTERNATE ONE-WAY LEFT WAY TRAFFIC\0BLACK TWO-WAY LEFT WAY TRAFFIC\0WHITE TWO-WAY LEFT WAY TRAFFIC\0"
    "BLACK LEFT LANE MERGE\0WHITE LEFT LANE MERGE\0DRIVE SLOW SIGN\0HEAVY WHITE DOWN-POINTING TRIANGLE\0"
    "LEFT CLOSED ENTRY\0SQUARED SALTIRE\0FALLING DIAGONAL IN WHITE CIRCLE IN BLACK SQUARE\0"
    "BLACK TRUCK\0RESTRICTED LEFT ENTRY-1\0RESTRICTED LEFT ENTRY-2\0ASTRONOMICAL SYMBOL FOR URANUS\0"
    "HEAVY CIRCLE WITH STROKE AND TWO DOTS ABOVE\0PENTAGRAM\0RIGHT-HANDED INTERLACED PENTAGRAM\0"
    "LEFT-HANDED INTERLACED PENTAGRAM\0INVERTED PENTAGRAM\0BLACK CROSS ON SHIELD\0SHINTO SHRINE\0"
    "CHURCH\0CASTLE\0HISTORIC SITE\0GEAR WITHOUT HUB\0GEAR WITH HANDLES\0MAP SYMBOL FOR LIGHTHOUSE\0"
    "MOUNTAIN\0UMBRELLA ON GROUND\0FOUNTAIN\0FLAG IN HOLE\0FERRY\0SAILBOAT\0SQUARE FOUR CORNERS\0"
    "SKIER\0ICE SKATE\0PERSON WITH BALL\0TENT\0JAPANESE BANK SYMBOL\0HEADSTONE GRAVEYARD SYMBOL\0"
    "FUEL PUMP\0CUP ON BLACK SQUARE\0WHITE FLAG WITH HORIZONTAL MIDDLE BLACK STRIPE\0BLACK SAFETY SCISSORS\0"
    "UPPER BLADE SCISSORS\0BLACK SCISSORS\0LOWER BLADE SCISSORS\0WHITE SCISSORS\0WHITE HEAVY CHECK MARK\0"
    "TELEPHONE LOCATION SIGN\0TAPE DRIVE\0AIRPLANE\0ENVELOPE\0RAISED FIST\0RAISED HAND\0VICTORY HAND\0"
    "WRITING HAND\0LOWER RIGHT PENCIL\0PENCIL\0UPPER RIGHT PENCIL\0WHITE NIB\0BLACK NIB\0"
    "CHECK MARK\0HEAVY CHECK MARK\0MULTIPLICATION X\0HEAVY MULTIPLICATION X\0BALLOT X\0HEAVY BALLOT X\0"
    "OUTLINED GREEK CROSS\0HEAVY GREEK CROSS\0OPEN CENTRE CROSS\0HEAVY OPEN CENTRE CROSS\0"
    "LATIN CROSS\0SHADOWED WHITE LATIN CROSS\0OUTLINED LATIN CROSS\0MALTESE CROSS\0STAR OF DAVID\0"
    "FOUR TEARDROP-SPOKED ASTERISK\0FOUR BALLOON-SPOKED ASTERISK\0HEAVY FOUR BALLOON-SPOKED ASTERISK\0"
    "FOUR CLUB-SPOKED ASTERISK\0BLACK FOUR POINTED STAR\0WHITE FOUR POINTED STAR\0SPARKLES\0"
    "STRESS OUTLINED WHITE STAR\0CIRCLED WHITE STAR\0OPEN CENTRE BLACK STAR\0BLACK CENTRE WHITE STAR\0"
    "OUTLINED BLACK STAR\0HEAVY OUTLINED BLACK STAR\0PINWHEEL STAR\0SHADOWED WHITE STAR\0"
    "HEAVY ASTERISK\0OPEN CENTRE ASTERISK\0EIGHT SPOKED ASTERISK\0EIGHT POINTED BLACK STAR\0"
    "EIGHT POINTED PINWHEEL STAR\0SIX POINTED BLACK STAR\0EIGHT POINTED RECTILINEAR BLACK STAR\0"
    "HEAVY EIGHT POINTED RECTILINEAR BLACK STAR\0TWELVE POINTED BLACK STAR\0SIXTEEN POINTED ASTERISK\0"
    "TEARDROP-SPOKED ASTERISK\0OPEN CENTRE TEARDROP-SPOKED ASTERISK\0HEAVY TEARDROP-SPOKED ASTERISK\0"
    "SIX PETALLED BLACK AND WHITE FLORETTE\0BLACK FLORETTE\0WHITE FLORETTE\0EIGHT PETALLED OUTLINED BLACK FLORETTE\0"
    "CIRCLED OPEN CENTRE EIGHT POINTED STAR\0HEAVY TEARDROP-SPOKED PINWHEEL ASTERISK\0SNOWFLAKE\0"
    "TIGHT TRIFOLIATE SNOWFLAKE\0HEAVY CHEVRON SNOWFLAKE\0SPARKLE\0HEAVY SPARKLE\0BALLOON-SPOKED ASTERISK\0"
    "EIGHT TEARDROP-SPOKED PROPELLER ASTERISK\0HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK\0"
    "CROSS MARK\0SHADOWED WHITE CIRCLE\0NEGATIVE SQUARED CROSS MARK\0LOWER RIGHT DROP-SHADOWED WHITE SQUARE\0"
    "UPPER RIGHT DROP-SHADOWED WHITE SQUARE\0LOWER RIGHT SHADOWED WHITE SQUARE\0UPPER RIGHT SHADOWED WHITE SQUARE\0"
    "BLACK QUESTION MARK ORNAMENT\0WHITE QUESTION MARK ORNAMENT\0WHITE EXCLAMATION MARK ORNAMENT\0"
    "BLACK DIAMOND MINUS WHITE X\0HEAVY EXCLAMATION MARK SYMBOL\0LIGHT VERTICAL BAR\0MEDIUM VERTICAL BAR\0"
    "HEAVY VERTICAL BAR\0HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT\0HEAVY SINGLE COMMA QUOTATION MARK ORNAMENT\0"
    "HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT\0HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT\0"
    "HEAVY LOW SINGLE COMMA QUOTATION MARK ORNAMENT\0HEAVY LOW DOUBLE COMMA QUOTATION MARK ORNAMENT\0"
    "CURVED STEM PARAGRAPH SIGN ORNAMENT\0HEAVY EXCLAMATION MARK ORNAMENT\0HEAVY HEART EXCLAMATION MARK ORNAMENT\0"
    "HEAVY BLACK HEART\0ROTATED HEAVY BLACK HEART BULLET\0FLORAL HEART\0ROTATED FLORAL HEART BULLET\0"
    "MEDIUM LEFT PARENTHESIS ORNAMENT\0MEDIUM RIGHT PARENTHESIS ORNAMENT\0MEDIUM FLATTENED LEFT PARENTHESIS ORNAMENT\0"
    "MEDIUM FLATTENED RIGHT PARENTHESIS ORNAMENT\0MEDIUM LEFT-POINTING ANGLE BRACKET ORNAMENT\0"
    "MEDIUM RIGHT-POINTING ANGLE BRACKET ORNAMENT\0HEAVY LEFT-POINTING ANGLE QUOTATION MARK ORNAMENT\0"
    "HEAVY RIGHT-POINTING ANGLE QUOTATION MARK ORNAMENT\0HEAVY LEFT-POINTING ANGLE BRACKET ORNAMENT\0"
    "HEAVY RIGHT-POINTING ANGLE BRACKET ORNAMENT\0LIGHT LEFT TORTOISE SHELL BRACKET ORNAMENT\0"
    "LIGHT RIGHT TORTOISE SHELL BRACKET ORNAMENT\0MEDIUM LEFT CURLY BRACKET ORNAMENT\0MEDIUM RIGHT CURLY BRACKET ORNAMENT\0"
    "DINGBAT NEGATIVE CIRCLED DIGIT ONE\0DINGBAT NEGATIVE CIRCLED DIGIT TWO\0DINGBAT NEGATIVE CIRCLED DIGIT THREE\0"
    "DINGBAT NEGATIVE CIRCLED DIGIT FOUR\0DINGBAT NEGATIVE CIRCLED DIGIT FIVE\0DINGBAT NEGATIVE CIRCLED DIGIT SIX\0"
    "DINGBAT NEGATIVE CIRCLED DIGIT SEVEN\0DINGBAT NEGATIVE CIRCLED DIGIT EIGHT\0DINGBAT NEGATIVE CIRCLED DIGIT NINE\0"
    "DINGBAT NEGATIVE CIRCLED NUMBER TEN\0DINGBAT CIRCLED SANS-SERIF DIGIT ONE\0DINGBAT CIRCLED SANS-SERIF DIGIT TWO\0"
    "DINGBAT CIRCLED SANS-SERIF DIGIT THREE\0DINGBAT CIRCLED SANS-SERIF DIGIT FOUR\0DINGBAT CIRCLED SANS-SERIF DIGIT FIVE\0"
    "DINGBAT CIRCLED SANS-SERIF DIGIT SIX\0DINGBAT CIRCLED SANS-SERIF DIGIT SEVEN\0DINGBAT CIRCLED SANS-SERIF DIGIT EIGHT\0"
    "DINGBAT CIRCLED SANS-SERIF DIGIT NINE\0DINGBAT CIRCLED SANS-SERIF NUMBER TEN\0DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ONE\0"
    "DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT TWO\0DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT THREE\0"
    "DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FOUR\0DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT FIVE\0"
    "DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SIX\0DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT SEVEN\0"
    "DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT EIGHT\0DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT NINE\0"
    "DINGBAT NEGATIVE CIRCLED SANS-SERIF NUMBER TEN\0HEAVY WIDE-HEADED RIGHTWARDS ARROW\0"
    "HEAVY PLUS SIGN\0HEAVY MINUS SIGN\0HEAVY DIVISION SIGN\0HEAVY SOUTH EAST ARROW\0HEAVY RIGHTWARDS ARROW\0"
    "HEAVY NORTH EAST ARROW\0DRAFTING POINT RIGHTWARDS ARROW\0HEAVY ROUND-TIPPED RIGHTWARDS ARROW\0"
    "TRIANGLE-HEADED RIGHTWARDS ARROW\0HEAVY TRIANGLE-HEADED RIGHTWARDS ARROW\0DASHED TRIANGLE-HEADED RIGHTWARDS ARROW\0"
    "HEAVY DASHED TRIANGLE-HEADED RIGHTWARDS ARROW\0BLACK RIGHTWARDS ARROW\0THREE-D TOP-LIGHTED RIGHTWARDS ARROWHEAD\0"
    "THREE-D BOTTOM-LIGHTED RIGHTWARDS ARROWHEAD\0BLACK RIGHTWARDS ARROWHEAD\0HEAVY BLACK CURVED DOWNWARDS AND RIGHTWARDS ARROW\0"
    "HEAVY BLACK CURVED UPWARDS AND RIGHTWARDS ARROW\0SQUAT BLACK RIGHTWARDS ARROW\0HEAVY CONCAVE-POINTED BLACK RIGHTWARDS ARROW\0"
    "RIGHT-SHADED WHITE RIGHTWARDS ARROW\0LEFT-SHADED WHITE RIGHTWARDS ARROW\0BACK-TILTED SHADOWED WHITE RIGHTWARDS ARROW\0"
    "FRONT-TILTED SHADOWED WHITE RIGHTWARDS ARROW\0HEAVY LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW\0"
    "HEAVY UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW\0NOTCHED LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW\0"
    "CURLY LOOP\0NOTCHED UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW\0CIRCLED HEAVY WHITE RIGHTWARDS ARROW\0"
    "WHITE-FEATHERED RIGHTWARDS ARROW\0BLACK-FEATHERED SOUTH EAST ARROW\0BLACK-FEATHERED RIGHTWARDS ARROW\0"
    "BLACK-FEATHERED NORTH EAST ARROW\0HEAVY BLACK-FEATHERED SOUTH EAST ARROW\0HEAVY BLACK-FEATHERED RIGHTWARDS ARROW\0"
    "HEAVY BLACK-FEATHERED NORTH EAST ARROW\0TEARDROP-BARBED RIGHTWARDS ARROW\0HEAVY TEARDROP-SHANKED RIGHTWARDS ARROW\0"
    "WEDGE-TAILED RIGHTWARDS ARROW\0HEAVY WEDGE-TAILED RIGHTWARDS ARROW\0OPEN-OUTLINED RIGHTWARDS ARROW\0"
    "DOUBLE CURLY LOOP\0GRINNING FACE\0GRINNING FACE WITH SMILING EYES\0FACE WITH TEARS OF JOY\0"
    "SMILING FACE WITH OPEN MOUTH\0SMILING FACE WITH OPEN MOUTH AND SMILING EYES\0SMILING FACE WITH OPEN MOUTH AND COLD SWEAT\0"
    "SMILING FACE WITH OPEN MOUTH AND TIGHTLY-CLOSED EYES\0SMILING FACE WITH HALO\0SMILING FACE WITH HORNS\0"
    "WINKING FACE\0SMILING FACE WITH SMILING EYES\0FACE SAVOURING DELICIOUS FOOD\0RELIEVED FACE\0"
    "SMILING FACE WITH HEART-SHAPED EYES\0SMILING FACE WITH SUNGLASSES\0SMIRKING FACE\0NEUTRAL FACE\0"
    "EXPRESSIONLESS FACE\0UNAMUSED FACE\0FACE WITH COLD SWEAT\0PENSIVE FACE\0CONFUSED FACE\0"
    "CONFOUNDED FACE\0KISSING FACE\0FACE THROWING A KISS\0KISSING FACE WITH SMILING EYES\0"
    "KISSING FACE WITH CLOSED EYES\0FACE WITH STUCK-OUT TONGUE\0FACE WITH STUCK-OUT TONGUE AND WINKING EYE\0"
    "FACE WITH STUCK-OUT TONGUE AND TIGHTLY-CLOSED EYES\0DISAPPOINTED FACE\0WORRIED FACE\0"
    "ANGRY FACE\0POUTING FACE\0CRYING FACE\0PERSEVERING FACE\0FACE WITH LOOK OF TRIUMPH\0"
    "DISAPPOINTED BUT RELIEVED FACE\0FROWNING FACE WITH OPEN MOUTH\0ANGUISHED FACE\0FEARFUL FACE\0"
    "WEARY FACE\0SLEEPY FACE\0TIRED FACE\0GRIMACING FACE\0LOUDLY CRYING FACE\0FACE WITH OPEN MOUTH\0"
    "HUSHED FACE\0FACE WITH OPEN MOUTH AND COLD SWEAT\0FACE SCREAMING IN FEAR\0ASTONISHED FACE\0"
    "FLUSHED FACE\0SLEEPING FACE\0DIZZY FACE\0FACE WITHOUT MOUTH\0FACE WITH MEDICAL MASK\0"
    "GRINNING CAT FACE WITH SMILING EYES\0CAT FACE WITH TEARS OF JOY\0SMILING CAT FACE WITH OPEN MOUTH\0"
    "SMILING CAT FACE WITH HEART-SHAPED EYES\0CAT FACE WITH WRY SMILE\0KISSING CAT FACE WITH CLOSED EYES\0"
    "POUTING CAT FACE\0CRYING CAT FACE\0WEARY CAT FACE\0SLIGHTLY FROWNING FACE\0SLIGHTLY SMILING FACE\0"
    "UPSIDE-DOWN FACE\0FACE WITH ROLLING EYES\0FACE WITH NO GOOD GESTURE\0FACE WITH OK GESTURE\0"
    "PERSON BOWING DEEPLY\0SEE-NO-EVIL MONKEY\0HEAR-NO-EVIL MONKEY\0SPEAK-NO-EVIL MONKEY\0"
    "HAPPY PERSON RAISING ONE HAND\0PERSON RAISING BOTH HANDS IN CELEBRATION\0PERSON FROWNING\0"
    "PERSON WITH POUTING FACE\0PERSON WITH FOLDED HANDS\0"
    ;

/* Name aliases (Unicode's NameAliases.txt) accepted by \N{...} as well. */
static const struct { const char *name; uint32_t cp; } uc_aliases[] = {
    { "NULL", 0x0000 },
    { "NUL", 0x0000 },
    { "LINE FEED", 0x000A },
    { "LF", 0x000A },
    { "NEW LINE", 0x000A },
    { "CARRIAGE RETURN", 0x000D },
    { "CR", 0x000D },
    { "CHARACTER TABULATION", 0x0009 },
    { "TAB", 0x0009 },
    { "HORIZONTAL TABULATION", 0x0009 },
    { "ESCAPE", 0x001B },
    { "ESC", 0x001B },
    { "DELETE", 0x007F },
    { "DEL", 0x007F },
    { "BACKSPACE", 0x0008 },
    { "FORM FEED", 0x000C },
    { "FF", 0x000C },
    { "LINE TABULATION", 0x000B },
    { "VT", 0x000B },
    { "NBSP", 0x00A0 },
    { "SHY", 0x00AD },
    { "ZWSP", 0x200B },
    { "ZWNJ", 0x200C },
    { "ZWJ", 0x200D },
    { "BYTE ORDER MARK", 0xFEFF },
    { "BOM", 0xFEFF },
    { "ZWNBSP", 0xFEFF },
    { "SP", 0x0020 },
    { "NEL", 0x0085 },
    { "LRM", 0x200E },
    { "RLM", 0x200F },
    { "WJ", 0x2060 },
    { "NNBSP", 0x202F },
    { "MMSP", 0x205F },
};

/* Hangul syllable names are composed from their jamo (Unicode chapter 3.12). */
static const char *const hangul_l[19] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"
};
static const char *const hangul_v[21] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
    "WE", "WI", "YU", "EU", "YI", "I"
};
static const char *const hangul_t[28] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
    "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"
};

uint32_t lexer_unicode_lookup(const char *name, size_t len)
{
    char up[96];
    if (len == 0 || len >= sizeof up) return (uint32_t)-1;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        up[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    up[len] = '\0';

    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len > sizeof cjk - 1 && memcmp(up, cjk, sizeof cjk - 1) == 0) {
        const char *h = up + sizeof cjk - 1;
        size_t nh = len - (sizeof cjk - 1);
        uint32_t cp = 0;
        if (nh != 4 && nh != 5) return (uint32_t)-1;
        for (size_t i = 0; i < nh; i++) {
            int c = h[i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return (uint32_t)-1;
            cp = cp * 16 + (uint32_t)d;
        }
        if ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
            (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B738) ||
            (cp >= 0x2B740 && cp <= 0x2B81D) || (cp >= 0x2B820 && cp <= 0x2CEA1) ||
            (cp >= 0x2CEB0 && cp <= 0x2EBE0) || (cp >= 0x30000 && cp <= 0x3134A))
            return cp;
        return (uint32_t)-1;
    }
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (len > sizeof hangul - 1 && memcmp(up, hangul, sizeof hangul - 1) == 0) {
        const char *rest = up + sizeof hangul - 1;
        for (int l = 0; l < 19; l++) {
            size_t nl = strlen(hangul_l[l]);
            if (strncmp(rest, hangul_l[l], nl) != 0) continue;
            for (int v = 0; v < 21; v++) {
                size_t nv = strlen(hangul_v[v]);
                if (strncmp(rest + nl, hangul_v[v], nv) != 0) continue;
                for (int t = 0; t < 28; t++)
                    if (strcmp(rest + nl + nv, hangul_t[t]) == 0)
                        return 0xAC00 + (uint32_t)((l * 21 + v) * 28 + t);
            }
        }
        return (uint32_t)-1;
    }
    for (size_t k = 0; k < sizeof uc_aliases / sizeof uc_aliases[0]; k++)
        if (strcmp(up, uc_aliases[k].name) == 0) return uc_aliases[k].cp;
    /* A linear walk: \N{...} is rare, and the table stays plain data. */
    const char *s = uc_names;
    for (size_t r = 0; r < sizeof uc_ranges / sizeof uc_ranges[0]; r++) {
        for (uint32_t cp = uc_ranges[r].first; cp <= uc_ranges[r].last; cp++) {
            size_t n = strlen(s);
            if (n == len && memcmp(s, up, len) == 0) return cp;
            s += n + 1;
        }
    }
    return (uint32_t)-1;
}
