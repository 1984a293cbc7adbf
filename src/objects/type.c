/* type.c — `object` and `type`: readying builtin types, class creation,
 * attribute lookup along the MRO, and the generic slots of classes defined
 * in Python.
 *
 * Builtin types expose each C slot as a dunder (a SlotWrapper in their dict)
 * so Python code can call and inherit them.  A class defined in Python gets,
 * for each slot, either the C slot of the builtin type that really provides
 * the dunder (when the class and its Python bases do not override it) or a
 * generic slot that looks the dunder up on the MRO and calls it.  Setting a
 * dunder on a class later recomputes the affected slots (update_slot).
 *
 * Every type carries a version; type_modified gives a type and all its
 * subclasses fresh versions, so caches keyed on versions (type_lookup's
 * method cache here, the VM's attribute caches) can never see stale data.
 */
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "objects/objmodel.h"

/* A class whose __slots__ add fields to the instance layout (a private
 * flag bit, beyond those object.h defines). */
#define TF_SLOTTED 0x10000
/* __abstractmethods__ is set and not empty: object() refuses to make one. */
#define TF_IS_ABSTRACT 0x40000

static uint64_t type_version_counter = 1;
static VM *boot_vm;            /* for readying a type found unready on lookup */

/* ---- interned dunder names ---------------------------------------------------- */

#define DUNDERS(X) \
    X(repr) X(str) X(hash) X(bool) X(len) X(getitem) X(setitem) X(delitem) \
    X(contains) X(iter) X(next) X(call) X(neg) X(pos) X(invert) X(abs) \
    X(index) X(int) X(float) X(get) X(set) X(delete) X(init) X(new) \
    X(getattribute) X(getattr) X(setattr) X(delattr) X(lt) X(le) X(eq) \
    X(ne) X(gt) X(ge) X(module) X(qualname) X(doc) X(dict) X(classcell) \
    X(init_subclass) X(class_getitem) X(set_name) X(name) X(weakref) \
    X(format) X(dir) X(class) X(mro) X(bases) X(prepare) X(slots)

#define X(n) static Str *dn_##n;
DUNDERS(X)
#undef X
static Str *dn_binop[BINOP_COUNT], *dn_rbinop[BINOP_COUNT], *dn_ibinop[BINOP_COUNT];
static Str *dn_cmp[6];
static Str *s_builtins;

static int intern_names(VM *vm)
{
    if (dn_repr)
        return 0;
#define X(n) if (!(dn_##n = str_intern_cstr(vm, "__" #n "__"))) return -1;
    DUNDERS(X)
#undef X
    static const char *const stems[BINOP_COUNT] = {
#define X(e, sym, dunder) #dunder,
        BINOP_LIST(X)
#undef X
    };
    char buf[32];
    for (int i = 0; i < BINOP_COUNT; i++) {
        snprintf(buf, sizeof buf, "__%s__", stems[i]);
        dn_binop[i] = str_intern_cstr(vm, buf);
        snprintf(buf, sizeof buf, "__r%s__", stems[i]);
        dn_rbinop[i] = str_intern_cstr(vm, buf);
        snprintf(buf, sizeof buf, "__i%s__", stems[i]);
        dn_ibinop[i] = str_intern_cstr(vm, buf);
        if (!dn_binop[i] || !dn_rbinop[i] || !dn_ibinop[i])
            return -1;
    }
    dn_cmp[CMP_LT] = dn_lt; dn_cmp[CMP_LE] = dn_le; dn_cmp[CMP_EQ] = dn_eq;
    dn_cmp[CMP_NE] = dn_ne; dn_cmp[CMP_GT] = dn_gt; dn_cmp[CMP_GE] = dn_ge;
    s_builtins = str_intern_cstr(vm, "builtins");
    return s_builtins ? 0 : -1;
}

static inline bool is_type(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_type ||
                         type_is_subtype(AS_OBJ(v)->type, &type_type));
}

/* ---- subtype test and lookup ----------------------------------------------------- */

bool type_is_subtype(TypeObject *a, TypeObject *b)
{
    if (a == b)
        return true;
    if (a->mro) {
        Tuple *m = a->mro;
        for (int64_t i = 0; i < m->len; i++)
            if (AS_TYPE(m->items[i]) == b)
                return true;
        return false;
    }
    for (TypeObject *t = a->base; t; t = t->base)
        if (t == b)
            return true;
    return b == &type_object;
}

static Value lookup_slow(TypeObject *t, Str *name)
{
    if (!(t->flags & TF_READY) && boot_vm)
        type_ready(boot_vm, t);
    if (t->mro) {
        Tuple *m = t->mro;
        for (int64_t i = 0; i < m->len; i++) {
            Dict *d = AS_TYPE(m->items[i])->dict;
            if (d) {
                Value v = dict_get_str(d, name);
                if (v)
                    return v;
            }
        }
        return 0;
    }
    for (; t; t = t->base) {
        if (t->dict) {
            Value v = dict_get_str(t->dict, name);
            if (v)
                return v;
        }
    }
    return 0;
}

/* A global method cache keyed on (type version, interned name).  Versions
 * are never reused, so an entry of a modified type simply stops matching.
 * The array lives in the data segment, a GC root. */
#define MCACHE_SIZE 4096
typedef struct { uint64_t version; Str *name; Value value; } MCacheEntry;
static MCacheEntry mcache[MCACHE_SIZE];

Value type_lookup(TypeObject *t, Str *name)
{
    if (name->interned && t->version) {
        size_t h = (size_t)((t->version * 0x9E3779B97F4A7C15ull) ^ ((uintptr_t)name >> 4))
                   & (MCACHE_SIZE - 1);
        MCacheEntry *e = &mcache[h];
        if (e->version == t->version && e->name == name)
            return e->value;
        Value v = lookup_slow(t, name);
        e->version = t->version;
        e->name = name;
        e->value = v;
        return v;
    }
    return lookup_slow(t, name);
}

Value type_lookup_cstr(VM *vm, TypeObject *t, const char *name)
{
    Str *s = str_intern_cstr(vm, name);
    return s ? type_lookup(t, s) : 0;
}

void type_modified(TypeObject *t)
{
    t->version = ++type_version_counter;
    if (t->subclasses)
        for (int64_t i = 0; i < t->subclasses->len; i++)
            type_modified(AS_TYPE(t->subclasses->items[i]));
}

/* ---- small helpers ---------------------------------------------------------------- */

static Value new_str(VM *vm, const char *s)
{
    Str *r = str_from_cstr(vm, s);
    return r ? OBJ_VAL(r) : 0;
}

Value type_module_name(VM *vm, TypeObject *t)
{
    if (t->flags & TF_HEAPTYPE)
        return t->dict ? dict_get_str(t->dict, dn_module) : 0;
    const char *dot = strrchr(t->name, '.');
    if (dot) {
        Str *s = str_new(vm, t->name, dot - t->name);
        return s ? OBJ_VAL(s) : 0;
    }
    return OBJ_VAL(s_builtins);
}

static const char *qualname_of(TypeObject *t)
{
    return t->qualname ? t->qualname->data : t->name;
}

/* Calls the dunder `name` found on type(self); 0 without an exception when
 * the type has no such attribute. */
static Value call_maybe(VM *vm, Value self, Str *name, int argc, Value *argv, bool *found)
{
    Value m = type_lookup(TYPE_OF(self), name);
    if (!m) {
        if (found)
            *found = false;
        return 0;
    }
    if (found)
        *found = true;
    return call_special(vm, self, m, argc, argv, NULL);
}

/* As call_maybe, but a missing method is AttributeError(name). */
static Value call_method(VM *vm, Value self, Str *name, int argc, Value *argv)
{
    bool found;
    Value r = call_maybe(vm, self, name, argc, argv, &found);
    if (!found)
        return vm_raise(vm, &exc_AttributeError, "%s", name->data);
    return r;
}

/* ---- object --------------------------------------------------------------------------- */

static Value object_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames);
static int object_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames);

/* TypeError for a class whose __abstractmethods__ is not empty, naming
 * the methods in sorted order as CPython does. */
static Value abstract_error(VM *vm, TypeObject *t)
{
    Value am = dict_get_cstr(vm, t->dict, "__abstractmethods__");
    Value names = am ? obj_to_list(vm, am) : 0;
    if (!names || list_sort(vm, AS_LIST(names), 0, false) < 0)
        return 0;
    Str *sep = str_from_cstr(vm, ", ");
    Value joined = sep ? str_join(vm, sep, names) : 0;
    if (!joined)
        return 0;
    return vm_raise(vm, &exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
                    t->name, AS_LIST(names)->len > 1 ? "s" : "", AS_STR(joined)->data);
}

static Value object_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (argc > 0 || (kwnames && kwnames->len > 0)) {
        if (t->new_ != object_new)
            return vm_raise(vm, &exc_TypeError,
                            "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == object_init)
            return vm_raise(vm, &exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (t->flags & TF_IS_ABSTRACT)
        return abstract_error(vm, t);
    Obj *o = obj_alloc(vm, t);
    return o ? OBJ_VAL(o) : 0;
}

static int object_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (argc > 0 || (kwnames && kwnames->len > 0)) {
        TypeObject *t = TYPE_OF(self);
        if (t->init != object_init) {
            vm_raise(vm, &exc_TypeError,
                     "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            vm_raise(vm, &exc_TypeError,
                     "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
            return -1;
        }
    }
    return 0;
}

Value object_repr(VM *vm, Value self)
{
    TypeObject *t = TYPE_OF(self);
    Value mod = type_module_name(vm, t);
    Str *s;
    if (mod && str_check(mod) && !str_eq_cstr(AS_STR(mod), "builtins"))
        s = str_printf(vm, "<%s.%s object at %p>", AS_STR(mod)->data, qualname_of(t), (void *)self);
    else
        s = str_printf(vm, "<%s object at %p>", t->name, (void *)self);
    return s ? OBJ_VAL(s) : 0;
}

/* The repr slot itself, not obj_repr: a bad __repr__ result is then
 * reported by obj_str as "__str__ returned non-string", as CPython. */
static Value object_str(VM *vm, Value self)
{
    UnaryFn f = TYPE_OF(self)->repr;
    return f ? f(vm, self) : object_repr(vm, self);
}

int64_t object_hash(VM *vm, Value self)
{
    uint64_t p = (uint64_t)self;
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}

static Value object_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (op == CMP_EQ)
        return a == b ? TRUE_VAL : NOT_IMPLEMENTED;
    if (op == CMP_NE) {
        TypeObject *t = TYPE_OF(a);
        if (!t->richcompare)
            return NOT_IMPLEMENTED;
        Value r = t->richcompare(vm, a, b, CMP_EQ);
        if (!r || r == NOT_IMPLEMENTED)
            return r;
        int tr = obj_truthy(vm, r);
        return tr < 0 ? 0 : BOOL_VAL(!tr);
    }
    return NOT_IMPLEMENTED;
}

/* Adds every key of d to the set-like dict acc. */
static int merge_keys(VM *vm, Dict *acc, Dict *d)
{
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (dict_set(vm, acc, k, NONE) < 0)
            return -1;
    return 0;
}

static int merge_class_dict(VM *vm, Dict *acc, TypeObject *t)
{
    if (t->mro) {
        for (int64_t i = 0; i < t->mro->len; i++) {
            TypeObject *c = AS_TYPE(t->mro->items[i]);
            if (c->dict && merge_keys(vm, acc, c->dict) < 0)
                return -1;
        }
        return 0;
    }
    for (; t; t = t->base)
        if (t->dict && merge_keys(vm, acc, t->dict) < 0)
            return -1;
    return 0;
}

static Value keys_list(VM *vm, Dict *acc)
{
    List *l = list_new(vm, 0);
    if (!l)
        return 0;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(acc, &pos, &k, &v))
        if (list_append(vm, l, k) < 0)
            return 0;
    return OBJ_VAL(l);
}

