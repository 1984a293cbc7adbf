/* sys.c — the `sys` module, plus the two small object kinds it needs and
 * shares: struct sequences (sys.version_info, time.struct_time,
 * os.stat_result) and types.SimpleNamespace (sys.implementation).
 *
 * sys.modules is vm->modules when molt starts, but only as an ordinary
 * attribute: a program may rebind or delete it, and the import system keeps
 * its own reference (IMPORTS.md section 2).
 */
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "object.h"
#include "vm.h"
#include "vmcache.h"
#include "runtime.h"
#include "objects/container.h"
#include "objects/objmodel.h"
#include "objects/number.h"

#ifndef MOLT_LIB_DIR
#define MOLT_LIB_DIR "/usr/local/lib/molt"
#endif

Value sys_get(VM *vm, const char *name)
{
    if (!vm->sys || !IS_MODULE(vm->sys))
        return 0;
    /* print() asks for sys.stdout at every call: remember the interned key
     * of each (literal) name asked for */
    static struct { const char *name; Str *key; } cache[8];
    Str *key = NULL;
    for (int i = 0; i < 8 && cache[i].name; i++)
        if (cache[i].name == name)
            key = cache[i].key;
    if (!key) {
        key = str_intern_cstr(vm, name);
        if (!key)
            return 0;
        for (int i = 0; i < 8; i++)
            if (!cache[i].name) {
                cache[i].name = name;
                cache[i].key = key;
                break;
            }
    }
    return dict_get_str(((Module *)AS_OBJ(vm->sys))->dict, key);
}

static Dict *sys_dict(VM *vm)
{
    return ((Module *)AS_OBJ(vm->sys))->dict;
}

/* ---- struct sequences ------------------------------------------------------- */

static int structseq_ready(VM *vm, StructSeqType *t)
{
    if (t->type.flags & TF_READY)
        return 0;
    return type_ready(vm, &t->type);
}

Value structseq_new(VM *vm, StructSeqType *t, const Value *items)
{
    if (structseq_ready(vm, t) < 0)
        return 0;
    Tuple *tp = mem_alloc(vm, sizeof(Tuple) + (size_t)t->nfields * sizeof(Value));
    if (!tp)
        return 0;
    tp->hdr.type = &t->type;
    tp->len = t->nvisible;
    tp->hash = -1;
    memcpy(tp->items, items, (size_t)t->nfields * sizeof(Value));
    return OBJ_VAL(tp);
}

/* The struct sequence type an object belongs to (a Python subclass of one
 * inherits its layout). */
static StructSeqType *structseq_type(Value obj)
{
    TypeObject *t = AS_OBJ(obj)->type;
    while (t && t->getattr != structseq_getattr)
        t = t->base;
    while (t && t->base && t->base->getattr == structseq_getattr)
        t = t->base;
    return (StructSeqType *)t;
}

Value structseq_getattr(VM *vm, Value obj, Str *name)
{
    StructSeqType *t = structseq_type(obj);
    if (t) {
        /* the last field of a name wins: os.stat_result's st_mtime is the
         * float one, item 8 the int */
        for (int i = t->nfields - 1; i >= 0; i--)
            if (str_eq_cstr(name, t->fields[i]))
                return AS_TUPLE(obj)->items[i];
    }
    return obj_generic_getattr(vm, obj, name);
}

Value structseq_repr(VM *vm, Value obj)
{
    StructSeqType *t = structseq_type(obj);
    StrBuf sb;
    sb_init(&sb, vm);
    sb_adds(&sb, AS_OBJ(obj)->type->name);
    sb_addc(&sb, '(');
    for (int i = 0; t && i < t->nvisible; i++) {
        Value r = obj_repr(vm, AS_TUPLE(obj)->items[i]);
        if (!r)
            return 0;
        if (i)
            sb_adds(&sb, ", ");
        sb_printf(&sb, "%s=%s", t->fields[i], AS_STR(r)->data);
    }
    sb_addc(&sb, ')');
    return OBJ_VAL(sb_finish(&sb));
}

