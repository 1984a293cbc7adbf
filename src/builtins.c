/* builtins.c — the `builtins` module: the functions, types, constants and
 * exception classes every program sees without an import.
 *
 * Each builtin is a native function over the object protocol (object.h);
 * argument errors use CPython 3.11's exact messages.  The module dict is
 * vm->builtins, which the VM's global-name caches key on, so writing a new
 * value into it (as a program may) is seen at the next lookup.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
/* readline's obsolete `Function` typedef would clash with molt's */
#define _FUNCTION_DEF
#include <readline/readline.h>
#include <readline/history.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"
#include "repl.h"
#include "utf8.h"
#include "objects/objmodel.h"
#include "objects/container.h"
#include "objects/number.h"
#include "objects/strutil.h"

/* ---- helpers shared with the other runtime files ------------------------- */

int rt_add_function(VM *vm, Dict *d, const char *name, NativeFn fn, const char *doc)
{
    Value f = native_function_new(vm, name, fn, 0, doc);
    if (!f)
        return -1;
    return dict_set_str(vm, d, str_intern_cstr(vm, name), f);
}

int rt_add_functions(VM *vm, Dict *d, const MethodDef *defs)
{
    for (; defs->name; defs++)
        if (rt_add_function(vm, d, defs->name, defs->fn, defs->doc) < 0)
            return -1;
    return 0;
}

Value rt_raise_import_error(VM *vm, TypeObject *type, Value name, Value path,
                            const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Str *msg = str_from_cstr(vm, buf);
    if (!msg)
        return 0;
    Value m = OBJ_VAL(msg);
    Value exc = exc_new(vm, type, 1, &m);
    if (!exc)
        return 0;
    Dict *d = obj_get_dict(vm, exc, true);
    if (d) {
        if (dict_set_cstr(vm, d, "msg", m) < 0 ||
            dict_set_cstr(vm, d, "name", name ? name : NONE) < 0 ||
            dict_set_cstr(vm, d, "path", path ? path : NONE) < 0)
            return 0;
    }
    return vm_raise_value(vm, exc);
}

const char *rt_path_arg(VM *vm, Value v, const char *what)
{
    Value orig = v;
    if (!str_check(v) && !(IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_bytes))) {
        Value meth = IS_OBJ(v) ? type_lookup(AS_OBJ(v)->type, str_intern_cstr(vm, "__fspath__")) : 0;
        if (!meth) {
            if (what)
                vm_raise(vm, &exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s",
                         what, type_name(orig));
            else
                vm_raise(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                         type_name(orig));
            return NULL;
        }
        v = call_special(vm, v, meth, 0, NULL, NULL);
        if (!v)
            return NULL;
        if (!str_check(v) && !(IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_bytes))) {
            vm_raise(vm, &exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                     type_name(orig), type_name(v));
            return NULL;
        }
    }
    const char *data;
    size_t len;
    if (str_check(v)) {
        data = AS_STR(v)->data;
        len = (size_t)AS_STR(v)->len;
    } else {
        data = (const char *)((Bytes *)AS_OBJ(v))->data;
        len = (size_t)((Bytes *)AS_OBJ(v))->len;
    }
    if (memchr(data, 0, len)) {
        vm_raise(vm, &exc_ValueError, "embedded null byte");
        return NULL;
    }
    char *out = mem_alloc_atomic(vm, len + 1);
    if (!out)
        return NULL;
    memcpy(out, data, len);
    out[len] = 0;
    return out;
}

/* Looks a keyword up in a call's kwnames: returns its value or 0. */
static int take_keywords(VM *vm, const char *fname, int argc, Value *argv, Tuple *kw,
                         int n, const char *const *names, Value *out)
{
    for (int i = 0; i < n; i++)
        out[i] = 0;
    if (!kw)
        return 0;
    for (int64_t k = 0; k < kw->len; k++) {
        Str *key = AS_STR(kw->items[k]);
        int i;
        for (i = 0; i < n; i++)
            if (str_eq_cstr(key, names[i]))
                break;
        if (i == n) {
            vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                     key->data, fname);
            return -1;
        }
        out[i] = argv[argc + k];
    }
    return 0;
}

static Str *attr_name(VM *vm, Value v)
{
    if (!str_check(v)) {
        vm_raise(vm, &exc_TypeError, "attribute name must be string, not '%s'", type_name(v));
        return NULL;
    }
    return str_intern(vm, AS_STR(v));
}

static bool is_float(Value v)
{
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_float);
}

/* ---- I/O: print and input ---------------------------------------------------- */

