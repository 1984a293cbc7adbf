/* int.c — the int type: tagged small ints and GMP big ints as one Python type,
 * with CPython's semantics (floor division, the numeric hash, exact mixed
 * comparisons, correctly rounded true division, the digit limit on decimal
 * string conversion).
 *
 * An exact int outside SMALL_INT_MIN..SMALL_INT_MAX is a BigInt, always
 * normalised (a BigInt of type int never holds a small value, so "is it a
 * BigInt" answers "is it big").  A bool is a Bool; an instance of a Python
 * subclass of int has the BigInt layout whatever its value.  Every slot here
 * accepts all four, and answers NotImplemented for anything else (a float
 * operand goes to float.c, which handles int operands).
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gc.h>

#include "object.h"
#include "vm.h"
#include "utf8.h"
#include "objects/number.h"
#include "objects/strutil.h"

/* The largest result, in bits, an operation may build.  Beyond it CPython
 * would grind for minutes and then run out of memory; we say MemoryError
 * at once. */
#define MAX_RESULT_BITS ((uint64_t)1 << 32)

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t int_max_str_digits = 4300;

/* ---- GMP over the collector -------------------------------------------------------
 * GMP allocates both the limbs of our numbers and its own temporaries
 * through these functions, with no way to tell them apart; some of its
 * temporaries (the FFT multiplication's) are arrays of pointers to other
 * temporaries, so every block must be scanned: GC_MALLOC, not the atomic
 * kind (random limb data almost never looks like a heap address on a 64-bit
 * machine).  GMP frees exactly the blocks it no longer uses, so freeing them
 * at once keeps big temporaries from waiting for a collection.
 *
 * GMP cannot report a failed allocation, so the big-number paths arm a jump
 * buffer that turns it into MemoryError (GMP keeps no global state that a
 * jump out of it could corrupt). */

static jmp_buf *gmp_trap;

static void gmp_out_of_memory(void)
{
    if (gmp_trap)
        longjmp(*gmp_trap, 1);
    fputs("molt: out of memory in integer arithmetic\n", stderr);
    exit(1);
}

static void *gmp_alloc(size_t n)
{
    void *p = GC_MALLOC(n);
    if (!p)
        gmp_out_of_memory();
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    (void)old;
    void *q = GC_REALLOC(p, n);
    if (!q)
        gmp_out_of_memory();
    return q;
}

static void gmp_free(void *p, size_t n)
{
    (void)n;
    GC_FREE(p);
}

void int_init(void)
{
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

static Value raise_memory(VM *vm)
{
    return vm_raise_value(vm, OBJ_VAL(&exc_MemoryError));
}

/* ---- representation --------------------------------------------------------------- */

bool int_check(Value v)
{
    if (IS_INT(v))
        return true;
    if (!IS_OBJ(v))
        return false;
    TypeObject *t = AS_OBJ(v)->type;
    return t == &type_int || t == &type_bool || type_is_subtype(t, &type_int);
}

/* The value of an int-like v (int_check holds) when it is in the small range. */
static inline bool small_of(Value v, intptr_t *out)
{
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    TypeObject *t = AS_OBJ(v)->type;
    if (t == &type_bool) {
        *out = ((Bool *)AS_OBJ(v))->value;
        return true;
    }
    if (t == &type_int)
        return false;
    mpz_srcptr z = ((BigInt *)AS_OBJ(v))->z;
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (FITS_SMALL(l)) {
            *out = l;
            return true;
        }
    }
    return false;
}

/* A read-only mpz view of any int-like value, without allocating: small
 * values borrow one limb inside the view (which must outlive its use). */
typedef struct IntView { mpz_t z; mp_limb_t limb; } IntView;

static mpz_srcptr int_view(Value v, IntView *iv)
{
    intptr_t i;
    if (IS_INT(v))
        i = AS_INT(v);
    else if (AS_OBJ(v)->type == &type_bool)
        i = ((Bool *)AS_OBJ(v))->value;
    else
        return ((BigInt *)AS_OBJ(v))->z;
    iv->limb = (mp_limb_t)(i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i);
    return mpz_roinit_n(iv->z, &iv->limb, i < 0 ? -1 : i > 0);
}

static BigInt *big_new(VM *vm)
{
    BigInt *b = mem_alloc(vm, sizeof(BigInt));
    if (!b)
        return NULL;
    b->hdr.type = &type_int;
    mpz_init(b->z);
    return b;
}

/* A freshly computed BigInt as a Value: small again when it fits. */
static Value big_finish(BigInt *b)
{
    if (mpz_fits_slong_p(b->z)) {
        long l = mpz_get_si(b->z);
        if (FITS_SMALL(l))
            return MK_INT(l);
    }
    return OBJ_VAL(b);
}

Value int_from_i64(VM *vm, int64_t i)
{
    if (FITS_SMALL(i))
        return MK_INT(i);
    BigInt *b = big_new(vm);
    if (!b)
        return 0;
    mpz_set_si(b->z, (long)i);
    return OBJ_VAL(b);
}

Value int_from_u64(VM *vm, uint64_t u)
{
    if (u <= (uint64_t)SMALL_INT_MAX)
        return MK_INT((intptr_t)u);
    BigInt *b = big_new(vm);
    if (!b)
        return 0;
    mpz_set_ui(b->z, (unsigned long)u);
    return OBJ_VAL(b);
}

Value int_from_mpz(VM *vm, const mpz_t z)
{
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (FITS_SMALL(l))
            return MK_INT(l);
    }
    BigInt *b = big_new(vm);
    if (!b)
        return 0;
    mpz_set(b->z, z);
    return OBJ_VAL(b);
}

