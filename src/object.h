/* object.h — molt's value representation and the object protocol.
 *
 * A Value is one machine word.  A small int carries tag bit 1 in the low bit;
 * every other value is a plain, untagged pointer to a heap object whose first
 * field is its type.  Boehm GC scans conservatively, so pointers must stay
 * visible as real addresses: no NaN-boxing, no disguised pointers.
 *
 * Error convention (as CPython): a function that can fail returns 0 (for
 * Value results, the "no value" sentinel) or -1 (for int results) with the
 * exception stored in vm->exc.  Never abort() on a user error.
 *
 * Only this file knows the bit layout; everyone else uses the macros.
 */
#ifndef MOLT_OBJECT_H
#define MOLT_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

typedef uintptr_t Value;          /* 0 means "no value / error" */

typedef struct VM VM;
typedef struct Obj Obj;
typedef struct TypeObject TypeObject;
typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct List List;
typedef struct Dict Dict;
typedef struct Code Code;
typedef struct Frame Frame;

/* ---- tagging ------------------------------------------------------------ */

#define SMALL_INT_MAX ((intptr_t)(INTPTR_MAX >> 2))
#define SMALL_INT_MIN (-SMALL_INT_MAX - 1)

#define IS_INT(v)     (((v) & 1) != 0)                 /* small int */
#define AS_INT(v)     (((intptr_t)(v)) >> 1)
#define MK_INT(i)     ((Value)((((uintptr_t)(intptr_t)(i)) << 1) | 1))
#define FITS_SMALL(i) ((i) >= SMALL_INT_MIN && (i) <= SMALL_INT_MAX)
#define IS_OBJ(v)     ((v) != 0 && ((v) & 1) == 0)
#define AS_OBJ(v)     ((Obj *)(v))
#define OBJ_VAL(p)    ((Value)(p))

/* Typed casts: only valid after the matching type check. */
#define AS_STR(v)     ((Str *)(v))
#define AS_TUPLE(v)   ((Tuple *)(v))
#define AS_LIST(v)    ((List *)(v))
#define AS_DICT(v)    ((Dict *)(v))
#define AS_TYPE(v)    ((TypeObject *)(v))

/* ---- allocation: the one entry point over Boehm GC ---------------------- */

/* Memory that may hold pointers (objects). Zero-filled. Raises MemoryError
 * (returns NULL) if the collector cannot satisfy the request. */
void *mem_alloc(VM *vm, size_t size);
/* Memory that holds no pointers (string bytes, bytecode, float payloads). */
void *mem_alloc_atomic(VM *vm, size_t size);
void *mem_realloc(VM *vm, void *p, size_t size);
/* Allocates an instance of `t` (t->instance_size bytes) with its type set and,
 * where t has a __dict__ slot, no dict yet (created lazily). */
Obj *obj_alloc(VM *vm, TypeObject *t);

/* ---- the object header ---------------------------------------------------- */

struct Obj {
    TypeObject *type;
};

#define TYPE_OF(v) (IS_INT(v) ? &type_int : AS_OBJ(v)->type)

/* ---- native functions ----------------------------------------------------- */

/* The one native calling convention (like CPython's vectorcall): argc
 * positional arguments in argv[0..argc), then one value per keyword name in
 * kwnames (a Tuple of Str, or NULL when there are no keywords) at
 * argv[argc..argc+len(kwnames)).  For methods, argv[0] is self. */
typedef Value (*NativeFn)(VM *vm, int argc, Value *argv, Tuple *kwnames);

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int flags;          /* METH_STATIC, METH_CLASS, or 0 */
    const char *doc;
} MethodDef;
#define METH_STATIC 1
#define METH_CLASS  2

/* A getter/setter pair exposed as a data descriptor on a builtin type. */
typedef struct GetSetDef {
    const char *name;
    Value (*get)(VM *vm, Value self);
    int (*set)(VM *vm, Value self, Value v);     /* v == 0: delete; NULL: read-only */
} GetSetDef;

/* ---- type objects ----------------------------------------------------------- */

typedef enum {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE
} CmpOp;

