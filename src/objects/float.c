/* float.c — the float type: IEEE doubles with CPython's semantics (the
 * shortest round-trip repr, the numeric hash shared with int, exact
 * comparisons against ints, floor division and modulo whose sign follows
 * the divisor, correctly rounded round()).
 *
 * The slots accept ints as either operand (int.c answers NotImplemented
 * when it meets a float, so mixed arithmetic lands here), and instances of
 * float subclasses, which share the Float layout.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "objects/number.h"
#include "objects/strutil.h"

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

bool float_check_any(Value v)
{
    if (!IS_OBJ(v))
        return false;
    TypeObject *t = AS_OBJ(v)->type;
    return t == &type_float ||
           (t != &type_int && t != &type_bool && type_is_subtype(t, &type_float));
}

/* Float arithmetic makes a box per result, and the collector's per-object
 * allocation cost dominated float-heavy loops.  Boxes are therefore carved
 * out of small pointer-free chunks.  A chunk lives while any of its boxes
 * does (the collector honours interior pointers), so a surviving box can
 * keep at most FLOAT_CHUNK - 1 dead neighbours' 16 bytes each: a bounded
 * price for cutting the allocation cost by about FLOAT_CHUNK times. */
#define FLOAT_CHUNK 32
static Float *float_chunk;      /* the next free box of the current chunk */
static int float_chunk_left;

Value float_new(VM *vm, double d)
{
    if (float_chunk_left == 0) {
        /* no pointers in a Float but the type, which is static */
        Float *c = mem_alloc_atomic(vm, FLOAT_CHUNK * sizeof(Float));
        if (!c)
            return 0;
        float_chunk = c;
        float_chunk_left = FLOAT_CHUNK;
    }
    Float *f = float_chunk++;
    if (--float_chunk_left == 0)
        float_chunk = NULL;     /* no pointer past the chunk's end */
    f->hdr.type = &type_float;
    f->value = d;
    return OBJ_VAL(f);
}

/* The exact float with the value of a float or float-subclass instance. */
static Value exact_float(VM *vm, Value v)
{
    return IS_FLOAT(v) ? v : float_new(vm, AS_FLOAT(v));
}

static Value raise_int_too_large(VM *vm)
{
    return vm_raise(vm, &exc_OverflowError, "int too large to convert to float");
}

/* An operand of a float slot: 1 with *out set; 0 for a type the slot does
 * not handle (NotImplemented); -1 raised (an int too large). */
static int num_operand(VM *vm, Value v, double *out)
{
    if (IS_INT(v)) {
        *out = (double)AS_INT(v);
        return 1;
    }
    if (float_check_any(v)) {
        *out = AS_FLOAT(v);
        return 1;
    }
    if (int_check(v)) {
        bool ov;
        *out = int_to_double(vm, v, &ov);
        if (ov) {
            raise_int_too_large(vm);
            return -1;
        }
        return 1;
    }
    return 0;
}

int float_as_double(VM *vm, Value v, double *out)
{
    int rc = num_operand(vm, v, out);
    if (rc)
        return rc > 0 ? 0 : -1;
    TypeObject *t = TYPE_OF(v);
    if (t->to_float) {
        Value r = t->to_float(vm, v);
        if (!r)
            return -1;
        if (!float_check_any(r)) {
            vm_raise(vm, &exc_TypeError, "%s.__float__ returned non-float (type %s)",
                     t->name, type_name(r));
            return -1;
        }
        *out = AS_FLOAT(r);
        return 0;
    }
    if (t->index) {
        Value r = obj_index(vm, v);
        if (!r)
            return -1;
        return num_operand(vm, r, out) > 0 ? 0 : -1;
    }
    vm_raise(vm, &exc_TypeError, "must be real number, not %s", t->name);
    return -1;
}

/* ---- repr: the shortest string that reads back as the same double ----------------- */

/* Splits "%.*e" output into its digits (no trailing zeros) and exponent. */
static int split_e(const char *buf, char *digits, int *exp10)
{
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    *exp10 = *p == 'e' ? atoi(p + 1) : 0;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    return n;
}

/* The p-digit string one unit in the last place above the correctly
 * rounded p-digit string of d, into buf. */
