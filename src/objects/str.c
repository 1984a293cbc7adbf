/* str.c — the str type: immutable UTF-8 text with a cached hash and
 * code-point length, the interning table, StrBuf, and the str methods.
 *
 * Text is stored as UTF-8; `cplen` counts code points, so a string whose
 * byte length equals its code-point length is pure ASCII and indexes in
 * O(1).  Other strings index by walking the bytes, which is still correct
 * and, for the short strings programs index into, fast enough.  UTF-8 keeps
 * code-point order and byte order the same, so comparisons are memcmp.
 */
#define _GNU_SOURCE      /* memmem, memrchr */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "vm.h"
#include "utf8.h"
#include "objects/objmodel.h"
#include "objects/strutil.h"

/* ---- allocation --------------------------------------------------------- */

/* No string may come near the size where int64 arithmetic overflows. */
#define STR_MAX_LEN ((int64_t)1 << 48)

static Str *empty_str;               /* "" */
static Str *latin1_cache[256];       /* chr(0) .. chr(255), made on demand */

static Value raise_memory(VM *vm)
{
    return exc_raise_memory_error(vm);
}

Str *str_alloc(VM *vm, int64_t len)
{
    if (len < 0 || len > STR_MAX_LEN) {
        raise_memory(vm);
        return NULL;
    }
    /* exact strs hold no pointer the collector must follow: the type
     * pointer is a static object */
    Str *s = mem_alloc_atomic(vm, offsetof(Str, data) + (size_t)len + 1);
    if (!s)
        return NULL;
    s->hdr.type = &type_str;
    s->len = len;
    s->cplen = len;
    s->hash = -1;
    s->interned = false;
    s->data[len] = '\0';
    return s;
}

void str_set_cplen(Str *s)
{
    s->cplen = utf8_count(s->data, (size_t)s->len);
}

static Str *make_str(VM *vm, const char *p, int64_t len, int64_t cplen)
{
    if (len == 0 && empty_str)
        return empty_str;
    if (len == 1 && (unsigned char)p[0] < 0x80) {
        Value c = str_from_codepoint(vm, (unsigned char)p[0]);
        return c ? AS_STR(c) : NULL;
    }
    Str *s = str_alloc(vm, len);
    if (!s)
        return NULL;
    memcpy(s->data, p, (size_t)len);
    s->cplen = cplen;
    if (len == 0)
        empty_str = s;
    return s;
}

Str *str_new(VM *vm, const char *utf8, size_t len)
{
    return make_str(vm, utf8, (int64_t)len, utf8_count(utf8, len));
}

Str *str_from_cstr(VM *vm, const char *s)
{
    return str_new(vm, s, strlen(s));
}

/* ASCII or not, a piece of s by byte offsets that fall on code points. */
static Str *sub_bytes(VM *vm, Str *s, int64_t a, int64_t b)
{
    if (a == 0 && b == s->len && s->hdr.type == &type_str)
        return s;
    if (STR_IS_ASCII(s))
        return make_str(vm, s->data + a, b - a, b - a);
    return str_new(vm, s->data + a, (size_t)(b - a));
}

Value str_from_codepoint(VM *vm, int64_t cp)
{
    if (cp < 0 || cp > 0x10FFFF)
        return vm_raise(vm, &exc_ValueError, "chr() arg not in range(0x110000)");
    if (cp < 256 && latin1_cache[cp])
        return OBJ_VAL(latin1_cache[cp]);
    char buf[4];
    int n = utf8_encode((uint32_t)cp, buf);
    Str *s = str_alloc(vm, n);
    if (!s)
        return 0;
    memcpy(s->data, buf, (size_t)n);
    s->cplen = 1;
    if (cp < 256)
        latin1_cache[cp] = s;
    return OBJ_VAL(s);
}

Str *str_substr(VM *vm, Str *s, int64_t start, int64_t end)
{
    if (STR_IS_ASCII(s))
        return sub_bytes(vm, s, start, end);
    int64_t a = utf8_offset(s->data, s->len, start);
    int64_t b = a + utf8_offset(s->data + a, s->len - a, end - start);
    Str *r = sub_bytes(vm, s, a, b);
    return r;
}

Value str_exact(VM *vm, Value v)
{
    Str *s = AS_STR(v);
    if (s->hdr.type == &type_str)
        return v;
    Str *r = make_str(vm, s->data, s->len, s->cplen);
    return r ? OBJ_VAL(r) : 0;
}

Str *str_printf(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return str_new(vm, "", 0);
    }
    if ((size_t)n < sizeof small) {
        va_end(ap2);
        return str_new(vm, small, (size_t)n);
    }
    char *big = mem_alloc_atomic(vm, (size_t)n + 1);
    if (!big) {
        va_end(ap2);
        return NULL;
    }
    vsnprintf(big, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return str_new(vm, big, (size_t)n);
}

Str *str_concat(VM *vm, Str *a, Str *b)
{
    if (b->len == 0 && a->hdr.type == &type_str)
        return a;
    if (a->len == 0 && b->hdr.type == &type_str)
        return b;
    Str *s = str_alloc(vm, a->len + b->len);
    if (!s)
        return NULL;
    memcpy(s->data, a->data, (size_t)a->len);
    memcpy(s->data + a->len, b->data, (size_t)b->len);
    s->cplen = a->cplen + b->cplen;
    return s;
}

bool str_eq(Str *a, Str *b)
{
    if (a == b)
        return true;
    if (a->len != b->len)
        return false;
    if (a->interned && b->interned)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, (size_t)a->len) == 0;
}

bool str_eq_cstr(Str *s, const char *c)
{
    size_t n = strlen(c);
    return (size_t)s->len == n && memcmp(s->data, c, n) == 0;
}

bool str_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_str ||
                         type_is_subtype(AS_OBJ(v)->type, &type_str));
}

/* ---- hashing -------------------------------------------------------------- */

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* A word-at-a-time multiply-rotate hash with a murmur-style finaliser:
 * CPython randomises str hashes, so no program can depend on the values,
 * only on equal strings hashing equal. */
int64_t str_hash_bytes(const void *p, size_t n)
{
    const unsigned char *b = p;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)n * 0xFF51AFD7ED558CCDULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, b, 8);
        h ^= w * 0x87C37B91114253D5ULL;
        h = rotl64(h, 31) * 0x4CF5AD432745937FULL;
        b += 8;
        n -= 8;
    }
    uint64_t t = 0;
    for (size_t i = 0; i < n; i++)
        t |= (uint64_t)b[i] << (8 * i);
    h ^= t * 0x87C37B91114253D5ULL;
    h = rotl64(h, 27) * 0x52DCE729ULL;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash(Str *s)
{
    if (s->hash == -1)
        s->hash = str_hash_bytes(s->data, (size_t)s->len);
    return s->hash;
}

/* ---- interning -------------------------------------------------------------
 * An open-addressing set of Str*.  The table is ordinary collected memory
 * reachable from a static root, so interned strings live as long as the
 * interpreter. */

static Str **intern_tab;
static int64_t intern_cap, intern_used;

static Str **intern_slot(Str **tab, int64_t cap, const char *p, int64_t len, int64_t h)
{
    uint64_t mask = (uint64_t)cap - 1, i = (uint64_t)h & mask;
    for (;;) {
        Str *e = tab[i];
        if (!e || (e->hash == h && e->len == len && memcmp(e->data, p, (size_t)len) == 0))
            return &tab[i];
        i = (i + 1) & mask;
    }
}

static bool intern_grow(VM *vm)
{
    int64_t ncap = intern_cap ? intern_cap * 2 : 1024;
    Str **ntab = mem_alloc(vm, (size_t)ncap * sizeof(Str *));
    if (!ntab)
        return false;
    for (int64_t i = 0; i < intern_cap; i++) {
        Str *e = intern_tab[i];
        if (e)
            *intern_slot(ntab, ncap, e->data, e->len, e->hash) = e;
    }
    intern_tab = ntab;
    intern_cap = ncap;
    return true;
}

Str *str_intern(VM *vm, Str *s)
{
    if (s->interned)
        return s;
    if ((intern_used + 1) * 3 >= intern_cap * 2 && !intern_grow(vm))
        return NULL;
    int64_t h = str_hash(s);
    Str **slot = intern_slot(intern_tab, intern_cap, s->data, s->len, h);
    if (*slot)
        return *slot;
    if (s->hdr.type != &type_str) {
        s = make_str(vm, s->data, s->len, s->cplen);
        if (!s)
            return NULL;
        if (s->interned)        /* a cached single character already interned */
            return s;
        str_hash(s);
    }
    s->interned = true;
    *slot = s;
    intern_used++;
    return s;
}

Str *str_intern_cstr(VM *vm, const char *c)
{
    size_t n = strlen(c);
    if (intern_cap) {
        int64_t h = str_hash_bytes(c, n);
        Str *e = *intern_slot(intern_tab, intern_cap, c, (int64_t)n, h);
        if (e)
            return e;
    }
    Str *s = str_new(vm, c, n);
    return s ? str_intern(vm, s) : NULL;
}

/* ---- StrBuf ------------------------------------------------------------------
 * The text is built inside a block shaped like a Str (room for the header
 * before data), so sb_finish turns the block into the string without a
 * copy.  sb->data points just past that header: the collector recognises
 * such interior pointers (Boehm's default), which keeps the block alive.
 * A failed allocation leaves the builder in a failed state (len ==
 * SIZE_MAX) with MemoryError raised; sb_finish then returns NULL. */

#define SB_FAILED SIZE_MAX
#define SB_HDR offsetof(Str, data)

void sb_init(StrBuf *sb, VM *vm)
{
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
    sb->vm = vm;
}

static bool sb_reserve(StrBuf *sb, size_t extra)
{
    if (sb->len == SB_FAILED)
        return false;
    if (sb->len + extra <= sb->cap)
        return true;
    size_t ncap = sb->cap ? sb->cap : 48;
    while (ncap < sb->len + extra)
        ncap *= 2;
    if (sb->len + extra > (size_t)STR_MAX_LEN) {
        sb->len = SB_FAILED;
        sb->data = NULL;
        raise_memory(sb->vm);
        return false;
    }
    char *block = sb->data ? mem_realloc(sb->vm, sb->data - SB_HDR, SB_HDR + ncap + 1)
                           : mem_alloc_atomic(sb->vm, SB_HDR + ncap + 1);
    if (!block) {
        sb->len = SB_FAILED;
        sb->data = NULL;
        return false;
    }
    sb->data = block + SB_HDR;
    sb->cap = ncap;
    return true;
}