static Value object_dir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Value self = argv[0];
    Dict *acc = dict_new(vm);
    if (!acc)
        return 0;
    Value d = obj_getattr_opt(vm, self, dn_dict);
    if (!d && vm->exc)
        return 0;
    if (d && dict_check(d) && merge_keys(vm, acc, AS_DICT(d)) < 0)
        return 0;
    Value cls = obj_getattr_opt(vm, self, dn_class);
    if (!cls && vm->exc)
        return 0;
    if (cls && is_type(cls) && merge_class_dict(vm, acc, AS_TYPE(cls)) < 0)
        return 0;
    return keys_list(vm, acc);
}

static Value object_format(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "__format__", kw) < 0 || args_count(vm, "__format__", argc - 1, 1, 1) < 0)
        return 0;
    if (!str_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s",
                        type_name(argv[1]));
    if (AS_STR(argv[1])->len > 0)
        return vm_raise(vm, &exc_TypeError, "unsupported format string passed to %s.__format__",
                        type_name(argv[0]));
    return obj_str(vm, argv[0]);
}

static Value object_init_subclass(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (kw && kw->len > 0)
        return vm_raise(vm, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        AS_TYPE(argv[0])->name);
    if (argc > 1)
        return vm_raise(vm, &exc_TypeError,
                        "%s.__init_subclass__() takes no arguments (%d given)",
                        AS_TYPE(argv[0])->name, argc - 1);
    return NONE;
}

static Value object_subclasshook(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return NOT_IMPLEMENTED;
}

static Value object_reduce(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return vm_raise(vm, &exc_TypeError, "cannot pickle '%s' object", type_name(argv[0]));
}

static Value object_getstate(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Dict *d = obj_get_dict(vm, argv[0], false);
    return d && d->used ? OBJ_VAL(d) : NONE;
}

static Value object_sizeof(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return MK_INT((intptr_t)TYPE_OF(argv[0])->instance_size);
}

static Value object_get_class(VM *vm, Value self)
{
    return OBJ_VAL(TYPE_OF(self));
}

static TypeObject *solid_base(TypeObject *t);

