/* import.c — the import system: `import`, `from ... import`, `__import__`,
 * the objects import leaves on a module (specs and loaders), the native side
 * of lib/importlib (the `_imp` module), and running __main__.
 *
 * It follows CPython 3.11 step for step (IMPORTS.md).  Read it top to
 * bottom; the functions carry the names of their counterparts in CPython's
 * importlib._bootstrap, so the two can be read side by side:
 *
 *   the module table      vm->modules, the interpreter's own reference to
 *                         the original sys.modules dict, and sys.modules as
 *                         the program has it *now* (IMPORTS.md 2)
 *   specs and loaders     ModuleSpec, BuiltinImporter, PathFinder,
 *                         SourceFileLoader, NamespaceLoader (IMPORTS.md 1)
 *   find_spec             ask each finder of sys.meta_path; PathFinder
 *                         searches sys.path or a package's __path__ (3.3)
 *   load_unlocked         compile, create the module, register it in
 *                         sys.modules BEFORE its body runs, run it, remove
 *                         it again if the body fails (3.4-3.6)
 *   import_absolute       vm->modules first, then find_and_load (3.2)
 *   import_module_level   __import__: resolve a relative name, import,
 *                         choose what the statement binds (3.1, 3.7)
 *   import_from / _star   `from a import x` and `from a import *`
 *
 * Import and reload share one path: source_to_code reads and compiles the
 * file as it is now, and the code runs in a module's dict.  An import runs
 * it in a new module's dict; importlib.reload (lib/importlib/__init__.py,
 * written in molt) runs it in the old one.  Sources are re-read and
 * recompiled every time: molt keeps no bytecode cache that could serve
 * stale code, and looks at the file system afresh at every search.
 *
 * `molt -v` sets vm->trace_imports: every step then says what it does on
 * stderr, in the style of CPython's -v (trace() below is the one hook):
 *
 *   import 'a' # cache hit (loaded)               found in vm->modules
 *   # finding 'a.b' along a.__path__              a miss: the finders are asked
 *   # trying /p/a/b/__init__.py                   PathFinder's search
 *   # code object from /p/a/b.py                  fresh source compiled
 *   # 'a.b' is in sys.modules, partially initialized: running its body
 *   import 'a.b' # from /p/a/b.py                 loaded
 *   # 'a.b' failed (ValueError): removed from sys.modules
 *   reload 'a' # from /p/a.py                     (lib/importlib)
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"
#include "objects/number.h"
#include "objects/container.h"
#include "objects/objmodel.h"
#include "modules/re.h"
#include "lexer.h"

/* ---- the built-in modules ------------------------------------------------------ */

/* sys and builtins exist from the start (bootstrap.c); "importing" them
 * again gives the same objects. */
static Value sys_init_again(VM *vm) { return vm->sys; }
static Value builtins_init_again(VM *vm) { return vm->builtins_module; }

const BuiltinModule builtin_modules[] = {
    { "_imp", imp_module_init },
    { "_re", re_module_init },
    { "builtins", builtins_init_again },
    { "gc", gc_module_init },
    { "math", math_module_init },
    { "os", os_module_init },
    { "posixpath", posixpath_module_init },
    { "sys", sys_init_again },
    { "time", time_module_init },
    { NULL, NULL }
};

static const BuiltinModule *find_builtin(Value name)
{
    if (!str_check(name))
        return NULL;
    for (const BuiltinModule *b = builtin_modules; b->name; b++)
        if (str_eq_cstr(AS_STR(name), b->name))
            return b;
    return NULL;
}

/* ---- small helpers --------------------------------------------------------------- */

static Value s(VM *vm, const char *c)
{
    Str *r = str_from_cstr(vm, c);
    return r ? OBJ_VAL(r) : 0;
}

static Str *istr(VM *vm, const char *c)
{
    return str_intern_cstr(vm, c);
}

/* repr(v) as C text ("?" if even that fails: used in messages). */
static const char *repr_of(VM *vm, Value v)
{
    Value r = obj_repr(vm, v);
    if (!r) {
        vm_exc_clear(vm);
        return "?";
    }
    return AS_STR(r)->data;
}

/* -v: one line on stderr, in the style of CPython's `python -v`. */
static void trace(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void trace(VM *vm, const char *fmt, ...)
{
    if (!vm->trace_imports)
        return;
    va_list ap;
    va_start(ap, fmt);
    fflush(stdout);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* What the trace says about a module's state (IMPORTS.md's module states). */
static const char *state_name(Value module)
{
    if (!IS_MODULE(module))
        return "not a module";
    switch (((Module *)AS_OBJ(module))->state) {
    case MODULE_CREATED: return "created";
    case MODULE_INITIALIZING: return "partially initialized";
    case MODULE_LOADED: return "loaded";
    case MODULE_FAILED: return "failed";
    }
    return "?";
}

static void set_state(Value module, ModuleState state)
{
    if (IS_MODULE(module))
        ((Module *)AS_OBJ(module))->state = state;
}

/* The part of a dotted name before its last dot ("" for a top-level name). */
static Str *parent_name(VM *vm, Str *name)
{
    const char *dot = strrchr(name->data, '.');
    return str_new(vm, name->data, dot ? (size_t)(dot - name->data) : 0);
}

static Str *last_part(VM *vm, Str *name)
{
    const char *dot = strrchr(name->data, '.');
    return dot ? str_from_cstr(vm, dot + 1) : name;
}

static Dict *module_dict(Value m)
{
    return ((Module *)AS_OBJ(m))->dict;
}

/* Runs `stmt` with the pending exception put aside (cleanup on an error path):
 * whatever stmt raises is dropped, the original exception stays. */
#define PRESERVING_EXC(vm, stmt) do { \
        Value saved_exc_ = vm_exc_take(vm); \
        stmt; \
        if (vm->exc) vm_exc_clear(vm); \
        if (saved_exc_) vm_raise_value(vm, saved_exc_); \
    } while (0)

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool dir_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* getattr(obj, name, None) is None: AttributeError counts as None. */
static int attr_is_none(VM *vm, Value obj, const char *name)
{
    Value v = obj_getattr_opt(vm, obj, istr(vm, name));
    if (!v)
        return vm->exc ? -1 : 1;
    return IS_NONE(v);
}

/* ---- the module table: vm->modules first, then sys.modules now (IMPORTS.md 2) ---- */

/* sys.modules as the program sees it at this moment: any object at all.
 * Deleted: AttributeError, as CPython's importlib reports it. */
static Value sys_modules_now(VM *vm)
{
    return obj_getattr_cstr(vm, vm->sys, "modules");
}

/* table.get(name): 1 found, 0 missing, -1 error.  An exact dict is read
 * directly; anything else (a dict subclass too) through its methods. */
static int table_get(VM *vm, Value table, Value name, Value *out)
{
    if (IS_DICT(table))
        return dict_lookup(vm, AS_DICT(table), name, out);
    /* anything else a program stored as sys.modules: table.get(name, NEEDS_LOADING) */
    static Value needs_loading;
    if (!needs_loading) {
        Obj *o = obj_alloc(vm, &type_object);
        if (!o)
            return -1;
        needs_loading = OBJ_VAL(o);
    }
    Value args[2] = { name, needs_loading };
    Value v = obj_call_method(vm, table, "get", 2, args);
    if (!v)
        return -1;
    if (v == needs_loading)
        return 0;
    *out = v;
    return 1;
}

/* sys.modules.get(name) now: 1 found, 0 missing, -1 error. */
static int sys_modules_get(VM *vm, Value name, Value *out)
{
    Value table = sys_modules_now(vm);
    return table ? table_get(vm, table, name, out) : -1;
}

static int sys_modules_set(VM *vm, Value name, Value v)
{
    Value table = sys_modules_now(vm);
    if (!table)
        return -1;
    if (IS_DICT(table))
        return dict_set(vm, AS_DICT(table), name, v);
    return obj_setitem(vm, table, name, v);
}

/* del sys.modules[name], a missing name being no error. */
static int sys_modules_del(VM *vm, Value name)
{
    Value table = sys_modules_now(vm);
    if (!table)
        return -1;
    if (IS_DICT(table))
        return dict_del(vm, AS_DICT(table), name) < 0 ? -1 : 0;
    if (obj_setitem(vm, table, name, 0) < 0) {
        if (!vm_exc_matches(vm, &exc_KeyError))
            return -1;
        vm_exc_clear(vm);
    }
    return 0;
}

/* sys.modules[name] now: KeyError if it is gone. */
static Value sys_modules_item(VM *vm, Value name)
{
    Value table = sys_modules_now(vm);
    if (!table)
        return 0;
    return obj_getitem(vm, table, name);
}

/* module = sys.modules.pop(name); sys.modules[name] = module: what importlib
 * does after loading (and reloading), so the table lists modules in the
 * order they finished.  A module that removed itself makes this KeyError. */
static Value move_to_end(VM *vm, Value name)
{
    Value mod = sys_modules_item(vm, name);
    if (!mod || sys_modules_del(vm, name) < 0 || sys_modules_set(vm, name, mod) < 0)
        return 0;
    return mod;
}

/* ---- specs and loaders (IMPORTS.md 1) ----------------------------------------------
 * What a finder answers is a ModuleSpec: the module's name, where it comes
 * from (origin), and the loader that can make it.  molt has CPython's three
 * kinds of module and their loaders:
 *
 *   built-in   the BuiltinImporter class itself is the loader (origin 'built-in')
 *   source     a SourceFileLoader(name, path) per module (origin: the .py file)
 *   namespace  a directory without __init__.py: a NamespaceLoader, no origin
 *
 * They are small classes with CPython's names, so that what a program prints
 * (`ModuleSpec(name='m', loader=<...SourceFileLoader object at ...>, ...)`)
 * reads the same, and they work from Python too (importlib.machinery). */

static TypeObject type_builtin_importer, type_path_finder, type_source_loader,
    type_namespace_loader, type_namespace_path;

static Dict *instance_dict(VM *vm, Value obj)
{
    return obj_get_dict(vm, obj, true);
}