static void digits_up(double d, int p, char *buf, size_t size)
{
    char dg[24];
    int x;
    snprintf(buf, size, "%.*e", p - 1, d);
    split_e(buf, dg, &x);
    int len = (int)strlen(dg);
    while (len < p)
        dg[len++] = '0';
    dg[len] = 0;
    int i = len - 1;
    while (i >= 0 && dg[i] == '9')
        dg[i--] = '0';
    if (i < 0) {
        memmove(dg + 1, dg, (size_t)len + 1);
        dg[0] = '1';
        x++;
    } else {
        dg[i]++;
    }
    snprintf(buf, size, "%c.%se%d", dg[0], dg[1] ? dg + 1 : "0", x);
}

/* The fast path of shortest_digits, for the common doubles that are a short
 * decimal m / 10**k (k >= 1, m < 2**53): both m and 10**k are exact doubles
 * then, and IEEE division rounds m / 10**k correctly, just as strtod rounds
 * the decimal text; so the text round-trips exactly when the division gives
 * d back.  Trying k = 1, 2, ... with the integers nearest d * 10**k (the
 * product is within one unit of the true one) finds the fewest digits; an
 * ambiguous or too long answer is left to the general method (returns 0). */
static int short_decimal(double d, char *digits, int *exp10)
{
    static const double p10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    const double limit = 9007199254740992.0;          /* 2**53 */
    if (!(d >= 1e-7 && d < 1e15))
        return 0;
    for (int k = 1; k <= 22; k++) {
        double x = d * p10[k];
        if (x >= limit / 2)
            return 0;
        double m = nearbyint(x);
        int hits = 0;
        double found = 0;
        for (double c = m - 1; c <= m + 1; c++)
            if (c > 0 && c / p10[k] == d) {
                hits++;
                found = c;
            }
        if (hits > 1)
            return 0;
        if (hits == 1) {
            int n = snprintf(digits, 24, "%.0f", found);
            *exp10 = n - 1 - k;
            /* (the least k leaves no trailing zero; stripping one would not
             * move the exponent, which is that of the first digit) */
            while (n > 1 && digits[n - 1] == '0')
                n--;
            digits[n] = 0;
            return n;
        }
    }
    return 0;
}

/* For finite d > 0: the fewest significant digits (no trailing zeros) that
 * round-trip through strtod, and the decimal exponent of the first one.
 * glibc's printf and strtod are correctly rounded.  Any decimal of at most
 * 15 digits (DBL_DIG) survives decimal -> double -> 15 digits, so when the
 * shortest string has <= 15 digits it is the correctly rounded 15-digit
 * string without its trailing zeros, and that string reads back; otherwise
 * 16 or 17 digits are needed.  At a power of two the doubles below are
 * twice as dense as those above, so a 16-digit string just above d may read
 * back where the nearest one (below d) does not. */
static int shortest_digits(double d, char *digits, int *exp10)
{
    char buf[40];
    int n = short_decimal(d, digits, exp10);
    if (n > 0)
        return n;
    if (d < DBL_MIN) {
        /* subnormals carry fewer digits: bisect for the shortest (their
         * spacing is even, so the nearest candidate is the one to test) */
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            snprintf(buf, sizeof buf, "%.*e", mid - 1, d);
            if (strtod(buf, NULL) == d)
                hi = mid;
            else
                lo = mid + 1;
        }
        snprintf(buf, sizeof buf, "%.*e", lo - 1, d);
        return split_e(buf, digits, exp10);
    }
    for (int p = 15; p <= 16; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, d);
        if (strtod(buf, NULL) == d)
            return split_e(buf, digits, exp10);
    }
    int e;
    if (frexp(d, &e) == 0.5) {
        digits_up(d, 16, buf, sizeof buf);
        if (strtod(buf, NULL) == d)
            return split_e(buf, digits, exp10);
    }
    snprintf(buf, sizeof buf, "%.16e", d);
    return split_e(buf, digits, exp10);
}

