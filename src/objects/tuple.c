/* tuple.c — the immutable sequence: construction, CPython's xxHash-based
 * hash (so hash((1, 2)) is the same number as in CPython), comparison,
 * slicing, and the tuple iterator.
 */
#include <string.h>
#include "object.h"
#include "vm.h"
#include "container.h"
#include "objmodel.h"

/* The one empty tuple; every () is this object, as in CPython. */
static Tuple empty_tuple_obj = {.hdr = {&type_tuple}, .len = 0, .hash = -1};
Tuple *empty_tuple = &empty_tuple_obj;

bool tuple_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_tuple ||
                         type_is_subtype(AS_OBJ(v)->type, &type_tuple));
}

/* An instance of tuple or of a subclass with room for n items. */
static Tuple *tuple_alloc(VM *vm, TypeObject *t, int64_t n)
{
    if (n < 0)
        n = 0;
    if (n > (int64_t)((SIZE_MAX / 4) / sizeof(Value))) {
        exc_raise_memory_error(vm);
        return NULL;
    }
    size_t base = t->instance_size > sizeof(Tuple) ? t->instance_size : sizeof(Tuple);
    Tuple *tp = mem_alloc(vm, base + (size_t)n * sizeof(Value));
    if (!tp)
        return NULL;
    tp->hdr.type = t;
    tp->len = n;
    tp->hash = -1;
    return tp;
}

Tuple *tuple_new(VM *vm, int64_t len)
{
    if (len <= 0)
        return empty_tuple;
    return tuple_alloc(vm, &type_tuple, len);
}

Value tuple_from_array(VM *vm, int64_t n, const Value *items)
{
    Tuple *t = tuple_new(vm, n);
    if (!t)
        return 0;
    if (n > 0)
        memcpy(t->items, items, (size_t)n * sizeof(Value));
    return OBJ_VAL(t);
}

Value tuple_pack(VM *vm, int n, ...)
{
    Tuple *t = tuple_new(vm, n);
    if (!t)
        return 0;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return OBJ_VAL(t);
}

Value tuple_from_iterable(VM *vm, Value iterable)
{
    if (IS_TUPLE(iterable))
        return iterable;
    if (IS_LIST(iterable))
        return tuple_from_array(vm, AS_LIST(iterable)->len, AS_LIST(iterable)->items);
    List *tmp = list_new(vm, 0);
    if (!tmp || list_extend(vm, tmp, iterable) < 0)
        return 0;
    return tuple_from_array(vm, tmp->len, tmp->items);
}

