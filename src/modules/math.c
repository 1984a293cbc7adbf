/* math.c — the math module: libm's functions with CPython's error rules
 * ("math domain error" for a NaN or a singularity from ordinary input,
 * "math range error" for an overflow), plus the integer functions over GMP
 * and CPython's accurate algorithms for fsum and hypot.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "objects/number.h"

/* Results beyond this many bits are refused with MemoryError (see int.c). */
#define MAX_RESULT_BITS ((double)((uint64_t)1 << 32))

static Value domain_error(VM *vm)
{
    return vm_raise(vm, &exc_ValueError, "math domain error");
}

static Value range_error(VM *vm)
{
    return vm_raise(vm, &exc_OverflowError, "math range error");
}

/* errno left by libm (or by our own special-casing) as CPython's is_error:
 * an underflow (ERANGE with a tiny result) is not an error. */
static bool errno_raises(VM *vm, double r)
{
    if (errno == EDOM) {
        domain_error(vm);
        return true;
    }
    if (errno == ERANGE && fabs(r) >= 1.5) {
        range_error(vm);
        return true;
    }
    return false;
}

/* Checks "math.NAME(x)" has one positional argument and reads it as a double. */
static bool one_double(VM *vm, const char *qname, int argc, Value *argv, Tuple *kw, double *x)
{
    return args_no_kw(vm, qname, kw) == 0 && args_count(vm, qname, argc, 1, 1) == 0 &&
           float_as_double(vm, argv[0], x) == 0;
}

/* "NAME(x, y)": two positional doubles (CPython's messages differ in form
 * for the one- and two-argument functions). */
static bool two_doubles(VM *vm, const char *qname, int argc, Value *argv, Tuple *kw,
                        double *x, double *y)
{
    return args_no_kw(vm, qname, kw) == 0 && args_count(vm, qname + 5, argc, 2, 2) == 0 &&
           float_as_double(vm, argv[0], x) == 0 && float_as_double(vm, argv[1], y) == 0;
}

/* ---- functions of one float ------------------------------------------------------ */

/* CPython's math_1: a NaN from a non-NaN is a domain error; an infinity
 * from a finite argument is an overflow where the function can overflow,
 * else a singularity (domain error). */
static Value math_1(VM *vm, const char *qname, int argc, Value *argv, Tuple *kw,
                    double (*f)(double), bool can_overflow)
{
    double x;
    if (!one_double(vm, qname, argc, argv, kw, &x))
        return 0;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error(vm);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(vm) : domain_error(vm);
    if (isfinite(r) && errno && errno_raises(vm, r))
        return 0;
    return float_new(vm, r);
}

/* math_1a: only errno decides (gamma, lgamma, erf, erfc) */
static Value math_1a(VM *vm, const char *qname, int argc, Value *argv, Tuple *kw,
                     double (*f)(double))
{
    double x;
    if (!one_double(vm, qname, argc, argv, kw, &x))
        return 0;
    errno = 0;
    double r = f(x);
    if (errno && errno_raises(vm, r))
        return 0;
    return float_new(vm, r);
}

/* gamma and lgamma: CPython computes these itself (Lanczos' approximation
 * with g = 6.024680040776729583740234375 and 13 terms, as Boost does), so
 * libm's tgamma would differ in the last digits; these follow CPython's
 * formulas and constants. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408
};
/* the denominator x*(x+1)*...*(x+11) as a polynomial */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0
};
static const double math_pi = 3.141592653589793238462643383279502884197;
static const double log_pi = 1.144729885849400174143427351353058711647;

/* Lanczos' sum L_g(x) for x > 0; as a rational function of 1/x for large x
 * so that it cannot overflow. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), accurate near the integers */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(math_pi * y); break;
    case 1: r = cos(math_pi * (y - 0.5)); break;
    case 2: r = sin(math_pi * (1.0 - y)); break;   /* +0.0 at y == 1 */
    case 3: r = -cos(math_pi * (y - 1.5)); break;
    default: r = sin(math_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double m_gamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0) {        /* (x-1)! is exact in a double */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return f;
        }
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return INFINITY;
    }
    double y = absx + lanczos_g_minus_half, z;
    /* z: the rounding error of y, to correct pow(y, .)/exp(y) by (1 + z*g/y) */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -math_pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return INFINITY;
        }
        return 0.0;     /* lgamma(1) == lgamma(2) == 0 */
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)        /* reflection */
        r = log_pi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_erf(double x) { return erf(x); }
