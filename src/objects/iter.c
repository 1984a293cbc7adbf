/* iter.c — the general-purpose iterators: over any __getitem__ sequence,
 * iter(callable, sentinel), and the lazy builtins enumerate, zip, map,
 * filter and reversed.  Each `next` slot returns 0 with no exception set
 * when the iterator is exhausted.
 */
#include "object.h"
#include "vm.h"
#include "container.h"
#include "objmodel.h"

static Value iter_self(VM *vm, Value self)
{
    return self;
}

/* End of iteration signalled by an exception from user code
 * (IndexError for the sequence protocol, StopIteration for both). */
static bool swallow(VM *vm, bool index_error_too)
{
    if (vm_exc_matches(vm, &exc_StopIteration) ||
        (index_error_too && vm_exc_matches(vm, &exc_IndexError))) {
        vm_exc_clear(vm);
        return true;
    }
    return false;
}

/* The builtin types that object.h does not list are readied by whoever
 * first makes an instance. */
void container_type_ready(VM *vm, TypeObject *t)
{
    if (!(t->flags & TF_READY))
        type_ready(vm, t);
}

/* ---- the sequence iterator -------------------------------------------------- */

typedef struct SeqIter { Obj hdr; Value seq; int64_t index; } SeqIter;

Value seq_iter_new(VM *vm, Value seq)
{
    SeqIter *it = (SeqIter *)obj_alloc(vm, &type_iterator);
    if (!it)
        return 0;
    it->seq = seq;
    return OBJ_VAL(it);
}

static Value seqiter_next(VM *vm, Value self)
{
    SeqIter *it = (SeqIter *)AS_OBJ(self);
    if (!it->seq)
        return 0;
    Value item = obj_getitem(vm, it->seq, int_from_i64(vm, it->index));
    if (!item) {
        if (swallow(vm, true))
            it->seq = 0;
        return 0;
    }
    it->index++;
    return item;
}

static Value seqiter_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SeqIter *it = (SeqIter *)AS_OBJ(argv[0]);
    if (!it->seq)
        return MK_INT(0);
    int64_t n = obj_len(vm, it->seq);
    if (n < 0) {
        /* no __len__: no hint */
        vm_exc_clear(vm);
        return NOT_IMPLEMENTED;
    }
    return MK_INT(n > it->index ? n - it->index : 0);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, NULL},
    {0},
};

TypeObject type_iterator = {
    .hdr.type = &type_type,
    .name = "iterator",
    .instance_size = sizeof(SeqIter),
    .iter = iter_self,
    .next = seqiter_next,
    .methods = seqiter_methods,
};

/* ---- iter(callable, sentinel) ------------------------------------------------ */

typedef struct CallIter { Obj hdr; Value callable; Value sentinel; } CallIter;

Value callable_iter_new(VM *vm, Value callable, Value sentinel)
{
    CallIter *it = (CallIter *)obj_alloc(vm, &type_callable_iterator);
    if (!it)
        return 0;
    it->callable = callable;
    it->sentinel = sentinel;
    return OBJ_VAL(it);
}

static Value calliter_next(VM *vm, Value self)
{
    CallIter *it = (CallIter *)AS_OBJ(self);
    if (!it->callable)
        return 0;
    Value r = obj_call0(vm, it->callable);
    if (!r) {
        if (swallow(vm, false))
            it->callable = 0;
        return 0;
    }
    int eq = r == it->sentinel ? 1 : obj_eq(vm, it->sentinel, r);
    if (eq < 0)
        return 0;
    if (eq) {
        it->callable = 0;
        it->sentinel = 0;
        return 0;
    }
    return r;
}

TypeObject type_callable_iterator = {
    .hdr.type = &type_type,
    .name = "callable_iterator",
    .instance_size = sizeof(CallIter),
    .iter = iter_self,
    .next = calliter_next,
};

/* ---- keyword helpers ------------------------------------------------------------ */

/* An int Value from __index__ (a bool becomes a plain int). */
static Value index_value(VM *vm, Value v)
{
    if (IS_INT(v))
        return v;
    Value iv = obj_index(vm, v);
    if (!iv)
        return 0;
    if (IS_OBJ(iv) && AS_OBJ(iv)->type == &type_bool)
        return MK_INT(((Bool *)AS_OBJ(iv))->value != 0);
    return iv;
}

/* ---- enumerate ----------------------------------------------------------------------- */

typedef struct Enumerate { Obj hdr; Value it; Value count; } Enumerate;