/* __dict__ of specs and loaders, so that vars(spec) works */
static Value get_instance_dict(VM *vm, Value self)
{
    Dict *d = instance_dict(vm, self);
    return d ? OBJ_VAL(d) : 0;
}

static const GetSetDef instance_getsets[] = {
    { "__dict__", get_instance_dict, NULL },
    { 0 }
};

/* ModuleSpec: its attributes live in the instance dict, in CPython's order,
 * so a program can read and set them; parent, has_location and cached are
 * computed properties as CPython's. */
static Value spec_new(VM *vm, TypeObject *t, Value name, Value loader, Value origin,
                      Value locations, bool has_location)
{
    Obj *o = obj_alloc(vm, t);
    Dict *d = o ? instance_dict(vm, OBJ_VAL(o)) : NULL;
    List *uninitialized = list_new(vm, 0);
    if (!d || !uninitialized ||
        dict_set_cstr(vm, d, "name", name) < 0 ||
        dict_set_cstr(vm, d, "loader", loader ? loader : NONE) < 0 ||
        dict_set_cstr(vm, d, "origin", origin ? origin : NONE) < 0 ||
        dict_set_cstr(vm, d, "loader_state", NONE) < 0 ||
        dict_set_cstr(vm, d, "submodule_search_locations", locations ? locations : NONE) < 0 ||
        dict_set_cstr(vm, d, "_uninitialized_submodules", OBJ_VAL(uninitialized)) < 0 ||
        dict_set_cstr(vm, d, "_set_fileattr", BOOL_VAL(has_location)) < 0 ||
        dict_set_cstr(vm, d, "_cached", NONE) < 0)
        return 0;
    return OBJ_VAL(o);
}

static Value spec_make(VM *vm, Value name, Value loader, Value origin, Value locations,
                       bool has_location)
{
    return spec_new(vm, &type_module_spec, name, loader, origin, locations, has_location);
}

static Value spec_attr(VM *vm, Value spec, const char *name)
{
    return obj_getattr_cstr(vm, spec, name);
}

/* ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None) */
static Value spec_tp_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name", "loader", "$origin", "$loader_state", "$is_package" };
    Value a[5];
    if (args_parse(vm, "ModuleSpec", argc, argv, kw, 2, 5, names, a) < 0)
        return 0;
    Value locations = NONE;
    if (a[4] && !IS_NONE(a[4])) {
        int pkg = obj_truthy(vm, a[4]);
        if (pkg < 0)
            return 0;
        if (pkg && !(locations = OBJ_VAL(list_new(vm, 0))))
            return 0;
    }
    Value spec = spec_new(vm, t, a[0], a[1], a[2], locations, false);
    if (spec && a[3] && dict_set_cstr(vm, instance_dict(vm, spec), "loader_state", a[3]) < 0)
        return 0;
    return spec;
}

/* ModuleSpec(name='m', loader=..., origin='/p/m.py', submodule_search_locations=[...]) */
static Value spec_repr(VM *vm, Value self)
{
    StrBuf sb;
    sb_init(&sb, vm);
    sb_printf(&sb, "%s(", TYPE_OF(self)->name_str->data);
    static const char *const shown[] = { "name", "loader", "origin", "submodule_search_locations" };
    for (int i = 0; i < 4; i++) {
        Value v = spec_attr(vm, self, shown[i]);
        if (!v)
            return 0;
        if (i >= 2 && IS_NONE(v))
            continue;
        Value text = i == 3 ? obj_str(vm, v) : obj_repr(vm, v);
        if (!text)
            return 0;
        sb_printf(&sb, "%s%s=%s", i ? ", " : "", shown[i], AS_STR(text)->data);
    }
    sb_addc(&sb, ')');
    return OBJ_VAL(sb_finish(&sb));
}

/* Two specs are equal when they describe the same module the same way. */
static Value spec_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return NOT_IMPLEMENTED;
    static const char *const compared[] = {
        "name", "loader", "origin", "submodule_search_locations", "cached", "has_location"
    };
    for (int i = 0; i < 6; i++) {
        Value x = obj_getattr_opt(vm, a, istr(vm, compared[i]));
        Value y = x ? obj_getattr_opt(vm, b, istr(vm, compared[i])) : 0;
        if (!y)
            return vm->exc ? 0 : NOT_IMPLEMENTED;
        int eq = obj_eq(vm, x, y);
        if (eq < 0)
            return 0;
        if (!eq)
            return BOOL_VAL(op == CMP_NE);
    }
    return BOOL_VAL(op == CMP_EQ);
}

/* spec.parent: the package the module is in (a package is its own parent). */
static Value spec_get_parent(VM *vm, Value self)
{
    Value locations = spec_attr(vm, self, "submodule_search_locations");
    Value name = locations ? spec_attr(vm, self, "name") : 0;
    if (!name)
        return 0;
    if (!IS_NONE(locations))
        return name;
    if (str_check(name))
        return OBJ_VAL(parent_name(vm, AS_STR(name)));
    Value dot = s(vm, ".");
    Value parts = dot ? obj_call_method(vm, name, "rpartition", 1, &dot) : 0;
    return parts ? obj_getitem(vm, parts, MK_INT(0)) : 0;
}

static Value spec_get_has_location(VM *vm, Value self)
{
    Value v = dict_get_cstr(vm, instance_dict(vm, self), "_set_fileattr");
    return v ? v : FALSE_VAL;
}

static int spec_set_has_location(VM *vm, Value self, Value v)
{
    int t = v ? obj_truthy(vm, v) : 0;
    if (t < 0)
        return -1;
    return dict_set_cstr(vm, instance_dict(vm, self), "_set_fileattr", BOOL_VAL(t));
}

/* spec.cached: where a bytecode cache would be.  molt never writes one
 * (sys.implementation.cache_tag is None), so it is None unless set. */
static Value spec_get_cached(VM *vm, Value self)
{
    Value v = dict_get_cstr(vm, instance_dict(vm, self), "_cached");
    return v ? v : NONE;
}

static int spec_set_cached(VM *vm, Value self, Value v)
{
    return dict_set_cstr(vm, instance_dict(vm, self), "_cached", v ? v : NONE);
}

static const GetSetDef spec_getsets[] = {
    { "parent", spec_get_parent, NULL },
    { "has_location", spec_get_has_location, spec_set_has_location },
    { "cached", spec_get_cached, spec_set_cached },
    { "__dict__", get_instance_dict, NULL },
    { 0 }
};

TypeObject type_module_spec = {
    .hdr.type = &type_type,
    .name = "_frozen_importlib.ModuleSpec",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Instance),
    .dict_offset = offsetof(Instance, dict),
    .new_ = spec_tp_new,
    .repr = spec_repr,
    .richcompare = spec_richcompare,
    .getsets = spec_getsets,
    .doc = "The specification for a module, used for loading.",
};

/* Loader methods receive self (or the class) as argv[0]; the others follow. */
#define METHOD_ARGS(fname, nreq, nmax, names, out) \
    args_parse(vm, fname, argc - 1, argv + 1, kw, nreq, nmax, names, out)

static Value no_value(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return NONE;
}

/* -- BuiltinImporter: the loader of the modules compiled into molt -- */

static Value builtin_spec(VM *vm, Value name)
{
    return spec_make(vm, name, OBJ_VAL(&type_builtin_importer), s(vm, "built-in"), NONE, false);
}

/* BuiltinImporter.find_spec(fullname, path=None, target=None) */
static Value bi_find_spec(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "fullname", "path", "target" };
    Value a[3];
    if (METHOD_ARGS("find_spec", 1, 3, names, a) < 0)
        return 0;
    return find_builtin(a[0]) ? builtin_spec(vm, a[0]) : NONE;
}

/* The name a loader method was given, checked to be a built-in module's. */
static const BuiltinModule *builtin_arg(VM *vm, Value name)
{
    const BuiltinModule *b = find_builtin(name);
    if (!b)
        rt_raise_import_error(vm, &exc_ImportError, name, 0, "%s is not a built-in module",
                              repr_of(vm, name));
    return b;
}

/* BuiltinImporter.create_module(spec): the module, made by its C init. */
static Value bi_create_module(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "spec" };
    Value a[1];
    if (METHOD_ARGS("create_module", 1, 1, names, a) < 0)
        return 0;
    Value name = spec_attr(vm, a[0], "name");
    const BuiltinModule *b = name ? builtin_arg(vm, name) : NULL;
    return b ? b->init(vm) : 0;
}

static Value bi_is_package(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "fullname" };
    Value a[1];
    if (METHOD_ARGS("is_package", 1, 1, names, a) < 0 || !builtin_arg(vm, a[0]))
        return 0;
    return FALSE_VAL;
}

/* get_code / get_source: a built-in module has neither. */
static Value bi_no_code(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "fullname" };
    Value a[1];
    if (METHOD_ARGS("get_code", 1, 1, names, a) < 0 || !builtin_arg(vm, a[0]))
        return 0;
    return NONE;
}

/* BuiltinImporter.module_repr(module): "<module 'sys' (built-in)>", what
 * the repr of a module without __spec__ whose loader this is shows. */
static Value bi_module_repr(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "module" };
    Value a[1];
    if (METHOD_ARGS("module_repr", 1, 1, names, a) < 0)
        return 0;
    Value name = obj_getattr_cstr(vm, a[0], "__name__");
    return name ? OBJ_VAL(str_printf(vm, "<module %s (built-in)>", repr_of(vm, name))) : 0;
}

static const MethodDef builtin_importer_methods[] = {
    { "find_spec", bi_find_spec, METH_CLASS, "Find the spec of a built-in module." },
    { "create_module", bi_create_module, METH_CLASS, "Create a built-in module." },
    { "exec_module", no_value, METH_CLASS, "Exec a built-in module (nothing to do)." },
    { "is_package", bi_is_package, METH_CLASS, "Return False as built-in modules are never packages." },
    { "get_code", bi_no_code, METH_CLASS, "Return None as built-in modules do not have code objects." },
    { "get_source", bi_no_code, METH_CLASS, "Return None as built-in modules do not have source code." },
    { "module_repr", bi_module_repr, METH_CLASS, "Return repr for the module." },
    { 0 }
};