static Value bi_print(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "sep", "end", "file", "flush" };
    Value k[4];
    if (take_keywords(vm, "print", argc, argv, kw, 4, names, k) < 0)
        return 0;
    Value sep = k[0], end = k[1], file = k[2];
    if (sep && !IS_NONE(sep) && !str_check(sep))
        return vm_raise(vm, &exc_TypeError, "sep must be None or a string, not %s", type_name(sep));
    if (end && !IS_NONE(end) && !str_check(end))
        return vm_raise(vm, &exc_TypeError, "end must be None or a string, not %s", type_name(end));
    if (!file || IS_NONE(file)) {
        file = sys_get(vm, "stdout");
        if (!file)
            return vm_raise(vm, &exc_RuntimeError, "lost sys.stdout");
        if (IS_NONE(file))
            return NONE;
    }
    const char *sepc = " ", *endc = "\n";
    size_t sepn = 1, endn = 1;
    if (sep && !IS_NONE(sep)) {
        sepc = AS_STR(sep)->data;
        sepn = (size_t)AS_STR(sep)->len;
    }
    if (end && !IS_NONE(end)) {
        endc = AS_STR(end)->data;
        endn = (size_t)AS_STR(end)->len;
    }

    if (file_check(file)) {
        /* A real file: build the line, write it once. */
        StrBuf sb;
        sb_init(&sb, vm);
        for (int i = 0; i < argc; i++) {
            if (i > 0)
                sb_add(&sb, sepc, sepn);
            Value s = IS_STR(argv[i]) ? argv[i] : obj_str(vm, argv[i]);
            if (!s) {
                /* what was printed before the failing argument stays printed */
                Value exc = vm_exc_take(vm);
                if (sb.len)
                    file_write_text(vm, file, sb.data, sb.len);
                vm_exc_clear(vm);
                return vm_raise_value(vm, exc);
            }
            sb_add(&sb, AS_STR(s)->data, (size_t)AS_STR(s)->len);
        }
        sb_add(&sb, endc, endn);
        if (file_write_text(vm, file, sb.data, sb.len) < 0)
            return 0;
    } else {
        /* Anything with a write() method gets one call per piece, as CPython. */
        for (int i = 0; i < argc; i++) {
            if (i > 0 && file_write_text(vm, file, sepc, sepn) < 0)
                return 0;
            Value s = obj_str(vm, argv[i]);
            if (!s || file_write_text(vm, file, AS_STR(s)->data, (size_t)AS_STR(s)->len) < 0)
                return 0;
        }
        if (file_write_text(vm, file, endc, endn) < 0)
            return 0;
    }
    if (k[3]) {
        int t = obj_truthy(vm, k[3]);
        if (t < 0 || (t && file_flush(vm, file) < 0))
            return 0;
    }
    return NONE;
}

static Value bi_input(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "input", kw) < 0 || args_count(vm, "input", argc, 0, 1) < 0)
        return 0;
    Value in = sys_get(vm, "stdin"), out = sys_get(vm, "stdout");
    if (!in || IS_NONE(in))
        return vm_raise(vm, &exc_RuntimeError, "input(): lost sys.stdin");
    if (!out || IS_NONE(out))
        return vm_raise(vm, &exc_RuntimeError, "input(): lost sys.stdout");
    Value err = sys_get(vm, "stderr");
    if (err && !IS_NONE(err) && file_flush(vm, err) < 0)
        vm_exc_clear(vm);
    Str *prompt = NULL;
    if (argc == 1) {
        Value p = obj_str(vm, argv[0]);
        if (!p)
            return 0;
        prompt = AS_STR(p);
    }

    if (file_stdio(in) == (void *)stdin && file_stdio(out) == (void *)stdout &&
        isatty(fileno(stdin)) && isatty(fileno(stdout))) {
        if (file_flush(vm, out) < 0)
            return 0;
        bool interrupted;
        char *line = repl_readline(vm, prompt ? prompt->data : "", &interrupted);
        if (interrupted) {
            fputc('\n', stdout);
            if (vm_check_interrupt(vm) < 0)
                return 0;
            Value exc = exc_new(vm, &exc_KeyboardInterrupt, 0, NULL);
            return exc ? vm_raise_value(vm, exc) : 0;
        }
        if (!line)
            return vm_raise(vm, &exc_EOFError, "EOF when reading a line");
        if (*line)
            add_history(line);
        Str *s = str_from_cstr(vm, line);
        free(line);
        return s ? OBJ_VAL(s) : 0;
    }

    if (prompt && (file_write_text(vm, out, prompt->data, (size_t)prompt->len) < 0))
        return 0;
    if (file_flush(vm, out) < 0)
        return 0;
    Value line = obj_call_method(vm, in, "readline", 0, NULL);
    if (!line)
        return 0;
    if (!str_check(line))
        return vm_raise(vm, &exc_TypeError, "object.readline() returned non-string");
    Str *s = AS_STR(line);
    if (s->len == 0)
        return vm_raise(vm, &exc_EOFError, "EOF when reading a line");
    if (s->data[s->len - 1] == '\n')
        return OBJ_VAL(str_new(vm, s->data, (size_t)s->len - 1));
    return line;
}

/* ---- simple one-argument builtins ------------------------------------------- */

#define ONE_ARG(fname) \
    if (args_no_kw(vm, fname, kw) < 0 || args_count(vm, fname, argc, 1, 1) < 0) \
        return 0

static Value bi_len(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("len");
    int64_t n = obj_len(vm, argv[0]);
    return n < 0 ? 0 : int_from_i64(vm, n);
}

static Value bi_id(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("id");
    return int_from_u64(vm, (uint64_t)argv[0]);
}

static Value bi_hash(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("hash");
    int64_t h = obj_hash(vm, argv[0]);
    return h == -1 && vm->exc ? 0 : int_from_i64(vm, h);
}

static Value bi_repr(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("repr");
    return obj_repr(vm, argv[0]);
}

static Value bi_ascii(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("ascii");
    return obj_ascii(vm, argv[0]);
}

static Value bi_abs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("abs");
    return obj_abs(vm, argv[0]);
}

