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

static bool is_builtin_name(Str *name)
{
    if (str_eq_cstr(name, "sys") || str_eq_cstr(name, "builtins"))
        return true;
    for (const BuiltinModule *b = builtin_modules; b->name; b++)
        if (str_eq_cstr(name, b->name))
            return true;
    return false;
}

static Value module_repr(VM *vm, Value self)
{
    Dict *d = MOD(self)->dict;
    Value name = d ? dict_get_cstr(vm, d, "__name__") : 0;
    Value spec = d ? dict_get_cstr(vm, d, "__spec__") : 0;
    Str *s;
    if (spec && spec != NONE) {
        Value sname = attr_or(vm, spec, "name", NONE);
        Value origin = sname ? attr_or(vm, spec, "origin", NONE) : 0;
        if (!origin)
            return 0;
        Value nr = obj_repr(vm, sname == NONE ? OBJ_VAL(str_from_cstr(vm, "?")) : sname);
        if (!nr)
            return 0;
        if (origin == NONE) {
            Value loader = attr_or(vm, spec, "loader", NONE);
            if (!loader)
                return 0;
            if (loader == NONE)
                s = str_printf(vm, "<module %s>", AS_STR(nr)->data);
            else {
                Value lr = obj_repr(vm, loader);
                if (!lr)
                    return 0;
                s = str_printf(vm, "<module %s (%s)>", AS_STR(nr)->data, AS_STR(lr)->data);
            }
        } else {
            Value has_loc = attr_or(vm, spec, "has_location", FALSE_VAL);
            if (!has_loc)
                return 0;
            int hl = obj_truthy(vm, has_loc);
            if (hl < 0)
                return 0;
            Value os = hl ? obj_repr(vm, origin) : obj_str(vm, origin);
            if (!os)
                return 0;
            s = str_printf(vm, hl ? "<module %s from %s>" : "<module %s (%s)>",
                           AS_STR(nr)->data, AS_STR(os)->data);
        }
        return s ? OBJ_VAL(s) : 0;
    }
    Value nr = obj_repr(vm, name && str_check(name) ? name : OBJ_VAL(str_from_cstr(vm, "?")));
    if (!nr)
        return 0;
    Value file = d ? dict_get_cstr(vm, d, "__file__") : 0;
    if (file && str_check(file)) {
        Value fr = obj_repr(vm, file);
        if (!fr)
            return 0;
        s = str_printf(vm, "<module %s from %s>", AS_STR(nr)->data, AS_STR(fr)->data);
    } else if (name && str_check(name) && is_builtin_name(AS_STR(name))) {
        s = str_printf(vm, "<module %s (built-in)>", AS_STR(nr)->data);
    } else {
        Value loader = d ? dict_get_cstr(vm, d, "__loader__") : 0;
        if (loader && loader != NONE) {
            Value lr = obj_repr(vm, loader);
            if (!lr)
                return 0;
            s = str_printf(vm, "<module %s (%s)>", AS_STR(nr)->data, AS_STR(lr)->data);
        } else {
            s = str_printf(vm, "<module %s>", AS_STR(nr)->data);
        }
    }
    return s ? OBJ_VAL(s) : 0;
}

/* CPython 3.11 tells a circular import apart by __spec__._initializing. */
static bool initializing(VM *vm, Value self)
{
    if (MOD(self)->state == MODULE_INITIALIZING)
        return true;
    Dict *d = MOD(self)->dict;
    Value spec = d ? dict_get_cstr(vm, d, "__spec__") : 0;
    if (!spec || spec == NONE)
        return false;
    Value v = attr_or(vm, spec, "_initializing", FALSE_VAL);
    if (!v) {
        vm->exc = 0;
        return false;
    }
    int t = obj_truthy(vm, v);
    if (t < 0)
        vm->exc = 0;
    return t > 0;
}

static Value module_getattro(VM *vm, Value self, Str *name)
{
    Value v = obj_generic_getattr_quiet(vm, self, name);
    if (v || vm->exc)
        return v;
    Dict *d = MOD(self)->dict;
    if (d) {
        Value ga = dict_get_cstr(vm, d, "__getattr__");
        if (ga)
            return obj_call1(vm, ga, OBJ_VAL(name));
        Value modname = dict_get_cstr(vm, d, "__name__");
        if (modname && str_check(modname)) {
            if (initializing(vm, self))
                return vm_raise(vm, &exc_AttributeError,
                                "partially initialized module '%s' has no attribute '%s' "
                                "(most likely due to a circular import)",
                                AS_STR(modname)->data, name->data);
            return vm_raise(vm, &exc_AttributeError, "module '%s' has no attribute '%s'",
                            AS_STR(modname)->data, name->data);
        }
    }
    return vm_raise(vm, &exc_AttributeError, "module has no attribute '%s'", name->data);
}

static Value module_get_dict(VM *vm, Value self)
{
    Dict *d = mod_dict(vm, self);
    return d ? OBJ_VAL(d) : 0;
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
    { "__dict__", module_get_dict, NULL },
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
