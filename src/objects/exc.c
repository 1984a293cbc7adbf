/* exc.c — exceptions: the builtin hierarchy, raising from C, tracebacks and
 * CPython's way of printing an uncaught exception.
 *
 * Every exception instance has the ExcObject layout: BaseException plus a
 * hidden dict for the attributes a few classes add (ImportError.name,
 * OSError.errno, StopIteration.value, ...).  They are exposed through
 * getsets that read None when absent, so a subclass __init__ that skips
 * super() still works, and they stay out of the instance __dict__ (vars(e)
 * is {} as in CPython).
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "objects/objmodel.h"

/* ---- the types ---------------------------------------------------------------------- */

/* The instance layout of every exception: `attrs` holds the class-specific
 * attributes (see dattr), created on first write. */
typedef struct ExcObject { BaseException base; Dict *attrs; } ExcObject;

#define exc_object type_object   /* lets EXCEPTION_LIST name `object` as a base */
#define X(N, B) \
    TypeObject exc_##N = { \
        .hdr = { &type_type }, .name = #N, .base = &exc_##B, .flags = TF_BASETYPE, \
        .instance_size = sizeof(ExcObject), .dict_offset = offsetof(BaseException, dict), \
    };
EXCEPTION_LIST(X)
#undef X
#undef exc_object

#define BE(v) ((BaseException *)AS_OBJ(v))

static bool is_exc(Value v)
{
    return IS_OBJ(v) && obj_isinstance_type(v, &exc_BaseException);
}

static Value mk(Str *s)
{
    return s ? OBJ_VAL(s) : 0;
}

static Tuple static_empty = { { &type_tuple }, 0, -1 };

static Tuple *empty(void)
{
    return empty_tuple ? empty_tuple : &static_empty;
}

Tuple *exc_args(Value exc)
{
    Tuple *a = BE(exc)->args;
    return a ? a : empty();
}

static Value args_tuple(VM *vm, int argc, Value *argv)
{
    if (argc == 0)
        return OBJ_VAL(empty());
    return tuple_from_array(vm, argc, argv);
}

/* The class-specific attributes, kept in the hidden dict.  An attribute
 * never set there is looked up in the instance dict, where C code outside
 * this file may have stored it (NameError.name set by the VM), then None. */
static Value dattr(VM *vm, Value self, const char *name)
{
    Dict *h = ((ExcObject *)AS_OBJ(self))->attrs;
    Value v = h ? dict_get_cstr(vm, h, name) : 0;
    if (v)
        return v;
    Dict *d = obj_get_dict(vm, self, false);
    v = d ? dict_get_cstr(vm, d, name) : 0;
    return v ? v : NONE;
}

/* v == 0 (del e.attr) leaves None, as CPython's members read after deletion. */
static int set_dattr(VM *vm, Value self, const char *name, Value v)
{
    ExcObject *e = (ExcObject *)AS_OBJ(self);
    if (!e->attrs && !(e->attrs = dict_new(vm)))
        return -1;
    return dict_set_cstr(vm, e->attrs, name, v ? v : NONE);
}

#define DICT_ATTR(fn, key) \
    static Value get_##fn(VM *vm, Value self) { return dattr(vm, self, key); } \
    static int set_##fn(VM *vm, Value self, Value v) { return set_dattr(vm, self, key, v); }
DICT_ATTR(code, "code")
DICT_ATTR(msg, "msg")
DICT_ATTR(name, "name")
DICT_ATTR(path, "path")
DICT_ATTR(obj, "obj")
DICT_ATTR(value, "value")
DICT_ATTR(filename, "filename")
DICT_ATTR(lineno, "lineno")
DICT_ATTR(offset, "offset")
DICT_ATTR(text, "text")
DICT_ATTR(end_lineno, "end_lineno")
DICT_ATTR(end_offset, "end_offset")
DICT_ATTR(print_file_and_line, "print_file_and_line")
DICT_ATTR(errno, "errno")
DICT_ATTR(strerror, "strerror")
DICT_ATTR(filename2, "filename2")
DICT_ATTR(encoding, "encoding")
DICT_ATTR(object, "object")
DICT_ATTR(start, "start")
DICT_ATTR(end, "end")
DICT_ATTR(reason, "reason")

/* ---- BaseException --------------------------------------------------------------------- */

static Value base_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    BaseException *e = (BaseException *)obj_alloc(vm, t);
    if (!e)
        return 0;
    Value a = args_tuple(vm, argc, argv);
    if (!a)
        return 0;
    e->args = AS_TUPLE(a);
    return OBJ_VAL(e);
}

static int set_args(VM *vm, Value self, int argc, Value *argv)
{
    Value a = args_tuple(vm, argc, argv);
    if (!a)
        return -1;
    BE(self)->args = AS_TUPLE(a);
    return 0;
}

static int base_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (kwnames && kwnames->len > 0) {
        vm_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    return set_args(vm, self, argc, argv);
}