static Value bi_callable(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("callable");
    return BOOL_VAL(obj_is_callable(argv[0]));
}

/* hex, oct, bin: the int's digits with a prefix after any sign. */
static Value int_with_prefix(VM *vm, Value v, int base, const char *prefix)
{
    Value i = obj_index(vm, v);
    if (!i)
        return 0;
    Value digits = int_to_str(vm, i, base);
    if (!digits)
        return 0;
    Str *s = AS_STR(digits);
    if (s->len > 0 && s->data[0] == '-')
        return OBJ_VAL(str_printf(vm, "-%s%s", prefix, s->data + 1));
    return OBJ_VAL(str_printf(vm, "%s%s", prefix, s->data));
}

static Value bi_hex(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("hex");
    return int_with_prefix(vm, argv[0], 16, "0x");
}

static Value bi_oct(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("oct");
    return int_with_prefix(vm, argv[0], 8, "0o");
}

static Value bi_bin(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("bin");
    return int_with_prefix(vm, argv[0], 2, "0b");
}

static Value bi_chr(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("chr");
    Value i = obj_index(vm, argv[0]);
    if (!i)
        return 0;
    int64_t c;
    if (!int_to_i64(i, &c) || c > INT_MAX || c < INT_MIN)
        return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF)
        return vm_raise(vm, &exc_ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    int n = utf8_encode((uint32_t)c, buf);
    return OBJ_VAL(str_new(vm, buf, (size_t)n));
}

static Value bi_ord(VM *vm, int argc, Value *argv, Tuple *kw)
{
    ONE_ARG("ord");
    Value v = argv[0];
    if (str_check(v)) {
        Str *s = AS_STR(v);
        if (s->cplen != 1)
            return vm_raise(vm, &exc_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            (long long)s->cplen);
        int64_t i = 0;
        return MK_INT(utf8_next(s->data, &i));
    }
    const unsigned char *bd;
    int64_t bn;
    if (bytes_like_data(v, &bd, &bn)) {
        if (bn != 1)
            return vm_raise(vm, &exc_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            (long long)bn);
        return MK_INT(bd[0]);
    }
    return vm_raise(vm, &exc_TypeError, "ord() expected string of length 1, but %s found",
                    type_name(v));
}

/* ---- type relations and attributes --------------------------------------------- */

static Value bi_isinstance(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "isinstance", kw) < 0 || args_count(vm, "isinstance", argc, 2, 2) < 0)
        return 0;
    int r = obj_isinstance(vm, argv[0], argv[1]);
    return r < 0 ? 0 : BOOL_VAL(r);
}

static Value bi_issubclass(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "issubclass", kw) < 0 || args_count(vm, "issubclass", argc, 2, 2) < 0)
        return 0;
    int r = obj_issubclass(vm, argv[0], argv[1]);
    return r < 0 ? 0 : BOOL_VAL(r);
}

static Value bi_getattr(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "getattr", kw) < 0 || args_count(vm, "getattr", argc, 2, 3) < 0)
        return 0;
    Str *name = attr_name(vm, argv[1]);
    if (!name)
        return 0;
    Value r = obj_getattr(vm, argv[0], name);
    if (!r && argc == 3 && vm_exc_matches(vm, &exc_AttributeError)) {
        vm_exc_clear(vm);
        return argv[2];
    }
    return r;
}

static Value bi_setattr(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "setattr", kw) < 0 || args_count(vm, "setattr", argc, 3, 3) < 0)
        return 0;
    Str *name = attr_name(vm, argv[1]);
    if (!name || obj_setattr(vm, argv[0], name, argv[2]) < 0)
        return 0;
    return NONE;
}

static Value bi_delattr(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "delattr", kw) < 0 || args_count(vm, "delattr", argc, 2, 2) < 0)
        return 0;
    Str *name = attr_name(vm, argv[1]);
    if (!name || obj_setattr(vm, argv[0], name, 0) < 0)
        return 0;
    return NONE;
}

static Value bi_hasattr(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "hasattr", kw) < 0 || args_count(vm, "hasattr", argc, 2, 2) < 0)
        return 0;
    Str *name = attr_name(vm, argv[1]);
    if (!name)
        return 0;
    int r = obj_hasattr(vm, argv[0], name);
    return r < 0 ? 0 : BOOL_VAL(r);
}

static Value sorted_keys(VM *vm, Value mapping)
{
    Value l;
    if (IS_OBJ(mapping) && dict_check(mapping))
        l = dict_keys_list(vm, AS_DICT(mapping));
    else {
        Value keys = obj_call_method(vm, mapping, "keys", 0, NULL);
        l = keys ? obj_to_list(vm, keys) : 0;
    }
    if (!l || list_sort(vm, AS_LIST(l), 0, false) < 0)
        return 0;
    return l;
}

static Value bi_dir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "dir", kw) < 0 || args_count(vm, "dir", argc, 0, 1) < 0)
        return 0;
    if (argc == 1)
        return obj_dir(vm, argv[0]);
    Value locals = vm_current_locals(vm);
    return locals ? sorted_keys(vm, locals) : 0;
}

