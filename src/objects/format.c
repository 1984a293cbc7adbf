/* format.c — text formatting: the format-spec mini language shared by
 * format(), f-strings and str.format (str_format_spec), the __format__
 * methods of str/int/float, str.format / format_map, and printf-style
 * '%' formatting (str_percent_format).
 *
 * The rules and the error messages are CPython 3.11's.  Numbers are laid
 * out the way CPython's formatter does it: [padding][sign][prefix]
 * [padding][grouped digits][.remainder][padding], where zero padding with
 * '=' alignment becomes part of the digit grouping ('00,001,234').
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"
#include "utf8.h"
#include "objects/strutil.h"

/* ---- small helpers ------------------------------------------------------------- */

static void sb_fill(StrBuf *sb, uint32_t cp, int64_t n)
{
    if (n <= 0)
        return;
    if (cp < 0x80) {
        char block[64];
        memset(block, (int)cp, sizeof block);
        while (n > 0) {
            int64_t k = n < (int64_t)sizeof block ? n : (int64_t)sizeof block;
            sb_add(sb, block, (size_t)k);
            n -= k;
        }
        return;
    }
    char buf[4];
    int k = utf8_encode(cp, buf);
    for (int64_t i = 0; i < n; i++)
        sb_add(sb, buf, (size_t)k);
}

static Value finish(StrBuf *sb)
{
    Str *s = sb_finish(sb);
    return s ? OBJ_VAL(s) : 0;
}

/* A scratch buffer that lives on the C stack while it is small: the
 * pieces of one formatted number never need the collector. */
typedef struct TBuf { char *p; size_t len, cap; VM *vm; bool failed; char small[120]; } TBuf;

static void tb_init(TBuf *t, VM *vm)
{
    t->p = t->small;
    t->len = 0;
    t->cap = sizeof t->small;
    t->vm = vm;
    t->failed = false;
}

static bool tb_reserve(TBuf *t, size_t extra)
{
    if (t->failed)
        return false;
    if (t->len + extra + 1 <= t->cap)
        return true;
    size_t ncap = t->cap * 2;
    while (ncap < t->len + extra + 1)
        ncap *= 2;
    char *np = mem_alloc_atomic(t->vm, ncap);
    if (!np) {
        t->failed = true;
        return false;
    }
    memcpy(np, t->p, t->len);
    t->p = np;
    t->cap = ncap;
    return true;
}

static void tb_add(TBuf *t, const char *s, size_t n)
{
    if (tb_reserve(t, n)) {
        memcpy(t->p + t->len, s, n);
        t->len += n;
    }
}

static void tb_addc(TBuf *t, char c)
{
    if (tb_reserve(t, 1))
        t->p[t->len++] = c;
}

/* snprintf appended to the buffer (one double at most, as formats here need) */
static void tb_printf_double(TBuf *t, const char *fmt, int prec, double x)
{
    if (t->failed)
        return;
    size_t room = t->cap - t->len;
    int n = snprintf(t->p + t->len, room, fmt, prec, x);
    if (n < 0) {
        t->failed = true;
        return;
    }
    if ((size_t)n >= room) {
        if (!tb_reserve(t, (size_t)n + 1))
            return;
        snprintf(t->p + t->len, t->cap - t->len, fmt, prec, x);
    }
    t->len += (size_t)n;
}

static bool is_bool(Value v) { return IS_OBJ(v) && AS_OBJ(v)->type == &type_bool; }

static bool float_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_float ||
                         type_is_subtype(AS_OBJ(v)->type, &type_float));
}

static bool small_int_value(Value v, int64_t *out)
{
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (is_bool(v)) {
        *out = ((Bool *)AS_OBJ(v))->value;
        return true;
    }
    return int_to_i64(v, out);
}

