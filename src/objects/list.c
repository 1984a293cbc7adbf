/* list.c — the list type, its iterators, the stable sort, and the helpers
 * every sequence type shares (index conversion, repr recursion guard,
 * argument-count messages).
 *
 * A list is a growable array of Values.  Slots past `len` are kept zeroed so
 * that Boehm's conservative scan does not keep dead items alive.
 */
#include <string.h>
#include "object.h"
#include "vm.h"
#include "container.h"
#include "objmodel.h"

/* ---- argument checks with CPython's exact messages ------------------------ */

int cargs_nokw(VM *vm, const char *fname, Tuple *kwnames)
{
    if (kwnames && kwnames->len > 0) {
        vm_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int cargs_noargs(VM *vm, const char *fname, int nargs, Tuple *kwnames)
{
    if (cargs_nokw(vm, fname, kwnames) < 0)
        return -1;
    if (nargs != 0) {
        vm_raise(vm, &exc_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
        return -1;
    }
    return 0;
}

int cargs_one(VM *vm, const char *fname, int nargs, Tuple *kwnames)
{
    if (cargs_nokw(vm, fname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        vm_raise(vm, &exc_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
        return -1;
    }
    return 0;
}

int cargs_range(VM *vm, const char *kwname, const char *name, int nargs, Tuple *kwnames,
                int min, int max)
{
    if (kwname && cargs_nokw(vm, kwname, kwnames) < 0)
        return -1;
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        vm_raise(vm, &exc_TypeError, "%s expected %d argument%s, got %d",
                 name, min, min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        vm_raise(vm, &exc_TypeError, "%s expected at least %d argument%s, got %d",
                 name, min, min == 1 ? "" : "s", nargs);
    else
        vm_raise(vm, &exc_TypeError, "%s expected at most %d argument%s, got %d",
                 name, max, max == 1 ? "" : "s", nargs);
    return -1;
}

/* Checks that a method descriptor's self is of the right type (the
 * descriptor may be called unbound: list.append(1, 2)). */
int cargs_self(VM *vm, const char *mname, TypeObject *t, int argc, Value *argv)
{
    if (argc < 1) {
        vm_raise(vm, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                 mname, t->name);
        return -1;
    }
    if (!type_is_subtype(TYPE_OF(argv[0]), t)) {
        vm_raise(vm, &exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 mname, t->name, type_name(argv[0]));
        return -1;
    }
    return 0;
}

/* ---- repr recursion guard --------------------------------------------------- */

/* The containers whose repr is in progress, innermost last.  The array is
 * reached through a static pointer, so the collector sees its contents. */
static Value *repr_stack;
static int64_t repr_len, repr_cap;

int container_repr_enter(VM *vm, Value v)
{
    for (int64_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == v)
            return 1;
    if (repr_len == repr_cap) {
        int64_t ncap = repr_cap ? repr_cap * 2 : 16;
        Value *n = mem_alloc(vm, (size_t)ncap * sizeof(Value));
        if (!n)
            return -1;
        if (repr_len)
            memcpy(n, repr_stack, (size_t)repr_len * sizeof(Value));
        repr_stack = n;
        repr_cap = ncap;
    }
    repr_stack[repr_len++] = v;
    return 0;
}

void container_repr_leave(VM *vm, Value v)
{
    /* Normally v is on top; search anyway so an unbalanced exit cannot
     * corrupt the stack. */
    for (int64_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == v) {
            memmove(repr_stack + i, repr_stack + i + 1, (size_t)(repr_len - i - 1) * sizeof(Value));
            repr_len--;
            repr_stack[repr_len] = 0;
            return;
        }
    }
}

/* ---- recursion depth ----------------------------------------------------------- */

int container_enter(VM *vm, const char *where)
{
    if (vm_enter_call(vm) == 0)
        return 0;
    if (where && vm_exc_matches(vm, &exc_RecursionError)) {
        vm_exc_clear(vm);
        vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded%s", where);
    }
    return -1;
}

/* ---- index conversion -------------------------------------------------------- */

static Str *s_index_name;

bool container_has_index(VM *vm, Value v)
{
    if (IS_INT(v))
        return true;
    TypeObject *t = TYPE_OF(v);
    if (int_check(v))
        return true;
    if (!t->index)
        return false;
    /* A class defined in Python may carry a generic slot whether or not it
     * defines __index__: ask the MRO. */
    if (t->flags & TF_HEAPTYPE) {
        if (!s_index_name)
            s_index_name = str_intern_cstr(vm, "__index__");
        return s_index_name && type_lookup(t, s_index_name) != 0;
    }
    return true;
}

int container_seq_index(VM *vm, Value key, int64_t *out)
{
    if (IS_INT(key)) {
        *out = AS_INT(key);
        return 1;
    }
    Value iv = key;
    if (!int_check(key)) {
        if (!container_has_index(vm, key))
            return 0;
        iv = obj_index(vm, key);
        if (!iv)
            return -1;
    }
    if (IS_INT(iv)) {
        *out = AS_INT(iv);
        return 1;
    }
    if (!int_to_i64(iv, out)) {
        vm_raise(vm, &exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(key));
        return -1;
    }
    return 1;
}

/* A repeat count for seq * n: OverflowError beyond int64, as CPython. */
static int repeat_count(VM *vm, Value n, int64_t *out)
{
    if (IS_INT(n)) {
        *out = AS_INT(n);
        return 0;
    }
    Value iv = int_check(n) ? n : obj_index(vm, n);
    if (!iv)
        return -1;
    if (IS_INT(iv)) {
        *out = AS_INT(iv);
        return 0;
    }
    if (!int_to_i64(iv, out)) {
        vm_raise(vm, &exc_OverflowError, "cannot fit '%s' into an index-sized integer", type_name(n));
        return -1;
    }
    return 0;
}

int cargs_repeat_count(VM *vm, Value n, int64_t *out)
{
    return repeat_count(vm, n, out);
}

/* `seq * x` where x is not an integer: give x's own slot its chance (an
 * __rmul__), else CPython's sequence message. */
Value cargs_seq_mul_fallback(VM *vm, Value a, Value b, Value other)
{
    TypeObject *ot = TYPE_OF(other);
    BinaryFn f = ot->binop[BINOP_MUL];
    if (f && (ot->flags & TF_HEAPTYPE)) {
        Value r = f(vm, a, b);
        if (!r || r != NOT_IMPLEMENTED)
            return r;
    }
    return vm_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                    type_name(other));
}

/* ---- the list core ------------------------------------------------------------ */

bool list_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_list ||
                         type_is_subtype(AS_OBJ(v)->type, &type_list));
}

static int list_reserve(VM *vm, List *l, int64_t need)
{
    if (need <= l->cap)
        return 0;
    if (need > (int64_t)(SIZE_MAX / 2 / sizeof(Value))) {
        exc_raise_memory_error(vm);
        return -1;
    }
    int64_t ncap = l->cap + (l->cap >> 1) + 8;
    if (ncap < need)
        ncap = need;
    Value *items = mem_alloc(vm, (size_t)ncap * sizeof(Value));
    if (!items)
        return -1;
    if (l->len)
        memcpy(items, l->items, (size_t)l->len * sizeof(Value));
    l->items = items;
    l->cap = ncap;
    return 0;
}

List *list_new(VM *vm, int64_t len)
{
    if (len < 0)
        len = 0;
    List *l = (List *)obj_alloc(vm, &type_list);
    if (!l)
        return NULL;
    if (len > 0) {
        if (len > (int64_t)(SIZE_MAX / 2 / sizeof(Value))) {
            exc_raise_memory_error(vm);
            return NULL;
        }
        l->items = mem_alloc(vm, (size_t)len * sizeof(Value));
        if (!l->items)
            return NULL;
        l->cap = len;
    }
    l->len = len;
    return l;
}

int list_append(VM *vm, List *l, Value v)
{
    if (l->len >= l->cap && list_reserve(vm, l, l->len + 1) < 0)
        return -1;
    l->items[l->len++] = v;
    return 0;
}

Value list_from_array(VM *vm, int64_t n, const Value *items)
{
    List *l = list_new(vm, n);
    if (!l)
        return 0;
    if (n > 0)
        memcpy(l->items, items, (size_t)n * sizeof(Value));
    return OBJ_VAL(l);
}

int list_extend(VM *vm, List *l, Value iterable)
{
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) {
        int64_t n;
        const Value *src;
        if (IS_LIST(iterable)) {
            n = AS_LIST(iterable)->len;
            src = AS_LIST(iterable)->items;
        } else {
            n = AS_TUPLE(iterable)->len;
            src = AS_TUPLE(iterable)->items;
        }
        if (n == 0)
            return 0;
        if (list_reserve(vm, l, l->len + n) < 0)
            return -1;
        /* src may be l's own array (l.extend(l)): reserve first, then copy
         * from wherever the items now are. */
        if (iterable == OBJ_VAL(l))
            src = l->items;
        memmove(l->items + l->len, src, (size_t)n * sizeof(Value));
        l->len += n;
        return 0;
    }
    Value it = obj_iter(vm, iterable);
    if (!it)
        return -1;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? -1 : 0;
        if (list_append(vm, l, x) < 0)
            return -1;
    }
}