static const char *short_name(TypeObject *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static Value base_repr(VM *vm, Value self)
{
    Tuple *a = exc_args(self);
    const char *name = short_name(TYPE_OF(self));
    Value r;
    if (a->len == 1) {
        r = obj_repr(vm, a->items[0]);
        return r ? mk(str_printf(vm, "%s(%s)", name, AS_STR(r)->data)) : 0;
    }
    r = obj_repr(vm, OBJ_VAL(a));
    return r ? mk(str_printf(vm, "%s%s", name, AS_STR(r)->data)) : 0;
}

static Value base_str(VM *vm, Value self)
{
    Tuple *a = exc_args(self);
    if (a->len == 0)
        return mk(str_from_cstr(vm, ""));
    if (a->len == 1)
        return obj_str(vm, a->items[0]);
    return obj_str(vm, OBJ_VAL(a));
}

static Value get_args(VM *vm, Value self)
{
    return OBJ_VAL(exc_args(self));
}

static int set_args_attr(VM *vm, Value self, Value v)
{
    if (!v) {
        vm_raise(vm, &exc_TypeError, "args may not be deleted");
        return -1;
    }
    Value l = obj_to_list(vm, v);
    if (!l)
        return -1;
    Value t = tuple_from_array(vm, AS_LIST(l)->len, AS_LIST(l)->items);
    if (!t)
        return -1;
    BE(self)->args = AS_TUPLE(t);
    return 0;
}

static Value get_traceback(VM *vm, Value self)
{
    Traceback *tb = BE(self)->traceback;
    return tb ? OBJ_VAL(tb) : NONE;
}

static int set_traceback(VM *vm, Value self, Value v)
{
    if (!v) {
        vm_raise(vm, &exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v == NONE) {
        BE(self)->traceback = NULL;
        return 0;
    }
    if (TYPE_OF(v) != &type_traceback) {
        vm_raise(vm, &exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    BE(self)->traceback = (Traceback *)AS_OBJ(v);
    return 0;
}

static Value get_context(VM *vm, Value self)
{
    Value c = BE(self)->context;
    return c ? c : NONE;
}

static int set_context(VM *vm, Value self, Value v)
{
    if (!v) {
        vm_raise(vm, &exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != NONE && !is_exc(v)) {
        vm_raise(vm, &exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    BE(self)->context = v == NONE ? 0 : v;
    return 0;
}

static Value get_cause(VM *vm, Value self)
{
    Value c = BE(self)->cause;
    return c ? c : NONE;
}

static int set_cause(VM *vm, Value self, Value v)
{
    if (!v) {
        vm_raise(vm, &exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != NONE && !is_exc(v)) {
        vm_raise(vm, &exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    BE(self)->cause = v == NONE ? 0 : v;
    BE(self)->suppress_context = true;
    return 0;
}

static Value get_suppress(VM *vm, Value self)
{
    return BOOL_VAL(BE(self)->suppress_context);
}

static int set_suppress(VM *vm, Value self, Value v)
{
    if (!v) {
        vm_raise(vm, &exc_TypeError, "can't delete attribute");
        return -1;
    }
    if (v != TRUE_VAL && v != FALSE_VAL) {
        vm_raise(vm, &exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    BE(self)->suppress_context = v == TRUE_VAL;
    return 0;
}

static Value get_exc_dict(VM *vm, Value self)
{
    Dict *d = obj_get_dict(vm, self, true);
    return d ? OBJ_VAL(d) : 0;
}

static int set_exc_dict(VM *vm, Value self, Value v)
{
    if (!v || !dict_check(v)) {
        vm_raise(vm, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                 v ? type_name(v) : "NoneType");
        return -1;
    }
    BE(self)->dict = AS_DICT(v);
    return 0;
}

static Value base_with_traceback(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "with_traceback", argc - 1, 1, 1) < 0)
        return 0;
    if (set_traceback(vm, argv[0], argv[1]) < 0)
        return 0;
    return argv[0];
}

static Value base_add_note(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "add_note", argc - 1, 1, 1) < 0)
        return 0;
    if (!str_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "note must be a str, not '%s'", type_name(argv[1]));
    Str *k = str_intern_cstr(vm, "__notes__");
    Value notes = k ? obj_getattr_opt(vm, argv[0], k) : 0;
    if (!notes) {
        if (vm->exc)
            return 0;
        List *l = list_new(vm, 0);
        if (!l || obj_setattr(vm, argv[0], k, OBJ_VAL(l)) < 0)
            return 0;
        notes = OBJ_VAL(l);
    }
    if (!IS_LIST(notes))
        return vm_raise(vm, &exc_TypeError, "Cannot add note: __notes__ is not a list");
    return list_append(vm, AS_LIST(notes), argv[1]) < 0 ? 0 : NONE;
}

/* (type, args) or (type, args, __dict__): what __reduce__ returns. */
static Value reduce_with_args(VM *vm, Value self, Value args)
{
    Dict *d = obj_get_dict(vm, self, false);
    if (d && d->used)
        return tuple_pack(vm, 3, OBJ_VAL(TYPE_OF(self)), args, OBJ_VAL(d));
    return tuple_pack(vm, 2, OBJ_VAL(TYPE_OF(self)), args);
}

static Value base_reduce(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return reduce_with_args(vm, argv[0], OBJ_VAL(exc_args(argv[0])));
}

static Value base_setstate(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "__setstate__", argc - 1, 1, 1) < 0)
        return 0;
    if (argv[1] == NONE)
        return NONE;
    if (!dict_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "state is not a dictionary");
    int64_t pos = 0;
    Value k, v;
    while (dict_next(AS_DICT(argv[1]), &pos, &k, &v))
        if (str_check(k) && obj_setattr(vm, argv[0], AS_STR(k), v) < 0)
            return 0;
    return NONE;
}

static const MethodDef base_methods[] = {
    { "with_traceback", base_with_traceback, 0,
      "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self." },
    { "add_note", base_add_note, 0,
      "Exception.add_note(note) --\n    add a note to the exception" },
    { "__reduce__", base_reduce, 0, NULL },
    { "__setstate__", base_setstate, 0, NULL },
    { 0 }
};

static const GetSetDef base_getsets[] = {
    { "args", get_args, set_args_attr },
    { "__traceback__", get_traceback, set_traceback },
    { "__context__", get_context, set_context },
    { "__cause__", get_cause, set_cause },
    { "__suppress_context__", get_suppress, set_suppress },
    { "__dict__", get_exc_dict, set_exc_dict },
    { 0 }
};

/* ---- classes with extra state ------------------------------------------------------------ */

/* Keyword arguments accepted by a constructor (all others are TypeErrors). */
static int take_kwargs(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames,
                       const char *const *allowed, int nallowed)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    for (int k = 0; k < nkw; k++) {
        Str *key = AS_STR(kwnames->items[k]);
        int found = -1;
        for (int i = 0; i < nallowed; i++)
            if (str_eq_cstr(key, allowed[i]))
                found = i;
        if (found < 0) {
            vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                     key->data, type_name(self));
            return -1;
        }
        if (set_dattr(vm, self, allowed[found], argv[argc + k]) < 0)
            return -1;
    }
    return 0;
}

static int systemexit_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (base_init(vm, self, argc, argv, kwnames) < 0)
        return -1;
    Value code = argc == 0 ? NONE : argc == 1 ? argv[0] : OBJ_VAL(exc_args(self));
    return set_dattr(vm, self, "code", code);
}

static const GetSetDef systemexit_getsets[] = { { "code", get_code, set_code }, { 0 } };

static int stopiteration_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (base_init(vm, self, argc, argv, kwnames) < 0)
        return -1;
    return set_dattr(vm, self, "value", argc > 0 ? argv[0] : NONE);
}

static const GetSetDef stopiteration_getsets[] = { { "value", get_value, set_value }, { 0 } };

static int importerror_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const kw[] = { "name", "path" };
    if (set_args(vm, self, argc, argv) < 0 || take_kwargs(vm, self, argc, argv, kwnames, kw, 2) < 0)
        return -1;
    return set_dattr(vm, self, "msg", argc == 1 ? argv[0] : NONE);
}

static Value importerror_str(VM *vm, Value self)
{
    Value msg = dattr(vm, self, "msg");
    if (msg != NONE)
        return obj_str(vm, msg);
    return base_str(vm, self);
}

static const GetSetDef importerror_getsets[] = {
    { "msg", get_msg, set_msg }, { "name", get_name, set_name }, { "path", get_path, set_path },
    { 0 }
};

static int attributeerror_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const kw[] = { "name", "obj" };
    if (set_args(vm, self, argc, argv) < 0)
        return -1;
    return take_kwargs(vm, self, argc, argv, kwnames, kw, 2);
}