Value int_from_double(VM *vm, double d)
{
    if (isnan(d))
        return vm_raise(vm, &exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return vm_raise(vm, &exc_OverflowError, "cannot convert float infinity to integer");
    if (d > -4611686018427387904.0 && d < 4611686018427387904.0)    /* |d| < 2**62 */
        return int_from_i64(vm, (int64_t)d);
    BigInt *b = big_new(vm);
    if (!b)
        return 0;
    mpz_set_d(b->z, d);     /* exact: a double this large is an integer */
    return big_finish(b);
}

bool int_to_i64(Value v, int64_t *out)
{
    intptr_t i;
    if (small_of(v, &i)) {
        *out = i;
        return true;
    }
    mpz_srcptr z = ((BigInt *)AS_OBJ(v))->z;
    if (!mpz_fits_slong_p(z))
        return false;
    *out = mpz_get_si(z);
    return true;
}

void int_to_mpz(Value v, mpz_t out)
{
    IntView iv;
    mpz_set(out, int_view(v, &iv));
}

int int_sign(Value v)
{
    IntView iv;
    return mpz_sgn(int_view(v, &iv));
}

/* The exact int (type int) with the value of an int-like v. */
static Value exact_int(VM *vm, Value v)
{
    if (IS_INT(v))
        return v;
    TypeObject *t = AS_OBJ(v)->type;
    if (t == &type_int)
        return v;
    if (t == &type_bool)
        return MK_INT(((Bool *)AS_OBJ(v))->value);
    return int_from_mpz(vm, ((BigInt *)AS_OBJ(v))->z);
}

/* Bits in |z| (0 for 0). */
static uint64_t nbits(mpz_srcptr z)
{
    return mpz_sgn(z) == 0 ? 0 : (uint64_t)mpz_sizeinbase(z, 2);
}

/* ---- conversion to double, correctly rounded ------------------------------------------ */

/* |z| as the nearest double (ties to even); -1 when it overflows. */
static int mpz_abs_to_double(mpz_srcptr z, double *out)
{
    size_t n = mpz_size(z);
    if (n == 0) {
        *out = 0.0;
        return 0;
    }
    uint64_t bits = nbits(z);
    if (bits <= 64) {
        *out = (double)(uint64_t)mpz_getlimbn(z, 0);  /* the FPU rounds to nearest even */
        return 0;
    }
    if (bits > DBL_MAX_EXP)
        return -1;
    /* keep the top 64 bits and fold the rest into a sticky bit, so that the
     * one rounding of the uint64 -> double conversion is the right one */
    uint64_t shift = bits - 64;
    mpz_t top, mag;
    mpz_roinit_n(mag, mpz_limbs_read(z), (mp_size_t)n);
    mpz_init(top);
    mpz_tdiv_q_2exp(top, mag, shift);
    uint64_t u = (uint64_t)mpz_getlimbn(top, 0);
    if (mpz_scan1(mag, 0) < shift)
        u |= 1;
    double d = ldexp((double)u, (int)shift);
    if (isinf(d))
        return -1;
    *out = d;
    return 0;
}

int int_mpz_to_double(mpz_srcptr z, double *out)
{
    if (mpz_abs_to_double(z, out) < 0)
        return -1;
    if (mpz_sgn(z) < 0)
        *out = -*out;
    return 0;
}

double int_to_double(VM *vm, Value v, bool *overflow)
{
    intptr_t i;
    *overflow = false;
    if (small_of(v, &i))
        return (double)i;
    double d;
    if (int_mpz_to_double(((BigInt *)AS_OBJ(v))->z, &d) < 0) {
        *overflow = true;
        return int_sign(v) < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    return d;
}

/* a / b correctly rounded (CPython's long_true_divide): keep DBL_MANT_DIG+2
 * or +3 quotient bits (fewer for a subnormal result) plus a sticky bit, then
 * round once, by hand, half to even.  b != 0.  -1 on overflow. */
int int_mpz_true_divide(mpz_srcptr a, mpz_srcptr b, double *out)
{
    int sa = mpz_sgn(a), sb = mpz_sgn(b);
    if (sa == 0) {
        *out = sb < 0 ? -0.0 : 0.0;
        return 0;
    }
    bool neg = (sa < 0) != (sb < 0);
    mpz_t an, bn;
    mpz_roinit_n(an, mpz_limbs_read(a), (mp_size_t)mpz_size(a));
    mpz_roinit_n(bn, mpz_limbs_read(b), (mp_size_t)mpz_size(b));
    int64_t diff = (int64_t)nbits(an) - (int64_t)nbits(bn);
    if (diff > DBL_MAX_EXP)
        return -1;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mpz_t q, r, t;
    mpz_inits(q, r, t, NULL);
    if (shift >= 0) {
        mpz_mul_2exp(t, bn, (mp_bitcnt_t)shift);
        mpz_tdiv_qr(q, r, an, t);
    } else {
        mpz_mul_2exp(t, an, (mp_bitcnt_t)-shift);
        mpz_tdiv_qr(q, r, t, bn);
    }
    uint64_t x = (uint64_t)mpz_getlimbn(q, 0);
    if (mpz_sgn(r) != 0)
        x |= 1;
    int xbits = x ? 64 - __builtin_clzll(x) : 0;
    int64_t keep = xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift;
    int extra = (int)(keep - DBL_MANT_DIG);
    if (extra > 0) {
        uint64_t mask = (uint64_t)1 << (extra - 1);
        if ((x & mask) && (x & (3 * mask - 1)))
            x += mask;
        x &= ~(2 * mask - 1);
    }
    double d = ldexp((double)x, (int)shift);
    if (isinf(d))
        return -1;
    *out = neg ? -d : d;
    return 0;
}

Value int_true_divide(VM *vm, Value a, Value b)
{
    intptr_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        if (y == 0)
            return vm_raise(vm, &exc_ZeroDivisionError, "division by zero");
        const intptr_t lim = (intptr_t)1 << DBL_MANT_DIG;
        if (x <= lim && x >= -lim && y <= lim && y >= -lim)
            return float_new(vm, (double)x / (double)y);
    }
    IntView va, vb;
    mpz_srcptr za = int_view(a, &va), zb = int_view(b, &vb);
    if (mpz_sgn(zb) == 0)
        return vm_raise(vm, &exc_ZeroDivisionError, "division by zero");
    double d;
    if (int_mpz_true_divide(za, zb, &d) < 0)
        return vm_raise(vm, &exc_OverflowError, "integer division result too large for a float");
    return float_new(vm, d);
}

/* ---- decimal text ----------------------------------------------------------------------- */

static Value raise_str_digits_out(VM *vm)
{
    return vm_raise(vm, &exc_ValueError,
                    "Exceeds the limit (%lld digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit",
                    (long long)int_max_str_digits);
}

Value int_to_str(VM *vm, Value v, int base)
{
    intptr_t i;
    if (small_of(v, &i)) {
        char buf[72];
        char *p = buf + sizeof buf;
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        do {
            unsigned d = (unsigned)(u % (unsigned)base);
            *--p = (char)(d < 10 ? '0' + d : 'a' + d - 10);
            u /= (unsigned)base;
        } while (u);
        if (i < 0)
            *--p = '-';
        Str *s = str_new(vm, p, (size_t)(buf + sizeof buf - p));
        return s ? OBJ_VAL(s) : 0;
    }
    IntView iv;
    mpz_srcptr z = int_view(v, &iv);
    bool limited = (base & (base - 1)) != 0 && int_max_str_digits > 0;
    /* sizeinbase is exact or one too many: refuse before the costly part */
    if (limited && mpz_sizeinbase(z, base) > (size_t)int_max_str_digits + 1)
        return raise_str_digits_out(vm);
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *buf = mem_alloc_atomic(vm, cap);
    if (!buf)
        return 0;
    mpz_get_str(buf, base, z);
    size_t len = strlen(buf);
    if (limited && len - (buf[0] == '-') > (size_t)int_max_str_digits)
        return raise_str_digits_out(vm);
    Str *s = str_new(vm, buf, len);
    return s ? OBJ_VAL(s) : 0;
}

static Value int_repr(VM *vm, Value v)
{
    return int_to_str(vm, v, 10);
}

static inline bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Numeric text as ASCII: Unicode white space becomes ' ' and Unicode
 * decimal digits their ASCII digit (as CPython's int() and float() read
 * them).  Returns false at any other non-ASCII character.  out has room
 * for len bytes. */
bool int_ascii_normalize(const char *s, size_t len, char *out, size_t *outlen)
{
    size_t n = 0;
    int64_t i = 0;
    while ((size_t)i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[n++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp = utf8_next(s, &i);
        if (uc_isspace(cp)) {
            out[n++] = ' ';
        } else {
            int d = uc_decimal(cp);
            if (d < 0)
                return false;
            out[n++] = (char)('0' + d);
        }
    }
    *outlen = n;
    return true;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Parses ASCII int text with CPython's rules (white space around, sign,
 * base prefixes, single underscores between digits).  1: *out set;
 * 0: not a valid literal (nothing raised); -1: raised (digit limit). */
static int parse_int_ascii(VM *vm, const char *s, size_t len, int base, Value *out)
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
    int b = base;
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            p += 2;
            prefixed = true;
            if (p < end && *p == '_')
                p++;
        }
    }
    if (b == 0)
        b = 10;

    char small[64];
    char *digits = (size_t)(end - p) < sizeof small ? small : mem_alloc_atomic(vm, (size_t)(end - p) + 1);
    if (!digits)
        return -1;
    size_t nd = 0;
    bool last_us = true, overflow = false;
    uint64_t acc = 0;
    for (; p < end; p++) {
        char c = *p;
        if (c == '_') {
            if (last_us)
                return 0;
            last_us = true;
            continue;
        }
        int d = digit_value(c);
        if (d >= b)
            return 0;
        last_us = false;
        digits[nd++] = c;
        if (!overflow) {
            if (acc > (UINT64_MAX - (uint64_t)d) / (uint64_t)b)
                overflow = true;
            else
                acc = acc * (uint64_t)b + (uint64_t)d;
        }
    }
    if (last_us)
        return 0;       /* no digits, or a trailing underscore */
    if (base == 0 && !prefixed && digits[0] == '0' && acc != 0)
        return 0;       /* "010": leading zeros only for zero itself */
    if ((b & (b - 1)) != 0 && int_max_str_digits > 0 && nd > (size_t)int_max_str_digits) {
        vm_raise(vm, &exc_ValueError,
                 "Exceeds the limit (%lld digits) for integer string conversion: "
                 "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                 (long long)int_max_str_digits, nd);
        return -1;
    }
    if (!overflow) {
        if (!neg)
            *out = int_from_u64(vm, acc);
        else if (acc <= (uint64_t)INT64_MAX)
            *out = int_from_i64(vm, -(int64_t)acc);
        else
            overflow = true;
        if (!overflow)
            return *out ? 1 : -1;
    }
    digits[nd] = 0;
    BigInt *r = big_new(vm);
    if (!r)
        return -1;
    mpz_set_str(r->z, digits, b);
    if (neg)
        mpz_neg(r->z, r->z);
    *out = big_finish(r);
    return 1;
}