static Value bi_vars(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "vars", kw) < 0 || args_count(vm, "vars", argc, 0, 1) < 0)
        return 0;
    if (argc == 0)
        return vm_current_locals(vm);
    Value d = obj_getattr_cstr(vm, argv[0], "__dict__");
    if (!d && vm_exc_matches(vm, &exc_AttributeError)) {
        vm_exc_clear(vm);
        return vm_raise(vm, &exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static Value bi_globals(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "globals", kw) < 0 || args_count(vm, "globals", argc, 0, 0) < 0)
        return 0;
    return OBJ_VAL(vm_current_globals(vm));
}

static Value bi_locals(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "locals", kw) < 0 || args_count(vm, "locals", argc, 0, 0) < 0)
        return 0;
    return vm_current_locals(vm);
}

static Value bi_format(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "value", "format_spec" };
    Value a[2];
    if (args_no_kw(vm, "format", kw) < 0)
        return 0;
    if (args_count(vm, "format", argc, 1, 2) < 0 ||
        args_parse(vm, "format", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    Str *spec;
    if (a[1]) {
        if (!str_check(a[1]))
            return vm_raise(vm, &exc_TypeError, "format() argument 2 must be str, not %s",
                            str_arg_type_name(a[1]));
        spec = AS_STR(a[1]);
    } else {
        spec = str_intern_cstr(vm, "");
    }
    return obj_format(vm, a[0], spec);
}

/* ---- iteration --------------------------------------------------------------- */

static Value bi_iter(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "iter", kw) < 0 || args_count(vm, "iter", argc, 1, 2) < 0)
        return 0;
    if (argc == 1)
        return obj_iter(vm, argv[0]);
    if (!obj_is_callable(argv[0]))
        return vm_raise(vm, &exc_TypeError, "iter(v, w): v must be callable");
    return callable_iter_new(vm, argv[0], argv[1]);
}

static Value bi_next(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "next", kw) < 0 || args_count(vm, "next", argc, 1, 2) < 0)
        return 0;
    if (!TYPE_OF(argv[0])->next)
        return vm_raise(vm, &exc_TypeError, "'%s' object is not an iterator", type_name(argv[0]));
    if (TYPE_OF(argv[0]) == &type_generator) {
        /* The generator's next slot drops the return value; resuming it
         * directly keeps it for StopIteration(value), as CPython raises. */
        Value ret = 0;
        Value r = vm_gen_resume(vm, (Generator *)AS_OBJ(argv[0]), NONE, 0, NULL,
                                argc == 2 ? &ret : NULL);
        if (r || argc == 1)
            return r;
        if (!vm->exc)
            return argv[1];
        if (vm_exc_matches(vm, &exc_StopIteration)) {
            vm_exc_clear(vm);
            return argv[1];
        }
        return 0;
    }
    Value r = obj_next(vm, argv[0]);
    if (r)
        return r;
    if (vm->exc) {
        if (argc == 2 && vm_exc_matches(vm, &exc_StopIteration)) {
            vm_exc_clear(vm);
            return argv[1];
        }
        return 0;
    }
    if (argc == 2)
        return argv[1];
    Value exc = exc_new(vm, &exc_StopIteration, 0, NULL);
    return exc ? vm_raise_value(vm, exc) : 0;
}

static Value any_all(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname, bool want)
{
    if (args_no_kw(vm, fname, kw) < 0 || args_count(vm, fname, argc, 1, 1) < 0)
        return 0;
    Value it = obj_iter(vm, argv[0]);
    if (!it)
        return 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? 0 : BOOL_VAL(!want);
        int t = obj_truthy(vm, x);
        if (t < 0)
            return 0;
        if ((t != 0) == want)
            return BOOL_VAL(want);
    }
}

static Value bi_any(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return any_all(vm, argc, argv, kw, "any", true);
}

static Value bi_all(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return any_all(vm, argc, argv, kw, "all", false);
}

static Value bi_sorted(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "key", "reverse" };
    Value k[2];
    if (argc != 1)
        return vm_raise(vm, &exc_TypeError, "sorted expected 1 argument, got %d", argc);
    if (take_keywords(vm, "sort", argc, argv, kw, 2, names, k) < 0)
        return 0;
    bool reverse = false;
    if (k[1]) {
        if (!int_check(k[1]) && !IS_INT(k[1]))
            return vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                            type_name(k[1]));
        int t = obj_truthy(vm, k[1]);
        if (t < 0)
            return 0;
        reverse = t;
    }
    Value l = obj_to_list(vm, argv[0]);
    if (!l || list_sort(vm, AS_LIST(l), k[0], reverse) < 0)
        return 0;
    return l;
}

static Value min_max(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname, CmpOp op)
{
    static const char *const names[] = { "key", "default" };
    Value k[2];
    if (argc == 0)
        return vm_raise(vm, &exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (take_keywords(vm, fname, argc, argv, kw, 2, names, k) < 0)
        return 0;
    if (argc > 1 && k[1])
        return vm_raise(vm, &exc_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", fname);
    Value key = k[0] && !IS_NONE(k[0]) ? k[0] : 0;
    Value it = obj_iter(vm, argc == 1 ? argv[0] : tuple_from_array(vm, argc, argv));
    if (!it)
        return 0;
    Value best = 0, best_key = 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x) {
            if (vm->exc)
                return 0;
            break;
        }
        Value xk = key ? obj_call1(vm, key, x) : x;
        if (!xk)
            return 0;
        if (!best) {
            best = x;
            best_key = xk;
            continue;
        }
        int c = obj_compare_bool(vm, xk, best_key, op);
        if (c < 0)
            return 0;
        if (c) {
            best = x;
            best_key = xk;
        }
    }
    if (best)
        return best;
    if (k[1])
        return k[1];
    return vm_raise(vm, &exc_ValueError, "%s() arg is an empty sequence", fname);
}