static TypeObject type_builtin_importer = {
    .hdr.type = &type_type,
    .name = "_frozen_importlib.BuiltinImporter",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Instance),
    .dict_offset = offsetof(Instance, dict),
    .methods = builtin_importer_methods,
    .getsets = instance_getsets,
    .doc = "Meta path import for built-in modules.\n\n"
           "All methods are either class or static methods to avoid the need to\n"
           "instantiate the class.",
};

/* -- SourceFileLoader: the loader of a module read from a .py file -- */

static Value loader_field(VM *vm, Value loader, const char *field)
{
    return obj_getattr_cstr(vm, loader, field);
}

static int source_loader_init(VM *vm, Value self, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "fullname", "path" };
    Value a[2];
    if (args_parse(vm, "SourceFileLoader", argc, argv, kw, 2, 2, names, a) < 0)
        return -1;
    Dict *d = instance_dict(vm, self);
    if (!d || dict_set_cstr(vm, d, "name", a[0]) < 0 || dict_set_cstr(vm, d, "path", a[1]) < 0)
        return -1;
    return 0;
}

static Value plain_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kw)
{
    Obj *o = obj_alloc(vm, t);
    return o ? OBJ_VAL(o) : 0;
}

static Value source_loader_new(VM *vm, Value name, Value path)
{
    Value loader = plain_new(vm, &type_source_loader, 0, NULL, NULL);
    Value args[2] = { name, path };
    if (!loader || source_loader_init(vm, loader, 2, args, NULL) < 0)
        return 0;
    return loader;
}

/* Is this loader exactly molt's own source loader (whose steps import.c may
 * take itself, compiling before the module is registered)? */
static bool is_source_loader(Value loader)
{
    return IS_OBJ(loader) && AS_OBJ(loader)->type == &type_source_loader;
}

char *import_read_file(VM *vm, const char *path, size_t *len)
{
    file_sync_all();
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        vm_raise_errno(vm, errno, s(vm, path));
        return NULL;
    }
    StrBuf sb;
    sb_init(&sb, vm);
    char buf[16384];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        sb_add(&sb, buf, n);
    int err = ferror(fp) ? errno : 0;
    fclose(fp);
    if (err) {
        vm_raise_errno(vm, err, s(vm, path));
        return NULL;
    }
    sb_addc(&sb, 0);
    *len = sb.len - 1;
    return sb.data;
}

/* The fresh source of a file compiled to fresh bytecode: the one step
 * import and reload share.  Never cached, so an edit is always seen. */
static Code *source_to_code(VM *vm, Value path)
{
    if (!str_check(path)) {
        vm_raise(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                 type_name(path));
        return NULL;
    }
    size_t len;
    char *src = import_read_file(vm, AS_STR(path)->data, &len);
    if (!src)
        return NULL;
    trace(vm, "# code object from %s", AS_STR(path)->data);
    return compile_source(vm, src, len, AS_STR(path), MODE_EXEC);
}

/* The dict a module's code runs in: module.__dict__. */
static Dict *namespace_of(VM *vm, Value module)
{
    if (IS_MODULE(module))
        return module_dict(module);
    Value d = obj_getattr_cstr(vm, module, "__dict__");
    if (!d)
        return NULL;
    if (!IS_OBJ(d) || !dict_check(d)) {
        vm_raise(vm, &exc_TypeError, "exec() globals must be a dict, not %s", type_name(d));
        return NULL;
    }
    return AS_DICT(d);
}

/* The loader's own name must be the one asked for (CPython's _check_name). */
static int check_name(VM *vm, Value self, Value name)
{
    Value mine = loader_field(vm, self, "name");
    if (!mine)
        return -1;
    if (!name || IS_NONE(name))
        return 0;
    int eq = obj_eq(vm, mine, name);
    if (eq < 0)
        return -1;
    if (!eq) {
        rt_raise_import_error(vm, &exc_ImportError, name, 0, "loader for %s cannot handle %s",
                              str_check(mine) ? AS_STR(mine)->data : "?",
                              str_check(name) ? AS_STR(name)->data : "?");
        return -1;
    }
    return 0;
}

/* get_filename(name=None): the path of the module's file. */
static Value sl_get_filename(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name" };
    Value a[1];
    if (METHOD_ARGS("get_filename", 0, 1, names, a) < 0 || check_name(vm, argv[0], a[0]) < 0)
        return 0;
    return loader_field(vm, argv[0], "path");
}

/* get_code(fullname): the file as it is now, compiled. */
static Value sl_get_code(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "fullname" };
    Value a[1];
    if (METHOD_ARGS("get_code", 1, 1, names, a) < 0)
        return 0;
    Value path = loader_field(vm, argv[0], "path");
    Code *code = path ? source_to_code(vm, path) : NULL;
    return code ? OBJ_VAL(code) : 0;
}

/* get_data(path): the bytes of a file. */
static Value sl_get_data(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "path" };
    Value a[1];
    if (METHOD_ARGS("get_data", 1, 1, names, a) < 0)
        return 0;
    const char *path = rt_path_arg(vm, a[0], "open");
    size_t len;
    char *data = path ? import_read_file(vm, path, &len) : NULL;
    return data ? bytes_new(vm, data, len) : 0;
}

/* get_source(fullname): the text of the module's file. */
static Value sl_get_source(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "fullname" };
    Value a[1];
    if (METHOD_ARGS("get_source", 1, 1, names, a) < 0)
        return 0;
    Value path = loader_field(vm, argv[0], "path");
    size_t len;
    char *data = path && str_check(path) ? import_read_file(vm, AS_STR(path)->data, &len) : NULL;
    if (!data) {
        if (path && !str_check(path))
            vm_raise(vm, &exc_TypeError, "expected str, not %s", type_name(path));
        return 0;
    }
    Value b = bytes_new(vm, data, len);
    return b ? obj_call_method(vm, b, "decode", 0, NULL) : 0;
}

/* is_package(fullname): a file named __init__.py is a package's. */
static Value sl_is_package(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "fullname" };
    Value a[1];
    if (METHOD_ARGS("is_package", 1, 1, names, a) < 0)
        return 0;
    Value path = loader_field(vm, argv[0], "path");
    if (!path)
        return 0;
    if (!str_check(path) || !str_check(a[0]))
        return FALSE_VAL;
    const char *slash = strrchr(AS_STR(path)->data, '/');
    const char *base = slash ? slash + 1 : AS_STR(path)->data;
    const char *dot = strrchr(AS_STR(a[0])->data, '.');
    const char *tail = dot ? dot + 1 : AS_STR(a[0])->data;
    return BOOL_VAL(strncmp(base, "__init__.", 9) == 0 && strchr(base + 9, '.') == NULL &&
                    strcmp(tail, "__init__") != 0);
}

/* exec_module(module): compile the file as it is now, run it in the
 * module's dict. */
static Value sl_exec_module(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "module" };
    Value a[1];
    if (METHOD_ARGS("exec_module", 1, 1, names, a) < 0)
        return 0;
    Value name = obj_getattr_cstr(vm, a[0], "__name__");
    Value code = name ? obj_call_method(vm, argv[0], "get_code", 1, &name) : 0;
    if (!code)
        return 0;
    if (!IS_OBJ(code) || AS_OBJ(code)->type != &type_code)
        return rt_raise_import_error(vm, &exc_ImportError, name, 0,
                                     "cannot load module %s when get_code() returns None",
                                     repr_of(vm, name));
    Dict *d = namespace_of(vm, a[0]);
    return d && vm_run_code(vm, (Code *)AS_OBJ(code), d, 0) ? NONE : 0;
}

static const MethodDef source_loader_methods[] = {
    { "create_module", no_value, 0, "Use default semantics for module creation." },
    { "exec_module", sl_exec_module, 0, "Execute the module." },
    { "get_filename", sl_get_filename, 0, "Return the path to the source file as found by the finder." },
    { "get_code", sl_get_code, 0, "Compile the module's source, as it is now, to a code object." },
    { "get_data", sl_get_data, 0, "Return the data from path as raw bytes." },
    { "get_source", sl_get_source, 0, "Return the source code of the module as a str." },
    { "is_package", sl_is_package, 0, "A module whose file is named __init__.py is a package." },
    { 0 }
};

static TypeObject type_source_loader = {
    .hdr.type = &type_type,
    .name = "_frozen_importlib_external.SourceFileLoader",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Instance),
    .dict_offset = offsetof(Instance, dict),
    .new_ = plain_new,
    .init = source_loader_init,
    .methods = source_loader_methods,
    .getsets = instance_getsets,
    .doc = "Concrete implementation of SourceLoader using the file system.",
};

/* -- NamespaceLoader and _NamespacePath: a package spread over directories
 *    that have no __init__.py -- */

static int namespace_loader_init(VM *vm, Value self, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name", "path", "path_finder" };
    Value a[3];
    if (args_parse(vm, "NamespaceLoader", argc, argv, kw, 3, 3, names, a) < 0)
        return -1;
    Dict *d = instance_dict(vm, self);
    return d ? dict_set_cstr(vm, d, "_path", a[1]) : -1;
}

/* NamespaceLoader.module_repr(module): "<module 'ns' (namespace)>" */
static Value nl_module_repr(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "module" };
    Value a[1];
    if (args_parse(vm, "module_repr", argc, argv, kw, 1, 1, names, a) < 0)
        return 0;
    Value name = obj_getattr_cstr(vm, a[0], "__name__");
    return name ? OBJ_VAL(str_printf(vm, "<module %s (namespace)>", repr_of(vm, name))) : 0;
}

static Value nl_is_package(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return TRUE_VAL;
}

static Value nl_get_source(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return OBJ_VAL(str_intern_cstr(vm, ""));
}

/* A namespace package has no code: its code object is that of ''. */
static Value nl_get_code(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Code *code = compile_source(vm, "", 0, str_intern_cstr(vm, "<string>"), MODE_EXEC);
    return code ? OBJ_VAL(code) : 0;
}