/* Binary operators, in the order of the BINARY_OP oparg (same order as
 * CPython 3.11's NB_* constants, which `dis` prints). */
#define BINOP_LIST(X) \
    X(ADD, "+", add) X(AND, "&", and) X(FLOORDIV, "//", floordiv) \
    X(LSHIFT, "<<", lshift) X(MATMUL, "@", matmul) X(MUL, "*", mul) \
    X(MOD, "%", mod) X(OR, "|", or) X(POW, "**", pow) \
    X(RSHIFT, ">>", rshift) X(SUB, "-", sub) X(TRUEDIV, "/", truediv) \
    X(XOR, "^", xor)
typedef enum {
#define X(e, sym, dunder) BINOP_##e,
    BINOP_LIST(X)
#undef X
    BINOP_COUNT
} BinOp;
/* BINARY_OP oparg: op + BINOP_INPLACE for the augmented (x op= y) form. */
#define BINOP_INPLACE 13

typedef Value (*UnaryFn)(VM *vm, Value a);
typedef Value (*BinaryFn)(VM *vm, Value a, Value b);

/* C slots.  A builtin type fills the ones it supports.  A class defined in
 * Python gets generic slots that look the dunder method up on its MRO
 * (type.c), so `class L(list)` still reaches list's slots through the
 * wrappers that type.c puts in every builtin type's dict. */
struct TypeObject {
    Obj hdr;                      /* type of the type: &type_type or a metaclass */
    const char *name;             /* C string, "int", "MyClass" */
    Str *name_str;                /* __name__ */
    Str *qualname;                /* __qualname__ */
    TypeObject *base;             /* __base__ (NULL only for object) */
    Tuple *bases;                 /* __bases__ */
    Tuple *mro;                   /* __mro__ */
    Dict *dict;                   /* the class namespace (__dict__) */
    uint64_t version;             /* changes whenever this type or a base changes;
                                     attribute caches are keyed on it */
    uint32_t flags;
    size_t instance_size;         /* bytes obj_alloc allocates */
    size_t dict_offset;           /* offset of a Dict* in instances, 0 = none */
    List *subclasses;             /* weakly maintained list of subclasses, for
                                     version propagation */

    /* construction */
    Value (*new_)(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames);
    int (*init)(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames);

    /* representation */
    UnaryFn repr;
    UnaryFn str;
    int64_t (*hash)(VM *vm, Value a);              /* -1 on error */
    Value (*richcompare)(VM *vm, Value a, Value b, CmpOp op); /* may return NotImplemented */
    int (*bool_)(VM *vm, Value a);                 /* -1 on error */

    /* attributes */
    Value (*getattr)(VM *vm, Value obj, Str *name); /* raises AttributeError */
    int (*setattr)(VM *vm, Value obj, Str *name, Value v); /* v == 0: delete */
    Value (*descr_get)(VM *vm, Value descr, Value obj, Value type); /* obj == 0: from class */
    int (*descr_set)(VM *vm, Value descr, Value obj, Value v);      /* v == 0: delete */

    /* calling */
    Value (*call)(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames);

    /* containers */
    int64_t (*len)(VM *vm, Value a);               /* -1 on error */
    Value (*getitem)(VM *vm, Value a, Value key);
    int (*setitem)(VM *vm, Value a, Value key, Value v);   /* v == 0: delete */
    int (*contains)(VM *vm, Value a, Value item);  /* 1, 0, -1 */
    UnaryFn iter;
    UnaryFn next;      /* returns 0 with NO exception set at exhaustion */

    /* numbers: binop[op](a, b) is called with the left operand's type first,
     * then the right one's (reflected); NotImplemented means "try the other" */
    BinaryFn binop[BINOP_COUNT];
    BinaryFn inplace[BINOP_COUNT];   /* optional; falls back to binop */
    UnaryFn neg, pos, invert, abs;
    UnaryFn index;     /* __index__: returns an int Value */
    UnaryFn to_int;    /* __int__ */
    UnaryFn to_float;  /* __float__ */