Value list_pop_last(VM *vm, List *l)
{
    if (l->len == 0)
        return vm_raise(vm, &exc_IndexError, "pop from empty list");
    Value v = l->items[--l->len];
    l->items[l->len] = 0;
    return v;
}

int list_insert(VM *vm, List *l, int64_t where, Value v)
{
    int64_t n = l->len;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    if (list_reserve(vm, l, n + 1) < 0)
        return -1;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(Value));
    l->items[where] = v;
    l->len = n + 1;
    return 0;
}

Value list_getslice(VM *vm, List *l, int64_t lo, int64_t hi)
{
    if (lo < 0)
        lo = 0;
    if (hi > l->len)
        hi = l->len;
    if (hi < lo)
        hi = lo;
    return list_from_array(vm, hi - lo, l->items + lo);
}

/* Replaces l[lo:hi] with the n items of src (n may differ from hi - lo). */
static int list_replace_range(VM *vm, List *l, int64_t lo, int64_t hi, int64_t n, const Value *src)
{
    if (lo < 0)
        lo = 0;
    else if (lo > l->len)
        lo = l->len;
    if (hi < lo)
        hi = lo;
    else if (hi > l->len)
        hi = l->len;
    int64_t d = n - (hi - lo);
    int64_t oldlen = l->len;
    if (d > 0 && list_reserve(vm, l, oldlen + d) < 0)
        return -1;
    if (oldlen > hi)
        memmove(l->items + hi + d, l->items + hi, (size_t)(oldlen - hi) * sizeof(Value));
    if (n)
        memcpy(l->items + lo, src, (size_t)n * sizeof(Value));
    l->len = oldlen + d;
    if (d < 0)
        memset(l->items + l->len, 0, (size_t)(-d) * sizeof(Value));
    return 0;
}

/* Items of any iterable as a C array (a fresh copy, so the caller may keep
 * it while the source changes). */
static Value *seq_fast(VM *vm, Value v, int64_t *n, const char *errmsg)
{
    if (IS_LIST(v) || IS_TUPLE(v)) {
        int64_t len = IS_LIST(v) ? AS_LIST(v)->len : AS_TUPLE(v)->len;
        const Value *src = IS_LIST(v) ? AS_LIST(v)->items : AS_TUPLE(v)->items;
        Value *copy = mem_alloc(vm, (size_t)(len ? len : 1) * sizeof(Value));
        if (!copy)
            return NULL;
        if (len)
            memcpy(copy, src, (size_t)len * sizeof(Value));
        *n = len;
        return copy;
    }
    Value it = obj_iter(vm, v);
    if (!it) {
        if (errmsg && vm_exc_matches(vm, &exc_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &exc_TypeError, "%s", errmsg);
        }
        return NULL;
    }
    List *tmp = list_new(vm, 0);
    if (!tmp)
        return NULL;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x) {
            if (vm->exc)
                return NULL;
            break;
        }
        if (list_append(vm, tmp, x) < 0)
            return NULL;
    }
    *n = tmp->len;
    return tmp->items ? tmp->items : mem_alloc(vm, sizeof(Value));
}

/* ---- slots ---------------------------------------------------------------------- */

static Value list_repr(VM *vm, Value self)
{
    List *l = AS_LIST(self);
    if (l->len == 0)
        return OBJ_VAL(str_from_cstr(vm, "[]"));
    int r = container_repr_enter(vm, self);
    if (r < 0)
        return 0;
    if (r > 0)
        return OBJ_VAL(str_from_cstr(vm, "[...]"));
    if (container_enter(vm, REPR_DEPTH_MSG) < 0) {
        container_repr_leave(vm, self);
        return 0;
    }
    StrBuf sb;
    sb_init(&sb, vm);
    sb_addc(&sb, '[');
    for (int64_t i = 0; i < l->len; i++) {
        if (i)
            sb_add(&sb, ", ", 2);
        Value s = obj_repr(vm, l->items[i]);
        if (!s) {
            vm_leave_call(vm);
            container_repr_leave(vm, self);
            return 0;
        }
        sb_add(&sb, AS_STR(s)->data, (size_t)AS_STR(s)->len);
    }
    sb_addc(&sb, ']');
    vm_leave_call(vm);
    container_repr_leave(vm, self);
    return OBJ_VAL(sb_finish(&sb));
}