static const MethodDef namespace_loader_methods[] = {
    { "module_repr", nl_module_repr, METH_STATIC, "Return repr for the module." },
    { "is_package", nl_is_package, 0, "A namespace package is a package." },
    { "get_source", nl_get_source, 0, "A namespace package has no source: ''." },
    { "get_code", nl_get_code, 0, "A namespace package has no code: that of ''." },
    { "create_module", no_value, 0, "Use default semantics for module creation." },
    { "exec_module", no_value, 0, "Nothing to run in a namespace package." },
    { 0 }
};

static TypeObject type_namespace_loader = {
    .hdr.type = &type_type,
    .name = "_frozen_importlib_external.NamespaceLoader",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Instance),
    .dict_offset = offsetof(Instance, dict),
    .new_ = plain_new,
    .init = namespace_loader_init,
    .methods = namespace_loader_methods,
    .getsets = instance_getsets,
};

/* A namespace package's __path__: a list of its directories that prints as
 * CPython's _NamespacePath(['/p/ns']). */
static Value namespace_path_repr(VM *vm, Value self)
{
    Value items = type_list.repr(vm, self);
    return items ? OBJ_VAL(str_printf(vm, "_NamespacePath(%s)", AS_STR(items)->data)) : 0;
}

static TypeObject type_namespace_path = {
    .hdr.type = &type_type,
    .name = "_frozen_importlib_external._NamespacePath",
    .base = &type_list,
    .instance_size = sizeof(List),
    .repr = namespace_path_repr,
};

/* ---- find (IMPORTS.md 3.3) ---------------------------------------------------------- */

/* The directory a sys.path entry names: '' is the current directory, a
 * relative entry is joined to it (as CPython's FileFinder does), trailing
 * slashes go.  NULL without an exception when the current directory is
 * gone. */
static Str *entry_dir(VM *vm, Str *entry)
{
    size_t n = (size_t)entry->len;
    while (n > 1 && entry->data[n - 1] == '/')
        n--;
    if (n > 0 && entry->data[0] == '/')
        return str_new(vm, entry->data, n);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return NULL;
    if (n == 0 || (n == 1 && entry->data[0] == '.'))
        return str_from_cstr(vm, cwd);
    return str_printf(vm, "%s/%.*s", strcmp(cwd, "/") ? cwd : "", (int)n, entry->data);
}

/* PathFinder.find_spec: searches `path` (a package's __path__; None:
 * sys.path as it is now) for the last part of `name`.  In each directory a
 * package NAME/__init__.py beats a module NAME.py; a bare directory NAME is
 * remembered and, if nothing else is found anywhere, the directories so
 * remembered make a namespace package.  Entries that are not strings are
 * skipped.  Returns a ModuleSpec, None, or 0 on error.  Every call looks at
 * the file system afresh: a file written a moment ago is found. */
static Value path_find_spec(VM *vm, Value name, Value path)
{
    if (!str_check(name))
        return NONE;
    file_sync_all();
    if (!path || IS_NONE(path)) {
        path = obj_getattr_cstr(vm, vm->sys, "path");
        if (!path)
            return 0;
    }
    Str *leaf = last_part(vm, AS_STR(name));
    List *namespace_dirs = NULL;
    Value it = obj_iter(vm, path);
    if (!it || !leaf)
        return 0;
    for (;;) {
        Value entry = obj_next(vm, it);
        if (!entry) {
            if (vm->exc)
                return 0;
            break;
        }
        if (!str_check(entry))
            continue;
        Str *dir = entry_dir(vm, AS_STR(entry));
        if (!dir) {
            if (vm->exc)
                return 0;
            continue;
        }
        Str *pkgdir = str_printf(vm, "%s/%s", dir->data, leaf->data);
        Str *init = str_printf(vm, "%s/__init__.py", pkgdir->data);
        Str *file = str_printf(vm, "%s/%s.py", dir->data, leaf->data);
        if (!pkgdir || !init || !file)
            return 0;
        trace(vm, "# trying %s", init->data);
        if (file_exists(init->data)) {
            List *locations = list_new(vm, 0);
            Value loader = source_loader_new(vm, name, OBJ_VAL(init));
            if (!locations || !loader || list_append(vm, locations, OBJ_VAL(pkgdir)) < 0)
                return 0;
            return spec_make(vm, name, loader, OBJ_VAL(init), OBJ_VAL(locations), true);
        }
        bool is_namespace = dir_exists(pkgdir->data);
        trace(vm, "# trying %s", file->data);
        if (file_exists(file->data)) {
            Value loader = source_loader_new(vm, name, OBJ_VAL(file));
            return loader ? spec_make(vm, name, loader, OBJ_VAL(file), NONE, true) : 0;
        }
        if (is_namespace) {
            trace(vm, "# possible namespace for %s", pkgdir->data);
            if (!namespace_dirs && !(namespace_dirs = (List *)obj_alloc(vm, &type_namespace_path)))
                return 0;
            if (list_append(vm, namespace_dirs, OBJ_VAL(pkgdir)) < 0)
                return 0;
        }
    }
    /* a namespace package: no loader yet (init_module_attrs gives it one) */
    return namespace_dirs ? spec_make(vm, name, NONE, NONE, OBJ_VAL(namespace_dirs), false) : NONE;
}

/* PathFinder.find_spec(fullname, path=None, target=None) */
static Value pf_find_spec(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "fullname", "path", "target" };
    Value a[3];
    if (METHOD_ARGS("find_spec", 1, 3, names, a) < 0)
        return 0;
    return path_find_spec(vm, a[0], a[1]);
}

static const MethodDef path_finder_methods[] = {
    { "find_spec", pf_find_spec, METH_CLASS, "Find the spec of a module along sys.path or a package's __path__." },
    { "invalidate_caches", no_value, METH_CLASS, "Nothing to do: molt caches no directory listing." },
    { 0 }
};

static TypeObject type_path_finder = {
    .hdr.type = &type_type,
    .name = "_frozen_importlib_external.PathFinder",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Instance),
    .dict_offset = offsetof(Instance, dict),
    .methods = path_finder_methods,
    .getsets = instance_getsets,
    .doc = "Meta path finder for sys.path and package __path__ attributes.",
};

/* A finder of the old protocol (PEP 302: find_module instead of find_spec),
 * as CPython 3.11 still supports it: its loader, wrapped in a spec by
 * importlib.util.spec_from_loader. */
static Value find_spec_legacy(VM *vm, Value finder, Value name, Value path)
{
    Value args[2] = { name, path ? path : NONE };
    Value loader = obj_call_method(vm, finder, "find_module", 2, args);
    if (!loader || IS_NONE(loader))
        return loader;
    Value util = import_module(vm, istr(vm, "importlib.util"));
    Value make = util ? obj_getattr_cstr(vm, util, "spec_from_loader") : 0;
    return make ? obj_call2(vm, make, name, loader) : 0;
}

/* importlib's _find_spec: asks each finder of sys.meta_path in turn (molt
 * starts with [BuiltinImporter, PathFinder]; a program may add its own) and
 * answers the first spec found, or None.  `path` is the parent package's
 * __path__ for a submodule, None for a top-level name; `target` is the
 * module being reloaded, if any. */
static Value find_spec(VM *vm, Value name, Value path, Value target)
{
    Value meta_path = obj_getattr_cstr(vm, vm->sys, "meta_path");
    if (!meta_path)
        return 0;
    if (IS_NONE(meta_path))
        return vm_raise(vm, &exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
    Value found;
    int is_reload = sys_modules_get(vm, name, &found);
    if (is_reload < 0)
        return 0;
    Value it = obj_iter(vm, meta_path);
    if (!it)
        return 0;
    for (;;) {
        Value finder = obj_next(vm, it), spec;
        if (!finder)
            return vm->exc ? 0 : NONE;
        if (finder == OBJ_VAL(&type_builtin_importer)) {
            spec = find_builtin(name) ? builtin_spec(vm, name) : NONE;
        } else if (finder == OBJ_VAL(&type_path_finder)) {
            spec = path_find_spec(vm, name, path);
        } else {
            Value fn = obj_getattr_opt(vm, finder, istr(vm, "find_spec"));
            Value args[3] = { name, path ? path : NONE, target ? target : NONE };
            spec = fn ? obj_call(vm, fn, 3, args, NULL)
                      : vm->exc ? 0 : find_spec_legacy(vm, finder, name, path);
        }
        if (!spec)
            return 0;
        if (IS_NONE(spec))
            continue;
        /* importing the parent package may have imported this module already */
        if (!is_reload) {
            int r = sys_modules_get(vm, name, &found);
            if (r < 0)
                return 0;
            if (r) {
                Value existing = obj_getattr_opt(vm, found, istr(vm, "__spec__"));
                if (!existing && vm->exc)
                    return 0;
                if (existing && !IS_NONE(existing))
                    return existing;
            }
        }
        return spec;
    }
}

/* ---- load (IMPORTS.md 3.4-3.6) ------------------------------------------------------ */

/* importlib's _init_module_attrs: what a module learns from its spec.  A
 * fresh module gets them all; `override` (reload) replaces them even when
 * the module already has them.  Works on any object a loader made. */
static int init_module_attrs(VM *vm, Value spec, Value module, bool override)
{
    Value name = spec_attr(vm, spec, "name"), loader = name ? spec_attr(vm, spec, "loader") : 0;
    Value parent = loader ? spec_attr(vm, spec, "parent") : 0;
    Value locations = parent ? spec_attr(vm, spec, "submodule_search_locations") : 0;
    Value origin = locations ? spec_attr(vm, spec, "origin") : 0;
    Value has_location = origin ? spec_attr(vm, spec, "has_location") : 0;
    int located = has_location ? obj_truthy(vm, has_location) : -1;
    if (located < 0)
        return -1;
    /* a namespace package (no loader, but search locations) gets its
     * NamespaceLoader now, and __file__ None, as CPython 3.11's */
    bool namespace = IS_NONE(loader) && !IS_NONE(locations);
    if (namespace) {
        int missing = override ? 1 : attr_is_none(vm, module, "__loader__");
        if (missing < 0)
            return -1;
        if (missing) {
            loader = plain_new(vm, &type_namespace_loader, 0, NULL, NULL);
            Value args[3] = { name, locations, OBJ_VAL(&type_path_finder) };
            if (!loader || namespace_loader_init(vm, loader, 3, args, NULL) < 0 ||
                obj_setattr(vm, spec, istr(vm, "loader"), loader) < 0)
                return -1;
        }
    }
    struct { const char *attr; Value value; bool when; } steps[] = {
        { "__name__", name, true },
        { "__loader__", loader, true },
        { "__file__", NONE, namespace },
        { "__package__", parent, true },
        { "__spec__", spec, true },
        { "__path__", locations, !IS_NONE(locations) },
        { "__file__", origin, located },
        /* molt writes no bytecode cache: __cached__ is None */
        { "__cached__", NONE, located },
    };
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        if (!steps[i].when)
            continue;
        bool is_spec = !strcmp(steps[i].attr, "__spec__");
        int missing = override || is_spec ? 1 : attr_is_none(vm, module, steps[i].attr);
        if (missing < 0)
            return -1;
        if (missing && obj_setattr(vm, module, istr(vm, steps[i].attr), steps[i].value) < 0) {
            if (!vm_exc_matches(vm, &exc_AttributeError))
                return -1;
            vm_exc_clear(vm);
        }
    }
    return 0;
}