    const MethodDef *methods;         /* installed into dict by type_ready */
    const GetSetDef *getsets;
    const char *doc;
};

/* type flags */
#define TF_HEAPTYPE   0x1     /* defined by a class statement / type() */
#define TF_BASETYPE   0x2     /* may be subclassed */
#define TF_READY      0x4
#define TF_ABSTRACT_NEW 0x8   /* cannot be instantiated (e.g. NoneType) */

/* The builtin types (each defined in its own file under src/objects/). */
extern TypeObject type_object, type_type, type_int, type_bool, type_float,
    type_str, type_bytes, type_list, type_tuple, type_dict, type_set,
    type_frozenset, type_range, type_slice, type_none, type_notimplemented,
    type_ellipsis, type_function, type_native_function, type_bound_method,
    type_method_descriptor, type_getset_descriptor, type_staticmethod,
    type_classmethod, type_property, type_super, type_module, type_code,
    type_cell, type_generator, type_iterator, type_callable_iterator,
    type_enumerate, type_zip, type_map, type_filter, type_reversed,
    type_list_iterator, type_tuple_iterator, type_range_iterator,
    type_str_iterator, type_dict_iterator, type_set_iterator,
    type_dict_keys, type_dict_values, type_dict_items, type_file,
    type_traceback, type_frame, type_mappingproxy, type_bytes_iterator;

/* ---- singletons ----------------------------------------------------------- */

extern Obj none_object, notimplemented_object, ellipsis_object;
typedef struct Bool { Obj hdr; intptr_t value; } Bool;
extern Bool true_object, false_object;
#define NONE            OBJ_VAL(&none_object)
#define NOT_IMPLEMENTED OBJ_VAL(&notimplemented_object)
#define ELLIPSIS        OBJ_VAL(&ellipsis_object)
#define TRUE_VAL        OBJ_VAL(&true_object)
#define FALSE_VAL       OBJ_VAL(&false_object)
#define BOOL_VAL(b)     ((b) ? TRUE_VAL : FALSE_VAL)
#define IS_NONE(v)      ((v) == NONE)

/* ---- concrete object layouts -------------------------------------------- */

/* int beyond the small range: GMP integer, limbs allocated through the GC. */
#include <gmp.h>
typedef struct BigInt { Obj hdr; mpz_t z; } BigInt;

typedef struct Float { Obj hdr; double value; } Float;

/* Immutable UTF-8 text.  `len` counts bytes, `cplen` code points; `hash` is
 * -1 until computed.  Identifiers are interned: equal interned strings are
 * the same pointer. */
struct Str {
    Obj hdr;
    int64_t len;
    int64_t cplen;
    int64_t hash;
    bool interned;
    char data[];       /* len bytes + NUL */
};
#define STR_IS_ASCII(s) ((s)->len == (s)->cplen)

typedef struct Bytes { Obj hdr; int64_t len; int64_t hash; unsigned char data[]; } Bytes;

struct Tuple { Obj hdr; int64_t len; int64_t hash; Value items[]; };

struct List { Obj hdr; int64_t len; int64_t cap; Value *items; };

/* Insertion-ordered hash table (CPython's compact dict): `indices` is an
 * open-addressing table of slots into `entries`; deleted entries keep their
 * slot with key 0 until the next resize.  Every mutation sets `version` to a
 * fresh, globally unique number, so a cache keyed on (dict, version) can
 * never see a changed dict as unchanged. */
typedef struct DictEntry { Value key; Value value; int64_t hash; } DictEntry;
struct Dict {
    Obj hdr;
    int64_t used;        /* live entries */
    int64_t nentries;    /* entries[] in use, including deleted ones */
    int64_t capacity;    /* size of entries[] */
    int64_t index_size;  /* power of two */
    int64_t *indices;    /* -1 empty, -2 dummy, else entry index */
    DictEntry *entries;
    uint64_t version;
};
extern uint64_t dict_version_counter;   /* the source of fresh versions */

