/* range.c — range objects and their iterators.
 *
 * Bounds may be any ints (GMP big ints included).  The common case, where
 * everything fits in small ints, runs on int64 arithmetic; the rest goes
 * through GMP.  `len` is -1 when the length does not fit in int64 (len()
 * then raises OverflowError, as CPython's does).
 */
#include "object.h"
#include "vm.h"
#include "container.h"
#include "objmodel.h"

#define AS_RANGE(v) ((Range *)AS_OBJ(v))

static bool all_small(Range *r)
{
    return IS_INT(r->start) && IS_INT(r->stop) && IS_INT(r->step);
}

/* The length as an mpz (out must be initialised). */
static void range_len_mpz(Range *r, mpz_t out)
{
    mpz_t lo, hi, step;
    mpz_inits(lo, hi, step, NULL);
    int_to_mpz(r->start, lo);
    int_to_mpz(r->stop, hi);
    int_to_mpz(r->step, step);
    if (mpz_sgn(step) < 0) {
        mpz_swap(lo, hi);
        mpz_neg(step, step);
    }
    if (mpz_cmp(lo, hi) < 0) {
        mpz_sub(out, hi, lo);
        mpz_sub_ui(out, out, 1);
        mpz_fdiv_q(out, out, step);
        mpz_add_ui(out, out, 1);
    } else {
        mpz_set_ui(out, 0);
    }
    mpz_clears(lo, hi, step, NULL);
}

static int64_t compute_len(Range *r)
{
    if (all_small(r)) {
        int64_t lo = AS_INT(r->start), hi = AS_INT(r->stop), step = AS_INT(r->step);
        if (step > 0)
            return lo < hi ? (hi - lo - 1) / step + 1 : 0;
        return lo > hi ? (lo - hi - 1) / (-step) + 1 : 0;
    }
    mpz_t n;
    mpz_init(n);
    range_len_mpz(r, n);
    int64_t len = mpz_fits_slong_p(n) ? (int64_t)mpz_get_si(n) : -1;
    mpz_clear(n);
    return len;
}

static Value range_len_value(VM *vm, Range *r)
{
    if (r->len >= 0)
        return int_from_i64(vm, r->len);
    mpz_t n;
    mpz_init(n);
    range_len_mpz(r, n);
    Value v = int_from_mpz(vm, n);
    mpz_clear(n);
    return v;
}

Value range_new(VM *vm, Value start, Value stop, Value step)
{
    if (int_sign(step) == 0)
        return vm_raise(vm, &exc_ValueError, "range() arg 3 must not be zero");
    Range *r = (Range *)obj_alloc(vm, &type_range);
    if (!r)
        return 0;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = compute_len(r);
    return OBJ_VAL(r);
}

/* An int argument as a plain int Value (bools and int subclasses become
 * ints, others go through __index__). */
static Value as_int(VM *vm, Value v)
{
    if (IS_INT(v))
        return v;
    Value iv = obj_index(vm, v);
    if (!iv)
        return 0;
    if (IS_INT(iv) || (IS_OBJ(iv) && AS_OBJ(iv)->type == &type_int))
        return iv;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(iv, z);
    Value res = int_from_mpz(vm, z);
    mpz_clear(z);
    return res;
}

static Value range_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_nokw(vm, "range", kwnames) < 0 ||
        cargs_range(vm, NULL, "range", argc, NULL, 1, 3) < 0)
        return 0;
    Value a[3];
    for (int i = 0; i < argc; i++) {
        a[i] = as_int(vm, argv[i]);
        if (!a[i])
            return 0;
    }
    if (argc == 1)
        return range_new(vm, MK_INT(0), a[0], MK_INT(1));
    return range_new(vm, a[0], a[1], argc == 3 ? a[2] : MK_INT(1));
}

/* start + i * step for an int Value i */
static Value item_at(VM *vm, Range *r, Value i)
{
    if (IS_INT(i) && IS_INT(r->start) && IS_INT(r->step)) {
        /* |i * step| is below the range's extent, so this cannot overflow
         * while i is a valid index of a small-int range. */
        __int128 v = (__int128)AS_INT(r->start) + (__int128)AS_INT(i) * AS_INT(r->step);
        if (v >= INT64_MIN && v <= INT64_MAX)
            return int_from_i64(vm, (int64_t)v);
    }
    mpz_t a, b, c;
    mpz_inits(a, b, c, NULL);
    int_to_mpz(r->start, a);
    int_to_mpz(i, b);
    int_to_mpz(r->step, c);
    mpz_mul(b, b, c);
    mpz_add(a, a, b);
    Value v = int_from_mpz(vm, a);
    mpz_clears(a, b, c, NULL);
    return v;
}

