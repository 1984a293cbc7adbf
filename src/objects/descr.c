/* descr.c — descriptors: the objects that sit in a class's dict and decide
 * what `obj.name` means.  Methods of builtin types (method_descriptor), their
 * C-level attributes (getset_descriptor), their slots exposed as dunders
 * (slot wrapper / method-wrapper), staticmethod, classmethod, property,
 * super, and the read-only mapping proxy behind `cls.__dict__`.
 */
#include <stddef.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "objects/objmodel.h"

static inline bool is_type(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_type ||
                         type_is_subtype(AS_OBJ(v)->type, &type_type));
}

static Value mk_str(VM *vm, Str *s)
{
    return s ? OBJ_VAL(s) : 0;
}

static Value cstr_or_none(VM *vm, const char *s)
{
    return s ? mk_str(vm, str_from_cstr(vm, s)) : NONE;
}

/* ---- method_descriptor ------------------------------------------------------------- */

static bool descr_check(VM *vm, TypeObject *owner, const char *name, Value obj)
{
    if (obj_isinstance_type(obj, owner))
        return true;
    vm_raise(vm, &exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
             name, owner->name, type_name(obj));
    return false;
}

static Value methoddescr_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    MethodDescriptor *d = (MethodDescriptor *)AS_OBJ(callable);
    if (argc < 1)
        return vm_raise(vm, &exc_TypeError, "unbound method %s.%s() needs an argument",
                        d->owner->name, d->def->name);
    if (!descr_check(vm, d->owner, d->def->name, argv[0]))
        return 0;
    return d->def->fn(vm, argc, argv, kwnames);
}

static Value methoddescr_get(VM *vm, Value descr, Value obj, Value type)
{
    MethodDescriptor *d = (MethodDescriptor *)AS_OBJ(descr);
    if (!obj)
        return descr;
    if (!descr_check(vm, d->owner, d->def->name, obj))
        return 0;
    Value f = native_function_new(vm, d->def->name, d->def->fn, obj, d->def->doc);
    if (f)
        ((NativeFunction *)AS_OBJ(f))->qualname_prefix = d->owner->name_str;
    return f;
}

static Value methoddescr_repr(VM *vm, Value self)
{
    MethodDescriptor *d = (MethodDescriptor *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "<method '%s' of '%s' objects>", d->def->name, d->owner->name));
}

static Value methoddescr_name(VM *vm, Value self)
{
    return mk_str(vm, str_from_cstr(vm, ((MethodDescriptor *)AS_OBJ(self))->def->name));
}

static Value methoddescr_qualname(VM *vm, Value self)
{
    MethodDescriptor *d = (MethodDescriptor *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "%s.%s", d->owner->qualname ? d->owner->qualname->data
                                                                 : d->owner->name, d->def->name));
}

static Value methoddescr_objclass(VM *vm, Value self)
{
    return OBJ_VAL(((MethodDescriptor *)AS_OBJ(self))->owner);
}

static Value methoddescr_doc(VM *vm, Value self)
{
    return cstr_or_none(vm, ((MethodDescriptor *)AS_OBJ(self))->def->doc);
}

static const GetSetDef methoddescr_getsets[] = {
    { "__name__", methoddescr_name, NULL },
    { "__qualname__", methoddescr_qualname, NULL },
    { "__objclass__", methoddescr_objclass, NULL },
    { "__doc__", methoddescr_doc, NULL },
    { 0 }
};

TypeObject type_method_descriptor = {
    .hdr = { &type_type },
    .name = "method_descriptor",
    .instance_size = sizeof(MethodDescriptor),
    .repr = methoddescr_repr,
    .call = methoddescr_call,
    .descr_get = methoddescr_get,
    .getsets = methoddescr_getsets,
};

/* ---- classmethod_descriptor: a builtin type's class method (dict.fromkeys) ---------- */

static TypeObject *classdescr_class(VM *vm, MethodDescriptor *d, Value obj, Value type)
{
    Value cls = type ? type : OBJ_VAL(TYPE_OF(obj));
    if (!is_type(cls)) {
        vm_raise(vm, &exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                 d->def->name, d->owner->name, type_name(cls));
        return NULL;
    }
    if (!type_is_subtype(AS_TYPE(cls), d->owner)) {
        vm_raise(vm, &exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                 d->def->name, d->owner->name, AS_TYPE(cls)->name);
        return NULL;
    }
    return AS_TYPE(cls);
}

static Value classdescr_get(VM *vm, Value descr, Value obj, Value type)
{
    MethodDescriptor *d = (MethodDescriptor *)AS_OBJ(descr);
    TypeObject *cls = classdescr_class(vm, d, obj, type);
    if (!cls)
        return 0;
    Value f = native_function_new(vm, d->def->name, d->def->fn, OBJ_VAL(cls), d->def->doc);
    if (f)
        ((NativeFunction *)AS_OBJ(f))->qualname_prefix = d->owner->name_str;
    return f;
}

static Value classdescr_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    MethodDescriptor *d = (MethodDescriptor *)AS_OBJ(callable);
    if (argc < 1)
        return vm_raise(vm, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                        d->def->name, d->owner->name);
    if (!is_type(argv[0]))
        return vm_raise(vm, &exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                        d->def->name, d->owner->name, type_name(argv[0]));
    if (!classdescr_class(vm, d, 0, argv[0]))
        return 0;
    return d->def->fn(vm, argc, argv, kwnames);
}

