/* func.c — function objects (Python functions, built-in functions, bound
 * methods) and cells.
 *
 * Everything a reload or a decorator may want to patch on a Python function
 * stays writable (__code__, __defaults__, __kwdefaults__, __name__,
 * __qualname__, __doc__, __module__, __dict__ and arbitrary attributes), as
 * in CPython: the VM reads these fields at every call, so a patched function
 * runs its new code at once.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "vmcache.h"

/* ---- Python functions ---------------------------------------------------------- */

Value function_new(VM *vm, Code *code, Dict *globals, Str *qualname)
{
    Function *f = (Function *)obj_alloc(vm, &type_function);
    if (!f) return 0;
    f->code = code;
    f->globals = globals;
    f->builtins = OBJ_VAL(vm_builtins_for(vm, globals));
    f->name = code->name;
    f->qualname = qualname ? qualname : (code->qualname ? code->qualname : code->name);
    Value mod = globals ? dict_get_cstr(vm, globals, "__name__") : 0;
    f->module = mod ? mod : NONE;
    f->doc = code->docstring ? code->docstring : NONE;
    return OBJ_VAL(f);
}

static Value function_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    return vm_call_function(vm, (Function *)AS_OBJ(callable), argc, argv, kwnames);
}

static Value function_descr_get(VM *vm, Value descr, Value obj, Value type)
{
    if (!obj || obj == NONE) return descr;
    return bound_method_new(vm, descr, obj);
}

static Value function_repr(VM *vm, Value self)
{
    Function *f = (Function *)AS_OBJ(self);
    Str *s = str_printf(vm, "<function %s at %p>", f->qualname->data, (void *)f);
    return s ? OBJ_VAL(s) : 0;
}

#define FN(v) ((Function *)AS_OBJ(v))