/* ---- slots ------------------------------------------------------------------------ */

static Value range_repr(VM *vm, Value self)
{
    Range *r = AS_RANGE(self);
    Value a = obj_repr(vm, r->start), b = a ? obj_repr(vm, r->stop) : 0;
    if (!b)
        return 0;
    if (IS_INT(r->step) && AS_INT(r->step) == 1)
        return OBJ_VAL(str_printf(vm, "range(%s, %s)", AS_STR(a)->data, AS_STR(b)->data));
    Value c = obj_repr(vm, r->step);
    if (!c)
        return 0;
    return OBJ_VAL(str_printf(vm, "range(%s, %s, %s)", AS_STR(a)->data, AS_STR(b)->data,
                              AS_STR(c)->data));
}

static int64_t range_len(VM *vm, Value self)
{
    Range *r = AS_RANGE(self);
    if (r->len < 0) {
        vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return r->len;
}

static int range_bool(VM *vm, Value self)
{
    return AS_RANGE(self)->len != 0;
}

static int int_eq(VM *vm, Value a, Value b)
{
    if (IS_INT(a) && IS_INT(b))
        return a == b;
    return obj_eq(vm, a, b);
}

static int range_equal(VM *vm, Range *a, Range *b)
{
    if (a == b)
        return 1;
    Value la = range_len_value(vm, a), lb = la ? range_len_value(vm, b) : 0;
    if (!lb)
        return -1;
    int r = int_eq(vm, la, lb);
    if (r <= 0)
        return r;
    if (int_sign(la) == 0)
        return 1;
    r = int_eq(vm, a->start, b->start);
    if (r <= 0)
        return r;
    if (IS_INT(la) && AS_INT(la) == 1)
        return 1;
    return int_eq(vm, a->step, b->step);
}

static Value range_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!IS_OBJ(a) || !IS_OBJ(b) || AS_OBJ(a)->type != &type_range ||
        AS_OBJ(b)->type != &type_range || (op != CMP_EQ && op != CMP_NE))
        return NOT_IMPLEMENTED;
    int r = range_equal(vm, AS_RANGE(a), AS_RANGE(b));
    if (r < 0)
        return 0;
    return BOOL_VAL(op == CMP_EQ ? r : !r);
}

static int64_t range_hash(VM *vm, Value self)
{
    Range *r = AS_RANGE(self);
    Value items[3];
    items[0] = range_len_value(vm, r);
    if (!items[0])
        return -1;
    if (int_sign(items[0]) == 0) {
        items[1] = NONE;
        items[2] = NONE;
    } else {
        items[1] = r->start;
        items[2] = (IS_INT(items[0]) && AS_INT(items[0]) == 1) ? NONE : r->step;
    }
    return tuple_hash_items(vm, 3, items);
}

/* Is the int x in r?  (The arithmetic test, no iteration.) */
static int contains_int(VM *vm, Range *r, Value x)
{
    if (all_small(r) && IS_INT(x)) {
        int64_t v = AS_INT(x), lo = AS_INT(r->start), hi = AS_INT(r->stop), st = AS_INT(r->step);
        if (st > 0) {
            if (v < lo || v >= hi)
                return 0;
        } else {
            if (v > lo || v <= hi)
                return 0;
        }
        return (v - lo) % st == 0;
    }
    mpz_t v, lo, hi, st;
    mpz_inits(v, lo, hi, st, NULL);
    int_to_mpz(x, v);
    int_to_mpz(r->start, lo);
    int_to_mpz(r->stop, hi);
    int_to_mpz(r->step, st);
    int res;
    if (mpz_sgn(st) > 0)
        res = mpz_cmp(v, lo) >= 0 && mpz_cmp(v, hi) < 0;
    else
        res = mpz_cmp(v, lo) <= 0 && mpz_cmp(v, hi) > 0;
    if (res) {
        mpz_sub(v, v, lo);
        res = mpz_divisible_p(v, st) != 0;
    }
    mpz_clears(v, lo, hi, st, NULL);
    return res;
}

