/* object.c — the generic object protocol.
 *
 * Every operation the VM and the builtins perform on "any object" goes
 * through here: it dispatches on the type's C slots and produces CPython's
 * exact TypeError when a slot is missing.  Binary operators and rich
 * comparisons follow CPython's binary_op1 / do_richcompare: the right
 * operand's type is tried first when it is a proper subtype of the left
 * one's, so subclasses can override their base's behaviour.
 */
#include <stddef.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "objects/objmodel.h"
#include "objects/number.h"

static const char *const binop_sym[BINOP_COUNT] = {
#define X(e, sym, dunder) sym,
    BINOP_LIST(X)
#undef X
};
static const char *const cmp_sym[] = { "<", "<=", "==", "!=", ">", ">=" };
static const CmpOp cmp_swapped[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };

static inline bool is_type(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_type ||
                         type_is_subtype(AS_OBJ(v)->type, &type_type));
}

/* C-level recursion guard shared with Python calls: repr and comparison of
 * nested containers recurse in C and must end in RecursionError.  Container
 * reprs and Python __repr__ methods count a level of their own; `margin`
 * lets this guard trip first, so the message is CPython's. */
static int enter_recursive(VM *vm, const char *where, int margin)
{
    int limit = vm->recursion_limit > 0 ? vm->recursion_limit : 1000;
    if (++vm->depth + margin > limit) {
        vm->depth--;
        vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}
static inline void leave_recursive(VM *vm) { vm->depth--; }

const char *type_name(Value v)
{
    return TYPE_OF(v)->name;
}

/* ---- representation ------------------------------------------------------- */

Value obj_repr(VM *vm, Value v)
{
    TypeObject *t = TYPE_OF(v);
    UnaryFn f = t->repr ? t->repr : object_repr;
    if (enter_recursive(vm, " while getting the repr of an object", 1))
        return 0;
    Value r = f(vm, v);
    leave_recursive(vm);
    if (r && !str_check(r))
        return vm_raise(vm, &exc_TypeError, "__repr__ returned non-string (type %s)", type_name(r));
    return r;
}

Value obj_str(VM *vm, Value v)
{
    if (IS_STR(v))
        return v;
    TypeObject *t = TYPE_OF(v);
    if (!t->str)
        return obj_repr(vm, v);
    if (enter_recursive(vm, " while getting the str of an object", 1))
        return 0;
    Value r = t->str(vm, v);
    leave_recursive(vm);
    if (r && !str_check(r))
        return vm_raise(vm, &exc_TypeError, "__str__ returned non-string (type %s)", type_name(r));
    return r;
}

/* Decodes one UTF-8 sequence (input is valid UTF-8 by the Str invariant). */
static uint32_t utf8_next(const unsigned char *s, size_t *i)
{
    uint32_t c = s[*i];
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (extra)
        c &= 0x3f >> extra;
    (*i)++;
    while (extra-- > 0)
        c = (c << 6) | (s[(*i)++] & 0x3f);
    return c;
}

Value obj_ascii(VM *vm, Value v)
{
    Value r = obj_repr(vm, v);
    if (!r)
        return 0;
    Str *s = AS_STR(r);
    if (STR_IS_ASCII(s))
        return r;
    StrBuf sb;
    sb_init(&sb, vm);
    size_t i = 0;
    const unsigned char *p = (const unsigned char *)s->data;
    while (i < (size_t)s->len) {
        uint32_t c = utf8_next(p, &i);
        if (c < 0x80)
            sb_addc(&sb, (char)c);
        else if (c < 0x100)
            sb_printf(&sb, "\\x%02x", c);
        else if (c < 0x10000)
            sb_printf(&sb, "\\u%04x", c);
        else
            sb_printf(&sb, "\\U%08x", c);
    }
    Str *out = sb_finish(&sb);
    return out ? OBJ_VAL(out) : 0;
}

Value obj_format(VM *vm, Value v, Str *spec)
{
    if (spec->len == 0 && IS_STR(v))
        return v;
    TypeObject *t = TYPE_OF(v);
    /* the builtin scalars share one implementation of the mini-language */
    if (t == &type_int || t == &type_float || t == &type_str || t == &type_bool)
        return str_format_spec(vm, v, spec);
    Value meth = type_lookup_cstr(vm, t, "__format__");
    if (meth && meth == type_lookup_cstr(vm, &type_object, "__format__") &&
        (int_check(v) || str_check(v) || float_check_any(v)))
        return str_format_spec(vm, v, spec);
    if (!meth)
        return vm_raise(vm, &exc_TypeError, "Type %s doesn't define __format__", type_name(v));
    Value arg = OBJ_VAL(spec);
    Value r = call_special(vm, v, meth, 1, &arg, NULL);
    if (r && !str_check(r))
        return vm_raise(vm, &exc_TypeError, "__format__ must return a str, not %s", type_name(r));
    return r;
}

/* ---- hashing and truth -------------------------------------------------- */

#define HASH_MODULUS (((int64_t)1 << 61) - 1)

int64_t obj_hash(VM *vm, Value v)
{
    if (IS_INT(v)) {
        intptr_t i = AS_INT(v);
        if (i > -HASH_MODULUS && i < HASH_MODULUS)
            return i == -1 ? -2 : i;
    }
    if (IS_STR(v))
        return str_hash(AS_STR(v));
    TypeObject *t = TYPE_OF(v);
    if (!t->hash) {
        vm_raise(vm, &exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(vm, v);
}

int obj_truthy(VM *vm, Value v)
{
    if (v == TRUE_VAL)
        return 1;
    if (v == FALSE_VAL || v == NONE)
        return 0;
    if (IS_INT(v))
        return AS_INT(v) != 0;
    TypeObject *t = TYPE_OF(v);
    if (t->bool_)
        return t->bool_(vm, v);
    if (t->len) {
        int64_t n = t->len(vm, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison ------------------------------------------------------------- */

static Value do_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    TypeObject *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(vm, b, a, cmp_swapped[op]);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(vm, a, b, op);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(vm, b, a, cmp_swapped[op]);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    switch (op) {
    case CMP_EQ: return BOOL_VAL(a == b);
    case CMP_NE: return BOOL_VAL(a != b);
    default:
        return vm_raise(vm, &exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                        cmp_sym[op], ta->name, tb->name);
    }
}

Value obj_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (IS_INT(a) && IS_INT(b)) {
        intptr_t x = AS_INT(a), y = AS_INT(b);
        switch (op) {
        case CMP_LT: return BOOL_VAL(x < y);
        case CMP_LE: return BOOL_VAL(x <= y);
        case CMP_EQ: return BOOL_VAL(x == y);
        case CMP_NE: return BOOL_VAL(x != y);
        case CMP_GT: return BOOL_VAL(x > y);
        case CMP_GE: return BOOL_VAL(x >= y);
        }
    }
    if (enter_recursive(vm, " in comparison", 0))
        return 0;
    Value r = do_richcompare(vm, a, b, op);
    leave_recursive(vm);
    return r;
}

int obj_compare_bool(VM *vm, Value a, Value b, CmpOp op)
{
    Value r = obj_richcompare(vm, a, b, op);
    if (!r)
        return -1;
    if (r == TRUE_VAL)
        return 1;
    if (r == FALSE_VAL)
        return 0;
    return obj_truthy(vm, r);
}

int obj_eq(VM *vm, Value a, Value b)
{
    if (a == b)
        return 1;
    if (IS_INT(a) && IS_INT(b))
        return 0;
    if (IS_STR(a) && IS_STR(b)) {
        Str *x = AS_STR(a), *y = AS_STR(b);
        if (x->interned && y->interned)
            return 0;
        return str_eq(x, y);
    }
    return obj_compare_bool(vm, a, b, CMP_EQ);
}

/* ---- arithmetic --------------------------------------------------------------- */

/* CPython's binary_op1: NotImplemented when neither side handles it. */
static Value binary_op1(VM *vm, Value a, Value b, BinOp op)
{
    TypeObject *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    BinaryFn slota = ta->binop[op];
    BinaryFn slotb = NULL;
    Value r;
    if (tb != ta) {
        slotb = tb->binop[op];
        if (slotb == slota)
            slotb = NULL;
    }
    if (slota) {
        if (slotb && type_is_subtype(tb, ta)) {
            r = slotb(vm, a, b);
            if (r != NOT_IMPLEMENTED)
                return r;
            slotb = NULL;
        }
        r = slota(vm, a, b);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    if (slotb)
        return slotb(vm, a, b);
    return NOT_IMPLEMENTED;
}

static Value binop_error(VM *vm, Value a, Value b, BinOp op, bool inplace)
{
    if (op == BINOP_POW && !inplace)
        return vm_raise(vm, &exc_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                        type_name(a), type_name(b));
    return vm_raise(vm, &exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                    binop_sym[op], inplace ? "=" : "", type_name(a), type_name(b));
}

Value obj_binop(VM *vm, Value a, Value b, BinOp op)
{
    if (IS_INT(a) && IS_INT(b)) {
        intptr_t x = AS_INT(a), y = AS_INT(b);
        if (op == BINOP_ADD && FITS_SMALL(x + y))
            return MK_INT(x + y);
        if (op == BINOP_SUB && FITS_SMALL(x - y))
            return MK_INT(x - y);
    }
    Value r = binary_op1(vm, a, b, op);
    if (r == NOT_IMPLEMENTED)
        return binop_error(vm, a, b, op, false);
    return r;
}

Value obj_inplace_binop(VM *vm, Value a, Value b, BinOp op)
{
    TypeObject *ta = TYPE_OF(a);
    if (ta->inplace[op]) {
        Value r = ta->inplace[op](vm, a, b);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    if (IS_INT(a) && IS_INT(b))
        return obj_binop(vm, a, b, op);
    Value r = binary_op1(vm, a, b, op);
    if (r == NOT_IMPLEMENTED)
        return binop_error(vm, a, b, op, true);
    return r;
}

static Value unary(VM *vm, Value a, UnaryFn f, const char *what)
{
    if (!f)
        return vm_raise(vm, &exc_TypeError, "bad operand type for %s: '%s'", what, type_name(a));
    return f(vm, a);
}

Value obj_neg(VM *vm, Value a)
{
    if (IS_INT(a) && AS_INT(a) != SMALL_INT_MIN)
        return MK_INT(-AS_INT(a));
    return unary(vm, a, TYPE_OF(a)->neg, "unary -");
}
Value obj_pos(VM *vm, Value a) { return unary(vm, a, TYPE_OF(a)->pos, "unary +"); }
Value obj_invert(VM *vm, Value a) { return unary(vm, a, TYPE_OF(a)->invert, "unary ~"); }
Value obj_abs(VM *vm, Value a) { return unary(vm, a, TYPE_OF(a)->abs, "abs()"); }

/* int subclass instances: the exact int with the same value. */
static Value exact_int(VM *vm, Value a)
{
    mpz_t z;
    mpz_init(z);
    int_to_mpz(a, z);
    Value r = int_from_mpz(vm, z);
    mpz_clear(z);
    return r;
}

Value obj_index(VM *vm, Value a)
{
    if (IS_INT(a))
        return a;
    TypeObject *t = AS_OBJ(a)->type;
    if (t == &type_int)
        return a;
    if (t == &type_bool)
        return MK_INT(((Bool *)AS_OBJ(a))->value);
    if (int_check(a))
        return exact_int(vm, a);
    if (!t->index)
        return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    Value r = t->index(vm, a);
    if (!r)
        return 0;
    if (!int_check(r))
        return vm_raise(vm, &exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
    if (!IS_INT(r) && TYPE_OF(r) != &type_int)
        return exact_int(vm, r);
    return r;
}

int obj_index_int64(VM *vm, Value a, int64_t *out)
{
    if (IS_INT(a)) {
        *out = AS_INT(a);
        return 0;
    }
    Value r = obj_index(vm, a);
    if (!r)
        return -1;
    if (!int_to_i64(r, out)) {
        vm_raise(vm, &exc_OverflowError, "cannot fit '%s' into an index-sized integer", type_name(a));
        return -1;
    }
    return 0;
}

/* ---- attributes ------------------------------------------------------------------ */

Dict **obj_dict_slot(Value obj)
{
    if (!IS_OBJ(obj))
        return NULL;
    TypeObject *t = AS_OBJ(obj)->type;
    if (t->dict_offset)
        return (Dict **)((char *)AS_OBJ(obj) + t->dict_offset);
    if (!(t->flags & TF_VARDICT))
        return NULL;
    /* the allocators of these types leave instance_size - sizeof(base)
     * spare bytes after the items; type.c reserves enough for alignment */
    size_t end;
    if (type_is_subtype(t, &type_str))
        end = offsetof(Str, data) + (size_t)AS_STR(obj)->len + 1;
    else if (type_is_subtype(t, &type_bytes))
        end = offsetof(Bytes, data) + (size_t)((Bytes *)AS_OBJ(obj))->len + 1;
    else if (type_is_subtype(t, &type_tuple))
        end = offsetof(Tuple, items) + (size_t)AS_TUPLE(obj)->len * sizeof(Value);
    else
        return NULL;
    end = (end + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    return (Dict **)((char *)AS_OBJ(obj) + end);
}

Dict *obj_get_dict(VM *vm, Value obj, bool create)
{
    Dict **slot = obj_dict_slot(obj);
    if (!slot)
        return NULL;
    if (!*slot && create)
        *slot = dict_new(vm);
    return *slot;
}

/* object.__getattribute__; with `quiet`, a missing attribute (including an
 * AttributeError from a descriptor) returns 0 with no exception set. */
static Value generic_getattr(VM *vm, Value obj, Str *name, bool quiet)
{
    TypeObject *t = TYPE_OF(obj);
    Value descr = type_lookup(t, name);
    Value (*get)(VM *, Value, Value, Value) = NULL;
    if (descr) {
        TypeObject *dt = TYPE_OF(descr);
        get = dt->descr_get;
        if (get && dt->descr_set) {
            Value r = get(vm, descr, obj, OBJ_VAL(t));
            if (!r && quiet && vm_exc_matches(vm, &exc_AttributeError))
                vm_exc_clear(vm);
            return r;
        }
    }
    Dict **slot = obj_dict_slot(obj);
    if (slot && *slot) {
        Value v = dict_get_str(*slot, name);
        if (v)
            return v;
    }
    if (get) {
        Value r = get(vm, descr, obj, OBJ_VAL(t));
        if (!r && quiet && vm_exc_matches(vm, &exc_AttributeError))
            vm_exc_clear(vm);
        return r;
    }
    if (descr)
        return descr;
    if (quiet)
        return 0;
    return vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
}

Value obj_generic_getattr(VM *vm, Value obj, Str *name)
{
    return generic_getattr(vm, obj, name, false);
}

Value obj_generic_getattr_quiet(VM *vm, Value obj, Str *name)
{
    return generic_getattr(vm, obj, name, true);
}

int obj_generic_setattr(VM *vm, Value obj, Str *name, Value v)
{
    TypeObject *t = TYPE_OF(obj);
    Value descr = type_lookup(t, name);
    if (descr) {
        TypeObject *dt = TYPE_OF(descr);
        if (dt->descr_set)
            return dt->descr_set(vm, descr, obj, v);
    }
    if (!obj_dict_slot(obj)) {
        if (descr)
            vm_raise(vm, &exc_AttributeError, "'%s' object attribute '%s' is read-only",
                     t->name, name->data);
        else
            vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
        return -1;
    }
    Dict *d = obj_get_dict(vm, obj, v != 0);
    if (v) {
        if (!d)
            return -1;
        return dict_set_str(vm, d, name, v);
    }
    int r = d ? dict_del_str(vm, d, name) : 0;
    if (r < 0)
        return -1;
    if (r == 0) {
        vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
        return -1;
    }
    return 0;
}

Value obj_getattr(VM *vm, Value obj, Str *name)
{
    TypeObject *t = TYPE_OF(obj);
    if (t->getattr)
        return t->getattr(vm, obj, name);
    return generic_getattr(vm, obj, name, false);
}

Value obj_getattr_cstr(VM *vm, Value obj, const char *name)
{
    Str *s = str_intern_cstr(vm, name);
    if (!s)
        return 0;
    return obj_getattr(vm, obj, s);
}

Value obj_getattr_opt(VM *vm, Value obj, Str *name)
{
    TypeObject *t = TYPE_OF(obj);
    if (!t->getattr || t->getattr == obj_generic_getattr)
        return generic_getattr(vm, obj, name, true);
    Value r = t->getattr(vm, obj, name);
    if (!r && vm_exc_matches(vm, &exc_AttributeError))
        vm_exc_clear(vm);
    return r;
}

int obj_setattr(VM *vm, Value obj, Str *name, Value v)
{
    TypeObject *t = TYPE_OF(obj);
    if (t->setattr)
        return t->setattr(vm, obj, name, v);
    return obj_generic_setattr(vm, obj, name, v);
}

int obj_hasattr(VM *vm, Value obj, Str *name)
{
    Value r = obj_getattr_opt(vm, obj, name);
    if (r)
        return 1;
    return vm->exc ? -1 : 0;
}

/* ---- calls ------------------------------------------------------------------------- */

Value obj_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    TypeObject *t = TYPE_OF(callable);
    if (!t->call)
        return vm_raise(vm, &exc_TypeError, "'%s' object is not callable", t->name);
    return t->call(vm, callable, argc, argv, kwnames);
}

Value obj_call0(VM *vm, Value callable)
{
    return obj_call(vm, callable, 0, NULL, NULL);
}

Value obj_call1(VM *vm, Value callable, Value a)
{
    Value argv[1] = { a };
    return obj_call(vm, callable, 1, argv, NULL);
}

Value obj_call2(VM *vm, Value callable, Value a, Value b)
{
    Value argv[2] = { a, b };
    return obj_call(vm, callable, 2, argv, NULL);
}

bool obj_is_callable(Value v)
{
    return TYPE_OF(v)->call != NULL;
}

Value call_special(VM *vm, Value self, Value meth, int argc, Value *argv, Tuple *kwnames)
{
    TypeObject *mt = TYPE_OF(meth);
    if (mt == &type_slot_wrapper) {
        SlotWrapper *w = (SlotWrapper *)AS_OBJ(meth);
        /* a wrapper can be stored on an unrelated class: its C slot must
         * never see an instance of the wrong layout */
        if (!obj_isinstance_type(self, w->owner))
            return vm_raise(vm, &exc_TypeError,
                            "descriptor '%s' requires a '%s' object but received a '%s'",
                            w->name->data, w->owner->name, type_name(self));
        return slot_wrapper_call(vm, w, self, argc, argv, kwnames);
    }
    if (mt == &type_function || mt == &type_method_descriptor) {
        int total = argc + (kwnames ? (int)kwnames->len : 0);
        Value small[8];
        Value *buf = small;
        if (total + 1 > 8) {
            buf = mem_alloc(vm, (total + 1) * sizeof(Value));
            if (!buf)
                return 0;
        }
        buf[0] = self;
        if (total)
            memcpy(buf + 1, argv, total * sizeof(Value));
        return obj_call(vm, meth, argc + 1, buf, kwnames);
    }
    if (mt->descr_get) {
        meth = mt->descr_get(vm, meth, self, OBJ_VAL(TYPE_OF(self)));
        if (!meth)
            return 0;
    }
    return obj_call(vm, meth, argc, argv, kwnames);
}

Value obj_call_method(VM *vm, Value obj, const char *name, int argc, Value *argv)
{
    Str *s = str_intern_cstr(vm, name);
    if (!s)
        return 0;
    TypeObject *t = TYPE_OF(obj);
    if (!t->getattr || t->getattr == obj_generic_getattr) {
        Value m = type_lookup(t, s);
        if (m) {
            TypeObject *mt = TYPE_OF(m);
            if (mt == &type_function || mt == &type_method_descriptor || mt == &type_slot_wrapper) {
                Dict *d = obj_get_dict(vm, obj, false);
                Value iv = d ? dict_get_str(d, s) : 0;
                if (iv)
                    return obj_call(vm, iv, argc, argv, NULL);
                return call_special(vm, obj, m, argc, argv, NULL);
            }
        }
    }
    Value f = obj_getattr(vm, obj, s);
    if (!f)
        return 0;
    return obj_call(vm, f, argc, argv, NULL);
}

/* ---- containers ------------------------------------------------------------------ */

Value obj_getitem(VM *vm, Value obj, Value key)
{
    TypeObject *t = TYPE_OF(obj);
    if (t->getitem)
        return t->getitem(vm, obj, key);
    if (is_type(obj)) {
        Value m = type_lookup_cstr(vm, AS_TYPE(obj), "__class_getitem__");
        if (m) {
            TypeObject *mt = TYPE_OF(m);
            if (mt->descr_get) {
                m = mt->descr_get(vm, m, 0, obj);
                if (!m)
                    return 0;
            }
            return obj_call1(vm, m, key);
        }
        return vm_raise(vm, &exc_TypeError, "type '%s' is not subscriptable", AS_TYPE(obj)->name);
    }
    return vm_raise(vm, &exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(VM *vm, Value obj, Value key, Value v)
{
    TypeObject *t = TYPE_OF(obj);
    if (t->setitem)
        return t->setitem(vm, obj, key, v);
    if (v) {
        vm_raise(vm, &exc_TypeError, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    /* CPython words it differently when the sequence protocol refused an
     * index (PySequence_DelItem) and when nothing handled the key at all */
    bool seq = (t->flags & TF_HEAPTYPE) || t->len || t->contains || t->getitem;
    bool index = IS_INT(key) || int_check(key) || TYPE_OF(key)->index;
    if (seq && index)
        vm_raise(vm, &exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    else
        vm_raise(vm, &exc_TypeError, "'%s' object does not support item deletion", t->name);
    return -1;
}

int obj_contains(VM *vm, Value container, Value item)
{
    TypeObject *t = TYPE_OF(container);
    if (t->contains)
        return t->contains(vm, container, item);
    if (!t->iter && !t->getitem) {
        vm_raise(vm, &exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = obj_iter(vm, container);
    if (!it) {
        /* CPython's _PySequence_IterSearch words any TypeError this way */
        if (vm_exc_matches(vm, &exc_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &exc_TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? -1 : 0;
        int eq = obj_eq(vm, x, item);
        if (eq != 0)
            return eq;
    }
}

int64_t obj_len(VM *vm, Value v)
{
    TypeObject *t = TYPE_OF(v);
    if (!t->len) {
        vm_raise(vm, &exc_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(vm, v);
}

Value obj_iter(VM *vm, Value v)
{
    TypeObject *t = TYPE_OF(v);
    if (t->iter) {
        Value r = t->iter(vm, v);
        if (r && !TYPE_OF(r)->next)
            return vm_raise(vm, &exc_TypeError, "iter() returned non-iterator of type '%s'",
                            type_name(r));
        return r;
    }
    if (t->getitem && !dict_check(v))
        return seq_iter_new(vm, v);
    return vm_raise(vm, &exc_TypeError, "'%s' object is not iterable", t->name);
}

Value obj_next(VM *vm, Value it)
{
    TypeObject *t = TYPE_OF(it);
    if (!t->next)
        return vm_raise(vm, &exc_TypeError, "'%s' object is not an iterator", t->name);
    return t->next(vm, it);
}

int obj_unpack(VM *vm, Value seq, int n, Value *out)
{
    if (IS_TUPLE(seq) || IS_LIST(seq)) {
        int64_t len = IS_TUPLE(seq) ? AS_TUPLE(seq)->len : AS_LIST(seq)->len;
        Value *items = IS_TUPLE(seq) ? AS_TUPLE(seq)->items : AS_LIST(seq)->items;
        if (len == n) {
            for (int i = 0; i < n; i++)
                out[i] = items[i];
            return 0;
        }
        if (len < n)
            vm_raise(vm, &exc_ValueError, "not enough values to unpack (expected %d, got %lld)",
                     n, (long long)len);
        else
            vm_raise(vm, &exc_ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    TypeObject *t = TYPE_OF(seq);
    if (!t->iter && !t->getitem) {
        vm_raise(vm, &exc_TypeError, "cannot unpack non-iterable %s object", t->name);
        return -1;
    }
    Value it = obj_iter(vm, seq);
    if (!it)
        return -1;
    for (int i = 0; i < n; i++) {
        Value x = obj_next(vm, it);
        if (!x) {
            if (!vm->exc)
                vm_raise(vm, &exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            return -1;
        }
        out[i] = x;
    }
    Value extra = obj_next(vm, it);
    if (extra) {
        vm_raise(vm, &exc_ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    return vm->exc ? -1 : 0;
}

Value obj_to_list(VM *vm, Value iterable)
{
    if (IS_TUPLE(iterable))
        return list_from_array(vm, AS_TUPLE(iterable)->len, AS_TUPLE(iterable)->items);
    if (IS_LIST(iterable))
        return list_from_array(vm, AS_LIST(iterable)->len, AS_LIST(iterable)->items);
    Value it = obj_iter(vm, iterable);
    if (!it)
        return 0;
    List *l = list_new(vm, 0);
    if (!l)
        return 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? 0 : OBJ_VAL(l);
        if (list_append(vm, l, x) < 0)
            return 0;
    }
}

/* ---- classes --------------------------------------------------------------------- */

bool obj_isinstance_type(Value v, TypeObject *t)
{
    TypeObject *vt = TYPE_OF(v);
    return vt == t || type_is_subtype(vt, t);
}

/* A metaclass's own __instancecheck__ / __subclasscheck__ (type's are the
 * plain MRO test, so they are skipped). */
static Value meta_hook(VM *vm, Value cls, const char *name)
{
    TypeObject *meta = AS_OBJ(cls)->type;
    if (meta == &type_type)
        return 0;
    Value m = type_lookup_cstr(vm, meta, name);
    if (!m || TYPE_OF(m) != &type_function)
        return 0;
    return m;
}

/* A class that overrides __class__ (proxies, mocks) is an instance of what
 * that attribute says too, as CPython's object_isinstance. */
static int isinstance_by_class_attr(VM *vm, Value v, TypeObject *cls)
{
    static Value object_class;     /* object's own __class__ getset */
    Str *name = str_intern_cstr(vm, "__class__");
    if (!name)
        return -1;
    if (!object_class)
        object_class = type_lookup(&type_object, name);
    Value d = type_lookup(TYPE_OF(v), name);
    if (!d || d == object_class)
        return 0;
    Value c = obj_getattr_opt(vm, v, name);
    if (!c)
        return vm->exc ? -1 : 0;
    return c != OBJ_VAL(TYPE_OF(v)) && is_type(c) && type_is_subtype(AS_TYPE(c), cls);
}

int obj_isinstance(VM *vm, Value v, Value cls)
{
    if (is_type(cls)) {
        if (obj_isinstance_type(v, AS_TYPE(cls)))
            return 1;
        int by_attr = isinstance_by_class_attr(vm, v, AS_TYPE(cls));
        if (by_attr)
            return by_attr;
        Value hook = meta_hook(vm, cls, "__instancecheck__");
        if (!hook)
            return 0;
        Value r = call_special(vm, cls, hook, 1, &v, NULL);
        return r ? obj_truthy(vm, r) : -1;
    }
    if (IS_TUPLE(cls) || TYPE_OF(cls) == &type_union) {
        Tuple *tu = IS_TUPLE(cls) ? AS_TUPLE(cls) : union_args(cls);
        for (int64_t i = 0; i < tu->len; i++) {
            int r = obj_isinstance(vm, v, tu->items[i]);
            if (r != 0)
                return r;
        }
        return 0;
    }
    /* any object may answer through its class's __instancecheck__
     * (typing's List, for one) */
    Value hook = IS_OBJ(cls) ? type_lookup_cstr(vm, TYPE_OF(cls), "__instancecheck__") : 0;
    if (hook) {
        Value r = call_special(vm, cls, hook, 1, &v, NULL);
        return r ? obj_truthy(vm, r) : -1;
    }
    vm_raise(vm, &exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int obj_issubclass(VM *vm, Value cls, Value base)
{
    if (is_type(base)) {
        if (!is_type(cls)) {
            vm_raise(vm, &exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        if (type_is_subtype(AS_TYPE(cls), AS_TYPE(base)))
            return 1;
        Value hook = meta_hook(vm, base, "__subclasscheck__");
        if (!hook)
            return 0;
        Value r = call_special(vm, base, hook, 1, &cls, NULL);
        return r ? obj_truthy(vm, r) : -1;
    }
    if (IS_TUPLE(base) || TYPE_OF(base) == &type_union) {
        Tuple *tu = IS_TUPLE(base) ? AS_TUPLE(base) : union_args(base);
        for (int64_t i = 0; i < tu->len; i++) {
            int r = obj_issubclass(vm, cls, tu->items[i]);
            if (r != 0)
                return r;
        }
        return 0;
    }
    Value hook = IS_OBJ(base) ? type_lookup_cstr(vm, TYPE_OF(base), "__subclasscheck__") : 0;
    if (hook) {
        Value r = call_special(vm, base, hook, 1, &cls, NULL);
        return r ? obj_truthy(vm, r) : -1;
    }
    if (!is_type(cls)) {
        vm_raise(vm, &exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    vm_raise(vm, &exc_TypeError,
             "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

Value obj_dir(VM *vm, Value v)
{
    Value meth = type_lookup_cstr(vm, TYPE_OF(v), "__dir__");
    if (!meth)
        return vm_raise(vm, &exc_TypeError, "object does not provide __dir__");
    Value r = call_special(vm, v, meth, 0, NULL, NULL);
    if (!r)
        return 0;
    Value l = obj_to_list(vm, r);
    if (!l)
        return 0;
    if (list_sort(vm, AS_LIST(l), 0, false) < 0)
        return 0;
    return l;
}