TypeObject type_classmethod_descriptor = {
    .hdr = { &type_type },
    .name = "classmethod_descriptor",
    .instance_size = sizeof(MethodDescriptor),
    .repr = methoddescr_repr,
    .call = classdescr_call,
    .descr_get = classdescr_get,
    .getsets = methoddescr_getsets,
};

/* ---- getset_descriptor ------------------------------------------------------------- */

static Value getset_get(VM *vm, Value descr, Value obj, Value type)
{
    GetSetDescriptor *d = (GetSetDescriptor *)AS_OBJ(descr);
    if (!obj)
        return descr;
    if (!descr_check(vm, d->owner, d->def->name, obj))
        return 0;
    if (!d->def->get)
        return vm_raise(vm, &exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                        d->def->name, d->owner->name);
    return d->def->get(vm, obj);
}

static int getset_set(VM *vm, Value descr, Value obj, Value v)
{
    GetSetDescriptor *d = (GetSetDescriptor *)AS_OBJ(descr);
    if (!descr_check(vm, d->owner, d->def->name, obj))
        return -1;
    if (!d->def->set) {
        vm_raise(vm, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                 d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(vm, obj, v);
}

static Value getset_repr(VM *vm, Value self)
{
    GetSetDescriptor *d = (GetSetDescriptor *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "<attribute '%s' of '%s' objects>", d->def->name, d->owner->name));
}

static Value getset_name(VM *vm, Value self)
{
    return mk_str(vm, str_from_cstr(vm, ((GetSetDescriptor *)AS_OBJ(self))->def->name));
}

static Value getset_qualname(VM *vm, Value self)
{
    GetSetDescriptor *d = (GetSetDescriptor *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "%s.%s", d->owner->name, d->def->name));
}

static Value getset_objclass(VM *vm, Value self)
{
    return OBJ_VAL(((GetSetDescriptor *)AS_OBJ(self))->owner);
}

static Value none_getter(VM *vm, Value self)
{
    return NONE;
}

static const GetSetDef getset_getsets[] = {
    { "__name__", getset_name, NULL },
    { "__qualname__", getset_qualname, NULL },
    { "__objclass__", getset_objclass, NULL },
    { "__doc__", none_getter, NULL },
    { 0 }
};

TypeObject type_getset_descriptor = {
    .hdr = { &type_type },
    .name = "getset_descriptor",
    .instance_size = sizeof(GetSetDescriptor),
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = getset_getsets,
};

/* ---- member_descriptor (__slots__) ------------------------------------------------------- */

Value member_descr_new(VM *vm, TypeObject *owner, Str *name, size_t offset)
{
    MemberDescr *m = (MemberDescr *)obj_alloc(vm, &type_member_descriptor);
    if (!m)
        return 0;
    m->owner = owner;
    m->name = name;
    m->offset = offset;
    return OBJ_VAL(m);
}

#define MEMBER_SLOT(m, obj) ((Value *)((char *)AS_OBJ(obj) + (m)->offset))

static Value member_get(VM *vm, Value descr, Value obj, Value type)
{
    MemberDescr *m = (MemberDescr *)AS_OBJ(descr);
    if (!obj)
        return descr;
    if (!descr_check(vm, m->owner, m->name->data, obj))
        return 0;
    Value v = *MEMBER_SLOT(m, obj);
    if (!v)
        return vm_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'",
                        type_name(obj), m->name->data);
    return v;
}

static int member_set(VM *vm, Value descr, Value obj, Value v)
{
    MemberDescr *m = (MemberDescr *)AS_OBJ(descr);
    if (!descr_check(vm, m->owner, m->name->data, obj))
        return -1;
    Value *slot = MEMBER_SLOT(m, obj);
    if (!v && !*slot) {
        vm_raise(vm, &exc_AttributeError, "%s", m->name->data);
        return -1;
    }
    *slot = v;
    return 0;
}

static Value member_repr(VM *vm, Value self)
{
    MemberDescr *m = (MemberDescr *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "<member '%s' of '%s' objects>", m->name->data, m->owner->name));
}

static Value member_name(VM *vm, Value self)
{
    return OBJ_VAL(((MemberDescr *)AS_OBJ(self))->name);
}

static Value member_objclass(VM *vm, Value self)
{
    return OBJ_VAL(((MemberDescr *)AS_OBJ(self))->owner);
}

static Value member_qualname(VM *vm, Value self)
{
    MemberDescr *m = (MemberDescr *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "%s.%s", m->owner->name, m->name->data));
}

static Value member_doc(VM *vm, Value self)
{
    return NONE;
}

static const GetSetDef member_getsets[] = {
    { "__name__", member_name, NULL },
    { "__qualname__", member_qualname, NULL },
    { "__objclass__", member_objclass, NULL },
    { "__doc__", member_doc, NULL },
    { 0 }
};

TypeObject type_member_descriptor = {
    .hdr = { &type_type },
    .name = "member_descriptor",
    .instance_size = sizeof(MemberDescr),
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_getsets,
};

/* ---- slot wrappers ------------------------------------------------------------------------ */

Value slot_wrapper_new(VM *vm, TypeObject *owner, Str *name, int kind, int op)
{
    SlotWrapper *w = (SlotWrapper *)obj_alloc(vm, &type_slot_wrapper);
    if (!w)
        return 0;
    w->owner = owner;
    w->name = name;
    w->kind = kind;
    w->op = op;
    return OBJ_VAL(w);
}

