/* os.c — the `os` module and its `os.path` (CPython's posixpath): the file
 * system and process environment calls a script needs.
 *
 * Path arguments may be str, bytes or os.PathLike; the path functions give
 * back the kind they were given, as CPython's do.  Errors are OSError
 * subclasses chosen by errno (vm_raise_errno), with the file name.
 */
#define _GNU_SOURCE         /* memrchr */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"
#include "objects/objmodel.h"
#include "objects/container.h"

extern char **environ;

/* ---- paths --------------------------------------------------------------------- */

typedef struct Path {
    const char *s;    /* NUL-terminated */
    size_t len;
    bool bytes;       /* the caller gave bytes: answer with bytes */
    Value orig;       /* for error messages */
} Path;

static int path_arg(VM *vm, Value v, const char *fname, Path *p)
{
    file_sync_all();
    p->orig = v;
    p->s = rt_path_arg(vm, v, fname);
    if (!p->s)
        return -1;
    p->len = strlen(p->s);
    p->bytes = IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_bytes);
    return 0;
}

static Value mkpath(VM *vm, bool bytes, const char *s, size_t len)
{
    if (bytes)
        return bytes_new(vm, s, len);
    Str *r = str_new(vm, s, len);
    return r ? OBJ_VAL(r) : 0;
}

static Value raise_path_error(VM *vm, const Path *p)
{
    return vm_raise_errno(vm, errno, p->orig);
}

/* ---- os functions ----------------------------------------------------------------- */

static Value os_getcwd(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "getcwd", kw) < 0 || args_count(vm, "getcwd", argc, 0, 0) < 0)
        return 0;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return vm_raise_errno(vm, errno, 0);
    return OBJ_VAL(str_from_cstr(vm, buf));
}

/* The one-path functions that return None: chdir, remove, unlink, rmdir. */
static Value one_path_call(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname,
                           int (*fn)(const char *))
{
    static const char *const names[] = { "path" };
    Value a[1];
    Path p;
    if (args_parse(vm, fname, argc, argv, kw, 1, 1, names, a) < 0 ||
        path_arg(vm, a[0], fname, &p) < 0)
        return 0;
    if (fn(p.s) != 0)
        return raise_path_error(vm, &p);
    return NONE;
}

static Value os_chdir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return one_path_call(vm, argc, argv, kw, "chdir", chdir);
}

static Value os_remove(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return one_path_call(vm, argc, argv, kw, "remove", unlink);
}

static Value os_unlink(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return one_path_call(vm, argc, argv, kw, "unlink", unlink);
}

static Value os_rmdir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return one_path_call(vm, argc, argv, kw, "rmdir", rmdir);
}

/* The names in a directory (without . and ..), in the order readdir gives,
 * as str or bytes like the path; OSError with the path on failure. */
static Value list_dir(VM *vm, const Path *p)
{
    DIR *d = opendir(p->s);
    if (!d)
        return raise_path_error(vm, p);
    List *l = list_new(vm, 0);
    if (!l) {
        closedir(d);
        return 0;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        Value name = mkpath(vm, p->bytes, e->d_name, strlen(e->d_name));
        if (!name || list_append(vm, l, name) < 0) {
            closedir(d);
            return 0;
        }
    }
    closedir(d);
    return OBJ_VAL(l);
}

static Value os_listdir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "path" };
    Value a[1];
    if (args_parse(vm, "listdir", argc, argv, kw, 0, 1, names, a) < 0)
        return 0;
    Path p = { ".", 1, false, 0 };
    if (a[0] && !IS_NONE(a[0])) {
        Value v = a[0];
        if (!str_check(v) && !(IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_bytes)) &&
            !int_check(v) &&
            !(IS_OBJ(v) && type_lookup(AS_OBJ(v)->type, str_intern_cstr(vm, "__fspath__"))))
            return vm_raise(vm, &exc_TypeError,
                            "listdir: path should be string, bytes, os.PathLike, integer or None, not %s",
                            type_name(v));
        if (path_arg(vm, v, "listdir", &p) < 0)
            return 0;
    }
    if (!p.orig)
        p.orig = OBJ_VAL(str_intern_cstr(vm, "."));
    return list_dir(vm, &p);
}

static int mode_arg(VM *vm, Value v, int def, int *out)
{
    *out = def;
    if (!v)
        return 0;
    int64_t m;
    if (obj_index_int64(vm, v, &m) < 0)
        return -1;
    *out = (int)m;
    return 0;
}

static Value os_mkdir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "path", "mode", "$dir_fd" };
    Value a[3];
    Path p;
    int mode;
    if (args_parse(vm, "mkdir", argc, argv, kw, 1, 3, names, a) < 0 ||
        path_arg(vm, a[0], "mkdir", &p) < 0 || mode_arg(vm, a[1], 0777, &mode) < 0)
        return 0;
    if (mkdir(p.s, (mode_t)mode) != 0)
        return raise_path_error(vm, &p);
    return NONE;
}

static bool is_dir(const char *s)
{
    struct stat st;
    return stat(s, &st) == 0 && S_ISDIR(st.st_mode);
}

static Value os_makedirs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name", "mode", "exist_ok" };
    Value a[3];
    Path p;
    int mode;
    if (args_parse(vm, "makedirs", argc, argv, kw, 1, 3, names, a) < 0 ||
        path_arg(vm, a[0], "makedirs", &p) < 0 || mode_arg(vm, a[1], 0777, &mode) < 0)
        return 0;
    int exist_ok = a[2] ? obj_truthy(vm, a[2]) : 0;
    if (exist_ok < 0)
        return 0;
    /* create each missing ancestor, then the leaf */
    char *buf = mem_alloc_atomic(vm, p.len + 1);
    if (!buf)
        return 0;
    memcpy(buf, p.s, p.len + 1);
    for (size_t i = 1; i < p.len; i++) {
        if (buf[i] != '/' || buf[i - 1] == '/')
            continue;
        buf[i] = 0;
        if (!is_dir(buf) && mkdir(buf, 0777) != 0 && errno != EEXIST) {
            Value name = mkpath(vm, p.bytes, buf, i);
            return name ? vm_raise_errno(vm, errno, name) : 0;
        }
        buf[i] = '/';
    }
    if (mkdir(p.s, (mode_t)mode) != 0) {
        if (errno == EEXIST && exist_ok && is_dir(p.s))
            return NONE;
        return raise_path_error(vm, &p);
    }
    return NONE;
}

/* rename/replace name both paths in their message: 'a' -> 'b'.  The
 * OSError subclass is the one vm_raise_errno picks for the errno; CPython's
 * five-argument constructor sets filename2. */
static Value two_path_error(VM *vm, int err, const Path *a, const Path *b)
{
    vm_raise_errno(vm, err, a->orig);
    Value first = vm_exc_take(vm);
    if (!first)
        return 0;
    Str *msg = str_from_cstr(vm, strerror(err));
    if (!msg)
        return 0;
    Value args[5] = { MK_INT(err), OBJ_VAL(msg), a->orig, NONE, b->orig };
    Value exc = exc_new(vm, TYPE_OF(first), 5, args);
    return exc ? vm_raise_value(vm, exc) : 0;
}

static Value rename_call(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname)
{
    static const char *const names[] = { "src", "dst", "$src_dir_fd", "$dst_dir_fd" };
    Value a[4];
    Path p, q;
    if (args_parse(vm, fname, argc, argv, kw, 2, 4, names, a) < 0 ||
        path_arg(vm, a[0], fname, &p) < 0 || path_arg(vm, a[1], fname, &q) < 0)
        return 0;
    if (rename(p.s, q.s) != 0)
        return two_path_error(vm, errno, &p, &q);
    return NONE;
}

static Value os_rename(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return rename_call(vm, argc, argv, kw, "rename");
}

static Value os_replace(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return rename_call(vm, argc, argv, kw, "replace");
}

/* ---- os.walk -----------------------------------------------------------------------
 * CPython's os.walk is a generator; this iterator keeps the same promise a
 * program relies on: top-down, the `dirnames` list it yields is consulted
 * only when the walk moves on, so removing names from it prunes the walk.
 * Bottom-up order is computed when the iteration starts. */

