/* import.c — the import system: `import`, `from ... import`, `__import__`,
 * reload's native side (the `_imp` module), and running __main__.
 *
 * It follows CPython 3.11 step for step (IMPORTS.md; the names of the
 * functions below are those of importlib._bootstrap, so the two can be read
 * side by side):
 *
 *   import_module_level   __import__: resolve a relative name, import it,
 *                         pick what the statement binds (IMPORTS.md 3.1, 3.7)
 *   import_absolute       the fast path over vm->modules, the interpreter's
 *                         own reference to the original sys.modules (2)
 *   find_and_load         the slow path over sys.modules as it is *now*
 *   find_spec             search sys.path / the parent's __path__ (3.3)
 *   load_unlocked         compile, create the module, register it BEFORE its
 *                         body runs, run it, unregister it on failure (3.4-6)
 *
 * Import and reload share `get_code` (read + compile the fresh source) and
 * `exec_code_in` (run a code object in a module's dict); they differ only in
 * which dict the fresh code runs in.  Sources are re-read and recompiled
 * every time: molt keeps no bytecode cache that could serve stale code.
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

/* ---- the built-in modules ----------------------------------------------------- */

/* sys and builtins exist from the start (bootstrap.c); "importing" them
 * again gives the same objects. */
static Value sys_init_again(VM *vm) { return vm->sys; }
static Value builtins_init_again(VM *vm) { return vm->builtins_module; }

const BuiltinModule builtin_modules[] = {
    { "_imp", imp_module_init },
    { "builtins", builtins_init_again },
    { "gc", gc_module_init },
    { "math", math_module_init },
    { "os", os_module_init },
    { "posixpath", posixpath_module_init },
    { "sys", sys_init_again },
    { "time", time_module_init },
    { NULL, NULL }
};

static const BuiltinModule *find_builtin(Str *name)
{
    for (const BuiltinModule *b = builtin_modules; b->name; b++)
        if (str_eq_cstr(name, b->name))
            return b;
    return NULL;
}

/* ---- small helpers ---------------------------------------------------------------- */

static Value s(VM *vm, const char *c)
{
    Str *r = str_from_cstr(vm, c);
    return r ? OBJ_VAL(r) : 0;
}