static int object_set_class(VM *vm, Value self, Value v)
{
    if (!v) {
        vm_raise(vm, &exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!is_type(v)) {
        vm_raise(vm, &exc_TypeError, "__class__ must be set to a class, not '%s' object", type_name(v));
        return -1;
    }
    TypeObject *old = TYPE_OF(self), *nt = AS_TYPE(v);
    bool old_ok = (old->flags & TF_HEAPTYPE) || type_is_subtype(old, &type_module);
    bool new_ok = (nt->flags & TF_HEAPTYPE) || type_is_subtype(nt, &type_module);
    if (!IS_OBJ(self) || !old_ok || !new_ok) {
        vm_raise(vm, &exc_TypeError,
                 "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (solid_base(old) != solid_base(nt) || old->instance_size != nt->instance_size ||
        old->dict_offset != nt->dict_offset) {
        vm_raise(vm, &exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                 nt->name, old->name);
        return -1;
    }
    AS_OBJ(self)->type = nt;
    return 0;
}

/* __dict__ of instances of classes defined in Python. */
static Value subtype_get_dict(VM *vm, Value self)
{
    Dict *d = obj_get_dict(vm, self, true);
    if (!d)
        return vm->exc ? 0 : vm_raise(vm, &exc_AttributeError, "This object has no __dict__");
    return OBJ_VAL(d);
}

static int subtype_set_dict(VM *vm, Value self, Value v)
{
    Dict **slot = obj_dict_slot(self);
    if (!slot) {
        vm_raise(vm, &exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (v && !dict_check(v)) {
        vm_raise(vm, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
        return -1;
    }
    *slot = v ? AS_DICT(v) : NULL;
    return 0;
}

static Value subtype_get_weakref(VM *vm, Value self)
{
    return NONE;
}

static const GetSetDef subtype_dict_getset[] = {
    { "__dict__", subtype_get_dict, subtype_set_dict },
    { 0 }
};

static const GetSetDef subtype_weakref_getset[] = {
    { "__weakref__", subtype_get_weakref, NULL },
    { 0 }
};

static const MethodDef object_methods[] = {
    { "__dir__", object_dir, 0, "Default dir() implementation." },
    { "__format__", object_format, 0, "Default object formatter." },
    { "__init_subclass__", object_init_subclass, METH_CLASS,
      "This method is called when a class is subclassed." },
    { "__subclasshook__", object_subclasshook, METH_CLASS, "Abstract classes can override this." },
    { "__reduce__", object_reduce, 0, "Helper for pickle." },
    { "__reduce_ex__", object_reduce, 0, "Helper for pickle." },
    { "__getstate__", object_getstate, 0, "Helper for pickle." },
    { "__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes." },
    { 0 }
};

static const GetSetDef object_getsets[] = {
    { "__class__", object_get_class, object_set_class },
    { 0 }
};

TypeObject type_object = {
    .hdr = { &type_type },
    .name = "object",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Obj),
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
};

/* ---- generic slots of classes defined in Python ------------------------------------ */

static Value slot_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    Value f = type_lookup(t, dn_new);
    if (!f)
        return vm_raise(vm, &exc_AttributeError, "__new__");
    TypeObject *ft = TYPE_OF(f);
    if (ft->descr_get && ft != &type_native_function) {
        f = ft->descr_get(vm, f, 0, OBJ_VAL(t));
        if (!f)
            return 0;
    }
    int total = argc + (kwnames ? (int)kwnames->len : 0);
    Value small[8];
    Value *buf = small;
    if (total + 1 > 8 && !(buf = mem_alloc(vm, (total + 1) * sizeof(Value))))
        return 0;
    buf[0] = OBJ_VAL(t);
    if (total)
        memcpy(buf + 1, argv, total * sizeof(Value));
    return obj_call(vm, f, argc + 1, buf, kwnames);
}

static int slot_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    Value m = type_lookup(TYPE_OF(self), dn_init);
    if (!m) {
        vm_raise(vm, &exc_AttributeError, "__init__");
        return -1;
    }
    Value r = call_special(vm, self, m, argc, argv, kwnames);
    if (!r)
        return -1;
    if (r != NONE) {
        vm_raise(vm, &exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
        return -1;
    }
    return 0;
}

static Value slot_repr(VM *vm, Value self)
{
    return call_method(vm, self, dn_repr, 0, NULL);
}

static Value slot_str(VM *vm, Value self)
{
    return call_method(vm, self, dn_str, 0, NULL);
}

static int64_t slot_hash(VM *vm, Value self)
{
    Value m = type_lookup(TYPE_OF(self), dn_hash);
    if (!m || m == NONE) {
        vm_raise(vm, &exc_TypeError, "unhashable type: '%s'", type_name(self));
        return -1;
    }
    Value r = call_special(vm, self, m, 0, NULL, NULL);
    if (!r)
        return -1;
    if (!int_check(r)) {
        vm_raise(vm, &exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* as CPython: a value that fits a machine word is the hash itself,
     * only a bigger one is hashed again as an int */
    int64_t h;
    if (int_to_i64(r, &h))
        return h == -1 ? -2 : h;
    if (TYPE_OF(r) != &type_int) {
        r = obj_index(vm, r);
        if (!r)
            return -1;
    }
    return obj_hash(vm, r);
}

static Value slot_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    bool found;
    Value r = call_maybe(vm, a, dn_cmp[op], 1, &b, &found);
    return found ? r : NOT_IMPLEMENTED;
}

static int64_t slot_len(VM *vm, Value self);

static int slot_bool(VM *vm, Value self)
{
    bool found;
    Value r = call_maybe(vm, self, dn_bool, 0, NULL, &found);
    if (found) {
        if (!r)
            return -1;
        if (r == TRUE_VAL)
            return 1;
        if (r == FALSE_VAL)
            return 0;
        vm_raise(vm, &exc_TypeError, "__bool__ should return bool, returned %s", type_name(r));
        return -1;
    }
    if (type_lookup(TYPE_OF(self), dn_len)) {
        int64_t n = slot_len(vm, self);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static Value slot_getattr_hook(VM *vm, Value self, Str *name)
{
    TypeObject *t = TYPE_OF(self);
    Value ga = type_lookup(t, dn_getattribute);
    Value getattr = type_lookup(t, dn_getattr);
    Value r;
    if (!ga || (TYPE_OF(ga) == &type_slot_wrapper &&
                ((SlotWrapper *)AS_OBJ(ga))->kind == SW_GETATTRIBUTE &&
                obj_isinstance_type(self, ((SlotWrapper *)AS_OBJ(ga))->owner))) {
        Value (*f)(VM *, Value, Str *) = ga ? ((SlotWrapper *)AS_OBJ(ga))->owner->getattr : NULL;
        if (!f || f == obj_generic_getattr) {
            if (!getattr)
                return obj_generic_getattr(vm, self, name);
            /* the common __getattr__ case: no AttributeError object needed */
            r = obj_generic_getattr_quiet(vm, self, name);
            if (r || vm->exc)
                return r;
            Value arg = OBJ_VAL(name);
            return call_special(vm, self, getattr, 1, &arg, NULL);
        }
        r = f(vm, self, name);
    } else {
        Value arg = OBJ_VAL(name);
        r = call_special(vm, self, ga, 1, &arg, NULL);
    }
    if (r || !getattr || !vm_exc_matches(vm, &exc_AttributeError))
        return r;
    vm_exc_clear(vm);
    Value arg = OBJ_VAL(name);
    return call_special(vm, self, getattr, 1, &arg, NULL);
}

static int slot_setattr(VM *vm, Value self, Str *name, Value v)
{
    Value args[2] = { OBJ_VAL(name), v };
    Value r = v ? call_method(vm, self, dn_setattr, 2, args)
                : call_method(vm, self, dn_delattr, 1, args);
    return r ? 0 : -1;
}

static Value slot_descr_get(VM *vm, Value descr, Value obj, Value type)
{
    Value args[2] = { obj ? obj : NONE, type ? type : NONE };
    return call_method(vm, descr, dn_get, 2, args);
}

static int slot_descr_set(VM *vm, Value descr, Value obj, Value v)
{
    Value args[2] = { obj, v };
    Value r = v ? call_method(vm, descr, dn_set, 2, args)
                : call_method(vm, descr, dn_delete, 1, args);
    return r ? 0 : -1;
}

static Value slot_call(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    Value m = type_lookup(TYPE_OF(self), dn_call);
    if (!m)
        return vm_raise(vm, &exc_TypeError, "'%s' object is not callable", type_name(self));
    return call_special(vm, self, m, argc, argv, kwnames);
}

static int64_t slot_len(VM *vm, Value self)
{
    Value r = call_method(vm, self, dn_len, 0, NULL);
    if (!r)
        return -1;
    if (!IS_INT(r)) {
        r = obj_index(vm, r);
        if (!r)
            return -1;
    }
    int64_t n;
    if (IS_INT(r)) {
        n = AS_INT(r);
    } else if (!int_to_i64(r, &n)) {
        if (int_sign(r) < 0)
            vm_raise(vm, &exc_ValueError, "__len__() should return >= 0");
        else
            vm_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        vm_raise(vm, &exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Value slot_getitem(VM *vm, Value self, Value key)
{
    return call_method(vm, self, dn_getitem, 1, &key);
}

static int slot_setitem(VM *vm, Value self, Value key, Value v)
{
    Value args[2] = { key, v };
    Value r = v ? call_method(vm, self, dn_setitem, 2, args)
                : call_method(vm, self, dn_delitem, 1, args);
    return r ? 0 : -1;
}

static int slot_contains(VM *vm, Value self, Value item)
{
    Value m = type_lookup(TYPE_OF(self), dn_contains);
    if (!m || m == NONE) {
        vm_raise(vm, &exc_TypeError, "argument of type '%s' is not iterable", type_name(self));
        return -1;
    }
    Value r = call_special(vm, self, m, 1, &item, NULL);
    return r ? obj_truthy(vm, r) : -1;
}

static Value slot_iter(VM *vm, Value self)
{
    Value m = type_lookup(TYPE_OF(self), dn_iter);
    if (!m || m == NONE)
        return vm_raise(vm, &exc_TypeError, "'%s' object is not iterable", type_name(self));
    return call_special(vm, self, m, 0, NULL, NULL);
}

static Value slot_next(VM *vm, Value self)
{
    Value r = call_method(vm, self, dn_next, 0, NULL);
    if (!r && vm_exc_matches(vm, &exc_StopIteration))
        vm_exc_clear(vm);
    return r;
}

#define UNARY_SLOT(fn, dn) \
    static Value fn(VM *vm, Value self) { return call_method(vm, self, dn, 0, NULL); }
UNARY_SLOT(slot_neg, dn_neg)
UNARY_SLOT(slot_pos, dn_pos)
UNARY_SLOT(slot_invert, dn_invert)
UNARY_SLOT(slot_abs, dn_abs)
UNARY_SLOT(slot_index, dn_index)
UNARY_SLOT(slot_int, dn_int)
UNARY_SLOT(slot_float, dn_float)

/* Binary operators: the slot is called with (a, b) from either side, as
 * CPython's SLOT1BINFULL: a.__op__(b) when a's type uses this generic slot,
 * b.__rop__(a) when b's does (first, if b's type is a subtype of a's that
 * overrides __rop__). */
static const BinaryFn generic_binop[BINOP_COUNT];

static Value slot_binop(VM *vm, Value a, Value b, BinOp op)
{
    TypeObject *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    BinaryFn me = generic_binop[op];
    bool do_other = ta != tb && tb->binop[op] == me;
    bool found;
    Value r;
    if (ta->binop[op] == me) {
        if (do_other && type_is_subtype(tb, ta) &&
            type_lookup(tb, dn_rbinop[op]) != type_lookup(ta, dn_rbinop[op])) {
            r = call_maybe(vm, b, dn_rbinop[op], 1, &a, &found);
            if (found && r != NOT_IMPLEMENTED)
                return r;
            do_other = false;
        }
        r = call_maybe(vm, a, dn_binop[op], 1, &b, &found);
        if (!found)
            r = NOT_IMPLEMENTED;
        if (r != NOT_IMPLEMENTED || ta == tb)
            return r;
    }
    if (do_other) {
        r = call_maybe(vm, b, dn_rbinop[op], 1, &a, &found);
        return found ? r : NOT_IMPLEMENTED;
    }
    return NOT_IMPLEMENTED;
}

static Value slot_inplace(VM *vm, Value a, Value b, BinOp op)
{
    bool found;
    Value r = call_maybe(vm, a, dn_ibinop[op], 1, &b, &found);
    return found ? r : NOT_IMPLEMENTED;
}

#define X(e, sym, dunder) \
    static Value slot_binop_##e(VM *vm, Value a, Value b) { return slot_binop(vm, a, b, BINOP_##e); } \
    static Value slot_inplace_##e(VM *vm, Value a, Value b) { return slot_inplace(vm, a, b, BINOP_##e); }
BINOP_LIST(X)
#undef X

static const BinaryFn generic_binop[BINOP_COUNT] = {
#define X(e, sym, dunder) slot_binop_##e,
    BINOP_LIST(X)
#undef X
};
static const BinaryFn generic_inplace[BINOP_COUNT] = {
#define X(e, sym, dunder) slot_inplace_##e,
    BINOP_LIST(X)
#undef X
};

/* ---- slot groups: which dunders decide each C slot -------------------------------- */

enum {
    G_NEW, G_INIT, G_REPR, G_STR, G_HASH, G_CMP, G_BOOL, G_GETATTR, G_SETATTR,
    G_GET, G_SET, G_CALL, G_LEN, G_GETITEM, G_SETITEM, G_CONTAINS, G_ITER, G_NEXT,
    G_NEG, G_POS, G_INVERT, G_ABS, G_INDEX, G_INT, G_FLOAT,
    G_BINOP, G_INPLACE = G_BINOP + BINOP_COUNT, G_COUNT = G_INPLACE + BINOP_COUNT
};

/* The dunder names of group g (up to 6). */
static int group_names(int g, Str **out)
{
    switch (g) {
    case G_NEW: out[0] = dn_new; return 1;
    case G_INIT: out[0] = dn_init; return 1;
    case G_REPR: out[0] = dn_repr; return 1;
    case G_STR: out[0] = dn_str; return 1;
    case G_HASH: out[0] = dn_hash; return 1;
    case G_CMP: for (int i = 0; i < 6; i++) out[i] = dn_cmp[i]; return 6;
    case G_BOOL: out[0] = dn_bool; return 1;
    case G_GETATTR: out[0] = dn_getattribute; out[1] = dn_getattr; return 2;
    case G_SETATTR: out[0] = dn_setattr; out[1] = dn_delattr; return 2;
    case G_GET: out[0] = dn_get; return 1;
    case G_SET: out[0] = dn_set; out[1] = dn_delete; return 2;
    case G_CALL: out[0] = dn_call; return 1;
    case G_LEN: out[0] = dn_len; return 1;
    case G_GETITEM: out[0] = dn_getitem; return 1;
    case G_SETITEM: out[0] = dn_setitem; out[1] = dn_delitem; return 2;
    case G_CONTAINS: out[0] = dn_contains; return 1;
    case G_ITER: out[0] = dn_iter; return 1;
    case G_NEXT: out[0] = dn_next; return 1;
    case G_NEG: out[0] = dn_neg; return 1;
    case G_POS: out[0] = dn_pos; return 1;
    case G_INVERT: out[0] = dn_invert; return 1;
    case G_ABS: out[0] = dn_abs; return 1;
    case G_INDEX: out[0] = dn_index; return 1;
    case G_INT: out[0] = dn_int; return 1;
    case G_FLOAT: out[0] = dn_float; return 1;
    }
    if (g >= G_BINOP && g < G_BINOP + BINOP_COUNT) {
        out[0] = dn_binop[g - G_BINOP];
        out[1] = dn_rbinop[g - G_BINOP];
        return 2;
    }
    out[0] = dn_ibinop[g - G_INPLACE];
    return 1;
}

/* The slot kind a wrapper must have to stand for name i of group g. */
static bool kind_matches(int g, int i, SlotWrapper *w)
{
    switch (g) {
    case G_INIT: return w->kind == SW_INIT;
    case G_REPR: return w->kind == SW_REPR;
    case G_STR: return w->kind == SW_STR;
    case G_HASH: return w->kind == SW_HASH;
    case G_CMP: return w->kind == SW_CMP && w->op == i;
    case G_BOOL: return w->kind == SW_BOOL;
    case G_GETATTR: return i == 0 && w->kind == SW_GETATTRIBUTE;
    case G_SETATTR: return w->kind == (i == 0 ? SW_SETATTR : SW_DELATTR);
    case G_GET: return w->kind == SW_GET;
    case G_SET: return w->kind == (i == 0 ? SW_SET : SW_DELETE);
    case G_CALL: return w->kind == SW_CALL;
    case G_LEN: return w->kind == SW_LEN;
    case G_GETITEM: return w->kind == SW_GETITEM;
    case G_SETITEM: return w->kind == (i == 0 ? SW_SETITEM : SW_DELITEM);
    case G_CONTAINS: return w->kind == SW_CONTAINS;
    case G_ITER: return w->kind == SW_ITER;
    case G_NEXT: return w->kind == SW_NEXT;
    case G_NEG: return w->kind == SW_NEG;
    case G_POS: return w->kind == SW_POS;
    case G_INVERT: return w->kind == SW_INVERT;
    case G_ABS: return w->kind == SW_ABS;
    case G_INDEX: return w->kind == SW_INDEX;
    case G_INT: return w->kind == SW_INT;
    case G_FLOAT: return w->kind == SW_FLOAT;
    }
    if (g >= G_BINOP && g < G_BINOP + BINOP_COUNT)
        return w->kind == (i == 0 ? SW_BINOP : SW_RBINOP) && w->op == g - G_BINOP;
    if (g >= G_INPLACE && g < G_COUNT)
        return w->kind == SW_INPLACE && w->op == g - G_INPLACE;
    return false;
}

static Value tp_new_wrapper(VM *vm, int argc, Value *argv, Tuple *kwnames);

/* The builtin type whose C slot `v` (found under name i of group g) stands
 * for, or NULL when v is anything else (a Python function, ...). */
static TypeObject *wrapper_owner(int g, int i, Value v)
{
    if (g == G_NEW) {
        if (TYPE_OF(v) == &type_native_function) {
            NativeFunction *nf = (NativeFunction *)AS_OBJ(v);
            if (nf->fn == tp_new_wrapper && nf->self && is_type(nf->self))
                return AS_TYPE(nf->self);
        }
        return NULL;
    }
    if (TYPE_OF(v) != &type_slot_wrapper)
        return NULL;
    SlotWrapper *w = (SlotWrapper *)AS_OBJ(v);
    return kind_matches(g, i, w) ? w->owner : NULL;
}

static void set_slot(TypeObject *t, int g, TypeObject *src, bool generic)
{
#define SET(field, gen) t->field = generic ? (gen) : src ? src->field : NULL
    switch (g) {
    case G_NEW: SET(new_, slot_new); return;
    case G_INIT: SET(init, slot_init); return;
    case G_REPR: SET(repr, slot_repr); return;
    case G_STR: SET(str, slot_str); return;
    case G_HASH: SET(hash, slot_hash); return;
    case G_CMP: SET(richcompare, slot_richcompare); return;
    case G_BOOL: SET(bool_, slot_bool); return;
    case G_GETATTR: SET(getattr, slot_getattr_hook); return;
    case G_SETATTR: SET(setattr, slot_setattr); return;
    case G_GET: SET(descr_get, slot_descr_get); return;
    case G_SET: SET(descr_set, slot_descr_set); return;
    case G_CALL: SET(call, slot_call); return;
    case G_LEN: SET(len, slot_len); return;
    case G_GETITEM: SET(getitem, slot_getitem); return;
    case G_SETITEM: SET(setitem, slot_setitem); return;
    case G_CONTAINS: SET(contains, slot_contains); return;
    case G_ITER: SET(iter, slot_iter); return;
    case G_NEXT: SET(next, slot_next); return;
    case G_NEG: SET(neg, slot_neg); return;
    case G_POS: SET(pos, slot_pos); return;
    case G_INVERT: SET(invert, slot_invert); return;
    case G_ABS: SET(abs, slot_abs); return;
    case G_INDEX: SET(index, slot_index); return;
    case G_INT: SET(to_int, slot_int); return;
    case G_FLOAT: SET(to_float, slot_float); return;
    }
    if (g >= G_BINOP && g < G_BINOP + BINOP_COUNT) {
        int op = g - G_BINOP;
        SET(binop[op], generic_binop[op]);
    } else {
        int op = g - G_INPLACE;
        SET(inplace[op], generic_inplace[op]);
    }
#undef SET
}

/* Recomputes one C slot of a class defined in Python from its MRO. */
static void update_slot(TypeObject *t, int g)
{
    Str *names[6];
    int n = group_names(g, names);
    TypeObject *owner = NULL;
    bool any = false, generic = false;
    for (int i = 0; i < n; i++) {
        Value v = type_lookup(t, names[i]);
        if (!v)
            continue;
        any = true;
        if (g == G_HASH && v == NONE) {
            t->hash = NULL;
            return;
        }
        TypeObject *o = wrapper_owner(g, i, v);
        /* another type's __new__ stored on a class: CPython keeps the
         * inherited constructor (update_one_slot's special case) */
        if (g == G_NEW && o && !type_is_subtype(t, o))
            o = t->base;
        if (!o || !type_is_subtype(t, o) || (owner && owner != o)) {
            generic = true;
            break;
        }
        owner = o;
    }
    if (!any)
        set_slot(t, g, NULL, false);
    else if (generic)
        set_slot(t, g, NULL, true);
    else
        set_slot(t, g, owner, false);
    if (g == G_NEW && !t->new_)
        t->new_ = t->base ? t->base->new_ : NULL;
}

static void update_all_slots(TypeObject *t)
{
    for (int g = 0; g < G_COUNT; g++)
        update_slot(t, g);
}

/* After `name` changed on t: recompute the slots it decides, on t and every
 * subclass (a subclass may inherit the dunder). */
static void update_slots_for_name(TypeObject *t, Str *name)
{
    if (name->len < 5 || name->data[0] != '_' || name->data[1] != '_')
        return;
    for (int g = 0; g < G_COUNT; g++) {
        Str *names[6];
        int n = group_names(g, names);
        for (int i = 0; i < n; i++) {
            if (names[i] == name || str_eq(names[i], name)) {
                if (t->flags & TF_HEAPTYPE)
                    update_slot(t, g);
                if (t->subclasses)
                    for (int64_t k = 0; k < t->subclasses->len; k++) {
                        TypeObject *s = AS_TYPE(t->subclasses->items[k]);
                        if (s->flags & TF_HEAPTYPE)
                            update_slots_for_name(s, name);
                    }
                return;
            }
        }
    }
}

/* ---- type_ready: builtin types ------------------------------------------------------- */

/* `int.__new__`: a builtin function bound to the type (as CPython's
 * tp_new_wrapper); argv[0] is the owner, argv[1] the class to instantiate. */
static Value tp_new_wrapper(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    TypeObject *owner = AS_TYPE(argv[0]);
    if (argc < 2)
        return vm_raise(vm, &exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
    Value a = argv[1];
    if (!is_type(a))
        return vm_raise(vm, &exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                        owner->name, type_name(a));
    TypeObject *sub = AS_TYPE(a);
    if (!type_is_subtype(sub, owner))
        return vm_raise(vm, &exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                        owner->name, sub->name, sub->name, owner->name);
    TypeObject *staticbase = sub;
    while (staticbase && staticbase->new_ == slot_new)
        staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != owner->new_)
        return vm_raise(vm, &exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                        owner->name, sub->name, staticbase->name);
    if (!owner->new_)
        return vm_raise(vm, &exc_TypeError, "cannot create '%s' instances", sub->name);
    return owner->new_(vm, sub, argc - 2, argv + 2, kwnames);
}


static int add_wrapper(VM *vm, TypeObject *t, Str *name, int kind, int op)
{
    if (dict_get_str(t->dict, name))
        return 0;
    Value w = slot_wrapper_new(vm, t, name, kind, op);
    return w ? dict_set_str(vm, t->dict, name, w) : -1;
}

static int add_operators(VM *vm, TypeObject *t)
{
#define W(cond, name, kind, op) \
    if ((cond) && add_wrapper(vm, t, name, kind, op) < 0) return -1;
    W(t->repr, dn_repr, SW_REPR, 0)
    W(t->str, dn_str, SW_STR, 0)
    W(t->hash, dn_hash, SW_HASH, 0)
    for (int i = 0; i < 6; i++)
        W(t->richcompare, dn_cmp[i], SW_CMP, i)
    /* containers answer truth through __len__ in CPython: no __bool__ */
    W(t->bool_ && (!t->len || t == &type_range), dn_bool, SW_BOOL, 0)
    W(t->len, dn_len, SW_LEN, 0)
    W(t->getitem, dn_getitem, SW_GETITEM, 0)
    W(t->setitem, dn_setitem, SW_SETITEM, 0)
    W(t->setitem, dn_delitem, SW_DELITEM, 0)
    W(t->contains, dn_contains, SW_CONTAINS, 0)
    W(t->iter, dn_iter, SW_ITER, 0)
    W(t->next, dn_next, SW_NEXT, 0)
    W(t->call, dn_call, SW_CALL, 0)
    for (int op = 0; op < BINOP_COUNT; op++) {
        W(t->binop[op], dn_binop[op], SW_BINOP, op)
        /* sequence concatenation has no reflected form (sq_concat) */
        W(t->binop[op] && !(op == BINOP_ADD && t->len), dn_rbinop[op], SW_RBINOP, op)
        W(t->inplace[op], dn_ibinop[op], SW_INPLACE, op)
    }
    W(t->neg, dn_neg, SW_NEG, 0)
    W(t->pos, dn_pos, SW_POS, 0)
    W(t->invert, dn_invert, SW_INVERT, 0)
    W(t->abs, dn_abs, SW_ABS, 0)
    W(t->index, dn_index, SW_INDEX, 0)
    W(t->to_int, dn_int, SW_INT, 0)
    W(t->to_float, dn_float, SW_FLOAT, 0)
    W(t->descr_get, dn_get, SW_GET, 0)
    W(t->descr_set, dn_set, SW_SET, 0)
    W(t->descr_set, dn_delete, SW_DELETE, 0)
    W(t->init, dn_init, SW_INIT, 0)
    W(t->getattr, dn_getattribute, SW_GETATTRIBUTE, 0)
    W(t->setattr, dn_setattr, SW_SETATTR, 0)
    W(t->setattr, dn_delattr, SW_DELATTR, 0)
#undef W
    if (t->new_ && !dict_get_str(t->dict, dn_new)) {
        Value f = native_function_new(vm, "__new__", tp_new_wrapper, OBJ_VAL(t),
                                      "Create and return a new object.");
        if (!f || dict_set_str(vm, t->dict, dn_new, f) < 0)
            return -1;
    }
    return 0;
}

static int add_methods(VM *vm, TypeObject *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Str *name = str_intern_cstr(vm, m->name);
        if (!name)
            return -1;
        if (dict_get_str(t->dict, name))
            continue;
        Value v;
        if (m->flags & METH_STATIC) {
            Value f = native_function_new(vm, m->name, m->fn, 0, m->doc);
            if (!f)
                return -1;
            ((NativeFunction *)AS_OBJ(f))->qualname_prefix = t->name_str;
            v = staticmethod_new(vm, f);
        } else {
            MethodDescriptor *d = (MethodDescriptor *)obj_alloc(
                vm, (m->flags & METH_CLASS) ? &type_classmethod_descriptor : &type_method_descriptor);
            if (!d)
                return -1;
            d->def = m;
            d->owner = t;
            v = OBJ_VAL(d);
        }
        if (!v || dict_set_str(vm, t->dict, name, v) < 0)
            return -1;
    }
    return 0;
}

static int add_getsets(VM *vm, TypeObject *t, const GetSetDef *defs)
{
    for (const GetSetDef *g = defs; g && g->name; g++) {
        Str *name = str_intern_cstr(vm, g->name);
        if (!name)
            return -1;
        if (dict_get_str(t->dict, name))
            continue;
        GetSetDescriptor *d = (GetSetDescriptor *)obj_alloc(vm, &type_getset_descriptor);
        if (!d)
            return -1;
        d->def = g;
        d->owner = t;
        if (dict_set_str(vm, t->dict, name, OBJ_VAL(d)) < 0)
            return -1;
    }
    return 0;
}

static void inherit_slots(TypeObject *t, TypeObject *b)
{
#define INH(f) if (!t->f) t->f = b->f
    if (!t->new_) {
        if (b == &type_object && t != &type_type)
            t->flags |= TF_ABSTRACT_NEW;
        else
            t->new_ = b->new_;
    }
    INH(init); INH(repr); INH(str);
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    INH(bool_); INH(getattr); INH(setattr); INH(descr_get); INH(descr_set);
    INH(call); INH(len); INH(getitem); INH(setitem); INH(contains); INH(iter); INH(next);
    for (int i = 0; i < BINOP_COUNT; i++) {
        INH(binop[i]);
        INH(inplace[i]);
    }
    INH(neg); INH(pos); INH(invert); INH(abs); INH(index); INH(to_int); INH(to_float);
    if (!t->instance_size)
        t->instance_size = b->instance_size;
    if (!t->dict_offset)
        t->dict_offset = b->dict_offset;
#undef INH
}

static int add_subclass(VM *vm, TypeObject *base, TypeObject *t)
{
    if (!base->subclasses && !(base->subclasses = list_new(vm, 0)))
        return -1;
    return list_append(vm, base->subclasses, OBJ_VAL(t));
}

int objmodel_init(VM *vm)
{
    if (!boot_vm)
        boot_vm = vm;
    if (intern_names(vm) < 0)
        return -1;
    TypeObject *const own[] = {
        &type_object, &type_type, &type_method_descriptor, &type_getset_descriptor,
        &type_slot_wrapper, &type_method_wrapper, &type_staticmethod, &type_classmethod,
        &type_property, &type_super, &type_mappingproxy, &type_module, &type_traceback,
        &type_union, &type_member_descriptor, &type_classmethod_descriptor,
    };
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (type_ready(vm, own[i]) < 0)
            return -1;
    return exc_init_types(vm);
}

int type_ready(VM *vm, TypeObject *t)
{
    if (t->flags & TF_READY)
        return 0;
    if (!boot_vm) {
        boot_vm = vm;
        if (objmodel_init(vm) < 0)
            return -1;
        if (t->flags & TF_READY)
            return 0;
    }
    if (intern_names(vm) < 0)
        return -1;
    t->flags |= TF_READY;
    if (!t->hdr.type)
        t->hdr.type = &type_type;
    if (!t->base && t != &type_object)
        t->base = &type_object;
    TypeObject *b = t->base;
    if (b && !(b->flags & TF_READY) && type_ready(vm, b) < 0)
        return -1;

    const char *dot = strrchr(t->name, '.');
    t->name_str = str_intern_cstr(vm, dot ? dot + 1 : t->name);
    if (!t->name_str)
        return -1;
    if (!t->qualname)
        t->qualname = t->name_str;
    if (b) {
        t->bases = AS_TUPLE(tuple_pack(vm, 1, OBJ_VAL(b)));
        Tuple *m = tuple_new(vm, b->mro->len + 1);
        if (!t->bases || !m)
            return -1;
        m->items[0] = OBJ_VAL(t);
        for (int64_t i = 0; i < b->mro->len; i++)
            m->items[i + 1] = b->mro->items[i];
        t->mro = m;
    } else {
        t->bases = AS_TUPLE(tuple_from_array(vm, 0, NULL));
        t->mro = AS_TUPLE(tuple_pack(vm, 1, OBJ_VAL(t)));
        if (!t->bases || !t->mro)
            return -1;
    }
    if (!t->dict && !(t->dict = dict_new(vm)))
        return -1;

    /* the type's own slots become dunders before inheritance fills the rest */
    if (add_operators(vm, t) < 0 || add_methods(vm, t) < 0 || add_getsets(vm, t, t->getsets) < 0)
        return -1;
    if (b)
        inherit_slots(t, b);
    if (!t->hash && !dict_get_str(t->dict, dn_hash) && dict_set_str(vm, t->dict, dn_hash, NONE) < 0)
        return -1;
    if (!dict_get_str(t->dict, dn_doc)) {
        Value doc = t->doc ? new_str(vm, t->doc) : NONE;
        if (!doc || dict_set_str(vm, t->dict, dn_doc, doc) < 0)
            return -1;
    }
    if (!t->instance_size)
        t->instance_size = sizeof(Obj);
    t->version = ++type_version_counter;
    if (b && add_subclass(vm, b, t) < 0)
        return -1;
    return 0;
}

/* ---- class creation ------------------------------------------------------------------- */

/* The most derived builtin ancestor that fixes the instance layout.  Classes
 * defined in Python add at most a __dict__ pointer, so they never count. */
static TypeObject *solid_base(TypeObject *t)
{
    for (;;) {
        TypeObject *b = t->base;
        if (!b)
            return t;
        if ((t->flags & TF_HEAPTYPE) ? !(t->flags & TF_SLOTTED) : t->instance_size <= b->instance_size) {
            t = b;
            continue;
        }
        return t;
    }
}

/* Variable-size instances (their items follow the header) have no room for
 * a __dict__ pointer at a fixed offset. */
static bool is_varsize(TypeObject *t)
{
    return type_is_subtype(t, &type_str) || type_is_subtype(t, &type_bytes) ||
           type_is_subtype(t, &type_tuple) || type_is_subtype(t, &type_type);
}

static TypeObject *best_base(VM *vm, Tuple *bases)
{
    TypeObject *winner = NULL, *base = NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        Value bv = bases->items[i];
        if (!is_type(bv)) {
            vm_raise(vm, &exc_TypeError, "bases must be types");
            return NULL;
        }
        TypeObject *b = AS_TYPE(bv);
        if (!(b->flags & TF_READY) && type_ready(vm, b) < 0)
            return NULL;
        if (!(b->flags & TF_BASETYPE)) {
            vm_raise(vm, &exc_TypeError, "type '%s' is not an acceptable base type", b->name);
            return NULL;
        }
        TypeObject *cand = solid_base(b);
        if (!winner) {
            winner = cand;
            base = b;
        } else if (type_is_subtype(winner, cand)) {
            ;
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            vm_raise(vm, &exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* C3 linearisation of t with the given bases. */
static Tuple *compute_mro(VM *vm, TypeObject *t, Tuple *bases)
{
    int64_t nb = bases->len;
    for (int64_t i = 0; i < nb; i++)
        for (int64_t j = i + 1; j < nb; j++)
            if (bases->items[i] == bases->items[j]) {
                vm_raise(vm, &exc_TypeError, "duplicate base class %s",
                         AS_TYPE(bases->items[i])->name_str->data);
                return NULL;
            }
    /* sequences to merge: each base's MRO, then the bases themselves */
    int64_t nseq = nb + 1;
    Tuple **seqs = mem_alloc(vm, nseq * sizeof(Tuple *));
    int64_t *pos = mem_alloc(vm, nseq * sizeof(int64_t));
    if (!seqs || !pos)
        return NULL;
    int64_t total = 1;
    for (int64_t i = 0; i < nb; i++) {
        seqs[i] = AS_TYPE(bases->items[i])->mro;
        total += seqs[i]->len;
    }
    seqs[nb] = bases;
    List *out = list_new(vm, 0);
    if (!out || list_append(vm, out, OBJ_VAL(t)) < 0)
        return NULL;
    for (;;) {
        bool empty = true;
        Value cand = 0;
        for (int64_t i = 0; i < nseq && !cand; i++) {
            if (pos[i] >= seqs[i]->len)
                continue;
            empty = false;
            Value head = seqs[i]->items[pos[i]];
            bool in_tail = false;
            for (int64_t j = 0; j < nseq && !in_tail; j++)
                for (int64_t k = pos[j] + 1; k < seqs[j]->len; k++)
                    if (seqs[j]->items[k] == head) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail)
                cand = head;
        }
        if (empty)
            break;
        if (!cand) {
            StrBuf sb;
            sb_init(&sb, vm);
            sb_adds(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            Dict *seen = dict_new(vm);
            if (!seen)
                return NULL;
            bool first = true;
            for (int64_t i = 0; i < nseq; i++) {
                if (pos[i] >= seqs[i]->len)
                    continue;
                Value h = seqs[i]->items[pos[i]];
                Value dummy;
                if (dict_lookup(vm, seen, h, &dummy) == 1)
                    continue;
                dict_set(vm, seen, h, NONE);
                if (!first)
                    sb_adds(&sb, ", ");
                first = false;
                sb_adds(&sb, AS_TYPE(h)->name_str->data);
            }
            Str *msg = sb_finish(&sb);
            if (msg)
                vm_raise_str(vm, &exc_TypeError, OBJ_VAL(msg));
            return NULL;
        }
        if (list_append(vm, out, cand) < 0)
            return NULL;
        for (int64_t i = 0; i < nseq; i++)
            if (pos[i] < seqs[i]->len && seqs[i]->items[pos[i]] == cand)
                pos[i]++;
    }
    (void)total;
    return AS_TUPLE(tuple_from_array(vm, out->len, out->items));
}

/* The names __slots__ declares (mangled), without __dict__/__weakref__,
 * which only ask for those. */
static List *slot_list(VM *vm, TypeObject *t, TypeObject *base, Value slotsv,
                       bool *want_dict, bool *want_weakref)
{
    Value items = str_check(slotsv) ? list_from_array(vm, 1, &slotsv) : obj_to_list(vm, slotsv);
    if (!items)
        return NULL;
    List *out = list_new(vm, 0);
    if (!out)
        return NULL;
    for (int64_t i = 0; i < AS_LIST(items)->len; i++) {
        Value v = AS_LIST(items)->items[i];
        if (!str_check(v)) {
            vm_raise(vm, &exc_TypeError, "__slots__ items must be strings, not '%s'", type_name(v));
            return NULL;
        }
        Str *n = AS_STR(v);
        if (str_eq_cstr(n, "__dict__")) {
            if (*want_dict || base->dict_offset) {
                vm_raise(vm, &exc_TypeError, "__dict__ slot disallowed: we already got one");
                return NULL;
            }
            *want_dict = true;
            continue;
        }
        if (str_eq_cstr(n, "__weakref__")) {
            *want_weakref = true;
            continue;
        }
        if (n->len > 2 && n->data[0] == '_' && n->data[1] == '_' &&
            !(n->data[n->len - 1] == '_' && n->data[n->len - 2] == '_')) {
            const char *cls = t->name;
            while (*cls == '_')
                cls++;
            if (*cls) {
                n = str_printf(vm, "_%s%s", cls, n->data);
                if (!n)
                    return NULL;
            }
        }
        n = str_intern(vm, n);
        if (!n)
            return NULL;
        if (dict_get_str(t->dict, n)) {
            vm_raise(vm, &exc_ValueError, "'%s' in __slots__ conflicts with class variable", n->data);
            return NULL;
        }
        if (list_append(vm, out, OBJ_VAL(n)) < 0)
            return NULL;
    }
    if (out->len > 0 && (is_varsize(base) || type_is_subtype(base, &type_int))) {
        vm_raise(vm, &exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        return NULL;
    }
    return out;
}

static TypeObject *calculate_metaclass(VM *vm, TypeObject *meta, Tuple *bases)
{
    TypeObject *winner = meta;
    for (int64_t i = 0; i < bases->len; i++) {
        TypeObject *bt = TYPE_OF(bases->items[i]);
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        vm_raise(vm, &exc_TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                 "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* repr(v) as a C string for a message; "?" if repr fails. */
static const char *repr_or_name(VM *vm, Value v)
{
    Value r = obj_repr(vm, v);
    if (r)
        return AS_STR(r)->data;
    vm_exc_clear(vm);
    return "?";
}

static Value new_class(VM *vm, TypeObject *meta, Str *name, Tuple *bases, Dict *ns,
                       int nkw, Value *kwvals, Tuple *kwnames)
{
    if (intern_names(vm) < 0)
        return 0;
    if (bases->len == 0) {
        bases = AS_TUPLE(tuple_pack(vm, 1, OBJ_VAL(&type_object)));
        if (!bases)
            return 0;
    }
    TypeObject *base = best_base(vm, bases);
    if (!base)
        return 0;
    if (meta->instance_size < sizeof(TypeObject))
        return vm_raise(vm, &exc_TypeError, "metaclass '%s' is not a subtype of type", meta->name);
    TypeObject *t = (TypeObject *)obj_alloc(vm, meta);
    if (!t)
        return 0;
    char *cname = mem_alloc_atomic(vm, name->len + 1);
    if (!cname)
        return 0;
    memcpy(cname, name->data, name->len);
    t->name = cname;
    t->name_str = name;
    t->flags = TF_HEAPTYPE | TF_BASETYPE | TF_READY;
    t->base = base;
    t->bases = bases;
    if (!(t->dict = dict_copy(vm, ns)))
        return 0;

    Value qn = dict_get_str(t->dict, dn_qualname);
    if (qn) {
        if (!str_check(qn))
            return vm_raise(vm, &exc_TypeError, "type __qualname__ must be a str, not %s",
                            type_name(qn));
        t->qualname = AS_STR(qn);
        if (dict_del_str(vm, t->dict, dn_qualname) < 0)
            return 0;
    } else {
        t->qualname = name;
    }
    if (!dict_get_str(t->dict, dn_module) && vm->frame && vm->frame->globals) {
        Value modname = dict_get_str(vm->frame->globals, dn_name);
        if (modname && dict_set_str(vm, t->dict, dn_module, modname) < 0)
            return 0;
    }
    Value f = dict_get_str(t->dict, dn_new);
    if (f && TYPE_OF(f) == &type_function) {
        Value sm = staticmethod_new(vm, f);
        if (!sm || dict_set_str(vm, t->dict, dn_new, sm) < 0)
            return 0;
    }
    Str *implicit_cm[2] = { dn_init_subclass, dn_class_getitem };
    for (int i = 0; i < 2; i++) {
        f = dict_get_str(t->dict, implicit_cm[i]);
        if (f && TYPE_OF(f) == &type_function) {
            Value cm = classmethod_new(vm, f);
            if (!cm || dict_set_str(vm, t->dict, implicit_cm[i], cm) < 0)
                return 0;
        }
    }

    /* layout: the base's, then __slots__ members, then a __dict__ pointer */
    Value slotsv = dict_get_str(t->dict, dn_slots);
    List *slot_names = NULL;
    bool want_dict = !slotsv, want_weakref = !slotsv;
    if (slotsv && !(slot_names = slot_list(vm, t, base, slotsv, &want_dict, &want_weakref)))
        return 0;
    size_t size = (base->instance_size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
    if (slot_names && slot_names->len > 0)
        t->flags |= TF_SLOTTED;
    if (!(t->mro = compute_mro(vm, t, bases)))
        return 0;
    for (int64_t i = 0; slot_names && i < slot_names->len; i++) {
        Value m = member_descr_new(vm, t, AS_STR(slot_names->items[i]), size);
        if (!m || dict_set_str(vm, t->dict, AS_STR(slot_names->items[i]), m) < 0)
            return 0;
        size += sizeof(Value);
    }
    t->instance_size = slot_names && slot_names->len ? size : base->instance_size;
    t->dict_offset = base->dict_offset;
    bool add_dict = false;
    if (base->flags & TF_VARDICT) {
        t->flags |= TF_VARDICT;
    } else if (want_dict && !t->dict_offset && !is_varsize(base)) {
        t->dict_offset = size;
        t->instance_size = size + sizeof(Dict *);
        add_dict = true;
    } else if (want_dict && !t->dict_offset && !type_is_subtype(base, &type_type)) {
        /* room past the items for the pointer and its alignment padding */
        t->flags |= TF_VARDICT;
        t->instance_size = base->instance_size + 2 * sizeof(Dict *);
        add_dict = true;
    }

    /* CPython's order: the namespace, __dict__/__weakref__, __doc__, __hash__ */
    if (add_dict && add_getsets(vm, t, subtype_dict_getset) < 0)
        return 0;
    if (want_weakref && !type_lookup(base, dn_weakref) && add_getsets(vm, t, subtype_weakref_getset) < 0)
        return 0;
    if (!dict_get_str(t->dict, dn_doc) && dict_set_str(vm, t->dict, dn_doc, NONE) < 0)
        return 0;
    if (dict_get_str(t->dict, dn_eq) && !dict_get_str(t->dict, dn_hash) &&
        dict_set_str(vm, t->dict, dn_hash, NONE) < 0)
        return 0;
    Value cellv = dict_get_str(t->dict, dn_classcell);
    if (cellv) {
        if (TYPE_OF(cellv) != &type_cell)
            return vm_raise(vm, &exc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                            type_name(cellv));
        ((Cell *)AS_OBJ(cellv))->value = OBJ_VAL(t);
        if (dict_del_str(vm, t->dict, dn_classcell) < 0)
            return 0;
    }
    t->version = ++type_version_counter;
    /* every C slot follows from what the MRO provides under its dunder */
    update_all_slots(t);

    for (int64_t i = 0; i < bases->len; i++)
        if (add_subclass(vm, AS_TYPE(bases->items[i]), t) < 0)
            return 0;

    /* __set_name__ on the namespace's values */
    Dict *snapshot = dict_copy(vm, t->dict);
    if (!snapshot)
        return 0;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(snapshot, &pos, &k, &v)) {
        Value sn = type_lookup(TYPE_OF(v), dn_set_name);
        if (!sn)
            continue;
        Value args[2] = { OBJ_VAL(t), k };
        if (!call_special(vm, v, sn, 2, args, NULL)) {
            /* CPython 3.11 wraps the error, the original as its cause */
            Value cause = vm_exc_take(vm);
            vm_raise(vm, &exc_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'",
                     type_name(v), repr_or_name(vm, k), t->name);
            if (vm->exc && cause) {
                ((BaseException *)AS_OBJ(vm->exc))->cause = cause;
                ((BaseException *)AS_OBJ(vm->exc))->suppress_context = true;
                ((BaseException *)AS_OBJ(vm->exc))->context = cause;
            }
            return 0;
        }
    }

    /* super(t, t).__init_subclass__(**kwargs) */
    for (int64_t i = 1; i < t->mro->len; i++) {
        TypeObject *c = AS_TYPE(t->mro->items[i]);
        Value isc = c->dict ? dict_get_str(c->dict, dn_init_subclass) : 0;
        if (!isc)
            continue;
        TypeObject *it = TYPE_OF(isc);
        if (it->descr_get && !(isc = it->descr_get(vm, isc, 0, OBJ_VAL(t))))
            return 0;
        if (!obj_call(vm, isc, 0, kwvals, nkw ? kwnames : NULL))
            return 0;
        break;
    }
    return OBJ_VAL(t);
}

Value type_new_class(VM *vm, TypeObject *meta, Str *name, Tuple *bases, Dict *ns)
{
    return new_class(vm, meta, name, bases, ns, 0, NULL, NULL);
}

Tuple *type_resolve_mro_entries(VM *vm, Tuple *bases)
{
    List *out = NULL;
    Str *me = str_intern_cstr(vm, "__mro_entries__");
    if (!me)
        return NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        Value m = is_type(b) ? 0 : obj_getattr_opt(vm, b, me);
        if (!m && vm->exc)
            return NULL;
        if (!m) {
            if (out && list_append(vm, out, b) < 0)
                return NULL;
            continue;
        }
        if (!out) {
            if (!(out = list_new(vm, 0)))
                return NULL;
            for (int64_t j = 0; j < i; j++)
                if (list_append(vm, out, bases->items[j]) < 0)
                    return NULL;
        }
        Value r = obj_call1(vm, m, OBJ_VAL(bases));
        if (!r)
            return NULL;
        if (!IS_TUPLE(r)) {
            vm_raise(vm, &exc_TypeError, "__mro_entries__ must return a tuple");
            return NULL;
        }
        for (int64_t j = 0; j < AS_TUPLE(r)->len; j++)
            if (list_append(vm, out, AS_TUPLE(r)->items[j]) < 0)
                return NULL;
    }
    if (!out)
        return bases;
    Value t = tuple_from_array(vm, out->len, out->items);
    return t ? AS_TUPLE(t) : NULL;
}

/* type.__new__(meta, name, bases, ns, **kwargs) */
static Value type_new(VM *vm, TypeObject *meta, int argc, Value *argv, Tuple *kwnames)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (argc != 3)
        return vm_raise(vm, &exc_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", argc);
    if (!str_check(argv[0]))
        return vm_raise(vm, &exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                        type_name(argv[0]));
    if (!IS_TUPLE(argv[1]) && !(IS_OBJ(argv[1]) && type_is_subtype(TYPE_OF(argv[1]), &type_tuple)))
        return vm_raise(vm, &exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                        type_name(argv[1]));
    if (!dict_check(argv[2]))
        return vm_raise(vm, &exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                        type_name(argv[2]));
    /* CPython resolves PEP 560 bases in __build_class__; doing it here too
     * lets class statements use them (the bases as written are kept) */
    Tuple *bases = type_resolve_mro_entries(vm, AS_TUPLE(argv[1]));
    if (!bases)
        return 0;
    if (bases != AS_TUPLE(argv[1]) &&
        dict_set_cstr(vm, AS_DICT(argv[2]), "__orig_bases__", argv[1]) < 0)
        return 0;
    TypeObject *winner = calculate_metaclass(vm, meta, bases);
    if (!winner)
        return 0;
    if (winner != meta && winner->new_ != type_new)
        return winner->new_(vm, winner, argc, argv, kwnames);
    Str *name = AS_STR(argv[0]);
    if (name->len != (int64_t)strlen(name->data))
        return vm_raise(vm, &exc_ValueError, "type name must not contain null characters");
    return new_class(vm, winner, name, bases, AS_DICT(argv[2]), nkw, argv + 3, kwnames);
}

static int type_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (argc == 1 && kwnames && kwnames->len > 0) {
        vm_raise(vm, &exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (argc != 1 && argc != 3) {
        vm_raise(vm, &exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

Value type_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    TypeObject *t = AS_TYPE(callable);
    if (t == &type_type) {
        int nkw = kwnames ? (int)kwnames->len : 0;
        if (argc == 1 && nkw == 0)
            return OBJ_VAL(TYPE_OF(argv[0]));
        if (argc != 3)
            return vm_raise(vm, &exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!t->new_)
        return vm_raise(vm, &exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->new_(vm, t, argc, argv, kwnames);
    if (!obj || !obj_isinstance_type(obj, t))
        return obj;
    TypeObject *ot = TYPE_OF(obj);
    if (ot->init && ot->init(vm, obj, argc, argv, kwnames) < 0)
        return 0;
    return obj;
}

/* ---- type ------------------------------------------------------------------------------ */

Value type_repr(VM *vm, Value v)
{
    TypeObject *t = AS_TYPE(v);
    Value mod = type_module_name(vm, t);
    Str *s;
    if (mod && str_check(mod) && !str_eq_cstr(AS_STR(mod), "builtins"))
        s = str_printf(vm, "<class '%s.%s'>", AS_STR(mod)->data, qualname_of(t));
    else
        s = str_printf(vm, "<class '%s'>", (t->flags & TF_HEAPTYPE) ? qualname_of(t) : t->name);
    return s ? OBJ_VAL(s) : 0;
}

static Value type_getattro(VM *vm, Value obj, Str *name)
{
    TypeObject *t = AS_TYPE(obj), *meta = TYPE_OF(obj);
    Value meta_attr = type_lookup(meta, name);
    Value (*meta_get)(VM *, Value, Value, Value) = NULL;
    if (meta_attr) {
        TypeObject *mt = TYPE_OF(meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set)
            return meta_get(vm, meta_attr, obj, OBJ_VAL(meta));
    }
    Value attr = type_lookup(t, name);
    if (attr) {
        TypeObject *at = TYPE_OF(attr);
        if (at->descr_get)
            return at->descr_get(vm, attr, 0, obj);
        return attr;
    }
    if (meta_get)
        return meta_get(vm, meta_attr, obj, OBJ_VAL(meta));
    if (meta_attr)
        return meta_attr;
    return vm_raise(vm, &exc_AttributeError, "type object '%s' has no attribute '%s'",
                    t->name, name->data);
}

static int type_setattro(VM *vm, Value obj, Str *name, Value v)
{
    TypeObject *t = AS_TYPE(obj);
    if (!(t->flags & TF_HEAPTYPE)) {
        vm_raise(vm, &exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                 name->data, t->name);
        return -1;
    }
    Value meta_attr = type_lookup(TYPE_OF(obj), name);
    if (meta_attr && TYPE_OF(meta_attr)->descr_set)
        return TYPE_OF(meta_attr)->descr_set(vm, meta_attr, obj, v);
    if (!name->interned) {
        name = str_intern(vm, name);
        if (!name)
            return -1;
    }
    int r;
    if (v) {
        r = dict_set_str(vm, t->dict, name, v);
    } else {
        r = dict_del_str(vm, t->dict, name);
        if (r == 0) {
            vm_raise(vm, &exc_AttributeError, "type object '%s' has no attribute '%s'",
                     t->name, name->data);
            return -1;
        }
    }
    if (r < 0)
        return -1;
    type_modified(t);
    update_slots_for_name(t, name);
    return 0;
}

static TypeObject *check_type(VM *vm, Value self)
{
    if (!is_type(self)) {
        vm_raise(vm, &exc_TypeError, "descriptor requires a 'type' object but received a '%s'",
                 type_name(self));
        return NULL;
    }
    return AS_TYPE(self);
}

static int check_heap_set(VM *vm, TypeObject *t, const char *attr, Value v)
{
    if (!(t->flags & TF_HEAPTYPE)) {
        vm_raise(vm, &exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (!v) {
        vm_raise(vm, &exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                 attr, t->name);
        return -1;
    }
    return 0;
}

static Value type_get_name(VM *vm, Value self)
{
    return OBJ_VAL(AS_TYPE(self)->name_str);
}

static int type_set_name(VM *vm, Value self, Value v)
{
    TypeObject *t = AS_TYPE(self);
    if (check_heap_set(vm, t, "__name__", v) < 0)
        return -1;
    if (!str_check(v)) {
        vm_raise(vm, &exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                 t->name, type_name(v));
        return -1;
    }
    Str *s = AS_STR(v);
    if ((size_t)s->len != strlen(s->data)) {
        vm_raise(vm, &exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    char *cname = mem_alloc_atomic(vm, s->len + 1);
    if (!cname)
        return -1;
    memcpy(cname, s->data, s->len);
    t->name = cname;
    t->name_str = s;
    type_modified(t);
    return 0;
}

static Value type_get_qualname(VM *vm, Value self)
{
    TypeObject *t = AS_TYPE(self);
    return OBJ_VAL(t->qualname ? t->qualname : t->name_str);
}

static int type_set_qualname(VM *vm, Value self, Value v)
{
    TypeObject *t = AS_TYPE(self);
    if (check_heap_set(vm, t, "__qualname__", v) < 0)
        return -1;
    if (!str_check(v)) {
        vm_raise(vm, &exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                 t->name, type_name(v));
        return -1;
    }
    t->qualname = AS_STR(v);
    return 0;
}

static Value type_get_module(VM *vm, Value self)
{
    TypeObject *t = AS_TYPE(self);
    Value m = type_module_name(vm, t);
    if (!m)
        return vm_raise(vm, &exc_AttributeError, "__module__");
    return m;
}

static int type_set_module(VM *vm, Value self, Value v)
{
    TypeObject *t = AS_TYPE(self);
    if (check_heap_set(vm, t, "__module__", v) < 0)
        return -1;
    if (dict_set_str(vm, t->dict, dn_module, v) < 0)
        return -1;
    type_modified(t);
    return 0;
}

static Value type_get_bases(VM *vm, Value self)
{
    return OBJ_VAL(AS_TYPE(self)->bases);
}

static void remove_subclass(TypeObject *base, TypeObject *t)
{
    List *l = base->subclasses;
    for (int64_t i = 0; l && i < l->len; i++) {
        if (AS_TYPE(l->items[i]) == t) {
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
            l->len--;
            return;
        }
    }
}

/* Recomputes the MRO of t and of every subclass (theirs embed t's). */
static int mro_update(VM *vm, TypeObject *t)
{
    Tuple *m = compute_mro(vm, t, t->bases);
    if (!m)
        return -1;
    t->mro = m;
    for (int64_t i = 0; t->subclasses && i < t->subclasses->len; i++)
        if (mro_update(vm, AS_TYPE(t->subclasses->items[i])) < 0)
            return -1;
    return 0;
}

static void slots_update_tree(TypeObject *t)
{
    if (t->flags & TF_HEAPTYPE)
        update_all_slots(t);
    for (int64_t i = 0; t->subclasses && i < t->subclasses->len; i++)
        slots_update_tree(AS_TYPE(t->subclasses->items[i]));
}

static int type_set_bases(VM *vm, Value self, Value v)
{
    TypeObject *t = AS_TYPE(self);
    if (check_heap_set(vm, t, "__bases__", v) < 0)
        return -1;
    if (!IS_TUPLE(v)) {
        vm_raise(vm, &exc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                 t->name, type_name(v));
        return -1;
    }
    Tuple *nb = AS_TUPLE(v);
    if (nb->len == 0) {
        vm_raise(vm, &exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (int64_t i = 0; i < nb->len; i++) {
        if (!is_type(nb->items[i])) {
            vm_raise(vm, &exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                     t->name, type_name(nb->items[i]));
            return -1;
        }
        if (type_is_subtype(AS_TYPE(nb->items[i]), t)) {
            vm_raise(vm, &exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    TypeObject *base = best_base(vm, nb);
    if (!base)
        return -1;
    size_t doff = base->dict_offset, size = base->instance_size;
    if (!doff && !is_varsize(base)) {
        doff = (base->instance_size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
        size = doff + sizeof(Dict *);
    }
    if (solid_base(base) != solid_base(t->base) || doff != t->dict_offset || size != t->instance_size) {
        vm_raise(vm, &exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                 base->name, t->base->name);
        return -1;
    }
    Tuple *old_bases = t->bases;
    TypeObject *old_base = t->base;
    t->bases = nb;
    t->base = base;
    if (mro_update(vm, t) < 0) {
        t->bases = old_bases;
        t->base = old_base;
        Value saved = vm_exc_take(vm);
        mro_update(vm, t);
        vm->exc = saved;
        return -1;
    }
    for (int64_t i = 0; i < old_bases->len; i++)
        remove_subclass(AS_TYPE(old_bases->items[i]), t);
    for (int64_t i = 0; i < nb->len; i++)
        if (add_subclass(vm, AS_TYPE(nb->items[i]), t) < 0)
            return -1;
    type_modified(t);
    slots_update_tree(t);
    return 0;
}

static Value type_get_base(VM *vm, Value self)
{
    TypeObject *b = AS_TYPE(self)->base;
    return b ? OBJ_VAL(b) : NONE;
}

static Value type_get_mro(VM *vm, Value self)
{
    return OBJ_VAL(AS_TYPE(self)->mro);
}

static Value type_get_dict(VM *vm, Value self)
{
    return mappingproxy_new(vm, OBJ_VAL(AS_TYPE(self)->dict));
}

static Value type_get_doc(VM *vm, Value self)
{
    TypeObject *t = AS_TYPE(self);
    if (t->doc && !(t->flags & TF_HEAPTYPE))
        return new_str(vm, t->doc);
    Value d = t->dict ? dict_get_str(t->dict, dn_doc) : 0;
    if (!d)
        return NONE;
    TypeObject *dt = TYPE_OF(d);
    if (dt->descr_get)
        return dt->descr_get(vm, d, 0, self);
    return d;
}

static int type_set_doc(VM *vm, Value self, Value v)
{
    TypeObject *t = AS_TYPE(self);
    if (check_heap_set(vm, t, "__doc__", v) < 0)
        return -1;
    if (dict_set_str(vm, t->dict, dn_doc, v) < 0)
        return -1;
    type_modified(t);
    return 0;
}

/* the setter of CPython's read-only members */
static int readonly_member(VM *vm, Value self, Value v)
{
    vm_raise(vm, &exc_AttributeError, "readonly attribute");
    return -1;
}

static Value type_get_basicsize(VM *vm, Value self)
{
    return MK_INT((intptr_t)AS_TYPE(self)->instance_size);
}

static Value type_get_dictoffset(VM *vm, Value self)
{
    return MK_INT((intptr_t)AS_TYPE(self)->dict_offset);
}

static Value type_get_flags(VM *vm, Value self)
{
    return MK_INT((intptr_t)AS_TYPE(self)->flags);
}

static Value type_get_zero(VM *vm, Value self)
{
    return MK_INT(0);
}

static Value type_get_none(VM *vm, Value self)
{
    return NONE;
}

static Value type_get_abstract(VM *vm, Value self)
{
    TypeObject *t = AS_TYPE(self);
    Value v = (t != &type_type && t->dict) ? dict_get_cstr(vm, t->dict, "__abstractmethods__") : 0;
    return v ? v : vm_raise(vm, &exc_AttributeError, "__abstractmethods__");
}

static int type_set_abstract(VM *vm, Value self, Value v)
{
    TypeObject *t = AS_TYPE(self);
    int r;
    if (v) {
        int abstract = obj_truthy(vm, v);
        if (abstract < 0)
            return -1;
        r = dict_set_cstr(vm, t->dict, "__abstractmethods__", v);
        if (abstract)
            t->flags |= TF_IS_ABSTRACT;
        else
            t->flags &= ~TF_IS_ABSTRACT;
    } else {
        t->flags &= ~TF_IS_ABSTRACT;
        Str *k = str_intern_cstr(vm, "__abstractmethods__");
        r = k ? dict_del_str(vm, t->dict, k) : -1;
        if (r == 0) {
            vm_raise(vm, &exc_AttributeError, "__abstractmethods__");
            return -1;
        }
    }
    if (r < 0)
        return -1;
    type_modified(t);
    return 0;
}

static Value type_get_annotations(VM *vm, Value self)
{
    TypeObject *t = AS_TYPE(self);
    if (!(t->flags & TF_HEAPTYPE))
        return vm_raise(vm, &exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                        t->name);
    Value v = dict_get_cstr(vm, t->dict, "__annotations__");
    if (v) {
        TypeObject *vt = TYPE_OF(v);
        return vt->descr_get ? vt->descr_get(vm, v, 0, self) : v;
    }
    Dict *d = dict_new(vm);
    if (!d || dict_set_cstr(vm, t->dict, "__annotations__", OBJ_VAL(d)) < 0)
        return 0;
    type_modified(t);
    return OBJ_VAL(d);
}

static int type_set_annotations(VM *vm, Value self, Value v)
{
    TypeObject *t = AS_TYPE(self);
    if (check_heap_set(vm, t, "__annotations__", v ? v : NONE) < 0)
        return -1;
    int r;
    if (v) {
        r = dict_set_cstr(vm, t->dict, "__annotations__", v);
    } else {
        Str *k = str_intern_cstr(vm, "__annotations__");
        r = k ? dict_del_str(vm, t->dict, k) : -1;
        if (r == 0) {
            vm_raise(vm, &exc_AttributeError, "__annotations__");
            return -1;
        }
    }
    if (r < 0)
        return -1;
    type_modified(t);
    return 0;
}

static const GetSetDef type_getsets[] = {
    { "__name__", type_get_name, type_set_name },
    { "__qualname__", type_get_qualname, type_set_qualname },
    { "__module__", type_get_module, type_set_module },
    { "__bases__", type_get_bases, type_set_bases },
    { "__base__", type_get_base, readonly_member },
    { "__mro__", type_get_mro, readonly_member },
    { "__dict__", type_get_dict, NULL },
    { "__doc__", type_get_doc, type_set_doc },
    { "__basicsize__", type_get_basicsize, readonly_member },
    { "__dictoffset__", type_get_dictoffset, readonly_member },
    { "__flags__", type_get_flags, readonly_member },
    { "__itemsize__", type_get_zero, readonly_member },
    { "__weakrefoffset__", type_get_zero, readonly_member },
    { "__text_signature__", type_get_none, NULL },
    { "__abstractmethods__", type_get_abstract, type_set_abstract },
    { "__annotations__", type_get_annotations, type_set_annotations },
    { 0 }
};

static Value type_mro_method(VM *vm, int argc, Value *argv, Tuple *kw)
{
    TypeObject *t = check_type(vm, argv[0]);
    if (!t)
        return 0;
    return list_from_array(vm, t->mro->len, t->mro->items);
}

static Value type_subclasses(VM *vm, int argc, Value *argv, Tuple *kw)
{
    TypeObject *t = check_type(vm, argv[0]);
    if (!t)
        return 0;
    if (!t->subclasses)
        return OBJ_VAL(list_new(vm, 0));
    return list_from_array(vm, t->subclasses->len, t->subclasses->items);
}

static Value type_instancecheck(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "__instancecheck__", argc - 1, 1, 1) < 0)
        return 0;
    TypeObject *t = check_type(vm, argv[0]);
    return t ? BOOL_VAL(obj_isinstance_type(argv[1], t)) : 0;
}

static Value type_subclasscheck(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "__subclasscheck__", argc - 1, 1, 1) < 0)
        return 0;
    TypeObject *t = check_type(vm, argv[0]);
    if (!t)
        return 0;
    if (!is_type(argv[1]))
        return vm_raise(vm, &exc_TypeError, "issubclass() arg 1 must be a class");
    return BOOL_VAL(type_is_subtype(AS_TYPE(argv[1]), t));
}

static Value type_prepare(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Dict *d = dict_new(vm);
    return d ? OBJ_VAL(d) : 0;
}

static Value type_dir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    TypeObject *t = check_type(vm, argv[0]);
    if (!t)
        return 0;
    Dict *acc = dict_new(vm);
    if (!acc || merge_class_dict(vm, acc, t) < 0)
        return 0;
    return keys_list(vm, acc);
}

static const MethodDef type_methods[] = {
    { "mro", type_mro_method, 0, "Return a type's method resolution order." },
    { "__subclasses__", type_subclasses, 0, "Return a list of immediate subclasses." },
    { "__instancecheck__", type_instancecheck, 0, "Check if an object is an instance." },
    { "__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass." },
    { "__prepare__", type_prepare, METH_CLASS,
      "Create the namespace for the class statement" },
    { "__dir__", type_dir, 0, "Specialized __dir__ implementation for types." },
    { 0 }
};

/* ---- types.UnionType: `int | None` --------------------------------------------------- */

typedef struct UnionObject { Obj hdr; Tuple *args; } UnionObject;

static bool union_operand(Value v)
{
    return v == NONE || is_type(v) || TYPE_OF(v) == &type_union ||
           strcmp(TYPE_OF(v)->name, "types.GenericAlias") == 0;
}

static int union_add(VM *vm, List *acc, Value v)
{
    if (TYPE_OF(v) == &type_union) {
        Tuple *a = ((UnionObject *)AS_OBJ(v))->args;
        for (int64_t i = 0; i < a->len; i++)
            if (union_add(vm, acc, a->items[i]) < 0)
                return -1;
        return 0;
    }
    if (v == NONE)
        v = OBJ_VAL(&type_none);
    for (int64_t i = 0; i < acc->len; i++)
        if (acc->items[i] == v)
            return 0;
    return list_append(vm, acc, v);
}

Value union_or(VM *vm, Value a, Value b)
{
    if (!union_operand(a) || !union_operand(b))
        return NOT_IMPLEMENTED;
    List *acc = list_new(vm, 0);
    if (!acc || union_add(vm, acc, a) < 0 || union_add(vm, acc, b) < 0)
        return 0;
    if (acc->len == 1)
        return acc->items[0];
    UnionObject *u = (UnionObject *)obj_alloc(vm, &type_union);
    if (!u)
        return 0;
    Value t = tuple_from_array(vm, acc->len, acc->items);
    if (!t)
        return 0;
    u->args = AS_TUPLE(t);
    return OBJ_VAL(u);
}

Tuple *union_args(Value u)
{
    return ((UnionObject *)AS_OBJ(u))->args;
}

static Value union_repr(VM *vm, Value self)
{
    Tuple *a = union_args(self);
    StrBuf sb;
    sb_init(&sb, vm);
    for (int64_t i = 0; i < a->len; i++) {
        if (i)
            sb_adds(&sb, " | ");
        Value x = a->items[i];
        if (x == OBJ_VAL(&type_none)) {
            sb_adds(&sb, "None");
            continue;
        }
        if (is_type(x)) {
            TypeObject *t = AS_TYPE(x);
            Value mod = type_module_name(vm, t);
            if (mod && str_check(mod) && !str_eq_cstr(AS_STR(mod), "builtins"))
                sb_printf(&sb, "%s.%s", AS_STR(mod)->data, qualname_of(t));
            else
                sb_adds(&sb, qualname_of(t));
            continue;
        }
        Value r = obj_repr(vm, x);
        if (!r)
            return 0;
        sb_add(&sb, AS_STR(r)->data, AS_STR(r)->len);
    }
    Str *r = sb_finish(&sb);
    return r ? OBJ_VAL(r) : 0;
}

static bool union_has(Tuple *a, Value v)
{
    for (int64_t i = 0; i < a->len; i++)
        if (a->items[i] == v)
            return true;
    return false;
}

static Value union_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE_OF(b) != &type_union)
        return NOT_IMPLEMENTED;
    Tuple *x = union_args(a), *y = union_args(b);
    bool eq = true;
    for (int64_t i = 0; i < x->len && eq; i++)
        eq = union_has(y, x->items[i]);
    for (int64_t i = 0; i < y->len && eq; i++)
        eq = union_has(x, y->items[i]);
    return BOOL_VAL(op == CMP_EQ ? eq : !eq);
}

static int64_t union_hash(VM *vm, Value self)
{
    Tuple *a = union_args(self);
    int64_t h = 0x345678;
    for (int64_t i = 0; i < a->len; i++)
        h ^= object_hash(vm, a->items[i]);
    return h == -1 ? -2 : h;
}

static Value union_get_args(VM *vm, Value self)
{
    return OBJ_VAL(union_args(self));
}

static Value union_get_parameters(VM *vm, Value self)
{
    return tuple_from_array(vm, 0, NULL);
}

static const GetSetDef union_getsets[] = {
    { "__args__", union_get_args, NULL },
    { "__parameters__", union_get_parameters, NULL },
    { 0 }
};

TypeObject type_union = {
    .hdr = { &type_type },
    .name = "types.UnionType",
    .instance_size = sizeof(UnionObject),
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .binop = { [BINOP_OR] = union_or },
    .getsets = union_getsets,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};

TypeObject type_type = {
    .hdr = { &type_type },
    .name = "type",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(TypeObject),
    .new_ = type_new,
    .init = type_init,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .binop = { [BINOP_OR] = union_or },
    .methods = type_methods,
    .getsets = type_getsets,
    .doc = "type(object) -> the object's type\n"
           "type(name, bases, dict, **kwds) -> a new type",
};