typedef struct WalkIter {
    Obj hdr;
    List *stack;        /* directories still to list (the next one last) */
    Value top;          /* the directory yielded last (top-down), or 0 */
    List *dirs;         /* its dirnames list as yielded */
    List *results;      /* bottom-up: every triple, in order */
    int64_t pos;
    Value onerror;      /* callable or None */
    bool topdown, followlinks, bytes;
} WalkIter;

static TypeObject walk_type;

/* dir + '/' + name (no doubled separator), as str or bytes. */
static Value join2(VM *vm, Value dir, Value name, bool bytes)
{
    Path a, b;
    if (path_arg(vm, dir, "walk", &a) < 0 || path_arg(vm, name, "walk", &b) < 0)
        return 0;
    StrBuf sb;
    sb_init(&sb, vm);
    sb_add(&sb, a.s, a.len);
    if (a.len && a.s[a.len - 1] != '/')
        sb_addc(&sb, '/');
    sb_add(&sb, b.s, b.len);
    return mkpath(vm, bytes, sb.data, sb.len);
}

static bool is_link(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
}

/* Lists `top` into (dirnames, filenames): 1 done, 0 unreadable (onerror
 * called), -1 error. */
static int walk_list(VM *vm, WalkIter *w, Value top, List **dirs, List **files)
{
    Path p;
    if (path_arg(vm, top, "walk", &p) < 0)
        return -1;
    Value names = list_dir(vm, &p);
    if (!names) {
        if (!vm_exc_matches(vm, &exc_OSError))
            return -1;
        Value err = vm_exc_take(vm);
        if (!IS_NONE(w->onerror) && !obj_call1(vm, w->onerror, err))
            return -1;
        return 0;
    }
    *dirs = list_new(vm, 0);
    *files = list_new(vm, 0);
    if (!*dirs || !*files)
        return -1;
    List *l = AS_LIST(names);
    for (int64_t i = 0; i < l->len; i++) {
        Value full = join2(vm, top, l->items[i], w->bytes);
        Path fp;
        if (!full || path_arg(vm, full, "walk", &fp) < 0)
            return -1;
        if (list_append(vm, is_dir(fp.s) ? *dirs : *files, l->items[i]) < 0)
            return -1;
    }
    return 1;
}

/* Pushes the subdirectories of `top` that the walk enters, so that the
 * first of them is listed next. */
static int walk_push(VM *vm, WalkIter *w, Value top, List *dirs)
{
    for (int64_t i = dirs->len - 1; i >= 0; i--) {
        Value sub = join2(vm, top, dirs->items[i], w->bytes);
        Path sp;
        if (!sub || path_arg(vm, sub, "walk", &sp) < 0)
            return -1;
        if ((w->followlinks || !is_link(sp.s)) && list_append(vm, w->stack, sub) < 0)
            return -1;
    }
    return 0;
}

static int walk_bottom_up(VM *vm, WalkIter *w, Value top)
{
    List *dirs, *files;
    int r = walk_list(vm, w, top, &dirs, &files);
    if (r <= 0)
        return r;
    for (int64_t i = 0; i < dirs->len; i++) {
        Value sub = join2(vm, top, dirs->items[i], w->bytes);
        Path sp;
        if (!sub || path_arg(vm, sub, "walk", &sp) < 0)
            return -1;
        if ((w->followlinks || !is_link(sp.s)) && walk_bottom_up(vm, w, sub) < 0)
            return -1;
    }
    Value t = tuple_pack(vm, 3, top, OBJ_VAL(dirs), OBJ_VAL(files));
    return t && list_append(vm, w->results, t) == 0 ? 1 : -1;
}

static Value walk_next(VM *vm, Value self)
{
    WalkIter *w = (WalkIter *)AS_OBJ(self);
    if (!w->topdown) {
        if (!w->results) {
            if (!(w->results = list_new(vm, 0)))
                return 0;
            while (w->stack->len) {
                Value top = list_pop_last(vm, w->stack);
                if (!top || walk_bottom_up(vm, w, top) < 0)
                    return 0;
            }
        }
        return w->pos < w->results->len ? w->results->items[w->pos++] : 0;
    }
    if (w->top) {
        Value top = w->top;
        w->top = 0;
        if (walk_push(vm, w, top, w->dirs) < 0)
            return 0;
    }
    while (w->stack->len) {
        Value top = list_pop_last(vm, w->stack);
        if (!top)
            return 0;
        List *dirs, *files;
        int r = walk_list(vm, w, top, &dirs, &files);
        if (r < 0)
            return 0;
        if (r == 0)
            continue;
        w->top = top;
        w->dirs = dirs;
        return tuple_pack(vm, 3, top, OBJ_VAL(dirs), OBJ_VAL(files));
    }
    return 0;
}

static Value walk_iter(VM *vm, Value self) { return self; }

static TypeObject walk_type = {
    .hdr.type = &type_type,
    .name = "os.walk",
    .base = &type_object,
    .instance_size = sizeof(WalkIter),
    .flags = TF_ABSTRACT_NEW,
    .iter = walk_iter,
    .next = walk_next,
};

static Value os_walk(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "top", "topdown", "onerror", "followlinks" };
    Value a[4];
    if (args_parse(vm, "walk", argc, argv, kw, 1, 4, names, a) < 0)
        return 0;
    Path p;
    if (path_arg(vm, a[0], "walk", &p) < 0)
        return 0;
    if (!(walk_type.flags & TF_READY) && type_ready(vm, &walk_type) < 0)
        return 0;
    WalkIter *w = (WalkIter *)obj_alloc(vm, &walk_type);
    if (!w || !(w->stack = list_new(vm, 0)))
        return 0;
    int td = a[1] ? obj_truthy(vm, a[1]) : 1;
    int fl = a[3] ? obj_truthy(vm, a[3]) : 0;
    if (td < 0 || fl < 0)
        return 0;
    w->topdown = td;
    w->followlinks = fl;
    w->onerror = a[2] ? a[2] : NONE;
    w->bytes = p.bytes;
    Value top = mkpath(vm, p.bytes, p.s, p.len);
    if (!top || list_append(vm, w->stack, top) < 0)
        return 0;
    return OBJ_VAL(w);
}

/* os.removedirs: remove a leaf directory, then each parent that has become
 * empty, stopping quietly at the first that cannot go. */
static Value os_removedirs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "name" };
    Value a[1];
    Path p;
    if (args_parse(vm, "removedirs", argc, argv, kw, 1, 1, names, a) < 0 ||
        path_arg(vm, a[0], "rmdir", &p) < 0)
        return 0;
    if (rmdir(p.s) != 0)
        return raise_path_error(vm, &p);
    char *buf = mem_alloc_atomic(vm, p.len + 1);
    if (!buf)
        return 0;
    memcpy(buf, p.s, p.len + 1);
    size_t n = p.len;
    for (;;) {
        while (n > 0 && buf[n - 1] == '/')      /* the name's own trailing slashes */
            n--;
        while (n > 0 && buf[n - 1] != '/')      /* its last component */
            n--;
        while (n > 1 && buf[n - 1] == '/')      /* the separator before it */
            n--;
        if (n == 0 || (n == 1 && buf[0] == '/'))
            break;
        buf[n] = 0;
        if (rmdir(buf) != 0)
            break;
    }
    return NONE;
}

static Value os_getcwdb(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "getcwdb", kw) < 0 || args_count(vm, "getcwdb", argc, 0, 0) < 0)
        return 0;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return vm_raise_errno(vm, errno, 0);
    return bytes_new(vm, buf, strlen(buf));
}

/* os.system: the shell's wait status, as CPython returns it.  What the
 * program printed before comes out before the command's output, as under
 * CPython: path_arg flushes every stream first. */
static Value os_system(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "command" };
    Value a[1];
    Path p;
    if (args_parse(vm, "system", argc, argv, kw, 1, 1, names, a) < 0 ||
        path_arg(vm, a[0], "system", &p) < 0)
        return 0;
    return int_from_i64(vm, system(p.s));
}