/* Writes CPython's repr of d into out (at least 32 bytes); returns its length. */
static int format_repr(double d, char *out)
{
    if (isnan(d))
        return sprintf(out, "nan");
    if (isinf(d))
        return sprintf(out, d > 0 ? "inf" : "-inf");
    char *o = out;
    if (signbit(d)) {
        *o++ = '-';
        d = -d;
    }
    if (d == 0.0)
        return (int)(o - out) + sprintf(o, "0.0");
    if (d < 9007199254740992.0 && d == floor(d))     /* integral below 2**53: exact */
        return (int)(o - out) + sprintf(o, "%.0f.0", d);
    char digits[24];
    int e;
    int n = shortest_digits(d, digits, &e);
    if (e < -4 || e >= 16) {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)n - 1);
            o += n - 1;
        }
        o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (e < 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -e - 1; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)n);
        o += n;
    } else if (e + 1 < n) {
        memcpy(o, digits, (size_t)e + 1);
        o += e + 1;
        *o++ = '.';
        memcpy(o, digits + e + 1, (size_t)(n - e - 1));
        o += n - e - 1;
    } else {
        memcpy(o, digits, (size_t)n);
        o += n;
        for (int i = n; i < e + 1; i++)
            *o++ = '0';
        *o++ = '.';
        *o++ = '0';
    }
    *o = 0;
    return (int)(o - out);
}

Value float_repr_double(VM *vm, double d)
{
    char buf[48];
    int n = format_repr(d, buf);
    Str *s = str_new(vm, buf, (size_t)n);
    return s ? OBJ_VAL(s) : 0;
}

static Value float_repr(VM *vm, Value v)
{
    return float_repr_double(vm, AS_FLOAT(v));
}

/* ---- hash: CPython's, so that hash(2.0) == hash(2) ---------------------------------------- */

int64_t float_hash_double(double v)
{
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* fold 28 bits of mantissa at a time into x, reducing modulo 2**61-1
     * (multiplying by 2**28 is a rotation in that ring) */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(VM *vm, Value v)
{
    double d = AS_FLOAT(v);
    if (isnan(d)) {
        /* nan is hashed by identity, as CPython 3.10+ */
        uintptr_t p = (uintptr_t)AS_OBJ(v);
        int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof p - 4)));
        return h == -1 ? -2 : h;
    }
    return float_hash_double(d);
}

/* ---- comparison ---------------------------------------------------------------------- */

/* Sign of d - i, exactly; 2 when d is nan (unordered). */
static int cmp_float_int(double d, Value i)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? 1 : -1;
    int64_t v;
    if (int_to_i64(i, &v) && v <= ((int64_t)1 << 53) && v >= -((int64_t)1 << 53)) {
        double e = (double)v;
        return (d > e) - (d < e);
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    int c = mpz_cmp_d(z, d);        /* exact for finite d */
    return (c < 0) - (c > 0);
}

static Value float_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    int c;
    if (float_check_any(a) && float_check_any(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        c = isnan(x) || isnan(y) ? 2 : (x > y) - (x < y);
    } else if (float_check_any(a) && int_check(b)) {
        c = cmp_float_int(AS_FLOAT(a), b);
    } else if (float_check_any(b) && int_check(a)) {
        c = cmp_float_int(AS_FLOAT(b), a);
        if (c != 2)
            c = -c;
    } else {
        return NOT_IMPLEMENTED;
    }
    if (c == 2)
        return BOOL_VAL(op == CMP_NE);
    switch (op) {
    case CMP_LT: return BOOL_VAL(c < 0);
    case CMP_LE: return BOOL_VAL(c <= 0);
    case CMP_EQ: return BOOL_VAL(c == 0);
    case CMP_NE: return BOOL_VAL(c != 0);
    case CMP_GT: return BOOL_VAL(c > 0);
    case CMP_GE: return BOOL_VAL(c >= 0);
    }
    return NOT_IMPLEMENTED;
}

static int float_bool(VM *vm, Value v)
{
    return AS_FLOAT(v) != 0.0;
}

/* ---- arithmetic ------------------------------------------------------------------------ */

/* x // y and x % y with Python's signs (the remainder takes the divisor's);
 * y != 0.  CPython's float_divmod, step for step. */