/* "invalid literal for int() with base 10: 'abc'" with CPython's %.200R */
static Value raise_invalid_literal(VM *vm, int base, Value text)
{
    Value r = obj_repr(vm, text);
    if (!r)
        return 0;
    Str *s = AS_STR(r);
    int64_t n = s->len;
    if (s->cplen > 200)
        n = utf8_offset(s->data, s->len, 200);
    return vm_raise(vm, &exc_ValueError, "invalid literal for int() with base %d: %.*s",
                    base, (int)n, s->data);
}

static Value raise_bad_base(VM *vm)
{
    return vm_raise(vm, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
}

/* Parses UTF-8 text (normalise = true) or bytes; `text` is the object for
 * the error message. */
static Value parse_int_text(VM *vm, const char *s, size_t len, int base, bool normalise, Value text)
{
    char small[128];
    char *buf = len <= sizeof small ? small : mem_alloc_atomic(vm, len);
    if (!buf)
        return 0;
    size_t n = len;
    bool ok = true;
    if (normalise) {
        ok = int_ascii_normalize(s, len, buf, &n);
    } else {
        for (size_t i = 0; i < len; i++) {
            if ((unsigned char)s[i] >= 0x80)
                ok = false;
            buf[i] = s[i];
        }
    }
    Value out = 0;
    int rc = ok ? parse_int_ascii(vm, buf, n, base, &out) : 0;
    if (rc > 0)
        return out;
    if (rc < 0)
        return 0;
    if (!text) {
        /* bytes-like input is quoted as bytes, a bytearray's too (CPython) */
        text = normalise ? OBJ_VAL(str_new(vm, s, len)) : bytes_new(vm, s, len);
        if (!text)
            return 0;
    }
    return raise_invalid_literal(vm, base, text);
}

Value int_from_str(VM *vm, const char *s, size_t len, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return raise_bad_base(vm);
    return parse_int_text(vm, s, len, base, true, 0);
}

/* ---- hash ------------------------------------------------------------------------------- */

int64_t int_hash_value(Value v)
{
    intptr_t i;
    uint64_t m;
    int sign;
    if (small_of(v, &i)) {
        sign = i < 0 ? -1 : 1;
        m = (i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i) % HASH_MODULUS;
    } else {
        mpz_srcptr z = ((BigInt *)AS_OBJ(v))->z;
        sign = mpz_sgn(z);
        m = (uint64_t)mpz_tdiv_ui(z, (unsigned long)HASH_MODULUS);   /* |remainder| */
    }
    int64_t h = sign < 0 ? -(int64_t)m : (int64_t)m;
    return h == -1 ? -2 : h;
}

static int64_t int_hash(VM *vm, Value v)
{
    return int_hash_value(v);
}

/* ---- comparison and truth ---------------------------------------------------------------- */

static bool cmp_holds(int c, CmpOp op)
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    case CMP_GE: return c >= 0;
    }
    return false;
}

