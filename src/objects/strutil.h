/* strutil.h — text helpers shared by str.c, bytes.c and format.c (and
 * offered to the rest of molt), beyond what object.h declares.
 */
#ifndef MOLT_STRUTIL_H
#define MOLT_STRUTIL_H

#include "object.h"

/* ---- str.c ---------------------------------------------------------------- */

/* A fresh exact str of `len` bytes whose data the caller fills (then calls
 * str_set_cplen, or sets cplen itself). data[len] is already NUL. */
Str *str_alloc(VM *vm, int64_t len);
void str_set_cplen(Str *s);
/* chr(cp): single-character strings, cached for Latin-1. ValueError
 * "chr() arg not in range(0x110000)" outside the code space. */
Value str_from_codepoint(VM *vm, int64_t cp);
/* s[start:end] by code point indexes (already clamped, 0 <= start <= end <= cplen). */
Str *str_substr(VM *vm, Str *s, int64_t start, int64_t end);
/* The 64-bit hash behind str and bytes (never -1). */
int64_t str_hash_bytes(const void *p, size_t n);
/* ascii(): repr text with every non-ASCII character escaped (\xNN, \uNNNN,
 * \UNNNNNNNN) — what obj_ascii needs after obj_repr. */
Str *str_ascii_escape(VM *vm, Str *s);
/* bytes -> str by codec name ("utf-8", "ascii", "latin-1" and their
 * aliases) and error handler ("strict", "ignore", "replace",
 * "backslashreplace"); NULL encoding/errors mean utf-8/strict.  Raises
 * UnicodeDecodeError / LookupError with CPython's messages. */
Value str_decode(VM *vm, const char *data, size_t len, const char *encoding, const char *errors);
/* The codecs molt has, by CPython's names and aliases (case, '-', '_' and
 * ' ' ignored).  str_codec_lookup: 0, or -1 with LookupError "unknown
 * encoding: x"; str_codec_name: the canonical name ("utf-8", "ascii",
 * "latin-1"), which str_decode/str_encode accept. */
typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;
int str_codec_lookup(VM *vm, const char *encoding, Codec *out);
const char *str_codec_name(Codec c);
/* str -> bytes likewise ("xmlcharrefreplace" is accepted too). */
Value str_encode(VM *vm, Str *s, const char *encoding, const char *errors);
/* A Value that is not 0 when the object is the exact str the caller gave,
 * a copy as exact str when it is an instance of a str subclass. */
Value str_exact(VM *vm, Value v);

/* Argument checks with the messages CPython's str and bytes methods use.
 * `argc` counts self; `qualname` is "str.upper" style.  Each returns false
 * with TypeError set when the call does not fit. */
bool str_args_none(VM *vm, const char *qualname, int argc, Tuple *kw);      /* str.upper() takes no arguments (1 given) */
bool str_args_one(VM *vm, const char *qualname, int argc, Tuple *kw);       /* str.join() takes exactly one argument (0 given) */
bool str_args_range(VM *vm, const char *qualname, int argc, Tuple *kw, int min, int max);  /* center expected at least 1 argument, got 0 */
bool str_args_old(VM *vm, const char *qualname, int argc, Tuple *kw, int min, int max);    /* find() takes at least 1 argument (0 given) */
/* Positional-or-keyword parameters: out[0..n) gets the values, 0 where
 * not given ("'x' is an invalid keyword argument for split()"). */
bool str_args_kw(VM *vm, const char *fname, int argc, Value *argv, Tuple *kw,
                 int n, const char *const *names, Value *out);
/* An index-sized integer argument: "'str' object cannot be interpreted as
 * an integer", OverflowError "Python int too large to convert to C ssize_t". */
int str_arg_ssize(VM *vm, Value v, int64_t *out);
/* The same for a C int argument: "Python int too large to convert to C int". */
int str_arg_cint(VM *vm, Value v, int64_t *out);
/* A slice bound (None or __index__), clamped to int64 as CPython clamps to
 * ssize_t: "slice indices must be integers or None or have an __index__ method".
 * v == 0 or None leaves *out alone. */
int str_arg_slice_index(VM *vm, Value v, int64_t *out);
/* The type name CPython's argument-clinic messages print ("must be str,
 * not None": None by itself, every other object by its type's name). */
const char *str_arg_type_name(Value v);
/* splitlines' keepends: an integer (__index__) taken as a truth value;
 * v == 0 (not given) is false.  1, 0, or -1 with TypeError set. */
int str_arg_keepends(VM *vm, Value v);
/* Normalises [start, end) against len as CPython's ADJUST_INDICES does. */
void str_adjust_indices(int64_t *start, int64_t *end, int64_t len);

/* ---- bytes.c: bytearray -------------------------------------------------------- */

/* The mutable bytes type (builtins registers it). */
extern TypeObject type_bytearray, type_bytearray_iterator;
bool bytearray_check(Value v);                  /* bytearray or subclass */
/* The contents of a bytes or bytearray object (false for anything else):
 * what a function that takes "a bytes-like object" reads. */
bool bytes_like_data(Value v, const unsigned char **data, int64_t *len);

/* ---- format.c ---------------------------------------------------------------- */

/* __format__ for str, int (and bool) and float: the method the lead wires
 * into int.c's and float.c's method tables (argv[0] is self, argv[1] the
 * spec; "__format__() argument must be str, not int"). */
Value format_builtin_method(VM *vm, int argc, Value *argv, Tuple *kwnames);
/* str.format(*args, **kwargs) and str.format_map(mapping). */
Value str_format_method(VM *vm, int argc, Value *argv, Tuple *kwnames);
Value str_format_map_method(VM *vm, int argc, Value *argv, Tuple *kwnames);
/* The core of str.format: args (a tuple, or 0) and kwargs (a mapping, or 0). */
Value str_vformat(VM *vm, Str *fmt, Value args, Value kwargs);

#endif