/* set and frozenset share one layout: a dict-like table without values. */
typedef struct SetEntry { Value key; int64_t hash; } SetEntry;
typedef struct Set {
    Obj hdr;
    int64_t used, fill, mask;   /* open addressing; mask + 1 is a power of two */
    SetEntry *table;
    int64_t hash;               /* frozenset: cached, -1 unknown */
} Set;

typedef struct Range { Obj hdr; Value start, stop, step; int64_t len; } Range;
typedef struct Slice { Obj hdr; Value start, stop, step; } Slice;
typedef struct Cell { Obj hdr; Value value; } Cell;   /* value 0: empty */

/* A function object: everything a reload may rebind stays mutable
 * (__code__, __defaults__, __kwdefaults__, __dict__, __name__, ...). */
typedef struct Function {
    Obj hdr;
    Code *code;
    Dict *globals;
    Value builtins;         /* the builtins dict seen at creation */
    Str *name, *qualname;
    Value module;           /* __module__ */
    Value doc;
    Tuple *defaults;        /* NULL or tuple */
    Dict *kwdefaults;       /* NULL or dict */
    Tuple *closure;         /* NULL or tuple of Cell */
    Dict *dict;             /* __dict__, lazily */
    Dict *annotations;
} Function;

typedef struct NativeFunction {
    Obj hdr;
    const char *name;
    NativeFn fn;
    Value self;             /* bound self (module or instance), or 0 */
    Str *qualname_prefix;   /* owner type name for repr, or NULL */
    const char *doc;
} NativeFunction;

/* A builtin type's method in its dict; binds self on attribute access. */
typedef struct MethodDescriptor {
    Obj hdr;
    const MethodDef *def;
    TypeObject *owner;
} MethodDescriptor;

typedef struct GetSetDescriptor {
    Obj hdr;
    const GetSetDef *def;
    TypeObject *owner;
} GetSetDescriptor;

typedef struct BoundMethod { Obj hdr; Value func; Value self; } BoundMethod;
typedef struct StaticMethod { Obj hdr; Value func; Dict *dict; } StaticMethod;  /* also classmethod */
typedef struct Property { Obj hdr; Value fget, fset, fdel, doc; } Property;
typedef struct Super { Obj hdr; TypeObject *type; Value obj; TypeObject *obj_type; } Super;

/* A module: a name space that is an ordinary dict (m.__dict__ is vars(m)).
 * `state` is recorded for the learner-facing import trace. */
typedef enum { MODULE_CREATED, MODULE_INITIALIZING, MODULE_LOADED, MODULE_FAILED } ModuleState;
typedef struct Module { Obj hdr; Dict *dict; ModuleState state; } Module;

/* Instances of classes defined in Python (and of builtin exceptions): the
 * dict lives at type->dict_offset; for plain `object` subclasses that is
 * offsetof(Instance, dict). */
typedef struct Instance { Obj hdr; Dict *dict; } Instance;

/* Exceptions.  Extra attributes (ImportError.name/.path, SyntaxError.lineno,
 * StopIteration.value, SystemExit.code, OSError.errno, ...) live in `dict`. */
typedef struct Traceback {
    Obj hdr;
    struct Traceback *next;
    Code *code;
    int lineno;
} Traceback;
typedef struct BaseException {
    Obj hdr;
    Dict *dict;
    Tuple *args;
    Traceback *traceback;
    Value context;      /* __context__, 0 = None */
    Value cause;        /* __cause__, 0 = None */
    bool suppress_context;
} BaseException;

/* Files from open(): text or binary, buffered by stdio. */
typedef struct File {
    Obj hdr;
    void *fp;           /* FILE*, NULL once closed */
    Str *name;
    Str *mode;
    bool binary, readable, writable, closed, owns_fp;
} File;

/* ---- the generic object protocol (object.c) -------------------------------
 * Each of these dispatches through the type's slots and raises CPython's
 * message when the slot is missing. */