static void divmod_values(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* OverflowError(34, 'Numerical result out of range'), CPython's errno form */
static Value raise_erange(VM *vm)
{
    Str *msg = str_from_cstr(vm, "Numerical result out of range");
    if (!msg)
        return 0;
    Value args[2] = { MK_INT(34), OBJ_VAL(msg) };
    Value e = exc_new(vm, &exc_OverflowError, 2, args);
    return e ? vm_raise_value(vm, e) : 0;
}

Value float_pow_values(VM *vm, double iv, double iw)
{
    if (iw == 0.0)
        return float_new(vm, 1.0);
    if (isnan(iv))
        return float_new(vm, iv);
    if (isnan(iw))
        return float_new(vm, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return float_new(vm, 1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return float_new(vm, fabs(iw));
        return float_new(vm, 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return float_new(vm, odd ? iv : fabs(iv));
        return float_new(vm, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return vm_raise(vm, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(vm, is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return vm_raise(vm, &exc_NotImplementedError,
                            "complex numbers are not supported "
                            "(a negative number raised to a fractional power)");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return float_new(vm, negate ? -1.0 : 1.0);
    double ix = pow(iv, iw);
    if (isinf(ix))
        return raise_erange(vm);
    return float_new(vm, negate ? -ix : ix);
}

static Value float_binop(VM *vm, BinOp op, Value a, Value b)
{
    double x, y;
    int rc = num_operand(vm, a, &x);
    if (rc <= 0)
        return rc < 0 ? 0 : NOT_IMPLEMENTED;
    rc = num_operand(vm, b, &y);
    if (rc <= 0)
        return rc < 0 ? 0 : NOT_IMPLEMENTED;
    double q, m;
    switch (op) {
    case BINOP_ADD: return float_new(vm, x + y);
    case BINOP_SUB: return float_new(vm, x - y);
    case BINOP_MUL: return float_new(vm, x * y);
    case BINOP_TRUEDIV:
        if (y == 0.0)
            return vm_raise(vm, &exc_ZeroDivisionError, "float division by zero");
        return float_new(vm, x / y);
    case BINOP_FLOORDIV:
        if (y == 0.0)
            return vm_raise(vm, &exc_ZeroDivisionError, "float floor division by zero");
        divmod_values(x, y, &q, &m);
        return float_new(vm, q);
    case BINOP_MOD:
        if (y == 0.0)
            return vm_raise(vm, &exc_ZeroDivisionError, "float modulo");
        divmod_values(x, y, &q, &m);
        return float_new(vm, m);
    case BINOP_POW:
        return float_pow_values(vm, x, y);
    default:
        return NOT_IMPLEMENTED;
    }
}

#define FLOAT_BINOP(name, op) \
    static Value float_##name(VM *vm, Value a, Value b) { return float_binop(vm, op, a, b); }
FLOAT_BINOP(add, BINOP_ADD)
FLOAT_BINOP(sub, BINOP_SUB)
FLOAT_BINOP(mul, BINOP_MUL)
FLOAT_BINOP(truediv, BINOP_TRUEDIV)
FLOAT_BINOP(floordiv, BINOP_FLOORDIV)
FLOAT_BINOP(mod, BINOP_MOD)
FLOAT_BINOP(pow, BINOP_POW)
#undef FLOAT_BINOP

static Value float_neg(VM *vm, Value v) { return float_new(vm, -AS_FLOAT(v)); }
static Value float_pos(VM *vm, Value v) { return exact_float(vm, v); }
static Value float_abs(VM *vm, Value v) { return float_new(vm, fabs(AS_FLOAT(v))); }
static Value float_to_int(VM *vm, Value v) { return int_from_double(vm, trunc(AS_FLOAT(v))); }

/* ---- construction --------------------------------------------------------------------- */

static bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* digit (['_'] digit)* copied to *o without the underscores; false if none */
static bool scan_digits(const char **pp, const char *end, char **o)
{
    const char *p = *pp;
    if (p >= end || !is_digit(*p))
        return false;
    while (p < end) {
        if (is_digit(*p))
            *(*o)++ = *p++;
        else if (*p == '_' && p + 1 < end && is_digit(p[1]))
            p++;
        else
            break;
    }
    *pp = p;
    return true;
}

static bool word_is(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i])
            return false;
    return true;
}

/* ASCII float text as Python's float() reads it. */
static bool parse_ascii(const char *s, size_t len, double *out, char *work)
{
    const char *p = s, *end = s + len;
    while (p < end && ascii_space(*p))
        p++;
    while (end > p && ascii_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    double d;
    if (word_is(p, end, "inf") || word_is(p, end, "infinity")) {
        d = HUGE_VAL;
    } else if (word_is(p, end, "nan")) {
        d = NAN;
    } else {
        char *o = work;
        bool any = scan_digits(&p, end, &o);
        if (p < end && *p == '.') {
            *o++ = *p++;
            if (scan_digits(&p, end, &o))
                any = true;
        }
        if (!any)
            return false;
        if (p < end && (*p == 'e' || *p == 'E')) {
            *o++ = *p++;
            if (p < end && (*p == '+' || *p == '-'))
                *o++ = *p++;
            if (!scan_digits(&p, end, &o))
                return false;
        }
        if (p != end)
            return false;
        *o = 0;
        d = strtod(work, NULL);
    }
    *out = neg ? -d : d;
    return true;
}

int float_parse(VM *vm, const char *s, size_t len, double *out)
{
    char small[256];
    char *buf = 2 * len + 2 <= sizeof small ? small : mem_alloc_atomic(vm, 2 * len + 2);
    if (!buf)
        return -1;
    size_t n;
    return int_ascii_normalize(s, len, buf, &n) && parse_ascii(buf, n, out, buf + len + 1);
}

/* float(x) for one argument */
static Value float_of(VM *vm, Value x)
{
    if (IS_FLOAT(x))
        return x;
    bool ok;
    double d;
    if (str_check(x)) {
        int rc = float_parse(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, &d);
        if (rc < 0)
            return 0;
        ok = rc > 0;
        goto parsed;
    }
    const unsigned char *bd;
    int64_t bn;
    if (bytes_like_data(x, &bd, &bn)) {
        char *buf = mem_alloc_atomic(vm, 2 * (size_t)bn + 2);
        if (!buf)
            return 0;
        ok = true;
        for (int64_t i = 0; i < bn; i++)
            if (bd[i] >= 0x80)
                ok = false;
        ok = ok && parse_ascii((const char *)bd, (size_t)bn, &d, buf);
        goto parsed;
    }
    TypeObject *t = TYPE_OF(x);
    if (t->to_float) {
        Value r = t->to_float(vm, x);
        if (!r)
            return 0;
        if (!float_check_any(r))
            return vm_raise(vm, &exc_TypeError, "%s.__float__ returned non-float (type %s)",
                            t->name, type_name(r));
        return exact_float(vm, r);
    }
    if (t->index) {
        Value r = obj_index(vm, x);
        if (!r)
            return 0;
        bool ov;
        d = int_to_double(vm, r, &ov);
        if (ov)
            return raise_int_too_large(vm);
        return float_new(vm, d);
    }
    return vm_raise(vm, &exc_TypeError,
                    "float() argument must be a string or a real number, not '%s'", t->name);
parsed:
    if (!ok) {
        Value r = obj_repr(vm, x);
        if (!r)
            return 0;
        return vm_raise(vm, &exc_ValueError, "could not convert string to float: %s",
                        AS_STR(r)->data);
    }
    return float_new(vm, d);
}

static Value float_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return vm_raise(vm, &exc_TypeError, "float() takes no keyword arguments");
    if (argc > 1)
        return vm_raise(vm, &exc_TypeError, "float expected at most 1 argument, got %d", argc);
    Value v = argc ? float_of(vm, argv[0]) : float_new(vm, 0.0);
    if (!v || t == &type_float)
        return v;
    Float *f = (Float *)obj_alloc(vm, t);
    if (!f)
        return 0;
    f->value = AS_FLOAT(v);
    return OBJ_VAL(f);
}

/* ---- round() ----------------------------------------------------------------------------- */

/* x rounded to nd decimal places, exactly as the correctly rounded decimal
 * string would read back (CPython's double_round): |x| is mant * 2**e2
 * exactly, so |x| * 10**nd is a rational N / D that GMP rounds half to even;
 * the quotient then goes back to a double with one correct rounding. */
static Value round_digits(VM *vm, double x, int64_t nd)
{
    if (x == 0.0 || !isfinite(x))   /* nans and infinities round to themselves */
        return float_new(vm, x);
    if (nd > 323)                   /* CPython's NDIGITS_MAX */
        return float_new(vm, x);
    if (nd < -308)                  /* NDIGITS_MIN */
        return float_new(vm, 0.0 * x);
    int e;
    double m = frexp(fabs(x), &e);
    mpz_t n, d, q, r, p;
    mpz_inits(n, d, q, r, p, NULL);
    mpz_set_d(n, ldexp(m, DBL_MANT_DIG));
    long e2 = e - DBL_MANT_DIG;
    mpz_set_ui(d, 1);
    if (e2 >= 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)e2);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-e2);
    mpz_ui_pow_ui(p, 10, (unsigned long)(nd >= 0 ? nd : -nd));
    if (nd >= 0)
        mpz_mul(n, n, p);
    else
        mpz_mul(d, d, p);
    mpz_tdiv_qr(q, r, n, d);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, d);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    double res;
    int rc;
    if (nd >= 0) {
        rc = int_mpz_true_divide(q, p, &res);
    } else {
        mpz_mul(q, q, p);
        rc = int_mpz_to_double(q, &res);
    }
    if (rc < 0)
        return vm_raise(vm, &exc_OverflowError, "rounded value too large to represent");
    return float_new(vm, copysign(res, x));
}

/* ---- methods ------------------------------------------------------------------------------ */

#define NO_ARGS(name) \
    if (num_method_args(vm, argv[0], name, argc - 1, kw, 0, 0) < 0) \
        return 0

static Value m_round(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__round__", argc - 1, kw, 0, 1) < 0)
        return 0;
    double x = AS_FLOAT(argv[0]);
    if (argc < 2 || IS_NONE(argv[1])) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);   /* ties to even */
        return int_from_double(vm, r);
    }
    Value nd = obj_index(vm, argv[1]);
    if (!nd)
        return 0;
    int64_t n;
    if (!int_to_i64(nd, &n))
        n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;   /* clamped, as CPython */
    return round_digits(vm, x, n);
}