/* ---- os.environ ----------------------------------------------------------------
 * CPython's os._Environ: a mapping over a private dict of the environment
 * whose writes also call setenv/unsetenv, so os.getenv and child processes
 * see them.  Keys and values must be str. */

typedef struct Environ { Obj hdr; Dict *data; } Environ;
#define ENVIRON(v) ((Environ *)AS_OBJ(v))
static TypeObject environ_type;

static int env_check_str(VM *vm, Value v)
{
    if (str_check(v))
        return 0;
    vm_raise(vm, &exc_TypeError, "str expected, not %s", type_name(v));
    return -1;
}

/* Key and value as C strings for setenv: no NUL bytes, no '=' in the key. */
static int env_check_text(VM *vm, Str *s, bool key)
{
    if (memchr(s->data, '\0', (size_t)s->len)) {
        vm_raise(vm, &exc_ValueError, "embedded null byte");
        return -1;
    }
    if (key && memchr(s->data, '=', (size_t)s->len)) {
        vm_raise(vm, &exc_ValueError, "illegal environment variable name");
        return -1;
    }
    return 0;
}

static Value raise_key(VM *vm, Value key)
{
    Value e = exc_new(vm, &exc_KeyError, 1, &key);
    return e ? vm_raise_value(vm, e) : 0;
}

static Value environ_getitem(VM *vm, Value self, Value key)
{
    if (env_check_str(vm, key) < 0)
        return 0;
    Value v;
    int r = dict_lookup(vm, ENVIRON(self)->data, key, &v);
    if (r < 0)
        return 0;
    return r ? v : raise_key(vm, key);
}

static int environ_setitem(VM *vm, Value self, Value key, Value v)
{
    if (env_check_str(vm, key) < 0 || (v && env_check_str(vm, v) < 0))
        return -1;
    Str *k = AS_STR(key);
    if (!v) {
        /* unsetenv first, as CPython: a failure leaves the mapping alone */
        if (env_check_text(vm, k, true) < 0)
            return -1;
        if (unsetenv(k->data) != 0) {
            vm_raise_errno(vm, errno, 0);
            return -1;
        }
        int r = dict_del(vm, ENVIRON(self)->data, key);
        if (r == 0)
            raise_key(vm, key);
        return r == 1 ? 0 : -1;
    }
    if (env_check_text(vm, k, true) < 0 || env_check_text(vm, AS_STR(v), false) < 0)
        return -1;
    if (setenv(k->data, AS_STR(v)->data, 1) != 0) {
        vm_raise_errno(vm, errno, 0);
        return -1;
    }
    return dict_set(vm, ENVIRON(self)->data, key, v);
}

static int64_t environ_len(VM *vm, Value self) { return ENVIRON(self)->data->used; }

/* Iterates over a snapshot of the keys, as CPython's does. */
static Value environ_iter(VM *vm, Value self)
{
    Value keys = dict_keys_list(vm, ENVIRON(self)->data);
    return keys ? obj_iter(vm, keys) : 0;
}

static int environ_contains(VM *vm, Value self, Value key)
{
    if (env_check_str(vm, key) < 0)
        return -1;
    return dict_contains(vm, ENVIRON(self)->data, key);
}

static Value environ_repr(VM *vm, Value self)
{
    Value inner = obj_repr(vm, OBJ_VAL(ENVIRON(self)->data));
    if (!inner)
        return 0;
    Str *r = str_printf(vm, "environ(%s)", AS_STR(inner)->data);
    return r ? OBJ_VAL(r) : 0;
}

/* A mapping's contents as a plain dict, for comparisons and `|`. */
static Value environ_as_dict(Value v)
{
    if (IS_OBJ(v) && AS_OBJ(v)->type == &environ_type)
        return OBJ_VAL(ENVIRON(v)->data);
    return IS_OBJ(v) && dict_check(v) ? v : 0;
}

static Value environ_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    Value da = environ_as_dict(a), db = environ_as_dict(b);
    if (!da || !db || (op != CMP_EQ && op != CMP_NE))
        return NOT_IMPLEMENTED;
    return obj_richcompare(vm, da, db, op);
}

static Value environ_or(VM *vm, Value a, Value b)
{
    Value da = environ_as_dict(a), db = environ_as_dict(b);
    if (!da || !db)
        return NOT_IMPLEMENTED;
    Dict *r = dict_copy(vm, AS_DICT(da));
    if (!r || dict_update(vm, r, db) < 0)
        return 0;
    return OBJ_VAL(r);
}

static int environ_update_from(VM *vm, Value self, Value other);

static Value environ_ior(VM *vm, Value a, Value b)
{
    if (!environ_as_dict(b))
        return NOT_IMPLEMENTED;
    return environ_update_from(vm, a, b) < 0 ? 0 : a;
}

/* self[k] = v for every pair of a mapping (keys()) or an iterable of pairs. */
static int environ_update_from(VM *vm, Value self, Value other)
{
    Dict *tmp = dict_new(vm);
    if (!tmp || dict_update(vm, tmp, other) < 0)
        return -1;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(tmp, &pos, &k, &v))
        if (environ_setitem(vm, self, k, v) < 0)
            return -1;
    return 0;
}

static Value environ_m_get(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get", kw) < 0 || args_count(vm, "get", argc - 1, 1, 2) < 0)
        return 0;
    if (env_check_str(vm, argv[1]) < 0)
        return 0;
    Value v;
    int r = dict_lookup(vm, ENVIRON(argv[0])->data, argv[1], &v);
    if (r < 0)
        return 0;
    return r ? v : argc > 2 ? argv[2] : NONE;
}

static Value environ_m_view(VM *vm, Value self, const char *which)
{
    return obj_call_method(vm, OBJ_VAL(ENVIRON(self)->data), which, 0, NULL);
}
static Value environ_m_keys(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "keys", kw) < 0 || args_count(vm, "keys", argc - 1, 0, 0) < 0)
        return 0;
    return environ_m_view(vm, argv[0], "keys");
}
static Value environ_m_values(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "values", kw) < 0 || args_count(vm, "values", argc - 1, 0, 0) < 0)
        return 0;
    return environ_m_view(vm, argv[0], "values");
}
static Value environ_m_items(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "items", kw) < 0 || args_count(vm, "items", argc - 1, 0, 0) < 0)
        return 0;
    return environ_m_view(vm, argv[0], "items");
}

static Value environ_m_copy(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "copy", kw) < 0 || args_count(vm, "copy", argc - 1, 0, 0) < 0)
        return 0;
    Dict *d = dict_copy(vm, ENVIRON(argv[0])->data);
    return d ? OBJ_VAL(d) : 0;
}

static Value environ_m_pop(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "pop", kw) < 0 || args_count(vm, "pop", argc - 1, 1, 2) < 0)
        return 0;
    Value v = environ_getitem(vm, argv[0], argv[1]);
    if (!v) {
        if (argc > 2 && vm_exc_matches(vm, &exc_KeyError)) {
            vm_exc_clear(vm);
            return argv[2];
        }
        return 0;
    }
    return environ_setitem(vm, argv[0], argv[1], 0) < 0 ? 0 : v;
}

static Value environ_m_popitem(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "popitem", kw) < 0 || args_count(vm, "popitem", argc - 1, 0, 0) < 0)
        return 0;
    int64_t pos = 0;
    Value k, v;
    if (!dict_next(ENVIRON(argv[0])->data, &pos, &k, &v)) {
        Value e = exc_new(vm, &exc_KeyError, 0, NULL);
        return e ? vm_raise_value(vm, e) : 0;
    }
    if (environ_setitem(vm, argv[0], k, 0) < 0)
        return 0;
    return tuple_pack(vm, 2, k, v);
}

static Value environ_m_clear(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "clear", kw) < 0 || args_count(vm, "clear", argc - 1, 0, 0) < 0)
        return 0;
    int64_t pos = 0;
    Value k, v;
    while (pos = 0, dict_next(ENVIRON(argv[0])->data, &pos, &k, &v))
        if (environ_setitem(vm, argv[0], k, 0) < 0)
            return 0;
    return NONE;
}