static bool has_attr(VM *vm, Value obj, const char *name)
{
    int r = obj_hasattr(vm, obj, istr(vm, name));
    if (r < 0)
        vm_exc_clear(vm);
    return r > 0;
}

/* importlib's module_from_spec: the loader creates the module (a built-in
 * one), or a plain new module is made; then the spec's attributes. */
static Value module_from_spec(VM *vm, Value spec)
{
    Value loader = spec_attr(vm, spec, "loader");
    if (!loader)
        return 0;
    Value module = NONE;
    if (loader == OBJ_VAL(&type_builtin_importer)) {
        Value name = spec_attr(vm, spec, "name");
        const BuiltinModule *b = name ? builtin_arg(vm, name) : NULL;
        if (!b || !(module = b->init(vm)))
            return 0;
    } else if (!IS_NONE(loader) && !is_source_loader(loader)) {
        if (has_attr(vm, loader, "create_module")) {
            if (!(module = obj_call_method(vm, loader, "create_module", 1, &spec)))
                return 0;
        } else if (has_attr(vm, loader, "exec_module")) {
            return vm_raise(vm, &exc_ImportError,
                            "loaders that define exec_module() must also define create_module()");
        }
    }
    if (IS_NONE(module)) {
        Value name = spec_attr(vm, spec, "name");
        if (!name)
            return 0;
        if (!(module = obj_call1(vm, OBJ_VAL(&type_module), name)))
            return 0;
    }
    return init_module_attrs(vm, spec, module, false) < 0 ? 0 : module;
}

/* Runs the module's body: `code` when import.c compiled it itself, else
 * the loader's exec_module.  Built-in and namespace modules have none. */
static int exec_module(VM *vm, Value spec, Value module, Code *code)
{
    if (code) {
        Dict *d = namespace_of(vm, module);
        return d && vm_run_code(vm, code, d, 0) ? 0 : -1;
    }
    Value loader = spec_attr(vm, spec, "loader");
    if (!loader)
        return -1;
    if (IS_NONE(loader)) {
        Value locations = spec_attr(vm, spec, "submodule_search_locations");
        if (!locations)
            return -1;
        if (IS_NONE(locations)) {
            rt_raise_import_error(vm, &exc_ImportError, spec_attr(vm, spec, "name"), 0, "missing loader");
            return -1;
        }
        return 0;
    }
    if (loader == OBJ_VAL(&type_builtin_importer) ||
        (IS_OBJ(loader) && AS_OBJ(loader)->type == &type_namespace_loader))
        return 0;
    return obj_call_method(vm, loader, "exec_module", 1, &module) ? 0 : -1;
}

/* A loader of the old protocol (load_module instead of exec_module) does
 * everything itself, sys.modules included; then the module gets what it
 * lacks of __loader__, __package__ and __spec__ (importlib's
 * _load_backward_compatible). */
static Value load_backward_compatible(VM *vm, Value spec, Value name, Value loader)
{
    if (!obj_call_method(vm, loader, "load_module", 1, &name)) {
        PRESERVING_EXC(vm, {
            Value found;
            if (sys_modules_get(vm, name, &found) > 0)
                move_to_end(vm, name);
        });
        return 0;
    }
    Value module = move_to_end(vm, name);
    if (!module)
        return 0;
    int missing = attr_is_none(vm, module, "__loader__");
    if (missing < 0 || (missing && obj_setattr(vm, module, istr(vm, "__loader__"), loader) < 0))
        vm_exc_clear(vm);
    missing = attr_is_none(vm, module, "__package__");
    if (missing > 0) {
        Value package = obj_getattr_cstr(vm, module, "__name__");
        int is_pkg = package ? obj_hasattr(vm, module, istr(vm, "__path__")) : -1;
        if (is_pkg == 0 && str_check(name))
            package = OBJ_VAL(parent_name(vm, AS_STR(name)));
        if (is_pkg < 0 || obj_setattr(vm, module, istr(vm, "__package__"), package) < 0)
            vm_exc_clear(vm);
    }
    missing = attr_is_none(vm, module, "__spec__");
    if (missing < 0 || (missing && obj_setattr(vm, module, istr(vm, "__spec__"), spec) < 0))
        vm_exc_clear(vm);
    return module;
}

/* importlib's _load_unlocked: compile (molt's own loader, so that a
 * SyntaxError leaves nothing behind), create the module, register it in
 * sys.modules BEFORE its body runs (a circular import finds the partial
 * module), run the body, remove that name again if the body fails, and
 * answer sys.modules[name] as it is afterwards (a module may replace
 * itself there). */
static Value load_unlocked(VM *vm, Value spec)
{
    Value loader = spec_attr(vm, spec, "loader"), name = loader ? spec_attr(vm, spec, "name") : 0;
    if (!name)
        return 0;
    const char *n = str_check(name) ? AS_STR(name)->data : "?";
    if (!IS_NONE(loader) && !is_source_loader(loader) && loader != OBJ_VAL(&type_builtin_importer) &&
        !has_attr(vm, loader, "exec_module"))
        return load_backward_compatible(vm, spec, name, loader);
    Code *code = NULL;
    if (is_source_loader(loader)) {
        Value path = loader_field(vm, loader, "path");
        if (!path || !(code = source_to_code(vm, path)))
            return 0;
    }
    Value module = module_from_spec(vm, spec);
    if (!module)
        return 0;
    Str *initializing = istr(vm, "_initializing");
    if (obj_setattr(vm, spec, initializing, TRUE_VAL) < 0 || sys_modules_set(vm, name, module) < 0)
        return 0;
    set_state(module, MODULE_INITIALIZING);
    if (code)
        trace(vm, "# '%s' is in sys.modules, partially initialized: running its body", n);
    if (exec_module(vm, spec, module, code) < 0) {
        set_state(module, MODULE_FAILED);
        trace(vm, "# '%s' failed (%s): removed from sys.modules", n, vm->exc ? type_name(vm->exc) : "?");
        PRESERVING_EXC(vm, {
            sys_modules_del(vm, name);
            vm_exc_clear(vm);
            obj_setattr(vm, spec, initializing, FALSE_VAL);
        });
        return 0;
    }
    set_state(module, MODULE_LOADED);
    Value result = move_to_end(vm, name);
    if (result) {
        Value origin = spec_attr(vm, spec, "origin");
        if (!origin)
            return 0;
        if (loader == OBJ_VAL(&type_builtin_importer))
            trace(vm, "import '%s' # built-in", n);
        else if (str_check(origin))
            trace(vm, "import '%s' # from %s", n, AS_STR(origin)->data);
        else if (IS_NONE(loader))
            trace(vm, "import '%s' # namespace package", n);
        else
            trace(vm, "import '%s' # %s", n, repr_of(vm, loader));
    }
    if (obj_setattr(vm, spec, initializing, FALSE_VAL) < 0)
        return 0;
    return result;
}

/* ---- import a name (IMPORTS.md 3.2) ------------------------------------------------- */

static Value find_and_load(VM *vm, Str *name, bool by_importlib);

/* importlib's _find_and_load_unlocked: import the parent package first,
 * find the module along the parent's __path__ (or sys.path), load it, and
 * set it as an attribute of its parent.  The parent is imported as the
 * import statement would (the interpreter's own table first), or, for
 * importlib.import_module, over sys.modules alone, as CPython does. */
static Value find_and_load_unlocked(VM *vm, Str *name, bool by_importlib)
{
    Value path = NONE, tmp;
    Str *parent = parent_name(vm, name);
    if (!parent)
        return 0;
    if (parent->len > 0) {
        int r = sys_modules_get(vm, OBJ_VAL(parent), &tmp);
        if (r < 0)
            return 0;
        if (!r && !(by_importlib ? find_and_load(vm, parent, true)
                                 : import_module_level(vm, parent, NONE, NONE, 0)))
            return 0;
        /* importing the parent may have imported this module too */
        r = sys_modules_get(vm, OBJ_VAL(name), &tmp);
        if (r < 0)
            return 0;
        if (r)
            return tmp;
        Value parent_module = sys_modules_item(vm, OBJ_VAL(parent));
        if (!parent_module)
            return 0;
        path = obj_getattr_opt(vm, parent_module, istr(vm, "__path__"));
        if (!path) {
            if (vm->exc)
                return 0;
            return rt_raise_import_error(vm, &exc_ModuleNotFoundError, OBJ_VAL(name), 0,
                                         "No module named '%s'; '%s' is not a package",
                                         name->data, parent->data);
        }
        trace(vm, "# finding '%s' along %s.__path__", name->data, parent->data);
    } else {
        trace(vm, "# finding '%s' along sys.meta_path and sys.path", name->data);
    }
    Value spec = find_spec(vm, OBJ_VAL(name), path, NONE);
    if (!spec)
        return 0;
    if (IS_NONE(spec)) {
        trace(vm, "# no module named '%s'", name->data);
        return rt_raise_import_error(vm, &exc_ModuleNotFoundError, OBJ_VAL(name), 0,
                                     "No module named '%s'", name->data);
    }
    Value module = load_unlocked(vm, spec);
    if (!module)
        return 0;
    if (parent->len > 0) {
        /* the submodule becomes an attribute of its package: a.b */
        Value parent_module = sys_modules_item(vm, OBJ_VAL(parent));
        if (!parent_module)
            return 0;
        Str *child = str_intern(vm, last_part(vm, name));
        if (obj_setattr(vm, parent_module, child, module) < 0) {
            if (!vm_exc_matches(vm, &exc_AttributeError))
                return 0;
            vm_exc_clear(vm);
        }
    }
    return module;
}