static bool exact_int_or_bool(Value v)
{
    return IS_INT(v) || (IS_OBJ(v) && (AS_OBJ(v)->type == &type_int || AS_OBJ(v)->type == &type_bool));
}

/* Iterates r comparing each item with x: 1 on the first match. */
static int search(VM *vm, Value self, Value x, int64_t *count, int64_t *index)
{
    Value it = obj_iter(vm, self);
    if (!it)
        return -1;
    int64_t n = 0, i = 0;
    for (;; i++) {
        Value y = obj_next(vm, it);
        if (!y)
            break;
        int r = obj_eq(vm, y, x);
        if (r < 0)
            return -1;
        if (r) {
            n++;
            if (index) {
                *index = i;
                return 1;
            }
        }
    }
    if (vm->exc)
        return -1;
    if (count)
        *count = n;
    return n > 0;
}

static int range_contains(VM *vm, Value self, Value x)
{
    if (exact_int_or_bool(x))
        return contains_int(vm, AS_RANGE(self), x);
    return search(vm, self, x, NULL, NULL);
}

/* One bound of a slice of a range, in GMP (CPython's
 * _PySlice_GetLongIndices): None gives the default, negatives count from
 * the end, the result is clamped to [lower, upper]. */
static int slice_bound_mpz(VM *vm, Value v, const mpz_t dflt, const mpz_t len,
                           const mpz_t lower, const mpz_t upper, mpz_t out)
{
    if (IS_NONE(v)) {
        mpz_set(out, dflt);
        return 0;
    }
    if (!container_has_index(vm, v)) {
        vm_raise(vm, &exc_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value iv = as_int(vm, v);
    if (!iv)
        return -1;
    int_to_mpz(iv, out);
    if (mpz_sgn(out) < 0) {
        mpz_add(out, out, len);
        if (mpz_cmp(out, lower) < 0)
            mpz_set(out, lower);
    } else if (mpz_cmp(out, upper) > 0) {
        mpz_set(out, upper);
    }
    return 0;
}

/* CPython's compute_slice: a range over the chosen items. */
static Value range_slice(VM *vm, Range *r, Slice *s)
{
    mpz_t len, step, lower, upper, start, stop, tmp, rstart, rstep;
    mpz_inits(len, step, lower, upper, start, stop, tmp, rstart, rstep, NULL);
    Value res = 0;
    range_len_mpz(r, len);
    if (IS_NONE(s->step)) {
        mpz_set_ui(step, 1);
    } else {
        if (!container_has_index(vm, s->step)) {
            vm_raise(vm, &exc_TypeError,
                     "slice indices must be integers or None or have an __index__ method");
            goto done;
        }
        Value sv = as_int(vm, s->step);
        if (!sv)
            goto done;
        int_to_mpz(sv, step);
        if (mpz_sgn(step) == 0) {
            vm_raise(vm, &exc_ValueError, "slice step cannot be zero");
            goto done;
        }
    }
    bool neg = mpz_sgn(step) < 0;
    if (neg) {
        mpz_set_si(lower, -1);
        mpz_sub_ui(upper, len, 1);
    } else {
        mpz_set_ui(lower, 0);
        mpz_set(upper, len);
    }
    if (slice_bound_mpz(vm, s->start, neg ? upper : lower, len, lower, upper, start) < 0 ||
        slice_bound_mpz(vm, s->stop, neg ? lower : upper, len, lower, upper, stop) < 0)
        goto done;
    int_to_mpz(r->start, rstart);
    int_to_mpz(r->step, rstep);
    /* start' = start + istart*step, stop' = start + istop*step, step' = step*istep */
    mpz_mul(tmp, start, rstep);
    mpz_add(start, rstart, tmp);
    mpz_mul(tmp, stop, rstep);
    mpz_add(stop, rstart, tmp);
    mpz_mul(step, step, rstep);
    Value a = int_from_mpz(vm, start), b = a ? int_from_mpz(vm, stop) : 0;
    Value c = b ? int_from_mpz(vm, step) : 0;
    if (c)
        res = range_new(vm, a, b, c);
done:
    mpz_clears(len, step, lower, upper, start, stop, tmp, rstart, rstep, NULL);
    return res;
}

static Value range_subscript(VM *vm, Value self, Value key)
{
    Range *r = AS_RANGE(self);
    if (IS_INT(key) && r->len >= 0) {
        int64_t i = AS_INT(key);
        if (i < 0)
            i += r->len;
        if (i < 0 || i >= r->len)
            return vm_raise(vm, &exc_IndexError, "range object index out of range");
        return item_at(vm, r, MK_INT(i));
    }
    if (IS_OBJ(key) && AS_OBJ(key)->type == &type_slice)
        return range_slice(vm, r, (Slice *)AS_OBJ(key));
    if (!container_has_index(vm, key))
        return vm_raise(vm, &exc_TypeError, "range indices must be integers or slices, not %s",
                        type_name(key));
    Value i = as_int(vm, key);
    if (!i)
        return 0;
    /* general case in GMP: i in [-len, len) */
    Value len = range_len_value(vm, r);
    if (!len)
        return 0;
    mpz_t zi, zl;
    mpz_inits(zi, zl, NULL);
    int_to_mpz(i, zi);
    int_to_mpz(len, zl);
    if (mpz_sgn(zi) < 0)
        mpz_add(zi, zi, zl);
    bool ok = mpz_sgn(zi) >= 0 && mpz_cmp(zi, zl) < 0;
    Value idx = ok ? int_from_mpz(vm, zi) : 0;
    mpz_clears(zi, zl, NULL);
    if (!ok)
        return vm_raise(vm, &exc_IndexError, "range object index out of range");
    if (!idx)
        return 0;
    return item_at(vm, r, idx);
}

/* ---- iterators ------------------------------------------------------------------------- */

/* Everything a small int: a plain counter. */
typedef struct RangeIter { Obj hdr; int64_t next, step, remaining; } RangeIter;
/* Anything else: Values and GMP. */
typedef struct LongRangeIter { Obj hdr; Value next, step, remaining; } LongRangeIter;

static Value iter_self(VM *vm, Value self)
{
    return self;
}

static Value rangeiter_next(VM *vm, Value self)
{
    RangeIter *it = (RangeIter *)AS_OBJ(self);
    if (it->remaining <= 0)
        return 0;
    int64_t v = it->next;
    it->next += it->step;
    it->remaining--;
    return MK_INT(v);
}

static Value rangeiter_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    RangeIter *it = (RangeIter *)AS_OBJ(argv[0]);
    return int_from_i64(vm, it->remaining > 0 ? it->remaining : 0);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {0},
};

TypeObject type_range_iterator = {
    .hdr.type = &type_type,
    .name = "range_iterator",
    .instance_size = sizeof(RangeIter),
    .iter = iter_self,
    .next = rangeiter_next,
    .methods = rangeiter_methods,
};

static Value longrangeiter_next(VM *vm, Value self)
{
    LongRangeIter *it = (LongRangeIter *)AS_OBJ(self);
    if (int_sign(it->remaining) <= 0)
        return 0;
    Value v = it->next;
    Value n = obj_binop(vm, v, it->step, BINOP_ADD);
    Value rem = n ? obj_binop(vm, it->remaining, MK_INT(1), BINOP_SUB) : 0;
    if (!rem)
        return 0;
    it->next = n;
    it->remaining = rem;
    return v;
}

static Value longrangeiter_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    LongRangeIter *it = (LongRangeIter *)AS_OBJ(argv[0]);
    return it->remaining;
}

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0, NULL},
    {0},
};