static Value m_trunc(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("__trunc__");
    return int_from_double(vm, trunc(AS_FLOAT(argv[0])));
}

static Value m_floor(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("__floor__");
    return int_from_double(vm, floor(AS_FLOAT(argv[0])));
}

static Value m_ceil(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("__ceil__");
    return int_from_double(vm, ceil(AS_FLOAT(argv[0])));
}

static Value m_conjugate(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("conjugate");
    return exact_float(vm, argv[0]);
}

static Value m_getnewargs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("__getnewargs__");
    Value f = exact_float(vm, argv[0]);
    return f ? tuple_pack(vm, 1, f) : 0;
}

static Value m_is_integer(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("is_integer");
    double x = AS_FLOAT(argv[0]);
    return BOOL_VAL(isfinite(x) && floor(x) == x);
}

static Value m_as_integer_ratio(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("as_integer_ratio");
    double x = AS_FLOAT(argv[0]);
    if (isinf(x))
        return vm_raise(vm, &exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return vm_raise(vm, &exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    mpz_set_d(n, m);
    mpz_set_ui(d, 1);
    if (e > 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-e);
    Value nv = int_from_mpz(vm, n);
    Value dv = nv ? int_from_mpz(vm, d) : 0;
    return dv ? tuple_pack(vm, 2, nv, dv) : 0;
}

/* float.hex(): 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<...>p-1022 */
static Value m_hex(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("hex");
    double x = AS_FLOAT(argv[0]);
    if (!isfinite(x))
        return float_repr_double(vm, x);
    char buf[64];
    if (x == 0.0) {
        Str *s = str_from_cstr(vm, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
        return s ? OBJ_VAL(s) : 0;
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char *o = buf;
    if (x < 0)
        *o++ = '-';
    o += sprintf(o, "0x");
    int d = (int)m;
    *o++ = "0123456789abcdef"[d];
    m -= d;
    *o++ = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        d = (int)m;
        *o++ = "0123456789abcdef"[d];
        m -= d;
    }
    sprintf(o, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    Str *s = str_from_cstr(vm, buf);
    return s ? OBJ_VAL(s) : 0;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* float.fromhex(s), checked against CPython's grammar, converted by strtod
 * (correctly rounded for hex input too). */
static Value m_fromhex(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "fromhex", argc - 1, kw, 1, 1) < 0)
        return 0;
    Value sv = argv[1];
    if (!str_check(sv))     /* CPython's words for a non-str here */
        return vm_raise(vm, &exc_TypeError, "bad argument type for built-in operation");
    Str *s = AS_STR(sv);
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && ascii_space(*p))
        p++;
    while (end > p && ascii_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    double d;
    if (word_is(p, end, "inf") || word_is(p, end, "infinity")) {
        d = HUGE_VAL;
    } else if (word_is(p, end, "nan")) {
        d = NAN;
    } else {
        char *work = mem_alloc_atomic(vm, (size_t)(end - p) + 8);
        if (!work)
            return 0;
        char *o = work;
        *o++ = '0';
        *o++ = 'x';
        if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
            p += 2;
        int ndig = 0;
        while (p < end && hex_digit(*p) >= 0)
            *o++ = *p++, ndig++;
        if (p < end && *p == '.') {
            *o++ = *p++;
            while (p < end && hex_digit(*p) >= 0)
                *o++ = *p++, ndig++;
        }
        bool ok = ndig > 0;
        if (ok && p < end && (*p | 0x20) == 'p') {
            *o++ = 'p';
            p++;
            if (p < end && (*p == '+' || *p == '-'))
                *o++ = *p++;
            if (p >= end || !is_digit(*p))
                ok = false;
            while (p < end && is_digit(*p))
                *o++ = *p++;
        }
        if (!ok || p != end)
            return vm_raise(vm, &exc_ValueError, "invalid hexadecimal floating-point string");
        *o = 0;
        d = strtod(work, NULL);
        if (isinf(d))
            return vm_raise(vm, &exc_OverflowError, "hexadecimal value too large to represent as a float");
    }
    Value f = float_new(vm, neg ? -d : d);
    if (!f || argv[0] == OBJ_VAL(&type_float))
        return f;
    return obj_call1(vm, argv[0], f);
}

static Value m_divmod(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__divmod__", argc - 1, kw, 1, 1) < 0)
        return 0;
    double x, y;
    int rc = num_operand(vm, argv[0], &x);
    if (rc <= 0)
        return rc < 0 ? 0 : NOT_IMPLEMENTED;
    rc = num_operand(vm, argv[1], &y);
    if (rc <= 0)
        return rc < 0 ? 0 : NOT_IMPLEMENTED;
    if (y == 0.0)
        return vm_raise(vm, &exc_ZeroDivisionError, "float divmod()");
    double q, m;
    divmod_values(x, y, &q, &m);
    Value qv = float_new(vm, q);
    Value mv = qv ? float_new(vm, m) : 0;
    return mv ? tuple_pack(vm, 2, qv, mv) : 0;
}

static Value m_rdivmod(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__rdivmod__", argc - 1, kw, 1, 1) < 0)
        return 0;
    Value swapped[2] = { argv[1], argv[0] };
    return m_divmod(vm, 2, swapped, NULL);
}

static Value g_real(VM *vm, Value self) { return exact_float(vm, self); }
static Value g_imag(VM *vm, Value self) { return float_new(vm, 0.0); }

static const MethodDef float_methods[] = {
    { "conjugate", m_conjugate, 0, "Return self, the complex conjugate of any float." },
    { "is_integer", m_is_integer, 0, "Return True if the float is an integer." },
    { "as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio." },
    { "hex", m_hex, 0, "Return a hexadecimal representation of a floating-point number." },
    { "fromhex", m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string." },
    { "__trunc__", m_trunc, 0, "Return the Integral closest to x between 0 and x." },
    { "__floor__", m_floor, 0, "Return the floor as an Integral." },
    { "__ceil__", m_ceil, 0, "Return the ceiling as an Integral." },
    { "__round__", m_round, 0, "Return the Integral closest to x, rounding half toward even." },
    { "__divmod__", m_divmod, 0, "Return divmod(self, value)." },
    { "__rdivmod__", m_rdivmod, 0, "Return divmod(value, self)." },
    { "__getnewargs__", m_getnewargs, 0, NULL },
    { "__format__", format_builtin_method, 0, "Formats the float according to format_spec." },
    { 0 }
};

static const GetSetDef float_getsets[] = {
    { "real", g_real, NULL },
    { "imag", g_imag, NULL },
    { 0 }
};

TypeObject type_float = {
    .hdr.type = &type_type,
    .name = "float",
    .base = &type_object,
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Float),
    .new_ = float_new_slot,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .bool_ = float_bool,
    .binop = {
        [BINOP_ADD] = float_add, [BINOP_SUB] = float_sub, [BINOP_MUL] = float_mul,
        [BINOP_TRUEDIV] = float_truediv, [BINOP_FLOORDIV] = float_floordiv,
        [BINOP_MOD] = float_mod, [BINOP_POW] = float_pow,
    },
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .to_int = float_to_int,
    .to_float = exact_float,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