Value obj_repr(VM *vm, Value v);                 /* returns Str */
Value obj_str(VM *vm, Value v);                  /* returns Str */
Value obj_ascii(VM *vm, Value v);
int64_t obj_hash(VM *vm, Value v);               /* -1: error (unhashable type: 'list') */
int obj_truthy(VM *vm, Value v);                 /* 1, 0, -1 */
Value obj_richcompare(VM *vm, Value a, Value b, CmpOp op);   /* returns a Value (bool or anything) */
int obj_compare_bool(VM *vm, Value a, Value b, CmpOp op);   /* truthiness of the above: 1, 0, -1 */
int obj_eq(VM *vm, Value a, Value b);            /* identity shortcut, then ==; 1, 0, -1 */
Value obj_binop(VM *vm, Value a, Value b, BinOp op);         /* with reflection and the TypeError */
Value obj_inplace_binop(VM *vm, Value a, Value b, BinOp op);
Value obj_neg(VM *vm, Value a);
Value obj_pos(VM *vm, Value a);
Value obj_invert(VM *vm, Value a);
Value obj_abs(VM *vm, Value a);
Value obj_index(VM *vm, Value a);                /* __index__ -> int Value, TypeError otherwise */
int obj_index_int64(VM *vm, Value a, int64_t *out); /* OverflowError beyond int64 */
Value obj_getattr(VM *vm, Value obj, Str *name);
Value obj_getattr_cstr(VM *vm, Value obj, const char *name);
Value obj_getattr_opt(VM *vm, Value obj, Str *name);   /* 0 without exception if missing (AttributeError swallowed) */
int obj_setattr(VM *vm, Value obj, Str *name, Value v);  /* v == 0: delete */
int obj_hasattr(VM *vm, Value obj, Str *name);   /* 1, 0, -1 */
Value obj_generic_getattr(VM *vm, Value obj, Str *name);   /* object.__getattribute__ */
int obj_generic_setattr(VM *vm, Value obj, Str *name, Value v);
Dict *obj_get_dict(VM *vm, Value obj, bool create);    /* the instance __dict__, or NULL */
Value obj_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames);
Value obj_call0(VM *vm, Value callable);
Value obj_call1(VM *vm, Value callable, Value a);
Value obj_call2(VM *vm, Value callable, Value a, Value b);
Value obj_call_method(VM *vm, Value obj, const char *name, int argc, Value *argv); /* obj.name(*argv) */
Value obj_getitem(VM *vm, Value obj, Value key);
int obj_setitem(VM *vm, Value obj, Value key, Value v);     /* v == 0: delete */
int obj_contains(VM *vm, Value container, Value item);    /* 1, 0, -1 */
int64_t obj_len(VM *vm, Value v);                 /* -1: error */
Value obj_iter(VM *vm, Value v);                  /* TypeError: 'int' object is not iterable */
Value obj_next(VM *vm, Value it);                 /* 0 + no exception: exhausted; 0 + exception: error */
bool obj_is_callable(Value v);
bool obj_isinstance_type(Value v, TypeObject *t); /* exact MRO check, no __instancecheck__ */
int obj_isinstance(VM *vm, Value v, Value cls);   /* accepts a tuple of classes; 1, 0, -1 */
int obj_issubclass(VM *vm, Value cls, Value base);
Value obj_dir(VM *vm, Value v);                   /* sorted list */
Value obj_format(VM *vm, Value v, Str *spec);     /* format(v, spec) */
/* Unpack an iterable into exactly n values (ValueError messages as CPython). */
int obj_unpack(VM *vm, Value seq, int n, Value *out);
/* list(iterable) */
Value obj_to_list(VM *vm, Value iterable);
const char *type_name(Value v);                  /* "int", "MyClass" */

/* ---- per-type APIs used across files ---------------------------------------- */

/* int.c — small ints and GMP big ints are both "int" to Python. */
Value int_from_i64(VM *vm, int64_t i);
Value int_from_u64(VM *vm, uint64_t u);
Value int_from_double(VM *vm, double d);        /* OverflowError on inf, ValueError on nan */
Value int_from_mpz(VM *vm, const mpz_t z);      /* normalises to small when it fits */
Value int_from_str(VM *vm, const char *s, size_t len, int base); /* ValueError: invalid literal for int() with base 10: '...' */
bool int_check(Value v);                        /* int or bool (or subclass) */
bool int_to_i64(Value v, int64_t *out);         /* false if it does not fit */
double int_to_double(VM *vm, Value v, bool *overflow);
void int_to_mpz(Value v, mpz_t out);            /* out must be mpz_init'ed */
Value int_to_str(VM *vm, Value v, int base);    /* repr / hex / oct / bin digits (no prefix) */
int int_sign(Value v);
extern TypeObject type_int;

