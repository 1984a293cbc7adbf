/* slice.c — slice objects (the a:b:c of a subscript) and their resolution
 * against a sequence length, with CPython's PySlice_GetIndicesEx rules:
 * None defaults that depend on the step's sign, out-of-range bounds
 * clamped (ints too big for 64 bits included), step 0 rejected.
 */
#include "object.h"
#include "vm.h"
#include "container.h"
#include "objmodel.h"

#define AS_SLICE(v) ((Slice *)AS_OBJ(v))

Value slice_new(VM *vm, Value start, Value stop, Value step)
{
    Slice *s = (Slice *)obj_alloc(vm, &type_slice);
    if (!s)
        return 0;
    s->start = start ? start : NONE;
    s->stop = stop ? stop : NONE;
    s->step = step ? step : NONE;
    return OBJ_VAL(s);
}

/* A slice bound as int64, clamped: CPython's _PyEval_SliceIndex. */
static int slice_bound(VM *vm, Value v, int64_t *out)
{
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return 0;
    }
    Value iv = v;
    if (!int_check(v)) {
        if (!container_has_index(vm, v)) {
            vm_raise(vm, &exc_TypeError,
                     "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        iv = obj_index(vm, v);
        if (!iv)
            return -1;
    }
    if (IS_INT(iv)) {
        *out = AS_INT(iv);
        return 0;
    }
    if (!int_to_i64(iv, out))
        *out = int_sign(iv) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

/* PySlice_Unpack: the raw bounds with None filled in. */
static int slice_unpack(VM *vm, Slice *s, int64_t *start, int64_t *stop, int64_t *step)
{
    if (IS_NONE(s->step)) {
        *step = 1;
    } else {
        if (slice_bound(vm, s->step, step) < 0)
            return -1;
        if (*step == 0) {
            vm_raise(vm, &exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;   /* so that -step cannot overflow */
    }
    if (IS_NONE(s->start))
        *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_bound(vm, s->start, start) < 0)
        return -1;
    if (IS_NONE(s->stop))
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_bound(vm, s->stop, stop) < 0)
        return -1;
    return 0;
}

/* PySlice_AdjustIndices: clamps to the length, returns the item count. */
static int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (int64_t)(((uint64_t)(*start - *stop - 1)) / (uint64_t)(-step)) + 1;
    } else if (*start < *stop) {
        return (int64_t)(((uint64_t)(*stop - *start - 1)) / (uint64_t)step) + 1;
    }
    return 0;
}

int slice_indices(VM *vm, Slice *s, int64_t length, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen)
{
    if (slice_unpack(vm, s, start, stop, step) < 0)
        return -1;
    int64_t n = slice_adjust(length, start, stop, *step);
    if (slicelen)
        *slicelen = n;
    return 0;
}

/* ---- the type ------------------------------------------------------------------ */

static Value slice_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_nokw(vm, "slice", kwnames) < 0 ||
        cargs_range(vm, NULL, "slice", argc, NULL, 1, 3) < 0)
        return 0;
    if (argc == 1)
        return slice_new(vm, NONE, argv[0], NONE);
    return slice_new(vm, argv[0], argv[1], argc > 2 ? argv[2] : NONE);
}

static Value slice_repr(VM *vm, Value self)
{
    Slice *s = AS_SLICE(self);
    Value r[3];
    Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        r[i] = obj_repr(vm, parts[i]);
        if (!r[i])
            return 0;
    }
    return OBJ_VAL(str_printf(vm, "slice(%s, %s, %s)", AS_STR(r[0])->data,
                              AS_STR(r[1])->data, AS_STR(r[2])->data));
}

static Value slice_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!IS_OBJ(a) || !IS_OBJ(b) || AS_OBJ(a)->type != &type_slice ||
        AS_OBJ(b)->type != &type_slice)
        return NOT_IMPLEMENTED;
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return BOOL_VAL(op == CMP_EQ);
    Slice *x = AS_SLICE(a), *y = AS_SLICE(b);
    Value tx = tuple_pack(vm, 3, x->start, x->stop, x->step);
    Value ty = tx ? tuple_pack(vm, 3, y->start, y->stop, y->step) : 0;
    if (!ty)
        return 0;
    return obj_richcompare(vm, tx, ty, op);
}

static Value get_start(VM *vm, Value self) { return AS_SLICE(self)->start; }
static Value get_stop(VM *vm, Value self) { return AS_SLICE(self)->stop; }
static Value get_step(VM *vm, Value self) { return AS_SLICE(self)->step; }

static const GetSetDef slice_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {0},
};

static Value m_indices(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_self(vm, "indices", &type_slice, argc, argv) < 0 ||
        cargs_one(vm, "slice.indices", argc - 1, kwnames) < 0)
        return 0;
    Value lv = obj_index(vm, argv[1]);
    if (!lv)
        return 0;
    int64_t length;
    if (!int_to_i64(lv, &length)) {
        if (int_sign(lv) < 0)
            return vm_raise(vm, &exc_ValueError, "length should not be negative");
        return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    if (length < 0)
        return vm_raise(vm, &exc_ValueError, "length should not be negative");
    int64_t start, stop, step;
    if (slice_indices(vm, AS_SLICE(argv[0]), length, &start, &stop, &step, NULL) < 0)
        return 0;
    Value a = int_from_i64(vm, start), b = int_from_i64(vm, stop), c = int_from_i64(vm, step);
    if (!a || !b || !c)
        return 0;
    return tuple_pack(vm, 3, a, b, c);
}

static const MethodDef slice_methods[] = {
    {"indices", m_indices, 0, "S.indices(len) -> (start, stop, stride)"},
    {0},
};

TypeObject type_slice = {
    .hdr.type = &type_type,
    .name = "slice",
    .instance_size = sizeof(Slice),
    .new_ = slice_new_slot,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])",
};