/* ---- hash ------------------------------------------------------------------ */

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t tuple_hash_items(VM *vm, int64_t n, const Value *items)
{
    uint64_t acc = XXPRIME_5;
    /* CPython puts no recursion limit on hashing nested tuples: only the C
     * stack is checked here (vm_enter_call at depth 0 cannot hit the limit). */
    int depth = vm->depth;
    vm->depth = 0;
    int ok = vm_enter_call(vm);
    vm->depth = depth;
    if (ok < 0)
        return -1;
    for (int64_t i = 0; i < n; i++) {
        int64_t h = obj_hash(vm, items[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

static int64_t tuple_hash(VM *vm, Value self)
{
    Tuple *t = AS_TUPLE(self);
    if (t->hash != -1)
        return t->hash;
    int64_t h = tuple_hash_items(vm, t->len, t->items);
    if (h != -1)
        t->hash = h;
    return h;
}

/* ---- slots -------------------------------------------------------------------- */

static Value tuple_repr(VM *vm, Value self)
{
    Tuple *t = AS_TUPLE(self);
    if (t->len == 0)
        return OBJ_VAL(str_from_cstr(vm, "()"));
    int r = container_repr_enter(vm, self);
    if (r < 0)
        return 0;
    if (r > 0)
        return OBJ_VAL(str_from_cstr(vm, "(...)"));
    if (container_enter(vm, REPR_DEPTH_MSG) < 0) {
        container_repr_leave(vm, self);
        return 0;
    }
    StrBuf sb;
    sb_init(&sb, vm);
    sb_addc(&sb, '(');
    for (int64_t i = 0; i < t->len; i++) {
        if (i)
            sb_add(&sb, ", ", 2);
        Value s = obj_repr(vm, t->items[i]);
        if (!s) {
            vm_leave_call(vm);
            container_repr_leave(vm, self);
            return 0;
        }
        sb_add(&sb, AS_STR(s)->data, (size_t)AS_STR(s)->len);
    }
    if (t->len == 1)
        sb_addc(&sb, ',');
    sb_addc(&sb, ')');
    vm_leave_call(vm);
    container_repr_leave(vm, self);
    return OBJ_VAL(sb_finish(&sb));
}

static const Value *tuple_items_of(Value v) { return AS_TUPLE(v)->items; }
static int64_t tuple_len_of(Value v) { return AS_TUPLE(v)->len; }

static Value tuple_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!tuple_check(a) || !tuple_check(b))
        return NOT_IMPLEMENTED;
    return cargs_seq_richcompare(vm, tuple_items_of, tuple_len_of, a, b, op);
}

static int64_t tuple_len(VM *vm, Value a)
{
    return AS_TUPLE(a)->len;
}

static int tuple_bool(VM *vm, Value a)
{
    return AS_TUPLE(a)->len != 0;
}

static Value tuple_subscript(VM *vm, Value self, Value key)
{
    Tuple *t = AS_TUPLE(self);
    int64_t i;
    int r = container_seq_index(vm, key, &i);
    if (r < 0)
        return 0;
    if (r > 0) {
        if (i < 0)
            i += t->len;
        if (i < 0 || i >= t->len)
            return vm_raise(vm, &exc_IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (IS_OBJ(key) && AS_OBJ(key)->type == &type_slice) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, (Slice *)AS_OBJ(key), t->len, &start, &stop, &step, &n) < 0)
            return 0;
        if (n == t->len && step == 1 && IS_TUPLE(self))
            return self;
        if (step == 1)
            return tuple_from_array(vm, n, t->items + start);
        Tuple *res = tuple_new(vm, n);
        if (!res)
            return 0;
        for (int64_t k = 0, j = start; k < n; k++, j += step)
            res->items[k] = t->items[j];
        return OBJ_VAL(res);
    }
    return vm_raise(vm, &exc_TypeError, "tuple indices must be integers or slices, not %s",
                    type_name(key));
}

static int tuple_contains(VM *vm, Value self, Value x)
{
    Tuple *t = AS_TUPLE(self);
    for (int64_t i = 0; i < t->len; i++) {
        Value y = t->items[i];
        if (y == x)
            return 1;
        if (IS_INT(x) && IS_INT(y))
            continue;
        int r = obj_eq(vm, y, x);
        if (r)
            return r;
    }
    return 0;
}

static Value tuple_add(VM *vm, Value a, Value b)
{
    if (!tuple_check(a))
        return NOT_IMPLEMENTED;
    if (!tuple_check(b)) {
        TypeObject *bt = TYPE_OF(b);
        BinaryFn f = bt->binop[BINOP_ADD];
        if (f && (bt->flags & TF_HEAPTYPE)) {
            Value r = f(vm, a, b);
            if (!r || r != NOT_IMPLEMENTED)
                return r;
        }
        return vm_raise(vm, &exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                        type_name(b));
    }
    Tuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
    if (y->len == 0 && IS_TUPLE(a))
        return a;
    if (x->len == 0 && IS_TUPLE(b))
        return b;
    Tuple *res = tuple_new(vm, x->len + y->len);
    if (!res)
        return 0;
    memcpy(res->items, x->items, (size_t)x->len * sizeof(Value));
    memcpy(res->items + x->len, y->items, (size_t)y->len * sizeof(Value));
    return OBJ_VAL(res);
}

static Value tuple_mul(VM *vm, Value a, Value b)
{
    Value seq = a, n = b;
    if (!tuple_check(a)) {
        seq = b;
        n = a;
    }
    if (!container_has_index(vm, n)) {
        if (seq == a)
            return cargs_seq_mul_fallback(vm, a, b, n);
        return vm_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        type_name(n));
    }
    int64_t k;
    if (cargs_repeat_count(vm, n, &k) < 0)
        return 0;
    Tuple *t = AS_TUPLE(seq);
    if (k <= 0 || t->len == 0)
        return OBJ_VAL(empty_tuple);
    if (k == 1 && IS_TUPLE(seq))
        return seq;
    if (k > INT64_MAX / t->len || t->len * k > (int64_t)(SIZE_MAX / 4 / sizeof(Value)))
        return exc_raise_memory_error(vm);
    int64_t len = t->len;
    Tuple *res = tuple_new(vm, len * k);
    if (!res)
        return 0;
    for (int64_t i = 0; i < k; i++)
        memcpy(res->items + i * len, t->items, (size_t)len * sizeof(Value));
    return OBJ_VAL(res);
}

