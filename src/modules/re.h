/* re.h — the native half of the `re` module (`_re`, modules/re.c): Python's
 * regular expression syntax translated for PCRE2 and the matching loops
 * that lib/re.py builds Pattern and Match objects on.
 */
#ifndef MOLT_RE_H
#define MOLT_RE_H

#include "object.h"

/* Creates the `_re` built-in module (import.c's builtin_modules[] entry
 * { "_re", re_module_init }). */
Value re_module_init(VM *vm);

#endif
