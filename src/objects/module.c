/* module.c — module objects (types.ModuleType).
 *
 * A module is a name space over an ordinary dict: m.__dict__ is that very
 * dict, and attribute access reads and writes it, so every change bumps the
 * dict's version (which the VM's global caches are keyed on).  Import and
 * reload both run code in this dict; a reload re-runs code in the same one.
 */
#include <stddef.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "objects/objmodel.h"

#define MOD(v) ((Module *)AS_OBJ(v))

static Dict *mod_dict(VM *vm, Value m)
{
    Module *mod = MOD(m);
    if (!mod->dict)
        mod->dict = dict_new(vm);
    return mod->dict;
}

Value module_get_cstr(VM *vm, Value module, const char *name)
{
    Dict *d = MOD(module)->dict;
    return d ? dict_get_cstr(vm, d, name) : 0;
}

static int init_dict(VM *vm, Dict *d, Value name, Value doc)
{
    if (dict_set_cstr(vm, d, "__name__", name) < 0 || dict_set_cstr(vm, d, "__doc__", doc) < 0 ||
        dict_set_cstr(vm, d, "__package__", NONE) < 0 || dict_set_cstr(vm, d, "__loader__", NONE) < 0 ||
        dict_set_cstr(vm, d, "__spec__", NONE) < 0)
        return -1;
    return 0;
}

Value module_new(VM *vm, Str *name)
{
    Module *m = (Module *)obj_alloc(vm, &type_module);
    if (!m || !(m->dict = dict_new(vm)))
        return 0;
    m->state = MODULE_CREATED;
    if (init_dict(vm, m->dict, OBJ_VAL(name), NONE) < 0)
        return 0;
    return OBJ_VAL(m);
}

int module_add_functions(VM *vm, Value module, const MethodDef *defs)
{
    Dict *d = mod_dict(vm, module);
    if (!d)
        return -1;
    for (const MethodDef *m = defs; m && m->name; m++) {
        /* bound to the module as CPython's (len.__self__ is builtins);
         * func.c does not pass a module self on to the function */
        Value f = native_function_new(vm, m->name, m->fn, module, m->doc);
        if (!f || dict_set_cstr(vm, d, m->name, f) < 0)
            return -1;
    }
    return 0;
}

static Value module_tp_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    Module *m = (Module *)obj_alloc(vm, t);
    if (!m || !(m->dict = dict_new(vm)))
        return 0;
    m->state = MODULE_CREATED;
    return OBJ_VAL(m);
}

static int module_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const names[] = { "name", "doc" };
    Value a[2];
    if (args_parse(vm, "module", argc, argv, kwnames, 1, 2, names, a) < 0)
        return -1;
    if (!str_check(a[0])) {
        vm_raise(vm, &exc_TypeError, "module() argument 'name' must be str, not %s", type_name(a[0]));
        return -1;
    }
    Dict *d = mod_dict(vm, self);
    if (!d)
        return -1;
    return init_dict(vm, d, a[0], a[1] ? a[1] : NONE);
}

/* getattr(obj, name, default) that never raises AttributeError */
static Value attr_or(VM *vm, Value obj, const char *name, Value dflt)
{
    Str *k = str_intern_cstr(vm, name);
    if (!k)
        return 0;
    Value v = obj_getattr_opt(vm, obj, k);
    if (!v && !vm->exc)
        return dflt;
    return v;
}

static Value repr_or_0(VM *vm, Value v)
{
    return v ? obj_repr(vm, v) : 0;
}

/* repr(module) as CPython 3.11's importlib._module_repr: the spec says
 * where the module came from; without one, the loader may say it
 * (BuiltinImporter: "(built-in)"), else __file__, else the loader. */
static Value module_repr(VM *vm, Value self)
{
    Value loader = attr_or(vm, self, "__loader__", NONE);
    Value spec = loader ? attr_or(vm, self, "__spec__", NONE) : 0;
    int has_spec = spec ? obj_truthy(vm, spec) : -1;
    if (has_spec < 0)
        return 0;
    Str *s;
    if (has_spec) {
        Value name = obj_getattr_cstr(vm, spec, "name");
        Value origin = name ? obj_getattr_cstr(vm, spec, "origin") : 0;
        if (!origin)
            return 0;
        Value nr = repr_or_0(vm, IS_NONE(name) ? OBJ_VAL(str_intern_cstr(vm, "?")) : name);
        if (!nr)
            return 0;
        if (IS_NONE(origin)) {
            Value sl = obj_getattr_cstr(vm, spec, "loader");
            if (!sl)
                return 0;
            if (IS_NONE(sl))
                return OBJ_VAL(str_printf(vm, "<module %s>", AS_STR(nr)->data));
            Value lr = obj_repr(vm, sl);
            return lr ? OBJ_VAL(str_printf(vm, "<module %s (%s)>", AS_STR(nr)->data, AS_STR(lr)->data)) : 0;
        }
        Value has_loc = obj_getattr_cstr(vm, spec, "has_location");
        int hl = has_loc ? obj_truthy(vm, has_loc) : -1;
        if (hl < 0)
            return 0;
        if (hl) {
            Value or_ = obj_repr(vm, origin);
            return or_ ? OBJ_VAL(str_printf(vm, "<module %s from %s>", AS_STR(nr)->data, AS_STR(or_)->data)) : 0;
        }
        Value sn = repr_or_0(vm, obj_getattr_cstr(vm, spec, "name"));
        Value os = sn ? obj_str(vm, origin) : 0;
        return os ? OBJ_VAL(str_printf(vm, "<module %s (%s)>", AS_STR(sn)->data, AS_STR(os)->data)) : 0;
    }
    Value module_repr_fn = attr_or(vm, loader, "module_repr", 0);
    if (module_repr_fn) {
        Value r = obj_call1(vm, module_repr_fn, self);
        if (r)
            return r;
        if (!vm_exc_matches(vm, &exc_Exception))
            return 0;
    }
    if (vm->exc)
        vm_exc_clear(vm);
    Value name = attr_or(vm, self, "__name__", 0);
    if (!name && vm->exc)
        return 0;
    Value nr = repr_or_0(vm, name ? name : OBJ_VAL(str_intern_cstr(vm, "?")));
    if (!nr)
        return 0;
    Value file = attr_or(vm, self, "__file__", 0);
    if (file) {
        Value fr = obj_repr(vm, file);
        if (!fr)
            return 0;
        s = str_printf(vm, "<module %s from %s>", AS_STR(nr)->data, AS_STR(fr)->data);
    } else if (vm->exc) {
        return 0;
    } else if (IS_NONE(loader)) {
        s = str_printf(vm, "<module %s>", AS_STR(nr)->data);
    } else {
        Value lr = obj_repr(vm, loader);
        if (!lr)
            return 0;
        s = str_printf(vm, "<module %s (%s)>", AS_STR(nr)->data, AS_STR(lr)->data);
    }
    return s ? OBJ_VAL(s) : 0;
}