static Value int_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!int_check(a) || !int_check(b))
        return NOT_IMPLEMENTED;
    intptr_t x, y;
    int c;
    if (small_of(a, &x) && small_of(b, &y)) {
        c = (x > y) - (x < y);
    } else {
        IntView va, vb;
        c = mpz_cmp(int_view(a, &va), int_view(b, &vb));
    }
    return BOOL_VAL(cmp_holds(c, op));
}

static int int_bool(VM *vm, Value v)
{
    return int_sign(v) != 0;
}

/* ---- arithmetic ---------------------------------------------------------------------------- */

static Value raise_negative_shift(VM *vm)
{
    return vm_raise(vm, &exc_ValueError, "negative shift count");
}

/* float ** for a negative int exponent, as CPython hands it to float. */
static Value pow_as_float(VM *vm, Value a, Value b)
{
    bool ov;
    double x = int_to_double(vm, a, &ov);
    if (ov)
        return vm_raise(vm, &exc_OverflowError, "int too large to convert to float");
    double y = int_to_double(vm, b, &ov);
    if (ov)
        return vm_raise(vm, &exc_OverflowError, "int too large to convert to float");
    return float_pow_values(vm, x, y);
}

/* Both operands small.  1: *out is the result; 0: redo it with GMP;
 * -1: an exception was raised. */
static int small_binop(VM *vm, BinOp op, intptr_t x, intptr_t y, Value *out)
{
    int64_t r;
    switch (op) {
    case BINOP_ADD: r = (int64_t)x + y; break;
    case BINOP_SUB: r = (int64_t)x - y; break;
    case BINOP_MUL:
        if (__builtin_mul_overflow((int64_t)x, (int64_t)y, &r))
            return 0;
        break;
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
        if (y == 0) {
            vm_raise(vm, &exc_ZeroDivisionError, op == BINOP_MOD ? "integer modulo by zero"
                                                                  : "integer division or modulo by zero");
            return -1;
        }
        int64_t q = (int64_t)x / y, m = (int64_t)x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            q--;
            m += y;
        }
        r = op == BINOP_MOD ? m : q;
        break;
    }
    case BINOP_AND: r = x & y; break;
    case BINOP_OR: r = x | y; break;
    case BINOP_XOR: r = x ^ y; break;
    case BINOP_LSHIFT:
        if (y < 0) {
            raise_negative_shift(vm);
            return -1;
        }
        if (x == 0) {
            r = 0;
            break;
        }
        if (y > 62 || __builtin_mul_overflow((int64_t)x, (int64_t)1 << y, &r))
            return 0;
        break;
    case BINOP_RSHIFT:
        if (y < 0) {
            raise_negative_shift(vm);
            return -1;
        }
        r = y > 63 ? (x < 0 ? -1 : 0) : (int64_t)x >> y;
        break;
    case BINOP_POW: {
        if (y < 0)
            return 0;       /* the float path, in int_binop */
        int64_t base = x, e = y, acc = 1;
        while (e) {
            if ((e & 1) && __builtin_mul_overflow(acc, base, &acc))
                return 0;
            e >>= 1;
            if (e && __builtin_mul_overflow(base, base, &base))
                return 0;
        }
        r = acc;
        break;
    }
    default:
        return 0;
    }
    *out = int_from_i64(vm, r);
    return *out ? 1 : -1;
}

