/* number.h — declarations of the number types (int.c, float.c, bool.c) and
 * the math module beyond the contracts in object.h.
 */
#ifndef MOLT_NUMBER_H
#define MOLT_NUMBER_H

#include "object.h"

/* ---- int.c ------------------------------------------------------------------- */

/* Points GMP's allocator at the collector; called once before any int work. */
void int_init(void);

/* pow(a, b, m) for ints (a negative b means a modular inverse, as CPython). */
Value int_pow_mod(VM *vm, Value a, Value b, Value m);

/* sys.get_int_max_str_digits() / set_int_max_str_digits(): the limit on
 * decimal digits for str <-> int conversion (0 = no limit; default 4300). */
extern int64_t int_max_str_digits;

/* a / b correctly rounded for ints (OverflowError "integer division result
 * too large for a float", ZeroDivisionError "division by zero"). */
Value int_true_divide(VM *vm, Value a, Value b);

/* CPython's numeric hash of an int (modulo 2**61 - 1). */
int64_t int_hash_value(Value v);

/* z as the nearest double (ties to even); -1 (nothing raised) on overflow. */
int int_mpz_to_double(mpz_srcptr z, double *out);
/* a / b (b != 0) correctly rounded; -1 (nothing raised) on overflow. */
int int_mpz_true_divide(mpz_srcptr a, mpz_srcptr b, double *out);

/* Numeric text as ASCII, as int() and float() read it: Unicode white space
 * becomes ' ', Unicode decimal digits ASCII digits; false at any other
 * non-ASCII character.  out needs room for len bytes. */
bool int_ascii_normalize(const char *s, size_t len, char *out, size_t *outlen);

/* Argument checks of the int and float methods with CPython's messages,
 * which name the method by the type of self ("bool.bit_length() takes no
 * arguments (1 given)", "float.fromhex() takes no keyword arguments"):
 * `self` is the instance, or the class for a classmethod; `nargs` excludes
 * it.  0, or -1 with TypeError set. */
int num_method_args(VM *vm, Value self, const char *name, int nargs, Tuple *kw, int min, int max);

/* ---- float.c ------------------------------------------------------------------- */

/* float or a subclass of float */
bool float_check_any(Value v);
/* x ** y with CPython's float semantics (ZeroDivisionError, OverflowError). */
Value float_pow_values(VM *vm, double x, double y);
/* CPython's numeric hash of a double (identity-free part: nan hashes 0 here). */
int64_t float_hash_double(double d);
/* float(x) for UTF-8 text: CPython's syntax (white space, underscores, inf,
 * nan, Unicode digits).  1: *out set; 0: not a float (nothing raised);
 * -1: raised (MemoryError). */
int float_parse(VM *vm, const char *s, size_t len, double *out);

/* ---- modules/math.c ----------------------------------------------------------------- */

Value math_module_init(VM *vm);

#endif