/* Digits of |v| in `base` (lowercase, or uppercase) into t; *neg gets the sign. */
static bool int_digits(VM *vm, Value v, int base, bool upper, TBuf *t, bool *neg)
{
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int64_t i;
    if (small_int_value(v, &i)) {
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        *neg = i < 0;
        char buf[72];
        int n = sizeof buf;
        do {
            buf[--n] = dig[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        tb_add(t, buf + n, sizeof buf - (size_t)n);
        return !t->failed;
    }
    Value s = int_to_str(vm, v, base);
    if (!s)
        return false;
    Str *d = AS_STR(s);
    const char *p = d->data;
    *neg = *p == '-';
    if (*neg)
        p++;
    size_t n = strlen(p);
    if (!tb_reserve(t, n))
        return false;
    for (size_t k = 0; k < n; k++) {
        char c = p[k];
        if (upper && c >= 'a' && c <= 'f') c = (char)(c - 32);
        if (!upper && c >= 'A' && c <= 'F') c = (char)(c + 32);
        t->p[t->len++] = c;
    }
    return true;
}

/* ---- the format-spec mini language ---------------------------------------------------- */

typedef struct Spec {
    uint32_t fill;
    char align;          /* '<' '>' '^' '=' */
    char sign;           /* 0, '+', '-', ' ' */
    bool no_neg_zero;    /* 'z' */
    bool alt;            /* '#' */
    int64_t width;       /* -1: none */
    char sep;            /* 0, ',', '_' */
    int group;           /* digits per group: 3, or 4 for '_' with b/o/x/X */
    int64_t precision;   /* -1: none */
    uint32_t type;       /* 0: none */
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads decimal digits (any script, as CPython) at d[*i]; returns how many. */
static int64_t read_int(VM *vm, const char *d, int64_t n, int64_t *i, int64_t *out)
{
    int64_t acc = 0, count = 0;
    while (*i < n) {
        int64_t j = *i;
        unsigned char b = (unsigned char)d[j];
        int dv;
        if (b < 0x80) {
            dv = b >= '0' && b <= '9' ? b - '0' : -1;
            j++;
        } else
            dv = uc_decimal(utf8_next(d, &j));
        if (dv < 0)
            break;
        if (acc > (INT64_MAX - dv) / 10) {
            vm_raise(vm, &exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + dv;
        count++;
        *i = j;
    }
    *out = acc;
    return count;
}

static void raise_bad_code(VM *vm, uint32_t type, const char *tname)
{
    if (type > 32 && type < 128)
        vm_raise(vm, &exc_ValueError, "Unknown format code '%c' for object of type '%s'", (char)type, tname);
    else
        vm_raise(vm, &exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'", type, tname);
}

static bool parse_spec(VM *vm, const char *d, int64_t n, Spec *sp, char default_align, const char *tname)
{
    sp->fill = ' ';
    sp->align = default_align;
    sp->sign = 0;
    sp->no_neg_zero = false;
    sp->alt = false;
    sp->width = -1;
    sp->sep = 0;
    sp->group = 3;
    sp->precision = -1;
    sp->type = 0;
    int64_t i = 0;
    bool fill_given = false, align_given = false;
    /* [[fill]align] — the fill is one code point, possibly multi-byte */
    if (n > 0) {
        int64_t j = 0;
        uint32_t c0 = utf8_next(d, &j);
        if (j < n && is_align((unsigned char)d[j])) {
            sp->fill = c0;
            sp->align = d[j];
            fill_given = align_given = true;
            i = j + 1;
        } else if (is_align(c0)) {
            sp->align = (char)c0;
            align_given = true;
            i = 1;
        }
    }
    if (i < n && (d[i] == '+' || d[i] == '-' || d[i] == ' '))
        sp->sign = d[i++];
    if (i < n && d[i] == 'z') {
        sp->no_neg_zero = true;
        i++;
    }
    if (i < n && d[i] == '#') {
        sp->alt = true;
        i++;
    }
    if (!fill_given && i < n && d[i] == '0') {
        sp->fill = '0';
        if (!align_given && default_align == '>')
            sp->align = '=';
        i++;
    }
    int64_t k = read_int(vm, d, n, &i, &sp->width);
    if (k < 0)
        return false;
    if (k == 0)
        sp->width = -1;
    if (i < n && d[i] == ',') {
        sp->sep = ',';
        i++;
    }
    if (i < n && d[i] == '_') {
        if (sp->sep) {
            vm_raise(vm, &exc_ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }
        sp->sep = '_';
        i++;
    }
    if (i < n && d[i] == ',') {
        if (sp->sep == '_')
            vm_raise(vm, &exc_ValueError, "Cannot specify both ',' and '_'.");
        else
            vm_raise(vm, &exc_ValueError, "Cannot specify ',' with ','.");
        return false;
    }
    if (i < n && d[i] == '.') {
        i++;
        k = read_int(vm, d, n, &i, &sp->precision);
        if (k < 0)
            return false;
        if (k == 0) {
            vm_raise(vm, &exc_ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (i < n) {
        int64_t j = i;
        uint32_t t = utf8_next(d, &j);
        if (j < n) {
            vm_raise(vm, &exc_ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
                     (int)n, d, tname);
            return false;
        }
        sp->type = t;
    }
    if (sp->sep) {
        /* an absent type counts as the type's default: 's' for str */
        uint32_t ty = sp->type ? sp->type : default_align == '<' ? 's' : 0;
        switch (ty) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->sep == '_') {
                sp->group = 4;
                break;
            }
            /* fall through */
        default:
            if (ty > 32 && ty < 128)
                vm_raise(vm, &exc_ValueError, "Cannot specify '%c' with '%c'.", sp->sep, (char)ty);
            else
                vm_raise(vm, &exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sp->sep, ty);
            return false;
        }
    }
    return true;
}

static bool format_str(VM *vm, StrBuf *out, Str *s, const Spec *sp, const char *tname)
{
    if (sp->type != 0 && sp->type != 's') {
        raise_bad_code(vm, sp->type, tname);
        return false;
    }
    const char *err = sp->sign == ' ' ? "Space not allowed in string format specifier" :
        sp->sign ? "Sign not allowed in string format specifier" :
        sp->no_neg_zero ? "Negative zero coercion (z) not allowed in string format specifier" :
        sp->alt ? "Alternate form (#) not allowed in string format specifier" :
        sp->align == '=' ? "'=' alignment not allowed in string format specifier" : NULL;
    if (err) {
        vm_raise(vm, &exc_ValueError, "%s", err);
        return false;
    }
    int64_t cplen = s->cplen, blen = s->len;
    if (sp->precision >= 0 && sp->precision < cplen) {
        cplen = sp->precision;
        blen = utf8_offset(s->data, s->len, cplen);
    }
    int64_t total = sp->width > cplen ? sp->width : cplen, left = 0;
    if (sp->align == '>')
        left = total - cplen;
    else if (sp->align == '^')
        left = (total - cplen) / 2;
    sb_fill(out, sp->fill, left);
    sb_add(out, s->data, (size_t)blen);
    sb_fill(out, sp->fill, total - cplen - left);
    return true;
}

/* Digits d[0..n) grouped from the right in groups of `group` with `sep`,
 * padded with zeros to at least min_width characters (CPython's rule: the
 * padding zeros are grouped too, and the result never starts with a
 * separator). */
static void add_grouped(StrBuf *sb, const char *d, int64_t n, int64_t min_width, int group, char sep)
{
    int64_t cap = n + n / group + 2 + (min_width > 0 ? min_width * 2 : 0);
    char small[256];
    char *buf = cap <= (int64_t)sizeof small ? small : mem_alloc_atomic(sb->vm, (size_t)cap);
    if (!buf) {
        sb_add(sb, d, (size_t)n);
        return;
    }
    int64_t pos = cap, remaining = n, mw = min_width;
    bool use_sep = false;
    for (;;) {
        int64_t want = remaining > mw ? remaining : mw;
        if (want < 1)
            want = 1;
        int64_t l = group < want ? group : want;
        int64_t nchars = remaining < l ? remaining : l;
        if (nchars < 0)
            nchars = 0;
        int64_t nzeros = l - nchars;
        if (use_sep)
            buf[--pos] = sep;
        for (int64_t k = 0; k < nchars; k++)
            buf[--pos] = d[remaining - 1 - k];
        for (int64_t k = 0; k < nzeros; k++)
            buf[--pos] = '0';
        use_sep = true;
        remaining -= nchars;
        mw -= l;
        if (remaining <= 0 && mw <= 0)
            break;
        mw -= 1;
    }
    sb_add(sb, buf + pos, (size_t)(cap - pos));
}

/* Lays out a formatted number into out.  `num` holds the digits of the
 * integer part (nint of them) followed by the rest (decimal point,
 * fraction, exponent, '%', or "inf"/"nan" with nint == 0), all ASCII. */
static void layout_number(StrBuf *out, const Spec *sp, bool neg, const char *prefix,
                          const char *num, int64_t nint, int64_t nrest)
{
    char sign = 0;
    if (neg)
        sign = '-';
    else if (sp->sign == '+')
        sign = '+';
    else if (sp->sign == ' ')
        sign = ' ';
    int64_t nsign = sign != 0, nprefix = (int64_t)strlen(prefix);
    int64_t fixed = nsign + nprefix + nrest;
    int64_t min_width = (sp->fill == '0' && sp->align == '=') ? sp->width - fixed : 0;
    /* the width of the grouped digits (zero padding included when the
     * grouping takes the padding) */
    int64_t ndig = nint;
    if (sp->sep && nint > 0) {
        int64_t g = nint + (nint - 1) / sp->group;
        if (g < min_width) {
            /* as add_grouped will pad: count its output */
            int64_t rem = nint, mw = min_width, len = 0;
            bool first = true;
            for (;;) {
                int64_t want = rem > mw ? rem : mw;
                if (want < 1) want = 1;
                int64_t l = sp->group < want ? sp->group : want;
                int64_t nc = rem < l ? rem : l;
                if (nc < 0) nc = 0;
                len += l + (first ? 0 : 1);
                first = false;
                rem -= nc;
                mw -= l;
                if (rem <= 0 && mw <= 0)
                    break;
                mw -= 1;
            }
            g = len;
        }
        ndig = g;
    }
    int64_t padding = sp->width - (fixed + ndig);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (sp->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    sb_fill(out, sp->fill, lpad);
    if (sign)
        sb_addc(out, sign);
    sb_add(out, prefix, (size_t)nprefix);
    sb_fill(out, sp->fill, spad);
    if (nint > 0) {
        if (sp->sep)
            add_grouped(out, num, nint, min_width, sp->group, sp->sep);
        else
            sb_add(out, num, (size_t)nint);
    }
    sb_add(out, num + nint, (size_t)nrest);
    sb_fill(out, sp->fill, rpad);
}

/* Text of |x| for a float presentation type: 'e' 'E' 'f' 'F' 'g' 'G', 'r'
 * (repr: no type, no precision), or 'R' (no type with a precision: like
 * 'g', but switching to exponent notation at exp >= prec - 1 and always
 * keeping one digit after the point). */
static bool double_text(VM *vm, TBuf *out, double x, int type, int64_t prec, bool alt)
{
    if (isinf(x) || isnan(x)) {
        bool up = type == 'E' || type == 'F' || type == 'G';
        tb_add(out, isnan(x) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf"), 3);
        return !out->failed;
    }
    if (type == 'r') {
        Value r = float_repr_double(vm, x);
        if (!r)
            return false;
        Str *rs = AS_STR(r);
        const char *e = memchr(rs->data, 'e', (size_t)rs->len);
        if (alt && !memchr(rs->data, '.', (size_t)rs->len)) {
            /* '#' keeps a decimal point even in 1e+16 */
            int64_t at = e ? e - rs->data : rs->len;
            tb_add(out, rs->data, (size_t)at);
            tb_addc(out, '.');
            tb_add(out, rs->data + at, (size_t)(rs->len - at));
        } else
            tb_add(out, rs->data, (size_t)rs->len);
        return !out->failed;
    }
    if (prec > 100000000)
        prec = 100000000;       /* beyond any memory we could fill anyway */
    int p = (int)prec;
    char fmt[8];
    if (type != 'R') {
        snprintf(fmt, sizeof fmt, alt ? "%%#.*%c" : "%%.*%c", type);
        tb_printf_double(out, fmt, p, x);
        return !out->failed;
    }
    if (p == 0)
        p = 1;
    /* the decimal exponent after rounding to p significant digits */
    TBuf e;
    tb_init(&e, vm);
    tb_printf_double(&e, "%.*e", p - 1, x);
    if (e.failed)
        return false;
    e.p[e.len] = '\0';
    int exp = atoi(strchr(e.p, 'e') + 1);
    bool use_exp = exp < -4 || exp >= p - 1;
    int decimals = use_exp ? p - 1 : p - 1 - exp;
    size_t start = out->len;
    if (use_exp && !alt)
        tb_add(out, e.p, e.len);
    else {
        snprintf(fmt, sizeof fmt, alt ? "%%#.*%c" : "%%.*%c", use_exp ? 'e' : 'f');
        tb_printf_double(out, fmt, decimals, x);
    }
    if (out->failed)
        return false;
    char *buf = out->p + start;
    size_t n = out->len - start;
    if (!alt) {
        /* drop trailing zeros of the fraction, then a bare point */
        char *e_at = memchr(buf, 'e', n);
        size_t mant_end = e_at ? (size_t)(e_at - buf) : n;
        if (memchr(buf, '.', mant_end)) {
            size_t k = mant_end;
            while (k > 0 && buf[k - 1] == '0')
                k--;
            if (k > 0 && buf[k - 1] == '.')
                k--;
            memmove(buf + k, buf + mant_end, n - mant_end);
            n -= mant_end - k;
            out->len = start + n;
        }
    }
    if (!memchr(buf, '.', n) && !memchr(buf, 'e', n))
        tb_add(out, ".0", 2);
    return !out->failed;
}

static bool format_double(VM *vm, StrBuf *out, double x, const Spec *sp)
{
    int type = (int)sp->type;
    int64_t prec = sp->precision;
    bool pct = false;
    switch (type) {
    case 0: type = prec < 0 ? 'r' : 'R'; break;
    case 'n': type = 'g'; break;
    case '%': type = 'f'; pct = true; x *= 100; break;
    }
    if (prec < 0)
        prec = 6;
    bool neg = signbit(x) && !isnan(x);
    TBuf num;
    tb_init(&num, vm);
    if (!double_text(vm, &num, fabs(x), type, prec, sp->alt))
        return false;
    if (pct)
        tb_addc(&num, '%');
    if (num.failed)
        return false;
    if (neg && sp->no_neg_zero && !isinf(x)) {
        /* -0.00 rounds to zero: print it unsigned */
        bool zero = true;
        for (size_t i = 0; i < num.len && num.p[i] != 'e' && num.p[i] != 'E'; i++)
            if (num.p[i] >= '1' && num.p[i] <= '9')
                zero = false;
        if (zero)
            neg = false;
    }
    int64_t nint = 0;
    while (nint < (int64_t)num.len && num.p[nint] >= '0' && num.p[nint] <= '9')
        nint++;
    layout_number(out, sp, neg, "", num.p, nint, (int64_t)num.len - nint);
    return true;
}

static bool format_float(VM *vm, StrBuf *out, Value v, const Spec *sp, const char *tname)
{
    switch (sp->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        raise_bad_code(vm, sp->type, tname);
        return false;
    }
    return format_double(vm, out, AS_FLOAT(v), sp);
}

static bool format_int(VM *vm, StrBuf *out, Value v, const Spec *sp, const char *tname)
{
    int base = 10;
    const char *prefix = "";
    switch (sp->type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        bool overflow = false;
        double d = int_to_double(vm, v, &overflow);
        if (overflow) {
            vm_raise(vm, &exc_OverflowError, "int too large to convert to float");
            return false;
        }
        return format_double(vm, out, d, sp);
    }
    case 0: case 'd': case 'n': case 'c': break;
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default:
        raise_bad_code(vm, sp->type, tname);
        return false;
    }
    const char *err = sp->precision >= 0 ? "Precision not allowed in integer format specifier" :
        sp->no_neg_zero ? "Negative zero coercion (z) not allowed in integer format specifier" : NULL;
    if (!err && sp->type == 'c')
        err = sp->sign ? "Sign not allowed with integer format specifier 'c'" :
              sp->alt ? "Alternate form (#) not allowed with integer format specifier 'c'" : NULL;
    if (err) {
        vm_raise(vm, &exc_ValueError, "%s", err);
        return false;
    }
    if (sp->type == 'c') {
        int64_t c;
        if (!small_int_value(v, &c)) {
            vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C long");
            return false;
        }
        if (c < 0 || c > 0x10FFFF) {
            vm_raise(vm, &exc_OverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        char buf[4];
        int n = utf8_encode((uint32_t)c, buf);
        /* laid out like a number with no digits: '=' pads before it, as '>' does */
        int64_t total = sp->width > 1 ? sp->width : 1, left = 0;
        if (sp->align == '>' || sp->align == '=')
            left = total - 1;
        else if (sp->align == '^')
            left = (total - 1) / 2;
        sb_fill(out, sp->fill, left);
        sb_add(out, buf, (size_t)n);
        sb_fill(out, sp->fill, total - 1 - left);
        return true;
    }
    TBuf digits;
    tb_init(&digits, vm);
    bool neg;
    if (!int_digits(vm, v, base, sp->type == 'X', &digits, &neg))
        return false;
    layout_number(out, sp, neg, sp->alt ? prefix : "", digits.p, (int64_t)digits.len, 0);
    return true;
}

/* Formats v (str, int, bool or float, or a subclass) by spec d[0..n) into out. */
static bool format_builtin_into(VM *vm, StrBuf *out, Value v, const char *d, int64_t n)
{
    bool is_str = str_check(v), is_int = !is_str && int_check(v);
    const char *tname = type_name(v);
    Spec sp;
    if (!parse_spec(vm, d, n, &sp, is_str ? '<' : '>', tname))
        return false;
    if (is_str)
        return format_str(vm, out, AS_STR(v), &sp, tname);
    if (is_int)
        return format_int(vm, out, v, &sp, tname);
    return format_float(vm, out, v, &sp, tname);
}

Value str_format_spec(VM *vm, Value v, Str *spec)
{
    bool is_str = str_check(v), is_int = !is_str && int_check(v),
         is_float = !is_str && !is_int && float_check(v);
    if (spec->len == 0) {
        if (is_str)
            return str_exact(vm, v);
        return obj_str(vm, v);
    }
    if (!is_str && !is_int && !is_float)
        return vm_raise(vm, &exc_TypeError, "unsupported format string passed to %s.__format__",
                        type_name(v));
    StrBuf sb;
    sb_init(&sb, vm);
    if (!format_builtin_into(vm, &sb, v, spec->data, spec->len))
        return 0;
    return finish(&sb);
}

Value format_builtin_method(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    Value self = argv[0];
    const char *q = str_check(self) ? "str.__format__" : int_check(self) ? "int.__format__" :
                    float_check(self) ? "float.__format__" : "object.__format__";
    if (!str_args_one(vm, q, argc, kwnames))
        return 0;
    if (!str_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s", str_arg_type_name(argv[1]));
    return str_format_spec(vm, self, AS_STR(argv[1]));
}

/* ---- str.format ---------------------------------------------------------------------------- */

typedef struct FmtState {
    Value args;          /* tuple, or 0 for format_map */
    Value kwargs;        /* mapping, or 0 */
    int auto_state;      /* 0 init, 1 auto, 2 manual */
    int64_t auto_next;
} FmtState;

static Value build_string(VM *vm, Str *fmt, int64_t start, int64_t end, FmtState *st, int depth);

/* An integer field name (any-script decimal digits): the value, -1 when
 * the text is not all digits (or empty), -2 on overflow (raised). */
static int64_t field_integer(VM *vm, const char *p, int64_t n)
{
    if (n == 0)
        return -1;
    int64_t acc = 0, i = 0;
    while (i < n) {
        int d = uc_decimal(utf8_next(p, &i));
        if (d < 0)
            return -1;
        if (acc > (INT64_MAX - d) / 10) {
            vm_raise(vm, &exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static Value key_error(VM *vm, Value key)
{
    Value e = exc_new(vm, &exc_KeyError, 1, &key);
    return e ? vm_raise_value(vm, e) : 0;
}

static Value get_field(VM *vm, const char *p, int64_t n, FmtState *st)
{
    int64_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[')
        i++;
    int64_t idx = field_integer(vm, p, i);
    if (idx == -2)
        return 0;
    bool empty = i == 0, numeric = empty || idx >= 0;
    if (numeric) {
        if (st->auto_state == 0)
            st->auto_state = empty ? 1 : 2;
        if (st->auto_state == 2 && empty)
            return vm_raise(vm, &exc_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
        if (st->auto_state == 1 && !empty)
            return vm_raise(vm, &exc_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
        if (empty)
            idx = st->auto_next++;
    }
    Value obj;
    if (!numeric) {
        Str *key = str_new(vm, p, (size_t)i);
        if (!key)
            return 0;
        if (!st->kwargs)
            return key_error(vm, OBJ_VAL(key));
        obj = obj_getitem(vm, st->kwargs, OBJ_VAL(key));
    } else {
        if (!st->args)
            return vm_raise(vm, &exc_ValueError, "Format string contains positional fields");
        Tuple *t = AS_TUPLE(st->args);
        if (idx >= t->len)
            return vm_raise(vm, &exc_IndexError,
                            "Replacement index %lld out of range for positional args tuple", (long long)idx);
        obj = t->items[idx];
    }
    if (!obj)
        return 0;
    /* the rest: .attr and [key] */
    while (i < n) {
        char c = p[i++];
        int64_t a = i;
        Value next;
        if (c == '.') {
            while (i < n && p[i] != '.' && p[i] != '[')
                i++;
            if (i == a)
                return vm_raise(vm, &exc_ValueError, "Empty attribute in format string");
            Str *name = str_new(vm, p + a, (size_t)(i - a));
            if (!name || !(name = str_intern(vm, name)))
                return 0;
            next = obj_getattr(vm, obj, name);
        } else if (c == '[') {
            while (i < n && p[i] != ']')
                i++;
            if (i >= n)
                return vm_raise(vm, &exc_ValueError, "Missing ']' in format string");
            int64_t b = i++;
            if (b == a)
                return vm_raise(vm, &exc_ValueError, "Empty attribute in format string");
            int64_t k = field_integer(vm, p + a, b - a);
            if (k == -2)
                return 0;
            if (k >= 0) {
                Value kv = int_from_i64(vm, k);
                if (!kv)
                    return 0;
                next = obj_getitem(vm, obj, kv);
            } else {
                Str *key = str_new(vm, p + a, (size_t)(b - a));
                if (!key)
                    return 0;
                next = obj_getitem(vm, obj, OBJ_VAL(key));
            }
        } else {
            return vm_raise(vm, &exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (!next)
            return 0;
        obj = next;
    }
    return obj;
}

/* Formats one value with a spec into out, going straight to the built-in
 * formatter for the exact built-in types (as CPython does). */
static bool render(VM *vm, StrBuf *out, Value obj, const char *spec, int64_t n)
{
    bool exact = IS_STR(obj) || IS_INT(obj) || IS_FLOAT(obj) ||
                 (IS_OBJ(obj) && AS_OBJ(obj)->type == &type_int);
    if (exact && n == 0 && IS_STR(obj)) {
        sb_add(out, AS_STR(obj)->data, (size_t)AS_STR(obj)->len);
        return true;
    }
    if (exact && n > 0)
        return format_builtin_into(vm, out, obj, spec, n);
    Value r;
    if (exact)
        r = obj_str(vm, obj);
    else {
        Str *sp = str_new(vm, spec, (size_t)n);
        if (!sp)
            return false;
        r = obj_format(vm, obj, sp);
    }
    if (!r)
        return false;
    sb_add(out, AS_STR(r)->data, (size_t)AS_STR(r)->len);
    return true;
}

/* Parses and renders one replacement field; *pos is just past its '{'.
 * The field runs to its matching '}' (a spec may nest {} pairs). */
static bool do_field(VM *vm, StrBuf *out, Str *fmt, int64_t *pos, int64_t end, FmtState *st, int depth)
{
    const char *d = fmt->data;
    int64_t i = *pos, name_start = i;
    char c = 0;
    /* the field name ends at '}', ':' or '!'; brackets may hold anything but ']' */
    while (i < end) {
        c = d[i++];
        if (c == '{') {
            vm_raise(vm, &exc_ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (i < end && d[i] != ']')
                i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    int64_t name_end = i - 1;
    uint32_t conv = 0;
    int64_t spec_start = i, spec_end = i;
    bool expand = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (i >= end) {
                vm_raise(vm, &exc_ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            conv = utf8_next(d, &i);
            if (i < end) {
                char e = d[i++];
                if (e == '}')
                    done = true;
                else if (e != ':') {
                    vm_raise(vm, &exc_ValueError, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        if (!done) {
            spec_start = i;
            int count = 1;
            while (i < end) {
                char e = d[i++];
                if (e == '{') {
                    expand = true;
                    count++;
                } else if (e == '}' && --count == 0) {
                    spec_end = i - 1;
                    done = true;
                    break;
                }
            }
            if (!done) {
                vm_raise(vm, &exc_ValueError, "unmatched '{' in format spec");
                return false;
            }
        } else {
            spec_start = spec_end = i;
        }
    } else if (c != '}') {
        vm_raise(vm, &exc_ValueError, "expected '}' before end of string");
        return false;
    } else {
        spec_start = spec_end = i;
    }
    *pos = i;
    Value obj = get_field(vm, d + name_start, name_end - name_start, st);
    if (!obj)
        return false;
    if (conv == 'r')
        obj = obj_repr(vm, obj);
    else if (conv == 's')
        obj = obj_str(vm, obj);
    else if (conv == 'a')
        obj = obj_ascii(vm, obj);
    else if (conv > 32 && conv < 127) {
        vm_raise(vm, &exc_ValueError, "Unknown conversion specifier %c", (char)conv);
        return false;
    } else if (conv) {
        vm_raise(vm, &exc_ValueError, "Unknown conversion specifier \\x%x", conv);
        return false;
    }
    if (!obj)
        return false;
    if (expand) {
        Value e = build_string(vm, fmt, spec_start, spec_end, st, depth - 1);
        if (!e)
            return false;
        return render(vm, out, obj, AS_STR(e)->data, AS_STR(e)->len);
    }
    return render(vm, out, obj, d + spec_start, spec_end - spec_start);
}

static Value build_string(VM *vm, Str *fmt, int64_t start, int64_t end, FmtState *st, int depth)
{
    if (depth <= 0)
        return vm_raise(vm, &exc_ValueError, "Max string recursion exceeded");
    const char *d = fmt->data;
    StrBuf sb;
    sb_init(&sb, vm);
    int64_t i = start;
    while (i < end) {
        /* literal text up to the next brace */
        int64_t lit = i;
        while (i < end && d[i] != '{' && d[i] != '}')
            i++;
        sb_add(&sb, d + lit, (size_t)(i - lit));
        if (i >= end)
            break;
        char c = d[i++];
        if (i < end && d[i] == c) {       /* '{{' or '}}' */
            sb_addc(&sb, c);
            i++;
            continue;
        }
        if (c == '}')
            return vm_raise(vm, &exc_ValueError, "Single '}' encountered in format string");
        if (i >= end)
            return vm_raise(vm, &exc_ValueError, "Single '{' encountered in format string");
        if (!do_field(vm, &sb, fmt, &i, end, st, depth))
            return 0;
    }
    return finish(&sb);
}

Value str_vformat(VM *vm, Str *fmt, Value args, Value kwargs)
{
    FmtState st = {args, kwargs, 0, 0};
    return build_string(vm, fmt, 0, fmt->len, &st, 2);
}

Value str_format_method(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    Value args = tuple_from_array(vm, argc - 1, argv + 1);
    if (!args)
        return 0;
    Value kwargs = 0;
    if (kwnames && kwnames->len) {
        Dict *d = dict_new(vm);
        if (!d)
            return 0;
        for (int64_t k = 0; k < kwnames->len; k++)
            if (dict_set(vm, d, kwnames->items[k], argv[argc + k]) < 0)
                return 0;
        kwargs = OBJ_VAL(d);
    }
    return str_vformat(vm, AS_STR(argv[0]), args, kwargs);
}

Value str_format_map_method(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (!str_args_one(vm, "str.format_map", argc, kwnames))
        return 0;
    return str_vformat(vm, AS_STR(argv[0]), 0, argv[1]);
}

/* ---- printf-style formatting ------------------------------------------------------------------ */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PctState {
    Value args;
    int64_t arglen;      /* -1: a single non-tuple argument */
    int64_t argidx;
    Value dict;          /* mapping for %(name)s, or 0 */
} PctState;

static Value next_arg(VM *vm, PctState *ps)
{
    if (ps->argidx < ps->arglen) {
        int64_t i = ps->argidx++;
        if (ps->arglen < 0)
            return ps->args;
        return AS_TUPLE(ps->args)->items[i];
    }
    return vm_raise(vm, &exc_TypeError, "not enough arguments for format string");
}

/* Writes a numeric body with sign and prefix, padded per the flags. */
static void pct_number(StrBuf *sb, int flags, int64_t width, bool neg,
                       const char *prefix, const char *body, int64_t blen)
{
    char sign = neg ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : 0;
    int64_t len = (sign != 0) + (int64_t)strlen(prefix) + blen;
    int64_t pad = width > len ? width - len : 0;
    if (!(flags & F_LJUST) && !(flags & F_ZERO))
        sb_fill(sb, ' ', pad);
    if (sign)
        sb_addc(sb, sign);
    sb_adds(sb, prefix);
    if (!(flags & F_LJUST) && (flags & F_ZERO))
        sb_fill(sb, '0', pad);
    sb_add(sb, body, (size_t)blen);
    if (flags & F_LJUST)
        sb_fill(sb, ' ', pad);
}

static void pct_text(StrBuf *sb, int flags, int64_t width, int64_t prec, Str *s)
{
    int64_t cplen = s->cplen, blen = s->len;
    if (prec >= 0 && prec < cplen) {
        cplen = prec;
        blen = utf8_offset(s->data, s->len, prec);
    }
    int64_t pad = width > cplen ? width - cplen : 0;
    if (!(flags & F_LJUST))
        sb_fill(sb, ' ', pad);
    sb_add(sb, s->data, (size_t)blen);
    if (flags & F_LJUST)
        sb_fill(sb, ' ', pad);
}

static bool is_number(Value v)
{
    TypeObject *t = TYPE_OF(v);
    return int_check(v) || float_check(v) || t->index || t->to_int || t->to_float;
}

/* conv: the code as written (d i u o x X), for the messages */
static bool pct_int(VM *vm, StrBuf *sb, char conv, int flags, int64_t width, int64_t prec, Value v)
{
    char type = conv == 'i' || conv == 'u' ? 'd' : conv;
    bool hexlike = type == 'o' || type == 'x' || type == 'X';
    if (!is_number(v) || (hexlike && !int_check(v) && !TYPE_OF(v)->index)) {
        vm_raise(vm, &exc_TypeError, "%%%c format: %s is required, not %s", conv,
                 hexlike ? "an integer" : "a real number", type_name(v));
        return false;
    }
    Value iv = v;
    if (!int_check(v)) {
        /* int(v) for %d, v.__index__() for the others; a TypeError there
         * is reported as the wrong type (a __float__ alone is not enough) */
        if (hexlike)
            iv = obj_index(vm, v);
        else if (float_check(v))
            iv = int_from_double(vm, AS_FLOAT(v));
        else if (TYPE_OF(v)->to_int)
            iv = TYPE_OF(v)->to_int(vm, v);
        else if (TYPE_OF(v)->index)
            iv = obj_index(vm, v);
        else
            iv = 0;
        if (!iv) {
            if (vm->exc && !vm_exc_matches(vm, &exc_TypeError))
                return false;
            vm_exc_clear(vm);
            vm_raise(vm, &exc_TypeError, "%%%c format: %s is required, not %s", conv,
                     hexlike ? "an integer" : "a real number", type_name(v));
            return false;
        }
    }
    int base = type == 'o' ? 8 : hexlike ? 16 : 10;
    TBuf digits;
    tb_init(&digits, vm);
    bool neg;
    if (!int_digits(vm, iv, base, type == 'X', &digits, &neg))
        return false;
    TBuf body;
    tb_init(&body, vm);
    for (int64_t k = (int64_t)digits.len; k < prec; k++)
        tb_addc(&body, '0');
    tb_add(&body, digits.p, digits.len);
    if (body.failed)
        return false;
    const char *prefix = "";
    if (flags & F_ALT)
        prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    pct_number(sb, flags, width, neg, prefix, body.p, (int64_t)body.len);
    return true;
}

static bool pct_float(VM *vm, StrBuf *sb, char type, int flags, int64_t width, int64_t prec, Value v)
{
    double x;
    if (float_check(v))
        x = AS_FLOAT(v);
    else if (!is_number(v)) {
        vm_raise(vm, &exc_TypeError, "must be real number, not %s", type_name(v));
        return false;
    } else if (float_as_double(vm, v, &x) < 0)
        return false;
    if (prec < 0)
        prec = 6;
    TBuf num;
    tb_init(&num, vm);
    if (!double_text(vm, &num, fabs(x), type, prec, (flags & F_ALT) != 0))
        return false;
    pct_number(sb, flags, width, signbit(x) && !isnan(x), "", num.p, (int64_t)num.len);
    return true;
}

static bool pct_char(VM *vm, StrBuf *sb, int flags, int64_t width, Value v)
{
    uint32_t cp;
    if (str_check(v)) {
        Str *s = AS_STR(v);
        if (s->cplen != 1) {
            vm_raise(vm, &exc_TypeError, "%%c requires int or char");
            return false;
        }
        int64_t i = 0;
        cp = utf8_next(s->data, &i);
    } else {
        /* an int or anything with __index__ */
        Value iv = int_check(v) ? v : obj_index(vm, v);
        if (!iv) {
            if (vm_exc_matches(vm, &exc_TypeError)) {
                vm_exc_clear(vm);
                vm_raise(vm, &exc_TypeError, "%%c requires int or char");
            }
            return false;
        }
        int64_t c;
        if (!small_int_value(iv, &c) || c < 0 || c > 0x10FFFF) {
            vm_raise(vm, &exc_OverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        cp = (uint32_t)c;
    }
    char buf[4];
    int n = utf8_encode(cp, buf);
    int64_t pad = width > 1 ? width - 1 : 0;
    if (!(flags & F_LJUST))
        sb_fill(sb, ' ', pad);
    sb_add(sb, buf, (size_t)n);
    if (flags & F_LJUST)
        sb_fill(sb, ' ', pad);
    return true;
}

/* '*' width (a C ssize_t in CPython) or precision (a C int) from the arguments */
static bool star_arg(VM *vm, PctState *ps, int64_t *out, bool is_prec)
{
    Value v = next_arg(vm, ps);
    if (!v)
        return false;
    if (!int_check(v)) {
        vm_raise(vm, &exc_TypeError, "* wants int");
        return false;
    }
    if (!small_int_value(v, out) || (is_prec && (*out > INT32_MAX || *out < INT32_MIN))) {
        vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C %s",
                 is_prec ? "int" : "ssize_t");
        return false;
    }
    return true;
}

Value str_percent_format(VM *vm, Str *fmt, Value args)
{
    PctState ps;
    ps.args = args;
    if (IS_TUPLE(args) || (IS_OBJ(args) && type_is_subtype(AS_OBJ(args)->type, &type_tuple))) {
        ps.arglen = AS_TUPLE(args)->len;
        ps.argidx = 0;
    } else {
        ps.arglen = -1;
        ps.argidx = -2;
    }
    ps.dict = 0;
    if (TYPE_OF(args)->getitem && ps.arglen < 0 && !str_check(args))
        ps.dict = args;
    const char *d = fmt->data;
    int64_t n = fmt->len, i = 0;
    StrBuf sb;
    sb_init(&sb, vm);
    while (i < n) {
        const char *pct = memchr(d + i, '%', (size_t)(n - i));
        if (!pct) {
            sb_add(&sb, d + i, (size_t)(n - i));
            break;
        }
        int64_t at = pct - d;
        sb_add(&sb, d + i, (size_t)(at - i));
        i = at + 1;
        if (i >= n)
            return vm_raise(vm, &exc_ValueError, "incomplete format");
        if (d[i] == '%') {
            sb_addc(&sb, '%');
            i++;
            continue;
        }
        /* %(key) */
        if (d[i] == '(') {
            int64_t depth = 1, k = ++i;
            while (i < n && depth) {
                if (d[i] == '(') depth++;
                else if (d[i] == ')') depth--;
                i++;
            }
            if (depth)
                return vm_raise(vm, &exc_ValueError, "incomplete format key");
            if (!ps.dict)
                return vm_raise(vm, &exc_TypeError, "format requires a mapping");
            Str *key = str_new(vm, d + k, (size_t)(i - 1 - k));
            if (!key)
                return 0;
            Value v = obj_getitem(vm, ps.dict, OBJ_VAL(key));
            if (!v)
                return 0;
            ps.args = v;
            ps.arglen = -1;
            ps.argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            char c = d[i];
            if (c == '-') flags |= F_LJUST;
            else if (c == '+') flags |= F_SIGN;
            else if (c == ' ') flags |= F_BLANK;
            else if (c == '#') flags |= F_ALT;
            else if (c == '0') flags |= F_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (i < n && d[i] == '*') {
            if (!star_arg(vm, &ps, &width, false))
                return 0;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            i++;
        } else {
            while (i < n && d[i] >= '0' && d[i] <= '9') {
                if (width < 0)
                    width = 0;
                if (width > (INT64_MAX - 9) / 10)
                    return vm_raise(vm, &exc_ValueError, "width too big");
                width = width * 10 + (d[i++] - '0');
            }
        }
        if (i < n && d[i] == '.') {
            i++;
            prec = 0;
            if (i < n && d[i] == '*') {
                if (!star_arg(vm, &ps, &prec, true))
                    return 0;
                if (prec < 0)
                    prec = 0;
                i++;
            } else {
                while (i < n && d[i] >= '0' && d[i] <= '9') {
                    if (prec > (INT32_MAX - 9) / 10)
                        return vm_raise(vm, &exc_ValueError, "precision too big");
                    prec = prec * 10 + (d[i++] - '0');
                }
            }
        }
        /* length modifiers are accepted and ignored, as in CPython */
        while (i < n && (d[i] == 'h' || d[i] == 'l' || d[i] == 'L'))
            i++;
        if (i >= n)
            return vm_raise(vm, &exc_ValueError, "incomplete format");
        int64_t cat = i;
        uint32_t conv = utf8_next(d, &i);
        Value v = next_arg(vm, &ps);
        if (!v)
            return 0;
        bool ok = true;
        switch (conv) {
        case 's': case 'r': case 'a': {
            Value s = conv == 's' ? obj_str(vm, v) : conv == 'r' ? obj_repr(vm, v) : obj_ascii(vm, v);
            if (!s)
                return 0;
            pct_text(&sb, flags, width, prec, AS_STR(s));
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            ok = pct_int(vm, &sb, (char)conv, flags, width, prec, v);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            ok = pct_float(vm, &sb, (char)conv, flags, width, prec, v);
            break;
        case 'c':
            ok = pct_char(vm, &sb, flags, width, v);
            break;
        default:
            if (conv < 0x80)
                return vm_raise(vm, &exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                                (char)conv, conv, (long long)utf8_count(d, (size_t)cat));
            return vm_raise(vm, &exc_ValueError, "unsupported format character '?' (0x%x) at index %lld",
                            conv, (long long)utf8_count(d, (size_t)cat));
        }
        if (!ok)
            return 0;
    }
    if (ps.argidx < ps.arglen && !ps.dict)
        return vm_raise(vm, &exc_TypeError, "not all arguments converted during string formatting");
    return finish(&sb);
}