/* Equality of two items with the small-int shortcut the hot loops want. */
static inline int item_eq(VM *vm, Value a, Value b)
{
    if (a == b)
        return 1;
    if (IS_INT(a) && IS_INT(b))
        return 0;
    return obj_eq(vm, a, b);
}

/* Lexicographic comparison shared by list and tuple (CPython's algorithm:
 * find the first differing item, then compare that pair or the lengths). */
Value cargs_seq_richcompare(VM *vm, const Value *(*items)(Value), int64_t (*len)(Value),
                            Value a, Value b, CmpOp op)
{
    int64_t la = len(a), lb = len(b);
    if (la != lb && (op == CMP_EQ || op == CMP_NE))
        return BOOL_VAL(op == CMP_NE);
    int64_t i;
    if (container_enter(vm, CMP_DEPTH_MSG) < 0)
        return 0;
    for (i = 0; i < len(a) && i < len(b); i++) {
        Value x = items(a)[i], y = items(b)[i];
        int r = item_eq(vm, x, y);
        if (r < 0) {
            vm_leave_call(vm);
            return 0;
        }
        if (!r)
            break;
    }
    la = len(a);
    lb = len(b);
    if (i >= la || i >= lb) {
        vm_leave_call(vm);
        bool res;
        switch (op) {
        case CMP_LT: res = la < lb; break;
        case CMP_LE: res = la <= lb; break;
        case CMP_EQ: res = la == lb; break;
        case CMP_NE: res = la != lb; break;
        case CMP_GT: res = la > lb; break;
        default:     res = la >= lb; break;
        }
        return BOOL_VAL(res);
    }
    if (op == CMP_EQ || op == CMP_NE) {
        vm_leave_call(vm);
        return BOOL_VAL(op == CMP_NE);
    }
    Value res = obj_richcompare(vm, items(a)[i], items(b)[i], op);
    vm_leave_call(vm);
    return res;
}

static const Value *list_items_of(Value v) { return AS_LIST(v)->items; }
static int64_t list_len_of(Value v) { return AS_LIST(v)->len; }

static Value list_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!list_check(a) || !list_check(b))
        return NOT_IMPLEMENTED;
    return cargs_seq_richcompare(vm, list_items_of, list_len_of, a, b, op);
}

static int64_t list_len(VM *vm, Value a)
{
    return AS_LIST(a)->len;
}

static int list_bool(VM *vm, Value a)
{
    return AS_LIST(a)->len != 0;
}

static Value list_subscript(VM *vm, Value self, Value key)
{
    List *l = AS_LIST(self);
    int64_t i;
    int r = container_seq_index(vm, key, &i);
    if (r < 0)
        return 0;
    if (r > 0) {
        if (i < 0)
            i += l->len;
        if (i < 0 || i >= l->len)
            return vm_raise(vm, &exc_IndexError, "list index out of range");
        return l->items[i];
    }
    if (IS_OBJ(key) && AS_OBJ(key)->type == &type_slice) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, (Slice *)AS_OBJ(key), l->len, &start, &stop, &step, &n) < 0)
            return 0;
        if (step == 1)
            return list_from_array(vm, n, l->items + start);
        List *res = list_new(vm, n);
        if (!res)
            return 0;
        for (int64_t k = 0, j = start; k < n; k++, j += step)
            res->items[k] = l->items[j];
        return OBJ_VAL(res);
    }
    return vm_raise(vm, &exc_TypeError, "list indices must be integers or slices, not %s",
                    type_name(key));
}

static int list_ass_slice(VM *vm, List *l, Slice *sl, Value v)
{
    int64_t start, stop, step, n;
    if (slice_indices(vm, sl, l->len, &start, &stop, &step, &n) < 0)
        return -1;
    if (step == 1) {
        if (!v)
            return list_replace_range(vm, l, start, stop, 0, NULL);
        int64_t m;
        Value *src = seq_fast(vm, v, &m, "can only assign an iterable");
        if (!src)
            return -1;
        return list_replace_range(vm, l, start, stop, m, src);
    }
    if (!v) {
        /* Delete an extended slice: compact the survivors in one pass. */
        if (n <= 0)
            return 0;
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        int64_t w = start;
        for (int64_t r = start, k = 0; r < l->len; r++) {
            if (k < n && r == start + k * step) {
                k++;
                continue;
            }
            l->items[w++] = l->items[r];
        }
        memset(l->items + w, 0, (size_t)(l->len - w) * sizeof(Value));
        l->len = w;
        return 0;
    }
    int64_t m;
    Value *src = seq_fast(vm, v, &m, "must assign iterable to extended slice");
    if (!src)
        return -1;
    if (m != n) {
        vm_raise(vm, &exc_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                 (long long)m, (long long)n);
        return -1;
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step)
        l->items[j] = src[k];
    return 0;
}

static int list_ass_subscript(VM *vm, Value self, Value key, Value v)
{
    List *l = AS_LIST(self);
    int64_t i;
    int r = container_seq_index(vm, key, &i);
    if (r < 0)
        return -1;
    if (r > 0) {
        if (i < 0)
            i += l->len;
        if (i < 0 || i >= l->len) {
            vm_raise(vm, &exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (v) {
            l->items[i] = v;
        } else {
            memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
            l->items[--l->len] = 0;
        }
        return 0;
    }
    if (IS_OBJ(key) && AS_OBJ(key)->type == &type_slice)
        return list_ass_slice(vm, l, (Slice *)AS_OBJ(key), v);
    vm_raise(vm, &exc_TypeError, "list indices must be integers or slices, not %s", type_name(key));
    return -1;
}

static int list_contains(VM *vm, Value self, Value x)
{
    List *l = AS_LIST(self);
    for (int64_t i = 0; i < l->len; i++) {
        int r = item_eq(vm, l->items[i], x);
        if (r)
            return r;
    }
    return 0;
}

/* ---- iterators -------------------------------------------------------------------- */

typedef struct ListIter { Obj hdr; List *list; int64_t index; } ListIter;

static Value list_iter(VM *vm, Value self)
{
    ListIter *it = (ListIter *)obj_alloc(vm, &type_list_iterator);
    if (!it)
        return 0;
    it->list = AS_LIST(self);
    it->index = 0;
    return OBJ_VAL(it);
}

static Value iter_self(VM *vm, Value self)
{
    return self;
}

static Value listiter_next(VM *vm, Value self)
{
    ListIter *it = (ListIter *)AS_OBJ(self);
    List *l = it->list;
    if (l) {
        if (it->index < l->len)
            return l->items[it->index++];
        it->list = NULL;
    }
    return 0;
}

static Value listiter_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    ListIter *it = (ListIter *)AS_OBJ(argv[0]);
    int64_t n = it->list && it->index < it->list->len ? it->list->len - it->index : 0;
    return MK_INT(n);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {0},
};

TypeObject type_list_iterator = {
    .hdr.type = &type_type,
    .name = "list_iterator",
    .instance_size = sizeof(ListIter),
    .iter = iter_self,
    .next = listiter_next,
    .methods = listiter_methods,
};

static Value listrev_next(VM *vm, Value self)
{
    ListIter *it = (ListIter *)AS_OBJ(self);
    List *l = it->list;
    if (l) {
        if (it->index >= 0 && it->index < l->len)
            return l->items[it->index--];
        it->list = NULL;
    }
    return 0;
}

static Value listrev_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    ListIter *it = (ListIter *)AS_OBJ(argv[0]);
    int64_t n = it->list && it->index < it->list->len ? it->index + 1 : 0;
    return MK_INT(n);
}