static const GetSetDef attributeerror_getsets[] = {
    { "name", get_name, set_name }, { "obj", get_obj, set_obj }, { 0 }
};

static int nameerror_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const kw[] = { "name" };
    if (set_args(vm, self, argc, argv) < 0)
        return -1;
    return take_kwargs(vm, self, argc, argv, kwnames, kw, 1);
}

static const GetSetDef nameerror_getsets[] = { { "name", get_name, set_name }, { 0 } };

static Value keyerror_str(VM *vm, Value self)
{
    Tuple *a = exc_args(self);
    if (a->len == 1)
        return obj_repr(vm, a->items[0]);
    return base_str(vm, self);
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static int syntaxerror_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (base_init(vm, self, argc, argv, kwnames) < 0)
        return -1;
    static const char *const fields[] = { "filename", "lineno", "offset", "text",
                                          "end_lineno", "end_offset" };
    for (int i = 0; i < 6; i++)
        if (set_dattr(vm, self, fields[i], NONE) < 0)
            return -1;
    if (set_dattr(vm, self, "print_file_and_line", NONE) < 0 ||
        set_dattr(vm, self, "msg", argc >= 1 ? argv[0] : NONE) < 0)
        return -1;
    if (argc == 2) {
        Value info = obj_to_list(vm, argv[1]);
        if (!info)
            return -1;
        List *l = AS_LIST(info);
        if (l->len < 4) {
            vm_raise(vm, &exc_TypeError, "function takes at least 4 arguments (%lld given)",
                     (long long)l->len);
            return -1;
        }
        if (l->len > 6) {
            vm_raise(vm, &exc_TypeError, "function takes at most 6 arguments (%lld given)",
                     (long long)l->len);
            return -1;
        }
        for (int64_t i = 0; i < l->len; i++)
            if (set_dattr(vm, self, fields[i], l->items[i]) < 0)
                return -1;
    }
    return 0;
}

static Value syntaxerror_str(VM *vm, Value self)
{
    Value msg = dattr(vm, self, "msg");
    Value filename = dattr(vm, self, "filename");
    Value lineno = dattr(vm, self, "lineno");
    Value ms = obj_str(vm, msg);
    if (!ms)
        return 0;
    const char *base = NULL;
    if (str_check(filename)) {
        const char *f = AS_STR(filename)->data;
        const char *slash = strrchr(f, '/');
        base = slash ? slash + 1 : f;
    }
    bool have_line = IS_INT(lineno) || (IS_OBJ(lineno) && TYPE_OF(lineno) == &type_int);
    int64_t ln = 0;
    if (have_line && !int_to_i64(lineno, &ln))
        have_line = false;
    if (base && have_line)
        return mk(str_printf(vm, "%s (%s, line %lld)", AS_STR(ms)->data, base, (long long)ln));
    if (base)
        return mk(str_printf(vm, "%s (%s)", AS_STR(ms)->data, base));
    if (have_line)
        return mk(str_printf(vm, "%s (line %lld)", AS_STR(ms)->data, (long long)ln));
    return ms;
}

static const GetSetDef syntaxerror_getsets[] = {
    { "msg", get_msg, set_msg }, { "filename", get_filename, set_filename },
    { "lineno", get_lineno, set_lineno }, { "offset", get_offset, set_offset },
    { "text", get_text, set_text }, { "end_lineno", get_end_lineno, set_end_lineno },
    { "end_offset", get_end_offset, set_end_offset },
    { "print_file_and_line", get_print_file_and_line, set_print_file_and_line },
    { 0 }
};

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
static TypeObject *oserror_subclass(int err)
{
    switch (err) {
    case ENOENT: return &exc_FileNotFoundError;
    case EEXIST: return &exc_FileExistsError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EACCES: case EPERM: return &exc_PermissionError;
    default: return NULL;
    }
}