static Value environ_m_setdefault(VM *vm, int argc, Value *argv, Tuple *kw)
{
    /* a Python-level method in CPython: its messages */
    if (args_no_kw(vm, "setdefault", kw) < 0)
        return 0;
    if (argc == 2)
        return vm_raise(vm, &exc_TypeError,
                        "_Environ.setdefault() missing 1 required positional argument: 'value'");
    if (argc != 3)
        return vm_raise(vm, &exc_TypeError, argc < 2 ?
                        "_Environ.setdefault() missing 2 required positional arguments: 'key' and 'value'" :
                        "_Environ.setdefault() takes 3 positional arguments but %d were given", argc);
    Value *a = argv + 1;
    Value v = environ_getitem(vm, argv[0], a[0]);
    if (v || !vm_exc_matches(vm, &exc_KeyError))
        return v;
    vm_exc_clear(vm);
    return environ_setitem(vm, argv[0], a[0], a[1]) < 0 ? 0 : a[1];
}

static Value environ_m_update(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_count(vm, "update", argc - 1, 0, 1) < 0)
        return 0;
    if (argc > 1 && environ_update_from(vm, argv[0], argv[1]) < 0)
        return 0;
    int nkw = kw ? (int)kw->len : 0;
    for (int i = 0; i < nkw; i++)
        if (environ_setitem(vm, argv[0], kw->items[i], argv[argc + i]) < 0)
            return 0;
    return NONE;
}

static const MethodDef environ_methods[] = {
    { "get", environ_m_get, 0, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None." },
    { "keys", environ_m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys" },
    { "values", environ_m_values, 0, "D.values() -> an object providing a view on D's values" },
    { "items", environ_m_items, 0, "D.items() -> a set-like object providing a view on D's items" },
    { "copy", environ_m_copy, 0, NULL },
    { "pop", environ_m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value." },
    { "popitem", environ_m_popitem, 0, "D.popitem() -> (k, v), remove and return some (key, value) pair as a 2-tuple." },
    { "clear", environ_m_clear, 0, "D.clear() -> None.  Remove all items from D." },
    { "setdefault", environ_m_setdefault, 0, NULL },
    { "update", environ_m_update, 0, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F." },
    { 0 }
};

static TypeObject environ_type = {
    .hdr.type = &type_type,
    .name = "os._Environ",
    .base = &type_object,
    .instance_size = sizeof(Environ),
    .flags = TF_ABSTRACT_NEW,
    .repr = environ_repr,
    .richcompare = environ_richcompare,
    .len = environ_len,
    .getitem = environ_getitem,
    .setitem = environ_setitem,
    .contains = environ_contains,
    .iter = environ_iter,
    .binop = { [BINOP_OR] = environ_or },
    .inplace = { [BINOP_OR] = environ_ior },
    .methods = environ_methods,
};

/* A fresh os.environ from the process environment. */
static Value environ_new(VM *vm)
{
    if (!(environ_type.flags & TF_READY) && type_ready(vm, &environ_type) < 0)
        return 0;
    Environ *e = (Environ *)obj_alloc(vm, &environ_type);
    if (!e || !(e->data = dict_new(vm)))
        return 0;
    for (char **p = environ; p && *p; p++) {
        const char *eq = strchr(*p, '=');
        if (!eq)
            continue;
        Str *k = str_new(vm, *p, (size_t)(eq - *p));
        Str *v = str_from_cstr(vm, eq + 1);
        if (!k || !v || dict_set(vm, e->data, OBJ_VAL(k), OBJ_VAL(v)) < 0)
            return 0;
    }
    return OBJ_VAL(e);
}

/* os.getenv reads os.environ, as CPython's does, so a program's writes to
 * os.environ are seen (os.putenv's are not, as in CPython). */
static Value os_getenv(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "key", "default" };
    Value a[2];
    if (args_parse(vm, "getenv", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    if (env_check_str(vm, a[0]) < 0)
        return 0;
    Value dflt = a[1] ? a[1] : NONE;
    Value os = vm->modules ? dict_get_cstr(vm, vm->modules, "os") : 0;
    Value env = os && IS_MODULE(os) ? dict_get_cstr(vm, ((Module *)AS_OBJ(os))->dict, "environ") : 0;
    if (env) {
        Value v = obj_getitem(vm, env, a[0]);
        if (v || !vm_exc_matches(vm, &exc_KeyError))
            return v;
        vm_exc_clear(vm);
        return dflt;
    }
    const char *v = getenv(AS_STR(a[0])->data);
    return v ? OBJ_VAL(str_from_cstr(vm, v)) : dflt;
}

static Value os_putenv(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "putenv", kw) < 0 || args_count(vm, "putenv", argc, 2, 2) < 0)
        return 0;
    if (!str_check(argv[0]) || !str_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "str expected, not %s",
                        type_name(str_check(argv[0]) ? argv[1] : argv[0]));
    if (AS_STR(argv[0])->len == 0 || strchr(AS_STR(argv[0])->data, '='))
        return vm_raise(vm, &exc_ValueError, "illegal environment variable name");
    if (setenv(AS_STR(argv[0])->data, AS_STR(argv[1])->data, 1) != 0)
        return vm_raise_errno(vm, errno, 0);
    return NONE;
}

static Value os_unsetenv(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "unsetenv", kw) < 0 || args_count(vm, "unsetenv", argc, 1, 1) < 0)
        return 0;
    if (!str_check(argv[0]))
        return vm_raise(vm, &exc_TypeError, "str expected, not %s", type_name(argv[0]));
    unsetenv(AS_STR(argv[0])->data);
    return NONE;
}

static Value os_getpid(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "getpid", kw) < 0 || args_count(vm, "getpid", argc, 0, 0) < 0)
        return 0;
    return MK_INT(getpid());
}

static Value os_getppid(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "getppid", kw) < 0 || args_count(vm, "getppid", argc, 0, 0) < 0)
        return 0;
    return MK_INT(getppid());
}

static Value os_cpu_count(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "cpu_count", kw) < 0 || args_count(vm, "cpu_count", argc, 0, 0) < 0)
        return 0;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? MK_INT(n) : NONE;
}

static Value os_strerror(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "strerror", kw) < 0 || args_count(vm, "strerror", argc, 1, 1) < 0)
        return 0;
    int64_t n;
    if (obj_index_int64(vm, argv[0], &n) < 0)
        return 0;
    return OBJ_VAL(str_from_cstr(vm, strerror((int)n)));
}

static Value os_urandom(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "urandom", kw) < 0 || args_count(vm, "urandom", argc, 1, 1) < 0)
        return 0;
    int64_t n;
    if (obj_index_int64(vm, argv[0], &n) < 0)
        return 0;
    if (n < 0)
        return vm_raise(vm, &exc_ValueError, "negative argument not allowed");
    unsigned char *buf = mem_alloc_atomic(vm, (size_t)n + 1);
    if (!buf)
        return 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return vm_raise_errno(vm, errno, 0);
    int64_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, (size_t)(n - got));
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            close(fd);
            return vm_raise_errno(vm, r < 0 ? errno : EIO, 0);
        }
        got += r;
    }
    close(fd);
    return bytes_new(vm, buf, (size_t)n);
}

static Value os_fspath(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "path" };
    Value a[1];
    if (args_parse(vm, "fspath", argc, argv, kw, 1, 1, names, a) < 0)
        return 0;
    if (str_check(a[0]) || (IS_OBJ(a[0]) && type_is_subtype(AS_OBJ(a[0])->type, &type_bytes)))
        return a[0];
    Value meth = IS_OBJ(a[0]) ? type_lookup(AS_OBJ(a[0])->type, str_intern_cstr(vm, "__fspath__")) : 0;
    if (!meth)
        return vm_raise(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                        type_name(a[0]));
    Value r = call_special(vm, a[0], meth, 0, NULL, NULL);
    if (r && !str_check(r) && !(IS_OBJ(r) && type_is_subtype(AS_OBJ(r)->type, &type_bytes)))
        return vm_raise(vm, &exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                        type_name(a[0]), type_name(r));
    return r;
}