static Value tuple_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (t == &type_tuple && cargs_nokw(vm, "tuple", kwnames) < 0)
        return 0;
    if (cargs_range(vm, NULL, "tuple", argc, NULL, 0, 1) < 0)
        return 0;
    if (t == &type_tuple) {
        if (argc == 0)
            return OBJ_VAL(empty_tuple);
        return tuple_from_iterable(vm, argv[0]);
    }
    /* A subclass: the items live in an instance of t. */
    Value src = argc ? tuple_from_iterable(vm, argv[0]) : OBJ_VAL(empty_tuple);
    if (!src)
        return 0;
    Tuple *s = AS_TUPLE(src);
    Tuple *res = tuple_alloc(vm, t, s->len);
    if (!res)
        return 0;
    memcpy(res->items, s->items, (size_t)s->len * sizeof(Value));
    return OBJ_VAL(res);
}

/* ---- iterator ------------------------------------------------------------------ */

typedef struct TupleIter { Obj hdr; Tuple *tuple; int64_t index; } TupleIter;

static Value tuple_iter(VM *vm, Value self)
{
    TupleIter *it = (TupleIter *)obj_alloc(vm, &type_tuple_iterator);
    if (!it)
        return 0;
    it->tuple = AS_TUPLE(self);
    return OBJ_VAL(it);
}

static Value iter_self(VM *vm, Value self)
{
    return self;
}

static Value tupleiter_next(VM *vm, Value self)
{
    TupleIter *it = (TupleIter *)AS_OBJ(self);
    Tuple *t = it->tuple;
    if (t) {
        if (it->index < t->len)
            return t->items[it->index++];
        it->tuple = NULL;
    }
    return 0;
}

static Value tupleiter_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    TupleIter *it = (TupleIter *)AS_OBJ(argv[0]);
    return MK_INT(it->tuple ? it->tuple->len - it->index : 0);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {0},
};

TypeObject type_tuple_iterator = {
    .hdr.type = &type_type,
    .name = "tuple_iterator",
    .instance_size = sizeof(TupleIter),
    .iter = iter_self,
    .next = tupleiter_next,
    .methods = tupleiter_methods,
};

/* ---- methods ---------------------------------------------------------------------- */

static Value m_count(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_self(vm, "count", &type_tuple, argc, argv) < 0 ||
        cargs_one(vm, "tuple.count", argc - 1, kwnames) < 0)
        return 0;
    Tuple *t = AS_TUPLE(argv[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++) {
        Value y = t->items[i];
        int r = y == argv[1] ? 1 : obj_eq(vm, y, argv[1]);
        if (r < 0)
            return 0;
        n += r;
    }
    return MK_INT(n);
}

static Value m_index(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_self(vm, "index", &type_tuple, argc, argv) < 0 ||
        cargs_range(vm, "tuple.index", "index", argc - 1, kwnames, 1, 3) < 0)
        return 0;
    Tuple *t = AS_TUPLE(argv[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (argc > 2 && cargs_clamp_index(vm, argv[2], t->len, &start) < 0)
        return 0;
    if (argc > 3 && cargs_clamp_index(vm, argv[3], t->len, &stop) < 0)
        return 0;
    for (int64_t i = start; i < stop && i < t->len; i++) {
        Value y = t->items[i];
        int r = y == argv[1] ? 1 : obj_eq(vm, y, argv[1]);
        if (r < 0)
            return 0;
        if (r)
            return MK_INT(i);
    }
    return vm_raise(vm, &exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value m_getnewargs(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_self(vm, "__getnewargs__", &type_tuple, argc, argv) < 0)
        return 0;
    Tuple *t = AS_TUPLE(argv[0]);
    Value copy = tuple_from_array(vm, t->len, t->items);
    return copy ? tuple_pack(vm, 1, copy) : 0;
}

static const MethodDef tuple_methods[] = {
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__class_getitem__", container_class_getitem, METH_CLASS, "See PEP 585"},
    {0},
};

TypeObject type_tuple = {
    .hdr.type = &type_type,
    .name = "tuple",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Tuple),
    .new_ = tuple_new_slot,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .bool_ = tuple_bool,
    .len = tuple_len,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .binop = {[BINOP_ADD] = tuple_add, [BINOP_MUL] = tuple_mul},
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
};