static int nargs_of(int kind)
{
    switch (kind) {
    case SW_CMP: case SW_GETITEM: case SW_DELITEM: case SW_CONTAINS: case SW_BINOP:
    case SW_RBINOP: case SW_INPLACE: case SW_GETATTRIBUTE: case SW_DELATTR: case SW_DELETE:
        return 1;
    case SW_SETITEM: case SW_SETATTR: case SW_SET:
        return 2;
    default:
        return 0;
    }
}

static Str *attr_name_arg(VM *vm, Value v)
{
    if (!str_check(v)) {
        vm_raise(vm, &exc_TypeError, "attribute name must be string, not '%s'", type_name(v));
        return NULL;
    }
    return AS_STR(v);
}

static Value none_or_fail(int r)
{
    return r < 0 ? 0 : NONE;
}

Value slot_wrapper_call(VM *vm, SlotWrapper *w, Value self, int argc, Value *argv, Tuple *kwnames)
{
    TypeObject *o = w->owner;
    int kind = w->kind;
    if (kind == SW_CALL)
        return o->call(vm, self, argc, argv, kwnames);
    if (kind == SW_INIT)
        return none_or_fail(o->init(vm, self, argc, argv, kwnames));
    if (kwnames && kwnames->len > 0)
        return vm_raise(vm, &exc_TypeError, "wrapper %s() takes no keyword arguments", w->name->data);
    int want = nargs_of(kind);
    if (kind == SW_GET) {
        if (argc < 1 || argc > 2)
            return vm_raise(vm, &exc_TypeError, "expected 1 or 2 arguments, got %d", argc);
    } else if (kind == SW_BINOP && w->op == BINOP_POW && argc == 2) {
        if (argv[1] != NONE)
            return NOT_IMPLEMENTED;
    } else if (argc != want) {
        return vm_raise(vm, &exc_TypeError, "expected %d argument%s, got %d", want,
                        want == 1 ? "" : "s", argc);
    }
    Value r;
    int64_t n;
    switch (kind) {
    case SW_REPR: return o->repr(vm, self);
    case SW_STR: return o->str(vm, self);
    case SW_HASH:
        n = o->hash(vm, self);
        return n == -1 ? 0 : int_from_i64(vm, n);
    case SW_CMP: return o->richcompare(vm, self, argv[0], (CmpOp)w->op);
    case SW_BOOL:
        n = o->bool_(vm, self);
        return n < 0 ? 0 : BOOL_VAL(n);
    case SW_LEN:
        n = o->len(vm, self);
        return n < 0 ? 0 : int_from_i64(vm, n);
    case SW_GETITEM: return o->getitem(vm, self, argv[0]);
    case SW_SETITEM: return none_or_fail(o->setitem(vm, self, argv[0], argv[1]));
    case SW_DELITEM: return none_or_fail(o->setitem(vm, self, argv[0], 0));
    case SW_CONTAINS:
        n = o->contains(vm, self, argv[0]);
        return n < 0 ? 0 : BOOL_VAL(n);
    case SW_ITER: return o->iter(vm, self);
    case SW_NEXT:
        r = o->next(vm, self);
        if (!r && !vm->exc)
            return vm_raise_value(vm, OBJ_VAL(&exc_StopIteration));
        return r;
    case SW_BINOP: return o->binop[w->op](vm, self, argv[0]);
    case SW_RBINOP: return o->binop[w->op](vm, argv[0], self);
    case SW_INPLACE: return o->inplace[w->op](vm, self, argv[0]);
    case SW_NEG: return o->neg(vm, self);
    case SW_POS: return o->pos(vm, self);
    case SW_INVERT: return o->invert(vm, self);
    case SW_ABS: return o->abs(vm, self);
    case SW_INDEX: return o->index(vm, self);
    case SW_INT: return o->to_int(vm, self);
    case SW_FLOAT: return o->to_float(vm, self);
    case SW_GET: {
        Value obj = argv[0] == NONE ? 0 : argv[0];
        Value type = argc > 1 && argv[1] != NONE ? argv[1] : 0;
        if (!obj && !type)
            return vm_raise(vm, &exc_TypeError, "__get__(None, None) is invalid");
        return o->descr_get(vm, self, obj, type);
    }
    case SW_SET: return none_or_fail(o->descr_set(vm, self, argv[0], argv[1]));
    case SW_DELETE: return none_or_fail(o->descr_set(vm, self, argv[0], 0));
    case SW_GETATTRIBUTE: {
        Str *name = attr_name_arg(vm, argv[0]);
        return name ? o->getattr(vm, self, name) : 0;
    }
    case SW_SETATTR:
    case SW_DELATTR:
        /* object.__setattr__(cls, ...) would bypass type.__setattr__ */
        if (o == &type_object && IS_OBJ(self) && type_is_subtype(TYPE_OF(self), &type_type))
            return vm_raise(vm, &exc_TypeError, "can't apply this %s to type object", w->name->data);
        break;
    }
    switch (kind) {
    case SW_SETATTR: {
        Str *name = attr_name_arg(vm, argv[0]);
        return name ? none_or_fail(o->setattr(vm, self, name, argv[1])) : 0;
    }
    case SW_DELATTR: {
        Str *name = attr_name_arg(vm, argv[0]);
        return name ? none_or_fail(o->setattr(vm, self, name, 0)) : 0;
    }
    }
    return vm_raise(vm, &exc_SystemError, "bad slot wrapper");
}