static Value os_access(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "path", "mode" };
    Value a[2];
    Path p;
    int mode;
    if (args_parse(vm, "access", argc, argv, kw, 2, 2, names, a) < 0 ||
        path_arg(vm, a[0], "access", &p) < 0 || mode_arg(vm, a[1], 0, &mode) < 0)
        return 0;
    return BOOL_VAL(access(p.s, mode) == 0);
}

/* ---- stat ----------------------------------------------------------------------------- */

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev"
};
static STRUCTSEQ_TYPE(stat_result_type, "os.stat_result", stat_fields, 19, 10);

static double ts_double(struct timespec t)
{
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static Value ts_ns(VM *vm, struct timespec t)
{
    Value s = int_from_i64(vm, t.tv_sec);
    Value billion = MK_INT(1000000000);
    Value m = s ? obj_binop(vm, s, billion, BINOP_MUL) : 0;
    return m ? obj_binop(vm, m, MK_INT(t.tv_nsec), BINOP_ADD) : 0;
}

static Value stat_value(VM *vm, const struct stat *st)
{
    Value items[19] = {
        MK_INT(st->st_mode), int_from_u64(vm, st->st_ino), int_from_u64(vm, st->st_dev),
        int_from_u64(vm, st->st_nlink), MK_INT(st->st_uid), MK_INT(st->st_gid),
        int_from_i64(vm, st->st_size),
        int_from_i64(vm, st->st_atim.tv_sec), int_from_i64(vm, st->st_mtim.tv_sec),
        int_from_i64(vm, st->st_ctim.tv_sec),
        float_new(vm, ts_double(st->st_atim)), float_new(vm, ts_double(st->st_mtim)),
        float_new(vm, ts_double(st->st_ctim)),
        ts_ns(vm, st->st_atim), ts_ns(vm, st->st_mtim), ts_ns(vm, st->st_ctim),
        int_from_i64(vm, st->st_blksize), int_from_i64(vm, st->st_blocks),
        int_from_u64(vm, st->st_rdev),
    };
    for (int i = 0; i < 19; i++)
        if (!items[i])
            return 0;
    return structseq_new(vm, &stat_result_type, items);
}

/* stat(path) or fstat(fd): 0 on success; -1 with the OSError raised. */
static int do_stat(VM *vm, Value v, const char *fname, bool follow, struct stat *st, bool raise)
{
    int r;
    Path p;
    if (int_check(v)) {
        int64_t fd;
        if (obj_index_int64(vm, v, &fd) < 0)
            return -1;
        r = fstat((int)fd, st);
        p.orig = 0;
    } else {
        if (!str_check(v) && !(IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_bytes)) &&
            !(IS_OBJ(v) && type_lookup(AS_OBJ(v)->type, str_intern_cstr(vm, "__fspath__")))) {
            vm_raise(vm, &exc_TypeError,
                     "%s: path should be string, bytes, os.PathLike or integer, not %s",
                     fname, type_name(v));
            return -1;
        }
        if (path_arg(vm, v, fname, &p) < 0)
            return -1;
        r = follow ? stat(p.s, st) : lstat(p.s, st);
    }
    if (r != 0) {
        if (raise)
            vm_raise_errno(vm, errno, p.orig);
        return -2;
    }
    return 0;
}

static Value stat_call(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname, bool follow)
{
    static const char *const names[] = { "path", "$dir_fd", "$follow_symlinks" };
    Value a[3];
    if (args_parse(vm, fname, argc, argv, kw, 1, 3, names, a) < 0)
        return 0;
    if (a[2]) {
        int t = obj_truthy(vm, a[2]);
        if (t < 0)
            return 0;
        follow = follow && t;
    }
    struct stat st;
    if (do_stat(vm, a[0], fname, follow, &st, true) < 0)
        return 0;
    return stat_value(vm, &st);
}

static Value os_stat(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_call(vm, argc, argv, kw, "stat", true);
}

static Value os_lstat(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_call(vm, argc, argv, kw, "lstat", false);
}

/* ---- os.path ------------------------------------------------------------------------- */

/* exists/isdir/isfile/islink: any OSError is a False answer. */
static Value stat_test(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname,
                       bool follow, int kind)
{
    static const char *const names[] = { "path" };
    Value a[1];
    if (args_parse(vm, fname, argc, argv, kw, 1, 1, names, a) < 0)
        return 0;
    struct stat st;
    int r = do_stat(vm, a[0], "stat", follow, &st, false);
    if (r == -1) {
        if (vm_exc_matches(vm, &exc_ValueError)) {
            vm_exc_clear(vm);
            return FALSE_VAL;
        }
        return 0;
    }
    if (r < 0)
        return FALSE_VAL;
    switch (kind) {
    case 'd': return BOOL_VAL(S_ISDIR(st.st_mode));
    case 'f': return BOOL_VAL(S_ISREG(st.st_mode));
    case 'l': return BOOL_VAL(S_ISLNK(st.st_mode));
    default: return TRUE_VAL;
    }
}

static Value pp_exists(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_test(vm, argc, argv, kw, "exists", true, 'e');
}

static Value pp_lexists(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_test(vm, argc, argv, kw, "lexists", false, 'e');
}

static Value pp_isdir(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_test(vm, argc, argv, kw, "isdir", true, 'd');
}

static Value pp_isfile(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_test(vm, argc, argv, kw, "isfile", true, 'f');
}

static Value pp_islink(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_test(vm, argc, argv, kw, "islink", false, 'l');
}

static Value stat_field(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname, int which)
{
    static const char *const names[] = { "filename" };
    Value a[1];
    if (args_parse(vm, fname, argc, argv, kw, 1, 1, names, a) < 0)
        return 0;
    struct stat st;
    if (do_stat(vm, a[0], "stat", true, &st, true) < 0)
        return 0;
    switch (which) {
    case 's': return int_from_i64(vm, st.st_size);
    case 'm': return float_new(vm, ts_double(st.st_mtim));
    case 'a': return float_new(vm, ts_double(st.st_atim));
    default: return float_new(vm, ts_double(st.st_ctim));
    }
}

static Value pp_getsize(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_field(vm, argc, argv, kw, "getsize", 's');
}

static Value pp_getmtime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_field(vm, argc, argv, kw, "getmtime", 'm');
}

static Value pp_getatime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_field(vm, argc, argv, kw, "getatime", 'a');
}

static Value pp_getctime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return stat_field(vm, argc, argv, kw, "getctime", 'c');
}

/* One path argument of a string function (no stat). */
static int one_path(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname, Path *p)
{
    static const char *const names[] = { "p" };
    Value a[1];
    if (args_parse(vm, fname, argc, argv, kw, 1, 1, names, a) < 0)
        return -1;
    if (!str_check(a[0]) && !(IS_OBJ(a[0]) && type_is_subtype(AS_OBJ(a[0])->type, &type_bytes)) &&
        !(IS_OBJ(a[0]) && type_lookup(AS_OBJ(a[0])->type, str_intern_cstr(vm, "__fspath__")))) {
        vm_raise(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                 type_name(a[0]));
        return -1;
    }
    return path_arg(vm, a[0], fname, p);
}

static size_t last_sep(const Path *p)   /* index after the last '/', 0 if none */
{
    const char *s = memrchr(p->s, '/', p->len);
    return s ? (size_t)(s - p->s) + 1 : 0;
}

/* split's head: everything up to the last '/', trailing slashes removed
 * unless it is all slashes. */
static size_t head_len(const Path *p)
{
    size_t i = last_sep(p), h = i;
    while (h > 0 && p->s[h - 1] == '/')
        h--;
    return h == 0 ? i : h;
}

static Value pp_basename(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "basename", &p) < 0)
        return 0;
    size_t i = last_sep(&p);
    return mkpath(vm, p.bytes, p.s + i, p.len - i);
}

static Value pp_dirname(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "dirname", &p) < 0)
        return 0;
    return mkpath(vm, p.bytes, p.s, head_len(&p));
}

static Value pp_split(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "split", &p) < 0)
        return 0;
    size_t i = last_sep(&p);
    Value head = mkpath(vm, p.bytes, p.s, head_len(&p));
    Value tail = mkpath(vm, p.bytes, p.s + i, p.len - i);
    return head && tail ? tuple_pack(vm, 2, head, tail) : 0;
}