/* importlib's _find_and_load: the slow path, over sys.modules as it is now. */
static Value find_and_load(VM *vm, Str *name, bool by_importlib)
{
    Value module;
    int r = sys_modules_get(vm, OBJ_VAL(name), &module);
    if (r < 0)
        return 0;
    if (!r)
        return find_and_load_unlocked(vm, name, by_importlib);
    if (IS_NONE(module)) {
        trace(vm, "import '%s' # halted: None in sys.modules", name->data);
        return rt_raise_import_error(vm, &exc_ModuleNotFoundError, OBJ_VAL(name), 0,
                                     "import of %s halted; None in sys.modules", name->data);
    }
    trace(vm, "import '%s' # found in sys.modules, not in the interpreter's own table (%s)",
          name->data, state_name(module));
    return module;
}

/* The fast path: the interpreter's own table first (vm->modules, the dict
 * sys.modules was at startup), so that rebinding sys.modules does not make
 * a cached module import afresh (seed 002).  A miss goes the slow way. */
static Value import_absolute(VM *vm, Str *name)
{
    Value module;
    int r = dict_lookup(vm, vm->modules, OBJ_VAL(name), &module);
    if (r < 0)
        return 0;
    if (r && !IS_NONE(module)) {
        trace(vm, "import '%s' # cache hit (%s)", name->data, state_name(module));
        return module;
    }
    return find_and_load(vm, name, false);
}

Value import_module(VM *vm, Str *absname)
{
    return import_absolute(vm, absname);
}

/* ---- __import__ (IMPORTS.md 3.1, 3.7) ----------------------------------------------- */

static Value raise_key_error(VM *vm, const char *msg)
{
    Value key = s(vm, msg);
    Value exc = key ? exc_new(vm, &exc_KeyError, 1, &key) : 0;
    return exc ? vm_raise_value(vm, exc) : 0;
}

/* The absolute name of a relative import: `level` dots counted from the
 * package of the importing module, which is __package__, else
 * __spec__.parent, else __name__ (minus its last part unless the globals
 * are a package's). */
static Str *resolve_name(VM *vm, Str *name, Value globals, int level)
{
    if (!globals) {
        raise_key_error(vm, "'__name__' not in globals");
        return NULL;
    }
    if (!IS_OBJ(globals) || !dict_check(globals)) {
        vm_raise(vm, &exc_TypeError, "globals must be a dict");
        return NULL;
    }
    Dict *g = AS_DICT(globals);
    Value package = dict_get_cstr(vm, g, "__package__");
    Value spec = dict_get_cstr(vm, g, "__spec__");
    if (package && !IS_NONE(package)) {
        if (!str_check(package)) {
            vm_raise(vm, &exc_TypeError, "package must be a string");
            return NULL;
        }
    } else if (spec && !IS_NONE(spec)) {
        package = obj_getattr_cstr(vm, spec, "parent");
        if (!package)
            return NULL;
        if (!str_check(package)) {
            vm_raise(vm, &exc_TypeError, "__spec__.parent must be a string");
            return NULL;
        }
    } else {
        package = dict_get_cstr(vm, g, "__name__");
        if (!package) {
            raise_key_error(vm, "'__name__' not in globals");
            return NULL;
        }
        if (!str_check(package)) {
            vm_raise(vm, &exc_TypeError, "__name__ must be a string");
            return NULL;
        }
        if (!dict_get_cstr(vm, g, "__path__"))
            package = OBJ_VAL(parent_name(vm, AS_STR(package)));
    }
    Str *pkg = AS_STR(package);
    int64_t last_dot = pkg->len;
    if (last_dot == 0) {
        vm_raise(vm, &exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    for (int up = 1; up < level; up++) {
        while (last_dot > 0 && pkg->data[last_dot - 1] != '.')
            last_dot--;
        if (last_dot == 0) {
            vm_raise(vm, &exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        last_dot--;
    }
    if (name->len == 0)
        return str_new(vm, pkg->data, (size_t)last_dot);
    return str_printf(vm, "%.*s.%s", (int)last_dot, pkg->data, name->data);
}

/* importlib's _handle_fromlist: `from package import a, b` imports the
 * submodules package.a and package.b that are not attributes yet.  A
 * missing one is no error here: IMPORT_FROM reports the missing name. */
static int handle_fromlist(VM *vm, Value module, Value fromlist, bool recursive)
{
    Value it = obj_iter(vm, fromlist);
    if (!it)
        return -1;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? -1 : 0;
        if (!str_check(x)) {
            if (recursive) {
                Value mn = obj_getattr_cstr(vm, module, "__name__");
                if (!mn)
                    return -1;
                Value mns = obj_str(vm, mn);
                if (!mns)
                    return -1;
                vm_raise(vm, &exc_TypeError, "Item in %s.__all__ must be str, not %s",
                         AS_STR(mns)->data, type_name(x));
            } else {
                vm_raise(vm, &exc_TypeError, "Item in ``from list'' must be str, not %s",
                         type_name(x));
            }
            return -1;
        }
        Str *attr = str_intern(vm, AS_STR(x));
        if (str_eq_cstr(attr, "*")) {
            if (recursive)
                continue;
            Value all = obj_getattr_opt(vm, module, istr(vm, "__all__"));
            if (!all && vm->exc)
                return -1;
            if (all && handle_fromlist(vm, module, all, true) < 0)
                return -1;
            continue;
        }
        int has = obj_hasattr(vm, module, attr);
        if (has < 0)
            return -1;
        if (has)
            continue;
        Value mn = obj_getattr_cstr(vm, module, "__name__");
        Value mns = mn ? obj_str(vm, mn) : 0;
        if (!mns)
            return -1;
        Str *from_name = str_printf(vm, "%s.%s", AS_STR(mns)->data, attr->data);
        if (!import_module_level(vm, from_name, NONE, NONE, 0)) {
            if (!vm_exc_matches(vm, &exc_ModuleNotFoundError))
                return -1;
            Value exc = vm_exc_take(vm);
            Value ename = obj_getattr_opt(vm, exc, istr(vm, "name"));
            if (!ename || !str_check(ename) || !str_eq(AS_STR(ename), from_name)) {
                if (!vm->exc)
                    vm_raise_value(vm, exc);
                return -1;
            }
            Value blocked;
            int r = sys_modules_get(vm, OBJ_VAL(from_name), &blocked);
            if (r < 0)
                return -1;
            if (r && IS_NONE(blocked)) {
                vm_raise_value(vm, exc);
                return -1;
            }
        }
    }
}

Value import_module_level(VM *vm, Str *name, Value globals, Value fromlist, int level)
{
    if (level < 0)
        return vm_raise(vm, &exc_ValueError, "level must be >= 0");
    Str *absname = name;
    if (level > 0) {
        absname = resolve_name(vm, name, globals, level);
        if (!absname)
            return 0;
    } else if (name->len == 0) {
        return vm_raise(vm, &exc_ValueError, "Empty module name");
    }
    Value module = import_absolute(vm, absname);
    if (!module)
        return 0;

    int has_from = 0;
    if (fromlist && !IS_NONE(fromlist)) {
        has_from = obj_truthy(vm, fromlist);
        if (has_from < 0)
            return 0;
    }
    if (has_from) {
        /* from a.b import x: the module a.b itself, and, when it is a
         * package, its submodules named in the list imported */
        Value path = obj_getattr_opt(vm, module, istr(vm, "__path__"));
        if (!path && vm->exc)
            return 0;
        if (path && handle_fromlist(vm, module, fromlist, false) < 0)
            return 0;
        return module;
    }
    /* import a.b.c binds a: answer the top-level package */
    const char *dot = strchr(name->data, '.');
    if ((level == 0 || name->len > 0) && dot) {
        if (level == 0)
            return import_module_level(vm, str_new(vm, name->data, (size_t)(dot - name->data)),
                                       0, NONE, 0);
        int64_t cut_off = name->len - (dot - name->data);
        Str *to_return = str_new(vm, absname->data, (size_t)(absname->len - cut_off));
        Value m;
        int r = to_return ? dict_lookup(vm, vm->modules, OBJ_VAL(to_return), &m) : -1;
        if (r < 0)
            return 0;
        if (!r) {
            Str *msg = str_printf(vm, "%s not in sys.modules as expected", repr_of(vm, OBJ_VAL(to_return)));
            return msg ? raise_key_error(vm, msg->data) : 0;
        }
        return m;
    }
    return module;
}

/* ---- from a import x, from a import * ------------------------------------------------ */

/* IMPORT_FROM: the attribute, else the submodule already in the table (a
 * circular import may not have set the attribute yet), else ImportError. */
Value import_from(VM *vm, Value module, Str *name)
{
    Value x = obj_getattr_opt(vm, module, name);
    if (x || vm->exc)
        return x;
    Value pkgname = obj_getattr_opt(vm, module, istr(vm, "__name__"));
    if (!pkgname && vm->exc)
        vm_exc_clear(vm);
    if (pkgname && str_check(pkgname)) {
        Str *full = str_printf(vm, "%s.%s", AS_STR(pkgname)->data, name->data);
        int r = full ? dict_lookup(vm, vm->modules, OBJ_VAL(full), &x) : -1;
        if (r < 0)
            return 0;
        if (r)
            return x;
    } else {
        pkgname = 0;
    }
    const char *qname = repr_of(vm, OBJ_VAL(name));
    const char *qpkg = pkgname ? repr_of(vm, pkgname) : "'<unknown module name>'";
    Value file = IS_MODULE(module) ? dict_get_cstr(vm, module_dict(module), "__file__") : 0;
    if (!file || !str_check(file))
        return rt_raise_import_error(vm, &exc_ImportError, pkgname, 0,
                                     "cannot import name %s from %s (unknown location)", qname, qpkg);
    if (module_is_initializing(vm, module))
        return rt_raise_import_error(vm, &exc_ImportError, pkgname, file,
                                     "cannot import name %s from partially initialized module %s "
                                     "(most likely due to a circular import) (%s)",
                                     qname, qpkg, AS_STR(file)->data);
    return rt_raise_import_error(vm, &exc_ImportError, pkgname, file,
                                 "cannot import name %s from %s (%s)", qname, qpkg, AS_STR(file)->data);
}

/* IMPORT_STAR: the names of __all__ (a sequence, read by index as CPython
 * does), else every name of the module's __dict__ not starting with '_'. */
int import_star(VM *vm, Value module, Value locals)
{
    if (!locals) {
        vm_raise(vm, &exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    bool skip_private = false;
    Value names = obj_getattr_opt(vm, module, istr(vm, "__all__"));
    if (!names) {
        if (vm->exc)
            return -1;
        Value d = obj_getattr_opt(vm, module, istr(vm, "__dict__"));
        if (!d) {
            if (!vm->exc)
                vm_raise(vm, &exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = IS_OBJ(d) && dict_check(d) ? dict_keys_list(vm, AS_DICT(d))
                                           : obj_call_method(vm, d, "keys", 0, NULL);
        if (!names || !(names = obj_to_list(vm, names)))
            return -1;
        skip_private = true;
    }
    for (int64_t i = 0;; i++) {
        Value n = obj_getitem(vm, names, MK_INT(i));
        if (!n) {
            if (!vm_exc_matches(vm, &exc_IndexError))
                return -1;
            vm_exc_clear(vm);
            return 0;
        }
        if (!str_check(n)) {
            Value mn = obj_getattr_cstr(vm, module, "__name__");
            if (!mn)
                return -1;
            if (!str_check(mn))
                vm_raise(vm, &exc_TypeError, "module __name__ must be a string, not %s", type_name(mn));
            else
                vm_raise(vm, &exc_TypeError, "%s in %s.%s must be str, not %s",
                         skip_private ? "Key" : "Item", AS_STR(mn)->data,
                         skip_private ? "__dict__" : "__all__", type_name(n));
            return -1;
        }
        Str *attr = str_intern(vm, AS_STR(n));
        if (skip_private && attr->len > 0 && attr->data[0] == '_')
            continue;
        Value v = obj_getattr(vm, module, attr);
        if (!v)
            return -1;
        int r = IS_OBJ(locals) && dict_check(locals) ? dict_set(vm, AS_DICT(locals), OBJ_VAL(attr), v)
                                                     : obj_setitem(vm, locals, OBJ_VAL(attr), v);
        if (r < 0)
            return -1;
    }
}

/* ---- reload (IMPORTS.md 4) ----------------------------------------------------------
 * reload is written in molt, in lib/importlib/__init__.py: read it there.
 * The `reload` builtin is that very function (importlib puts itself there
 * when it is imported, at start-up); this is how C reaches it. */

Value import_reload(VM *vm, Value module)
{
    Value importlib = import_module(vm, istr(vm, "importlib"));
    Value fn = importlib ? obj_getattr_cstr(vm, importlib, "reload") : 0;
    return fn ? obj_call1(vm, fn, module) : 0;
}

/* ---- the _imp module: the native side of lib/importlib --------------------------------- */

/* _imp.find_spec(name, path=None, target=None): importlib's _find_spec. */
static Value imp_find_spec(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name", "path", "target" };
    Value a[3];
    if (args_parse(vm, "find_spec", argc, argv, kw, 1, 3, names, a) < 0)
        return 0;
    return find_spec(vm, a[0], a[1] ? a[1] : NONE, a[2] ? a[2] : NONE);
}

/* _imp.find_and_load(name): importlib's _find_and_load, over sys.modules
 * as it is now (importlib.import_module's core). */
static Value imp_find_and_load(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name" };
    Value a[1];
    if (args_parse(vm, "find_and_load", argc, argv, kw, 1, 1, names, a) < 0)
        return 0;
    if (!str_check(a[0]))
        return vm_raise(vm, &exc_TypeError, "module name must be str, not %s", type_name(a[0]));
    return find_and_load(vm, AS_STR(a[0]), true);
}

/* _imp.init_module_attrs(spec, module, override=True) */
static Value imp_init_module_attrs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "spec", "module", "override" };
    Value a[3];
    if (args_parse(vm, "init_module_attrs", argc, argv, kw, 2, 3, names, a) < 0)
        return 0;
    int override = a[2] ? obj_truthy(vm, a[2]) : 1;
    if (override < 0 || init_module_attrs(vm, a[0], a[1], override) < 0)
        return 0;
    return a[1];
}

/* _imp.module_from_spec(spec): importlib.util.module_from_spec. */
static Value imp_module_from_spec(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "spec" };
    Value a[1];
    if (args_parse(vm, "module_from_spec", argc, argv, kw, 1, 1, names, a) < 0)
        return 0;
    return module_from_spec(vm, a[0]);
}

/* _imp.is_builtin(name): 1 for a built-in module, else 0. */
static Value imp_is_builtin(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "is_builtin", kw) < 0 || args_count(vm, "is_builtin", argc, 1, 1) < 0)
        return 0;
    if (!str_check(argv[0]))
        return vm_raise(vm, &exc_TypeError, "is_builtin() argument must be str, not %s",
                        type_name(argv[0]));
    return MK_INT(find_builtin(argv[0]) ? 1 : 0);
}

static Value imp_extension_suffixes(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "extension_suffixes", kw) < 0 ||
        args_count(vm, "extension_suffixes", argc, 0, 0) < 0)
        return 0;
    List *l = list_new(vm, 0);
    return l ? OBJ_VAL(l) : 0;
}