static Value bi_min(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return min_max(vm, argc, argv, kw, "min", CMP_LT);
}

static Value bi_max(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return min_max(vm, argc, argv, kw, "max", CMP_GT);
}

static Value bi_sum(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "iterable", "/start" };
    Value a[2];
    if (argc == 0)
        return vm_raise(vm, &exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (args_parse(vm, "sum", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    Value acc = a[1] ? a[1] : MK_INT(0);
    Value it = obj_iter(vm, a[0]);
    if (!it)
        return 0;
    if (str_check(acc))
        return vm_raise(vm, &exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (IS_OBJ(acc) && type_is_subtype(AS_OBJ(acc)->type, &type_bytes))
        return vm_raise(vm, &exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? 0 : acc;
        intptr_t r;
        if (IS_INT(acc) && IS_INT(x) && !__builtin_add_overflow(AS_INT(acc), AS_INT(x), &r) &&
            FITS_SMALL(r)) {
            acc = MK_INT(r);
            continue;
        }
        acc = obj_binop(vm, acc, x, BINOP_ADD);
        if (!acc)
            return 0;
    }
}

/* ---- arithmetic ----------------------------------------------------------------- */

static Value bi_round(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "number", "ndigits" };
    Value a[2];
    if (args_parse(vm, "round", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    Value meth = type_lookup(TYPE_OF(a[0]), str_intern_cstr(vm, "__round__"));
    if (!meth)
        return vm_raise(vm, &exc_TypeError, "type %s doesn't define __round__ method",
                        type_name(a[0]));
    if (a[1] && !IS_NONE(a[1]))
        return call_special(vm, a[0], meth, 1, &a[1], NULL);
    return call_special(vm, a[0], meth, 0, NULL, NULL);
}

static bool is_plain_number(Value v)
{
    TypeObject *t = TYPE_OF(v);
    return t == &type_int || t == &type_bool || t == &type_float;
}

/* Calls a binary dunder found on the type, or returns NOT_IMPLEMENTED. */
static Value try_dunder(VM *vm, Value self, const char *name, Value other)
{
    Value meth = type_lookup(TYPE_OF(self), str_intern_cstr(vm, name));
    if (!meth)
        return NOT_IMPLEMENTED;
    return call_special(vm, self, meth, 1, &other, NULL);
}

static Value bi_divmod(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "divmod", kw) < 0 || args_count(vm, "divmod", argc, 2, 2) < 0)
        return 0;
    Value a = argv[0], b = argv[1];
    if (is_plain_number(a) && is_plain_number(b)) {
        if (is_float(a) || is_float(b)) {
            double db;
            if (float_as_double(vm, b, &db) < 0)
                return 0;
            if (db == 0.0)
                return vm_raise(vm, &exc_ZeroDivisionError, "float divmod()");
        }
        Value q = obj_binop(vm, a, b, BINOP_FLOORDIV);
        if (!q)
            return 0;
        Value r = obj_binop(vm, a, b, BINOP_MOD);
        return r ? tuple_pack(vm, 2, q, r) : 0;
    }
    Value r = try_dunder(vm, a, "__divmod__", b);
    if (r == NOT_IMPLEMENTED && TYPE_OF(a) != TYPE_OF(b))
        r = try_dunder(vm, b, "__rdivmod__", a);
    if (r == NOT_IMPLEMENTED)
        return vm_raise(vm, &exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                        type_name(a), type_name(b));
    return r;
}

static Value bi_pow(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "base", "exp", "mod" };
    Value a[3];
    if (args_parse(vm, "pow", argc, argv, kw, 2, 3, names, a) < 0)
        return 0;
    if (!a[2] || IS_NONE(a[2]))
        return obj_binop(vm, a[0], a[1], BINOP_POW);
    if (int_check(a[0]) && int_check(a[1]) && int_check(a[2]))
        return int_pow_mod(vm, a[0], a[1], a[2]);
    if (is_plain_number(a[0]) || is_float(a[0]))
        return vm_raise(vm, &exc_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    Value meth = type_lookup(TYPE_OF(a[0]), str_intern_cstr(vm, "__pow__"));
    if (meth) {
        Value r = call_special(vm, a[0], meth, 2, &a[1], NULL);
        if (r != NOT_IMPLEMENTED)
            return r;
    }
    return vm_raise(vm, &exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    type_name(a[0]), type_name(a[1]), type_name(a[2]));
}

/* ---- running code: exec, eval, compile ------------------------------------------ */

static bool is_mapping(Value v)
{
    return IS_OBJ(v) && (dict_check(v) || TYPE_OF(v)->getitem != NULL);
}

/* The source of exec/eval/compile as UTF-8 bytes, or NULL if v is neither
 * str nor bytes. */
static const char *source_text(Value v, size_t *len)
{
    if (str_check(v)) {
        *len = (size_t)AS_STR(v)->len;
        return AS_STR(v)->data;
    }
    if (IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_bytes)) {
        *len = (size_t)((Bytes *)AS_OBJ(v))->len;
        return (const char *)((Bytes *)AS_OBJ(v))->data;
    }
    return NULL;
}

static Value run_exec_eval(VM *vm, int argc, Value *argv, Tuple *kw, bool is_eval)
{
    const char *fname = is_eval ? "eval" : "exec";
    static const char *const names[] = { "source", "globals", "locals" };
    Value a[3];
    /* positional only (3.11); the two report a bad call differently */
    if (is_eval) {
        if (kw && kw->len)
            return vm_raise(vm, &exc_TypeError, "eval() takes no keyword arguments");
        if (argc < 1 || argc > 3)
            return vm_raise(vm, &exc_TypeError, "eval expected at %s %d argument%s, got %d",
                            argc < 1 ? "least" : "most", argc < 1 ? 1 : 3, argc < 1 ? "" : "s", argc);
    } else {
        if (kw && kw->len) {
            /* exec's one keyword, closure=, needs a code object with free
             * variables, which exec'd source never has */
            for (int64_t i = 0; i < kw->len; i++) {
                Str *k = AS_STR(kw->items[i]);
                if (!str_eq_cstr(k, "closure"))
                    return vm_raise(vm, &exc_TypeError,
                                    "'%s' is an invalid keyword argument for exec()", k->data);
                if (!IS_NONE(argv[argc + i]))
                    return vm_raise(vm, &exc_TypeError,
                                    "cannot use a closure with this code object");
            }
        }
        if (argc < 1)
            return vm_raise(vm, &exc_TypeError, "exec() takes at least 1 positional argument (0 given)");
        if (argc > 3)
            return vm_raise(vm, &exc_TypeError, "exec() takes at most 3 positional arguments (%d given)",
                            argc);
    }
    if (args_parse(vm, fname, argc, argv, NULL, 1, 3, names, a) < 0)
        return 0;
    Value globals = a[1] && !IS_NONE(a[1]) ? a[1] : 0;
    Value locals = a[2] && !IS_NONE(a[2]) ? a[2] : 0;

    if (is_eval && locals && !is_mapping(locals))     /* eval checks locals first */
        return vm_raise(vm, &exc_TypeError, "locals must be a mapping");
    if (globals && !dict_check(globals)) {
        if (is_eval)
            return vm_raise(vm, &exc_TypeError, is_mapping(globals)
                            ? "globals must be a real dict; try eval(expr, {}, mapping)"
                            : "globals must be a dict");
        return vm_raise(vm, &exc_TypeError, "exec() globals must be a dict, not %s",
                        type_name(globals));
    }
    if (locals && !is_mapping(locals)) {
        if (is_eval)
            return vm_raise(vm, &exc_TypeError, "locals must be a mapping");
        return vm_raise(vm, &exc_TypeError, "locals must be a mapping or None, not %s",
                        type_name(locals));
    }
    if (!globals) {
        globals = OBJ_VAL(vm_current_globals(vm));
        if (!locals) {
            locals = vm_current_locals(vm);
            if (!locals)
                return 0;
        }
    } else if (!locals) {
        locals = globals;
    }

    Code *code;
    if (IS_OBJ(a[0]) && AS_OBJ(a[0])->type == &type_code) {
        code = (Code *)AS_OBJ(a[0]);
    } else {
        size_t len;
        const char *src = source_text(a[0], &len);
        if (!src)
            return vm_raise(vm, &exc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                            fname);
        if (is_eval) {
            while (len > 0 && (*src == ' ' || *src == '\t')) {
                src++;
                len--;
            }
        }
        code = compile_source(vm, src, len, str_intern_cstr(vm, "<string>"),
                              is_eval ? MODE_EVAL : MODE_EXEC);
        if (!code)
            return 0;
    }
    Dict *g = AS_DICT(globals);
    static Str *s_builtins;
    if (!s_builtins)
        s_builtins = str_intern_cstr(vm, "__builtins__");
    if (!dict_get_str(g, s_builtins) && dict_set_str(vm, g, s_builtins, OBJ_VAL(vm->builtins)) < 0)
        return 0;
    Value r = vm_run_code(vm, code, g, locals);
    if (!r)
        return 0;
    return is_eval ? r : NONE;
}

static Value bi_exec(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return run_exec_eval(vm, argc, argv, kw, false);
}

static Value bi_eval(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return run_exec_eval(vm, argc, argv, kw, true);
}

static Value bi_compile(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", "$_feature_version" };
    Value a[7];
    if (args_parse(vm, "compile", argc, argv, kw, 3, 7, names, a) < 0)
        return 0;
    /* CPython's order of checks: filename, mode, flags, then the source */
    const char *filename = rt_path_arg(vm, a[1], NULL);
    if (!filename)
        return 0;
    if (!str_check(a[2]))
        return vm_raise(vm, &exc_TypeError, "compile() argument 'mode' must be str, not %s",
                        str_arg_type_name(a[2]));
    CompileMode mode;
    Str *m = AS_STR(a[2]);
    if (str_eq_cstr(m, "exec"))
        mode = MODE_EXEC;
    else if (str_eq_cstr(m, "eval"))
        mode = MODE_EVAL;
    else if (str_eq_cstr(m, "single"))
        mode = MODE_SINGLE;
    else
        return vm_raise(vm, &exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (a[3]) {
        int64_t flags;
        if (obj_index_int64(vm, a[3], &flags) < 0)
            return 0;
        if (flags & 0x400)       /* PyCF_ONLY_AST */
            return vm_raise(vm, &exc_NotImplementedError, "molt's compile() cannot return an AST");
        if (flags & ~(int64_t)0x3fe000)   /* the __future__ feature flags are accepted */
            return vm_raise(vm, &exc_ValueError, "compile(): unrecognised flags");
    }
    size_t len;
    const char *src = source_text(a[0], &len);
    if (!src)
        return vm_raise(vm, &exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    Code *code = compile_source(vm, src, len, str_from_cstr(vm, filename), mode);
    return code ? OBJ_VAL(code) : 0;
}

/* ---- the import system's entry points ----------------------------------------- */

static Value bi_import(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level" };
    Value a[5];
    if (args_parse(vm, "__import__", argc, argv, kw, 1, 5, names, a) < 0)
        return 0;
    if (!str_check(a[0]))
        return vm_raise(vm, &exc_TypeError, "module name must be a string");
    int64_t level = 0;
    if (a[4] && obj_index_int64(vm, a[4], &level) < 0)
        return 0;
    if (level > INT_MAX || level < INT_MIN)
        return vm_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    return import_module_level(vm, AS_STR(a[0]), a[1] ? a[1] : NONE, a[3] ? a[3] : NONE,
                               (int)level);
}

/* reload(module): the real one is importlib.reload, written in molt
 * (lib/importlib/__init__.py), which makes itself builtins.reload when it
 * is imported.  Until then this stub imports it and hands over; without
 * lib/ it falls back to the same steps written in C (import.c). */
static Value bi_reload(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "reload", kw) < 0 || args_count(vm, "reload", argc, 1, 1) < 0)
        return 0;
    Value importlib = import_module(vm, str_intern_cstr(vm, "importlib"));
    if (!importlib) {
        if (!vm_exc_matches(vm, &exc_ImportError))
            return 0;
        vm_exc_clear(vm);
        return import_reload(vm, argv[0]);
    }
    Value fn = obj_getattr_cstr(vm, importlib, "reload");
    if (!fn)
        return 0;
    return obj_call1(vm, fn, argv[0]);
}

/* exit and quit: site's Quitter objects in CPython, whose repr tells a
 * REPL user how to leave and whose call raises SystemExit(code). */
typedef struct Quitter { Obj hdr; const char *name; } Quitter;

static Value quitter_call(VM *vm, Value self, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "code" };
    Value a[1];
    if (args_parse(vm, ((Quitter *)AS_OBJ(self))->name, argc, argv, kw, 0, 1, names, a) < 0)
        return 0;
    Value exc = exc_new(vm, &exc_SystemExit, a[0] ? 1 : 0, a);
    return exc ? vm_raise_value(vm, exc) : 0;
}