/* T(sequence): what time.struct_time((...)) does. */
Value structseq_tp_new(VM *vm, TypeObject *type, int argc, Value *argv, Tuple *kw)
{
    StructSeqType *t = (StructSeqType *)type;
    if (args_no_kw(vm, type->name, kw) < 0 || args_count(vm, type->name, argc, 1, 1) < 0)
        return 0;
    Value l = obj_to_list(vm, argv[0]);
    if (!l)
        return 0;
    int64_t n = AS_LIST(l)->len;
    if (n < t->nvisible)
        return vm_raise(vm, &exc_TypeError, "%s() takes an at least %d-sequence (%lld-sequence given)",
                        type->name, t->nvisible, (long long)n);
    if (n > t->nfields)
        return vm_raise(vm, &exc_TypeError, "%s() takes an at most %d-sequence (%lld-sequence given)",
                        type->name, t->nfields, (long long)n);
    Value items[64];
    for (int i = 0; i < t->nfields && i < 64; i++)
        items[i] = i < n ? AS_LIST(l)->items[i] : NONE;
    return structseq_new(vm, t, items);
}

static Value no_new(VM *vm, TypeObject *type, int argc, Value *argv, Tuple *kw)
{
    return vm_raise(vm, &exc_TypeError, "cannot create '%s' instances", type->name);
}

static const char *const version_info_fields[] = {
    "major", "minor", "micro", "releaselevel", "serial"
};
static STRUCTSEQ_TYPE(version_info_type, "sys.version_info", version_info_fields, 5, 5);

static const char *const float_info_fields[] = {
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
    "epsilon", "radix", "rounds"
};
static STRUCTSEQ_TYPE(float_info_type, "sys.float_info", float_info_fields, 11, 11);

static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
    "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
    "safe_path", "int_max_str_digits"
};
static STRUCTSEQ_TYPE(flags_type, "sys.flags", flags_fields, 18, 18);

/* ---- types.SimpleNamespace --------------------------------------------------- */

static Value namespace_tp_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kw)
{
    Obj *o = obj_alloc(vm, t);
    return o ? OBJ_VAL(o) : 0;
}

static int namespace_init(VM *vm, Value self, int argc, Value *argv, Tuple *kw)
{
    if (argc > 0) {
        vm_raise(vm, &exc_TypeError, "no positional arguments expected");
        return -1;
    }
    Dict *d = obj_get_dict(vm, self, true);
    if (!d)
        return -1;
    for (int64_t i = 0; kw && i < kw->len; i++)
        if (dict_set(vm, d, kw->items[i], argv[i]) < 0)
            return -1;
    return 0;
}

static Value namespace_repr(VM *vm, Value self)
{
    TypeObject *t = AS_OBJ(self)->type;
    const char *name = t == &type_namespace ? "namespace" : t->name;
    int r = container_repr_enter(vm, self);
    if (r < 0)
        return 0;
    if (r > 0)
        return OBJ_VAL(str_printf(vm, "%s(...)", name));
    StrBuf sb;
    sb_init(&sb, vm);
    sb_adds(&sb, name);
    sb_addc(&sb, '(');
    Dict *d = obj_get_dict(vm, self, false);
    int64_t pos = 0;
    Value k, v;
    bool first = true;
    while (d && dict_next(d, &pos, &k, &v)) {
        if (!str_check(k))
            continue;
        Value rv = obj_repr(vm, v);
        if (!rv) {
            container_repr_leave(vm, self);
            return 0;
        }
        if (!first)
            sb_adds(&sb, ", ");
        first = false;
        sb_printf(&sb, "%s=%s", AS_STR(k)->data, AS_STR(rv)->data);
    }
    container_repr_leave(vm, self);
    sb_addc(&sb, ')');
    return OBJ_VAL(sb_finish(&sb));
}

static Value namespace_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_OBJ(b) ||
        !type_is_subtype(AS_OBJ(b)->type, &type_namespace))
        return NOT_IMPLEMENTED;
    Dict *da = obj_get_dict(vm, a, true), *db = obj_get_dict(vm, b, true);
    if (!da || !db)
        return 0;
    Value r = obj_richcompare(vm, OBJ_VAL(da), OBJ_VAL(db), op);
    return r;
}