static Value oserror_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (t == &exc_OSError && argc >= 2 && argc <= 5 && IS_INT(argv[0])) {
        TypeObject *sub = oserror_subclass((int)AS_INT(argv[0]));
        if (sub)
            t = sub;
    }
    return base_new(vm, t, argc, argv, kwnames);
}

static int oserror_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (base_init(vm, self, argc, argv, kwnames) < 0)
        return -1;
    static const char *const fields[] = { "errno", "strerror", "filename", "filename2" };
    for (int i = 0; i < 4; i++)
        if (set_dattr(vm, self, fields[i], NONE) < 0)
            return -1;
    if (argc >= 2 && argc <= 5) {
        if (set_dattr(vm, self, "errno", argv[0]) < 0 || set_dattr(vm, self, "strerror", argv[1]) < 0)
            return -1;
        if (argc >= 3 && argv[2] != NONE) {
            if (set_dattr(vm, self, "filename", argv[2]) < 0)
                return -1;
            if (argc == 5 && set_dattr(vm, self, "filename2", argv[4]) < 0)
                return -1;
            if (set_args(vm, self, 2, argv) < 0)
                return -1;
        }
    }
    return 0;
}

static Value oserror_str(VM *vm, Value self)
{
    Value filename = dattr(vm, self, "filename");
    Value filename2 = dattr(vm, self, "filename2");
    Value err = dattr(vm, self, "errno");
    Value serr = dattr(vm, self, "strerror");
    if (filename != NONE || (err != NONE && serr != NONE)) {
        Value es = obj_str(vm, err), ss = obj_str(vm, serr);
        if (!es || !ss)
            return 0;
        if (filename == NONE)
            return mk(str_printf(vm, "[Errno %s] %s", AS_STR(es)->data, AS_STR(ss)->data));
        Value fr = obj_repr(vm, filename);
        if (!fr)
            return 0;
        if (filename2 != NONE) {
            Value f2 = obj_repr(vm, filename2);
            if (!f2)
                return 0;
            return mk(str_printf(vm, "[Errno %s] %s: %s -> %s", AS_STR(es)->data, AS_STR(ss)->data,
                                 AS_STR(fr)->data, AS_STR(f2)->data));
        }
        return mk(str_printf(vm, "[Errno %s] %s: %s", AS_STR(es)->data, AS_STR(ss)->data,
                             AS_STR(fr)->data));
    }
    return base_str(vm, self);
}

/* characters_written exists only once set (BlockingIOError's count). */
static Value get_characters_written(VM *vm, Value self)
{
    Dict *h = ((ExcObject *)AS_OBJ(self))->attrs;
    Value v = h ? dict_get_cstr(vm, h, "characters_written") : 0;
    return v ? v : vm_raise(vm, &exc_AttributeError, "characters_written");
}

static int set_characters_written(VM *vm, Value self, Value v)
{
    if (!v) {
        Dict *h = ((ExcObject *)AS_OBJ(self))->attrs;
        Str *k = str_intern_cstr(vm, "characters_written");
        int r = h && k ? dict_del_str(vm, h, k) : 0;
        if (r <= 0) {
            if (r == 0)
                vm_raise(vm, &exc_AttributeError, "characters_written");
            return -1;
        }
        return 0;
    }
    Value n = obj_index(vm, v);
    return n ? set_dattr(vm, self, "characters_written", n) : -1;
}

static const GetSetDef oserror_getsets[] = {
    { "errno", get_errno, set_errno }, { "strerror", get_strerror, set_strerror },
    { "filename", get_filename, set_filename }, { "filename2", get_filename2, set_filename2 },
    { "characters_written", get_characters_written, set_characters_written },
    { 0 }
};

/* The filename(s) go back into the arguments, as CPython's OSError_reduce. */
static Value oserror_reduce(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Value self = argv[0];
    Tuple *a = exc_args(self);
    Value filename = dattr(vm, self, "filename"), filename2 = dattr(vm, self, "filename2");
    Value args = OBJ_VAL(a);
    if (a->len == 2 && filename != NONE) {
        Value items[5] = { a->items[0], a->items[1], filename, NONE, filename2 };
        args = tuple_from_array(vm, filename2 != NONE ? 5 : 3, items);
        if (!args)
            return 0;
    }
    return reduce_with_args(vm, self, args);
}

static const MethodDef oserror_methods[] = {
    { "__reduce__", oserror_reduce, 0, NULL },
    { 0 }
};

/* UnicodeDecodeError(encoding, object, start, end, reason) and the encode twin. */
static int unicode_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames, bool decode)
{
    if (base_init(vm, self, argc, argv, kwnames) < 0)
        return -1;
    if (argc != 5) {
        vm_raise(vm, &exc_TypeError, "function takes exactly 5 arguments (%d given)", argc);
        return -1;
    }
    if (!str_check(argv[0])) {
        vm_raise(vm, &exc_TypeError, "argument 1 must be str, not %s", type_name(argv[0]));
        return -1;
    }
    if (decode && !IS_BYTES(argv[1]) && strcmp(TYPE_OF(argv[1])->name, "bytearray") != 0) {
        vm_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", type_name(argv[1]));
        return -1;
    }
    if (!decode && !str_check(argv[1])) {
        vm_raise(vm, &exc_TypeError, "argument 2 must be str, not %s", type_name(argv[1]));
        return -1;
    }
    int64_t se;
    for (int i = 2; i < 4; i++)
        if (obj_index_int64(vm, argv[i], &se) < 0)
            return -1;
    if (!str_check(argv[4])) {
        vm_raise(vm, &exc_TypeError, "argument 5 must be str, not %s", type_name(argv[4]));
        return -1;
    }
    static const char *const fields[] = { "encoding", "object", "start", "end", "reason" };
    for (int i = 0; i < 5; i++)
        if (set_dattr(vm, self, fields[i], argv[i]) < 0)
            return -1;
    return 0;
}