static Value quitter_repr(VM *vm, Value self)
{
    return OBJ_VAL(str_printf(vm, "Use %s() or Ctrl-D (i.e. EOF) to exit", ((Quitter *)AS_OBJ(self))->name));
}

static TypeObject type_quitter = {
    .hdr.type = &type_type,
    .name = "_sitebuiltins.Quitter",
    .instance_size = sizeof(Quitter),
    .call = quitter_call,
    .repr = quitter_repr,
};

static int add_quitter(VM *vm, Dict *d, const char *name)
{
    if (!(type_quitter.flags & TF_READY) && type_ready(vm, &type_quitter) < 0)
        return -1;
    Quitter *q = (Quitter *)obj_alloc(vm, &type_quitter);
    if (!q)
        return -1;
    q->name = name;
    return dict_set_cstr(vm, d, name, OBJ_VAL(q));
}

/* ---- the module ------------------------------------------------------------------- */

static const MethodDef builtin_functions[] = {
    { "print", bi_print, 0,
      "Prints the values to a stream, or to sys.stdout by default." },
    { "input", bi_input, 0, "Read a string from standard input.  The trailing newline is stripped." },
    { "len", bi_len, 0, "Return the number of items in a container." },
    { "id", bi_id, 0, "Return the identity of an object." },
    { "hash", bi_hash, 0, "Return the hash value for the given object." },
    { "repr", bi_repr, 0, "Return the canonical string representation of the object." },
    { "ascii", bi_ascii, 0, "Return an ASCII-only representation of an object." },
    { "abs", bi_abs, 0, "Return the absolute value of the argument." },
    { "callable", bi_callable, 0, "Return whether the object is callable." },
    { "hex", bi_hex, 0, "Return the hexadecimal representation of an integer." },
    { "oct", bi_oct, 0, "Return the octal representation of an integer." },
    { "bin", bi_bin, 0, "Return the binary representation of an integer." },
    { "chr", bi_chr, 0, "Return a Unicode string of one character with ordinal i." },
    { "ord", bi_ord, 0, "Return the Unicode code point for a one-character string." },
    { "isinstance", bi_isinstance, 0, "Return whether an object is an instance of a class." },
    { "issubclass", bi_issubclass, 0, "Return whether 'cls' is derived from another class." },
    { "getattr", bi_getattr, 0, "Get a named attribute from an object." },
    { "setattr", bi_setattr, 0, "Sets the named attribute on the given object." },
    { "delattr", bi_delattr, 0, "Deletes the named attribute from the given object." },
    { "hasattr", bi_hasattr, 0, "Return whether the object has an attribute with the given name." },
    { "dir", bi_dir, 0, "Show attributes of an object." },
    { "vars", bi_vars, 0, "Show vars." },
    { "globals", bi_globals, 0, "Return the dictionary containing the current scope's global variables." },
    { "locals", bi_locals, 0, "Return a dictionary containing the current scope's local variables." },
    { "format", bi_format, 0, "Return value.__format__(format_spec)" },
    { "iter", bi_iter, 0, "Get an iterator from an object." },
    { "next", bi_next, 0, "Return the next item from the iterator." },
    { "any", bi_any, 0, "Return True if bool(x) is True for any x in the iterable." },
    { "all", bi_all, 0, "Return True if bool(x) is True for all values x in the iterable." },
    { "sorted", bi_sorted, 0, "Return a new list containing all items from the iterable in ascending order." },
    { "min", bi_min, 0, "With a single iterable argument, return its smallest item." },
    { "max", bi_max, 0, "With a single iterable argument, return its biggest item." },
    { "sum", bi_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers" },
    { "round", bi_round, 0, "Round a number to a given precision in decimal digits." },
    { "divmod", bi_divmod, 0, "Return the tuple (x//y, x%y)." },
    { "pow", bi_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments" },
    { "open", file_builtin_open, 0, "Open file and return a stream." },
    { "exec", bi_exec, 0, "Execute the given source in the context of globals and locals." },
    { "eval", bi_eval, 0, "Evaluate the given source in the context of globals and locals." },
    { "compile", bi_compile, 0, "Compile source into a code object that can be executed by exec() or eval()." },
    { "__import__", bi_import, 0, "Import a module." },
    { "reload", bi_reload, 0, "Reload the module and return it (importlib.reload)." },
    { "__build_class__", vm_build_class, 0, "Internal helper function used by the class statement." },
    { 0 }
};

static const struct { const char *name; TypeObject *type; } builtin_types[] = {
    { "object", &type_object }, { "type", &type_type }, { "int", &type_int },
    { "bool", &type_bool }, { "float", &type_float }, { "str", &type_str },
    { "bytes", &type_bytes }, { "bytearray", &type_bytearray }, { "list", &type_list }, { "tuple", &type_tuple },
    { "dict", &type_dict }, { "set", &type_set }, { "frozenset", &type_frozenset },
    { "range", &type_range }, { "slice", &type_slice }, { "enumerate", &type_enumerate },
    { "zip", &type_zip }, { "map", &type_map }, { "filter", &type_filter },
    { "reversed", &type_reversed }, { "super", &type_super },
    { "staticmethod", &type_staticmethod }, { "classmethod", &type_classmethod },
    { "property", &type_property },
    { NULL, NULL }
};

int builtins_init(VM *vm)
{
    Value m = module_new(vm, str_intern_cstr(vm, "builtins"));
    if (!m)
        return -1;
    vm->builtins_module = m;
    Dict *d = ((Module *)AS_OBJ(m))->dict;
    vm->builtins = d;
    if (dict_set_cstr(vm, d, "__doc__", OBJ_VAL(str_from_cstr(vm,
            "Built-in functions, types, exceptions, and other objects.\n\n"
            "This module provides direct access to all 'built-in'\n"
            "identifiers of Python; for example, builtins.len is\n"
            "the full name for the built-in function len().\n\n"
            "This module is not normally accessed explicitly by most\n"
            "applications, but can be useful in modules that provide\n"
            "objects with the same name as a built-in value, but in\n"
            "which the built-in of that name is also needed."))) < 0 ||
        dict_set_cstr(vm, d, "__package__", OBJ_VAL(str_intern_cstr(vm, ""))) < 0)
        return -1;
    if (rt_add_functions(vm, d, builtin_functions) < 0)
        return -1;
    for (int i = 0; builtin_types[i].name; i++) {
        TypeObject *t = builtin_types[i].type;
        /* the types not in the start-up list are readied here */
        if (!(t->flags & TF_READY) && type_ready(vm, t) < 0)
            return -1;
        if (dict_set_cstr(vm, d, builtin_types[i].name, OBJ_VAL(t)) < 0)
            return -1;
    }
    if (dict_set_cstr(vm, d, "None", NONE) < 0 ||
        dict_set_cstr(vm, d, "True", TRUE_VAL) < 0 ||
        dict_set_cstr(vm, d, "False", FALSE_VAL) < 0 ||
        dict_set_cstr(vm, d, "Ellipsis", ELLIPSIS) < 0 ||
        dict_set_cstr(vm, d, "NotImplemented", NOT_IMPLEMENTED) < 0 ||
        dict_set_cstr(vm, d, "__debug__", TRUE_VAL) < 0)
        return -1;
#define X(name, base) \
    if (dict_set_cstr(vm, d, #name, OBJ_VAL(&exc_##name)) < 0) \
        return -1;
    EXCEPTION_LIST(X)
#undef X
    if (add_quitter(vm, d, "exit") < 0 || add_quitter(vm, d, "quit") < 0)
        return -1;
    /* CPython keeps these two old names as aliases of OSError. */
    if (dict_set_cstr(vm, d, "EnvironmentError", OBJ_VAL(&exc_OSError)) < 0 ||
        dict_set_cstr(vm, d, "IOError", OBJ_VAL(&exc_OSError)) < 0)
        return -1;
    return 0;
}