void sb_add(StrBuf *sb, const char *s, size_t n)
{
    if (n == 0)     /* s may be NULL then (an empty buffer's data) */
        return;
    if (!sb_reserve(sb, n))
        return;
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
}

void sb_adds(StrBuf *sb, const char *s)
{
    sb_add(sb, s, strlen(s));
}

void sb_addc(StrBuf *sb, char c)
{
    if (sb->len < sb->cap) {
        sb->data[sb->len++] = c;
        return;
    }
    sb_add(sb, &c, 1);
}

void sb_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < sizeof small)
        sb_add(sb, small, (size_t)n);
    else if (n >= 0 && sb_reserve(sb, (size_t)n + 1)) {
        vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap2);
        sb->len += (size_t)n;
    }
    va_end(ap2);
}

/* Appends one code point as UTF-8. */
static void sb_addcp(StrBuf *sb, uint32_t cp)
{
    char buf[4];
    sb_add(sb, buf, (size_t)utf8_encode(cp, buf));
}

Str *sb_finish(StrBuf *sb)
{
    if (sb->len == SB_FAILED)
        return NULL;
    size_t len = sb->len, cap = sb->cap;
    char *data = sb->data;
    sb->data = NULL;
    sb->len = sb->cap = 0;
    if (len <= 1)
        return str_new(sb->vm, data ? data : "", len);
    char *block = data - SB_HDR;
    if (cap > len + len / 4 + 64) {
        /* give back a large unused tail */
        char *nb = mem_realloc(sb->vm, block, SB_HDR + len + 1);
        if (nb)
            block = nb;
    }
    Str *s = (Str *)block;
    s->hdr.type = &type_str;
    s->len = (int64_t)len;
    s->hash = -1;
    s->interned = false;
    s->data[len] = '\0';
    str_set_cplen(s);
    return s;
}

/* ---- argument checking (shared with bytes.c) ------------------------------ */

static int nkw(Tuple *kw) { return kw ? (int)kw->len : 0; }

/* "upper" from "str.upper" */
static const char *short_name(const char *qualname)
{
    const char *dot = strrchr(qualname, '.');
    return dot ? dot + 1 : qualname;
}

bool str_args_none(VM *vm, const char *qualname, int argc, Tuple *kw)
{
    if (nkw(kw)) {
        vm_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", qualname);
        return false;
    }
    if (argc != 1) {
        vm_raise(vm, &exc_TypeError, "%s() takes no arguments (%d given)", qualname, argc - 1);
        return false;
    }
    return true;
}

bool str_args_one(VM *vm, const char *qualname, int argc, Tuple *kw)
{
    if (nkw(kw)) {
        vm_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", qualname);
        return false;
    }
    if (argc != 2) {
        vm_raise(vm, &exc_TypeError, "%s() takes exactly one argument (%d given)", qualname, argc - 1);
        return false;
    }
    return true;
}

bool str_args_range(VM *vm, const char *qualname, int argc, Tuple *kw, int min, int max)
{
    if (nkw(kw)) {
        vm_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", qualname);
        return false;
    }
    int n = argc - 1;
    if (n < min) {
        vm_raise(vm, &exc_TypeError, "%s expected at least %d argument%s, got %d",
                 short_name(qualname), min, min == 1 ? "" : "s", n);
        return false;
    }
    if (n > max) {
        vm_raise(vm, &exc_TypeError, "%s expected at most %d argument%s, got %d",
                 short_name(qualname), max, max == 1 ? "" : "s", n);
        return false;
    }
    return true;
}

bool str_args_old(VM *vm, const char *qualname, int argc, Tuple *kw, int min, int max)
{
    const char *name = short_name(qualname);
    if (nkw(kw)) {
        vm_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    int n = argc - 1;
    if (n < min) {
        vm_raise(vm, &exc_TypeError, "%s() takes at least %d argument%s (%d given)",
                 name, min, min == 1 ? "" : "s", n);
        return false;
    }
    if (n > max) {
        vm_raise(vm, &exc_TypeError, "%s() takes at most %d argument%s (%d given)",
                 name, max, max == 1 ? "" : "s", n);
        return false;
    }
    return true;
}

/* args[0..npos) positional, then one value per keyword name */
static bool parse_kw(VM *vm, const char *fname, int npos, Value *args, Tuple *kw,
                     int n, const char *const *names, Value *out)
{
    int nk = nkw(kw);
    if (npos + nk > n) {
        vm_raise(vm, &exc_TypeError, "%s() takes at most %d argument%s (%d given)",
                 fname, n, n == 1 ? "" : "s", npos + nk);
        return false;
    }
    for (int i = 0; i < n; i++)
        out[i] = i < npos ? args[i] : 0;
    for (int k = 0; k < nk; k++) {
        Str *name = AS_STR(kw->items[k]);
        int i = 0;
        while (i < n && !str_eq_cstr(name, names[i]))
            i++;
        if (i == n) {
            vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                     name->data, fname);
            return false;
        }
        if (i < npos) {
            vm_raise(vm, &exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                     fname, names[i], i + 1);
            return false;
        }
        out[i] = args[npos + k];
    }
    return true;
}

bool str_args_kw(VM *vm, const char *fname, int argc, Value *argv, Tuple *kw,
                 int n, const char *const *names, Value *out)
{
    return parse_kw(vm, fname, argc - 1, argv + 1, kw, n, names, out);
}

static bool has_index(Value v)
{
    return int_check(v) || TYPE_OF(v)->index != NULL;
}