static int unicodedecode_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    return unicode_init(vm, self, argc, argv, kwnames, true);
}

static int unicodeencode_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    return unicode_init(vm, self, argc, argv, kwnames, false);
}

/* The code point at index i of a str (UTF-8 inside). */
static uint32_t str_codepoint(Str *s, int64_t index)
{
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t i = 0, cp = 0;
    while (i < s->len) {
        uint32_t c = p[i];
        int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
        if (cp == index) {
            if (extra)
                c &= 0x3f >> extra;
            for (int k = 1; k <= extra && i + k < s->len; k++)
                c = (c << 6) | (p[i + k] & 0x3f);
            return c;
        }
        i += extra + 1;
        cp++;
    }
    return 0;
}

static Value unicode_str(VM *vm, Value self, bool decode)
{
    Value enc = dattr(vm, self, "encoding"), obj = dattr(vm, self, "object");
    Value reason = dattr(vm, self, "reason");
    int64_t start, end;
    if (!str_check(enc) || !str_check(reason) ||
        !int_to_i64(dattr(vm, self, "start"), &start) || !int_to_i64(dattr(vm, self, "end"), &end))
        return mk(str_from_cstr(vm, ""));
    const char *e = AS_STR(enc)->data, *r = AS_STR(reason)->data;
    if (decode) {
        int64_t len = IS_BYTES(obj) ? ((Bytes *)AS_OBJ(obj))->len : -1;
        if (len >= 0 && start >= 0 && start < len && end == start + 1)
            return mk(str_printf(vm, "'%s' codec can't decode byte 0x%02x in position %lld: %s", e,
                                 ((Bytes *)AS_OBJ(obj))->data[start], (long long)start, r));
        return mk(str_printf(vm, "'%s' codec can't decode bytes in position %lld-%lld: %s", e,
                             (long long)start, (long long)end - 1, r));
    }
    if (str_check(obj) && start >= 0 && start < AS_STR(obj)->cplen && end == start + 1) {
        uint32_t c = str_codepoint(AS_STR(obj), start);
        char buf[16];
        if (c < 0x100)
            snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c < 0x10000)
            snprintf(buf, sizeof buf, "\\u%04x", c);
        else
            snprintf(buf, sizeof buf, "\\U%08x", c);
        return mk(str_printf(vm, "'%s' codec can't encode character '%s' in position %lld: %s",
                             e, buf, (long long)start, r));
    }
    return mk(str_printf(vm, "'%s' codec can't encode characters in position %lld-%lld: %s", e,
                         (long long)start, (long long)end - 1, r));
}

static Value unicodedecode_str(VM *vm, Value self) { return unicode_str(vm, self, true); }
static Value unicodeencode_str(VM *vm, Value self) { return unicode_str(vm, self, false); }

static const GetSetDef unicode_getsets[] = {
    { "encoding", get_encoding, set_encoding }, { "object", get_object, set_object },
    { "start", get_start, set_start }, { "end", get_end, set_end },
    { "reason", get_reason, set_reason },
    { 0 }
};

/* ---- traceback entries ---------------------------------------------------------------------- */

void exc_add_traceback(VM *vm, Value exc, Code *code, int lineno)
{
    if (!is_exc(exc))
        return;
    Traceback *tb = mem_alloc(vm, sizeof(Traceback));
    if (!tb) {
        vm_exc_clear(vm);
        return;
    }
    tb->hdr.type = &type_traceback;
    tb->code = code;
    tb->lineno = lineno;
    tb->next = BE(exc)->traceback;
    BE(exc)->traceback = tb;
}

/* ---- setting up the types --------------------------------------------------------------------- */

static const struct { TypeObject *t; const char *doc; } exc_docs[] = {
    { &exc_BaseException, "Common base class for all exceptions" },
    { &exc_Exception, "Common base class for all non-exit exceptions." },
    { &exc_SystemExit, "Request to exit from the interpreter." },
    { &exc_KeyboardInterrupt, "Program interrupted by user." },
    { &exc_GeneratorExit, "Request that a generator exit." },
    { &exc_ArithmeticError, "Base class for arithmetic errors." },
    { &exc_ZeroDivisionError, "Second argument to a division or modulo operation was zero." },
    { &exc_OverflowError, "Result too large to be represented." },
    { &exc_FloatingPointError, "Floating point operation failed." },
    { &exc_AssertionError, "Assertion failed." },
    { &exc_AttributeError, "Attribute not found." },
    { &exc_BufferError, "Buffer error." },
    { &exc_EOFError, "Read beyond end of file." },
    { &exc_ImportError, "Import can't find module, or can't find name in module." },
    { &exc_ModuleNotFoundError, "Module not found." },
    { &exc_LookupError, "Base class for lookup errors." },
    { &exc_IndexError, "Sequence index out of range." },
    { &exc_KeyError, "Mapping key not found." },
    { &exc_MemoryError, "Out of memory." },
    { &exc_NameError, "Name not found globally." },
    { &exc_UnboundLocalError, "Local name referenced but not bound to a value." },
    { &exc_OSError, "Base class for I/O related errors." },
    { &exc_FileNotFoundError, "File not found." },
    { &exc_FileExistsError, "File already exists." },
    { &exc_IsADirectoryError, "Operation doesn't work on directories." },
    { &exc_NotADirectoryError, "Operation only works on directories." },
    { &exc_PermissionError, "Not enough permissions." },
    { &exc_ReferenceError, "Weak ref proxy used after referent went away." },
    { &exc_RuntimeError, "Unspecified run-time error." },
    { &exc_NotImplementedError, "Method or function hasn't been implemented yet." },
    { &exc_RecursionError, "Recursion limit exceeded." },
    { &exc_StopIteration, "Signal the end from iterator.__next__()." },
    { &exc_StopAsyncIteration, "Signal the end from iterator.__anext__()." },
    { &exc_SyntaxError, "Invalid syntax." },
    { &exc_IndentationError, "Improper indentation." },
    { &exc_TabError, "Improper mixture of spaces and tabs." },
    { &exc_SystemError, "Internal error in the Python interpreter.\n\nPlease report this to the "
                        "Python maintainer, along with the traceback,\nthe Python version, and "
                        "the hardware/OS platform and version." },
    { &exc_TypeError, "Inappropriate argument type." },
    { &exc_ValueError, "Inappropriate argument value (of correct type)." },
    { &exc_UnicodeError, "Unicode related error." },
    { &exc_UnicodeDecodeError, "Unicode decoding error." },
    { &exc_UnicodeEncodeError, "Unicode encoding error." },
    { &exc_Warning, "Base class for warning categories." },
    { &exc_UserWarning, "Base class for warnings generated by user code." },
    { &exc_DeprecationWarning, "Base class for warnings about deprecated features." },
    { &exc_RuntimeWarning, "Base class for warnings about dubious runtime behavior." },
};