/* _imp._verbose_message(fmt, *args): under -v, fmt.format(*args) on stderr
 * (how lib/importlib traces reload). */
static Value imp_verbose_message(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "_verbose_message", kw) < 0 ||
        args_count(vm, "_verbose_message", argc, 1, 255) < 0)
        return 0;
    if (!vm->trace_imports)
        return NONE;
    Value text = obj_call_method(vm, argv[0], "format", argc - 1, argv + 1);
    if (!text || !str_check(text))
        return text ? vm_raise(vm, &exc_TypeError, "format() must return str") : 0;
    trace(vm, "%s", AS_STR(text)->data);
    return NONE;
}

static const MethodDef imp_functions[] = {
    { "find_spec", imp_find_spec, 0, "Find the spec of a module the way import does, or None." },
    { "find_and_load", imp_find_and_load, 0, "Import a module by absolute name over sys.modules as it is now." },
    { "init_module_attrs", imp_init_module_attrs, 0, "Set a module's import attributes from a spec." },
    { "module_from_spec", imp_module_from_spec, 0, "Create a module based on the provided spec." },
    { "is_builtin", imp_is_builtin, 0, "Returns True if the module name corresponds to a built-in module." },
    { "extension_suffixes", imp_extension_suffixes, 0, "Returns the list of file suffixes used to identify extension modules." },
    { "_verbose_message", imp_verbose_message, 0, "Print a message on stderr under -v." },
    { 0 }
};

static TypeObject *const import_types[] = {
    &type_module_spec, &type_builtin_importer, &type_path_finder, &type_source_loader,
    &type_namespace_loader, &type_namespace_path,
};

static int ready_import_types(VM *vm)
{
    if (type_builtin_importer.flags & TF_READY)
        return 0;
    for (size_t i = 0; i < sizeof import_types / sizeof import_types[0]; i++)
        if (!(import_types[i]->flags & TF_READY) && type_ready(vm, import_types[i]) < 0)
            return -1;
    /* the origin of its specs, which importlib.util.spec_from_loader reads */
    return dict_set_cstr(vm, type_builtin_importer.dict, "_ORIGIN", s(vm, "built-in"));
}

Value imp_module_init(VM *vm)
{
    Value m = module_new(vm, istr(vm, "_imp"));
    if (!m || ready_import_types(vm) < 0)
        return 0;
    Dict *d = module_dict(m);
    if (rt_add_functions(vm, d, imp_functions) < 0 ||
        dict_set_cstr(vm, d, "__doc__", s(vm, "(Extremely) low-level import machinery bits as used by importlib.")) < 0)
        return 0;
    for (size_t i = 0; i < sizeof import_types / sizeof import_types[0]; i++)
        if (dict_set_str(vm, d, import_types[i]->name_str, OBJ_VAL(import_types[i])) < 0)
            return 0;
    return m;
}

/* ---- __main__ (IMPORTS.md 5) ------------------------------------------------------------
 * The program runs as module __main__, sys.modules['__main__'], which
 * exists from start-up as CPython's does: a script that imports its own file
 * by name runs twice, as two modules. */

Value import_main_module(VM *vm)
{
    if (vm->main_module)
        return vm->main_module;
    Value m = module_new(vm, istr(vm, "__main__"));
    if (!m)
        return 0;
    Dict *d = module_dict(m);
    Dict *ann = dict_new(vm);
    if (!ann || dict_set_cstr(vm, d, "__loader__", OBJ_VAL(&type_builtin_importer)) < 0 ||
        dict_set_cstr(vm, d, "__annotations__", OBJ_VAL(ann)) < 0 ||
        dict_set_cstr(vm, d, "__builtins__", vm->builtins_module) < 0 ||
        dict_set_cstr(vm, vm->modules, "__main__", m) < 0)
        return 0;
    vm->main_module = m;
    return m;
}