int str_arg_ssize(VM *vm, Value v, int64_t *out)
{
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    if (!has_index(v)) {
        vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
        return -1;
    }
    Value i = int_check(v) ? v : obj_index(vm, v);
    if (!i)
        return -1;
    if (!int_to_i64(i, out)) {
        vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

int str_arg_cint(VM *vm, Value v, int64_t *out)
{
    if (str_arg_ssize(vm, v, out) < 0) {
        if (!vm_exc_matches(vm, &exc_OverflowError))
            return -1;
        vm_exc_clear(vm);
    } else if (*out >= INT32_MIN && *out <= INT32_MAX) {
        return 0;
    }
    vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    return -1;
}

int str_arg_slice_index(VM *vm, Value v, int64_t *out)
{
    if (!v || IS_NONE(v))
        return 0;
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    if (!has_index(v)) {
        vm_raise(vm, &exc_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value i = int_check(v) ? v : obj_index(vm, v);
    if (!i)
        return -1;
    if (!int_to_i64(i, out))
        *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

void str_adjust_indices(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* ---- code point / byte offset conversion ----------------------------------
 * A non-ASCII string is indexed by walking its bytes.  The last position
 * found is remembered (with a reference to its string, so the address
 * cannot be reused by another), which makes a loop over s[i] linear instead
 * of quadratic: each lookup walks from the nearest of the start, the end and
 * the remembered position. */

static Str *walk_str;
static int64_t walk_cp, walk_byte;

static int64_t nonascii_offset(Str *s, int64_t i)
{
    int64_t from_cp = 0, from_byte = 0;
    int64_t best = i;                          /* distance from the start */
    if (s == walk_str) {
        int64_t d = i >= walk_cp ? i - walk_cp : walk_cp - i;
        if (d < best) {
            best = d;
            from_cp = walk_cp;
            from_byte = walk_byte;
        }
    }
    if (s->cplen - i < best) {
        from_cp = s->cplen;
        from_byte = s->len;
    }
    int64_t b;
    if (i >= from_cp) {
        b = from_byte + utf8_offset(s->data + from_byte, s->len - from_byte, i - from_cp);
    } else {
        b = from_byte;
        for (int64_t k = from_cp; k > i; k--)
            utf8_prev(s->data, &b);
    }
    walk_str = s;
    walk_cp = i;
    walk_byte = b;
    return b;
}

static int64_t cp_to_byte(Str *s, int64_t i)
{
    if (STR_IS_ASCII(s))
        return i;
    if (i >= s->cplen)
        return s->len;
    return nonascii_offset(s, i);
}

static int64_t byte_to_cp(Str *s, int64_t b)
{
    if (STR_IS_ASCII(s))
        return b;
    return utf8_count(s->data, (size_t)b);
}

/* ---- repr -------------------------------------------------------------------- */

static void add_escape(StrBuf *sb, uint32_t c)
{
    if (c < 0x100)
        sb_printf(sb, "\\x%02x", c);
    else if (c < 0x10000)
        sb_printf(sb, "\\u%04x", c);
    else
        sb_printf(sb, "\\U%08x", c);
}

Value str_repr_of(VM *vm, Str *s)
{
    /* CPython prefers single quotes unless the text has ' and no " */
    bool sq = memchr(s->data, '\'', (size_t)s->len) != NULL;
    bool dq = memchr(s->data, '"', (size_t)s->len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    StrBuf sb;
    sb_init(&sb, vm);
    sb_reserve(&sb, (size_t)s->len + 2);
    sb_addc(&sb, quote);
    int64_t i = 0;
    while (i < s->len) {
        unsigned char b = (unsigned char)s->data[i];
        if (b < 0x80) {
            i++;
            if (b == (unsigned char)quote || b == '\\') {
                sb_addc(&sb, '\\');
                sb_addc(&sb, (char)b);
            } else if (b == '\n') sb_add(&sb, "\\n", 2);
            else if (b == '\t') sb_add(&sb, "\\t", 2);
            else if (b == '\r') sb_add(&sb, "\\r", 2);
            else if (b < 0x20 || b == 0x7F) add_escape(&sb, b);
            else sb_addc(&sb, (char)b);
            continue;
        }
        int64_t start = i;
        uint32_t c = utf8_next(s->data, &i);
        if (uc_flags(c) & UC_PRINTABLE)
            sb_add(&sb, s->data + start, (size_t)(i - start));
        else
            add_escape(&sb, c);
    }
    sb_addc(&sb, quote);
    Str *r = sb_finish(&sb);
    return r ? OBJ_VAL(r) : 0;
}

Str *str_ascii_escape(VM *vm, Str *s)
{
    if (STR_IS_ASCII(s))
        return s;
    StrBuf sb;
    sb_init(&sb, vm);
    int64_t i = 0;
    while (i < s->len) {
        unsigned char b = (unsigned char)s->data[i];
        if (b < 0x80) {
            sb_addc(&sb, (char)b);
            i++;
        } else {
            add_escape(&sb, utf8_next(s->data, &i));
        }
    }
    return sb_finish(&sb);
}

static Value str_repr(VM *vm, Value v) { return str_repr_of(vm, AS_STR(v)); }
static Value str_str(VM *vm, Value v) { return str_exact(vm, v); }
static int64_t str_hash_slot(VM *vm, Value v) { return str_hash(AS_STR(v)); }
static int str_bool(VM *vm, Value v) { return AS_STR(v)->len != 0; }
static int64_t str_len(VM *vm, Value v) { return AS_STR(v)->cplen; }

static int str_cmp(Str *a, Str *b)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c)
        return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

static Value str_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!str_check(a) || !str_check(b))
        return NOT_IMPLEMENTED;
    Str *x = AS_STR(a), *y = AS_STR(b);
    switch (op) {
    case CMP_EQ: return BOOL_VAL(str_eq(x, y));
    case CMP_NE: return BOOL_VAL(!str_eq(x, y));
    case CMP_LT: return BOOL_VAL(str_cmp(x, y) < 0);
    case CMP_LE: return BOOL_VAL(str_cmp(x, y) <= 0);
    case CMP_GT: return BOOL_VAL(str_cmp(x, y) > 0);
    case CMP_GE: return BOOL_VAL(str_cmp(x, y) >= 0);
    }
    return NOT_IMPLEMENTED;
}

/* ---- indexing ------------------------------------------------------------------ */

static Value char_at(VM *vm, Str *s, int64_t i)
{
    if (STR_IS_ASCII(s))
        return str_from_codepoint(vm, (unsigned char)s->data[i]);
    int64_t b = nonascii_offset(s, i);
    return str_from_codepoint(vm, utf8_next(s->data, &b));
}

static Value str_getitem(VM *vm, Value a, Value key)
{
    Str *s = AS_STR(a);
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (IS_OBJ(key) && AS_OBJ(key)->type == &type_slice) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, (Slice *)AS_OBJ(key), s->cplen, &start, &stop, &step, &n) < 0)
            return 0;
        if (n <= 0)
            return OBJ_VAL(make_str(vm, "", 0, 0));
        if (step == 1) {
            Str *r = str_substr(vm, s, start, start + n);
            return r ? OBJ_VAL(r) : 0;
        }
        if (STR_IS_ASCII(s)) {
            Str *r = str_alloc(vm, n);
            if (!r)
                return 0;
            for (int64_t k = 0, j = start; k < n; k++, j += step)
                r->data[k] = s->data[j];
            return OBJ_VAL(r);
        }
        /* decode once, then pick */
        uint32_t *cps = mem_alloc_atomic(vm, (size_t)s->cplen * sizeof(uint32_t));
        if (!cps)
            return 0;
        int64_t b = 0, k = 0;
        while (b < s->len)
            cps[k++] = utf8_next(s->data, &b);
        StrBuf sb;
        sb_init(&sb, vm);
        for (int64_t m = 0, j = start; m < n; m++, j += step)
            sb_addcp(&sb, cps[j]);
        Str *r = sb_finish(&sb);
        return r ? OBJ_VAL(r) : 0;
    } else if (has_index(key)) {
        Value iv = int_check(key) ? key : obj_index(vm, key);
        if (!iv)
            return 0;
        if (!int_to_i64(iv, &i))
            return vm_raise(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
    } else {
        return vm_raise(vm, &exc_TypeError, "string indices must be integers, not '%s'", type_name(key));
    }
    if (i < 0)
        i += s->cplen;
    if (i < 0 || i >= s->cplen)
        return vm_raise(vm, &exc_IndexError, "string index out of range");
    return char_at(vm, s, i);
}

static int str_contains(VM *vm, Value a, Value item)
{
    if (!str_check(item)) {
        vm_raise(vm, &exc_TypeError, "'in <string>' requires string as left operand, not %s",
                 type_name(item));
        return -1;
    }
    Str *s = AS_STR(a), *sub = AS_STR(item);
    if (sub->len == 0)
        return 1;
    return memmem(s->data, (size_t)s->len, sub->data, (size_t)sub->len) != NULL;
}

/* ---- iteration ------------------------------------------------------------------ */

typedef struct StrIter { Obj hdr; Str *s; int64_t pos; } StrIter;

static Value str_iter(VM *vm, Value v)
{
    StrIter *it = (StrIter *)obj_alloc(vm, &type_str_iterator);
    if (!it)
        return 0;
    it->s = AS_STR(v);
    it->pos = 0;
    return OBJ_VAL(it);
}

static Value str_iter_self(VM *vm, Value v) { return v; }

static Value str_iter_next(VM *vm, Value v)
{
    StrIter *it = (StrIter *)AS_OBJ(v);
    Str *s = it->s;
    if (!s || it->pos >= s->len) {
        it->s = NULL;
        return 0;
    }
    unsigned char b = (unsigned char)s->data[it->pos];
    if (b < 0x80) {
        it->pos++;
        return str_from_codepoint(vm, b);
    }
    return str_from_codepoint(vm, utf8_next(s->data, &it->pos));
}

static Value str_iter_length_hint(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str_iterator.__length_hint__", argc, kw))
        return 0;
    StrIter *it = (StrIter *)AS_OBJ(argv[0]);
    if (!it->s)
        return MK_INT(0);
    return MK_INT(it->s->cplen - byte_to_cp(it->s, it->pos));
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0, NULL},
    {0}
};

TypeObject type_str_iterator = {
    .hdr.type = &type_type,
    .name = "str_ascii_iterator",
    .instance_size = sizeof(StrIter),
    .iter = str_iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};

/* ---- operators ---------------------------------------------------------------- */

/* A user class on the other side might define the reflected operator;
 * give it its turn instead of raising str's own TypeError. */
static bool other_may_reflect(VM *vm, Value v, const char *rname)
{
    TypeObject *t = TYPE_OF(v);
    if (!(t->flags & TF_HEAPTYPE))
        return false;
    Str *name = str_intern_cstr(vm, rname);
    return name && type_lookup(t, name) != 0;
}

static Value str_add(VM *vm, Value a, Value b)
{
    if (!str_check(a))
        return NOT_IMPLEMENTED;
    if (!str_check(b)) {
        if (other_may_reflect(vm, b, "__radd__"))
            return NOT_IMPLEMENTED;
        return vm_raise(vm, &exc_TypeError, "can only concatenate str (not \"%s\") to str",
                        type_name(b));
    }
    Str *r = str_concat(vm, AS_STR(a), AS_STR(b));
    if (r && r->hdr.type != &type_str)
        return str_exact(vm, OBJ_VAL(r));
    return r ? OBJ_VAL(r) : 0;
}

static Value str_repeat(VM *vm, Str *s, Value count)
{
    int64_t n;
    if (IS_INT(count))
        n = AS_INT(count);
    else {
        Value iv = int_check(count) ? count : obj_index(vm, count);
        if (!iv)
            return 0;
        if (!int_to_i64(iv, &n))
            return vm_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (n <= 0 || s->len == 0)
        return OBJ_VAL(make_str(vm, "", 0, 0));
    if (n == 1)
        return str_exact(vm, OBJ_VAL(s));
    if (s->len > INT64_MAX / n)
        return vm_raise(vm, &exc_OverflowError, "repeated string is too long");
    if (s->len > STR_MAX_LEN / n)
        return raise_memory(vm);
    Str *r = str_alloc(vm, s->len * n);
    if (!r)
        return 0;
    if (s->len == 1)
        memset(r->data, s->data[0], (size_t)n);
    else {
        /* doubling copies: log2(n) memcpy calls */
        memcpy(r->data, s->data, (size_t)s->len);
        int64_t done = s->len, total = s->len * n;
        while (done < total) {
            int64_t k = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, (size_t)k);
            done += k;
        }
    }
    r->cplen = s->cplen * n;
    return OBJ_VAL(r);
}

static Value str_mul(VM *vm, Value a, Value b)
{
    Value s = str_check(a) ? a : b, n = str_check(a) ? b : a;
    if (!has_index(n)) {
        if (s == a && other_may_reflect(vm, b, "__rmul__"))
            return NOT_IMPLEMENTED;
        return vm_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        type_name(n));
    }
    return str_repeat(vm, AS_STR(s), n);
}

static Value str_mod(VM *vm, Value a, Value b)
{
    if (!str_check(a))
        return NOT_IMPLEMENTED;
    return str_percent_format(vm, AS_STR(a), b);
}

/* ---- codecs ---------------------------------------------------------------------- */

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN } ErrMode;