/* float.c */
Value float_new(VM *vm, double d);
#define IS_FLOAT(v) (IS_OBJ(v) && AS_OBJ(v)->type == &type_float)
#define AS_FLOAT(v) (((Float *)AS_OBJ(v))->value)
Value float_repr_double(VM *vm, double d);       /* shortest round-trip: '0.1', '1e+16', 'inf' */
int float_as_double(VM *vm, Value v, double *out);  /* float, int, __float__, __index__; TypeError */

/* str.c */
Str *str_new(VM *vm, const char *utf8, size_t len);   /* validates nothing: caller passes UTF-8 */
Str *str_from_cstr(VM *vm, const char *s);
Str *str_intern(VM *vm, Str *s);                /* returns the canonical interned copy */
Str *str_intern_cstr(VM *vm, const char *s);    /* interned; use for identifiers */
Str *str_printf(VM *vm, const char *fmt, ...);  /* printf-formatted */
Str *str_concat(VM *vm, Str *a, Str *b);
bool str_eq(Str *a, Str *b);
int64_t str_hash(Str *s);
bool str_eq_cstr(Str *s, const char *c);
Value str_format_spec(VM *vm, Value v, Str *spec); /* the shared format-spec mini language */
Value str_percent_format(VM *vm, Str *fmt, Value args);   /* 'fmt' % args */
Value str_join(VM *vm, Str *sep, Value iterable);
Value str_repr_of(VM *vm, Str *s);              /* 'abc' with CPython's quote choice */
#define IS_STR(v) (IS_OBJ(v) && AS_OBJ(v)->type == &type_str)
bool str_check(Value v);                          /* str or subclass */
/* a string builder for code that assembles text */
typedef struct StrBuf { char *data; size_t len, cap; VM *vm; } StrBuf;
void sb_init(StrBuf *sb, VM *vm);
void sb_add(StrBuf *sb, const char *s, size_t n);
void sb_adds(StrBuf *sb, const char *s);
void sb_addc(StrBuf *sb, char c);
void sb_printf(StrBuf *sb, const char *fmt, ...);
Str *sb_finish(StrBuf *sb);

/* bytes.c */
Value bytes_new(VM *vm, const void *data, size_t len);
#define IS_BYTES(v) (IS_OBJ(v) && AS_OBJ(v)->type == &type_bytes)

/* tuple.c */
Tuple *tuple_new(VM *vm, int64_t len);            /* items zeroed; fill them */
Value tuple_pack(VM *vm, int n, ...);
Value tuple_from_array(VM *vm, int64_t n, const Value *items);
#define IS_TUPLE(v) (IS_OBJ(v) && AS_OBJ(v)->type == &type_tuple)
extern Tuple *empty_tuple;

/* list.c */
List *list_new(VM *vm, int64_t len);             /* len items, zeroed */
int list_append(VM *vm, List *l, Value v);
Value list_from_array(VM *vm, int64_t n, const Value *items);
int list_sort(VM *vm, List *l, Value key, bool reverse);   /* stable */
#define IS_LIST(v) (IS_OBJ(v) && AS_OBJ(v)->type == &type_list)