static bool wrapper_check(VM *vm, SlotWrapper *w, Value self)
{
    if (obj_isinstance_type(self, w->owner))
        return true;
    vm_raise(vm, &exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
             w->name->data, w->owner->name, type_name(self));
    return false;
}

static Value slotwrapper_callslot(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    SlotWrapper *w = (SlotWrapper *)AS_OBJ(callable);
    if (argc < 1)
        return vm_raise(vm, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                        w->name->data, w->owner->name);
    if (!wrapper_check(vm, w, argv[0]))
        return 0;
    return slot_wrapper_call(vm, w, argv[0], argc - 1, argv + 1, kwnames);
}

static Value slotwrapper_get(VM *vm, Value descr, Value obj, Value type)
{
    SlotWrapper *w = (SlotWrapper *)AS_OBJ(descr);
    if (!obj)
        return descr;
    if (!wrapper_check(vm, w, obj))
        return 0;
    MethodWrapper *m = (MethodWrapper *)obj_alloc(vm, &type_method_wrapper);
    if (!m)
        return 0;
    m->wrapper = w;
    m->self = obj;
    return OBJ_VAL(m);
}

static Value slotwrapper_repr(VM *vm, Value self)
{
    SlotWrapper *w = (SlotWrapper *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "<slot wrapper '%s' of '%s' objects>", w->name->data, w->owner->name));
}

static Value slotwrapper_name(VM *vm, Value self)
{
    return OBJ_VAL(((SlotWrapper *)AS_OBJ(self))->name);
}

static Value slotwrapper_qualname(VM *vm, Value self)
{
    SlotWrapper *w = (SlotWrapper *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "%s.%s", w->owner->name, w->name->data));
}

static Value slotwrapper_objclass(VM *vm, Value self)
{
    return OBJ_VAL(((SlotWrapper *)AS_OBJ(self))->owner);
}

static const GetSetDef slotwrapper_getsets[] = {
    { "__name__", slotwrapper_name, NULL },
    { "__qualname__", slotwrapper_qualname, NULL },
    { "__objclass__", slotwrapper_objclass, NULL },
    { "__doc__", none_getter, NULL },
    { 0 }
};

TypeObject type_slot_wrapper = {
    .hdr = { &type_type },
    .name = "wrapper_descriptor",
    .instance_size = sizeof(SlotWrapper),
    .repr = slotwrapper_repr,
    .call = slotwrapper_callslot,
    .descr_get = slotwrapper_get,
    .getsets = slotwrapper_getsets,
};

static Value methodwrapper_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    MethodWrapper *m = (MethodWrapper *)AS_OBJ(callable);
    return slot_wrapper_call(vm, m->wrapper, m->self, argc, argv, kwnames);
}

static Value methodwrapper_repr(VM *vm, Value self)
{
    MethodWrapper *m = (MethodWrapper *)AS_OBJ(self);
    return mk_str(vm, str_printf(vm, "<method-wrapper '%s' of %s object at %p>",
                                 m->wrapper->name->data, type_name(m->self), (void *)m->self));
}

static Value methodwrapper_self(VM *vm, Value self)
{
    return ((MethodWrapper *)AS_OBJ(self))->self;
}

static Value methodwrapper_name(VM *vm, Value self)
{
    return OBJ_VAL(((MethodWrapper *)AS_OBJ(self))->wrapper->name);
}

static Value methodwrapper_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE_OF(b) != &type_method_wrapper)
        return NOT_IMPLEMENTED;
    MethodWrapper *x = (MethodWrapper *)AS_OBJ(a), *y = (MethodWrapper *)AS_OBJ(b);
    bool eq = x->wrapper == y->wrapper && x->self == y->self;
    return BOOL_VAL(op == CMP_EQ ? eq : !eq);
}

static int64_t methodwrapper_hash(VM *vm, Value self)
{
    MethodWrapper *m = (MethodWrapper *)AS_OBJ(self);
    return object_hash(vm, OBJ_VAL(m->wrapper)) ^ object_hash(vm, m->self);
}

static Value methodwrapper_objclass(VM *vm, Value self)
{
    return OBJ_VAL(((MethodWrapper *)AS_OBJ(self))->wrapper->owner);
}

static Value methodwrapper_qualname(VM *vm, Value self)
{
    return slotwrapper_qualname(vm, OBJ_VAL(((MethodWrapper *)AS_OBJ(self))->wrapper));
}

static const GetSetDef methodwrapper_getsets[] = {
    { "__self__", methodwrapper_self, NULL },
    { "__name__", methodwrapper_name, NULL },
    { "__objclass__", methodwrapper_objclass, NULL },
    { "__qualname__", methodwrapper_qualname, NULL },
    { 0 }
};

TypeObject type_method_wrapper = {
    .hdr = { &type_type },
    .name = "method-wrapper",
    .instance_size = sizeof(MethodWrapper),
    .repr = methodwrapper_repr,
    .hash = methodwrapper_hash,
    .richcompare = methodwrapper_richcompare,
    .call = methodwrapper_call,
    .getsets = methodwrapper_getsets,
};

/* ---- staticmethod / classmethod -------------------------------------------------------- */