/* CPython normalises codec names (case, '-' vs '_') and has aliases. */
static int find_codec(VM *vm, const char *enc, Codec *out)
{
    if (!enc) {
        *out = CODEC_UTF8;
        return 0;
    }
    char norm[32];
    size_t n = 0;
    for (const char *p = enc; *p; p++) {
        if (n + 1 >= sizeof norm)
            goto unknown;
        char c = (char)tolower((unsigned char)*p);
        norm[n++] = (c == '_' || c == ' ') ? '-' : c;
    }
    norm[n] = '\0';
    static const struct { const char *name; Codec c; } names[] = {
        {"utf-8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
        {"cp65001", CODEC_UTF8},
        {"ascii", CODEC_ASCII}, {"us-ascii", CODEC_ASCII}, {"646", CODEC_ASCII},
        {"us", CODEC_ASCII},
        {"latin-1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
        {"iso-8859-1", CODEC_LATIN1}, {"iso8859-1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1}, {"l1", CODEC_LATIN1}, {"iso-ir-100", CODEC_LATIN1},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(norm, names[i].name) == 0) {
            *out = names[i].c;
            return 0;
        }
unknown:
    vm_raise(vm, &exc_LookupError, "unknown encoding: %s", enc);
    return -1;
}

const char *str_codec_name(Codec c)
{
    return c == CODEC_UTF8 ? "utf-8" : c == CODEC_ASCII ? "ascii" : "latin-1";
}

int str_codec_lookup(VM *vm, const char *encoding, Codec *out)
{
    return find_codec(vm, encoding, out);
}

static ErrMode find_errors(const char *errors)
{
    if (!errors || strcmp(errors, "strict") == 0) return ERR_STRICT;
    if (strcmp(errors, "ignore") == 0) return ERR_IGNORE;
    if (strcmp(errors, "replace") == 0) return ERR_REPLACE;
    if (strcmp(errors, "backslashreplace") == 0) return ERR_BACKSLASH;
    if (strcmp(errors, "xmlcharrefreplace") == 0) return ERR_XMLREF;
    return ERR_UNKNOWN;
}

/* The handler is looked up only when an error occurs, as CPython does. */
static bool bad_handler(VM *vm, ErrMode m, const char *errors, bool decoding)
{
    if (m == ERR_UNKNOWN || (decoding && m == ERR_XMLREF)) {
        if (m == ERR_XMLREF)
            vm_raise(vm, &exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        else
            vm_raise(vm, &exc_LookupError, "unknown error handler name '%s'", errors);
        return true;
    }
    return false;
}

/* UnicodeDecodeError / UnicodeEncodeError with CPython's five arguments
 * (encoding, object, start, end, reason): exc.c renders the message. */
static Value codec_error(VM *vm, TypeObject *type, Codec c, Value object, int64_t start, int64_t end,
                         const char *reason)
{
    Value args[5];
    args[0] = OBJ_VAL(str_from_cstr(vm, str_codec_name(c)));
    args[1] = object;
    args[2] = MK_INT(start);
    args[3] = MK_INT(end);
    args[4] = OBJ_VAL(str_from_cstr(vm, reason));
    if (!args[0] || !args[1] || !args[4])
        return 0;
    Value e = exc_new(vm, type, 5, args);
    return e ? vm_raise_value(vm, e) : 0;
}

static Value decode_error(VM *vm, Codec c, const unsigned char *p, size_t len, int64_t start,
                          int64_t end, const char *reason)
{
    Value obj = bytes_new(vm, p, len);
    return obj ? codec_error(vm, &exc_UnicodeDecodeError, c, obj, start, end, reason) : 0;
}

Value str_decode(VM *vm, const char *data, size_t len, const char *encoding, const char *errors)
{
    if (len == 0)       /* CPython does not even look the codec up */
        return OBJ_VAL(str_new(vm, "", 0));
    Codec c;
    if (find_codec(vm, encoding, &c) < 0)
        return 0;
    const unsigned char *p = (const unsigned char *)data;
    if (c == CODEC_LATIN1) {
        StrBuf sb;
        sb_init(&sb, vm);
        for (size_t i = 0; i < len; i++)
            sb_addcp(&sb, p[i]);
        Str *r = sb_finish(&sb);
        return r ? OBJ_VAL(r) : 0;
    }
    /* fast path: already valid */
    int64_t err_end;
    const char *reason;
    int64_t bad;
    if (c == CODEC_UTF8) {
        bad = utf8_check(data, len, &err_end, &reason);
    } else {
        bad = -1;
        for (size_t i = 0; i < len; i++)
            if (p[i] >= 0x80) {
                bad = (int64_t)i;
                break;
            }
    }
    if (bad < 0) {
        Str *r = str_new(vm, data, len);
        return r ? OBJ_VAL(r) : 0;
    }
    ErrMode m = find_errors(errors);
    StrBuf sb;
    sb_init(&sb, vm);
    size_t i = 0;
    while (i < len) {
        if (c == CODEC_UTF8) {
            bad = utf8_check(data + i, len - i, &err_end, &reason);
            if (bad < 0) {
                sb_add(&sb, data + i, len - i);
                break;
            }
            bad += (int64_t)i;
            err_end += (int64_t)i;
        } else {
            size_t j = i;
            while (j < len && p[j] < 0x80)
                j++;
            if (j == len) {
                sb_add(&sb, data + i, len - i);
                break;
            }
            bad = (int64_t)j;
            err_end = bad + 1;
            reason = "ordinal not in range(128)";
        }
        sb_add(&sb, data + i, (size_t)bad - i);
        if (m == ERR_STRICT)
            return decode_error(vm, c, p, len, bad, err_end, reason);
        if (bad_handler(vm, m, errors, true))
            return 0;
        if (m == ERR_REPLACE)
            sb_addcp(&sb, 0xFFFD);
        else if (m == ERR_BACKSLASH)
            for (int64_t k = bad; k < err_end; k++)
                sb_printf(&sb, "\\x%02x", p[k]);
        i = (size_t)err_end;
    }
    Str *r = sb_finish(&sb);
    return r ? OBJ_VAL(r) : 0;
}

Value str_encode(VM *vm, Str *s, const char *encoding, const char *errors)
{
    Codec c;
    if (find_codec(vm, encoding, &c) < 0)
        return 0;
    uint32_t limit = c == CODEC_UTF8 ? 0x110000 : c == CODEC_ASCII ? 0x80 : 0x100;
    bool clean = c == CODEC_UTF8 || STR_IS_ASCII(s);
    if (c == CODEC_UTF8) {
        /* only surrogates (which CPython's str can hold) fail to encode */
        for (int64_t i = 0; i + 2 < s->len; i++)
            if ((unsigned char)s->data[i] == 0xED && ((unsigned char)s->data[i + 1] & 0xE0) == 0xA0) {
                clean = false;
                break;
            }
    }
    if (clean)
        return bytes_new(vm, s->data, (size_t)s->len);
    ErrMode m = find_errors(errors);
    unsigned char *out = mem_alloc_atomic(vm, (size_t)s->len * 10 + 1);
    if (!out)
        return 0;
    size_t n = 0;
    int64_t i = 0, pos = 0;
    while (i < s->len) {
        int64_t start = i;
        uint32_t cp = utf8_next(s->data, &i);
        bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (cp < limit && !(c == CODEC_UTF8 && surrogate)) {
            if (c == CODEC_UTF8)
                while (start < i)
                    out[n++] = (unsigned char)s->data[start++];
            else
                out[n++] = (unsigned char)cp;
            pos++;
            continue;
        }
        if (m == ERR_STRICT) {
            /* CPython reports the whole run of unencodable characters */
            int64_t endpos = pos + 1, j = i;
            while (j < s->len) {
                int64_t k = j;
                uint32_t d = utf8_next(s->data, &k);
                bool ds = d >= 0xD800 && d <= 0xDFFF;
                if (c == CODEC_UTF8 ? !ds : d < limit)
                    break;
                j = k;
                endpos++;
            }
            const char *reason = c == CODEC_UTF8 ? "surrogates not allowed" :
                                 c == CODEC_ASCII ? "ordinal not in range(128)" :
                                                    "ordinal not in range(256)";
            return codec_error(vm, &exc_UnicodeEncodeError, c, OBJ_VAL(s), pos, endpos, reason);
        }
        if (bad_handler(vm, m, errors, false))
            return 0;
        if (m == ERR_REPLACE)
            out[n++] = '?';
        else if (m == ERR_BACKSLASH)
            n += (size_t)sprintf((char *)out + n, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
        else if (m == ERR_XMLREF)
            n += (size_t)sprintf((char *)out + n, "&#%u;", cp);
        pos++;
    }
    return bytes_new(vm, out, n);
}

/* ---- construction ----------------------------------------------------------------- */

static Value str_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    /* new_ gets the arguments after the type itself */
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3];
    if (!parse_kw(vm, "str", argc, argv, kwnames, 3, names, a))
        return 0;
    Value r;
    if (!a[1] && !a[2]) {
        if (!a[0])
            r = OBJ_VAL(make_str(vm, "", 0, 0));
        else
            r = obj_str(vm, a[0]);
    } else {
        const unsigned char *bd;
        int64_t bn;
        if (a[1] && !str_check(a[1]))
            return vm_raise(vm, &exc_TypeError, "str() argument 'encoding' must be str, not %s", str_arg_type_name(a[1]));
        if (a[2] && !str_check(a[2]))
            return vm_raise(vm, &exc_TypeError, "str() argument 'errors' must be str, not %s", str_arg_type_name(a[2]));
        if (!a[0])
            r = OBJ_VAL(make_str(vm, "", 0, 0));
        else if (bytes_like_data(a[0], &bd, &bn)) {
            r = str_decode(vm, (const char *)bd, (size_t)bn,
                           a[1] ? AS_STR(a[1])->data : NULL, a[2] ? AS_STR(a[2])->data : NULL);
        } else if (str_check(a[0]))
            return vm_raise(vm, &exc_TypeError, "decoding str is not supported");
        else
            return vm_raise(vm, &exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                            type_name(a[0]));
    }
    if (!r || t == &type_str)
        return r;
    /* a subclass instance: same layout, the subclass's type, and room for
     * whatever the subclass adds past the str header */
    Str *src = AS_STR(r);
    size_t extra = t->instance_size > sizeof(Str) ? t->instance_size - sizeof(Str) : 0;
    Str *s = mem_alloc(vm, offsetof(Str, data) + (size_t)src->len + 1 + extra);
    if (!s)
        return 0;
    s->hdr.type = t;
    s->len = src->len;
    s->cplen = src->cplen;
    s->hash = -1;
    s->interned = false;
    memcpy(s->data, src->data, (size_t)src->len + 1);
    return OBJ_VAL(s);
}

/* ---- methods: helpers ------------------------------------------------------------ */

#define SELF AS_STR(argv[0])
#define RET_STR(expr) do { Str *r_ = (expr); return r_ ? OBJ_VAL(r_) : 0; } while (0)

static bool need_str(VM *vm, Value v, const char *prefix)
{
    if (str_check(v))
        return true;
    vm_raise(vm, &exc_TypeError, "%smust be str, not %s", prefix, type_name(v));
    return false;
}

static Value new_list(VM *vm)
{
    List *l = list_new(vm, 0);
    return l ? OBJ_VAL(l) : 0;
}

static bool append_sub(VM *vm, List *l, Str *s, int64_t a, int64_t b)
{
    Str *piece = sub_bytes(vm, s, a, b);
    if (!piece)
        return false;
    if (piece->hdr.type != &type_str) {
        Value e = str_exact(vm, OBJ_VAL(piece));
        if (!e)
            return false;
        piece = AS_STR(e);
    }
    return list_append(vm, l, OBJ_VAL(piece)) >= 0;
}

static inline bool ascii_space(unsigned char c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}

/* Is there whitespace at byte offset i?  Sets *next past it. */
static bool space_at(Str *s, int64_t i, int64_t *next)
{
    unsigned char b = (unsigned char)s->data[i];
    if (b < 0x80) {
        *next = i + 1;
        return ascii_space(b);
    }
    int64_t j = i;
    uint32_t c = utf8_next(s->data, &j);
    *next = j;
    return uc_isspace(c);
}

/* Whitespace ending just before byte offset i?  Sets *prev to its start. */
static bool space_before(Str *s, int64_t i, int64_t *prev)
{
    unsigned char b = (unsigned char)s->data[i - 1];
    if (b < 0x80) {
        *prev = i - 1;
        return ascii_space(b);
    }
    int64_t j = i;
    uint32_t c = utf8_prev(s->data, &j);
    *prev = j;
    return uc_isspace(c);
}

/* Reverse memmem: last occurrence of needle in hay[0..n). */
static const char *rmemmem(const char *hay, int64_t n, const char *needle, int64_t m)
{
    if (m == 0)
        return hay + n;
    for (int64_t i = n - m; i >= 0; i--) {
        const char *p = memrchr(hay, needle[0], (size_t)i + 1);
        if (!p)
            return NULL;
        i = p - hay;
        if (memcmp(p, needle, (size_t)m) == 0)
            return p;
    }
    return NULL;
}

/* ---- split family ----------------------------------------------------------------- */

static Value do_split(VM *vm, int argc, Value *argv, Tuple *kw, bool right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (!str_args_kw(vm, right ? "rsplit" : "split", argc, argv, kw, 2, names, a))
        return 0;
    Str *s = SELF;
    int64_t maxsplit = -1;
    if (a[1] && str_arg_ssize(vm, a[1], &maxsplit) < 0)
        return 0;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    Value lv = new_list(vm);
    if (!lv)
        return 0;
    List *l = AS_LIST(lv);
    if (!a[0] || IS_NONE(a[0])) {
        if (!right) {
            int64_t i = 0, n = s->len, next;
            while (i < n) {
                while (i < n && space_at(s, i, &next))
                    i = next;
                if (i >= n)
                    break;
                int64_t start = i;
                if (maxsplit-- <= 0) {
                    /* the rest, trailing whitespace and all */
                    if (!append_sub(vm, l, s, start, n))
                        return 0;
                    break;
                }
                while (i < n && !space_at(s, i, &next))
                    i = next;
                if (!append_sub(vm, l, s, start, i))
                    return 0;
            }
        } else {
            int64_t i = s->len, prev;
            while (i > 0) {
                while (i > 0 && space_before(s, i, &prev))
                    i = prev;
                if (i <= 0)
                    break;
                int64_t end = i;
                if (maxsplit-- <= 0) {
                    if (!append_sub(vm, l, s, 0, end))
                        return 0;
                    break;
                }
                while (i > 0 && !space_before(s, i, &prev))
                    i = prev;
                if (!append_sub(vm, l, s, i, end))
                    return 0;
            }
            /* built backwards */
            for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
                Value t = l->items[x];
                l->items[x] = l->items[y];
                l->items[y] = t;
            }
        }
        return lv;
    }
    if (!str_check(a[0]))
        return vm_raise(vm, &exc_TypeError, "must be str or None, not %s", type_name(a[0]));
    Str *sep = AS_STR(a[0]);
    if (sep->len == 0)
        return vm_raise(vm, &exc_ValueError, "empty separator");
    if (!right) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            const char *p = memmem(s->data + i, (size_t)(s->len - i), sep->data, (size_t)sep->len);
            if (!p)
                break;
            int64_t j = p - s->data;
            if (!append_sub(vm, l, s, i, j))
                return 0;
            i = j + sep->len;
        }
        if (!append_sub(vm, l, s, i, s->len))
            return 0;
    } else {
        int64_t end = s->len;
        while (maxsplit-- > 0) {
            const char *p = rmemmem(s->data, end, sep->data, sep->len);
            if (!p)
                break;
            int64_t j = p - s->data;
            if (!append_sub(vm, l, s, j + sep->len, end))
                return 0;
            end = j;
        }
        if (!append_sub(vm, l, s, 0, end))
            return 0;
        for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
            Value t = l->items[x];
            l->items[x] = l->items[y];
            l->items[y] = t;
        }
    }
    return lv;
}