TypeObject type_namespace = {
    .hdr.type = &type_type,
    .name = "types.SimpleNamespace",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Instance),
    .dict_offset = offsetof(Instance, dict),
    .new_ = namespace_tp_new,
    .init = namespace_init,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .doc = "A simple attribute-based namespace.",
};

Value namespace_new(VM *vm, Dict *attrs)
{
    if (!(type_namespace.flags & TF_READY) && type_ready(vm, &type_namespace) < 0)
        return 0;
    Obj *o = obj_alloc(vm, &type_namespace);
    if (!o)
        return 0;
    Dict *d = obj_get_dict(vm, OBJ_VAL(o), true);
    if (!d)
        return 0;
    if (attrs && dict_update(vm, d, OBJ_VAL(attrs)) < 0)
        return 0;
    return OBJ_VAL(o);
}

/* ---- functions ---------------------------------------------------------------------- */

static Value sys_exit(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "exit", kw) < 0 || args_count(vm, "exit", argc, 0, 1) < 0)
        return 0;
    Value exc = exc_new(vm, &exc_SystemExit, argc, argv);
    return exc ? vm_raise_value(vm, exc) : 0;
}

static Value sys_getrecursionlimit(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "sys.getrecursionlimit", kw) < 0 ||
        args_count(vm, "sys.getrecursionlimit", argc, 0, 0) < 0)
        return 0;
    return MK_INT(vm->recursion_limit);
}

static Value sys_setrecursionlimit(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "setrecursionlimit", kw) < 0 ||
        args_count(vm, "setrecursionlimit", argc, 1, 1) < 0)
        return 0;
    if (IS_FLOAT(argv[0]))
        return vm_raise(vm, &exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (obj_index_int64(vm, argv[0], &n) < 0)
        return 0;
    if (n > INT_MAX)
        return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    if (n < 1)
        return vm_raise(vm, &exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= vm->depth)
        return vm_raise(vm, &exc_RecursionError,
                        "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        (int)n, vm->depth);
    vm->recursion_limit = (int)n;
    return NONE;
}

static Value exc_triple(VM *vm, Value exc)
{
    if (!exc || IS_NONE(exc))
        return tuple_pack(vm, 3, NONE, NONE, NONE);
    Traceback *tb = ((BaseException *)AS_OBJ(exc))->traceback;
    return tuple_pack(vm, 3, OBJ_VAL(TYPE_OF(exc)), exc, tb ? OBJ_VAL(tb) : NONE);
}

static Value sys_exc_info(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "exc_info", kw) < 0 || args_count(vm, "exc_info", argc, 0, 0) < 0)
        return 0;
    return exc_triple(vm, vm->exc_info);
}

/* sys._getframe([depth]): the frame `depth` calls below the caller's.
 * Library code (namedtuple, Enum, warnings) uses it to find its caller's
 * module; the frame escapes, so the VM never recycles it. */
static Value sys_getframe(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "_getframe", kw) < 0 || args_count(vm, "_getframe", argc, 0, 1) < 0)
        return 0;
    int64_t depth = 0;
    if (argc == 1 && obj_index_int64(vm, argv[0], &depth) < 0)
        return 0;
    Frame *f = vm->frame;
    while (f && depth-- > 0)
        f = f->back;
    if (!f)
        return vm_raise(vm, &exc_ValueError, "call stack is not deep enough");
    return vm_frame_escape(f);
}

static Value sys_exception(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "exception", kw) < 0 || args_count(vm, "exception", argc, 0, 0) < 0)
        return 0;
    return vm->exc_info ? vm->exc_info : NONE;
}

static Value sys_intern(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "intern", kw) < 0 || args_count(vm, "intern", argc, 1, 1) < 0)
        return 0;
    if (!IS_STR(argv[0]))
        return vm_raise(vm, &exc_TypeError, "intern() argument must be str, not %s",
                        type_name(argv[0]));
    return OBJ_VAL(str_intern(vm, AS_STR(argv[0])));
}