static Value sm_alloc(VM *vm, TypeObject *t, Value func)
{
    StaticMethod *s = (StaticMethod *)obj_alloc(vm, t);
    if (!s)
        return 0;
    s->func = func;
    return OBJ_VAL(s);
}

Value staticmethod_new(VM *vm, Value func)
{
    return sm_alloc(vm, &type_staticmethod, func);
}

Value classmethod_new(VM *vm, Value func)
{
    return sm_alloc(vm, &type_classmethod, func);
}

static Value sm_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    return sm_alloc(vm, t, argc > 0 ? argv[0] : NONE);
}

/* 3.10+: the wrapper copies the function's identifying attributes, as
 * functools.wraps does. */
static int sm_init_common(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames, const char *name)
{
    if (args_no_kw(vm, name, kwnames) < 0)
        return -1;
    if (argc != 1) {
        vm_raise(vm, &exc_TypeError, "%s expected 1 argument, got %d", name, argc);
        return -1;
    }
    StaticMethod *s = (StaticMethod *)AS_OBJ(self);
    s->func = argv[0];
    static const char *const copied[] = { "__module__", "__name__", "__qualname__", "__doc__",
                                            "__annotations__" };
    for (size_t i = 0; i < sizeof copied / sizeof copied[0]; i++) {
        Str *k = str_intern_cstr(vm, copied[i]);
        if (!k)
            return -1;
        Value v = obj_getattr_opt(vm, s->func, k);
        if (!v) {
            if (vm->exc)
                return -1;
            continue;
        }
        if (!s->dict && !(s->dict = dict_new(vm)))
            return -1;
        if (dict_set_str(vm, s->dict, k, v) < 0)
            return -1;
    }
    return 0;
}

static int sm_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    return sm_init_common(vm, self, argc, argv, kwnames, "staticmethod");
}

static int cm_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    return sm_init_common(vm, self, argc, argv, kwnames, "classmethod");
}

static Value sm_get(VM *vm, Value descr, Value obj, Value type)
{
    return ((StaticMethod *)AS_OBJ(descr))->func;
}

static Value sm_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    return obj_call(vm, ((StaticMethod *)AS_OBJ(callable))->func, argc, argv, kwnames);
}

static Value sm_repr_common(VM *vm, Value self, const char *what)
{
    Value r = obj_repr(vm, ((StaticMethod *)AS_OBJ(self))->func);
    if (!r)
        return 0;
    return mk_str(vm, str_printf(vm, "<%s(%s)>", what, AS_STR(r)->data));
}

static Value sm_repr(VM *vm, Value self)
{
    return sm_repr_common(vm, self, "staticmethod");
}

static Value cm_repr(VM *vm, Value self)
{
    return sm_repr_common(vm, self, "classmethod");
}

static Value sm_func(VM *vm, Value self)
{
    return ((StaticMethod *)AS_OBJ(self))->func;
}

static Value sm_isabstract(VM *vm, Value self)
{
    Str *k = str_intern_cstr(vm, "__isabstractmethod__");
    if (!k)
        return 0;
    Value v = obj_getattr_opt(vm, ((StaticMethod *)AS_OBJ(self))->func, k);
    if (!v)
        return vm->exc ? 0 : FALSE_VAL;
    int t = obj_truthy(vm, v);
    return t < 0 ? 0 : BOOL_VAL(t);
}

static Value sm_get_dict(VM *vm, Value self)
{
    StaticMethod *s = (StaticMethod *)AS_OBJ(self);
    if (!s->dict && !(s->dict = dict_new(vm)))
        return 0;
    return OBJ_VAL(s->dict);
}

static const GetSetDef sm_getsets[] = {
    { "__func__", sm_func, NULL },
    { "__wrapped__", sm_func, NULL },
    { "__isabstractmethod__", sm_isabstract, NULL },
    { "__dict__", sm_get_dict, NULL },
    { 0 }
};

TypeObject type_staticmethod = {
    .hdr = { &type_type },
    .name = "staticmethod",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(StaticMethod),
    .dict_offset = offsetof(StaticMethod, dict),
    .new_ = sm_new,
    .init = sm_init,
    .repr = sm_repr,
    .descr_get = sm_get,
    .call = sm_call,
    .getsets = sm_getsets,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};

static Value cm_get(VM *vm, Value descr, Value obj, Value type)
{
    Value func = ((StaticMethod *)AS_OBJ(descr))->func;
    if (!type)
        type = OBJ_VAL(TYPE_OF(obj));
    TypeObject *ft = TYPE_OF(func);
    if (ft == &type_native_function) {
        NativeFunction *nf = (NativeFunction *)AS_OBJ(func);
        if (!nf->self) {
            Value f = native_function_new(vm, nf->name, nf->fn, type, nf->doc);
            if (f)
                ((NativeFunction *)AS_OBJ(f))->qualname_prefix = nf->qualname_prefix;
            return f;
        }
    }
    if (ft->descr_get && ft != &type_native_function)
        return ft->descr_get(vm, func, type, type);
    return bound_method_new(vm, func, type);
}

TypeObject type_classmethod = {
    .hdr = { &type_type },
    .name = "classmethod",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(StaticMethod),
    .dict_offset = offsetof(StaticMethod, dict),
    .new_ = sm_new,
    .init = cm_init,
    .repr = cm_repr,
    .descr_get = cm_get,
    .getsets = sm_getsets,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};