static Value pp_splitext(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "splitext", &p) < 0)
        return 0;
    size_t sep = last_sep(&p);
    const char *dot = memrchr(p.s, '.', p.len);
    size_t cut = p.len;
    if (dot && (size_t)(dot - p.s) >= sep) {
        size_t di = (size_t)(dot - p.s);
        /* a leading run of dots in the file name is not an extension */
        for (size_t i = sep; i < di; i++) {
            if (p.s[i] != '.') {
                cut = di;
                break;
            }
        }
    }
    Value root = mkpath(vm, p.bytes, p.s, cut);
    Value ext = mkpath(vm, p.bytes, p.s + cut, p.len - cut);
    return root && ext ? tuple_pack(vm, 2, root, ext) : 0;
}

static Value pp_isabs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "isabs", &p) < 0)
        return 0;
    return BOOL_VAL(p.len > 0 && p.s[0] == '/');
}

static Value pp_join(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "join", kw) < 0)
        return 0;
    if (argc == 0)
        return vm_raise(vm, &exc_TypeError, "join() missing 1 required positional argument: 'a'");
    StrBuf sb;
    sb_init(&sb, vm);
    bool bytes = false;
    for (int i = 0; i < argc; i++) {
        Value v = argv[i];
        bool is_bytes = IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_bytes);
        if (!str_check(v) && !is_bytes &&
            !(IS_OBJ(v) && type_lookup(AS_OBJ(v)->type, str_intern_cstr(vm, "__fspath__"))))
            return vm_raise(vm, &exc_TypeError, i == 0 ?
                            "expected str, bytes or os.PathLike object, not %s" :
                            "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                            type_name(v));
        Path p;
        if (path_arg(vm, v, "join", &p) < 0)
            return 0;
        if (i == 0)
            bytes = p.bytes;
        else if (bytes != p.bytes)
            return vm_raise(vm, &exc_TypeError, "Can't mix strings and bytes in path components");
        if (p.len > 0 && p.s[0] == '/')
            sb.len = 0;
        else if (i > 0 && sb.len > 0 && sb.data[sb.len - 1] != '/')
            sb_addc(&sb, '/');
        sb_add(&sb, p.s, p.len);
    }
    return mkpath(vm, bytes, sb.data ? sb.data : "", sb.len);
}

/* normpath's algorithm on raw bytes, into sb. */
static void normalize(StrBuf *sb, const char *s, size_t len)
{
    if (len == 0) {
        sb_addc(sb, '.');
        return;
    }
    int slashes = s[0] == '/' ? 1 : 0;
    if (slashes && len >= 2 && s[1] == '/' && !(len >= 3 && s[2] == '/'))
        slashes = 2;
    /* components as (start, length) pairs */
    size_t n = 0, cap = 16;
    size_t (*comps)[2] = mem_alloc_atomic(sb->vm, cap * sizeof *comps);
    size_t i = 0;
    while (i < len) {
        while (i < len && s[i] == '/')
            i++;
        size_t start = i;
        while (i < len && s[i] != '/')
            i++;
        size_t clen = i - start;
        if (clen == 0 || (clen == 1 && s[start] == '.'))
            continue;
        bool dotdot = clen == 2 && s[start] == '.' && s[start + 1] == '.';
        if (dotdot && !(slashes == 0 && n == 0) &&
            !(n > 0 && comps[n - 1][1] == 2 && s[comps[n - 1][0]] == '.' && s[comps[n - 1][0] + 1] == '.')) {
            if (n > 0)
                n--;
            continue;
        }
        if (n == cap) {
            cap *= 2;
            comps = mem_realloc(sb->vm, comps, cap * sizeof *comps);
        }
        comps[n][0] = start;
        comps[n][1] = clen;
        n++;
    }
    for (int k = 0; k < slashes; k++)
        sb_addc(sb, '/');
    for (size_t k = 0; k < n; k++) {
        if (k)
            sb_addc(sb, '/');
        sb_add(sb, s + comps[k][0], comps[k][1]);
    }
    if (sb->len == 0)
        sb_addc(sb, '.');
}

static Value pp_normpath(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "normpath", &p) < 0)
        return 0;
    StrBuf sb;
    sb_init(&sb, vm);
    normalize(&sb, p.s, p.len);
    return mkpath(vm, p.bytes, sb.data, sb.len);
}

/* The absolute, normalised form of p into sb. */
static int absolute(VM *vm, const Path *p, StrBuf *sb)
{
    StrBuf raw;
    sb_init(&raw, vm);
    if (p->len == 0 || p->s[0] != '/') {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd)) {
            vm_raise_errno(vm, errno, 0);
            return -1;
        }
        sb_adds(&raw, cwd);
        sb_addc(&raw, '/');
    }
    sb_add(&raw, p->s, p->len);
    normalize(sb, raw.data, raw.len);
    return 0;
}

static Value pp_abspath(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "abspath", &p) < 0)
        return 0;
    StrBuf sb;
    sb_init(&sb, vm);
    if (absolute(vm, &p, &sb) < 0)
        return 0;
    return mkpath(vm, p.bytes, sb.data, sb.len);
}

/* realpath without requiring the path to exist: the longest existing
 * prefix is resolved by the C library, the rest appended as written. */
static Value pp_realpath(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "filename", "$strict" };
    Value a[2];
    if (args_parse(vm, "realpath", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    Path p;
    if (path_arg(vm, a[0], "realpath", &p) < 0)
        return 0;
    StrBuf abs;
    sb_init(&abs, vm);
    if (absolute(vm, &p, &abs) < 0)
        return 0;
    char *buf = mem_alloc_atomic(vm, abs.len + 1);
    if (!buf)
        return 0;
    memcpy(buf, abs.data, abs.len);
    buf[abs.len] = 0;
    size_t cut = abs.len;
    for (;;) {
        char saved = buf[cut];
        buf[cut] = 0;
        char *real = realpath(cut ? buf : "/", NULL);
        buf[cut] = saved;
        if (real) {
            StrBuf out;
            sb_init(&out, vm);
            sb_adds(&out, real);
            free(real);
            if (cut < abs.len) {
                if (out.len == 0 || out.data[out.len - 1] != '/')
                    sb_addc(&out, '/');
                size_t rest = cut;
                while (rest < abs.len && buf[rest] == '/')
                    rest++;
                sb_add(&out, buf + rest, abs.len - rest);
            }
            StrBuf norm;
            sb_init(&norm, vm);
            normalize(&norm, out.data, out.len);
            return mkpath(vm, p.bytes, norm.data, norm.len);
        }
        if (cut == 0)
            break;
        char *slash = memrchr(buf, '/', cut);
        cut = slash ? (size_t)(slash - buf) : 0;
    }
    return mkpath(vm, p.bytes, abs.data, abs.len);
}

static Value pp_expanduser(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "expanduser", &p) < 0)
        return 0;
    if (p.len == 0 || p.s[0] != '~')
        return mkpath(vm, p.bytes, p.s, p.len);
    const char *slash = memchr(p.s, '/', p.len);
    size_t i = slash ? (size_t)(slash - p.s) : p.len;
    const char *home = NULL;
    if (i == 1) {
        home = getenv("HOME");
        if (!home) {
            struct passwd *pw = getpwuid(getuid());
            home = pw ? pw->pw_dir : NULL;
        }
    } else {
        char *user = mem_alloc_atomic(vm, i);
        if (!user)
            return 0;
        memcpy(user, p.s + 1, i - 1);
        user[i - 1] = 0;
        struct passwd *pw = getpwnam(user);
        home = pw ? pw->pw_dir : NULL;
    }
    if (!home)
        return mkpath(vm, p.bytes, p.s, p.len);
    size_t hl = strlen(home);
    while (hl > 0 && home[hl - 1] == '/')
        hl--;
    StrBuf sb;
    sb_init(&sb, vm);
    sb_add(&sb, home, hl);
    sb_add(&sb, p.s + i, p.len - i);
    if (sb.len == 0)
        sb_addc(&sb, '/');
    return mkpath(vm, p.bytes, sb.data, sb.len);
}