static Value m_split(VM *vm, int argc, Value *argv, Tuple *kw) { return do_split(vm, argc, argv, kw, false); }
static Value m_rsplit(VM *vm, int argc, Value *argv, Tuple *kw) { return do_split(vm, argc, argv, kw, true); }

const char *str_arg_type_name(Value v)
{
    return IS_NONE(v) ? "None" : type_name(v);
}

int str_arg_keepends(VM *vm, Value v)
{
    int64_t k;
    if (!v)
        return 0;
    return str_arg_cint(vm, v, &k) < 0 ? -1 : k != 0;
}

static Value m_splitlines(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (!str_args_kw(vm, "splitlines", argc, argv, kw, 1, names, a))
        return 0;
    int keep = str_arg_keepends(vm, a[0]);
    if (keep < 0)
        return 0;
    Str *s = SELF;
    Value lv = new_list(vm);
    if (!lv)
        return 0;
    int64_t i = 0, start = 0, n = s->len;
    while (i < n) {
        int64_t j = i;
        unsigned char b = (unsigned char)s->data[i];
        uint32_t c = b < 0x80 ? (j++, b) : utf8_next(s->data, &j);
        if (!uc_islinebreak(c)) {
            i = j;
            continue;
        }
        int64_t eol = j;
        if (c == '\r' && j < n && s->data[j] == '\n')
            eol = j + 1;
        if (!append_sub(vm, AS_LIST(lv), s, start, keep ? eol : i))
            return 0;
        start = i = eol;
    }
    if (start < n && !append_sub(vm, AS_LIST(lv), s, start, n))
        return 0;
    return lv;
}

static Value m_partition_impl(VM *vm, int argc, Value *argv, Tuple *kw, bool right)
{
    if (!str_args_one(vm, right ? "str.rpartition" : "str.partition", argc, kw))
        return 0;
    if (!need_str(vm, argv[1], ""))
        return 0;
    Str *s = SELF, *sep = AS_STR(argv[1]);
    if (sep->len == 0)
        return vm_raise(vm, &exc_ValueError, "empty separator");
    const char *p = right ? rmemmem(s->data, s->len, sep->data, sep->len)
                          : memmem(s->data, (size_t)s->len, sep->data, (size_t)sep->len);
    Value parts[3];
    Value empty = OBJ_VAL(make_str(vm, "", 0, 0));
    if (!p) {
        Value whole = str_exact(vm, argv[0]);
        if (!whole)
            return 0;
        parts[0] = right ? empty : whole;
        parts[1] = empty;
        parts[2] = right ? whole : empty;
    } else {
        int64_t j = p - s->data;
        Str *a = sub_bytes(vm, s, 0, j), *c = sub_bytes(vm, s, j + sep->len, s->len);
        Value sv = str_exact(vm, argv[1]);
        if (!a || !c || !sv)
            return 0;
        parts[0] = OBJ_VAL(a);
        parts[1] = sv;
        parts[2] = OBJ_VAL(c);
    }
    return tuple_from_array(vm, 3, parts);
}

static Value m_partition(VM *vm, int argc, Value *argv, Tuple *kw) { return m_partition_impl(vm, argc, argv, kw, false); }
static Value m_rpartition(VM *vm, int argc, Value *argv, Tuple *kw) { return m_partition_impl(vm, argc, argv, kw, true); }

/* ---- join ---------------------------------------------------------------------------- */

Value str_join(VM *vm, Str *sep, Value iterable)
{
    Value seq = iterable;
    if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
        if (!TYPE_OF(iterable)->iter && !TYPE_OF(iterable)->getitem)
            return vm_raise(vm, &exc_TypeError, "can only join an iterable");
        seq = obj_to_list(vm, iterable);
        if (!seq)
            return 0;
    }
    int64_t n = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    if (n == 0)
        return OBJ_VAL(make_str(vm, "", 0, 0));
    if (n == 1 && IS_STR(items[0]))
        return items[0];
    int64_t total = 0, cptotal = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!str_check(items[i]))
            return vm_raise(vm, &exc_TypeError, "sequence item %lld: expected str instance, %s found",
                            (long long)i, type_name(items[i]));
        total += AS_STR(items[i])->len;
        cptotal += AS_STR(items[i])->cplen;
        if (total > STR_MAX_LEN)
            return raise_memory(vm);
    }
    total += sep->len * (n - 1);
    cptotal += sep->cplen * (n - 1);
    Str *r = str_alloc(vm, total);
    if (!r)
        return 0;
    char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        /* a list could be mutated by nothing here: no Python code runs */
        Str *it = AS_STR(items[i]);
        if (i && sep->len) {
            memcpy(o, sep->data, (size_t)sep->len);
            o += sep->len;
        }
        memcpy(o, it->data, (size_t)it->len);
        o += it->len;
    }
    r->cplen = cptotal;
    return OBJ_VAL(r);
}

static Value m_join(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_one(vm, "str.join", argc, kw))
        return 0;
    return str_join(vm, SELF, argv[1]);
}

/* ---- strip family ------------------------------------------------------------------ */

typedef struct CharSet {
    uint8_t ascii[16];        /* bitmap of ASCII members */
    uint32_t *wide;           /* non-ASCII members */
    int64_t nwide;
} CharSet;

static bool charset_init(VM *vm, CharSet *cs, Str *chars)
{
    memset(cs->ascii, 0, sizeof cs->ascii);
    cs->wide = NULL;
    cs->nwide = 0;
    if (!STR_IS_ASCII(chars)) {
        cs->wide = mem_alloc_atomic(vm, (size_t)chars->cplen * sizeof(uint32_t));
        if (!cs->wide)
            return false;
    }
    int64_t i = 0;
    while (i < chars->len) {
        uint32_t c = utf8_next(chars->data, &i);
        if (c < 0x80)
            cs->ascii[c >> 3] |= (uint8_t)(1u << (c & 7));
        else
            cs->wide[cs->nwide++] = c;
    }
    return true;
}

static bool charset_has(const CharSet *cs, uint32_t c)
{
    if (c < 0x80)
        return (cs->ascii[c >> 3] >> (c & 7)) & 1;
    for (int64_t i = 0; i < cs->nwide; i++)
        if (cs->wide[i] == c)
            return true;
    return false;
}