static double m_erfc(double x) { return erfc(x); }

#define MATH1(name, cfunc, can_overflow) \
    static Value math_##name(VM *vm, int argc, Value *argv, Tuple *kw) \
    { return math_1(vm, "math." #name, argc, argv, kw, cfunc, can_overflow); }
MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(log1p, log1p, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)
#undef MATH1

#define MATH1A(name, cfunc) \
    static Value math_##name(VM *vm, int argc, Value *argv, Tuple *kw) \
    { return math_1a(vm, "math." #name, argc, argv, kw, cfunc); }
MATH1A(gamma, m_gamma)
MATH1A(lgamma, m_lgamma)
MATH1A(erf, m_erf)
MATH1A(erfc, m_erfc)
#undef MATH1A

static Value math_degrees(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    if (!one_double(vm, "math.degrees", argc, argv, kw, &x))
        return 0;
    return float_new(vm, x * (180.0 / M_PI));
}

static Value math_radians(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    if (!one_double(vm, "math.radians", argc, argv, kw, &x))
        return 0;
    return float_new(vm, x * (M_PI / 180.0));
}

static Value math_isfinite(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    return one_double(vm, "math.isfinite", argc, argv, kw, &x) ? BOOL_VAL(isfinite(x)) : 0;
}

static Value math_isinf(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    return one_double(vm, "math.isinf", argc, argv, kw, &x) ? BOOL_VAL(isinf(x)) : 0;
}

static Value math_isnan(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    return one_double(vm, "math.isnan", argc, argv, kw, &x) ? BOOL_VAL(isnan(x)) : 0;
}

static Value math_ulp(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    if (!one_double(vm, "math.ulp", argc, argv, kw, &x))
        return 0;
    if (isnan(x))
        return float_new(vm, x);
    x = fabs(x);
    if (isinf(x))
        return float_new(vm, x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return float_new(vm, x - nextafter(x, -INFINITY));
    return float_new(vm, up - x);
}

static Value pair(VM *vm, Value a, Value b)
{
    return a && b ? tuple_pack(vm, 2, a, b) : 0;
}

static Value math_modf(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    if (!one_double(vm, "math.modf", argc, argv, kw, &x))
        return 0;
    if (isinf(x))
        return pair(vm, float_new(vm, copysign(0.0, x)), float_new(vm, x));
    if (isnan(x))
        return pair(vm, float_new(vm, x), float_new(vm, x));
    double ip;
    double fp = modf(x, &ip);
    return pair(vm, float_new(vm, fp), float_new(vm, ip));
}

static Value math_frexp(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    if (!one_double(vm, "math.frexp", argc, argv, kw, &x))
        return 0;
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0)
        m = frexp(x, &e);
    return pair(vm, float_new(vm, m), MK_INT(e));
}

/* ---- functions of two floats ------------------------------------------------------ */

/* CPython's math_2: NaN from non-NaNs is a domain error, an infinity from
 * finite arguments a range error. */
static Value math_2(VM *vm, double x, double y, double r)
{
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(vm);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error(vm);
    return float_new(vm, r);
}

static Value math_atan2(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double y, x;
    if (!two_doubles(vm, "math.atan2", argc, argv, kw, &y, &x))
        return 0;
    return math_2(vm, y, x, atan2(y, x));
}

static Value math_copysign(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x, y;
    if (!two_doubles(vm, "math.copysign", argc, argv, kw, &x, &y))
        return 0;
    return math_2(vm, x, y, copysign(x, y));
}

static Value math_nextafter(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x, y;
    if (!two_doubles(vm, "math.nextafter", argc, argv, kw, &x, &y))
        return 0;
    return float_new(vm, nextafter(x, y));
}

static Value math_fmod(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x, y;
    if (!two_doubles(vm, "math.fmod", argc, argv, kw, &x, &y))
        return 0;
    if (isinf(y) && isfinite(x))
        return float_new(vm, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(vm);
    return float_new(vm, r);
}

static Value math_remainder(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x, y;
    if (!two_doubles(vm, "math.remainder", argc, argv, kw, &x, &y))
        return 0;
    if (isnan(x))
        return float_new(vm, x);
    if (isnan(y))
        return float_new(vm, y);
    if (isinf(x) || y == 0.0)
        return domain_error(vm);
    if (isinf(y))
        return float_new(vm, x);
    return float_new(vm, remainder(x, y));
}

/* math.pow: unlike **, never complex and never ZeroDivisionError. */
static Value math_pow(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x, y, r;
    if (!two_doubles(vm, "math.pow", argc, argv, kw, &x, &y))
        return 0;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else {        /* y is infinite */
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
    } else {
        r = pow(x, y);
        errno = 0;
        if (isnan(r))
            errno = EDOM;
        else if (isinf(r))
            errno = x == 0.0 ? EDOM : ERANGE;
    }
    if (errno && errno_raises(vm, r))
        return 0;
    return float_new(vm, r);
}

static Value math_ldexp(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double x;
    if (args_no_kw(vm, "math.ldexp", kw) < 0 || args_count(vm, "ldexp", argc, 2, 2) < 0 ||
        float_as_double(vm, argv[0], &x) < 0)
        return 0;
    if (!int_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_i64(argv[1], &e))
        e = int_sign(argv[1]) < 0 ? INT64_MIN : INT64_MAX;
    double r;
    if (x == 0.0 || !isfinite(x))
        return float_new(vm, x);
    if (e > INT32_MAX)
        return range_error(vm);
    if (e < INT32_MIN)
        return float_new(vm, copysign(0.0, x));
    r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error(vm);
    return float_new(vm, r);
}

static Value math_isclose(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "a", "b", "$rel_tol", "abs_tol" };
    Value v[4];
    if (args_parse(vm, "isclose", argc, argv, kw, 2, 4, names, v) < 0)
        return 0;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (float_as_double(vm, v[0], &a) < 0 || float_as_double(vm, v[1], &b) < 0 ||
        (v[2] && float_as_double(vm, v[2], &rel_tol) < 0) ||
        (v[3] && float_as_double(vm, v[3], &abs_tol) < 0))
        return 0;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return vm_raise(vm, &exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return TRUE_VAL;
    if (isinf(a) || isinf(b))
        return FALSE_VAL;
    double diff = fabs(b - a);
    return BOOL_VAL(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- rounding to ints -------------------------------------------------------------------- */

/* Calls type(x).<name>(x) if the type defines it; 0 with nothing raised if not. */
static Value call_special(VM *vm, Value x, const char *name, bool *found)
{
    Value m = type_lookup(TYPE_OF(x), str_intern_cstr(vm, name));
    *found = m != 0;
    return m ? obj_call1(vm, m, x) : 0;
}

static Value round_to_int(VM *vm, const char *qname, const char *dunder, int argc, Value *argv,
                          Tuple *kw, double (*f)(double))
{
    if (args_no_kw(vm, qname, kw) < 0 || args_count(vm, qname, argc, 1, 1) < 0)
        return 0;
    Value x = argv[0];
    if (!IS_FLOAT(x)) {
        bool found;
        Value r = call_special(vm, x, dunder, &found);
        if (found)
            return r;
    }
    double d;
    if (float_as_double(vm, x, &d) < 0)
        return 0;
    return int_from_double(vm, f(d));
}

static Value math_floor(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return round_to_int(vm, "math.floor", "__floor__", argc, argv, kw, floor);
}

static Value math_ceil(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return round_to_int(vm, "math.ceil", "__ceil__", argc, argv, kw, ceil);
}

static Value math_trunc(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.trunc", kw) < 0 || args_count(vm, "math.trunc", argc, 1, 1) < 0)
        return 0;
    Value x = argv[0];
    if (IS_FLOAT(x))
        return int_from_double(vm, trunc(AS_FLOAT(x)));
    bool found;
    Value r = call_special(vm, x, "__trunc__", &found);
    if (!found)
        return vm_raise(vm, &exc_TypeError, "type %s doesn't define __trunc__ method", type_name(x));
    return r;
}

/* ---- logarithms ------------------------------------------------------------------------ */

static double m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -INFINITY : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log2(x);
        errno = EDOM;
        return x == 0.0 ? -INFINITY : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double m_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log10(x);
        errno = EDOM;
        return x == 0.0 ? -INFINITY : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

/* log of any real; an int too large for a double is split as m * 2**e. */
static int loghelper(VM *vm, Value v, double (*f)(double), double *out)
{
    if (int_check(v)) {
        if (int_sign(v) <= 0) {
            domain_error(vm);
            return -1;
        }
        bool ov;
        double x = int_to_double(vm, v, &ov);
        if (!ov) {
            *out = f(x);
            return 0;
        }
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        long e;
        double m = mpz_get_d_2exp(&e, z);
        *out = f(m) + f(2.0) * (double)e;
        return 0;
    }
    double x;
    if (float_as_double(vm, v, &x) < 0)
        return -1;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        domain_error(vm);
        return -1;
    }
    if (isinf(r) && isfinite(x)) {
        domain_error(vm);
        return -1;
    }
    *out = r;
    return 0;
}

static Value math_log(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "log", kw) < 0)
        return 0;
    if (argc < 1 || argc > 2)
        return vm_raise(vm, &exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (loghelper(vm, argv[0], m_log, &num) < 0)
        return 0;
    if (argc == 1)
        return float_new(vm, num);
    if (loghelper(vm, argv[1], m_log, &den) < 0)
        return 0;
    if (den == 0.0)
        return vm_raise(vm, &exc_ZeroDivisionError, "float division by zero");
    return float_new(vm, num / den);
}

static Value math_log2(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double r;
    if (args_no_kw(vm, "math.log2", kw) < 0 || args_count(vm, "math.log2", argc, 1, 1) < 0 ||
        loghelper(vm, argv[0], m_log2, &r) < 0)
        return 0;
    return float_new(vm, r);
}

static Value math_log10(VM *vm, int argc, Value *argv, Tuple *kw)
{
    double r;
    if (args_no_kw(vm, "math.log10", kw) < 0 || args_count(vm, "math.log10", argc, 1, 1) < 0 ||
        loghelper(vm, argv[0], m_log10, &r) < 0)
        return 0;
    return float_new(vm, r);
}

/* ---- hypot / dist: CPython's accurate vector norm ------------------------------------------
 * Scale by a power of two so the largest element lies in [0.5, 1), square
 * each element exactly as hi*hi + 2*hi*lo + lo*lo (Veltkamp-Dekker split),
 * add with separate compensation terms starting from 1.0 (which keeps the
 * running sum the larger addend), then correct the square root by one
 * Newton step.  Reproducing the algorithm gives CPython's very digits. */
static double vector_norm(int64_t n, const double *vec, double max, bool found_nan)
{
    const double split = 134217729.0;      /* 2**27 + 1 */
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, old, x, t, hi, lo;
    if (max_e < -1023) {
        /* 2**-max_e would overflow: divide by max instead */
        for (int64_t i = 0; i < n; i++) {
            x = vec[i] / max;
            x = x * x;
            old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    double scale = ldexp(1.0, -max_e);
    for (int64_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * split;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = 2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    t = h * split;
    hi = t - (t - h);
    lo = h - hi;
    x = -hi * hi;
    old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

static Value math_hypot(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.hypot", kw) < 0)
        return 0;
    double small[16];
    double *v = argc <= 16 ? small : mem_alloc_atomic(vm, sizeof(double) * (size_t)argc);
    if (!v)
        return 0;
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < argc; i++) {
        double x;
        if (float_as_double(vm, argv[i], &x) < 0)
            return 0;
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    return float_new(vm, vector_norm(argc, v, max, found_nan));
}

static Value math_dist(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.dist", kw) < 0 || args_count(vm, "dist", argc, 2, 2) < 0)
        return 0;
    Value p = IS_LIST(argv[0]) || IS_TUPLE(argv[0]) ? argv[0] : obj_to_list(vm, argv[0]);
    if (!p)
        return 0;
    Value q = IS_LIST(argv[1]) || IS_TUPLE(argv[1]) ? argv[1] : obj_to_list(vm, argv[1]);
    if (!q)
        return 0;
    int64_t n = IS_LIST(p) ? AS_LIST(p)->len : AS_TUPLE(p)->len;
    int64_t m = IS_LIST(q) ? AS_LIST(q)->len : AS_TUPLE(q)->len;
    if (n != m)
        return vm_raise(vm, &exc_ValueError, "both points must have the same number of dimensions");
    Value *pi = IS_LIST(p) ? AS_LIST(p)->items : AS_TUPLE(p)->items;
    Value *qi = IS_LIST(q) ? AS_LIST(q)->items : AS_TUPLE(q)->items;
    double *v = mem_alloc_atomic(vm, sizeof(double) * (size_t)(n + 1));
    if (!v)
        return 0;
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (float_as_double(vm, pi[i], &a) < 0 || float_as_double(vm, qi[i], &b) < 0)
            return 0;
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    return float_new(vm, vector_norm(n, v, max, found_nan));
}

/* ---- fsum: Shewchuk's exact partial sums, CPython's msum ----------------------------------- */

static Value math_fsum(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.fsum", kw) < 0 || args_count(vm, "math.fsum", argc, 1, 1) < 0)
        return 0;
    Value it = obj_iter(vm, argv[0]);
    if (!it)
        return 0;
    double small[32];
    double *p = small;
    int64_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        Value item = obj_next(vm, it);
        if (!item) {
            if (vm->exc)
                return 0;
            break;
        }
        double x;
        if (float_as_double(vm, item, &x) < 0)
            return 0;
        double xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an inf or nan among the inputs, or an overflow of finite ones */
                if (isfinite(xsave))
                    return vm_raise(vm, &exc_OverflowError, "intermediate overflow in fsum");
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np = mem_alloc_atomic(vm, sizeof(double) * (size_t)cap * 2);
                    if (!np)
                        return 0;
                    memcpy(np, p, sizeof(double) * (size_t)n);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            return vm_raise(vm, &exc_ValueError, "-inf + inf in fsum");
        return float_new(vm, special_sum);
    }
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* add the partials from the top until the sum becomes inexact */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        /* half-even rounding across several partials: if the rest pushes the
         * same way as lo, lo was not really a tie */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    return float_new(vm, hi);
}

static Value math_prod(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (argc != 1)
        return vm_raise(vm, &exc_TypeError, "prod() takes exactly 1 positional argument (%d given)", argc);
    Value acc = MK_INT(1);
    for (int64_t i = 0; kw && i < kw->len; i++) {
        Str *k = AS_STR(kw->items[i]);
        if (!str_eq_cstr(k, "start"))
            return vm_raise(vm, &exc_TypeError, "prod() got an unexpected keyword argument '%s'", k->data);
        acc = argv[argc + i];
    }
    Value it = obj_iter(vm, argv[0]);
    if (!it)
        return 0;
    for (;;) {
        Value item = obj_next(vm, it);
        if (!item)
            return vm->exc ? 0 : acc;
        if (!(acc = obj_binop(vm, acc, item, BINOP_MUL)))
            return 0;
    }
}

/* ---- integer functions ----------------------------------------------------------------------- */

/* An integer argument (through __index__) as an mpz. */
static bool mpz_arg(VM *vm, Value v, mpz_t out)
{
    Value i = obj_index(vm, v);
    if (!i)
        return false;
    int_to_mpz(i, out);
    return true;
}

static Value math_factorial(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.factorial", kw) < 0 || args_count(vm, "math.factorial", argc, 1, 1) < 0)
        return 0;
    Value n = obj_index(vm, argv[0]);
    if (!n)
        return 0;
    if (int_sign(n) < 0)
        return vm_raise(vm, &exc_ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (!int_to_i64(n, &k))
        return vm_raise(vm, &exc_OverflowError, "factorial() argument should not exceed %lld",
                        (long long)INT64_MAX);
    if (k > 20 && (double)k * log2((double)k) > MAX_RESULT_BITS)
        return vm_raise_value(vm, OBJ_VAL(&exc_MemoryError));
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)k);
    return int_from_mpz(vm, r);
}

static Value math_isqrt(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.isqrt", kw) < 0 || args_count(vm, "math.isqrt", argc, 1, 1) < 0)
        return 0;
    mpz_t n;
    mpz_init(n);
    if (!mpz_arg(vm, argv[0], n))
        return 0;
    if (mpz_sgn(n) < 0)
        return vm_raise(vm, &exc_ValueError, "isqrt() argument must be nonnegative");
    mpz_sqrt(n, n);
    return int_from_mpz(vm, n);
}

static Value math_gcd(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.gcd", kw) < 0)
        return 0;
    mpz_t g, x;
    mpz_init(g);
    mpz_init(x);
    for (int i = 0; i < argc; i++) {
        if (!mpz_arg(vm, argv[i], x))
            return 0;
        mpz_gcd(g, g, x);
    }
    return int_from_mpz(vm, g);
}

static Value math_lcm(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.lcm", kw) < 0)
        return 0;
    mpz_t l, x;
    mpz_init_set_ui(l, 1);
    mpz_init(x);
    for (int i = 0; i < argc; i++) {
        if (!mpz_arg(vm, argv[i], x))
            return 0;
        mpz_lcm(l, l, x);       /* non-negative; 0 if x is 0 */
    }
    return int_from_mpz(vm, l);
}

/* n, k for comb/perm: non-negative, else CPython's ValueErrors */
static bool comb_args(VM *vm, Value nv, Value kv, mpz_t n, mpz_t k)
{
    if (!mpz_arg(vm, nv, n) || !mpz_arg(vm, kv, k))
        return false;
    if (mpz_sgn(n) < 0) {
        vm_raise(vm, &exc_ValueError, "n must be a non-negative integer");
        return false;
    }
    if (mpz_sgn(k) < 0) {
        vm_raise(vm, &exc_ValueError, "k must be a non-negative integer");
        return false;
    }
    return true;
}

static bool too_big(mpz_srcptr n, unsigned long k)
{
    return (double)k * (double)mpz_sizeinbase(n, 2) > MAX_RESULT_BITS;
}

static Value math_comb(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.comb", kw) < 0 || args_count(vm, "comb", argc, 2, 2) < 0)
        return 0;
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    if (!comb_args(vm, argv[0], argv[1], n, k))
        return 0;
    if (mpz_cmp(k, n) > 0)
        return MK_INT(0);
    mpz_sub(r, n, k);
    if (mpz_cmp(r, k) < 0)
        mpz_set(k, r);          /* k = min(k, n - k) */
    if (!mpz_fits_slong_p(k))
        return vm_raise(vm, &exc_OverflowError, "min(n - k, k) must not exceed %lld",
                        (long long)INT64_MAX);
    unsigned long kk = mpz_get_ui(k);
    if (too_big(n, kk))
        return vm_raise_value(vm, OBJ_VAL(&exc_MemoryError));
    mpz_bin_ui(r, n, kk);
    return int_from_mpz(vm, r);
}

static Value math_perm(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "math.perm", kw) < 0 || args_count(vm, "perm", argc, 1, 2) < 0)
        return 0;
    if (argc == 1 || IS_NONE(argv[1]))
        return math_factorial(vm, 1, argv, NULL);
    mpz_t n, k, r, f;
    mpz_inits(n, k, r, f, NULL);
    if (!comb_args(vm, argv[0], argv[1], n, k))
        return 0;
    if (mpz_cmp(k, n) > 0)
        return MK_INT(0);
    if (!mpz_fits_slong_p(k))
        return vm_raise(vm, &exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    unsigned long kk = mpz_get_ui(k);
    if (too_big(n, kk))
        return vm_raise_value(vm, OBJ_VAL(&exc_MemoryError));
    mpz_bin_ui(r, n, kk);       /* perm(n, k) = comb(n, k) * k! */
    mpz_fac_ui(f, kk);
    mpz_mul(r, r, f);
    return int_from_mpz(vm, r);
}

/* ---- the module ------------------------------------------------------------------------- */

static const MethodDef math_functions[] = {
    { "acos", math_acos, 0, "Return the arc cosine (measured in radians) of x." },
    { "acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x." },
    { "asin", math_asin, 0, "Return the arc sine (measured in radians) of x." },
    { "asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x." },
    { "atan", math_atan, 0, "Return the arc tangent (measured in radians) of x." },
    { "atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x." },
    { "atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x." },
    { "cbrt", math_cbrt, 0, "Return the cube root of x." },
    { "ceil", math_ceil, 0, "Return the ceiling of x as an Integral." },
    { "comb", math_comb, 0, "Number of ways to choose k items from n items without repetition and without order." },
    { "copysign", math_copysign, 0, "Return a float with the magnitude (absolute value) of x but the sign of y." },
    { "cos", math_cos, 0, "Return the cosine of x (measured in radians)." },
    { "cosh", math_cosh, 0, "Return the hyperbolic cosine of x." },
    { "degrees", math_degrees, 0, "Convert angle x from radians to degrees." },
    { "dist", math_dist, 0, "Return the Euclidean distance between two points p and q." },
    { "erf", math_erf, 0, "Error function at x." },
    { "erfc", math_erfc, 0, "Complementary error function at x." },
    { "exp", math_exp, 0, "Return e raised to the power of x." },
    { "exp2", math_exp2, 0, "Return 2 raised to the power of x." },
    { "expm1", math_expm1, 0, "Return exp(x)-1." },
    { "fabs", math_fabs, 0, "Return the absolute value of the float x." },
    { "factorial", math_factorial, 0, "Find n!." },
    { "floor", math_floor, 0, "Return the floor of x as an Integral." },
    { "fmod", math_fmod, 0, "Return fmod(x, y), according to platform C." },
    { "frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)." },
    { "fsum", math_fsum, 0, "Return an accurate floating point sum of values in the iterable seq." },
    { "gamma", math_gamma, 0, "Gamma function at x." },
    { "gcd", math_gcd, 0, "Greatest Common Divisor." },
    { "hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point." },
    { "isclose", math_isclose, 0, "Determine whether two floating point numbers are close in value." },
    { "isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise." },
    { "isinf", math_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise." },
    { "isnan", math_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise." },
    { "isqrt", math_isqrt, 0, "Return the integer part of the square root of the input." },
    { "lcm", math_lcm, 0, "Least Common Multiple." },
    { "ldexp", math_ldexp, 0, "Return x * (2**i)." },
    { "lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x." },
    { "log", math_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base." },
    { "log10", math_log10, 0, "Return the base 10 logarithm of x." },
    { "log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)." },
    { "log2", math_log2, 0, "Return the base 2 logarithm of x." },
    { "modf", math_modf, 0, "Return the fractional and integer parts of x." },
    { "nextafter", math_nextafter, 0, "Return the next floating-point value after x towards y." },
    { "perm", math_perm, 0, "Number of ways to choose k items from n items without repetition and with order." },
    { "pow", math_pow, 0, "Return x**y (x to the power of y)." },
    { "prod", math_prod, 0, "Calculate the product of all the elements in the input iterable." },
    { "radians", math_radians, 0, "Convert angle x from degrees to radians." },
    { "remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y." },
    { "sin", math_sin, 0, "Return the sine of x (measured in radians)." },
    { "sinh", math_sinh, 0, "Return the hyperbolic sine of x." },
    { "sqrt", math_sqrt, 0, "Return the square root of x." },
    { "tan", math_tan, 0, "Return the tangent of x (measured in radians)." },
    { "tanh", math_tanh, 0, "Return the hyperbolic tangent of x." },
    { "trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0." },
    { "ulp", math_ulp, 0, "Return the value of the least significant bit of the float x." },
    { 0 }
};

Value math_module_init(VM *vm)
{
    Str *name = str_intern_cstr(vm, "math");
    Value m = name ? module_new(vm, name) : 0;
    if (!m || module_add_functions(vm, m, math_functions) < 0)
        return 0;
    Dict *d = ((Module *)AS_OBJ(m))->dict;
    static const struct { const char *name; double value; } constants[] = {
        { "pi", M_PI }, { "e", M_E }, { "tau", 2 * M_PI }, { "inf", INFINITY }, { "nan", NAN },
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        Value f = float_new(vm, constants[i].value);
        if (!f || dict_set_cstr(vm, d, constants[i].name, f) < 0)
            return 0;
    }
    Str *doc = str_from_cstr(vm, "This module provides access to the mathematical functions\n"
                                 "defined by the C standard.");
    if (!doc || dict_set_cstr(vm, d, "__doc__", OBJ_VAL(doc)) < 0)
        return 0;
    return m;
}