/* The GMP path of every binary operator.  Runs under the allocation trap. */
static Value big_binop_inner(VM *vm, BinOp op, Value a, Value b)
{
    IntView va, vb;
    mpz_srcptr x = int_view(a, &va), y = int_view(b, &vb);
    BigInt *r;

    switch (op) {
    case BINOP_FLOORDIV:
    case BINOP_MOD:
        if (mpz_sgn(y) == 0)
            return vm_raise(vm, &exc_ZeroDivisionError, op == BINOP_MOD ? "integer modulo by zero"
                                                                         : "integer division or modulo by zero");
        break;
    case BINOP_LSHIFT:
    case BINOP_RSHIFT:
        if (mpz_sgn(y) < 0)
            return raise_negative_shift(vm);
        break;
    case BINOP_POW:
        if (mpz_sgn(y) < 0)
            return pow_as_float(vm, a, b);
        break;
    case BINOP_MUL:
        if (nbits(x) + nbits(y) > MAX_RESULT_BITS)
            return raise_memory(vm);
        break;
    default:
        break;
    }
    if (!(r = big_new(vm)))
        return 0;
    switch (op) {
    case BINOP_ADD: mpz_add(r->z, x, y); break;
    case BINOP_SUB: mpz_sub(r->z, x, y); break;
    case BINOP_MUL: mpz_mul(r->z, x, y); break;
    case BINOP_FLOORDIV: mpz_fdiv_q(r->z, x, y); break;
    case BINOP_MOD: mpz_fdiv_r(r->z, x, y); break;
    case BINOP_AND: mpz_and(r->z, x, y); break;
    case BINOP_OR: mpz_ior(r->z, x, y); break;
    case BINOP_XOR: mpz_xor(r->z, x, y); break;
    case BINOP_LSHIFT: {
        if (mpz_sgn(x) == 0)
            return MK_INT(0);
        if (!mpz_fits_slong_p(y)) {
            /* CPython counts 30-bit digits: a digit count that cannot
             * even be represented is an OverflowError, a merely huge one
             * a MemoryError */
            mpz_t q;
            mpz_init(q);
            mpz_fdiv_q_ui(q, y, 30);
            bool representable = mpz_fits_slong_p(q) && mpz_get_si(q) < INT64_MAX / 4;
            mpz_clear(q);
            if (representable)
                return raise_memory(vm);
            return vm_raise(vm, &exc_OverflowError, "too many digits in integer");
        }
        uint64_t s = (uint64_t)mpz_get_si(y);
        if (s > MAX_RESULT_BITS || nbits(x) + s > MAX_RESULT_BITS)
            return raise_memory(vm);
        mpz_mul_2exp(r->z, x, (mp_bitcnt_t)s);
        break;
    }
    case BINOP_RSHIFT:
        if (!mpz_fits_ulong_p(y) || nbits(x) <= mpz_get_ui(y))
            return MK_INT(mpz_sgn(x) < 0 ? -1 : 0);
        mpz_fdiv_q_2exp(r->z, x, (mp_bitcnt_t)mpz_get_ui(y));
        break;
    case BINOP_POW: {
        /* bases whose powers stay small never grow */
        if (mpz_cmpabs_ui(x, 1) <= 0) {
            if (mpz_sgn(x) == 0)
                return MK_INT(mpz_sgn(y) == 0 ? 1 : 0);
            if (mpz_sgn(x) > 0 || mpz_even_p(y))
                return MK_INT(1);
            return MK_INT(-1);
        }
        if (!mpz_fits_ulong_p(y))
            return raise_memory(vm);
        unsigned long e = mpz_get_ui(y);
        long ex;
        double m = mpz_get_d_2exp(&ex, x);
        double est = (double)e * ((double)ex + log2(fabs(m)));
        if (est > (double)MAX_RESULT_BITS)
            return raise_memory(vm);
        mpz_pow_ui(r->z, x, e);
        break;
    }
    default:
        return NOT_IMPLEMENTED;
    }
    return big_finish(r);
}

static Value big_binop(VM *vm, BinOp op, Value a, Value b)
{
    jmp_buf trap;
    jmp_buf *outer = gmp_trap;
    if (setjmp(trap)) {
        gmp_trap = outer;
        return raise_memory(vm);
    }
    gmp_trap = &trap;
    Value r = big_binop_inner(vm, op, a, b);
    gmp_trap = outer;
    return r;
}

static Value int_binop(VM *vm, BinOp op, Value a, Value b)
{
    if (!int_check(a) || !int_check(b))
        return NOT_IMPLEMENTED;
    if (op == BINOP_TRUEDIV)
        return int_true_divide(vm, a, b);
    intptr_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        Value r;
        int rc = small_binop(vm, op, x, y, &r);
        if (rc > 0)
            return r;
        if (rc < 0)
            return 0;
        if (op == BINOP_POW && y < 0)
            return pow_as_float(vm, a, b);
    }
    return big_binop(vm, op, a, b);
}

#define INT_BINOP(name, op) \
    static Value int_##name(VM *vm, Value a, Value b) { return int_binop(vm, op, a, b); }
INT_BINOP(add, BINOP_ADD)
INT_BINOP(sub, BINOP_SUB)
INT_BINOP(mul, BINOP_MUL)
INT_BINOP(floordiv, BINOP_FLOORDIV)
INT_BINOP(mod, BINOP_MOD)
INT_BINOP(pow, BINOP_POW)
INT_BINOP(lshift, BINOP_LSHIFT)
INT_BINOP(rshift, BINOP_RSHIFT)
INT_BINOP(and, BINOP_AND)
INT_BINOP(or, BINOP_OR)
INT_BINOP(xor, BINOP_XOR)
INT_BINOP(truediv, BINOP_TRUEDIV)
#undef INT_BINOP

