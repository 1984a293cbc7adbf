/* container.h — declarations shared by the container and iterator files
 * (list.c, tuple.c, dict.c, set.c, range.c, slice.c, iter.c) beyond the
 * contracts in object.h.  Other parts of molt may use them too.
 */
#ifndef MOLT_CONTAINER_H
#define MOLT_CONTAINER_H

#include "object.h"
#include "vm.h"

/* ---- shared helpers (list.c) -------------------------------------------- */

/* Guard against infinite recursion when printing self-containing
 * containers (CPython's Py_ReprEnter/Py_ReprLeave): returns 1 when v's repr
 * is already in progress (print "[...]"), 0 after entering (call
 * container_repr_leave when done), -1 on error. */
int container_repr_enter(VM *vm, Value v);
void container_repr_leave(VM *vm, Value v);

/* vm_enter_call for C recursion through nested containers; on overflow the
 * RecursionError says where, as CPython's: where = REPR_DEPTH_MSG or
 * CMP_DEPTH_MSG (NULL keeps the plain message).  Pair with vm_leave_call. */
int container_enter(VM *vm, const char *where);
#define REPR_DEPTH_MSG " while getting the repr of an object"
#define CMP_DEPTH_MSG " in comparison"

/* A subscript as a sequence index: 1 with *out set, 0 when key is not an
 * integer (no __index__; nothing raised), -1 on error.  Ints beyond int64
 * raise IndexError "cannot fit 'int' into an index-sized integer". */
int container_seq_index(VM *vm, Value key, int64_t *out);
/* Does v's type provide __index__? */
bool container_has_index(VM *vm, Value v);

/* Argument checks raising CPython's exact TypeError messages (list.c).
 * Each returns 0 when the arguments are acceptable, -1 with the error set.
 *   cargs_nokw:   "f() takes no keyword arguments"
 *   cargs_noargs: "f() takes no arguments (1 given)" (and no keywords)
 *   cargs_one:    "f() takes exactly one argument (0 given)"
 *   cargs_range:  "name expected at most 2 arguments, got 3" (PyArg_UnpackTuple
 *                 style); kwname, when not NULL, also rejects keywords. */
int cargs_nokw(VM *vm, const char *fname, Tuple *kwnames);
int cargs_noargs(VM *vm, const char *fname, int nargs, Tuple *kwnames);
int cargs_one(VM *vm, const char *fname, int nargs, Tuple *kwnames);
int cargs_range(VM *vm, const char *kwname, const char *name, int nargs, Tuple *kwnames,
                int min, int max);
/* A method descriptor's self: "descriptor 'append' for 'list' objects
 * doesn't apply to a 'int' object". */
int cargs_self(VM *vm, const char *mname, TypeObject *t, int argc, Value *argv);
/* seq * n: the count (OverflowError "cannot fit 'int' into an index-sized
 * integer" beyond int64). */
int cargs_repeat_count(VM *vm, Value n, int64_t *out);
/* seq * x for a non-integer x: x's own (Python-level) slot, else
 * "can't multiply sequence by non-int of type 'float'". */
Value cargs_seq_mul_fallback(VM *vm, Value a, Value b, Value other);
/* Lexicographic comparison of two sequences (list and tuple). */
Value cargs_seq_richcompare(VM *vm, const Value *(*items)(Value), int64_t (*len)(Value),
                            Value a, Value b, CmpOp op);
/* start/stop of index(): an int clamped as a slice bound is. */
int cargs_clamp_index(VM *vm, Value v, int64_t len, int64_t *out);

/* ---- list.c ---------------------------------------------------------------- */
bool list_check(Value v);                       /* list or subclass */
int list_extend(VM *vm, List *l, Value iterable);
Value list_pop_last(VM *vm, List *l);            /* 0 + IndexError when empty */
int list_insert(VM *vm, List *l, int64_t where, Value v);
Value list_getslice(VM *vm, List *l, int64_t lo, int64_t hi);
extern TypeObject type_list_reverseiterator;
/* cls[args] for list, tuple, dict, set, frozenset (PEP 585), so that
 * annotations such as dict[str, list[int]] evaluate: a minimal
 * types.GenericAlias that prints, compares and calls its origin. */
Value container_class_getitem(VM *vm, int argc, Value *argv, Tuple *kwnames);
extern TypeObject type_generic_alias;

/* ---- tuple.c -------------------------------------------------------------- */
bool tuple_check(Value v);                      /* tuple or subclass */
/* tuple(iterable): returns the argument itself when it is an exact tuple. */
Value tuple_from_iterable(VM *vm, Value iterable);
int64_t tuple_hash_items(VM *vm, int64_t n, const Value *items);  /* CPython's xxHash tuple hash */

/* ---- dict.c ---------------------------------------------------------------- */
int dict_contains(VM *vm, Dict *d, Value key);  /* 1, 0, -1 */
/* Lookup / insert with a precomputed hash (hash must equal obj_hash(key)). */
int dict_lookup_hashed(VM *vm, Dict *d, Value key, int64_t hash, Value *out);
int dict_set_hashed(VM *vm, Dict *d, Value key, int64_t hash, Value v);
/* Like dict_next, also giving the stored hash. */
bool dict_next_hashed(Dict *d, int64_t *pos, Value *key, Value *value, int64_t *hash);
/* d.update(other) with a choice: override == false keeps existing keys. */
int dict_merge(VM *vm, Dict *d, Value other, bool override);
/* dict.setdefault: returns the existing value or inserts and returns dflt. */
Value dict_setdefault(VM *vm, Dict *d, Value key, Value dflt);
Value dict_keys_list(VM *vm, Dict *d);
Value dict_values_list(VM *vm, Dict *d);
Value dict_items_list(VM *vm, Dict *d);
/* d[key] with KeyError and a subclass's __missing__, as BINARY_SUBSCR does. */
Value dict_getitem(VM *vm, Value d, Value key);
extern TypeObject type_dict_valueiterator, type_dict_itemiterator,
    type_dict_reverseiterator, type_dict_reversevalueiterator,
    type_dict_reverseitemiterator;

/* ---- set.c ------------------------------------------------------------------ */
bool set_check(Value v);                        /* set, frozenset or a subclass */
bool frozenset_check(Value v);                  /* frozenset or subclass */
int set_update(VM *vm, Set *s, Value iterable);
int set_discard(VM *vm, Set *s, Value key);     /* 1 removed, 0 absent, -1 error */
Value set_from_iterable(VM *vm, TypeObject *t, Value iterable);  /* t: set or frozenset */

/* ---- range.c ---------------------------------------------------------------- */
/* Fast iterator over [start, stop) by step, all fitting in small ints. */
Value range_iter_new(VM *vm, int64_t start, int64_t step, int64_t len);

/* ---- iter.c ------------------------------------------------------------------ */
/* Readies t (type_ready) unless already done: the types declared here
 * rather than in object.h are readied on first use. */
void container_type_ready(VM *vm, TypeObject *t);
/* reversed(seq): __reversed__ or the sequence protocol. */
Value reversed_new(VM *vm, Value seq);

#endif