static const MethodDef listrev_methods[] = {
    {"__length_hint__", listrev_length_hint, 0, NULL},
    {0},
};

TypeObject type_list_reverseiterator = {
    .hdr.type = &type_type,
    .name = "list_reverseiterator",
    .instance_size = sizeof(ListIter),
    .iter = iter_self,
    .next = listrev_next,
    .methods = listrev_methods,
};

/* ---- operators ---------------------------------------------------------------------- */

static Value list_repeat(VM *vm, List *l, int64_t n)
{
    if (n <= 0 || l->len == 0)
        return OBJ_VAL(list_new(vm, 0));
    if (n > INT64_MAX / l->len || l->len * n > (int64_t)(SIZE_MAX / 4 / sizeof(Value)))
        return exc_raise_memory_error(vm);
    int64_t len = l->len, total = len * n;
    List *res = list_new(vm, total);
    if (!res)
        return 0;
    if (len == 1) {
        Value x = l->items[0];
        for (int64_t i = 0; i < total; i++)
            res->items[i] = x;
    } else {
        for (int64_t i = 0; i < n; i++)
            memcpy(res->items + i * len, l->items, (size_t)len * sizeof(Value));
    }
    return OBJ_VAL(res);
}

static Value list_add(VM *vm, Value a, Value b)
{
    if (!list_check(a))
        return NOT_IMPLEMENTED;
    if (!list_check(b)) {
        TypeObject *bt = TYPE_OF(b);
        BinaryFn f = bt->binop[BINOP_ADD];
        if (f && (bt->flags & TF_HEAPTYPE)) {
            Value r = f(vm, a, b);
            if (!r || r != NOT_IMPLEMENTED)
                return r;
        }
        return vm_raise(vm, &exc_TypeError, "can only concatenate list (not \"%s\") to list",
                        type_name(b));
    }
    List *x = AS_LIST(a), *y = AS_LIST(b);
    List *res = list_new(vm, x->len + y->len);
    if (!res)
        return 0;
    if (x->len)
        memcpy(res->items, x->items, (size_t)x->len * sizeof(Value));
    if (y->len)
        memcpy(res->items + x->len, y->items, (size_t)y->len * sizeof(Value));
    return OBJ_VAL(res);
}

static Value list_mul(VM *vm, Value a, Value b)
{
    Value seq = a, n = b;
    if (!list_check(a)) {
        seq = b;
        n = a;
    }
    if (!container_has_index(vm, n)) {
        if (seq == a)
            return cargs_seq_mul_fallback(vm, a, b, n);
        /* n's own slot has already declined */
        return vm_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                        type_name(n));
    }
    int64_t k;
    if (repeat_count(vm, n, &k) < 0)
        return 0;
    return list_repeat(vm, AS_LIST(seq), k);
}

static Value list_iadd(VM *vm, Value a, Value b)
{
    if (!list_check(a))
        return NOT_IMPLEMENTED;
    if (list_extend(vm, AS_LIST(a), b) < 0)
        return 0;
    return a;
}

static Value list_imul(VM *vm, Value a, Value b)
{
    if (!list_check(a))
        return NOT_IMPLEMENTED;
    if (!container_has_index(vm, b))
        return cargs_seq_mul_fallback(vm, a, b, b);
    int64_t k;
    if (repeat_count(vm, b, &k) < 0)
        return 0;
    List *l = AS_LIST(a);
    if (k <= 0 || l->len == 0) {
        l->items = NULL;
        l->len = l->cap = 0;
        return a;
    }
    if (k == 1)
        return a;
    Value r = list_repeat(vm, l, k);
    if (!r)
        return 0;
    l->items = AS_LIST(r)->items;
    l->len = AS_LIST(r)->len;
    l->cap = AS_LIST(r)->cap;
    return a;
}

/* ---- construction -------------------------------------------------------------------- */

static Value list_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    Obj *o = obj_alloc(vm, t);
    return o ? OBJ_VAL(o) : 0;
}

static int list_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_nokw(vm, "list", kwnames) < 0)
        return -1;
    if (cargs_range(vm, NULL, "list", argc, NULL, 0, 1) < 0)
        return -1;
    List *l = AS_LIST(self);
    if (l->len) {
        l->items = NULL;
        l->len = l->cap = 0;
    }
    if (argc == 1)
        return list_extend(vm, l, argv[0]);
    return 0;
}

/* ---- sorting ---------------------------------------------------------------------------- */

/* CPython's timsort, step for step: the same runs (ascending, or strictly
 * descending and reversed), the same minimum run length and binary
 * insertion, the same powersort merge order (3.11) and the same galloping
 * with its adaptive threshold.  A program can observe all of it: how many
 * times __lt__ runs, and where elements land when the order is not
 * consistent (NaN keys), so nothing here is an approximation.  Comparisons
 * are `<` only, and any error stops the sort at once. */

#define MIN_GALLOP 7
#define MAX_PENDING 85

/* A piece of the sorted arrays: keys and, when sorting by a key function,
 * the values that move with them (vals == NULL otherwise). */
typedef struct SortSlice { Value *keys, *vals; } SortSlice;

typedef struct SortCtx {
    VM *vm;
    int kind;          /* 0 generic, 1 small ints, 2 exact str, 3 exact float */
    SortSlice base;    /* the whole array */
    int64_t listlen;
    SortSlice tmp;     /* merge buffer */
    int64_t tmpcap;
    int64_t min_gallop;
    int n;             /* pending runs */
    struct { SortSlice base; int64_t len; int power; } pending[MAX_PENDING];
} SortCtx;