/* A rough size: the instance plus the payload it owns. */
static Value sys_getsizeof(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "object", "default" };
    Value a[2];
    if (args_parse(vm, "getsizeof", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    Value v = a[0];
    if (IS_INT(v))
        return MK_INT(28);
    TypeObject *t = TYPE_OF(v);
    int64_t size = (int64_t)t->instance_size + 16;
    if (IS_STR(v))
        size = 49 + AS_STR(v)->len;
    else if (IS_BYTES(v))
        size = 33 + ((Bytes *)AS_OBJ(v))->len;
    else if (type_is_subtype(t, &type_tuple))
        size = 40 + 8 * AS_TUPLE(v)->len;
    else if (type_is_subtype(t, &type_list))
        size = 56 + 8 * AS_LIST(v)->cap;
    else if (type_is_subtype(t, &type_dict))
        size = 64 + 24 * AS_DICT(v)->capacity + 8 * AS_DICT(v)->index_size;
    return int_from_i64(vm, size);
}

static Value sys_get_int_max_str_digits(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get_int_max_str_digits", kw) < 0 ||
        args_count(vm, "get_int_max_str_digits", argc, 0, 0) < 0)
        return 0;
    return int_from_i64(vm, int_max_str_digits);
}

static Value sys_set_int_max_str_digits(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "maxdigits" };
    Value a[1];
    if (args_parse(vm, "set_int_max_str_digits", argc, argv, kw, 1, 1, names, a) < 0)
        return 0;
    int64_t n;
    if (obj_index_int64(vm, a[0], &n) < 0)
        return 0;
    if (n != 0 && n < 640)
        return vm_raise(vm, &exc_ValueError, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = n;
    return NONE;
}

static Value sys_getdefaultencoding(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "getdefaultencoding", kw) < 0 ||
        args_count(vm, "getdefaultencoding", argc, 0, 0) < 0)
        return 0;
    return OBJ_VAL(str_intern_cstr(vm, "utf-8"));
}

static const MethodDef sys_functions[] = {
    { "exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)." },
    { "getrecursionlimit", sys_getrecursionlimit, 0, "Return the current value of the recursion limit." },
    { "setrecursionlimit", sys_setrecursionlimit, 0, "Set the maximum depth of the Python interpreter stack to n." },
    { "_getframe", sys_getframe, 0, "Return a frame object from the call stack." },
    { "exc_info", sys_exc_info, 0, "Return current exception information: (type, value, traceback)." },
    { "exception", sys_exception, 0, "Return the current exception." },
    { "intern", sys_intern, 0, "``Intern'' the given string." },
    { "getsizeof", sys_getsizeof, 0, "getsizeof(object [, default]) -> int" },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, 0, "Return the maximum string digits limit for non-binary int<->str conversions." },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, 0, "Set the maximum string digits limit for non-binary int<->str conversions." },
    { "getdefaultencoding", sys_getdefaultencoding, 0, "Return the current default encoding used by the Unicode implementation." },
    { "getfilesystemencoding", sys_getdefaultencoding, 0, "Return the encoding used to convert Unicode filenames to OS filenames." },
    { 0 }
};

/* ---- path and argv ------------------------------------------------------------- */

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* molt's lib/: beside the executable (a build tree), or in an installed
 * prefix's lib/molt, or where the Makefile said at build time. */
static const char *find_lib_dir(VM *vm)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            Str *a = str_printf(vm, "%s/lib", exe);
            if (a && is_dir(a->data))
                return a->data;
            Str *b = str_printf(vm, "%s/../lib/molt", exe);
            if (b && is_dir(b->data)) {
                char *real = realpath(b->data, NULL);
                if (real) {
                    Str *r = str_from_cstr(vm, real);
                    free(real);
                    if (r)
                        return r->data;
                }
                return b->data;
            }
        }
    }
    return MOLT_LIB_DIR;
}