static int run_in_main(VM *vm, Code *code)
{
    Value m = vm->main_module;
    set_state(m, MODULE_INITIALIZING);
    Value r = vm_run_code(vm, code, module_dict(m), 0);
    set_state(m, r ? MODULE_LOADED : MODULE_FAILED);
    return r ? 0 : -1;
}

/* __main__ takes the attributes of a file: __file__, __cached__, and the
 * loader that reads it. */
static int set_main_file(VM *vm, Value file, Value loader)
{
    Dict *d = module_dict(vm->main_module);
    if (dict_set_cstr(vm, d, "__file__", file) < 0 || dict_set_cstr(vm, d, "__cached__", NONE) < 0)
        return -1;
    return loader ? dict_set_cstr(vm, d, "__loader__", loader) : 0;
}

int run_main_source(VM *vm, const char *src, size_t len, const char *filename,
                    const char *file_attr)
{
    if (!import_main_module(vm))
        return -1;
    if (file_attr && set_main_file(vm, s(vm, file_attr), 0) < 0)
        return -1;
    Code *code = compile_source(vm, src, len, str_from_cstr(vm, filename), MODE_EXEC);
    if (!code)
        return -1;
    return run_in_main(vm, code);
}

/* Runs a script as __main__.  Returns 0 when it ran, -1 with its exception
 * pending, 2 (after printing CPython's message) when the file cannot be
 * read.  __file__ and the code's filename are the path made absolute
 * without normalising, as CPython 3.11 shows them.  A directory runs its
 * __main__.py, as module __main__ of package ''. */
int run_main_file(VM *vm, const char *path)
{
    Str *abs;
    if (path[0] == '/') {
        abs = str_from_cstr(vm, path);
    } else {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd))
            cwd[0] = 0;
        abs = str_printf(vm, "%s/%s", cwd, path);
    }
    if (!abs || !import_main_module(vm))
        return -1;
    bool is_package_dir = dir_exists(abs->data);
    if (is_package_dir) {
        Str *main_py = str_printf(vm, "%s/__main__.py", abs->data);
        if (!file_exists(main_py->data)) {
            fflush(stdout);
            fprintf(stderr, "molt: can't find '__main__' module in '%s'\n", path);
            return 2;
        }
        abs = main_py;
    }
    FILE *fp = fopen(abs->data, "rb");
    if (!fp) {
        int err = errno;
        fflush(stdout);
        fprintf(stderr, "molt: can't open file '%s': [Errno %d] %s\n", abs->data, err, strerror(err));
        return 2;
    }
    fclose(fp);
    size_t len;
    char *src = import_read_file(vm, abs->data, &len);
    Value name = OBJ_VAL(istr(vm, "__main__"));
    Value loader = src ? source_loader_new(vm, name, OBJ_VAL(abs)) : 0;
    if (!loader || set_main_file(vm, OBJ_VAL(abs), loader) < 0)
        return -1;
    if (is_package_dir) {
        Value spec = spec_make(vm, name, loader, OBJ_VAL(abs), NONE, true);
        Dict *d = module_dict(vm->main_module);
        if (!spec || dict_set_cstr(vm, d, "__package__", OBJ_VAL(istr(vm, ""))) < 0 ||
            dict_set_cstr(vm, d, "__spec__", spec) < 0)
            return -1;
    }
    /* CPython reads a script through its encoding machinery, which names
     * the first undecodable byte and its line, without a source excerpt. */
    size_t bad = src ? lexer_utf8_error(src, len, NULL, 0, NULL) : (size_t)-1;
    if (bad != (size_t)-1) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            line += src[i] == '\n';
        vm_raise(vm, &exc_SyntaxError, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                 "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                 (unsigned char)src[bad], abs->data, line);
        return -1;
    }
    Code *code = compile_source(vm, src, len, abs, MODE_EXEC);
    return code ? run_in_main(vm, code) : -1;
}

/* A one-line error of the command line, after what the program printed. */
static void complain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void complain(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

/* The pending exception as "Type: message" (for -m's one-line errors). */
static const char *exc_line(VM *vm)
{
    Value exc = vm_exc_take(vm);
    Str *msg = exc_format_only(vm, exc);
    if (!msg) {
        vm_exc_clear(vm);
        return "";
    }
    char *text = msg->data;
    size_t tl = strlen(text);
    while (tl > 0 && text[tl - 1] == '\n')
        text[--tl] = 0;
    return text;
}

/* molt -m NAME, as CPython's runpy._run_module_as_main: import the parent
 * packages, find the module (a package runs its __main__ submodule), then
 * run its code in the existing __main__ module's dict, with the module's
 * spec.  Returns 0, -1 with an exception pending, or 1 after printing
 * CPython's one-line message for a module that cannot be run. */
int run_main_module(VM *vm, const char *modname)
{
    if (!import_main_module(vm))
        return -1;
    if (modname[0] == '.') {
        complain("molt: Relative module names not supported\n");
        return 1;
    }
    Str *name = str_from_cstr(vm, modname);
    for (int depth = 0; name && depth < 2; depth++) {
        Str *parent = parent_name(vm, name);
        Value path = NONE;
        if (parent->len > 0) {
            Value pkg = import_module(vm, parent);
            if (!pkg) {
                complain("molt: Error while finding module specification for '%s' (%s)\n",
                         name->data, exc_line(vm));
                return 1;
            }
            path = obj_getattr_opt(vm, pkg, istr(vm, "__path__"));
            if (!path) {
                if (vm->exc)
                    return -1;
                complain("molt: Error while finding module specification for '%s' "
                         "(ModuleNotFoundError: __path__ attribute not found on '%s' while trying to find '%s')\n",
                         name->data, parent->data, name->data);
                return 1;
            }
        }
        Value spec = find_spec(vm, OBJ_VAL(name), path, NONE);
        if (!spec) {
            complain("molt: Error while finding module specification for '%s' (%s)\n",
                     name->data, exc_line(vm));
            return 1;
        }
        if (IS_NONE(spec)) {
            complain("molt: No module named %s\n", name->data);
            return 1;
        }
        Value locations = spec_attr(vm, spec, "submodule_search_locations");
        if (!locations)
            return -1;
        if (!IS_NONE(locations)) {
            if (depth == 1) {
                complain("molt: Cannot use package as __main__ module\n");
                return 1;
            }
            /* a package: import it, then run its __main__ submodule */
            if (!import_module(vm, name))
                return -1;
            Str *main_name = str_printf(vm, "%s.__main__", name->data);
            Value sub = find_spec(vm, OBJ_VAL(main_name), locations, NONE);
            if (!sub)
                return -1;
            if (IS_NONE(sub)) {
                complain("molt: No module named %s; '%s' is a package and cannot be directly executed\n",
                         main_name->data, name->data);
                return 1;
            }
            name = main_name;
            continue;
        }
        Value loader = spec_attr(vm, spec, "loader");
        Value code = !loader ? 0 : is_source_loader(loader)
                     ? OBJ_VAL(source_to_code(vm, loader_field(vm, loader, "path")))
                     : obj_call_method(vm, loader, "get_code", 1, (Value[]){ OBJ_VAL(name) });
        if (!code)
            return -1;
        if (IS_NONE(code)) {
            complain("molt: No code object available for %s\n", name->data);
            return 1;
        }
        Dict *d = module_dict(vm->main_module);
        Value origin = spec_attr(vm, spec, "origin"), parent_v = spec_attr(vm, spec, "parent");
        Value argv0 = sys_get(vm, "argv");
        if (!origin || !parent_v || set_main_file(vm, origin, loader) < 0 ||
            dict_set_cstr(vm, d, "__package__", parent_v) < 0 ||
            dict_set_cstr(vm, d, "__spec__", spec) < 0)
            return -1;
        if (argv0 && IS_LIST(argv0) && AS_LIST(argv0)->len > 0)
            AS_LIST(argv0)->items[0] = origin;
        return run_in_main(vm, (Code *)AS_OBJ(code));
    }
    return -1;
}

/* ---- start-up ----------------------------------------------------------------------------- */

/* Registers sys and builtins, made before the import system could run, as
 * built-in modules; gives sys the finders (sys.meta_path); creates
 * __main__; and imports lib/importlib, which makes its reload the `reload`
 * builtin.  Without molt's lib/ the builtin stays builtins.c's stand-in. */
int import_bootstrap(VM *vm)
{
    if (ready_import_types(vm) < 0)
        return -1;
    Value mods[2] = { vm->sys, vm->builtins_module };
    for (int i = 0; i < 2; i++) {
        Value name = dict_get_cstr(vm, module_dict(mods[i]), "__name__");
        Value spec = name ? builtin_spec(vm, name) : 0;
        if (!spec || dict_set(vm, vm->modules, name, mods[i]) < 0 ||
            init_module_attrs(vm, spec, mods[i], false) < 0)
            return -1;
        set_state(mods[i], MODULE_LOADED);
    }
    Dict *sysd = module_dict(vm->sys);
    Value meta_path = list_from_array(vm, 2, (Value[]){ OBJ_VAL(&type_builtin_importer),
                                                        OBJ_VAL(&type_path_finder) });
    List *hooks = list_new(vm, 0);
    Dict *cache = dict_new(vm);
    if (!meta_path || !hooks || !cache || dict_set_cstr(vm, sysd, "meta_path", meta_path) < 0 ||
        dict_set_cstr(vm, sysd, "path_hooks", OBJ_VAL(hooks)) < 0 ||
        dict_set_cstr(vm, sysd, "path_importer_cache", OBJ_VAL(cache)) < 0 ||
        !import_main_module(vm))
        return -1;
    /* importlib from molt's own lib/, whatever the current directory holds */
    Value lib = vm->lib_dir ? s(vm, vm->lib_dir) : 0;
    Value where = lib ? list_from_array(vm, 1, &lib) : 0;
    Value spec = where ? path_find_spec(vm, OBJ_VAL(istr(vm, "importlib")), where) : 0;
    if (!spec || IS_NONE(spec) || !load_unlocked(vm, spec))
        vm_exc_clear(vm);
    return 0;
}