static int str_lt(Str *a, Str *b)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c)
        return c < 0;
    return a->len < b->len;
}

static inline int sort_lt(SortCtx *c, Value a, Value b)
{
    switch (c->kind) {
    case 1: return AS_INT(a) < AS_INT(b);
    case 2: return str_lt(AS_STR(a), AS_STR(b));
    case 3: return AS_FLOAT(a) < AS_FLOAT(b);
    default: return obj_compare_bool(c->vm, a, b, CMP_LT);
    }
}

static inline SortSlice ss_at(SortSlice s, int64_t i)
{
    return (SortSlice){ s.keys + i, s.vals ? s.vals + i : NULL };
}

/* dst[0..n) = src[0..n), overlapping or not */
static inline void ss_move(SortSlice dst, SortSlice src, int64_t n)
{
    memmove(dst.keys, src.keys, (size_t)n * sizeof(Value));
    if (dst.vals)
        memmove(dst.vals, src.vals, (size_t)n * sizeof(Value));
}

static inline void ss_set(SortSlice dst, SortSlice src)
{
    dst.keys[0] = src.keys[0];
    if (dst.vals)
        dst.vals[0] = src.vals[0];
}

static void ss_reverse(SortSlice s, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = s.keys[i]; s.keys[i] = s.keys[j]; s.keys[j] = t;
        if (s.vals) {
            t = s.vals[i]; s.vals[i] = s.vals[j]; s.vals[j] = t;
        }
    }
}