/* Is the module still running its body (import has registered it but not
 * finished)?  molt records that in Module.state; CPython asks
 * __spec__._initializing, which molt's import sets too, so a module made by
 * hand with such a spec counts as well. */
bool module_is_initializing(VM *vm, Value self)
{
    if (IS_MODULE(self) && MOD(self)->state == MODULE_INITIALIZING)
        return true;
    /* from the dict itself: this runs inside module attribute lookup */
    Value spec = IS_MODULE(self) ? (MOD(self)->dict ? dict_get_cstr(vm, MOD(self)->dict, "__spec__") : 0)
                                 : obj_getattr_opt(vm, self, str_intern_cstr(vm, "__spec__"));
    Value v = spec && !IS_NONE(spec) ? obj_getattr_opt(vm, spec, str_intern_cstr(vm, "_initializing")) : 0;
    int t = v ? obj_truthy(vm, v) : 0;
    if (vm->exc)
        vm_exc_clear(vm);
    return t > 0;
}

/* The AttributeError of a missing module attribute, with .name and .obj
 * set as CPython 3.11's. */
static Value no_attribute(VM *vm, Value self, Str *name, const char *modname)
{
    if (!modname)
        vm_raise(vm, &exc_AttributeError, "module has no attribute '%s'", name->data);
    else if (module_is_initializing(vm, self))
        vm_raise(vm, &exc_AttributeError,
                 "partially initialized module '%s' has no attribute '%s' "
                 "(most likely due to a circular import)", modname, name->data);
    else
        vm_raise(vm, &exc_AttributeError, "module '%s' has no attribute '%s'", modname, name->data);
    Value exc = vm_exc_take(vm);
    Dict *ed = exc ? obj_get_dict(vm, exc, true) : NULL;
    if (ed && (dict_set_cstr(vm, ed, "name", OBJ_VAL(name)) < 0 || dict_set_cstr(vm, ed, "obj", self) < 0))
        return 0;
    return exc ? vm_raise_value(vm, exc) : 0;
}

/* Attribute lookup: the module's dict, else a module-level __getattr__
 * (PEP 562), else AttributeError. */
static Value module_getattro(VM *vm, Value self, Str *name)
{
    Value v = obj_generic_getattr_quiet(vm, self, name);
    if (v || vm->exc)
        return v;
    Dict *d = MOD(self)->dict;
    Value ga = d ? dict_get_cstr(vm, d, "__getattr__") : 0;
    if (ga)
        return obj_call1(vm, ga, OBJ_VAL(name));
    Value modname = d ? dict_get_cstr(vm, d, "__name__") : 0;
    return no_attribute(vm, self, name, modname && str_check(modname) ? AS_STR(modname)->data : NULL);
}

static Value module_get_dict(VM *vm, Value self)
{
    Dict *d = mod_dict(vm, self);
    return d ? OBJ_VAL(d) : 0;
}

/* m.__dict__ is fixed for the module's life: import and reload rely on it */
static int module_set_dict(VM *vm, Value self, Value v)
{
    vm_raise(vm, &exc_AttributeError, "readonly attribute");
    return -1;
}

static Value module_dir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Dict *d = mod_dict(vm, argv[0]);
    if (!d)
        return 0;
    Value custom = dict_get_cstr(vm, d, "__dir__");
    if (custom)
        return obj_call0(vm, custom);
    List *l = list_new(vm, 0);
    if (!l)
        return 0;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (list_append(vm, l, k) < 0)
            return 0;
    return OBJ_VAL(l);
}

static const MethodDef module_methods[] = {
    { "__dir__", module_dir, 0, "__dir__() -> list\nspecialized dir() implementation" },
    { 0 }
};

static const GetSetDef module_getsets[] = {
    { "__dict__", module_get_dict, module_set_dict },
    { 0 }
};

TypeObject type_module = {
    .hdr = { &type_type },
    .name = "module",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Module),
    .dict_offset = offsetof(Module, dict),
    .new_ = module_tp_new,
    .init = module_init,
    .repr = module_repr,
    .getattr = module_getattro,
    .setattr = obj_generic_setattr,
    .methods = module_methods,
    .getsets = module_getsets,
    .doc = "Create a module object.\n\n"
           "The name must be a string; the optional doc argument can have any type.",
};