static Value fn_get_name(VM *vm, Value self) { return OBJ_VAL(FN(self)->name); }
static int fn_set_name(VM *vm, Value self, Value v)
{
    if (!v || !IS_OBJ(v) || !str_check(v)) {
        vm_raise(vm, &exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    FN(self)->name = AS_STR(v);
    return 0;
}

static Value fn_get_qualname(VM *vm, Value self) { return OBJ_VAL(FN(self)->qualname); }
static int fn_set_qualname(VM *vm, Value self, Value v)
{
    if (!v || !IS_OBJ(v) || !str_check(v)) {
        vm_raise(vm, &exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    FN(self)->qualname = AS_STR(v);
    return 0;
}

static Value fn_get_doc(VM *vm, Value self) { return FN(self)->doc ? FN(self)->doc : NONE; }
static int fn_set_doc(VM *vm, Value self, Value v) { FN(self)->doc = v ? v : NONE; return 0; }

static Value fn_get_module(VM *vm, Value self) { return FN(self)->module ? FN(self)->module : NONE; }
static int fn_set_module(VM *vm, Value self, Value v) { FN(self)->module = v ? v : NONE; return 0; }

static Value fn_get_defaults(VM *vm, Value self)
{
    return FN(self)->defaults ? OBJ_VAL(FN(self)->defaults) : NONE;
}
static int fn_set_defaults(VM *vm, Value self, Value v)
{
    if (!v || v == NONE) { FN(self)->defaults = NULL; return 0; }
    if (!IS_OBJ(v) || !type_is_subtype(AS_OBJ(v)->type, &type_tuple)) {
        vm_raise(vm, &exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    FN(self)->defaults = AS_TUPLE(v);
    return 0;
}

static Value fn_get_kwdefaults(VM *vm, Value self)
{
    return FN(self)->kwdefaults ? OBJ_VAL(FN(self)->kwdefaults) : NONE;
}
static int fn_set_kwdefaults(VM *vm, Value self, Value v)
{
    if (!v || v == NONE) { FN(self)->kwdefaults = NULL; return 0; }
    if (!dict_check(v)) {
        vm_raise(vm, &exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    FN(self)->kwdefaults = AS_DICT(v);
    return 0;
}

static Value fn_get_code(VM *vm, Value self) { return OBJ_VAL(FN(self)->code); }
static int fn_set_code(VM *vm, Value self, Value v)
{
    if (!v || !IS_OBJ(v) || AS_OBJ(v)->type != &type_code) {
        vm_raise(vm, &exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    Code *co = (Code *)AS_OBJ(v);
    int64_t nfree = co->freevars ? co->freevars->len : 0;
    int64_t nclosure = FN(self)->closure ? FN(self)->closure->len : 0;
    if (nfree != nclosure) {
        vm_raise(vm, &exc_ValueError, "%s() requires a code object with %lld free vars, not %lld",
                 FN(self)->name->data, (long long)nclosure, (long long)nfree);
        return -1;
    }
    FN(self)->code = co;
    return 0;
}

/* __globals__, __builtins__, __closure__ are read-only members in CPython */
static int fn_set_readonly(VM *vm, Value self, Value v)
{
    vm_raise(vm, &exc_AttributeError, "readonly attribute");
    return -1;
}

static Value fn_get_globals(VM *vm, Value self) { return OBJ_VAL(FN(self)->globals); }
static Value fn_get_builtins(VM *vm, Value self) { return FN(self)->builtins ? FN(self)->builtins : NONE; }
static Value fn_get_closure(VM *vm, Value self)
{
    return FN(self)->closure ? OBJ_VAL(FN(self)->closure) : NONE;
}

static Value fn_get_dict(VM *vm, Value self)
{
    Function *f = FN(self);
    if (!f->dict) f->dict = dict_new(vm);
    return f->dict ? OBJ_VAL(f->dict) : 0;
}
static int fn_set_dict(VM *vm, Value self, Value v)
{
    if (!v) {
        vm_raise(vm, &exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(v)) {
        vm_raise(vm, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
        return -1;
    }
    FN(self)->dict = AS_DICT(v);
    return 0;
}

static Value fn_get_annotations(VM *vm, Value self)
{
    Function *f = FN(self);
    if (!f->annotations) f->annotations = dict_new(vm);
    return f->annotations ? OBJ_VAL(f->annotations) : 0;
}
static int fn_set_annotations(VM *vm, Value self, Value v)
{
    if (!v || v == NONE) { FN(self)->annotations = NULL; return 0; }
    if (!dict_check(v)) {
        vm_raise(vm, &exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    FN(self)->annotations = AS_DICT(v);
    return 0;
}

static const GetSetDef function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__code__", fn_get_code, fn_set_code},
    {"__globals__", fn_get_globals, fn_set_readonly},
    {"__builtins__", fn_get_builtins, fn_set_readonly},
    {"__closure__", fn_get_closure, fn_set_readonly},
    {"__dict__", fn_get_dict, fn_set_dict},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {0},
};

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None) */
static Value function_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure"};
    Value a[5] = {0};
    if (args_parse(vm, "function", argc, argv, kwnames, 2, 5, names, a) < 0) return 0;
    if (!IS_OBJ(a[0]) || AS_OBJ(a[0])->type != &type_code)
        return vm_raise(vm, &exc_TypeError, "function() argument 'code' must be code, not %s",
                        type_name(a[0]));
    if (!dict_check(a[1]))
        return vm_raise(vm, &exc_TypeError, "function() argument 'globals' must be dict, not %s",
                        type_name(a[1]));
    Code *co = (Code *)AS_OBJ(a[0]);
    Value fv = function_new(vm, co, AS_DICT(a[1]), co->qualname);
    if (!fv) return 0;
    Function *f = FN(fv);
    if (a[2] && a[2] != NONE) {
        if (!str_check(a[2]))
            return vm_raise(vm, &exc_TypeError, "arg 3 (name) must be None or string");
        f->name = AS_STR(a[2]);
        f->qualname = AS_STR(a[2]);
    }
    if (a[3] && a[3] != NONE) {
        if (!IS_TUPLE(a[3]))
            return vm_raise(vm, &exc_TypeError, "arg 4 (defaults) must be None or tuple");
        f->defaults = AS_TUPLE(a[3]);
    }
    int64_t nfree = co->freevars ? co->freevars->len : 0;
    if (a[4] && a[4] != NONE) {
        if (!IS_TUPLE(a[4]))
            return vm_raise(vm, &exc_TypeError, "arg 5 (closure) must be tuple");
        f->closure = AS_TUPLE(a[4]);
    }
    int64_t ncl = f->closure ? f->closure->len : 0;
    if (ncl != nfree)
        return vm_raise(vm, &exc_ValueError, "%s requires closure of length %lld, not %lld",
                        co->name->data, (long long)nfree, (long long)ncl);
    return fv;
}

TypeObject type_function = {
    .hdr = { &type_type },
    .name = "function",
    .instance_size = sizeof(Function),
    .dict_offset = offsetof(Function, dict),
    .new_ = function_new_slot,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_descr_get,
    .getsets = function_getsets,
};

/* ---- built-in functions ------------------------------------------------------------ */

Value native_function_new(VM *vm, const char *name, NativeFn fn, Value self, const char *doc)
{
    NativeFunction *nf = (NativeFunction *)obj_alloc(vm, &type_native_function);
    if (!nf) return 0;
    nf->name = name;
    nf->fn = fn;
    nf->self = self;
    nf->doc = doc;
    return OBJ_VAL(nf);
}

#define NF(v) ((NativeFunction *)AS_OBJ(v))

/* A module passed as `self` only records where the function lives (its repr
 * stays "built-in function"); any other self is prepended to the arguments. */
static inline bool nf_binds_self(NativeFunction *nf)
{
    return nf->self && !IS_MODULE(nf->self);
}

static Value native_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    NativeFunction *nf = NF(callable);
    if (!nf_binds_self(nf)) return nf->fn(vm, argc, argv, kwnames);
    int total = argc + (kwnames ? (int)kwnames->len : 0) + 1;
    Value buf[16];
    Value *a = total <= 16 ? buf : mem_alloc(vm, (size_t)total * sizeof(Value));
    if (!a) return 0;
    a[0] = nf->self;
    if (total > 1) memcpy(a + 1, argv, (size_t)(total - 1) * sizeof(Value));
    return nf->fn(vm, argc + 1, a, kwnames);
}

static Value native_repr(VM *vm, Value self)
{
    NativeFunction *nf = NF(self);
    Str *s;
    if (nf_binds_self(nf))
        s = str_printf(vm, "<built-in method %s of %s object at %p>", nf->name,
                       type_name(nf->self), (void *)AS_OBJ(nf->self));
    else
        s = str_printf(vm, "<built-in function %s>", nf->name);
    return s ? OBJ_VAL(s) : 0;
}

static Value nf_get_name(VM *vm, Value self) { return OBJ_VAL(str_from_cstr(vm, NF(self)->name)); }
static Value nf_get_qualname(VM *vm, Value self)
{
    NativeFunction *nf = NF(self);
    if (nf->qualname_prefix)
        return OBJ_VAL(str_printf(vm, "%s.%s", nf->qualname_prefix->data, nf->name));
    if (nf_binds_self(nf)) {
        TypeObject *t = TYPE_OF(nf->self);
        if (t == &type_type || type_is_subtype(t, &type_type))
            return OBJ_VAL(str_printf(vm, "%s.%s", AS_TYPE(nf->self)->name, nf->name));
        return OBJ_VAL(str_printf(vm, "%s.%s", t->name, nf->name));
    }
    return OBJ_VAL(str_from_cstr(vm, nf->name));
}
static Value nf_get_doc(VM *vm, Value self)
{
    return NF(self)->doc ? OBJ_VAL(str_from_cstr(vm, NF(self)->doc)) : NONE;
}
static Value nf_get_self(VM *vm, Value self)
{
    NativeFunction *nf = NF(self);
    if (nf->self) return nf->self;
    return vm->builtins_module ? vm->builtins_module : NONE;
}
static Value nf_get_module(VM *vm, Value self)
{
    NativeFunction *nf = NF(self);
    if (nf->self && IS_MODULE(nf->self)) {
        Value n = dict_get_cstr(vm, ((Module *)AS_OBJ(nf->self))->dict, "__name__");
        return n ? n : NONE;
    }
    if (!nf->self) return OBJ_VAL(str_intern_cstr(vm, "builtins"));
    return NONE;
}
static Value nf_get_text_signature(VM *vm, Value self) { return NONE; }

static const GetSetDef native_getsets[] = {
    {"__name__", nf_get_name, NULL},
    {"__qualname__", nf_get_qualname, NULL},
    {"__doc__", nf_get_doc, NULL},
    {"__self__", nf_get_self, NULL},
    {"__module__", nf_get_module, NULL},
    {"__text_signature__", nf_get_text_signature, NULL},
    {0},
};

static Value native_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE_OF(b) != &type_native_function) return NOT_IMPLEMENTED;
    NativeFunction *x = NF(a), *y = NF(b);
    bool eq = x->fn == y->fn && x->self == y->self && strcmp(x->name, y->name) == 0;
    return BOOL_VAL(op == CMP_EQ ? eq : !eq);
}

static int64_t native_hash(VM *vm, Value a)
{
    NativeFunction *nf = NF(a);
    int64_t h = (int64_t)((uintptr_t)nf->fn >> 4) ^ (int64_t)((uintptr_t)nf->self >> 4);
    return h == -1 ? -2 : h;
}

TypeObject type_native_function = {
    .hdr = { &type_type },
    .name = "builtin_function_or_method",
    .instance_size = sizeof(NativeFunction),
    .repr = native_repr,
    .hash = native_hash,
    .richcompare = native_richcompare,
    .call = native_call,
    .getsets = native_getsets,
};

/* ---- bound methods ------------------------------------------------------------------- */

Value bound_method_new(VM *vm, Value func, Value self)
{
    BoundMethod *m = (BoundMethod *)obj_alloc(vm, &type_bound_method);
    if (!m) return 0;
    m->func = func;
    m->self = self;
    return OBJ_VAL(m);
}

#define BM(v) ((BoundMethod *)AS_OBJ(v))

static Value method_call(VM *vm, Value callable, int argc, Value *argv, Tuple *kwnames)
{
    BoundMethod *m = BM(callable);
    int total = argc + (kwnames ? (int)kwnames->len : 0) + 1;
    Value buf[16];
    Value *a = total <= 16 ? buf : mem_alloc(vm, (size_t)total * sizeof(Value));
    if (!a) return 0;
    a[0] = m->self;
    if (total > 1) memcpy(a + 1, argv, (size_t)(total - 1) * sizeof(Value));
    if (TYPE_OF(m->func) == &type_function)
        return vm_call_function(vm, FN(m->func), argc + 1, a, kwnames);
    return obj_call(vm, m->func, argc + 1, a, kwnames);
}

static Value method_repr(VM *vm, Value self)
{
    BoundMethod *m = BM(self);
    Value name = obj_getattr_opt(vm, m->func, str_intern_cstr(vm, "__qualname__"));
    if (!name) {
        if (vm->exc) return 0;
        name = obj_getattr_opt(vm, m->func, str_intern_cstr(vm, "__name__"));
        if (!name && vm->exc) return 0;
    }
    Value r = obj_repr(vm, m->self);
    if (!r) return 0;
    Str *s = str_printf(vm, "<bound method %s of %s>",
                        name && str_check(name) ? AS_STR(name)->data : "?", AS_STR(r)->data);
    return s ? OBJ_VAL(s) : 0;
}

static Value method_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE_OF(b) != &type_bound_method) return NOT_IMPLEMENTED;
    BoundMethod *x = BM(a), *y = BM(b);
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_eq(vm, x->func, y->func);
        if (eq < 0) return 0;
    }
    return BOOL_VAL(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(VM *vm, Value a)
{
    BoundMethod *m = BM(a);
    int64_t hf = obj_hash(vm, m->func);
    if (hf == -1) return -1;
    int64_t h = (int64_t)((uintptr_t)m->self >> 4) ^ hf;
    return h == -1 ? -2 : h;
}

static Value method_getattr(VM *vm, Value obj, Str *name)
{
    /* the method's own attributes first, then the function's */
    Value r = obj_generic_getattr(vm, obj, name);
    if (r || !vm_exc_matches(vm, &exc_AttributeError)) return r;
    vm_exc_clear(vm);
    return obj_getattr(vm, BM(obj)->func, name);
}

static Value bm_get_self(VM *vm, Value self) { return BM(self)->self; }
static Value bm_get_func(VM *vm, Value self) { return BM(self)->func; }
static Value bm_get_doc(VM *vm, Value self)
{
    Value d = obj_getattr_opt(vm, BM(self)->func, str_intern_cstr(vm, "__doc__"));
    if (!d) return vm->exc ? 0 : NONE;
    return d;
}

static const GetSetDef method_getsets[] = {
    {"__self__", bm_get_self, NULL},
    {"__func__", bm_get_func, NULL},
    {"__doc__", bm_get_doc, NULL},
    {0},
};

static Value method_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (args_no_kw(vm, "method", kwnames) < 0) return 0;
    if (args_count(vm, "method", argc, 2, 2) < 0) return 0;
    if (!obj_is_callable(argv[0])) return vm_raise(vm, &exc_TypeError, "first argument must be callable");
    if (argv[1] == NONE) return vm_raise(vm, &exc_TypeError, "instance must not be None");
    return bound_method_new(vm, argv[0], argv[1]);
}

TypeObject type_bound_method = {
    .hdr = { &type_type },
    .name = "method",
    .instance_size = sizeof(BoundMethod),
    .new_ = method_new_slot,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .getsets = method_getsets,
};

/* ---- cells ------------------------------------------------------------------------- */

Cell *cell_new(VM *vm, Value v)
{
    Cell *c = (Cell *)obj_alloc(vm, &type_cell);
    if (!c) return NULL;
    c->value = v;
    return c;
}

static Value cell_repr(VM *vm, Value self)
{
    Cell *c = (Cell *)AS_OBJ(self);
    Str *s;
    if (!c->value)
        s = str_printf(vm, "<cell at %p: empty>", (void *)c);
    else
        s = str_printf(vm, "<cell at %p: %s object at %p>", (void *)c, type_name(c->value),
                       (void *)c->value);
    return s ? OBJ_VAL(s) : 0;
}

static Value cell_get_contents(VM *vm, Value self)
{
    Cell *c = (Cell *)AS_OBJ(self);
    if (!c->value) return vm_raise(vm, &exc_ValueError, "Cell is empty");
    return c->value;
}
static int cell_set_contents(VM *vm, Value self, Value v)
{
    ((Cell *)AS_OBJ(self))->value = v;
    return 0;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {0},
};

static Value cell_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (TYPE_OF(b) != &type_cell) return NOT_IMPLEMENTED;
    Value x = ((Cell *)AS_OBJ(a))->value, y = ((Cell *)AS_OBJ(b))->value;
    if (x && y) return obj_richcompare(vm, x, y, op);
    int cx = x != 0, cy = y != 0;
    bool r;
    switch (op) {
    case CMP_LT: r = cx < cy; break;
    case CMP_LE: r = cx <= cy; break;
    case CMP_EQ: r = cx == cy; break;
    case CMP_NE: r = cx != cy; break;
    case CMP_GT: r = cx > cy; break;
    default: r = cx >= cy; break;
    }
    return BOOL_VAL(r);
}

static Value cell_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (args_no_kw(vm, "cell", kwnames) < 0) return 0;
    if (args_count(vm, "cell", argc, 0, 1) < 0) return 0;
    Cell *c = cell_new(vm, argc ? argv[0] : 0);
    return c ? OBJ_VAL(c) : 0;
}

TypeObject type_cell = {
    .hdr = { &type_type },
    .name = "cell",
    .instance_size = sizeof(Cell),
    .new_ = cell_new_slot,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .getsets = cell_getsets,
};