/* ---- property ------------------------------------------------------------------------------- */

static Value prop_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    Obj *o = obj_alloc(vm, t);
    return o ? OBJ_VAL(o) : 0;
}

static Value none_to_zero(Value v)
{
    return v == NONE ? 0 : v;
}

static int prop_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc" };
    Value a[4];
    if (args_parse(vm, "property", argc, argv, kwnames, 0, 4, names, a) < 0)
        return -1;
    PropertyEx *p = (PropertyEx *)AS_OBJ(self);
    p->p.fget = none_to_zero(a[0]);
    p->p.fset = none_to_zero(a[1]);
    p->p.fdel = none_to_zero(a[2]);
    p->p.doc = none_to_zero(a[3]);
    if (!p->p.doc && p->p.fget) {
        Str *k = str_intern_cstr(vm, "__doc__");
        Value d = k ? obj_getattr_opt(vm, p->p.fget, k) : 0;
        if (!d && vm->exc)
            return -1;
        p->p.doc = d == NONE ? 0 : d;
    }
    return 0;
}

static Value prop_error(VM *vm, PropertyEx *p, Value obj, const char *what)
{
    if (p->name && str_check(p->name)) {
        Value r = obj_repr(vm, p->name);
        if (!r)
            return 0;
        return vm_raise(vm, &exc_AttributeError, "property %s of '%s' object has no %s",
                        AS_STR(r)->data, type_name(obj), what);
    }
    return vm_raise(vm, &exc_AttributeError, "property of '%s' object has no %s", type_name(obj), what);
}

static Value prop_get(VM *vm, Value descr, Value obj, Value type)
{
    PropertyEx *p = (PropertyEx *)AS_OBJ(descr);
    if (!obj)
        return descr;
    if (!p->p.fget)
        return prop_error(vm, p, obj, "getter");
    return obj_call1(vm, p->p.fget, obj);
}

static int prop_set(VM *vm, Value descr, Value obj, Value v)
{
    PropertyEx *p = (PropertyEx *)AS_OBJ(descr);
    Value r;
    if (!v) {
        if (!p->p.fdel) {
            prop_error(vm, p, obj, "deleter");
            return -1;
        }
        r = obj_call1(vm, p->p.fdel, obj);
    } else {
        if (!p->p.fset) {
            prop_error(vm, p, obj, "setter");
            return -1;
        }
        r = obj_call2(vm, p->p.fset, obj, v);
    }
    return r ? 0 : -1;
}

static Value zn(Value v)
{
    return v ? v : NONE;
}

/* getter/setter/deleter: a copy through type(self)(fget, fset, fdel, doc). */
static Value prop_copy(VM *vm, Value self, int which, Value f)
{
    PropertyEx *p = (PropertyEx *)AS_OBJ(self);
    Value args[4] = { zn(p->p.fget), zn(p->p.fset), zn(p->p.fdel), zn(p->p.doc) };
    args[which] = f;
    /* a doc taken from the old getter follows the new one */
    if (which == 0 && p->p.fget && p->p.doc) {
        Str *k = str_intern_cstr(vm, "__doc__");
        Value old = k ? obj_getattr_opt(vm, p->p.fget, k) : 0;
        if (old == p->p.doc)
            args[3] = NONE;
    }
    Value np = obj_call(vm, OBJ_VAL(TYPE_OF(self)), 4, args, NULL);
    if (np && obj_isinstance_type(np, &type_property))
        ((PropertyEx *)AS_OBJ(np))->name = p->name;
    return np;
}

static Value prop_getter(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "getter", argc - 1, 1, 1) < 0)
        return 0;
    return prop_copy(vm, argv[0], 0, argv[1]);
}

static Value prop_setter(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "setter", argc - 1, 1, 1) < 0)
        return 0;
    return prop_copy(vm, argv[0], 1, argv[1]);
}

static Value prop_deleter(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "deleter", argc - 1, 1, 1) < 0)
        return 0;
    return prop_copy(vm, argv[0], 2, argv[1]);
}

static Value prop_set_name(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "__set_name__", argc - 1, 2, 2) < 0)
        return 0;
    ((PropertyEx *)AS_OBJ(argv[0]))->name = argv[2];
    return NONE;
}

static Value prop_fget(VM *vm, Value self) { return zn(((PropertyEx *)AS_OBJ(self))->p.fget); }
static Value prop_fset(VM *vm, Value self) { return zn(((PropertyEx *)AS_OBJ(self))->p.fset); }
static Value prop_fdel(VM *vm, Value self) { return zn(((PropertyEx *)AS_OBJ(self))->p.fdel); }
static Value prop_doc(VM *vm, Value self) { return zn(((PropertyEx *)AS_OBJ(self))->p.doc); }

static int prop_set_doc(VM *vm, Value self, Value v)
{
    ((PropertyEx *)AS_OBJ(self))->p.doc = v == NONE ? 0 : v;
    return 0;
}

static Value prop_isabstract(VM *vm, Value self)
{
    PropertyEx *p = (PropertyEx *)AS_OBJ(self);
    Str *k = str_intern_cstr(vm, "__isabstractmethod__");
    Value fs[3] = { p->p.fget, p->p.fset, p->p.fdel };
    for (int i = 0; i < 3; i++) {
        if (!fs[i])
            continue;
        Value v = obj_getattr_opt(vm, fs[i], k);
        if (!v) {
            if (vm->exc)
                return 0;
            continue;
        }
        int t = obj_truthy(vm, v);
        if (t != 0)
            return t < 0 ? 0 : TRUE_VAL;
    }
    return FALSE_VAL;
}