/* The few classes with their own behaviour get it here, before any is
 * readied (readying copies slots down to subclasses).  Needs no VM, so the
 * raising functions can call it too. */
static void exc_patch(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    TypeObject *b = &exc_BaseException;
    b->new_ = base_new;
    b->init = base_init;
    b->repr = base_repr;
    b->str = base_str;
    b->methods = base_methods;
    b->getsets = base_getsets;
    exc_SystemExit.init = systemexit_init;
    exc_SystemExit.getsets = systemexit_getsets;
    exc_StopIteration.init = stopiteration_init;
    exc_StopIteration.getsets = stopiteration_getsets;
    exc_ImportError.init = importerror_init;
    exc_ImportError.str = importerror_str;
    exc_ImportError.getsets = importerror_getsets;
    exc_AttributeError.init = attributeerror_init;
    exc_AttributeError.getsets = attributeerror_getsets;
    exc_NameError.init = nameerror_init;
    exc_NameError.getsets = nameerror_getsets;
    exc_KeyError.str = keyerror_str;
    exc_SyntaxError.init = syntaxerror_init;
    exc_SyntaxError.str = syntaxerror_str;
    exc_SyntaxError.getsets = syntaxerror_getsets;
    exc_OSError.new_ = oserror_new;
    exc_OSError.init = oserror_init;
    exc_OSError.str = oserror_str;
    exc_OSError.getsets = oserror_getsets;
    exc_OSError.methods = oserror_methods;
    exc_UnicodeDecodeError.init = unicodedecode_init;
    exc_UnicodeDecodeError.str = unicodedecode_str;
    exc_UnicodeDecodeError.getsets = unicode_getsets;
    exc_UnicodeEncodeError.init = unicodeencode_init;
    exc_UnicodeEncodeError.str = unicodeencode_str;
    exc_UnicodeEncodeError.getsets = unicode_getsets;
    for (size_t i = 0; i < sizeof exc_docs / sizeof exc_docs[0]; i++)
        exc_docs[i].t->doc = exc_docs[i].doc;
    /* every exception class has its own __init__ and __new__ in CPython
     * (ValueError.__init__ names ValueError in its errors); the list is
     * ordered base first, so each base is complete when copied */
#define exc_object type_object
#define X(N, B) \
    if (&exc_##N != b) { \
        if (!exc_##N.init) exc_##N.init = exc_##B.init; \
        if (!exc_##N.new_) exc_##N.new_ = exc_##B.new_; \
    }
    EXCEPTION_LIST(X)
#undef X
#undef exc_object
}

int exc_init_types(VM *vm)
{
    exc_patch();
#define X(N, B) if (type_ready(vm, &exc_##N) < 0) return -1;
    EXCEPTION_LIST(X)
#undef X
    return 0;
}

/* ---- raising ------------------------------------------------------------------------------------ */

static ExcObject memory_error = { .base.hdr = { &exc_MemoryError } };

Value exc_raise_memory_error(VM *vm)
{
    memory_error.base.args = empty();
    memory_error.base.traceback = NULL;
    memory_error.base.context = 0;
    memory_error.base.cause = 0;
    memory_error.base.suppress_context = false;
    vm->exc = OBJ_VAL(&memory_error);
    return 0;
}

Value exc_set(VM *vm, Value exc)
{
    Value ctx = vm->exc_info;
    if (ctx && ctx != exc && is_exc(ctx) && !BE(exc)->context) {
        /* break a cycle rather than create one: exc may already be in ctx's chain */
        Value o = ctx;
        for (int guard = 0; o && guard < 10000; guard++) {
            Value c = BE(o)->context;
            if (c == exc) {
                BE(o)->context = 0;
                break;
            }
            o = c;
        }
        BE(exc)->context = ctx;
    }
    vm->exc = exc;
    return 0;
}

Value exc_new(VM *vm, TypeObject *type, int argc, Value *argv)
{
    exc_patch();
    Value e = type_call(vm, OBJ_VAL(type), argc, argv, NULL);
    if (e && !is_exc(e))
        return vm_raise(vm, &exc_TypeError,
                        "calling %s should have returned an instance of BaseException, not %s",
                        type->name, type_name(e));
    return e;
}

Value vm_raise_str(VM *vm, TypeObject *type, Value msg)
{
    Value e = exc_new(vm, type, 1, &msg);
    if (!e)
        return 0;
    return exc_set(vm, e);
}

Value vm_raise(VM *vm, TypeObject *type, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Str *s;
    if (n < 0) {
        s = str_from_cstr(vm, fmt);
    } else if ((size_t)n < sizeof buf) {
        s = str_new(vm, buf, n);
    } else {
        char *big = mem_alloc_atomic(vm, n + 1);
        if (!big)
            return 0;
        va_start(ap, fmt);
        vsnprintf(big, n + 1, fmt, ap);
        va_end(ap);
        s = str_new(vm, big, n);
    }
    if (!s)
        return 0;
    return vm_raise_str(vm, type, OBJ_VAL(s));
}

Value vm_raise_value(VM *vm, Value exc)
{
    if (IS_OBJ(exc) && type_is_subtype(TYPE_OF(exc), &type_type) &&
        type_is_subtype(AS_TYPE(exc), &exc_BaseException)) {
        Value e = exc_new(vm, AS_TYPE(exc), 0, NULL);
        if (!e)
            return 0;
        return exc_set(vm, e);
    }
    if (is_exc(exc))
        return exc_set(vm, exc);
    return vm_raise(vm, &exc_TypeError, "exceptions must derive from BaseException");
}

Value vm_raise_errno(VM *vm, int err, Value filename)
{
    Str *msg = str_from_cstr(vm, strerror(err));
    if (!msg)
        return 0;
    Value args[3] = { MK_INT(err), OBJ_VAL(msg), filename };
    Value e = exc_new(vm, &exc_OSError, filename ? 3 : 2, args);
    if (!e)
        return 0;
    return exc_set(vm, e);
}

bool vm_exc_matches(VM *vm, TypeObject *type)
{
    return vm->exc && obj_isinstance_type(vm->exc, type);
}

Value vm_exc_take(VM *vm)
{
    Value e = vm->exc;
    vm->exc = 0;
    return e;
}

void vm_exc_clear(VM *vm)
{
    vm->exc = 0;
}

Value vm_raise_syntax(VM *vm, TypeObject *type, const char *msg, Str *filename,
                      int lineno, int col, Str *line_text, int end_lineno, int end_col)
{
    Str *m = str_from_cstr(vm, msg);
    if (!m)
        return 0;
    Value info = tuple_pack(vm, 6, filename ? OBJ_VAL(filename) : NONE, MK_INT(lineno),
                            col > 0 ? MK_INT(col) : NONE, line_text ? OBJ_VAL(line_text) : NONE,
                            end_lineno > 0 ? MK_INT(end_lineno) : NONE,
                            end_col > 0 ? MK_INT(end_col) : NONE);
    if (!info)
        return 0;
    Value args[2] = { OBJ_VAL(m), info };
    Value e = exc_new(vm, type, 2, args);
    if (!e)
        return 0;
    return exc_set(vm, e);
}

/* ---- printing ------------------------------------------------------------------------------------ */

Str *exc_format_only(VM *vm, Value exc)
{
    TypeObject *t = TYPE_OF(exc);
    StrBuf sb;
    sb_init(&sb, vm);
    Value mod = type_module_name(vm, t);
    const char *qual = t->qualname ? t->qualname->data : t->name;
    if (mod && str_check(mod) && !str_eq_cstr(AS_STR(mod), "__main__") &&
        !str_eq_cstr(AS_STR(mod), "builtins")) {
        sb_adds(&sb, AS_STR(mod)->data);
        sb_addc(&sb, '.');
    }
    sb_adds(&sb, qual);
    Value saved = vm->exc;
    vm->exc = 0;
    Value s = obj_str(vm, exc);
    if (!s) {
        vm->exc = 0;
        sb_adds(&sb, ": <exception str() failed>");
    } else if (AS_STR(s)->len > 0) {
        sb_adds(&sb, ": ");
        sb_add(&sb, AS_STR(s)->data, AS_STR(s)->len);
    }
    vm->exc = saved;
    return sb_finish(&sb);
}

/* Source lines for tracebacks: the last file read is kept. */
typedef struct { Str *name; char *text; size_t len; } SourceCache;

static bool source_line(VM *vm, SourceCache *sc, Str *filename, int lineno, const char **line, size_t *len)
{
    if (!filename || filename->len == 0 || filename->data[0] == '<' || lineno <= 0)
        return false;
    if (!sc->name || !str_eq(sc->name, filename)) {
        sc->name = filename;
        sc->text = NULL;
        sc->len = 0;
        FILE *fp = fopen(filename->data, "rb");
        if (!fp)
            return false;
        StrBuf sb;
        sb_init(&sb, vm);
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
            sb_add(&sb, buf, n);
        fclose(fp);
        sc->text = sb.data;
        sc->len = sb.len;
    }
    if (!sc->text)
        return false;
    const char *p = sc->text, *end = sc->text + sc->len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl)
            return false;
        p = nl + 1;
    }
    if (p >= end)
        return false;
    const char *e = memchr(p, '\n', end - p);
    if (!e)
        e = end;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    /* CPython keeps trailing blanks; only the line end goes */
    if (e > p && e[-1] == '\r')
        e--;
    if (e == p)
        return false;
    *line = p;
    *len = e - p;
    return true;
}