/* where: 1 left, 2 right, 3 both */
static Value do_strip(VM *vm, int argc, Value *argv, Tuple *kw, int where, const char *qual)
{
    if (!str_args_range(vm, qual, argc, kw, 0, 1))
        return 0;
    Str *s = SELF;
    int64_t a = 0, b = s->len;
    if (argc < 2 || IS_NONE(argv[1])) {
        int64_t nx;
        if (where & 1)
            while (a < b && space_at(s, a, &nx))
                a = nx;
        if (where & 2)
            while (b > a && space_before(s, b, &nx))
                b = nx;
    } else {
        if (!str_check(argv[1]))
            return vm_raise(vm, &exc_TypeError, "%s arg must be None or str", short_name(qual));
        CharSet cs;
        if (!charset_init(vm, &cs, AS_STR(argv[1])))
            return 0;
        if (where & 1)
            while (a < b) {
                int64_t j = a;
                if (!charset_has(&cs, utf8_next(s->data, &j)))
                    break;
                a = j;
            }
        if (where & 2)
            while (b > a) {
                int64_t j = b;
                if (!charset_has(&cs, utf8_prev(s->data, &j)))
                    break;
                b = j;
            }
    }
    RET_STR(sub_bytes(vm, s, a, b));
}

static Value m_strip(VM *vm, int argc, Value *argv, Tuple *kw) { return do_strip(vm, argc, argv, kw, 3, "str.strip"); }
static Value m_lstrip(VM *vm, int argc, Value *argv, Tuple *kw) { return do_strip(vm, argc, argv, kw, 1, "str.lstrip"); }
static Value m_rstrip(VM *vm, int argc, Value *argv, Tuple *kw) { return do_strip(vm, argc, argv, kw, 2, "str.rstrip"); }

/* ---- searching ------------------------------------------------------------------------ */

/* Parses (sub[, start[, end]]) for find/index/count; converts the code
 * point range to bytes.  Returns false on error; *empty_range is set when
 * start lies beyond the end (nothing can match, not even ""). */
static bool search_args(VM *vm, const char *qual, int argc, Value *argv, Tuple *kw,
                        Str **sub, int64_t *bstart, int64_t *bend, int64_t *cstart, int64_t *cend)
{
    if (!str_args_old(vm, qual, argc, kw, 1, 3))
        return false;
    if (!need_str(vm, argv[1], ""))
        return false;
    Str *s = SELF;
    int64_t start = 0, end = INT64_MAX;
    if (argc > 2 && str_arg_slice_index(vm, argv[2], &start) < 0)
        return false;
    if (argc > 3 && str_arg_slice_index(vm, argv[3], &end) < 0)
        return false;
    str_adjust_indices(&start, &end, s->cplen);
    *sub = AS_STR(argv[1]);
    *cstart = start;
    *cend = end;
    if (start > s->cplen || start > end) {
        *bstart = *bend = -1;
        return true;
    }
    *bstart = cp_to_byte(s, start);
    *bend = STR_IS_ASCII(s) ? end : *bstart + utf8_offset(s->data + *bstart, s->len - *bstart, end - start);
    return true;
}

/* Returns the code point index of the match, -1 if none, -2 on error. */
static int64_t find_impl(VM *vm, const char *qual, int argc, Value *argv, Tuple *kw, bool right)
{
    Str *sub;
    int64_t a, b, ca, cb;
    if (!search_args(vm, qual, argc, argv, kw, &sub, &a, &b, &ca, &cb))
        return -2;
    if (a < 0)
        return -1;
    Str *s = SELF;
    if (sub->len == 0)
        return right ? cb : ca;
    if (b - a < sub->len)
        return -1;
    const char *p = right ? rmemmem(s->data + a, b - a, sub->data, sub->len)
                          : memmem(s->data + a, (size_t)(b - a), sub->data, (size_t)sub->len);
    if (!p)
        return -1;
    return byte_to_cp(s, p - s->data);
}

static Value m_find(VM *vm, int argc, Value *argv, Tuple *kw)
{
    int64_t r = find_impl(vm, "str.find", argc, argv, kw, false);
    return r == -2 ? 0 : MK_INT(r);
}

static Value m_rfind(VM *vm, int argc, Value *argv, Tuple *kw)
{
    int64_t r = find_impl(vm, "str.rfind", argc, argv, kw, true);
    return r == -2 ? 0 : MK_INT(r);
}

static Value m_index(VM *vm, int argc, Value *argv, Tuple *kw)
{
    int64_t r = find_impl(vm, "str.index", argc, argv, kw, false);
    if (r == -1)
        return vm_raise(vm, &exc_ValueError, "substring not found");
    return r == -2 ? 0 : MK_INT(r);
}

static Value m_rindex(VM *vm, int argc, Value *argv, Tuple *kw)
{
    int64_t r = find_impl(vm, "str.rindex", argc, argv, kw, true);
    if (r == -1)
        return vm_raise(vm, &exc_ValueError, "substring not found");
    return r == -2 ? 0 : MK_INT(r);
}

static Value m_count(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Str *sub;
    int64_t a, b, ca, cb;
    if (!search_args(vm, "str.count", argc, argv, kw, &sub, &a, &b, &ca, &cb))
        return 0;
    if (a < 0)
        return MK_INT(0);
    if (sub->len == 0)
        return MK_INT(cb - ca + 1);
    Str *s = SELF;
    int64_t n = 0;
    while (b - a >= sub->len) {
        const char *p = memmem(s->data + a, (size_t)(b - a), sub->data, (size_t)sub->len);
        if (!p)
            break;
        n++;
        a = (p - s->data) + sub->len;
    }
    return MK_INT(n);
}

static Value tail_match(VM *vm, int argc, Value *argv, Tuple *kw, bool end_side)
{
    const char *name = end_side ? "endswith" : "startswith";
    if (!str_args_old(vm, end_side ? "str.endswith" : "str.startswith", argc, kw, 1, 3))
        return 0;
    Str *s = SELF;
    int64_t start = 0, end = INT64_MAX;
    if (argc > 2 && str_arg_slice_index(vm, argv[2], &start) < 0)
        return 0;
    if (argc > 3 && str_arg_slice_index(vm, argv[3], &end) < 0)
        return 0;
    str_adjust_indices(&start, &end, s->cplen);
    Value *cands = &argv[1];
    int64_t ncands = 1;
    if (IS_TUPLE(argv[1])) {
        cands = AS_TUPLE(argv[1])->items;
        ncands = AS_TUPLE(argv[1])->len;
    } else if (!str_check(argv[1])) {
        return vm_raise(vm, &exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                        name, type_name(argv[1]));
    }
    for (int64_t k = 0; k < ncands; k++) {
        if (!str_check(cands[k]))
            return vm_raise(vm, &exc_TypeError, "tuple for %s must only contain str, not %s",
                            name, type_name(cands[k]));
        Str *p = AS_STR(cands[k]);
        if (end - p->cplen < start)
            continue;
        if (p->len == 0)
            return TRUE_VAL;
        int64_t a = cp_to_byte(s, start), b;
        b = STR_IS_ASCII(s) ? end : a + utf8_offset(s->data + a, s->len - a, end - start);
        if (b - a < p->len)
            continue;
        const char *at = end_side ? s->data + b - p->len : s->data + a;
        if (memcmp(at, p->data, (size_t)p->len) == 0)
            return TRUE_VAL;
    }
    return FALSE_VAL;
}

static Value m_startswith(VM *vm, int argc, Value *argv, Tuple *kw) { return tail_match(vm, argc, argv, kw, false); }
static Value m_endswith(VM *vm, int argc, Value *argv, Tuple *kw) { return tail_match(vm, argc, argv, kw, true); }

/* ---- replace ------------------------------------------------------------------------- */

static Value m_replace(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_range(vm, "str.replace", argc, kw, 2, 3))
        return 0;
    for (int k = 1; k <= 2; k++)
        if (!str_check(argv[k]))
            return vm_raise(vm, &exc_TypeError, "replace() argument %d must be str, not %s",
                            k, str_arg_type_name(argv[k]));
    int64_t count = -1;
    if (argc > 3 && str_arg_ssize(vm, argv[3], &count) < 0)
        return 0;
    Str *s = SELF, *old = AS_STR(argv[1]), *new = AS_STR(argv[2]);
    if (count < 0)
        count = INT64_MAX;
    StrBuf sb;
    sb_init(&sb, vm);
    if (old->len == 0) {
        /* insert `new` before every character and at the end */
        int64_t i = 0;
        while (i <= s->len && count > 0) {
            sb_add(&sb, new->data, (size_t)new->len);
            count--;
            if (i == s->len) {
                i++;
                break;
            }
            int64_t j = i + utf8_seqlen((unsigned char)s->data[i]);
            sb_add(&sb, s->data + i, (size_t)(j - i));
            i = j;
        }
        if (i < s->len)
            sb_add(&sb, s->data + i, (size_t)(s->len - i));
        RET_STR(sb_finish(&sb));
    }
    int64_t i = 0;
    bool any = false;
    while (count > 0) {
        const char *p = memmem(s->data + i, (size_t)(s->len - i), old->data, (size_t)old->len);
        if (!p)
            break;
        int64_t j = p - s->data;
        sb_add(&sb, s->data + i, (size_t)(j - i));
        sb_add(&sb, new->data, (size_t)new->len);
        i = j + old->len;
        count--;
        any = true;
    }
    if (!any)
        return str_exact(vm, argv[0]);
    sb_add(&sb, s->data + i, (size_t)(s->len - i));
    RET_STR(sb_finish(&sb));
}

/* ---- case mapping --------------------------------------------------------------------- */

/* Greek capital sigma lowers to final sigma at the end of a word
 * (CPython's Final_Sigma context). `i` is the byte offset of the sigma. */
static uint32_t sigma_lower(Str *s, int64_t i, int64_t after)
{
    int64_t j = i;
    uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = utf8_prev(s->data, &j);
        if (!(uc_flags(c) & UC_CASE_IGNORABLE)) {
            found = true;
            break;
        }
    }
    bool final = found && (uc_flags(c) & UC_CASED);
    if (final) {
        j = after;
        while (j < s->len) {
            c = utf8_next(s->data, &j);
            if (!(uc_flags(c) & UC_CASE_IGNORABLE))
                return (uc_flags(c) & UC_CASED) ? 0x3C3 : 0x3C2;
        }
    }
    return final ? 0x3C2 : 0x3C3;
}