static Value pp_relpath(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "path", "start" };
    Value a[2];
    if (args_parse(vm, "relpath", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    Path p, s = { ".", 1, false, 0 };
    if (path_arg(vm, a[0], "relpath", &p) < 0)
        return 0;
    if (p.len == 0)
        return vm_raise(vm, &exc_ValueError, "no path specified");
    if (a[1] && !IS_NONE(a[1]) && path_arg(vm, a[1], "relpath", &s) < 0)
        return 0;
    StrBuf ap, as;
    sb_init(&ap, vm);
    sb_init(&as, vm);
    if (absolute(vm, &p, &ap) < 0 || absolute(vm, &s, &as) < 0)
        return 0;
    sb_addc(&ap, 0);
    sb_addc(&as, 0);
    /* count common leading components */
    const char *x = ap.data, *y = as.data;
    size_t common = 0, i = 0;
    for (;;) {
        char cx = x[i], cy = y[i];
        if ((cx == '/' || cx == 0) && (cy == '/' || cy == 0))
            common = i;
        if (cx != cy || cx == 0)
            break;
        i++;
    }
    if (common == 0 && x[0] == '/' && y[0] == '/')
        common = 0;
    StrBuf out;
    sb_init(&out, vm);
    for (const char *q = y + common; *q; q++) {
        if (*q == '/' && q[1] && q[1] != '/') {
            if (out.len)
                sb_addc(&out, '/');
            sb_add(&out, "..", 2);
        }
    }
    const char *rest = x + common;
    while (*rest == '/')
        rest++;
    if (*rest) {
        if (out.len)
            sb_addc(&out, '/');
        sb_adds(&out, rest);
    }
    if (out.len == 0)
        sb_addc(&out, '.');
    return mkpath(vm, p.bytes, out.data, out.len);
}

static Value pp_commonprefix(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "commonprefix", kw) < 0 || args_count(vm, "commonprefix", argc, 1, 1) < 0)
        return 0;
    Value l = obj_to_list(vm, argv[0]);
    if (!l)
        return 0;
    List *list = AS_LIST(l);
    if (list->len == 0)
        return OBJ_VAL(str_intern_cstr(vm, ""));
    Path first;
    if (path_arg(vm, list->items[0], "commonprefix", &first) < 0)
        return 0;
    size_t n = first.len;
    for (int64_t k = 1; k < list->len; k++) {
        Path q;
        if (path_arg(vm, list->items[k], "commonprefix", &q) < 0)
            return 0;
        size_t j = 0;
        while (j < n && j < q.len && first.s[j] == q.s[j])
            j++;
        n = j;
    }
    return mkpath(vm, first.bytes, first.s, n);
}

static Value pp_normcase(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "normcase", &p) < 0)
        return 0;
    return mkpath(vm, p.bytes, p.s, p.len);
}

static Value pp_splitdrive(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "splitdrive", &p) < 0)
        return 0;
    Value empty = mkpath(vm, p.bytes, "", 0), whole = mkpath(vm, p.bytes, p.s, p.len);
    return empty && whole ? tuple_pack(vm, 2, empty, whole) : 0;
}

static Value pp_samefile(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "f1", "f2" };
    Value a[2];
    if (args_parse(vm, "samefile", argc, argv, kw, 2, 2, names, a) < 0)
        return 0;
    struct stat x, y;
    if (do_stat(vm, a[0], "stat", true, &x, true) < 0 || do_stat(vm, a[1], "stat", true, &y, true) < 0)
        return 0;
    return BOOL_VAL(x.st_ino == y.st_ino && x.st_dev == y.st_dev);
}

/* The longest common sub-path: components compared whole, '.' and empty
 * components ignored, as CPython's posixpath.commonpath. */
static Value pp_commonpath(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "commonpath", kw) < 0 || args_count(vm, "commonpath", argc, 1, 1) < 0)
        return 0;
    Value lv = obj_to_list(vm, argv[0]);
    if (!lv)
        return 0;
    List *l = AS_LIST(lv);
    if (l->len == 0)
        return vm_raise(vm, &exc_ValueError, "commonpath() arg is an empty sequence");
    Path first = { "", 0, false, 0 };
    const char *common = NULL;      /* the common components, '/'-joined */
    size_t clen = 0;
    bool absolute_path = false;
    for (int64_t k = 0; k < l->len; k++) {
        Path q;
        Value v = l->items[k];
        if (!str_check(v) && !(IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_bytes)) &&
            !(IS_OBJ(v) && type_lookup(AS_OBJ(v)->type, str_intern_cstr(vm, "__fspath__"))))
            return vm_raise(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                            type_name(v));
        if (path_arg(vm, v, "commonpath", &q) < 0)
            return 0;
        if (k == 0) {
            first = q;
            absolute_path = q.len > 0 && q.s[0] == '/';
        } else {
            if (q.bytes != first.bytes)
                return vm_raise(vm, &exc_TypeError, "Can't mix strings and bytes in path components");
            if ((q.len > 0 && q.s[0] == '/') != absolute_path)
                return vm_raise(vm, &exc_ValueError, "Can't mix absolute and relative paths");
        }
        /* q's components, normalised into a buffer */
        StrBuf sb;
        sb_init(&sb, vm);
        size_t i = 0;
        while (i < q.len) {
            while (i < q.len && q.s[i] == '/')
                i++;
            size_t st = i;
            while (i < q.len && q.s[i] != '/')
                i++;
            if (i == st || (i - st == 1 && q.s[st] == '.'))
                continue;
            if (sb.len)
                sb_addc(&sb, '/');
            sb_add(&sb, q.s + st, i - st);
        }
        if (k == 0) {
            common = sb.data ? sb.data : "";
            clen = sb.len;
            continue;
        }
        /* keep the components both share */
        size_t j = 0, last = 0;
        for (;; j++) {
            bool end_c = j == clen || common[j] == '/';
            bool end_q = j == sb.len || sb.data[j] == '/';
            if (end_c && end_q) {
                last = j;
                if (j == clen || j == sb.len)
                    break;
                continue;
            }
            if (end_c || end_q || common[j] != sb.data[j])
                break;
        }
        clen = last;
    }
    StrBuf out;
    sb_init(&out, vm);
    if (absolute_path)
        sb_addc(&out, '/');
    sb_add(&out, common, clen);
    return mkpath(vm, first.bytes, out.data ? out.data : "", out.len);
}

/* $name and ${name} replaced from the environment; unknown names stay. */
static Value pp_expandvars(VM *vm, int argc, Value *argv, Tuple *kw)
{
    Path p;
    if (one_path(vm, argc, argv, kw, "expandvars", &p) < 0)
        return 0;
    if (!memchr(p.s, '$', p.len))
        return mkpath(vm, p.bytes, p.s, p.len);
    StrBuf sb;
    sb_init(&sb, vm);
    size_t i = 0;
    while (i < p.len) {
        if (p.s[i] != '$') {
            sb_addc(&sb, p.s[i++]);
            continue;
        }
        size_t nst, nend, after;
        if (i + 1 < p.len && p.s[i + 1] == '{') {
            const char *close = memchr(p.s + i + 2, '}', p.len - i - 2);
            if (!close) {
                sb_addc(&sb, p.s[i++]);
                continue;
            }
            nst = i + 2;
            nend = (size_t)(close - p.s);
            after = nend + 1;
        } else {
            nst = nend = i + 1;
            while (nend < p.len && (p.s[nend] == '_' || (p.s[nend] >= 'a' && p.s[nend] <= 'z') ||
                                    (p.s[nend] >= 'A' && p.s[nend] <= 'Z') ||
                                    (p.s[nend] >= '0' && p.s[nend] <= '9')))
                nend++;
            if (nend == nst) {
                sb_addc(&sb, p.s[i++]);
                continue;
            }
            after = nend;
        }
        char *name = mem_alloc_atomic(vm, nend - nst + 1);
        if (!name)
            return 0;
        memcpy(name, p.s + nst, nend - nst);
        const char *val = memchr(name, '\0', nend - nst) ? NULL : getenv(name);
        if (val)
            sb_adds(&sb, val);
        else
            sb_add(&sb, p.s + i, after - i);
        i = after;
    }
    return mkpath(vm, p.bytes, sb.data ? sb.data : "", sb.len);
}