#define TB_RECURSIVE_CUTOFF 3

static void print_repeated(FILE *f, long cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    fprintf(f, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

static void print_traceback(VM *vm, FILE *f, Traceback *tb)
{
    SourceCache sc = { 0 };
    fputs("Traceback (most recent call last):\n", f);
    Str *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb; tb = tb->next) {
        Code *co = tb->code;
        Str *file = co ? co->filename : NULL;
        Str *name = co ? co->name : NULL;
        if (!last_file || !file || !str_eq(file, last_file) || tb->lineno != last_line ||
            !last_name || !name || !str_eq(name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                print_repeated(f, cnt);
            last_file = file;
            last_name = name;
            last_line = tb->lineno;
            cnt = 0;
        }
        cnt++;
        if (cnt > TB_RECURSIVE_CUTOFF)
            continue;
        fprintf(f, "  File \"%s\", line %d, in %s\n", file ? file->data : "<unknown>", tb->lineno,
                name ? name->data : "<unknown>");
        const char *line;
        size_t len;
        if (source_line(vm, &sc, file, tb->lineno, &line, &len))
            fprintf(f, "    %.*s\n", (int)len, line);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        print_repeated(f, cnt);
}

static bool print_syntax_error(VM *vm, FILE *f, Value exc)
{
    Value filename = dattr(vm, exc, "filename"), lineno = dattr(vm, exc, "lineno");
    Value text = dattr(vm, exc, "text"), offset = dattr(vm, exc, "offset");
    Value end_offset = dattr(vm, exc, "end_offset"), msg = dattr(vm, exc, "msg");
    const char *suffix_file = NULL;
    int64_t ln;
    if (lineno != NONE && int_to_i64(lineno, &ln))
        fprintf(f, "  File \"%s\", line %lld\n",
                str_check(filename) ? AS_STR(filename)->data : "<string>", (long long)ln);
    else if (str_check(filename))
        suffix_file = AS_STR(filename)->data;
    if (str_check(text)) {
        const char *t = AS_STR(text)->data;
        int64_t tl = AS_STR(text)->len;
        while (tl > 0 && t[tl - 1] == '\n')
            tl--;
        int64_t spaces = 0;
        while (spaces < tl && (t[spaces] == ' ' || t[spaces] == '\n' || t[spaces] == '\f'))
            spaces++;
        const char *lt = t + spaces;
        int64_t ltl = tl - spaces;
        fprintf(f, "    %.*s\n", (int)ltl, lt);
        int64_t off, eoff;
        if (offset != NONE && int_to_i64(offset, &off)) {
            if (end_offset == NONE || !int_to_i64(end_offset, &eoff) || eoff == 0)
                eoff = off;
            if (off == eoff || eoff == -1)
                eoff = off + 1;
            /* offsets count code points; the caret line copies tabs for alignment */
            int64_t colno = off - 1 - spaces, end_colno = eoff - 1 - spaces;
            if (colno >= 0) {
                fputs("    ", f);
                int64_t cp = 0;
                for (int64_t i = 0; i < ltl && cp < colno; i++) {
                    unsigned char c = (unsigned char)lt[i];
                    if ((c & 0xc0) == 0x80)
                        continue;
                    fputc(c == '\t' || c == '\f' ? c : ' ', f);
                    cp++;
                }
                for (int64_t i = colno; i < end_colno; i++)
                    fputc('^', f);
                fputc('\n', f);
            }
        }
    }
    TypeObject *t = TYPE_OF(exc);
    Value mod = type_module_name(vm, t);
    if (mod && str_check(mod) && !str_eq_cstr(AS_STR(mod), "__main__") &&
        !str_eq_cstr(AS_STR(mod), "builtins"))
        fprintf(f, "%s.", AS_STR(mod)->data);
    fputs(t->qualname ? t->qualname->data : t->name, f);
    Value ms = msg != NONE ? obj_str(vm, msg) : 0;
    if (!ms)
        vm->exc = 0;
    fprintf(f, ": %s", ms && AS_STR(ms)->len ? AS_STR(ms)->data : "<no detail available>");
    if (suffix_file)
        fprintf(f, " (%s)", suffix_file);
    fputc('\n', f);
    return true;
}

static void print_notes(VM *vm, FILE *f, Value exc)
{
    Dict *d = obj_get_dict(vm, exc, false);
    Value notes = d ? dict_get_cstr(vm, d, "__notes__") : 0;
    if (!notes)
        return;
    if (!IS_LIST(notes)) {
        Value r = obj_repr(vm, notes);
        if (r)
            fprintf(f, "%s\n", AS_STR(r)->data);
        else
            vm->exc = 0;
        return;
    }
    for (int64_t i = 0; i < AS_LIST(notes)->len; i++) {
        Value n = AS_LIST(notes)->items[i];
        Value s = str_check(n) ? n : obj_repr(vm, n);
        if (s)
            fprintf(f, "%s\n", AS_STR(s)->data);
        else
            vm->exc = 0;
    }
}

static void print_one(VM *vm, FILE *f, Value exc)
{
    if (!is_exc(exc)) {
        fprintf(f, "TypeError: print_exception(): Exception expected for value, %s found\n",
                type_name(exc));
        return;
    }
    if (BE(exc)->traceback)
        print_traceback(vm, f, BE(exc)->traceback);
    if (obj_isinstance_type(exc, &exc_SyntaxError)) {
        print_syntax_error(vm, f, exc);
    } else {
        Str *line = exc_format_only(vm, exc);
        if (line)
            fprintf(f, "%s\n", line->data);
        else
            vm->exc = 0;
    }
    print_notes(vm, f, exc);
}

#define MAX_CHAIN 100

static void print_chain(VM *vm, FILE *f, Value exc, Value *seen, int nseen)
{
    if (nseen >= MAX_CHAIN || !is_exc(exc)) {
        print_one(vm, f, exc);
        return;
    }
    seen[nseen++] = exc;
    Value cause = BE(exc)->cause, ctx = BE(exc)->context;
    bool cause_seen = false, ctx_seen = false;
    for (int i = 0; i < nseen; i++) {
        if (seen[i] == cause)
            cause_seen = true;
        if (seen[i] == ctx)
            ctx_seen = true;
    }
    if (cause && !cause_seen) {
        print_chain(vm, f, cause, seen, nseen);
        fputs("\nThe above exception was the direct cause of the following exception:\n\n", f);
    } else if (ctx && !BE(exc)->suppress_context && !ctx_seen) {
        print_chain(vm, f, ctx, seen, nseen);
        fputs("\nDuring handling of the above exception, another exception occurred:\n\n", f);
    }
    print_one(vm, f, exc);
}

void vm_print_exception(VM *vm, Value exc)
{
    fflush(stdout);
    Value saved = vm->exc;
    vm->exc = 0;
    Value seen[MAX_CHAIN];
    print_chain(vm, stderr, exc, seen, 0);
    fflush(stderr);
    vm->exc = saved;
}