static TypeObject type_longrange_iterator = {
    .hdr.type = &type_type,
    .name = "longrange_iterator",
    .instance_size = sizeof(LongRangeIter),
    .iter = iter_self,
    .next = longrangeiter_next,
    .methods = longrangeiter_methods,
};

Value range_iter_new(VM *vm, int64_t start, int64_t step, int64_t len)
{
    RangeIter *it = (RangeIter *)obj_alloc(vm, &type_range_iterator);
    if (!it)
        return 0;
    it->next = start;
    it->step = step;
    it->remaining = len;
    return OBJ_VAL(it);
}

/* An iterator from `first` by `step` over `len` items (len a Value). */
static Value make_iter(VM *vm, Value first, Value step, Value len)
{
    if (IS_INT(first) && IS_INT(step) && IS_INT(len)) {
        /* the last item must be a small int too */
        __int128 last = (__int128)AS_INT(first) + (__int128)(AS_INT(len) > 0 ? AS_INT(len) - 1 : 0) * AS_INT(step);
        __int128 after = last + AS_INT(step);
        if (last >= SMALL_INT_MIN && last <= SMALL_INT_MAX &&
            after >= INT64_MIN && after <= INT64_MAX)
            return range_iter_new(vm, AS_INT(first), AS_INT(step), AS_INT(len));
    }
    container_type_ready(vm, &type_longrange_iterator);
    LongRangeIter *it = (LongRangeIter *)obj_alloc(vm, &type_longrange_iterator);
    if (!it)
        return 0;
    it->next = first;
    it->step = step;
    it->remaining = len;
    return OBJ_VAL(it);
}