static void add_lower(StrBuf *sb, Str *s, int64_t at, int64_t after, uint32_t c)
{
    uint32_t m[3];
    if (c == 0x3A3) {
        sb_addcp(sb, sigma_lower(s, at, after));
        return;
    }
    int n = uc_lower(c, m);
    for (int k = 0; k < n; k++)
        sb_addcp(sb, m[k]);
}

static void add_mapped(StrBuf *sb, int (*f)(uint32_t, uint32_t *), uint32_t c)
{
    uint32_t m[3];
    int n = f(c, m);
    for (int k = 0; k < n; k++)
        sb_addcp(sb, m[k]);
}

typedef enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD } CaseOp;

static Value case_convert(VM *vm, int argc, Value *argv, Tuple *kw, CaseOp op, const char *qual)
{
    if (!str_args_none(vm, qual, argc, kw))
        return 0;
    Str *s = SELF;
    if (STR_IS_ASCII(s)) {
        Str *r = str_alloc(vm, s->len);
        if (!r)
            return 0;
        bool prev_cased = false;
        for (int64_t i = 0; i < s->len; i++) {
            unsigned char c = (unsigned char)s->data[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            unsigned char o = c;
            switch (op) {
            case CASE_UPPER: if (lo) o = c - 32; break;
            case CASE_LOWER: case CASE_FOLD: if (up) o = c + 32; break;
            case CASE_SWAP: o = up ? c + 32 : lo ? c - 32 : c; break;
            case CASE_TITLE:
                o = prev_cased ? (up ? c + 32 : c) : (lo ? c - 32 : c);
                prev_cased = up || lo;
                break;
            case CASE_CAPITALIZE:
                o = i == 0 ? (lo ? c - 32 : c) : (up ? c + 32 : c);
                break;
            }
            r->data[i] = (char)o;
        }
        return OBJ_VAL(r);
    }
    StrBuf sb;
    sb_init(&sb, vm);
    sb_reserve(&sb, (size_t)s->len);
    int64_t i = 0;
    bool prev_cased = false, first = true;
    while (i < s->len) {
        int64_t at = i;
        uint32_t c = utf8_next(s->data, &i);
        unsigned f = uc_flags(c);
        switch (op) {
        case CASE_UPPER: add_mapped(&sb, uc_upper, c); break;
        case CASE_LOWER: add_lower(&sb, s, at, i, c); break;
        case CASE_FOLD: add_mapped(&sb, uc_fold, c); break;
        case CASE_SWAP:
            if (f & UC_UPPER) add_lower(&sb, s, at, i, c);
            else if (f & UC_LOWER) add_mapped(&sb, uc_upper, c);
            else sb_addcp(&sb, c);
            break;
        case CASE_TITLE:
            if (prev_cased) add_lower(&sb, s, at, i, c);
            else add_mapped(&sb, uc_title, c);
            prev_cased = (f & UC_CASED) != 0;
            break;
        case CASE_CAPITALIZE:
            if (first) add_mapped(&sb, uc_title, c);
            else add_lower(&sb, s, at, i, c);
            break;
        }
        first = false;
    }
    RET_STR(sb_finish(&sb));
}

static Value m_upper(VM *vm, int argc, Value *argv, Tuple *kw) { return case_convert(vm, argc, argv, kw, CASE_UPPER, "str.upper"); }
static Value m_lower(VM *vm, int argc, Value *argv, Tuple *kw) { return case_convert(vm, argc, argv, kw, CASE_LOWER, "str.lower"); }
static Value m_swapcase(VM *vm, int argc, Value *argv, Tuple *kw) { return case_convert(vm, argc, argv, kw, CASE_SWAP, "str.swapcase"); }
static Value m_title(VM *vm, int argc, Value *argv, Tuple *kw) { return case_convert(vm, argc, argv, kw, CASE_TITLE, "str.title"); }
static Value m_capitalize(VM *vm, int argc, Value *argv, Tuple *kw) { return case_convert(vm, argc, argv, kw, CASE_CAPITALIZE, "str.capitalize"); }
static Value m_casefold(VM *vm, int argc, Value *argv, Tuple *kw) { return case_convert(vm, argc, argv, kw, CASE_FOLD, "str.casefold"); }

/* ---- predicates ----------------------------------------------------------------------- */

/* all characters have one of `mask`'s flags, and there is at least one */
static Value all_flags(VM *vm, int argc, Value *argv, Tuple *kw, unsigned mask, const char *qual)
{
    if (!str_args_none(vm, qual, argc, kw))
        return 0;
    Str *s = SELF;
    if (s->len == 0)
        return FALSE_VAL;
    int64_t i = 0;
    while (i < s->len) {
        if (!(uc_flags(utf8_next(s->data, &i)) & mask))
            return FALSE_VAL;
    }
    return TRUE_VAL;
}

static Value m_isalpha(VM *vm, int argc, Value *argv, Tuple *kw) { return all_flags(vm, argc, argv, kw, UC_ALPHA, "str.isalpha"); }
static Value m_isdigit(VM *vm, int argc, Value *argv, Tuple *kw) { return all_flags(vm, argc, argv, kw, UC_DIGIT, "str.isdigit"); }
static Value m_isdecimal(VM *vm, int argc, Value *argv, Tuple *kw) { return all_flags(vm, argc, argv, kw, UC_DECIMAL, "str.isdecimal"); }
static Value m_isnumeric(VM *vm, int argc, Value *argv, Tuple *kw) { return all_flags(vm, argc, argv, kw, UC_NUMERIC, "str.isnumeric"); }
static Value m_isspace(VM *vm, int argc, Value *argv, Tuple *kw) { return all_flags(vm, argc, argv, kw, UC_SPACE, "str.isspace"); }
static Value m_isalnum(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return all_flags(vm, argc, argv, kw, UC_ALPHA | UC_DECIMAL | UC_DIGIT | UC_NUMERIC, "str.isalnum");
}

static Value m_isprintable(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str.isprintable", argc, kw))
        return 0;
    Str *s = SELF;
    int64_t i = 0;
    while (i < s->len)
        if (!(uc_flags(utf8_next(s->data, &i)) & UC_PRINTABLE))
            return FALSE_VAL;
    return TRUE_VAL;
}

static Value m_isascii(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str.isascii", argc, kw))
        return 0;
    return BOOL_VAL(STR_IS_ASCII(SELF));
}

static Value m_isupper(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str.isupper", argc, kw))
        return 0;
    Str *s = SELF;
    bool cased = false;
    int64_t i = 0;
    while (i < s->len) {
        unsigned f = uc_flags(utf8_next(s->data, &i));
        if (f & (UC_LOWER | UC_TITLE))
            return FALSE_VAL;
        if (f & UC_UPPER)
            cased = true;
    }
    return BOOL_VAL(cased);
}

static Value m_islower(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str.islower", argc, kw))
        return 0;
    Str *s = SELF;
    bool cased = false;
    int64_t i = 0;
    while (i < s->len) {
        unsigned f = uc_flags(utf8_next(s->data, &i));
        if (f & (UC_UPPER | UC_TITLE))
            return FALSE_VAL;
        if (f & UC_LOWER)
            cased = true;
    }
    return BOOL_VAL(cased);
}

static Value m_istitle(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str.istitle", argc, kw))
        return 0;
    Str *s = SELF;
    bool cased = false, prev_cased = false;
    int64_t i = 0;
    while (i < s->len) {
        unsigned f = uc_flags(utf8_next(s->data, &i));
        if (f & (UC_UPPER | UC_TITLE)) {
            if (prev_cased)
                return FALSE_VAL;
            prev_cased = cased = true;
        } else if (f & UC_LOWER) {
            if (!prev_cased)
                return FALSE_VAL;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return BOOL_VAL(cased);
}

static Value m_isidentifier(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str.isidentifier", argc, kw))
        return 0;
    Str *s = SELF;
    if (s->len == 0)
        return FALSE_VAL;
    int64_t i = 0;
    if (!(uc_flags(utf8_next(s->data, &i)) & UC_XID_START))
        return FALSE_VAL;
    while (i < s->len)
        if (!(uc_flags(utf8_next(s->data, &i)) & UC_XID_CONTINUE))
            return FALSE_VAL;
    return TRUE_VAL;
}

/* ---- padding ---------------------------------------------------------------------------- */

static Str *pad(VM *vm, Str *s, int64_t left, int64_t right, uint32_t fill)
{
    char fb[4];
    int fl = utf8_encode(fill, fb);
    if (left + right > STR_MAX_LEN / 4) {
        raise_memory(vm);
        return NULL;
    }
    Str *r = str_alloc(vm, (left + right) * fl + s->len);
    if (!r)
        return NULL;
    char *o = r->data;
    for (int64_t i = 0; i < left; i++, o += fl)
        memcpy(o, fb, (size_t)fl);
    memcpy(o, s->data, (size_t)s->len);
    o += s->len;
    for (int64_t i = 0; i < right; i++, o += fl)
        memcpy(o, fb, (size_t)fl);
    r->cplen = s->cplen + left + right;
    return r;
}

static Value justify(VM *vm, int argc, Value *argv, Tuple *kw, int how, const char *qual)
{
    if (!str_args_range(vm, qual, argc, kw, 1, 2))
        return 0;
    int64_t width;
    if (str_arg_ssize(vm, argv[1], &width) < 0)
        return 0;
    uint32_t fill = ' ';
    if (argc > 2) {
        if (!str_check(argv[2]))
            return vm_raise(vm, &exc_TypeError, "The fill character must be a unicode character, not %s",
                            type_name(argv[2]));
        Str *f = AS_STR(argv[2]);
        if (f->cplen != 1)
            return vm_raise(vm, &exc_TypeError, "The fill character must be exactly one character long");
        int64_t k = 0;
        fill = utf8_next(f->data, &k);
    }
    Str *s = SELF;
    if (width <= s->cplen)
        return str_exact(vm, argv[0]);
    int64_t marg = width - s->cplen, left;
    if (how == 0)
        left = 0;                      /* ljust */
    else if (how == 2)
        left = marg;                   /* rjust */
    else
        left = marg / 2 + (marg & width & 1);   /* center: CPython's rounding */
    RET_STR(pad(vm, s, left, marg - left, fill));
}

static Value m_ljust(VM *vm, int argc, Value *argv, Tuple *kw) { return justify(vm, argc, argv, kw, 0, "str.ljust"); }
static Value m_center(VM *vm, int argc, Value *argv, Tuple *kw) { return justify(vm, argc, argv, kw, 1, "str.center"); }
static Value m_rjust(VM *vm, int argc, Value *argv, Tuple *kw) { return justify(vm, argc, argv, kw, 2, "str.rjust"); }

static Value m_zfill(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_one(vm, "str.zfill", argc, kw))
        return 0;
    int64_t width;
    if (str_arg_ssize(vm, argv[1], &width) < 0)
        return 0;
    Str *s = SELF;
    if (width <= s->cplen)
        return str_exact(vm, argv[0]);
    Str *r = pad(vm, s, width - s->cplen, 0, '0');
    if (!r)
        return 0;
    int64_t fillc = width - s->cplen;
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) {
        /* move the sign in front of the zeros */
        r->data[0] = s->data[0];
        r->data[fillc] = '0';
    }
    return OBJ_VAL(r);
}

static Value m_expandtabs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (!str_args_kw(vm, "expandtabs", argc, argv, kw, 1, names, a))
        return 0;
    int64_t tab = 8;
    if (a[0] && str_arg_cint(vm, a[0], &tab) < 0)
        return 0;
    Str *s = SELF;
    if (!memchr(s->data, '\t', (size_t)s->len))
        return str_exact(vm, argv[0]);
    StrBuf sb;
    sb_init(&sb, vm);
    int64_t col = 0, i = 0;
    while (i < s->len) {
        unsigned char b = (unsigned char)s->data[i];
        if (b == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                for (int64_t k = 0; k < n; k++)
                    sb_addc(&sb, ' ');
                col += n;
            }
            i++;
        } else {
            int64_t j = i + utf8_seqlen(b);
            sb_add(&sb, s->data + i, (size_t)(j - i));
            i = j;
            col++;
            if (b == '\n' || b == '\r')
                col = 0;
        }
    }
    RET_STR(sb_finish(&sb));
}