int sys_set_path(VM *vm, const char *script_dir)
{
    List *path = list_new(vm, 0);
    if (!path)
        return -1;
    Str *first = str_from_cstr(vm, script_dir ? script_dir : "");
    if (!first || list_append(vm, path, OBJ_VAL(first)) < 0)
        return -1;
    vm->script_dir = first;
    /* MOLTPATH entries as CPython takes PYTHONPATH's: made absolute against
     * the current directory, an empty entry meaning that directory */
    const char *env = getenv("MOLTPATH");
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        cwd[0] = 0;
    while (env && *env) {
        const char *end = strchr(env, ':');
        int len = (int)(end ? (size_t)(end - env) : strlen(env));
        Str *s = env[0] == '/' ? str_new(vm, env, (size_t)len)
                 : len == 0 ? str_from_cstr(vm, cwd)
                 : str_printf(vm, "%s/%.*s", strcmp(cwd, "/") ? cwd : "", len, env);
        if (!s || list_append(vm, path, OBJ_VAL(s)) < 0)
            return -1;
        env = end ? end + 1 : NULL;
    }
    if (!vm->lib_dir)
        vm->lib_dir = find_lib_dir(vm);
    Str *lib = str_from_cstr(vm, vm->lib_dir);
    if (!lib || list_append(vm, path, OBJ_VAL(lib)) < 0)
        return -1;
    return dict_set_cstr(vm, sys_dict(vm), "path", OBJ_VAL(path));
}

int sys_set_argv(VM *vm, int argc, char **argv)
{
    List *l = list_new(vm, 0);
    if (!l)
        return -1;
    for (int i = 0; i < argc; i++) {
        Str *s = str_from_cstr(vm, argv[i]);
        if (!s || list_append(vm, l, OBJ_VAL(s)) < 0)
            return -1;
    }
    if (argc == 0) {
        Str *s = str_intern_cstr(vm, "");
        if (list_append(vm, l, OBJ_VAL(s)) < 0)
            return -1;
    }
    return dict_set_cstr(vm, sys_dict(vm), "argv", OBJ_VAL(l));
}

/* ---- the module ------------------------------------------------------------------ */

static int set(VM *vm, Dict *d, const char *name, Value v)
{
    if (!v)
        return -1;
    return dict_set_cstr(vm, d, name, v);
}

static Value cstr(VM *vm, const char *s)
{
    Str *r = str_from_cstr(vm, s);
    return r ? OBJ_VAL(r) : 0;
}