Value int_pow_mod(VM *vm, Value a, Value b, Value m)
{
    if (!int_check(a) || !int_check(b) || !int_check(m))
        return vm_raise(vm, &exc_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    IntView va, vb, vm_;
    mpz_srcptr x = int_view(a, &va), e = int_view(b, &vb), mod = int_view(m, &vm_);
    if (mpz_sgn(mod) == 0)
        return vm_raise(vm, &exc_ValueError, "pow() 3rd argument cannot be 0");

    jmp_buf trap;
    jmp_buf *outer = gmp_trap;
    if (setjmp(trap)) {
        gmp_trap = outer;
        return raise_memory(vm);
    }
    gmp_trap = &trap;
    Value result = 0;
    mpz_t am, base, ex;
    mpz_inits(am, base, ex, NULL);
    mpz_abs(am, mod);
    mpz_set(base, x);
    mpz_set(ex, e);
    if (mpz_sgn(ex) < 0) {
        if (!mpz_invert(base, base, am)) {
            gmp_trap = outer;
            return vm_raise(vm, &exc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_neg(ex, ex);
    }
    BigInt *r = big_new(vm);
    if (r) {
        mpz_powm(r->z, base, ex, am);   /* in [0, |m|) */
        if (mpz_sgn(mod) < 0 && mpz_sgn(r->z) != 0)
            mpz_add(r->z, r->z, mod);
        result = big_finish(r);
    }
    gmp_trap = outer;
    return result;
}

/* ---- unary -------------------------------------------------------------------------------- */

static Value int_neg(VM *vm, Value a)
{
    intptr_t x;
    if (small_of(a, &x))
        return int_from_i64(vm, -(int64_t)x);
    BigInt *r = big_new(vm);
    if (!r)
        return 0;
    mpz_neg(r->z, ((BigInt *)AS_OBJ(a))->z);
    return big_finish(r);
}

static Value int_pos(VM *vm, Value a)
{
    return exact_int(vm, a);
}

static Value int_abs(VM *vm, Value a)
{
    return int_sign(a) < 0 ? int_neg(vm, a) : exact_int(vm, a);
}

static Value int_invert(VM *vm, Value a)
{
    intptr_t x;
    if (small_of(a, &x))
        return int_from_i64(vm, -(int64_t)x - 1);
    BigInt *r = big_new(vm);
    if (!r)
        return 0;
    mpz_com(r->z, ((BigInt *)AS_OBJ(a))->z);
    return big_finish(r);
}

static Value int_to_float_slot(VM *vm, Value a)
{
    bool ov;
    double d = int_to_double(vm, a, &ov);
    if (ov)
        return vm_raise(vm, &exc_OverflowError, "int too large to convert to float");
    return float_new(vm, d);
}

/* ---- construction --------------------------------------------------------------------------- */

/* int(x) for one argument: CPython's PyNumber_Long. */
static Value int_of(VM *vm, Value x)
{
    if (IS_INT(x))
        return x;
    TypeObject *t = AS_OBJ(x)->type;
    if (t == &type_int)
        return x;
    if (t == &type_bool)
        return MK_INT(((Bool *)AS_OBJ(x))->value);
    if (t->to_int) {
        Value r = t->to_int(vm, x);
        if (!r)
            return 0;
        if (!int_check(r))
            return vm_raise(vm, &exc_TypeError, "__int__ returned non-int (type %s)", type_name(r));
        return exact_int(vm, r);
    }
    if (t->index) {
        Value r = t->index(vm, x);
        if (!r)
            return 0;
        if (!int_check(r))
            return vm_raise(vm, &exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
        return exact_int(vm, r);
    }
    Value trunc = type_lookup(t, str_intern_cstr(vm, "__trunc__"));
    if (trunc) {
        Value r = obj_call1(vm, trunc, x);
        if (!r)
            return 0;
        if (int_check(r))
            return exact_int(vm, r);
        if (!TYPE_OF(r)->index)
            return vm_raise(vm, &exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                            type_name(r));
        return obj_index(vm, r);
    }
    if (str_check(x))
        return parse_int_text(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, 10, true, x);
    const unsigned char *bd;
    int64_t bn;
    if (bytes_like_data(x, &bd, &bn))
        return parse_int_text(vm, (const char *)bd, (size_t)bn, 10, false, 0);
    return vm_raise(vm, &exc_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    type_name(x));
}

/* int(x=0, /, base=10) */
static Value int_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value x = 0, basev = 0;
    if (argc + nkw > 2)
        return vm_raise(vm, &exc_TypeError, "int() takes at most 2 arguments (%d given)", argc + nkw);
    if (argc >= 1)
        x = argv[0];
    if (argc >= 2)
        basev = argv[1];
    for (int i = 0; i < nkw; i++) {
        Str *k = AS_STR(kwnames->items[i]);
        if (!str_eq_cstr(k, "base"))
            return vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for int()", k->data);
        if (basev)
            return vm_raise(vm, &exc_TypeError,
                            "argument for int() given by name ('base') and position (2)");
        basev = argv[argc + i];
    }
    if (t == &type_bool)
        return vm_raise(vm, &exc_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");

    Value v;
    if (!basev) {
        v = x ? int_of(vm, x) : MK_INT(0);
    } else {
        if (!x)
            return vm_raise(vm, &exc_TypeError, "int() missing string argument");
        int64_t base, bn;
        const unsigned char *bd;
        if (obj_index_int64(vm, basev, &base) < 0) {
            /* a huge base is just out of range, as CPython says */
            if (!vm_exc_matches(vm, &exc_OverflowError))
                return 0;
            vm_exc_clear(vm);
            return raise_bad_base(vm);
        }
        if (base != 0 && (base < 2 || base > 36))
            return raise_bad_base(vm);
        if (str_check(x))
            v = parse_int_text(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, (int)base, true, x);
        else if (bytes_like_data(x, &bd, &bn))
            v = parse_int_text(vm, (const char *)bd, (size_t)bn, (int)base, false, 0);
        else
            return vm_raise(vm, &exc_TypeError, "int() can't convert non-string with explicit base");
    }
    if (!v || t == &type_int)
        return v;
    /* a subclass: its own instance, BigInt layout, holding the value */
    BigInt *o = (BigInt *)obj_alloc(vm, t);
    if (!o)
        return 0;
    mpz_init(o->z);
    int_to_mpz(v, o->z);
    return OBJ_VAL(o);
}

/* ---- methods ------------------------------------------------------------------------------- */

int num_method_args(VM *vm, Value self, const char *name, int nargs, Tuple *kw, int min, int max)
{
    char qual[128];
    const char *owner = IS_OBJ(self) && type_is_subtype(AS_OBJ(self)->type, &type_type)
                        ? AS_TYPE(self)->name : type_name(self);
    snprintf(qual, sizeof qual, "%s.%s", owner, name);
    if (args_no_kw(vm, qual, kw) < 0)
        return -1;
    /* only the fixed-count forms carry the qualified name */
    return args_count(vm, min == max ? qual : name, nargs, min, max);
}

static Value m_conjugate(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "conjugate", argc - 1, kw, 0, 0) < 0)
        return 0;
    return exact_int(vm, argv[0]);
}

static Value m_bit_length(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "bit_length", argc - 1, kw, 0, 0) < 0)
        return 0;
    IntView iv;
    return int_from_u64(vm, nbits(int_view(argv[0], &iv)));
}