static Value range_iter(VM *vm, Value self)
{
    Range *r = AS_RANGE(self);
    Value len = range_len_value(vm, r);
    if (!len)
        return 0;
    return make_iter(vm, r->start, r->step, len);
}

/* ---- methods ------------------------------------------------------------------------------ */

static Value m_reversed(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_self(vm, "__reversed__", &type_range, argc, argv) < 0 ||
        cargs_noargs(vm, "range.__reversed__", argc - 1, kwnames) < 0)
        return 0;
    Range *r = AS_RANGE(argv[0]);
    Value len = range_len_value(vm, r);
    if (!len)
        return 0;
    if (int_sign(len) == 0)
        return make_iter(vm, r->start, r->step, len);
    Value lastidx = obj_binop(vm, len, MK_INT(1), BINOP_SUB);
    Value last = lastidx ? item_at(vm, r, lastidx) : 0;
    Value nstep = last ? obj_neg(vm, r->step) : 0;
    if (!nstep)
        return 0;
    return make_iter(vm, last, nstep, len);
}

static Value m_count(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_self(vm, "count", &type_range, argc, argv) < 0 ||
        cargs_one(vm, "range.count", argc - 1, kwnames) < 0)
        return 0;
    if (exact_int_or_bool(argv[1])) {
        int r = contains_int(vm, AS_RANGE(argv[0]), argv[1]);
        return r < 0 ? 0 : MK_INT(r);
    }
    int64_t n = 0;
    if (search(vm, argv[0], argv[1], &n, NULL) < 0)
        return 0;
    return int_from_i64(vm, n);
}

static Value m_index(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_self(vm, "index", &type_range, argc, argv) < 0 ||
        cargs_one(vm, "range.index", argc - 1, kwnames) < 0)
        return 0;
    Range *r = AS_RANGE(argv[0]);
    Value x = argv[1];
    if (exact_int_or_bool(x)) {
        int c = contains_int(vm, r, x);
        if (c < 0)
            return 0;
        if (!c) {
            Value rep = obj_repr(vm, x);
            return rep ? vm_raise(vm, &exc_ValueError, "%s is not in range", AS_STR(rep)->data) : 0;
        }
        Value d = obj_binop(vm, x, r->start, BINOP_SUB);
        return d ? obj_binop(vm, d, r->step, BINOP_FLOORDIV) : 0;
    }
    int64_t idx;
    int f = search(vm, argv[0], x, NULL, &idx);
    if (f < 0)
        return 0;
    if (!f)
        return vm_raise(vm, &exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(vm, idx);
}

static const MethodDef range_methods[] = {
    {"__reversed__", m_reversed, 0, "Return a reverse iterator."},
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {0},
};

static Value get_start(VM *vm, Value self) { return AS_RANGE(self)->start; }
static Value get_stop(VM *vm, Value self) { return AS_RANGE(self)->stop; }
static Value get_step(VM *vm, Value self) { return AS_RANGE(self)->step; }

static const GetSetDef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {0},
};

TypeObject type_range = {
    .hdr.type = &type_type,
    .name = "range",
    .instance_size = sizeof(Range),
    .new_ = range_new_slot,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .bool_ = range_bool,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .iter = range_iter,
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};