static const MethodDef prop_methods[] = {
    { "getter", prop_getter, 0, "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", prop_setter, 0, "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", prop_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter." },
    { "__set_name__", prop_set_name, 0, "Method to set name of a property." },
    { 0 }
};

static const GetSetDef prop_getsets[] = {
    { "fget", prop_fget, NULL },
    { "fset", prop_fset, NULL },
    { "fdel", prop_fdel, NULL },
    { "__doc__", prop_doc, prop_set_doc },
    { "__isabstractmethod__", prop_isabstract, NULL },
    { 0 }
};

TypeObject type_property = {
    .hdr = { &type_type },
    .name = "property",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(PropertyEx),
    .new_ = prop_new,
    .init = prop_init,
    .descr_get = prop_get,
    .descr_set = prop_set,
    .methods = prop_methods,
    .getsets = prop_getsets,
    .doc = "Property attribute.\n\n"
           "  fget\n    function to be used for getting an attribute value\n"
           "  fset\n    function to be used for setting an attribute value\n"
           "  fdel\n    function to be used for del'ing an attribute\n"
           "  doc\n    docstring",
};

/* ---- super ------------------------------------------------------------------------------------ */

/* The class an object must be checked against: obj itself when it is a
 * subclass of type (a classmethod's cls), else type(obj). */
static TypeObject *supercheck(VM *vm, TypeObject *type, Value obj)
{
    if (is_type(obj) && type_is_subtype(AS_TYPE(obj), type))
        return AS_TYPE(obj);
    if (type_is_subtype(TYPE_OF(obj), type))
        return TYPE_OF(obj);
    vm_raise(vm, &exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Value super_alloc(VM *vm, TypeObject *t)
{
    Obj *o = obj_alloc(vm, t);
    return o ? OBJ_VAL(o) : 0;
}

static Value super_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    return super_alloc(vm, t);
}

/* super() with no arguments: the current function's first argument and the
 * __class__ cell the compiler created for it. */
static int super_from_frame(VM *vm, TypeObject **type, Value *obj)
{
    Frame *f = vm->frame;
    if (!f || !f->code) {
        vm_raise(vm, &exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    Code *co = f->code;
    if (co->argcount == 0) {
        vm_raise(vm, &exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Value first = f->slots[0];
    int ncell = co->cellvars ? (int)co->cellvars->len : 0;
    int nfree = co->freevars ? (int)co->freevars->len : 0;
    if (co->cell2arg) {
        for (int i = 0; i < ncell; i++) {
            if (co->cell2arg[i] == 0) {
                Value c = FRAME_CELLS(f)[i];
                first = IS_OBJ(c) && TYPE_OF(c) == &type_cell ? ((Cell *)AS_OBJ(c))->value : 0;
                break;
            }
        }
    }
    if (!first) {
        vm_raise(vm, &exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < nfree; i++) {
        Value name = co->freevars->items[i];
        if (!str_eq_cstr(AS_STR(name), "__class__"))
            continue;
        Value c = FRAME_CELLS(f)[ncell + i];
        if (!IS_OBJ(c) || TYPE_OF(c) != &type_cell) {
            vm_raise(vm, &exc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        Value cls = ((Cell *)AS_OBJ(c))->value;
        if (!cls) {
            vm_raise(vm, &exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!is_type(cls)) {
            vm_raise(vm, &exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name(cls));
            return -1;
        }
        *type = AS_TYPE(cls);
        *obj = first;
        return 0;
    }
    vm_raise(vm, &exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int super_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (args_no_kw(vm, "super", kwnames) < 0 || args_count(vm, "super", argc, 0, 2) < 0)
        return -1;
    TypeObject *type;
    Value obj = 0;
    if (argc == 0) {
        if (super_from_frame(vm, &type, &obj) < 0)
            return -1;
    } else {
        if (!is_type(argv[0])) {
            vm_raise(vm, &exc_TypeError, "super() argument 1 must be a type, not %s", type_name(argv[0]));
            return -1;
        }
        type = AS_TYPE(argv[0]);
        if (argc == 2 && argv[1] != NONE)
            obj = argv[1];
    }
    TypeObject *obj_type = NULL;
    if (obj && !(obj_type = supercheck(vm, type, obj)))
        return -1;
    Super *s = (Super *)AS_OBJ(self);
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return 0;
}

Value super_new_from(VM *vm, TypeObject *type, Value obj)
{
    TypeObject *obj_type = supercheck(vm, type, obj);
    if (!obj_type)
        return 0;
    Value v = super_alloc(vm, &type_super);
    if (!v)
        return 0;
    Super *s = (Super *)AS_OBJ(v);
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return v;
}

static Value super_getattro(VM *vm, Value self, Str *name)
{
    Super *s = (Super *)AS_OBJ(self);
    if (s->obj_type && !str_eq_cstr(name, "__class__")) {
        Tuple *mro = s->obj_type->mro;
        int64_t n = mro ? mro->len : 0, i = 0;
        while (i < n && AS_TYPE(mro->items[i]) != s->type)
            i++;
        for (i++; i < n; i++) {
            Dict *d = AS_TYPE(mro->items[i])->dict;
            Value res = d ? dict_get_str(d, name) : 0;
            if (!res)
                continue;
            TypeObject *rt = TYPE_OF(res);
            if (rt->descr_get)
                return rt->descr_get(vm, res, s->obj == OBJ_VAL(s->obj_type) ? 0 : s->obj,
                                     OBJ_VAL(s->obj_type));
            return res;
        }
    }
    return obj_generic_getattr(vm, self, name);
}

static Value super_get(VM *vm, Value descr, Value obj, Value type)
{
    Super *s = (Super *)AS_OBJ(descr);
    if (!obj || s->obj)
        return descr;
    return super_new_from(vm, s->type, obj);
}

static Value super_repr(VM *vm, Value self)
{
    Super *s = (Super *)AS_OBJ(self);
    const char *tn = s->type ? s->type->name : "NULL";
    if (s->obj_type)
        return mk_str(vm, str_printf(vm, "<super: <class '%s'>, <%s object>>", tn, s->obj_type->name));
    return mk_str(vm, str_printf(vm, "<super: <class '%s'>, NULL>", tn));
}

static Value super_thisclass(VM *vm, Value self)
{
    Super *s = (Super *)AS_OBJ(self);
    return s->type ? OBJ_VAL(s->type) : NONE;
}

static Value super_self(VM *vm, Value self)
{
    Super *s = (Super *)AS_OBJ(self);
    return s->obj ? s->obj : NONE;
}

static Value super_self_class(VM *vm, Value self)
{
    Super *s = (Super *)AS_OBJ(self);
    return s->obj_type ? OBJ_VAL(s->obj_type) : NONE;
}

static const GetSetDef super_getsets[] = {
    { "__thisclass__", super_thisclass, NULL },
    { "__self__", super_self, NULL },
    { "__self_class__", super_self_class, NULL },
    { 0 }
};

TypeObject type_super = {
    .hdr = { &type_type },
    .name = "super",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Super),
    .new_ = super_new,
    .init = super_init,
    .repr = super_repr,
    .getattr = super_getattro,
    .descr_get = super_get,
    .getsets = super_getsets,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
};

/* ---- mappingproxy ---------------------------------------------------------------------------- */

Value mappingproxy_new(VM *vm, Value mapping)
{
    MappingProxy *m = (MappingProxy *)obj_alloc(vm, &type_mappingproxy);
    if (!m)
        return 0;
    m->mapping = mapping;
    return OBJ_VAL(m);
}

#define MP(v) (((MappingProxy *)AS_OBJ(v))->mapping)

static Value mp_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const names[] = { "mapping" };
    Value a[1];
    if (args_parse(vm, "mappingproxy", argc, argv, kwnames, 1, 1, names, a) < 0)
        return 0;
    TypeObject *mt = TYPE_OF(a[0]);
    if (!mt->getitem || type_is_subtype(mt, &type_list) || type_is_subtype(mt, &type_tuple))
        return vm_raise(vm, &exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                        mt->name);
    MappingProxy *m = (MappingProxy *)obj_alloc(vm, t);
    if (!m)
        return 0;
    m->mapping = a[0];
    return OBJ_VAL(m);
}

static Value mp_getitem(VM *vm, Value self, Value key) { return obj_getitem(vm, MP(self), key); }
static int64_t mp_len(VM *vm, Value self) { return obj_len(vm, MP(self)); }
static int mp_contains(VM *vm, Value self, Value key) { return obj_contains(vm, MP(self), key); }
static Value mp_iter(VM *vm, Value self) { return obj_iter(vm, MP(self)); }
static Value mp_str(VM *vm, Value self) { return obj_str(vm, MP(self)); }

static Value mp_repr(VM *vm, Value self)
{
    Value r = obj_repr(vm, MP(self));
    if (!r)
        return 0;
    return mk_str(vm, str_printf(vm, "mappingproxy(%s)", AS_STR(r)->data));
}

static Value mp_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    return obj_richcompare(vm, MP(a), b, op);
}

static Value mp_method(VM *vm, Value self, const char *name, int argc, Value *argv)
{
    return obj_call_method(vm, MP(self), name, argc, argv);
}

static Value mp_keys(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return mp_method(vm, argv[0], "keys", 0, NULL);
}

static Value mp_values(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return mp_method(vm, argv[0], "values", 0, NULL);
}

static Value mp_items(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return mp_method(vm, argv[0], "items", 0, NULL);
}

static Value mp_copy(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return mp_method(vm, argv[0], "copy", 0, NULL);
}

static Value mp_get(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get", kw) < 0 || args_count(vm, "get", argc - 1, 1, 2) < 0)
        return 0;
    return mp_method(vm, argv[0], "get", argc - 1, argv + 1);
}

static const MethodDef mp_methods[] = {
    { "keys", mp_keys, 0, NULL },
    { "values", mp_values, 0, NULL },
    { "items", mp_items, 0, NULL },
    { "copy", mp_copy, 0, NULL },
    { "get", mp_get, 0, NULL },
    { 0 }
};

TypeObject type_mappingproxy = {
    .hdr = { &type_type },
    .name = "mappingproxy",
    .instance_size = sizeof(MappingProxy),
    .new_ = mp_new,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .iter = mp_iter,
    .methods = mp_methods,
};