static Value m_bit_count(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "bit_count", argc - 1, kw, 0, 0) < 0)
        return 0;
    IntView iv;
    mpz_srcptr z = int_view(argv[0], &iv);
    mpz_t mag;
    mpz_roinit_n(mag, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    return int_from_u64(vm, mpz_popcount(mag));
}

static Value m_as_integer_ratio(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "as_integer_ratio", argc - 1, kw, 0, 0) < 0)
        return 0;
    Value n = exact_int(vm, argv[0]);
    return n ? tuple_pack(vm, 2, n, MK_INT(1)) : 0;
}

static Value m_trunc(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__trunc__", argc - 1, kw, 0, 0) < 0)
        return 0;
    return exact_int(vm, argv[0]);
}

static Value m_floor(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__floor__", argc - 1, kw, 0, 0) < 0)
        return 0;
    return exact_int(vm, argv[0]);
}

static Value m_ceil(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__ceil__", argc - 1, kw, 0, 0) < 0)
        return 0;
    return exact_int(vm, argv[0]);
}

static Value m_getnewargs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__getnewargs__", argc - 1, kw, 0, 0) < 0)
        return 0;
    Value n = exact_int(vm, argv[0]);
    return n ? tuple_pack(vm, 1, n) : 0;
}

/* round(n, ndigits): n itself for ndigits >= 0, else n rounded half to even
 * to a multiple of 10**-ndigits. */