static const MethodDef posixpath_functions[] = {
    { "join", pp_join, 0, "Join two or more pathname components, inserting '/' as needed." },
    { "exists", pp_exists, 0, "Test whether a path exists.  Returns False for broken symbolic links" },
    { "lexists", pp_lexists, 0, "Test whether a path exists.  Returns True for broken symbolic links" },
    { "isdir", pp_isdir, 0, "Return true if the pathname refers to an existing directory." },
    { "isfile", pp_isfile, 0, "Test whether a path is a regular file" },
    { "islink", pp_islink, 0, "Test whether a path is a symbolic link" },
    { "isabs", pp_isabs, 0, "Test whether a path is absolute" },
    { "basename", pp_basename, 0, "Returns the final component of a pathname" },
    { "dirname", pp_dirname, 0, "Returns the directory component of a pathname" },
    { "split", pp_split, 0, "Split a pathname into (head, tail)." },
    { "splitext", pp_splitext, 0, "Split the extension from a pathname." },
    { "normpath", pp_normpath, 0, "Normalize path, eliminating double slashes, etc." },
    { "abspath", pp_abspath, 0, "Return an absolute path." },
    { "realpath", pp_realpath, 0, "Return the canonical path of the specified filename." },
    { "expanduser", pp_expanduser, 0, "Expand ~ and ~user constructions." },
    { "relpath", pp_relpath, 0, "Return a relative version of a path" },
    { "commonprefix", pp_commonprefix, 0, "Given a list of pathnames, returns the longest common leading component" },
    { "getsize", pp_getsize, 0, "Return the size of a file, reported by os.stat()." },
    { "getmtime", pp_getmtime, 0, "Return the last modification time of a file, reported by os.stat()." },
    { "getatime", pp_getatime, 0, "Return the last access time of a file, reported by os.stat()." },
    { "getctime", pp_getctime, 0, "Return the metadata change time of a file, reported by os.stat()." },
    { "normcase", pp_normcase, 0, "Normalize case of pathname.  Has no effect under Posix" },
    { "splitdrive", pp_splitdrive, 0, "Split a pathname into drive and path. On Posix, drive is always empty." },
    { "samefile", pp_samefile, 0, "Test whether two pathnames reference the same actual file or directory" },
    { "commonpath", pp_commonpath, 0, "Given a sequence of path names, returns the longest common sub-path." },
    { "expandvars", pp_expandvars, 0, "Expand shell variables of form $var and ${var}.  Unknown variables are left unchanged." },
    { 0 }
};

static int set_str(VM *vm, Dict *d, const char *name, const char *value)
{
    Str *s = str_from_cstr(vm, value);
    return s ? dict_set_cstr(vm, d, name, OBJ_VAL(s)) : -1;
}

/* The names os and os.path share. */
static int add_path_constants(VM *vm, Dict *d)
{
    if (set_str(vm, d, "sep", "/") < 0 || set_str(vm, d, "extsep", ".") < 0 ||
        set_str(vm, d, "pathsep", ":") < 0 || set_str(vm, d, "curdir", ".") < 0 ||
        set_str(vm, d, "pardir", "..") < 0 || set_str(vm, d, "devnull", "/dev/null") < 0 ||
        dict_set_cstr(vm, d, "altsep", NONE) < 0)
        return -1;
    return 0;
}

/* os.path is CPython's posixpath: a module of its own, imported by os. */
Value posixpath_module_init(VM *vm)
{
    Value m = module_new(vm, str_intern_cstr(vm, "posixpath"));
    if (!m)
        return 0;
    Dict *d = ((Module *)AS_OBJ(m))->dict;
    if (rt_add_functions(vm, d, posixpath_functions) < 0 || add_path_constants(vm, d) < 0 ||
        set_str(vm, d, "__doc__", "Common operations on Posix pathnames.") < 0)
        return 0;
    return m;
}

/* ---- the os module ----------------------------------------------------------------- */

static const MethodDef os_functions[] = {
    { "getcwd", os_getcwd, 0, "Return a unicode string representing the current working directory." },
    { "chdir", os_chdir, 0, "Change the current working directory to the specified path." },
    { "listdir", os_listdir, 0, "Return a list containing the names of the files in the directory." },
    { "remove", os_remove, 0, "Remove a file (same as unlink())." },
    { "unlink", os_unlink, 0, "Remove a file (same as remove())." },
    { "rmdir", os_rmdir, 0, "Remove a directory." },
    { "mkdir", os_mkdir, 0, "Create a directory." },
    { "makedirs", os_makedirs, 0, "makedirs(name [, mode=0o777][, exist_ok=False])" },
    { "rename", os_rename, 0, "Rename a file or directory." },
    { "replace", os_replace, 0, "Rename a file or directory, overwriting the destination." },
    { "walk", os_walk, 0, "Directory tree generator." },
    { "removedirs", os_removedirs, 0, "Super-rmdir; remove a leaf directory and all empty intermediate ones." },
    { "getcwdb", os_getcwdb, 0, "Return a bytes string representing the current working directory." },
    { "system", os_system, 0, "Execute the command in a subshell." },
    { "getenv", os_getenv, 0, "Get an environment variable, return None if it doesn't exist." },
    { "putenv", os_putenv, 0, "Change or add an environment variable." },
    { "unsetenv", os_unsetenv, 0, "Delete an environment variable." },
    { "getpid", os_getpid, 0, "Return the current process id." },
    { "getppid", os_getppid, 0, "Return the parent's process id." },
    { "cpu_count", os_cpu_count, 0, "Return the number of CPUs in the system." },
    { "strerror", os_strerror, 0, "Translate an error code to a message string." },
    { "urandom", os_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use." },
    { "fspath", os_fspath, 0, "Return the file system path representation of the object." },
    { "access", os_access, 0, "Use the real uid/gid to test for access to a path." },
    { "stat", os_stat, 0, "Perform a stat system call on the given path." },
    { "lstat", os_lstat, 0, "Perform a stat system call on the given path, without following symbolic links." },
    { 0 }
};

Value os_module_init(VM *vm)
{
    Value m = module_new(vm, str_intern_cstr(vm, "os"));
    if (!m)
        return 0;
    Dict *d = ((Module *)AS_OBJ(m))->dict;
    if (rt_add_functions(vm, d, os_functions) < 0 || add_path_constants(vm, d) < 0 ||
        set_str(vm, d, "__doc__", "OS routines for NT or Posix depending on what system we're on.") < 0 ||
        set_str(vm, d, "name", "posix") < 0 || set_str(vm, d, "linesep", "\n") < 0 ||
        dict_set_cstr(vm, d, "error", OBJ_VAL(&exc_OSError)) < 0 ||
        dict_set_cstr(vm, d, "F_OK", MK_INT(F_OK)) < 0 || dict_set_cstr(vm, d, "R_OK", MK_INT(R_OK)) < 0 ||
        dict_set_cstr(vm, d, "W_OK", MK_INT(W_OK)) < 0 || dict_set_cstr(vm, d, "X_OK", MK_INT(X_OK)) < 0)
        return 0;
    if (!(stat_result_type.type.flags & TF_READY) && type_ready(vm, &stat_result_type.type) < 0)
        return 0;
    if (dict_set_cstr(vm, d, "stat_result", OBJ_VAL(&stat_result_type.type)) < 0)
        return 0;

    Value env = environ_new(vm);
    if (!env || dict_set_cstr(vm, d, "environ", env) < 0)
        return 0;

    /* os.path: the posixpath module, also known to sys.modules as 'os.path' */
    Value path = import_module(vm, str_intern_cstr(vm, "posixpath"));
    if (!path || dict_set_cstr(vm, d, "path", path) < 0)
        return 0;
    Value mods = sys_get(vm, "modules");
    Dict *md = mods && IS_OBJ(mods) && dict_check(mods) ? AS_DICT(mods) : vm->modules;
    if (dict_set_cstr(vm, md, "os.path", path) < 0)
        return 0;
    return m;
}