/* Sorts s[0..hi) given that s[0..start) is already sorted. */
static int binary_sort(SortCtx *c, SortSlice s, int64_t hi, int64_t start)
{
    if (start == 0)
        start++;
    for (; start < hi; start++) {
        Value pk = s.keys[start], pv = s.vals ? s.vals[start] : 0;
        int64_t l = 0, r = start;
        do {
            int64_t p = l + ((r - l) >> 1);
            int lt = sort_lt(c, pk, s.keys[p]);
            if (lt < 0)
                return -1;
            if (lt)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        ss_move(ss_at(s, l + 1), ss_at(s, l), start - l);
        s.keys[l] = pk;
        if (s.vals)
            s.vals[l] = pv;
    }
    return 0;
}

/* The length of the run at s[0..n): ascending (non-decreasing), or
 * strictly descending (*descending set). */
static int64_t count_run(SortCtx *c, SortSlice s, int64_t n, bool *descending)
{
    *descending = false;
    if (n == 1)
        return 1;
    int lt = sort_lt(c, s.keys[1], s.keys[0]);
    if (lt < 0)
        return -1;
    int64_t k = 2;
    if (lt) {
        *descending = true;
        for (; k < n; k++) {
            lt = sort_lt(c, s.keys[k], s.keys[k - 1]);
            if (lt < 0)
                return -1;
            if (!lt)
                break;
        }
    } else {
        for (; k < n; k++) {
            lt = sort_lt(c, s.keys[k], s.keys[k - 1]);
            if (lt < 0)
                return -1;
            if (lt)
                break;
        }
    }
    return k;
}

/* Where key goes in the sorted a[0..n): the leftmost place (before equal
 * elements), searching out from a[hint] in growing steps. */
static int64_t gallop_left(SortCtx *c, Value key, Value *a, int64_t n, int64_t hint)
{
    int64_t ofs = 1, lastofs = 0;
    int lt = sort_lt(c, a[hint], key);
    if (lt < 0)
        return -1;
    if (lt) {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            lt = sort_lt(c, a[hint + ofs], key);
            if (lt < 0)
                return -1;
            if (!lt)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            lt = sort_lt(c, a[hint - ofs], key);
            if (lt < 0)
                return -1;
            if (lt)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    /* a[lastofs] < key <= a[ofs]: binary search in between */
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        lt = sort_lt(c, a[m], key);
        if (lt < 0)
            return -1;
        if (lt)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* The same, but the rightmost place (after equal elements). */
static int64_t gallop_right(SortCtx *c, Value key, Value *a, int64_t n, int64_t hint)
{
    int64_t ofs = 1, lastofs = 0;
    int lt = sort_lt(c, key, a[hint]);
    if (lt < 0)
        return -1;
    if (lt) {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            lt = sort_lt(c, key, a[hint - ofs]);
            if (lt < 0)
                return -1;
            if (!lt)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            lt = sort_lt(c, key, a[hint + ofs]);
            if (lt < 0)
                return -1;
            if (lt)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    /* a[lastofs] <= key < a[ofs] */
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        lt = sort_lt(c, key, a[m]);
        if (lt < 0)
            return -1;
        if (lt)
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

static int merge_getmem(SortCtx *c, int64_t need)
{
    if (need <= c->tmpcap)
        return 0;
    c->tmp.keys = mem_alloc(c->vm, (size_t)need * sizeof(Value));
    c->tmp.vals = NULL;
    if (!c->tmp.keys)
        return -1;
    if (c->base.vals && !(c->tmp.vals = mem_alloc(c->vm, (size_t)need * sizeof(Value))))
        return -1;
    c->tmpcap = need;
    return 0;
}

/* Merges the adjacent runs a[0..na) and b[0..nb) (na <= nb) left to right,
 * a copied aside.  On an error the elements still set aside go back, so
 * the array stays a permutation of the list. */
static int merge_lo(SortCtx *c, SortSlice a, int64_t na, SortSlice b, int64_t nb)
{
    if (merge_getmem(c, na) < 0)
        return -1;
    SortSlice dest = a;
    ss_move(c->tmp, a, na);
    a = c->tmp;
    int result = -1;
    int64_t k;
    ss_set(dest, b);
    dest = ss_at(dest, 1);
    b = ss_at(b, 1);
    if (--nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;
    int64_t min_gallop = c->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        /* one element at a time until a run seems to win consistently */
        for (;;) {
            int lt = sort_lt(c, b.keys[0], a.keys[0]);
            if (lt < 0)
                goto fail;
            if (lt) {
                ss_set(dest, b);
                dest = ss_at(dest, 1);
                b = ss_at(b, 1);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                ss_set(dest, a);
                dest = ss_at(dest, 1);
                a = ss_at(a, 1);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        /* galloping, while it keeps paying */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            c->min_gallop = min_gallop;
            k = gallop_right(c, b.keys[0], a.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                ss_move(dest, a, k);
                dest = ss_at(dest, k);
                a = ss_at(a, k);
                na -= k;
                if (na == 1)
                    goto copy_b;
                if (na == 0)        /* only with an inconsistent order */
                    goto succeed;
            }
            ss_set(dest, b);
            dest = ss_at(dest, 1);
            b = ss_at(b, 1);
            if (--nb == 0)
                goto succeed;
            k = gallop_left(c, a.keys[0], b.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                ss_move(dest, b, k);
                dest = ss_at(dest, k);
                b = ss_at(b, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            ss_set(dest, a);
            dest = ss_at(dest, 1);
            a = ss_at(a, 1);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;       /* leaving galloping mode costs */
        c->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na)
        ss_move(dest, a, na);
    return result;
copy_b:
    /* the last element of a belongs after all of what is left of b */
    ss_move(dest, b, nb);
    ss_set(ss_at(dest, nb), a);
    return 0;
}

/* The mirror image: right to left, b copied aside (na >= nb). */
static int merge_hi(SortCtx *c, SortSlice a, int64_t na, SortSlice b, int64_t nb)
{
    if (merge_getmem(c, nb) < 0)
        return -1;
    SortSlice dest = ss_at(b, nb - 1);
    ss_move(c->tmp, b, nb);
    SortSlice basea = a, baseb = c->tmp;
    b = ss_at(c->tmp, nb - 1);
    a = ss_at(a, na - 1);
    int result = -1;
    int64_t k;
    ss_set(dest, a);
    dest = ss_at(dest, -1);
    a = ss_at(a, -1);
    if (--na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;
    int64_t min_gallop = c->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            int lt = sort_lt(c, b.keys[0], a.keys[0]);
            if (lt < 0)
                goto fail;
            if (lt) {
                ss_set(dest, a);
                dest = ss_at(dest, -1);
                a = ss_at(a, -1);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                ss_set(dest, b);
                dest = ss_at(dest, -1);
                b = ss_at(b, -1);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            c->min_gallop = min_gallop;
            k = gallop_right(c, b.keys[0], basea.keys, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest = ss_at(dest, -k);
                a = ss_at(a, -k);
                ss_move(ss_at(dest, 1), ss_at(a, 1), k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            ss_set(dest, b);
            dest = ss_at(dest, -1);
            b = ss_at(b, -1);
            if (--nb == 1)
                goto copy_a;
            k = gallop_left(c, a.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest = ss_at(dest, -k);
                b = ss_at(b, -k);
                ss_move(ss_at(dest, 1), ss_at(b, 1), k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0)        /* only with an inconsistent order */
                    goto succeed;
            }
            ss_set(dest, a);
            dest = ss_at(dest, -1);
            a = ss_at(a, -1);
            if (--na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        c->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb)
        ss_move(ss_at(dest, -(nb - 1)), baseb, nb);
    return result;
copy_a:
    /* the first element of b belongs before all of what is left of a */
    ss_move(ss_at(dest, 1 - na), ss_at(a, 1 - na), na);
    dest = ss_at(dest, -na);
    ss_set(dest, b);
    return 0;
}

/* Merges pending runs i and i + 1. */
static int merge_at(SortCtx *c, int i)
{
    SortSlice a = c->pending[i].base, b = c->pending[i + 1].base;
    int64_t na = c->pending[i].len, nb = c->pending[i + 1].len;
    c->pending[i].len = na + nb;
    if (i == c->n - 3)
        c->pending[i + 1] = c->pending[i + 2];
    c->n--;
    /* what of a is already below b[0], and of b already above a's end,
     * stays where it is */
    int64_t k = gallop_right(c, b.keys[0], a.keys, na, 0);
    if (k < 0)
        return -1;
    a = ss_at(a, k);
    na -= k;
    if (na == 0)
        return 0;
    nb = gallop_left(c, a.keys[na - 1], b.keys, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(c, a, na, b, nb) : merge_hi(c, a, na, b, nb);
}

/* Powersort's depth of the boundary between the runs [s1, s1 + n1) and
 * [s1 + n1, s1 + n1 + n2) in a list of n. */
static int run_power(int64_t s1, int64_t n1, int64_t n2, int64_t n)
{
    int result = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        result++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static int found_new_run(SortCtx *c, int64_t n2)
{
    if (c->n) {
        int64_t s1 = c->pending[c->n - 1].base.keys - c->base.keys;
        int64_t n1 = c->pending[c->n - 1].len;
        int power = run_power(s1, n1, n2, c->listlen);
        while (c->n > 1 && c->pending[c->n - 2].power > power)
            if (merge_at(c, c->n - 2) < 0)
                return -1;
        c->pending[c->n - 1].power = power;
    }
    return 0;
}

static int merge_force_collapse(SortCtx *c)
{
    while (c->n > 1) {
        int n = c->n - 2;
        if (n > 0 && c->pending[n - 1].len < c->pending[n + 1].len)
            n--;
        if (merge_at(c, n) < 0)
            return -1;
    }
    return 0;
}

static int64_t compute_minrun(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_array(SortCtx *c, int64_t n)
{
    if (n < 2)
        return 0;
    c->listlen = n;
    c->min_gallop = MIN_GALLOP;
    c->n = 0;
    c->tmpcap = 0;
    int64_t minrun = compute_minrun(n), lo = 0, remaining = n;
    do {
        SortSlice s = ss_at(c->base, lo);
        bool descending;
        int64_t run = count_run(c, s, remaining, &descending);
        if (run < 0)
            return -1;
        if (descending)
            ss_reverse(s, run);
        if (run < minrun) {
            int64_t force = remaining <= minrun ? remaining : minrun;
            if (binary_sort(c, s, force, run) < 0)
                return -1;
            run = force;
        }
        if (found_new_run(c, run) < 0)
            return -1;
        c->pending[c->n].base = s;
        c->pending[c->n].len = run;
        c->n++;
        lo += run;
        remaining -= run;
    } while (remaining);
    return merge_force_collapse(c);
}

static void reverse_values(Value *a, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = a[i]; a[i] = a[j]; a[j] = t;
    }
}

int list_sort(VM *vm, List *l, Value key, bool reverse)
{
    if (key && IS_NONE(key))
        key = 0;
    /* The list is empty while sorting, as in CPython: a key function or a
     * comparison sees [] and any change it makes is detected afterwards. */
    Value *items = l->items;
    int64_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;

    SortCtx c;
    c.vm = vm;
    c.kind = 0;
    c.base = (SortSlice){ items, NULL };
    Value *work = items;
    int rc = 0;
    if (key && n > 0) {
        Value *keys = mem_alloc(vm, (size_t)n * sizeof(Value));
        if (!keys) {
            rc = -1;
            goto done;
        }
        for (int64_t i = 0; i < n; i++) {
            keys[i] = obj_call1(vm, key, items[i]);
            if (!keys[i]) {
                rc = -1;
                goto done;
            }
        }
        /* the values move with their keys in a copy of the list's array */
        work = mem_alloc(vm, (size_t)n * sizeof(Value));
        if (!work) {
            rc = -1;
            goto done;
        }
        memcpy(work, items, (size_t)n * sizeof(Value));
        c.base = (SortSlice){ keys, work };
    } else if (n > 1) {
        work = mem_alloc(vm, (size_t)n * sizeof(Value));
        if (!work) {
            rc = -1;
            goto done;
        }
        memcpy(work, items, (size_t)n * sizeof(Value));
        c.base = (SortSlice){ work, NULL };
    }
    if (n > 1) {
        /* Homogeneous keys get a direct comparison, as CPython's
         * pre-sort check does. */
        bool ints = true, strs = true, floats = true;
        for (int64_t i = 0; i < n && (ints || strs || floats); i++) {
            Value k = c.base.keys[i];
            if (!IS_INT(k))
                ints = false;
            if (!IS_STR(k))
                strs = false;
            if (!IS_FLOAT(k))
                floats = false;
        }
        c.kind = ints ? 1 : strs ? 2 : floats ? 3 : 0;
        if (reverse)
            ss_reverse(c.base, n);
        rc = sort_array(&c, n);
        if (rc == 0 && reverse)
            ss_reverse(c.base, n);
    }
done:;
    bool modified = l->items != NULL || l->len != 0;
    /* As CPython, a sort stopped by an error leaves the list in whatever
     * order it had reached (a permutation of it, never a loss). */
    Value *sorted = c.base.vals ? c.base.vals : c.base.keys;
    if (sorted != items && n > 0)
        memcpy(items, sorted, (size_t)n * sizeof(Value));
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (rc == 0 && modified) {
        vm_raise(vm, &exc_ValueError, "list modified during sort");
        return -1;
    }
    return rc;
}

/* ---- list[int]: the generic alias that annotations evaluate to ------------------ */

/* A minimal types.GenericAlias: enough for annotations such as
 * dict[str, list[int]] to evaluate, print and be called. */
typedef struct GenericAlias { Obj hdr; Value origin; Tuple *args; } GenericAlias;

static bool is_type_value(Value v)
{
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_type);
}

/* How an alias prints one of its parts: types by (module-qualified) name. */
static int ga_repr_item(VM *vm, StrBuf *sb, Value v)
{
    if (v == ELLIPSIS) {
        sb_adds(sb, "...");
        return 0;
    }
    if (is_type_value(v)) {
        TypeObject *t = AS_TYPE(v);
        Value mod = type_module_name(vm, t);
        const char *q = t->qualname ? t->qualname->data : t->name;
        if (mod && str_check(mod) && !str_eq_cstr(AS_STR(mod), "builtins")) {
            sb_adds(sb, AS_STR(mod)->data);
            sb_addc(sb, '.');
        }
        sb_adds(sb, q);
        return 0;
    }
    Value r = obj_repr(vm, v);
    if (!r)
        return -1;
    sb_add(sb, AS_STR(r)->data, (size_t)AS_STR(r)->len);
    return 0;
}

static Value ga_repr(VM *vm, Value self)
{
    GenericAlias *g = (GenericAlias *)AS_OBJ(self);
    StrBuf sb;
    sb_init(&sb, vm);
    if (ga_repr_item(vm, &sb, g->origin) < 0)
        return 0;
    sb_addc(&sb, '[');
    for (int64_t i = 0; i < g->args->len; i++) {
        if (i)
            sb_add(&sb, ", ", 2);
        if (ga_repr_item(vm, &sb, g->args->items[i]) < 0)
            return 0;
    }
    if (g->args->len == 0)
        sb_adds(&sb, "()");
    sb_addc(&sb, ']');
    return OBJ_VAL(sb_finish(&sb));
}

static Value ga_call(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    return obj_call(vm, ((GenericAlias *)AS_OBJ(self))->origin, argc, argv, kwnames);
}

static Value ga_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE_OF(a) != TYPE_OF(b))
        return NOT_IMPLEMENTED;
    GenericAlias *x = (GenericAlias *)AS_OBJ(a), *y = (GenericAlias *)AS_OBJ(b);
    int r = obj_eq(vm, x->origin, y->origin);
    if (r > 0)
        r = obj_eq(vm, OBJ_VAL(x->args), OBJ_VAL(y->args));
    if (r < 0)
        return 0;
    return BOOL_VAL(op == CMP_EQ ? r : !r);
}

static int64_t ga_hash(VM *vm, Value self)
{
    GenericAlias *g = (GenericAlias *)AS_OBJ(self);
    int64_t a = obj_hash(vm, g->origin);
    if (a == -1)
        return -1;
    int64_t b = obj_hash(vm, OBJ_VAL(g->args));
    if (b == -1)
        return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Value ga_origin(VM *vm, Value self) { return ((GenericAlias *)AS_OBJ(self))->origin; }
static Value ga_args(VM *vm, Value self) { return OBJ_VAL(((GenericAlias *)AS_OBJ(self))->args); }
static Value ga_parameters(VM *vm, Value self) { return OBJ_VAL(empty_tuple); }

static const GetSetDef ga_getsets[] = {
    {"__origin__", ga_origin, NULL},
    {"__args__", ga_args, NULL},
    {"__parameters__", ga_parameters, NULL},
    {0},
};

TypeObject type_generic_alias = {
    .hdr.type = &type_type,
    .name = "types.GenericAlias",
    .instance_size = sizeof(GenericAlias),
    .repr = ga_repr,
    .call = ga_call,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .getsets = ga_getsets,
};

Value container_class_getitem(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_nokw(vm, "__class_getitem__", kwnames) < 0)
        return 0;
    if (argc != 2)
        return vm_raise(vm, &exc_TypeError, "__class_getitem__() takes exactly one argument (%d given)",
                        argc - 1);
    Value args = IS_TUPLE(argv[1]) ? argv[1] : tuple_pack(vm, 1, argv[1]);
    if (!args)
        return 0;
    container_type_ready(vm, &type_generic_alias);
    GenericAlias *g = (GenericAlias *)obj_alloc(vm, &type_generic_alias);
    if (!g)
        return 0;
    g->origin = argv[0];
    g->args = AS_TUPLE(args);
    return OBJ_VAL(g);
}

/* ---- methods ------------------------------------------------------------------------------ */

#define SELF_CHECK(mname) \
    if (cargs_self(vm, mname, &type_list, argc, argv) < 0) return 0; \
    List *l = AS_LIST(argv[0]); (void)l

static Value m_append(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("append");
    if (cargs_one(vm, "list.append", argc - 1, kwnames) < 0)
        return 0;
    if (list_append(vm, l, argv[1]) < 0)
        return 0;
    return NONE;
}

static Value m_extend(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("extend");
    if (cargs_one(vm, "list.extend", argc - 1, kwnames) < 0)
        return 0;
    if (list_extend(vm, l, argv[1]) < 0)
        return 0;
    return NONE;
}

static Value m_insert(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("insert");
    if (cargs_range(vm, "list.insert", "insert", argc - 1, kwnames, 2, 2) < 0)
        return 0;
    int64_t where;
    if (IS_INT(argv[1])) {
        where = AS_INT(argv[1]);
    } else {
        Value iv = obj_index(vm, argv[1]);
        if (!iv)
            return 0;
        if (!int_to_i64(iv, &where))
            where = int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (list_insert(vm, l, where, argv[2]) < 0)
        return 0;
    return NONE;
}

static Value m_pop(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("pop");
    if (cargs_range(vm, "list.pop", "pop", argc - 1, kwnames, 0, 1) < 0)
        return 0;
    if (argc == 1)
        return list_pop_last(vm, l);
    int64_t i;
    if (IS_INT(argv[1])) {
        i = AS_INT(argv[1]);
    } else {
        Value iv = obj_index(vm, argv[1]);
        if (!iv)
            return 0;
        if (!int_to_i64(iv, &i))
            return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    if (l->len == 0)
        return vm_raise(vm, &exc_IndexError, "pop from empty list");
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= l->len)
        return vm_raise(vm, &exc_IndexError, "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
    l->items[--l->len] = 0;
    return v;
}

static Value m_remove(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("remove");
    if (cargs_one(vm, "list.remove", argc - 1, kwnames) < 0)
        return 0;
    for (int64_t i = 0; i < l->len; i++) {
        int r = item_eq(vm, l->items[i], argv[1]);
        if (r < 0)
            return 0;
        if (r) {
            if (i < l->len) {
                memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
                l->items[--l->len] = 0;
            }
            return NONE;
        }
    }
    return vm_raise(vm, &exc_ValueError, "list.remove(x): x not in list");
}

/* start/stop arguments of index(): clamped like CPython's slice indices. */
int cargs_clamp_index(VM *vm, Value v, int64_t len, int64_t *out)
{
    int64_t i;
    if (IS_INT(v)) {
        i = AS_INT(v);
    } else {
        if (!container_has_index(vm, v)) {
            vm_raise(vm, &exc_TypeError, "slice indices must be integers or have an __index__ method");
            return -1;
        }
        Value iv = obj_index(vm, v);
        if (!iv)
            return -1;
        if (!int_to_i64(iv, &i))
            i = int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    *out = i;
    return 0;
}

static Value m_index(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("index");
    if (cargs_range(vm, "list.index", "index", argc - 1, kwnames, 1, 3) < 0)
        return 0;
    int64_t start = 0, stop = INT64_MAX;
    if (argc > 2 && cargs_clamp_index(vm, argv[2], l->len, &start) < 0)
        return 0;
    if (argc > 3 && cargs_clamp_index(vm, argv[3], l->len, &stop) < 0)
        return 0;
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int r = item_eq(vm, l->items[i], argv[1]);
        if (r < 0)
            return 0;
        if (r)
            return MK_INT(i);
    }
    Value rep = obj_repr(vm, argv[1]);
    if (!rep)
        return 0;
    return vm_raise(vm, &exc_ValueError, "%s is not in list", AS_STR(rep)->data);
}

static Value m_count(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("count");
    if (cargs_one(vm, "list.count", argc - 1, kwnames) < 0)
        return 0;
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int r = item_eq(vm, l->items[i], argv[1]);
        if (r < 0)
            return 0;
        n += r;
    }
    return MK_INT(n);
}

static Value m_sort(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("sort");
    int64_t total = argc - 1 + (kwnames ? kwnames->len : 0);
    if (total > 2)      /* CPython counts every argument against the two keywords first */
        return vm_raise(vm, &exc_TypeError, "sort() takes at most 2 arguments (%lld given)",
                        (long long)total);
    if (argc > 1)
        return vm_raise(vm, &exc_TypeError, "sort() takes no positional arguments");
    Value key = 0;
    bool reverse = false;
    int64_t nkw = kwnames ? kwnames->len : 0;
    for (int64_t i = 0; i < nkw; i++) {
        Str *name = AS_STR(kwnames->items[i]);
        Value v = argv[argc + i];
        if (str_eq_cstr(name, "key")) {
            key = v;
        } else if (str_eq_cstr(name, "reverse")) {
            int t;
            if (IS_INT(v)) {
                t = AS_INT(v) != 0;
            } else if (int_check(v)) {
                t = int_sign(v) != 0;
            } else if (IS_FLOAT(v)) {
                return vm_raise(vm, &exc_TypeError, "'float' object cannot be interpreted as an integer");
            } else {
                Value iv = obj_index(vm, v);
                if (!iv)
                    return 0;
                t = int_sign(iv) != 0;
            }
            reverse = t;
        } else {
            return vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for sort()",
                            name->data);
        }
    }
    if (list_sort(vm, l, key, reverse) < 0)
        return 0;
    return NONE;
}

static Value m_reverse(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("reverse");
    if (cargs_noargs(vm, "list.reverse", argc - 1, kwnames) < 0)
        return 0;
    reverse_values(l->items, l->len);
    return NONE;
}

static Value m_copy(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("copy");
    if (cargs_noargs(vm, "list.copy", argc - 1, kwnames) < 0)
        return 0;
    return list_from_array(vm, l->len, l->items);
}

static Value m_clear(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("clear");
    if (cargs_noargs(vm, "list.clear", argc - 1, kwnames) < 0)
        return 0;
    l->items = NULL;
    l->len = l->cap = 0;
    return NONE;
}

static Value m_reversed(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("__reversed__");
    if (cargs_noargs(vm, "list.__reversed__", argc - 1, kwnames) < 0)
        return 0;
    container_type_ready(vm, &type_list_reverseiterator);
    ListIter *it = (ListIter *)obj_alloc(vm, &type_list_reverseiterator);
    if (!it)
        return 0;
    it->list = l;
    it->index = l->len - 1;
    return OBJ_VAL(it);
}

static const MethodDef list_methods[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"sort", m_sort, 0, "Sort the list in ascending order and return None."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {"__class_getitem__", container_class_getitem, METH_CLASS, "See PEP 585"},
    {0},
};

TypeObject type_list = {
    .hdr.type = &type_type,
    .name = "list",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(List),
    .new_ = list_new_slot,
    .init = list_init,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .bool_ = list_bool,
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .iter = list_iter,
    .binop = {[BINOP_ADD] = list_add, [BINOP_MUL] = list_mul},
    .inplace = {[BINOP_ADD] = list_iadd, [BINOP_MUL] = list_imul},
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};