static Value m_round(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__round__", argc - 1, kw, 0, 1) < 0)
        return 0;
    Value self = argv[0];
    if (argc < 2)
        return exact_int(vm, self);
    Value nd = obj_index(vm, argv[1]);
    if (!nd)
        return 0;
    if (int_sign(nd) >= 0)
        return exact_int(vm, self);
    IntView iv;
    mpz_srcptr x = int_view(self, &iv);
    int64_t k;
    /* 10**k > 2|x| makes the result 0; 10**k > 2**(3k) */
    if (!int_to_i64(nd, &k) || -k > (int64_t)(nbits(x) / 3 + 2))
        return MK_INT(0);
    k = -k;
    mpz_t p, q, r, twice;
    mpz_inits(p, q, r, twice, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_fdiv_qr(q, r, x, p);            /* x = q*p + r, 0 <= r < p */
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    return int_from_mpz(vm, q);
}

static Value m_divmod(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__divmod__", argc - 1, kw, 1, 1) < 0)
        return 0;
    Value a = argv[0], b = argv[1];
    if (!int_check(a) || !int_check(b))
        return NOT_IMPLEMENTED;
    Value q = int_binop(vm, BINOP_FLOORDIV, a, b);
    if (!q)
        return 0;
    Value r = int_binop(vm, BINOP_MOD, a, b);
    return r ? tuple_pack(vm, 2, q, r) : 0;
}

static Value m_rdivmod(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (num_method_args(vm, argv[0], "__rdivmod__", argc - 1, kw, 1, 1) < 0)
        return 0;
    Value swapped[2] = { argv[1], argv[0] };
    if (!int_check(swapped[0]))
        return NOT_IMPLEMENTED;
    return m_divmod(vm, 2, swapped, NULL);
}

/* byteorder argument of to_bytes/from_bytes: 1 big, 0 little, -1 error */
static int byteorder_arg(VM *vm, const char *fname, Value v)
{
    if (!v)
        return 1;
    if (!str_check(v)) {
        vm_raise(vm, &exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, str_arg_type_name(v));
        return -1;
    }
    if (str_eq_cstr(AS_STR(v), "big"))
        return 1;
    if (str_eq_cstr(AS_STR(v), "little"))
        return 0;
    vm_raise(vm, &exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* to_bytes(length=1, byteorder='big', *, signed=False) */
static Value m_to_bytes(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "length", "byteorder", "$signed" };
    Value a[3];
    if (args_parse(vm, "to_bytes", argc - 1, argv + 1, kw, 0, 3, names, a) < 0)
        return 0;
    int64_t length = 1;
    if (a[0] && str_arg_ssize(vm, a[0], &length) < 0)
        return 0;
    if (length < 0)
        return vm_raise(vm, &exc_ValueError, "length argument must be non-negative");
    int big = byteorder_arg(vm, "to_bytes", a[1]);
    if (big < 0)
        return 0;
    int is_signed = 0;
    if (a[2] && (is_signed = obj_truthy(vm, a[2])) < 0)
        return 0;
    IntView iv;
    mpz_srcptr x = int_view(argv[0], &iv);
    if (!is_signed && mpz_sgn(x) < 0)
        return vm_raise(vm, &exc_OverflowError, "can't convert negative int to unsigned");
    /* the value must fit in 8*length bits (two's complement when signed) */
    uint64_t avail = (uint64_t)length * 8;
    mpz_t u;
    mpz_init(u);
    if (mpz_sgn(x) < 0)
        mpz_com(u, x);              /* -x-1 >= 0: same bit count test */
    else
        mpz_set(u, x);
    uint64_t need = nbits(u) + (is_signed ? 1 : 0);
    if (need > avail)
        return vm_raise(vm, &exc_OverflowError, "int too big to convert");
    unsigned char *buf = mem_alloc_atomic(vm, (size_t)length + 1);
    if (!buf)
        return 0;
    memset(buf, mpz_sgn(x) < 0 ? 0xff : 0, (size_t)length);
    if (mpz_sgn(x) < 0) {
        /* two's complement: ~(-x-1) in the low bytes */
        size_t count = 0;
        unsigned char *mag = mpz_export(NULL, &count, -1, 1, 0, 0, u);
        for (size_t i = 0; i < count; i++)
            buf[i] = (unsigned char)~mag[i];
    } else {
        size_t count = 0;
        mpz_export(buf, &count, -1, 1, 0, 0, u);
    }
    if (big) {
        for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char c = buf[i];
            buf[i] = buf[j];
            buf[j] = c;
        }
    }
    return bytes_new(vm, buf, (size_t)length);
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) */
static Value m_from_bytes(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "bytes", "byteorder", "$signed" };
    Value a[3];
    if (args_parse(vm, "from_bytes", argc - 1, argv + 1, kw, 1, 3, names, a) < 0)
        return 0;
    int big = byteorder_arg(vm, "from_bytes", a[1]);
    if (big < 0)
        return 0;
    int is_signed = 0;
    if (a[2] && (is_signed = obj_truthy(vm, a[2])) < 0)
        return 0;
    const unsigned char *data;
    size_t len;
    int64_t blen;
    if (bytes_like_data(a[0], &data, &blen)) {
        len = (size_t)blen;
    } else {
        TypeObject *t = TYPE_OF(a[0]);
        if (str_check(a[0]) || (!t->iter && !t->getitem))
            return vm_raise(vm, &exc_TypeError, "cannot convert '%s' object to bytes", t->name);
        Value l = obj_to_list(vm, a[0]);
        if (!l)
            return 0;
        List *lst = AS_LIST(l);
        unsigned char *buf = mem_alloc_atomic(vm, (size_t)lst->len + 1);
        if (!buf)
            return 0;
        for (int64_t i = 0; i < lst->len; i++) {
            int64_t c;
            if (obj_index_int64(vm, lst->items[i], &c) < 0)
                return 0;
            if (c < 0 || c > 255)
                return vm_raise(vm, &exc_ValueError, "bytes must be in range(0, 256)");
            buf[i] = (unsigned char)c;
        }
        data = buf;
        len = (size_t)lst->len;
    }
    mpz_t z;
    mpz_init(z);
    if (len)
        mpz_import(z, len, big ? 1 : -1, 1, 0, 0, data);
    if (is_signed && len) {
        unsigned char top = big ? data[0] : data[len - 1];
        if (top & 0x80) {
            mpz_t p;
            mpz_init(p);
            mpz_setbit(p, (mp_bitcnt_t)len * 8);
            mpz_sub(z, z, p);
        }
    }
    Value v = int_from_mpz(vm, z);
    if (!v)
        return 0;
    Value cls = argv[0];
    if (cls == OBJ_VAL(&type_int))
        return v;
    return obj_call1(vm, cls, v);
}

static Value g_self(VM *vm, Value self) { return exact_int(vm, self); }
static Value g_zero(VM *vm, Value self) { return MK_INT(0); }
static Value g_one(VM *vm, Value self) { return MK_INT(1); }

static const MethodDef int_methods[] = {
    { "conjugate", m_conjugate, 0, "Returns self, the complex conjugate of any int." },
    { "bit_length", m_bit_length, 0, "Number of bits necessary to represent self in binary." },
    { "bit_count", m_bit_count, 0, "Number of ones in the binary representation of the absolute value of self." },
    { "to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer." },
    { "from_bytes", m_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes." },
    { "as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio." },
    { "__trunc__", m_trunc, 0, "Truncating an Integral returns itself." },
    { "__floor__", m_floor, 0, "Flooring an Integral returns itself." },
    { "__ceil__", m_ceil, 0, "Ceiling of an Integral returns itself." },
    { "__round__", m_round, 0, "Rounding an Integral returns itself." },
    { "__divmod__", m_divmod, 0, "Return divmod(self, value)." },
    { "__rdivmod__", m_rdivmod, 0, "Return divmod(value, self)." },
    { "__getnewargs__", m_getnewargs, 0, NULL },
    { "__format__", format_builtin_method, 0, NULL },
    { 0 }
};

static const GetSetDef int_getsets[] = {
    { "real", g_self, NULL },
    { "imag", g_zero, NULL },
    { "numerator", g_self, NULL },
    { "denominator", g_one, NULL },
    { 0 }
};

TypeObject type_int = {
    .hdr.type = &type_type,
    .name = "int",
    .base = &type_object,
    .flags = TF_BASETYPE,
    .instance_size = sizeof(BigInt),
    .new_ = int_new,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .bool_ = int_bool,
    .binop = {
        [BINOP_ADD] = int_add, [BINOP_SUB] = int_sub, [BINOP_MUL] = int_mul,
        [BINOP_FLOORDIV] = int_floordiv, [BINOP_MOD] = int_mod, [BINOP_POW] = int_pow,
        [BINOP_LSHIFT] = int_lshift, [BINOP_RSHIFT] = int_rshift, [BINOP_AND] = int_and,
        [BINOP_OR] = int_or, [BINOP_XOR] = int_xor, [BINOP_TRUEDIV] = int_truediv,
    },
    .neg = int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs = int_abs,
    .index = exact_int,
    .to_int = exact_int,
    .to_float = int_to_float_slot,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.",
};