/* CPython's enumerate(iterable, start=0) argument handling, messages included. */
static Value enumerate_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    Value iterable = 0, startv = 0;
    const char *want[2] = {NULL, NULL};
    if (argc + nkw == 2) {
        iterable = argv[0];
        startv = argv[1];
        if (nkw == 1) {
            want[0] = "start";
        } else if (nkw == 2) {
            if (str_eq_cstr(AS_STR(kwnames->items[0]), "start")) {
                iterable = argv[1];
                startv = argv[0];
                want[1] = "iterable";
            } else {
                want[0] = "iterable";
                want[1] = "start";
            }
        }
    } else if (argc + nkw == 1) {
        iterable = argv[0];
        if (nkw == 1)
            want[0] = "iterable";
    } else if (argc == 0) {
        return vm_raise(vm, &exc_TypeError, "enumerate() missing required argument 'iterable'");
    } else {
        return vm_raise(vm, &exc_TypeError, "enumerate() takes at most 2 arguments (%d given)",
                        argc + nkw);
    }
    for (int k = 0; k < 2; k++) {
        if (!want[k])
            continue;
        Str *name = AS_STR(kwnames->items[k]);
        if (!str_eq_cstr(name, want[k]))
            return vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                            name->data);
    }
    Value start = MK_INT(0);     /* checked before the iterable, as CPython */
    if (startv) {
        start = index_value(vm, startv);
        if (!start)
            return 0;
    }
    Value it = obj_iter(vm, iterable);
    if (!it)
        return 0;
    Enumerate *e = (Enumerate *)obj_alloc(vm, t);
    if (!e)
        return 0;
    e->it = it;
    e->count = start;
    return OBJ_VAL(e);
}

static Value enumerate_next(VM *vm, Value self)
{
    Enumerate *e = (Enumerate *)AS_OBJ(self);
    Value item = obj_next(vm, e->it);
    if (!item)
        return 0;
    Value idx = e->count;
    Value next;
    if (IS_INT(idx) && AS_INT(idx) < SMALL_INT_MAX)
        next = MK_INT(AS_INT(idx) + 1);
    else
        next = obj_binop(vm, idx, MK_INT(1), BINOP_ADD);
    if (!next)
        return 0;
    e->count = next;
    return tuple_pack(vm, 2, idx, item);
}

TypeObject type_enumerate = {
    .hdr.type = &type_type,
    .name = "enumerate",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Enumerate),
    .new_ = enumerate_new,
    .iter = iter_self,
    .next = enumerate_next,
    .doc = "Return an enumerate object.",
};

/* ---- zip ---------------------------------------------------------------------------------- */

typedef struct Zip { Obj hdr; Tuple *iters; bool strict; } Zip;

static Value zip_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    bool strict = false;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nkw > 1)
        return vm_raise(vm, &exc_TypeError, "zip() takes at most 1 keyword argument (%d given)", nkw);
    if (nkw == 1) {
        Str *name = AS_STR(kwnames->items[0]);
        if (!str_eq_cstr(name, "strict"))
            return vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for zip()",
                            name->data);
        int r = obj_truthy(vm, argv[argc]);
        if (r < 0)
            return 0;
        strict = r;
    }
    Tuple *iters = tuple_new(vm, argc);
    if (!iters)
        return 0;
    for (int i = 0; i < argc; i++) {
        iters->items[i] = obj_iter(vm, argv[i]);
        if (!iters->items[i])
            return 0;
    }
    Zip *z = (Zip *)obj_alloc(vm, t);
    if (!z)
        return 0;
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}

static Value zip_next(VM *vm, Value self)
{
    Zip *z = (Zip *)AS_OBJ(self);
    int64_t n = z->iters->len;
    if (n == 0)
        return 0;
    Tuple *res = tuple_new(vm, n);
    if (!res)
        return 0;
    int64_t i;
    for (i = 0; i < n; i++) {
        Value item = obj_next(vm, z->iters->items[i]);
        if (!item)
            goto stop;
        res->items[i] = item;
    }
    return OBJ_VAL(res);
stop:
    if (!z->strict || vm->exc)
        return 0;
    if (i > 0) {
        vm_raise(vm, &exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                 (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
        return 0;
    }
    for (i = 1; i < n; i++) {
        Value item = obj_next(vm, z->iters->items[i]);
        if (item) {
            vm_raise(vm, &exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                     (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
            return 0;
        }
        if (vm->exc)
            return 0;
    }
    return 0;
}

TypeObject type_zip = {
    .hdr.type = &type_type,
    .name = "zip",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Zip),
    .new_ = zip_new,
    .iter = iter_self,
    .next = zip_next,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};

/* ---- map ------------------------------------------------------------------------------------ */

typedef struct Map { Obj hdr; Value func; Tuple *iters; } Map;

static Value map_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (t == &type_map && cargs_nokw(vm, "map", kwnames) < 0)
        return 0;
    if (argc < 2)
        return vm_raise(vm, &exc_TypeError, "map() must have at least two arguments.");
    Tuple *iters = tuple_new(vm, argc - 1);
    if (!iters)
        return 0;
    for (int i = 1; i < argc; i++) {
        iters->items[i - 1] = obj_iter(vm, argv[i]);
        if (!iters->items[i - 1])
            return 0;
    }
    Map *m = (Map *)obj_alloc(vm, t);
    if (!m)
        return 0;
    m->func = argv[0];
    m->iters = iters;
    return OBJ_VAL(m);
}

static Value map_next(VM *vm, Value self)
{
    Map *m = (Map *)AS_OBJ(self);
    int64_t n = m->iters->len;
    if (n == 1) {
        Value x = obj_next(vm, m->iters->items[0]);
        return x ? obj_call1(vm, m->func, x) : 0;
    }
    Value small[8];
    Value *args = n <= 8 ? small : mem_alloc(vm, (size_t)n * sizeof(Value));
    if (!args)
        return 0;
    for (int64_t i = 0; i < n; i++) {
        args[i] = obj_next(vm, m->iters->items[i]);
        if (!args[i])
            return 0;
    }
    return obj_call(vm, m->func, (int)n, args, NULL);
}

TypeObject type_map = {
    .hdr.type = &type_type,
    .name = "map",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Map),
    .new_ = map_new,
    .iter = iter_self,
    .next = map_next,
    .doc = "map(func, *iterables) --> map object",
};

/* ---- filter ----------------------------------------------------------------------------------- */

typedef struct Filter { Obj hdr; Value func; Value it; } Filter;

static Value filter_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (t == &type_filter && cargs_nokw(vm, "filter", kwnames) < 0)
        return 0;
    if (cargs_range(vm, NULL, "filter", argc, NULL, 2, 2) < 0)
        return 0;
    Value it = obj_iter(vm, argv[1]);
    if (!it)
        return 0;
    Filter *f = (Filter *)obj_alloc(vm, t);
    if (!f)
        return 0;
    f->func = argv[0];
    f->it = it;
    return OBJ_VAL(f);
}