Value sysmodule_init(VM *vm)
{
    if (!vm->modules && !(vm->modules = dict_new(vm)))
        return 0;
    Value m = module_new(vm, str_intern_cstr(vm, "sys"));
    if (!m)
        return 0;
    vm->sys = m;
    Dict *d = sys_dict(vm);
    if (rt_add_functions(vm, d, sys_functions) < 0)
        return 0;

    if (set(vm, d, "__doc__", cstr(vm, "This module provides access to some objects used or maintained by the\n"
                                     "interpreter and to functions that interact strongly with the interpreter.")) < 0 ||
        set(vm, d, "modules", OBJ_VAL(vm->modules)) < 0)
        return 0;

    Value out = file_from_stdio(vm, stdout, "<stdout>", "w");
    Value err = file_from_stdio(vm, stderr, "<stderr>", "w");
    Value in = file_from_stdio(vm, stdin, "<stdin>", "r");
    if (set(vm, d, "stdout", out) < 0 || set(vm, d, "stderr", err) < 0 ||
        set(vm, d, "stdin", in) < 0 || set(vm, d, "__stdout__", out) < 0 ||
        set(vm, d, "__stderr__", err) < 0 || set(vm, d, "__stdin__", in) < 0)
        return 0;

    /* versions */
    Value vi_items[5] = { MK_INT(3), MK_INT(11), MK_INT(7), cstr(vm, "final"), MK_INT(0) };
    version_info_type.type.new_ = no_new;
    Value vi = structseq_new(vm, &version_info_type, vi_items);
    if (set(vm, d, "version", cstr(vm, MOLT_PY_VERSION " (molt " MOLT_VERSION ", " __DATE__ ") [GCC "
                                       __VERSION__ "]")) < 0 ||
        set(vm, d, "version_info", vi) < 0 ||
        set(vm, d, "hexversion", MK_INT(0x030B07F0)) < 0 ||
        set(vm, d, "api_version", MK_INT(1013)) < 0 ||
        set(vm, d, "copyright", cstr(vm, "molt: a small Python 3 interpreter.\n"
                                         "Python is Copyright (c) 2001-2023 Python Software Foundation.")) < 0)
        return 0;
    Dict *impl = dict_new(vm);
    if (!impl || set(vm, impl, "name", cstr(vm, "molt")) < 0 ||
        set(vm, impl, "cache_tag", NONE) < 0 ||
        set(vm, impl, "version", vi) < 0 ||
        set(vm, impl, "hexversion", MK_INT(0x000100F0)) < 0 ||
        set(vm, d, "implementation", namespace_new(vm, impl)) < 0)
        return 0;

    /* the platform */
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    if (set(vm, d, "executable", cstr(vm, exe)) < 0 ||
        set(vm, d, "platform", cstr(vm, "linux")) < 0 ||
        set(vm, d, "byteorder", cstr(vm, __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big")) < 0 ||
        set(vm, d, "maxsize", int_from_i64(vm, INT64_MAX)) < 0 ||
        set(vm, d, "maxunicode", MK_INT(0x10FFFF)) < 0 ||
        set(vm, d, "dont_write_bytecode", TRUE_VAL) < 0 ||
        set(vm, d, "warnoptions", OBJ_VAL(list_new(vm, 0))) < 0)
        return 0;
    vm->lib_dir = find_lib_dir(vm);
    const char *prefix = vm->lib_dir;
    if (set(vm, d, "prefix", cstr(vm, prefix)) < 0 || set(vm, d, "exec_prefix", cstr(vm, prefix)) < 0 ||
        set(vm, d, "base_prefix", cstr(vm, prefix)) < 0)
        return 0;

    Value fi[11] = {
        float_new(vm, DBL_MAX), MK_INT(DBL_MAX_EXP), MK_INT(DBL_MAX_10_EXP), float_new(vm, DBL_MIN),
        MK_INT(DBL_MIN_EXP), MK_INT(DBL_MIN_10_EXP), MK_INT(DBL_DIG), MK_INT(DBL_MANT_DIG),
        float_new(vm, DBL_EPSILON), MK_INT(FLT_RADIX), MK_INT(FLT_ROUNDS)
    };
    float_info_type.type.new_ = no_new;
    if (set(vm, d, "float_info", structseq_new(vm, &float_info_type, fi)) < 0)
        return 0;
    Value fl[18];
    for (int i = 0; i < 18; i++)
        fl[i] = MK_INT(0);
    fl[4] = MK_INT(1);                 /* dont_write_bytecode: molt never writes any */
    fl[8] = MK_INT(vm->trace_imports); /* verbose */
    fl[13] = FALSE_VAL;                /* dev_mode */
    fl[16] = FALSE_VAL;                /* safe_path */
    fl[17] = MK_INT(-1);
    flags_type.type.new_ = no_new;
    if (set(vm, d, "flags", structseq_new(vm, &flags_type, fl)) < 0)
        return 0;

    /* builtin_module_names: sorted, as CPython */
    List *names = list_new(vm, 0);
    if (!names)
        return 0;
    for (const BuiltinModule *b = builtin_modules; b->name; b++)
        if (list_append(vm, names, OBJ_VAL(str_intern_cstr(vm, b->name))) < 0)
            return 0;
    if (list_sort(vm, names, 0, false) < 0 ||
        set(vm, d, "builtin_module_names", tuple_from_array(vm, names->len, names->items)) < 0)
        return 0;

    if (sys_set_argv(vm, 0, NULL) < 0 || sys_set_path(vm, "") < 0)
        return 0;
    return m;
}
