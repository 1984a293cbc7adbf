/* utf8.h — UTF-8 coding and the slice of the Unicode character database
 * that str needs (classification and case mapping).
 *
 * Strings inside molt are always valid UTF-8, so the decoders here trust
 * their input; utf8_check is the one place that validates foreign bytes
 * (bytes.decode, file reads) and reports errors the way CPython's codec does.
 */
#ifndef MOLT_UTF8_H
#define MOLT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the code point starting at s[*i] and advances *i past it.
 * The input must be valid UTF-8. */
static inline uint32_t utf8_next(const char *s, int64_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    uint32_t c = p[0];
    if (c < 0x80) { *i += 1; return c; }
    if (c < 0xE0) { *i += 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) {
        *i += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *i += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Steps back from byte offset *i to the start of the previous code point
 * and returns that code point. */
static inline uint32_t utf8_prev(const char *s, int64_t *i)
{
    int64_t j = *i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    *i = j;
    int64_t k = j;
    return utf8_next(s, &k);
}

/* Number of bytes of the UTF-8 sequence that starts with byte b. */
static inline int utf8_seqlen(unsigned char b)
{
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* Writes cp as UTF-8 into out (at least 4 bytes); returns the byte count.
 * Surrogates are encoded as their three-byte form (CPython can hold them
 * in a str; molt keeps them representable). */
int utf8_encode(uint32_t cp, char *out);

/* Number of code points in valid UTF-8 text. */
int64_t utf8_count(const char *s, size_t len);

/* Validates bytes as UTF-8 the way CPython's strict decoder reads them.
 * Returns -1 when all of s[0..len) is valid; otherwise the byte offset of
 * the first error, with *err_end set to the end of the offending range and
 * *reason to CPython's reason ("invalid start byte", "invalid continuation
 * byte", "unexpected end of data"). */
int64_t utf8_check(const char *s, size_t len, int64_t *err_end, const char **reason);

/* Byte offset of code point index `idx` in valid UTF-8 text of `len` bytes. */
int64_t utf8_offset(const char *s, int64_t len, int64_t idx);

/* ---- character properties (CPython 3.11's, generated from its tables) ---- */
enum {
    UC_ALPHA = 1, UC_DECIMAL = 2, UC_DIGIT = 4, UC_NUMERIC = 8, UC_SPACE = 16,
    UC_PRINTABLE = 32, UC_UPPER = 64, UC_LOWER = 128, UC_TITLE = 256,
    UC_CASED = 512, UC_CASE_IGNORABLE = 1024, UC_XID_START = 2048,
    UC_XID_CONTINUE = 4096
};
unsigned uc_flags(uint32_t cp);
static inline bool uc_isspace(uint32_t cp) { return (uc_flags(cp) & UC_SPACE) != 0; }
/* str.splitlines' line boundaries */
static inline bool uc_islinebreak(uint32_t cp)
{
    return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) ||
           cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
/* Value of a decimal digit (any script), or -1. */
int uc_decimal(uint32_t cp);

/* Full case mappings (str.upper() of 'ß' is 'SS'): write up to 3 code points
 * into out and return how many. */
int uc_upper(uint32_t cp, uint32_t out[3]);
int uc_lower(uint32_t cp, uint32_t out[3]);
int uc_title(uint32_t cp, uint32_t out[3]);
int uc_fold(uint32_t cp, uint32_t out[3]);

#endif