static Value filter_next(VM *vm, Value self)
{
    Filter *f = (Filter *)AS_OBJ(self);
    bool identity = IS_NONE(f->func) || f->func == OBJ_VAL(&type_bool);
    for (;;) {
        Value item = obj_next(vm, f->it);
        if (!item)
            return 0;
        int ok;
        if (identity) {
            ok = obj_truthy(vm, item);
        } else {
            Value r = obj_call1(vm, f->func, item);
            if (!r)
                return 0;
            ok = obj_truthy(vm, r);
        }
        if (ok < 0)
            return 0;
        if (ok)
            return item;
    }
}

TypeObject type_filter = {
    .hdr.type = &type_type,
    .name = "filter",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Filter),
    .new_ = filter_new,
    .iter = iter_self,
    .next = filter_next,
    .doc = "filter(function or None, iterable) --> filter object",
};

/* ---- reversed ------------------------------------------------------------------------------------ */

typedef struct Reversed { Obj hdr; Value seq; int64_t index; } Reversed;

static Str *s_reversed, *s_getitem;

static Value not_reversible(VM *vm, Value seq)
{
    return vm_raise(vm, &exc_TypeError, "'%s' object is not reversible", type_name(seq));
}

static Value reversed_make(VM *vm, TypeObject *t, Value seq)
{
    if (!s_reversed) {
        s_reversed = str_intern_cstr(vm, "__reversed__");
        s_getitem = str_intern_cstr(vm, "__getitem__");
        if (!s_reversed || !s_getitem)
            return 0;
    }
    TypeObject *st = TYPE_OF(seq);
    Value meth = type_lookup(st, s_reversed);
    if (meth) {
        if (IS_NONE(meth))
            return not_reversible(vm, seq);
        return call_special(vm, seq, meth, 0, NULL, NULL);
    }
    /* the sequence protocol: __len__ and __getitem__, but not a mapping */
    bool has_getitem = (st->flags & TF_HEAPTYPE) ? type_lookup(st, s_getitem) != 0
                                                 : st->getitem != NULL;
    if (!has_getitem || dict_check(seq))
        return not_reversible(vm, seq);
    int64_t n = obj_len(vm, seq);
    if (n < 0)
        return 0;
    Reversed *r = (Reversed *)obj_alloc(vm, t);
    if (!r)
        return 0;
    r->seq = seq;
    r->index = n - 1;
    return OBJ_VAL(r);
}

Value reversed_new(VM *vm, Value seq)
{
    return reversed_make(vm, &type_reversed, seq);
}

static Value reversed_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (t == &type_reversed && cargs_nokw(vm, "reversed", kwnames) < 0)
        return 0;
    if (cargs_range(vm, NULL, "reversed", argc, NULL, 1, 1) < 0)
        return 0;
    return reversed_make(vm, t, argv[0]);
}

static Value reversed_next(VM *vm, Value self)
{
    Reversed *r = (Reversed *)AS_OBJ(self);
    if (!r->seq)
        return 0;
    if (r->index >= 0) {
        Value item = obj_getitem(vm, r->seq, int_from_i64(vm, r->index));
        if (item) {
            r->index--;
            return item;
        }
        if (!swallow(vm, true))
            return 0;
    }
    r->index = -1;
    r->seq = 0;
    return 0;
}

static Value reversed_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    Reversed *r = (Reversed *)AS_OBJ(argv[0]);
    if (!r->seq)
        return MK_INT(0);
    int64_t n = obj_len(vm, r->seq);
    if (n < 0)
        return 0;
    return MK_INT(n < r->index + 1 ? 0 : r->index + 1);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {0},
};

TypeObject type_reversed = {
    .hdr.type = &type_type,
    .name = "reversed",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Reversed),
    .new_ = reversed_new_slot,
    .iter = iter_self,
    .next = reversed_next,
    .methods = reversed_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};