/* ---- prefixes ----------------------------------------------------------------------------- */

static Value m_removeprefix(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_one(vm, "str.removeprefix", argc, kw))
        return 0;
    if (!str_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "removeprefix() argument must be str, not %s", str_arg_type_name(argv[1]));
    Str *s = SELF, *p = AS_STR(argv[1]);
    if (p->len && p->len <= s->len && memcmp(s->data, p->data, (size_t)p->len) == 0)
        RET_STR(sub_bytes(vm, s, p->len, s->len));
    return str_exact(vm, argv[0]);
}

static Value m_removesuffix(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_one(vm, "str.removesuffix", argc, kw))
        return 0;
    if (!str_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "removesuffix() argument must be str, not %s", str_arg_type_name(argv[1]));
    Str *s = SELF, *p = AS_STR(argv[1]);
    if (p->len && p->len <= s->len && memcmp(s->data + s->len - p->len, p->data, (size_t)p->len) == 0)
        RET_STR(sub_bytes(vm, s, 0, s->len - p->len));
    return str_exact(vm, argv[0]);
}

/* ---- translate ------------------------------------------------------------------------------ */

static Value m_maketrans(VM *vm, int argc, Value *argv, Tuple *kw)
{
    /* a static method: no self */
    if (nkw(kw))
        return vm_raise(vm, &exc_TypeError, "str.maketrans() takes no keyword arguments");
    if (argc < 1)
        return vm_raise(vm, &exc_TypeError, "maketrans expected at least 1 argument, got %d", argc);
    if (argc > 3)
        return vm_raise(vm, &exc_TypeError, "maketrans expected at most 3 arguments, got %d", argc);
    Dict *d = dict_new(vm);
    if (!d)
        return 0;
    if (argc == 1) {
        if (!dict_check(argv[0]))
            return vm_raise(vm, &exc_TypeError,
                            "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (dict_next(AS_DICT(argv[0]), &pos, &k, &v)) {
            if (str_check(k)) {
                if (AS_STR(k)->cplen != 1)
                    return vm_raise(vm, &exc_ValueError, "string keys in translate table must be of length 1");
                int64_t i = 0;
                k = MK_INT(utf8_next(AS_STR(k)->data, &i));
            } else if (!int_check(k)) {
                return vm_raise(vm, &exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set(vm, d, k, v) < 0)
                return 0;
        }
        return OBJ_VAL(d);
    }
    /* CPython checks the second and third arguments before the first */
    for (int k = 1; k < argc; k++)
        if (!str_check(argv[k]))
            return vm_raise(vm, &exc_TypeError, "maketrans() argument %d must be str, not %s",
                            k + 1, str_arg_type_name(argv[k]));
    if (!str_check(argv[0]))
        return vm_raise(vm, &exc_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
    Str *x = AS_STR(argv[0]), *y = AS_STR(argv[1]);
    if (x->cplen != y->cplen)
        return vm_raise(vm, &exc_ValueError, "the first two maketrans arguments must have equal length");
    int64_t i = 0, j = 0;
    while (i < x->len) {
        uint32_t a = utf8_next(x->data, &i), b = utf8_next(y->data, &j);
        if (dict_set(vm, d, MK_INT(a), MK_INT(b)) < 0)
            return 0;
    }
    if (argc == 3) {
        Str *z = AS_STR(argv[2]);
        i = 0;
        while (i < z->len)
            if (dict_set(vm, d, MK_INT(utf8_next(z->data, &i)), NONE) < 0)
                return 0;
    }
    return OBJ_VAL(d);
}

static Value m_translate(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_one(vm, "str.translate", argc, kw))
        return 0;
    Str *s = SELF;
    Value table = argv[1];
    StrBuf sb;
    sb_init(&sb, vm);
    int64_t i = 0;
    while (i < s->len) {
        int64_t at = i;
        uint32_t c = utf8_next(s->data, &i);
        Value r = obj_getitem(vm, table, MK_INT(c));
        if (!r) {
            if (!vm_exc_matches(vm, &exc_LookupError))
                return 0;
            vm_exc_clear(vm);
            sb_add(&sb, s->data + at, (size_t)(i - at));
            continue;
        }
        if (IS_NONE(r))
            continue;
        if (int_check(r)) {
            int64_t v;
            if (!int_to_i64(r, &v) || v < 0 || v > 0x10FFFF)
                return vm_raise(vm, &exc_ValueError, "character mapping must be in range(0x110000)");
            sb_addcp(&sb, (uint32_t)v);
        } else if (str_check(r)) {
            sb_add(&sb, AS_STR(r)->data, (size_t)AS_STR(r)->len);
        } else {
            return vm_raise(vm, &exc_TypeError, "character mapping must return integer, None or str");
        }
    }
    RET_STR(sb_finish(&sb));
}

/* ---- encode ------------------------------------------------------------------------------------ */

static Value m_encode(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (!str_args_kw(vm, "encode", argc, argv, kw, 2, names, a))
        return 0;
    for (int k = 0; k < 2; k++)
        if (a[k] && !str_check(a[k]))
            return vm_raise(vm, &exc_TypeError, "encode() argument '%s' must be str, not %s",
                            names[k], str_arg_type_name(a[k]));
    return str_encode(vm, SELF, a[0] ? AS_STR(a[0])->data : NULL, a[1] ? AS_STR(a[1])->data : NULL);
}

static Value m_getnewargs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str.__getnewargs__", argc, kw))
        return 0;
    Value e = str_exact(vm, argv[0]);
    return e ? tuple_pack(vm, 1, e) : 0;
}

static Value m_sizeof(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "str.__sizeof__", argc, kw))
        return 0;
    return MK_INT((int64_t)offsetof(Str, data) + SELF->len + 1);
}

static const MethodDef str_methods[] = {
    {"split", m_split, 0, NULL},
    {"rsplit", m_rsplit, 0, NULL},
    {"splitlines", m_splitlines, 0, NULL},
    {"partition", m_partition, 0, NULL},
    {"rpartition", m_rpartition, 0, NULL},
    {"join", m_join, 0, NULL},
    {"strip", m_strip, 0, NULL},
    {"lstrip", m_lstrip, 0, NULL},
    {"rstrip", m_rstrip, 0, NULL},
    {"find", m_find, 0, NULL},
    {"rfind", m_rfind, 0, NULL},
    {"index", m_index, 0, NULL},
    {"rindex", m_rindex, 0, NULL},
    {"count", m_count, 0, NULL},
    {"startswith", m_startswith, 0, NULL},
    {"endswith", m_endswith, 0, NULL},
    {"replace", m_replace, 0, NULL},
    {"upper", m_upper, 0, NULL},
    {"lower", m_lower, 0, NULL},
    {"swapcase", m_swapcase, 0, NULL},
    {"title", m_title, 0, NULL},
    {"capitalize", m_capitalize, 0, NULL},
    {"casefold", m_casefold, 0, NULL},
    {"isalpha", m_isalpha, 0, NULL},
    {"isdigit", m_isdigit, 0, NULL},
    {"isdecimal", m_isdecimal, 0, NULL},
    {"isnumeric", m_isnumeric, 0, NULL},
    {"isalnum", m_isalnum, 0, NULL},
    {"isspace", m_isspace, 0, NULL},
    {"isprintable", m_isprintable, 0, NULL},
    {"isascii", m_isascii, 0, NULL},
    {"isupper", m_isupper, 0, NULL},
    {"islower", m_islower, 0, NULL},
    {"istitle", m_istitle, 0, NULL},
    {"isidentifier", m_isidentifier, 0, NULL},
    {"ljust", m_ljust, 0, NULL},
    {"rjust", m_rjust, 0, NULL},
    {"center", m_center, 0, NULL},
    {"zfill", m_zfill, 0, NULL},
    {"expandtabs", m_expandtabs, 0, NULL},
    {"removeprefix", m_removeprefix, 0, NULL},
    {"removesuffix", m_removesuffix, 0, NULL},
    {"maketrans", m_maketrans, METH_STATIC, NULL},
    {"translate", m_translate, 0, NULL},
    {"encode", m_encode, 0, NULL},
    {"format", str_format_method, 0, NULL},
    {"format_map", str_format_map_method, 0, NULL},
    {"__format__", format_builtin_method, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {0}
};

TypeObject type_str = {
    .hdr.type = &type_type,
    .name = "str",
    .instance_size = sizeof(Str),
    .flags = TF_BASETYPE,
    .new_ = str_new_slot,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .bool_ = str_bool,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .binop = {
        [BINOP_ADD] = str_add,
        [BINOP_MUL] = str_mul,
        [BINOP_MOD] = str_mod,
    },
    .methods = str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
};