static void trace(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void trace(VM *vm, const char *fmt, ...)
{
    if (!vm->trace_imports)
        return;
    va_list ap;
    va_start(ap, fmt);
    fputs("# molt import: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
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

/* Runs `f` with the pending exception put aside (cleanup on an error path). */
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

/* ---- the module table: vm->modules first, then sys.modules now (section 2) ---- */

/* sys.modules as the program sees it at this moment: any object at all.
 * Deleted: AttributeError, as CPython's importlib reports it. */
static Value sys_modules_now(VM *vm)
{
    if (!vm->sys)
        return vm_raise(vm, &exc_RuntimeError, "lost sys module");
    return obj_getattr_cstr(vm, vm->sys, "modules");
}

/* table.get(name): 1 found, 0 missing, -1 error. */
static int table_get(VM *vm, Value table, Str *name, Value *out)
{
    if (IS_OBJ(table) && dict_check(table))
        return dict_lookup(vm, AS_DICT(table), OBJ_VAL(name), out);
    /* anything else a program stored as sys.modules: table.get(name, NEEDS_LOADING) */
    static Value needs_loading;
    if (!needs_loading) {
        Obj *o = obj_alloc(vm, &type_object);
        if (!o)
            return -1;
        needs_loading = OBJ_VAL(o);
    }
    Value args[2] = { OBJ_VAL(name), needs_loading };
    Value v = obj_call_method(vm, table, "get", 2, args);
    if (!v)
        return -1;
    if (v == needs_loading)
        return 0;
    *out = v;
    return 1;
}

static int table_set(VM *vm, Value table, Str *name, Value v)
{
    if (IS_OBJ(table) && dict_check(table))
        return dict_set(vm, AS_DICT(table), OBJ_VAL(name), v);
    return obj_setitem(vm, table, OBJ_VAL(name), v);
}

/* del table[name], a missing name being no error. */
static int table_del(VM *vm, Value table, Str *name)
{
    if (IS_OBJ(table) && dict_check(table))
        return dict_del(vm, AS_DICT(table), OBJ_VAL(name)) < 0 ? -1 : 0;
    if (obj_setitem(vm, table, OBJ_VAL(name), 0) < 0) {
        if (!vm_exc_matches(vm, &exc_KeyError))
            return -1;
        vm_exc_clear(vm);
    }
    return 0;
}

/* sys.modules[name] now: KeyError if it is gone. */
static Value sys_modules_item(VM *vm, Str *name)
{
    Value table = sys_modules_now(vm), v;
    if (!table)
        return 0;
    if (IS_OBJ(table) && dict_check(table)) {
        int r = dict_lookup(vm, AS_DICT(table), OBJ_VAL(name), &v);
        if (r < 0)
            return 0;
        if (!r) {
            Value key = OBJ_VAL(name);
            Value exc = exc_new(vm, &exc_KeyError, 1, &key);
            return exc ? vm_raise_value(vm, exc) : 0;
        }
        return v;
    }
    return obj_getitem(vm, table, OBJ_VAL(name));
}

/* Moves sys.modules[name] to the end of the table, as importlib does after
 * loading (and reloading) a module: module = sys.modules.pop(name);
 * sys.modules[name] = module. */
static Value move_to_end(VM *vm, Str *name)
{
    Value mod = sys_modules_item(vm, name);
    Value table = mod ? sys_modules_now(vm) : 0;
    if (!table || table_del(vm, table, name) < 0 || table_set(vm, table, name, mod) < 0)
        return 0;
    return mod;
}

/* ---- module specs ---------------------------------------------------------------- */

/* ModuleSpec: a plain attribute bag, like importlib.machinery.ModuleSpec.
 * Its attributes live in the instance dict so a program can read and set
 * them: name, loader, origin, submodule_search_locations, loader_state,
 * cached, parent, has_location. */
static Value spec_make(VM *vm, Str *name, Value loader, Value origin, Value locations)
{
    if (!(type_module_spec.flags & TF_READY) && type_ready(vm, &type_module_spec) < 0)
        return 0;
    Obj *o = obj_alloc(vm, &type_module_spec);
    Dict *d = o ? obj_get_dict(vm, OBJ_VAL(o), true) : NULL;
    if (!d)
        return 0;
    bool is_pkg = locations && !IS_NONE(locations);
    Str *parent = is_pkg ? name : parent_name(vm, name);
    bool has_location = origin && str_check(origin) && !str_eq_cstr(AS_STR(origin), "built-in");
    if (!parent ||
        dict_set_cstr(vm, d, "name", OBJ_VAL(name)) < 0 ||
        dict_set_cstr(vm, d, "loader", loader ? loader : NONE) < 0 ||
        dict_set_cstr(vm, d, "origin", origin ? origin : NONE) < 0 ||
        dict_set_cstr(vm, d, "loader_state", NONE) < 0 ||
        dict_set_cstr(vm, d, "submodule_search_locations", locations ? locations : NONE) < 0 ||
        dict_set_cstr(vm, d, "cached", NONE) < 0 ||
        dict_set_cstr(vm, d, "parent", OBJ_VAL(parent)) < 0 ||
        dict_set_cstr(vm, d, "has_location", BOOL_VAL(has_location)) < 0)
        return 0;
    return OBJ_VAL(o);
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
    if (!str_check(a[0]))
        return vm_raise(vm, &exc_TypeError, "module name must be str, not %s", type_name(a[0]));
    Value locations = NONE;
    if (a[4] && !IS_NONE(a[4])) {
        int t2 = obj_truthy(vm, a[4]);
        if (t2 < 0)
            return 0;
        if (t2 && !(locations = OBJ_VAL(list_new(vm, 0))))
            return 0;
    }
    Value spec = spec_make(vm, AS_STR(a[0]), a[1], a[2], locations);
    if (spec && a[3] && dict_set_cstr(vm, obj_get_dict(vm, spec, true), "loader_state", a[3]) < 0)
        return 0;
    return spec;
}

static Value spec_repr(VM *vm, Value self)
{
    Dict *d = obj_get_dict(vm, self, true);
    if (!d)
        return 0;
    StrBuf sb;
    sb_init(&sb, vm);
    sb_adds(&sb, "ModuleSpec(");
    static const char *const shown[] = { "name", "loader", "origin", "submodule_search_locations" };
    for (int i = 0; i < 4; i++) {
        Value v = dict_get_cstr(vm, d, shown[i]);
        if (!v)
            v = NONE;
        if (i >= 2 && IS_NONE(v))
            continue;
        Value r = obj_repr(vm, v);
        if (!r)
            return 0;
        sb_printf(&sb, "%s%s=%s", i ? ", " : "", shown[i], AS_STR(r)->data);
    }
    sb_addc(&sb, ')');
    return OBJ_VAL(sb_finish(&sb));
}

TypeObject type_module_spec = {
    .hdr.type = &type_type,
    .name = "ModuleSpec",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Instance),
    .dict_offset = offsetof(Instance, dict),
    .new_ = spec_tp_new,
    .repr = spec_repr,
    .doc = "The specification for a module, used for loading.",
};

static Value builtin_spec(VM *vm, Str *name)
{
    return spec_make(vm, name, NONE, s(vm, "built-in"), NONE);
}

/* ---- find (IMPORTS.md 3.3) ------------------------------------------------------- */

/* The absolute directory a sys.path entry names ('' is the current one). */
static Str *entry_dir(VM *vm, Str *entry)
{
    if (entry->len > 0 && entry->data[0] == '/')
        return entry;
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return NULL;
    if (entry->len == 0 || str_eq_cstr(entry, "."))
        return str_from_cstr(vm, cwd);
    return str_printf(vm, "%s/%s", cwd, entry->data);
}

/* Searches `path` (a list of directories; 0/None: sys.path, after the
 * built-in modules) for `name`.  In each directory a package NAME/__init__.py
 * beats a module NAME.py; a bare directory NAME is remembered and, if nothing
 * else is found, becomes a namespace package.  Returns a ModuleSpec, None
 * when nothing was found, or 0 on error.  Every call looks at the file
 * system afresh: a file written a moment ago is found. */
static Value find_spec(VM *vm, Str *name, Value path)
{
    file_sync_all();
    if (!path || IS_NONE(path)) {
        if (find_builtin(name)) {
            trace(vm, "'%s' is a built-in module", name->data);
            return builtin_spec(vm, name);
        }
        path = obj_getattr_cstr(vm, vm->sys, "path");   /* as it is now */
        if (!path)
            return 0;
    }
    Str *leaf = last_part(vm, name);
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
        if (!dir)
            continue;
        Str *pkgdir = str_printf(vm, "%s/%s", dir->data, leaf->data);
        Str *init = str_printf(vm, "%s/__init__.py", pkgdir->data);
        trace(vm, "trying %s", init->data);
        if (file_exists(init->data)) {
            List *locations = list_new(vm, 0);
            if (!locations || list_append(vm, locations, OBJ_VAL(pkgdir)) < 0)
                return 0;
            trace(vm, "found package '%s' at %s", name->data, init->data);
            return spec_make(vm, name, NONE, OBJ_VAL(init), OBJ_VAL(locations));
        }
        bool is_namespace = dir_exists(pkgdir->data);
        Str *file = str_printf(vm, "%s/%s.py", dir->data, leaf->data);
        trace(vm, "trying %s", file->data);
        if (file_exists(file->data)) {
            trace(vm, "found module '%s' at %s", name->data, file->data);
            return spec_make(vm, name, NONE, OBJ_VAL(file), NONE);
        }
        if (is_namespace) {
            if (!namespace_dirs && !(namespace_dirs = list_new(vm, 0)))
                return 0;
            if (list_append(vm, namespace_dirs, OBJ_VAL(pkgdir)) < 0)
                return 0;
        }
    }
    if (namespace_dirs) {
        trace(vm, "'%s' is a namespace package", name->data);
        return spec_make(vm, name, NONE, NONE, OBJ_VAL(namespace_dirs));
    }
    return NONE;
}

/* ---- load (IMPORTS.md 3.4-3.6) ------------------------------------------------------ */

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

/* Reads and compiles the source a spec points at: always the file as it is
 * now.  Returns None for a module without source (built-in, namespace). */
static Value get_code(VM *vm, Value spec)
{
    Value origin = spec_attr(vm, spec, "origin");
    if (!origin)
        return 0;
    if (!str_check(origin) || str_eq_cstr(AS_STR(origin), "built-in"))
        return NONE;
    size_t len;
    char *src = import_read_file(vm, AS_STR(origin)->data, &len);
    if (!src)
        return 0;
    Code *code = compile_source(vm, src, len, AS_STR(origin), MODE_EXEC);
    return code ? OBJ_VAL(code) : 0;
}

/* Sets the import-related attributes of a module from its spec, in
 * CPython's order (__name__, __doc__, __package__, __loader__ and __spec__
 * come first from module_new).  `override`: reload replaces them all. */
static int init_module_attrs(VM *vm, Value spec, Value module, bool override)
{
    if (!IS_MODULE(module))
        return 0;
    Dict *d = module_dict(module);
    Value name = spec_attr(vm, spec, "name"), parent = spec_attr(vm, spec, "parent");
    Value loader = spec_attr(vm, spec, "loader"), origin = spec_attr(vm, spec, "origin");
    Value locations = spec_attr(vm, spec, "submodule_search_locations");
    if (!name || !parent || !loader || !origin || !locations)
        return -1;
    Value cur;
    if ((override || !(cur = dict_get_cstr(vm, d, "__name__"))) &&
        dict_set_cstr(vm, d, "__name__", name) < 0)
        return -1;
    if ((override || !(cur = dict_get_cstr(vm, d, "__loader__")) || IS_NONE(cur)) &&
        dict_set_cstr(vm, d, "__loader__", loader) < 0)
        return -1;
    if ((override || !(cur = dict_get_cstr(vm, d, "__package__")) || IS_NONE(cur)) &&
        dict_set_cstr(vm, d, "__package__", parent) < 0)
        return -1;
    if (dict_set_cstr(vm, d, "__spec__", spec) < 0)
        return -1;
    if (!IS_NONE(locations) &&
        (override || !dict_get_cstr(vm, d, "__path__")) &&
        dict_set_cstr(vm, d, "__path__", locations) < 0)
        return -1;
    bool has_location = str_check(origin) && !str_eq_cstr(AS_STR(origin), "built-in");
    if (has_location) {
        if ((override || !dict_get_cstr(vm, d, "__file__")) &&
            dict_set_cstr(vm, d, "__file__", origin) < 0)
            return -1;
        if ((override || !dict_get_cstr(vm, d, "__cached__")) &&
            dict_set_cstr(vm, d, "__cached__", NONE) < 0)
            return -1;
    } else if (IS_NONE(origin) && !IS_NONE(locations) && !dict_get_cstr(vm, d, "__file__")) {
        /* a namespace package: __file__ is None in 3.11 */
        if (dict_set_cstr(vm, d, "__file__", NONE) < 0)
            return -1;
    }
    return 0;
}

/* Runs a code object in a module's namespace: the one step import and
 * reload share.  Import gives it a new module's dict; reload the old one. */
static Value exec_code_in(VM *vm, Code *code, Value module)
{
    Dict *d = IS_MODULE(module) ? module_dict(module) : obj_get_dict(vm, module, true);
    if (!d)
        return 0;
    return vm_run_code(vm, code, d, 0);
}

/* Creates the module object a spec describes (not yet registered). */
static Value module_from_spec(VM *vm, Value spec, Str *name, Value *code_out)
{
    *code_out = NONE;
    Value origin = spec_attr(vm, spec, "origin");
    if (!origin)
        return 0;
    Value module;
    if (str_check(origin) && str_eq_cstr(AS_STR(origin), "built-in")) {
        const BuiltinModule *b = find_builtin(name);
        if (!b)
            return vm_raise(vm, &exc_ImportError, "no built-in module named %s", name->data);
        module = b->init(vm);
        if (!module)
            return 0;
    } else {
        /* compile first: a SyntaxError leaves nothing behind */
        Value code = get_code(vm, spec);
        if (!code)
            return 0;
        *code_out = code;
        module = module_new(vm, name);
        if (!module)
            return 0;
    }
    if (init_module_attrs(vm, spec, module, false) < 0)
        return 0;
    if (IS_MODULE(module) && !IS_NONE(*code_out)) {
        Dict *d = module_dict(module);
        Code *co = (Code *)AS_OBJ(*code_out);
        if (dict_set_cstr(vm, d, "__builtins__", OBJ_VAL(vm->builtins)) < 0 ||
            (co->docstring && dict_set_cstr(vm, d, "__doc__", co->docstring) < 0))
            return 0;
    }
    return module;
}

/* importlib's _load_unlocked: register the module in sys.modules BEFORE
 * running its body (a circular import sees the partial module), remove that
 * name again if the body fails, and answer sys.modules[name] as it is
 * afterwards (a module may replace itself there). */
static Value load_unlocked(VM *vm, Value spec, Str *name)
{
    Value code;
    Value module = module_from_spec(vm, spec, name, &code);
    if (!module)
        return 0;
    Value table = sys_modules_now(vm);
    if (!table || table_set(vm, table, name, module) < 0)
        return 0;
    if (!IS_NONE(code)) {
        Module *m = IS_MODULE(module) ? (Module *)AS_OBJ(module) : NULL;
        if (m)
            m->state = MODULE_INITIALIZING;
        trace(vm, "executing '%s' (in sys.modules, initializing)", name->data);
        if (!exec_code_in(vm, (Code *)AS_OBJ(code), module)) {
            if (m)
                m->state = MODULE_FAILED;
            trace(vm, "'%s' failed: removed from sys.modules", name->data);
            PRESERVING_EXC(vm, {
                Value t = sys_modules_now(vm);
                if (t)
                    table_del(vm, t, name);
            });
            return 0;
        }
        if (m)
            m->state = MODULE_LOADED;
    } else if (IS_MODULE(module)) {
        ((Module *)AS_OBJ(module))->state = MODULE_LOADED;
    }
    Value result = move_to_end(vm, name);
    if (result)
        trace(vm, "import '%s' done", name->data);
    return result;
}

/* importlib's _find_and_load_unlocked: import the parent package first, find
 * the module along the parent's __path__ (or sys.path), load it, and set it
 * as an attribute of its parent. */
static Value find_and_load_unlocked(VM *vm, Str *name)
{
    Value path = NONE, parent_module = 0;
    Str *parent = parent_name(vm, name);
    if (!parent)
        return 0;
    if (parent->len > 0) {
        Value table = sys_modules_now(vm), tmp;
        if (!table)
            return 0;
        int r = table_get(vm, table, parent, &tmp);
        if (r < 0)
            return 0;
        if (!r && !import_module_level(vm, parent, NONE, NONE, 0))
            return 0;
        /* importing the parent may have imported this module too */
        if (!(table = sys_modules_now(vm)))
            return 0;
        r = table_get(vm, table, name, &tmp);
        if (r < 0)
            return 0;
        if (r)
            return tmp;
        parent_module = sys_modules_item(vm, parent);
        if (!parent_module)
            return 0;
        path = obj_getattr_opt(vm, parent_module, str_intern_cstr(vm, "__path__"));
        if (!path) {
            if (vm->exc)
                return 0;
            return rt_raise_import_error(vm, &exc_ModuleNotFoundError, OBJ_VAL(name), 0,
                                         "No module named '%s'; '%s' is not a package",
                                         name->data, parent->data);
        }
    }
    Value spec = find_spec(vm, name, path);
    if (!spec)
        return 0;
    if (IS_NONE(spec))
        return rt_raise_import_error(vm, &exc_ModuleNotFoundError, OBJ_VAL(name), 0,
                                     "No module named '%s'", name->data);
    Value module = load_unlocked(vm, spec, name);
    if (!module)
        return 0;
    if (parent->len > 0) {
        parent_module = sys_modules_item(vm, parent);
        if (!parent_module)
            return 0;
        Str *child = last_part(vm, name);
        if (obj_setattr(vm, parent_module, str_intern(vm, child), module) < 0) {
            if (!vm_exc_matches(vm, &exc_AttributeError))
                return 0;
            vm_exc_clear(vm);
        }
    }
    return module;
}

/* importlib's _find_and_load: the slow path, over sys.modules as it is now. */
static Value find_and_load(VM *vm, Str *name)
{
    Value table = sys_modules_now(vm), module;
    if (!table)
        return 0;
    int r = table_get(vm, table, name, &module);
    if (r < 0)
        return 0;
    if (!r)
        return find_and_load_unlocked(vm, name);
    if (IS_NONE(module))
        return rt_raise_import_error(vm, &exc_ModuleNotFoundError, OBJ_VAL(name), 0,
                                     "import of %s halted; None in sys.modules", name->data);
    return module;
}

/* The fast path: the interpreter's own table first (vm->modules, the dict
 * sys.modules was at startup), so that rebinding sys.modules does not make
 * a cached module import afresh (seed 002). */
static Value import_absolute(VM *vm, Str *name)
{
    Value module;
    int r = dict_lookup(vm, vm->modules, OBJ_VAL(name), &module);
    if (r < 0)
        return 0;
    if (r && !IS_NONE(module))
        return module;
    return find_and_load(vm, name);
}

Value import_module(VM *vm, Str *absname)
{
    return import_absolute(vm, absname);
}

/* ---- __import__ (IMPORTS.md 3.1, 3.7) --------------------------------------------- */

/* The package a relative import is relative to: __package__, else
 * __spec__.parent, else __name__ (minus its last part unless the globals
 * are a package's). */
static Str *resolve_name(VM *vm, Str *name, Value globals, int level)
{
    if (!globals || IS_NONE(globals)) {
        Value key = s(vm, "'__name__' not in globals");
        Value exc = key ? exc_new(vm, &exc_KeyError, 1, &key) : 0;
        if (exc)
            vm_raise_value(vm, exc);
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
            Value key = s(vm, "'__name__' not in globals");
            Value exc = key ? exc_new(vm, &exc_KeyError, 1, &key) : 0;
            if (exc)
                vm_raise_value(vm, exc);
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
 * submodules package.a and package.b that are not attributes yet. */
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
                vm_raise(vm, &exc_TypeError, "Item in %s.__all__ must be str, not %s",
                         mn && str_check(mn) ? AS_STR(mn)->data : "?", type_name(x));
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
            Value all = obj_getattr_opt(vm, module, str_intern_cstr(vm, "__all__"));
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
        if (!mn)
            return -1;
        if (!str_check(mn)) {
            vm_raise(vm, &exc_TypeError, "module __name__ must be a string");
            return -1;
        }
        Str *from_name = str_printf(vm, "%s.%s", AS_STR(mn)->data, attr->data);
        if (!import_module_level(vm, from_name, NONE, NONE, 0)) {
            /* a missing submodule named in the fromlist is no error here:
             * IMPORT_FROM reports the missing name */
            if (!vm_exc_matches(vm, &exc_ModuleNotFoundError))
                return -1;
            Value exc = vm->exc;
            Dict *ed = obj_get_dict(vm, exc, false);
            Value ename = ed ? dict_get_cstr(vm, ed, "name") : 0;
            if (!ename || !str_check(ename) || !str_eq(AS_STR(ename), from_name))
                return -1;
            Value table = sys_modules_now(vm), blocked;
            vm_exc_clear(vm);
            if (!table)
                return -1;
            int r = table_get(vm, table, from_name, &blocked);
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
        /* from a.b import x: the module a.b itself, its submodules named in
         * the list imported when it is a package */
        Value path = obj_getattr_opt(vm, module, str_intern_cstr(vm, "__path__"));
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
            return import_absolute(vm, str_new(vm, name->data, (size_t)(dot - name->data)));
        int64_t cut_off = name->len - (dot - name->data);
        Str *to_return = str_new(vm, absname->data, (size_t)(absname->len - cut_off));
        Value m;
        int r = to_return ? dict_lookup(vm, vm->modules, OBJ_VAL(to_return), &m) : -1;
        if (r < 0)
            return 0;
        if (!r) {
            Value key = OBJ_VAL(str_printf(vm, "'%s' not in sys.modules as expected", to_return->data));
            Value exc = exc_new(vm, &exc_KeyError, 1, &key);
            return exc ? vm_raise_value(vm, exc) : 0;
        }
        return m;
    }
    return module;
}

/* ---- from a import x, from a import * -------------------------------------------- */

Value import_from(VM *vm, Value module, Str *name)
{
    Value x = obj_getattr_opt(vm, module, name);
    if (x || vm->exc)
        return x;
    /* a circular import may not have set the attribute yet: the submodule
     * may already be in the table */
    Value pkgname = obj_getattr_opt(vm, module, str_intern_cstr(vm, "__name__"));
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
    const char *pname = pkgname ? AS_STR(pkgname)->data : "<unknown module name>";
    Value file = IS_MODULE(module) ? dict_get_cstr(vm, module_dict(module), "__file__") : 0;
    if (!file || !str_check(file))
        return rt_raise_import_error(vm, &exc_ImportError, pkgname, 0,
                                     "cannot import name '%s' from '%s' (unknown location)",
                                     name->data, pname);
    bool initializing = IS_MODULE(module) &&
                        ((Module *)AS_OBJ(module))->state == MODULE_INITIALIZING;
    if (initializing)
        return rt_raise_import_error(vm, &exc_ImportError, pkgname, file,
                                     "cannot import name '%s' from partially initialized module '%s' "
                                     "(most likely due to a circular import) (%s)",
                                     name->data, pname, AS_STR(file)->data);
    return rt_raise_import_error(vm, &exc_ImportError, pkgname, file,
                                 "cannot import name '%s' from '%s' (%s)",
                                 name->data, pname, AS_STR(file)->data);
}

int import_star(VM *vm, Value module, Value locals)
{
    if (!locals) {
        vm_raise(vm, &exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    bool skip_private = false;
    Value names = obj_getattr_opt(vm, module, str_intern_cstr(vm, "__all__"));
    if (!names) {
        if (vm->exc)
            return -1;
        Value d = obj_getattr_opt(vm, module, str_intern_cstr(vm, "__dict__"));
        if (!d) {
            if (!vm->exc)
                vm_raise(vm, &exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = IS_OBJ(d) && dict_check(d) ? dict_keys_list(vm, AS_DICT(d)) : obj_to_list(vm, d);
        if (!names)
            return -1;
        skip_private = true;
    }
    Value it = obj_iter(vm, names);
    if (!it)
        return -1;
    for (;;) {
        Value n = obj_next(vm, it);
        if (!n)
            return vm->exc ? -1 : 0;
        if (!str_check(n)) {
            Value mn = obj_getattr_cstr(vm, module, "__name__");
            if (!mn)
                return -1;
            if (!str_check(mn)) {
                vm_raise(vm, &exc_TypeError, "module __name__ must be a string, not %s", type_name(mn));
                return -1;
            }
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
        if (IS_OBJ(locals) && dict_check(locals)) {
            if (dict_set(vm, AS_DICT(locals), OBJ_VAL(attr), v) < 0)
                return -1;
        } else if (obj_setitem(vm, locals, OBJ_VAL(attr), v) < 0) {
            return -1;
        }
    }
}

/* ---- reload (IMPORTS.md 4), in C ------------------------------------------------------
 * The `reload` builtin and importlib.reload are lib/importlib's function,
 * written in molt over the _imp module below; this is the same sequence in C
 * for a molt without its lib/ directory. */

static Dict *reloading;     /* names being reloaded now: a reload inside a reload returns */

Value import_reload(VM *vm, Value module)
{
    /* 1-2: the name the module was imported under */
    Value name = 0, spec = obj_getattr_opt(vm, module, str_intern_cstr(vm, "__spec__"));
    if (spec)
        name = obj_getattr_opt(vm, spec, str_intern_cstr(vm, "name"));
    if (!name && !vm->exc)
        name = obj_getattr_opt(vm, module, str_intern_cstr(vm, "__name__"));
    if (!name) {
        if (vm->exc && !vm_exc_matches(vm, &exc_AttributeError))
            return 0;
        vm_exc_clear(vm);
        return vm_raise(vm, &exc_TypeError, "reload() argument must be a module");
    }
    if (!str_check(name))
        return vm_raise(vm, &exc_TypeError, "reload() argument must be a module");
    Str *n = AS_STR(name);
    Value table = sys_modules_now(vm), cur;
    if (!table)
        return 0;
    int r = table_get(vm, table, n, &cur);
    if (r < 0)
        return 0;
    if (!r || cur != module)
        return rt_raise_import_error(vm, &exc_ImportError, name, 0, "module %s not in sys.modules", n->data);
    /* 3 */
    if (!reloading && !(reloading = dict_new(vm)))
        return 0;
    Value busy = dict_get_str(reloading, n);
    if (busy)
        return busy;
    if (dict_set(vm, reloading, name, module) < 0)
        return 0;

    Value result = 0;
    do {
        /* 4: a submodule is found along its parent's __path__ */
        Value pkgpath = NONE;
        Str *parent = parent_name(vm, n);
        if (!parent)
            break;
        if (parent->len > 0) {
            Value pm;
            r = table_get(vm, table, parent, &pm);
            if (r < 0)
                break;
            if (!r) {
                rt_raise_import_error(vm, &exc_ImportError, OBJ_VAL(parent), 0,
                                      "parent '%s' not in sys.modules", parent->data);
                break;
            }
            if (!(pkgpath = obj_getattr_cstr(vm, pm, "__path__")))
                break;
        }
        /* 5: find the source again */
        Value newspec = find_spec(vm, n, pkgpath);
        if (!newspec || obj_setattr(vm, module, str_intern_cstr(vm, "__spec__"), newspec) < 0)
            break;
        if (IS_NONE(newspec)) {
            rt_raise_import_error(vm, &exc_ModuleNotFoundError, name, 0,
                                  "spec not found for the module '%s'", n->data);
            break;
        }
        /* 6-7: fresh bytecode, run in the old module's dict */
        if (!(table = sys_modules_now(vm)) || (r = table_get(vm, table, n, &cur)) < 0)
            break;
        if (!r || cur != module) {
            rt_raise_import_error(vm, &exc_ImportError, name, 0, "module '%s' not in sys.modules", n->data);
            break;
        }
        Value code = 0;
        if (init_module_attrs(vm, newspec, module, true) == 0 && (code = get_code(vm, newspec)) &&
            !IS_NONE(code)) {
            trace(vm, "reloading '%s' into its old namespace", n->data);
            if (!exec_code_in(vm, (Code *)AS_OBJ(code), module))
                code = 0;
        }
        /* the module moves to the end of sys.modules, even on failure */
        if (!code) {
            PRESERVING_EXC(vm, move_to_end(vm, n));
            break;
        }
        if (!move_to_end(vm, n))
            break;
        /* 8 */
        result = sys_modules_item(vm, n);
    } while (0);
    PRESERVING_EXC(vm, dict_del(vm, reloading, name));
    return result;
}

/* ---- the _imp module: the native side of lib/importlib ----------------------------- */

/* _imp.find_spec(name, path=None): the ModuleSpec import would use, or None. */
static Value imp_find_spec(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name", "path" };
    Value a[2];
    if (args_parse(vm, "find_spec", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    if (!str_check(a[0]))
        return vm_raise(vm, &exc_TypeError, "module name must be str, not %s", type_name(a[0]));
    return find_spec(vm, AS_STR(a[0]), a[1]);
}

/* _imp.get_code(spec): fresh bytecode from the spec's file (None: no source). */
static Value imp_get_code(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get_code", kw) < 0 || args_count(vm, "get_code", argc, 1, 1) < 0)
        return 0;
    return get_code(vm, argv[0]);
}

/* _imp.init_module_attrs(spec, module): __spec__, __file__, __path__, ... */
static Value imp_init_module_attrs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "init_module_attrs", kw) < 0 ||
        args_count(vm, "init_module_attrs", argc, 2, 2) < 0)
        return 0;
    return init_module_attrs(vm, argv[0], argv[1], true) < 0 ? 0 : NONE;
}

/* _imp.exec_code(code, module): the step import and reload share. */
static Value imp_exec_code(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "exec_code", kw) < 0 || args_count(vm, "exec_code", argc, 2, 2) < 0)
        return 0;
    if (!IS_OBJ(argv[0]) || AS_OBJ(argv[0])->type != &type_code)
        return vm_raise(vm, &exc_TypeError, "exec_code() argument 1 must be code, not %s",
                        type_name(argv[0]));
    return exec_code_in(vm, (Code *)AS_OBJ(argv[0]), argv[1]) ? NONE : 0;
}

static Value imp_is_builtin(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "is_builtin", kw) < 0 || args_count(vm, "is_builtin", argc, 1, 1) < 0)
        return 0;
    return BOOL_VAL(str_check(argv[0]) && find_builtin(AS_STR(argv[0])));
}

/* _imp.gcd_import(name, package=None, level=0): importlib.import_module's
 * core; answers the module itself, not its top-level package. */
static Value imp_gcd_import(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name", "package", "level" };
    Value a[3];
    if (args_parse(vm, "gcd_import", argc, argv, kw, 1, 3, names, a) < 0)
        return 0;
    if (!str_check(a[0]))
        return vm_raise(vm, &exc_TypeError, "module name must be str, not %s", type_name(a[0]));
    int64_t level = 0;
    if (a[2] && obj_index_int64(vm, a[2], &level) < 0)
        return 0;
    if (level < 0)
        return vm_raise(vm, &exc_ValueError, "level must be >= 0");
    Str *name = AS_STR(a[0]);
    if (level > 0) {
        Value package = a[1] ? a[1] : NONE;
        if (!str_check(package))
            return vm_raise(vm, &exc_TypeError, "__package__ not set to a string");
        if (AS_STR(package)->len == 0)
            return vm_raise(vm, &exc_ImportError, "attempted relative import with no known parent package");
        Dict *g = dict_new(vm);
        if (!g || dict_set_cstr(vm, g, "__package__", package) < 0)
            return 0;
        name = resolve_name(vm, name, OBJ_VAL(g), (int)level);
        if (!name)
            return 0;
    } else if (name->len == 0) {
        return vm_raise(vm, &exc_ValueError, "Empty module name");
    }
    return import_absolute(vm, name);
}

static const MethodDef imp_functions[] = {
    { "find_spec", imp_find_spec, 0, "Find the spec of a module the way import does, or None." },
    { "get_code", imp_get_code, 0, "Read and compile the current source of a spec's module." },
    { "init_module_attrs", imp_init_module_attrs, 0, "Set a module's import attributes from a spec." },
    { "exec_code", imp_exec_code, 0, "Run a code object in a module's namespace." },
    { "is_builtin", imp_is_builtin, 0, "Is the name a built-in module?" },
    { "gcd_import", imp_gcd_import, 0, "Import a module by name, answer the module itself." },
    { 0 }
};

Value imp_module_init(VM *vm)
{
    Value m = module_new(vm, str_intern_cstr(vm, "_imp"));
    if (!m)
        return 0;
    Dict *d = module_dict(m);
    if (rt_add_functions(vm, d, imp_functions) < 0 ||
        dict_set_cstr(vm, d, "ModuleSpec", OBJ_VAL(&type_module_spec)) < 0 ||
        dict_set_cstr(vm, d, "__doc__", s(vm, "(Extremely) low-level import machinery bits as used by importlib.")) < 0)
        return 0;
    if (!(type_module_spec.flags & TF_READY) && type_ready(vm, &type_module_spec) < 0)
        return 0;
    return m;
}

/* ---- __main__ ------------------------------------------------------------------------ */

Value import_main_module(VM *vm)
{
    if (vm->main_module)
        return vm->main_module;
    Value m = module_new(vm, str_intern_cstr(vm, "__main__"));
    if (!m)
        return 0;
    Dict *d = module_dict(m);
    Dict *ann = dict_new(vm);
    if (!ann || dict_set_cstr(vm, d, "__annotations__", OBJ_VAL(ann)) < 0 ||
        dict_set_cstr(vm, d, "__builtins__", vm->builtins_module) < 0 ||
        dict_set_cstr(vm, vm->modules, "__main__", m) < 0)
        return 0;
    vm->main_module = m;
    return m;
}

static int run_in_main(VM *vm, Code *code)
{
    Value m = vm->main_module;
    if (code->docstring && !IS_NONE(code->docstring) &&
        dict_set_cstr(vm, module_dict(m), "__doc__", code->docstring) < 0)
        return -1;
    ((Module *)AS_OBJ(m))->state = MODULE_INITIALIZING;
    Value r = vm_run_code(vm, code, module_dict(m), 0);
    ((Module *)AS_OBJ(m))->state = r ? MODULE_LOADED : MODULE_FAILED;
    return r ? 0 : -1;
}

int run_main_source(VM *vm, const char *src, size_t len, const char *filename,
                    const char *file_attr)
{
    Value m = import_main_module(vm);
    if (!m)
        return -1;
    if (file_attr) {
        Dict *d = module_dict(m);
        if (dict_set_cstr(vm, d, "__file__", s(vm, file_attr)) < 0 ||
            dict_set_cstr(vm, d, "__cached__", NONE) < 0)
            return -1;
    }
    Code *code = compile_source(vm, src, len, str_from_cstr(vm, filename), MODE_EXEC);
    if (!code)
        return -1;
    return run_in_main(vm, code);
}

/* Runs a script as __main__.  Returns 0 when it ran, -1 with its exception
 * pending, 2 (after printing CPython's message) when the file cannot be
 * read.  __file__ and the code's filename are the path made absolute
 * without normalising, as CPython 3.11 shows them. */
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
    if (!abs)
        return -1;
    size_t len;
    char *src = NULL;
    struct stat st;
    bool is_package_dir = false;
    if (stat(abs->data, &st) == 0 && S_ISDIR(st.st_mode)) {
        is_package_dir = true;
        /* a directory with __main__.py runs that, as CPython does */
        Str *main_py = str_printf(vm, "%s/__main__.py", abs->data);
        if (file_exists(main_py->data)) {
            abs = main_py;
        } else {
            fprintf(stderr, "molt: can't find '__main__' module in '%s'\n", path);
            return 2;
        }
    }
    FILE *fp = fopen(abs->data, "rb");
    if (!fp) {
        int err = errno;
        fprintf(stderr, "molt: can't open file '%s': [Errno %d] %s\n", abs->data, err, strerror(err));
        return 2;
    }
    fclose(fp);
    src = import_read_file(vm, abs->data, &len);
    if (!src)
        return -1;
    if (is_package_dir) {
        Value m = import_main_module(vm);
        if (!m || dict_set_cstr(vm, module_dict(m), "__package__", OBJ_VAL(str_intern_cstr(vm, ""))) < 0)
            return -1;
    }
    return run_main_source(vm, src, len, abs->data, abs->data);
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

/* molt -m NAME, as runpy._run_module_as_main: import the parent packages,
 * find the module (a package runs its __main__), and run its code in
 * __main__.  Returns 0, -1 with an exception pending, or 1 after printing
 * CPython's one-line message for a module that cannot be run. */
int run_main_module(VM *vm, const char *modname)
{
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
                Value exc = vm_exc_take(vm);
                Str *msg = exc_format_only(vm, exc);
                char *text = msg ? msg->data : "";
                size_t tl = strlen(text);
                while (tl > 0 && text[tl - 1] == '\n')
                    text[--tl] = 0;
                complain("molt: Error while finding module specification for '%s' (%s)\n",
                        name->data, text);
                return 1;
            }
            path = obj_getattr_opt(vm, pkg, str_intern_cstr(vm, "__path__"));
            if (!path) {
                if (vm->exc)
                    return -1;
                complain("molt: Error while finding module specification for '%s' "
                        "(ModuleNotFoundError: __path__ attribute not found on '%s' while trying to find '%s')\n",
                        name->data, parent->data, name->data);
                return 1;
            }
        }
        Value spec = find_spec(vm, name, path);
        if (!spec)
            return -1;
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
            Value sub = find_spec(vm, main_name, locations);
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
        Value code = get_code(vm, spec);
        if (!code)
            return -1;
        if (IS_NONE(code)) {
            complain("molt: No code object available for %s\n", name->data);
            return 1;
        }
        Value m = import_main_module(vm);
        if (!m)
            return -1;
        Dict *d = module_dict(m);
        Value origin = spec_attr(vm, spec, "origin"), parent_v = spec_attr(vm, spec, "parent");
        Value argv0 = sys_get(vm, "argv");
        if (!origin || !parent_v ||
            dict_set_cstr(vm, d, "__file__", origin) < 0 ||
            dict_set_cstr(vm, d, "__cached__", NONE) < 0 ||
            dict_set_cstr(vm, d, "__package__", parent_v) < 0 ||
            dict_set_cstr(vm, d, "__spec__", spec) < 0)
            return -1;
        if (argv0 && IS_OBJ(argv0) && AS_OBJ(argv0)->type == &type_list && AS_LIST(argv0)->len > 0)
            AS_LIST(argv0)->items[0] = origin;
        return run_in_main(vm, (Code *)AS_OBJ(code));
    }
    return -1;
}

/* ---- start-up ------------------------------------------------------------------------- */

/* Registers sys and builtins, made before the import system could run, as
 * built-in modules: in vm->modules with a spec of origin 'built-in'. */
int import_bootstrap(VM *vm)
{
    Value mods[2] = { vm->sys, vm->builtins_module };
    for (int i = 0; i < 2; i++) {
        Dict *d = module_dict(mods[i]);
        Value name = dict_get_cstr(vm, d, "__name__");
        if (!name || !str_check(name))
            return -1;
        Value spec = builtin_spec(vm, AS_STR(name));
        if (!spec || dict_set(vm, vm->modules, name, mods[i]) < 0 ||
            init_module_attrs(vm, spec, mods[i], false) < 0)
            return -1;
        ((Module *)AS_OBJ(mods[i]))->state = MODULE_LOADED;
    }
    return 0;
}