/* dict.c */
Dict *dict_new(VM *vm);
int dict_lookup(VM *vm, Dict *d, Value key, Value *out);   /* 1 found, 0 missing, -1 error */
Value dict_get_str(Dict *d, Str *key);           /* interned/str key fast path; 0 if missing; never raises */
Value dict_get_cstr(VM *vm, Dict *d, const char *key);
int dict_set(VM *vm, Dict *d, Value key, Value v);
int dict_set_str(VM *vm, Dict *d, Str *key, Value v);
int dict_set_cstr(VM *vm, Dict *d, const char *key, Value v);
int dict_del(VM *vm, Dict *d, Value key);        /* 1 deleted, 0 missing (no exception), -1 error */
int dict_del_str(VM *vm, Dict *d, Str *key);
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *value);  /* iterate: pos starts at 0 */
Dict *dict_copy(VM *vm, Dict *d);
int dict_update(VM *vm, Dict *d, Value other);   /* mapping or iterable of pairs */
void dict_clear(VM *vm, Dict *d);
#define IS_DICT(v) (IS_OBJ(v) && AS_OBJ(v)->type == &type_dict)
bool dict_check(Value v);

/* set.c */
Set *set_new(VM *vm, TypeObject *t);             /* &type_set or &type_frozenset */
int set_add(VM *vm, Set *s, Value key);
int set_contains(VM *vm, Set *s, Value key);
bool set_next(Set *s, int64_t *pos, Value *key);

/* range.c / slice.c */
Value range_new(VM *vm, Value start, Value stop, Value step);
Value slice_new(VM *vm, Value start, Value stop, Value step);
/* Resolve a slice against a sequence length (CPython's PySlice_GetIndicesEx). */
int slice_indices(VM *vm, Slice *s, int64_t length, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen);

/* iter.c */
Value seq_iter_new(VM *vm, Value seq);          /* iterator over __getitem__ 0, 1, ... */
Value callable_iter_new(VM *vm, Value callable, Value sentinel);

/* func.c */
Value function_new(VM *vm, Code *code, Dict *globals, Str *qualname);
Value native_function_new(VM *vm, const char *name, NativeFn fn, Value self, const char *doc);
Value bound_method_new(VM *vm, Value func, Value self);
Cell *cell_new(VM *vm, Value v);

/* type.c */
/* Prepares a builtin type: fills inherited slots, builds the MRO, installs
 * methods/getsets and the dunder wrappers for its slots into its dict. */
int type_ready(VM *vm, TypeObject *t);
/* Looks a name up along the MRO (no descriptors applied); 0 if absent. */
Value type_lookup(TypeObject *t, Str *name);
/* type(name, bases, dict) — used by the class statement and by metaclasses. */
Value type_new_class(VM *vm, TypeObject *meta, Str *name, Tuple *bases, Dict *ns);
bool type_is_subtype(TypeObject *a, TypeObject *b);
/* Must be called when a type's dict changes (type.__setattr__ does it). */
void type_modified(TypeObject *t);
Value type_call(VM *vm, Value type, int argc, Value *argv, Tuple *kwnames);

/* module.c */
Value module_new(VM *vm, Str *name);            /* sets __name__, __doc__=None, __package__, __loader__, __spec__ = None */
#define IS_MODULE(v) (IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_module))
/* Adds native functions to a module dict (used by every built-in module). */
int module_add_functions(VM *vm, Value module, const MethodDef *defs);

/* file.c */
Value file_open(VM *vm, Value path, const char *mode);
Value file_from_stdio(VM *vm, void *fp, const char *name, const char *mode);

/* ---- argument parsing for native functions (args.c) ------------------------
 * Binds positional and keyword arguments to `names` (array of nparams C
 * strings; a name starting with '$' is keyword-only, one starting with '/'
 * ends the positional-only ones... kept simple: positional or keyword unless
 * `min_kw_index` says otherwise).  out[i] is 0 where an optional argument was
 * not given.  Raises CPython's TypeErrors ("f() takes at most 2 arguments (3
 * given)", "f() got an unexpected keyword argument 'x'", "f() missing
 * required argument 'x' (pos 1)"). */
int args_parse(VM *vm, const char *fname, int argc, Value *argv, Tuple *kwnames,
               int nrequired, int nparams, const char *const *names, Value *out);
/* TypeError unless there are no keyword arguments: "f() takes no keyword arguments" */
int args_no_kw(VM *vm, const char *fname, Tuple *kwnames);
/* TypeError unless min <= argc <= max:
 * "len() takes exactly one argument (2 given)" style messages. */
int args_count(VM *vm, const char *fname, int argc, int min, int max);

#endif
