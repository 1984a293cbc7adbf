/* repl.c — the interactive prompt: read a statement, run it in __main__,
 * print what it gives, and go on, as CPython 3.11's REPL does.
 *
 * On a terminal the lines come from GNU readline (repl_readline), with
 * history kept across sessions in ~/.molt_history and Tab completion
 * of keywords, names, attributes and module names.  Elsewhere (a pipe after
 * -i) lines are read from stdin and the prompts go to stderr.
 *
 * When is a statement complete?  CPython's parser pulls lines from the
 * prompt as it needs tokens, so it asks for more exactly when the parse ran
 * into the end of the input, and reports an error as soon as the tokens it
 * has are wrong.  molt parses the whole text, so input_status() recreates
 * that decision from the outside: see there.
 *
 * Expression statements echo their value and bind it to builtins._ (the
 * compiler's PRINT_EXPR in MODE_SINGLE does both); Ctrl-C sets
 * vm->interrupted, which the running code raises as KeyboardInterrupt.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
/* readline's obsolete `Function` typedef would clash with molt's */
#define _FUNCTION_DEF
#include <readline/readline.h>
#include <readline/history.h>

#include "object.h"
#include "vm.h"
#include "ast.h"
#include "lexer.h"
#include "runtime.h"
#include "repl.h"

/* ---- colour ---------------------------------------------------------------------- */

#define RED   "\033[31m"
#define BOLD  "\033[1m"
#define RESET "\033[0m"

bool repl_use_color(FILE *f)
{
    const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
    if (no && *no)
        return false;
    if (!term || !*term || !strcmp(term, "dumb"))
        return false;
    return isatty(fileno(f));
}

/* Which lines of a printed traceback are an exception's own line ("Type:
 * message"), to be coloured: everything at the left margin except the
 * headers and the chaining sentences. */
static bool is_exception_line(const char *line, size_t len)
{
    static const char *const plain[] = {
        "Traceback (most recent call last):",
        "The above exception was the direct cause of the following exception:",
        "During handling of the above exception, another exception occurred:",
        NULL
    };
    if (len == 0 || line[0] == ' ')
        return false;
    for (int i = 0; plain[i]; i++)
        if (len == strlen(plain[i]) && !memcmp(line, plain[i], len))
            return false;
    return true;
}

void repl_print_exception(VM *vm, Value exc)
{
    if (!repl_use_color(stderr)) {
        vm_print_exception(vm, exc);
        return;
    }
    /* exc.c prints to the C stream `stderr`; glibc lets a program point that
     * variable elsewhere, so the text is caught here and coloured. */
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) {
        vm_print_exception(vm, exc);
        return;
    }
    fflush(stdout);
    FILE *real = stderr;
    stderr = mem;
    vm_print_exception(vm, exc);
    stderr = real;
    fclose(mem);
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
        if (is_exception_line(text + i, n))
            fprintf(stderr, RED "%.*s" RESET "\n", (int)n, text + i);
        else
            fprintf(stderr, "%.*s\n", (int)n, text + i);
        i += n + 1;
    }
    fflush(stderr);
    free(text);
}

/* ---- history ----------------------------------------------------------------------
 * The file is readline's with time stamps: each entry follows a line "#<seconds>",
 * so an entry of several lines (a whole block) comes back as one.  A file
 * without stamps (an older or hand-made one) is read one entry per line.  An
 * entry is appended to the file as soon as it is complete, so a session that
 * dies keeps its history; a file that cannot be read or written is ignored. */

#define HISTORY_KEEP 1000

static const char *history_path;    /* NULL: no history file */

static bool is_stamp(const char *line, size_t len)
{
    if (len < 2 || line[0] != '#')
        return false;
    for (size_t i = 1; i < len; i++)
        if (!isdigit((unsigned char)line[i]))
            return false;
    return true;
}

static void history_flush_entry(StrBuf *entry, int *count)
{
    while (entry->len > 0 && entry->data[entry->len - 1] == '\n')
        entry->len--;
    if (entry->len > 0) {
        sb_addc(entry, 0);
        add_history(entry->data);
        (*count)++;
    }
    entry->len = 0;
}

/* Writes one entry in the file's format: a stamp, then its lines (a line
 * that would read as a stamp gets a trailing space). */
static void history_write_entry(FILE *f, const char *entry, long stamp)
{
    fprintf(f, "#%ld\n", stamp);
    for (const char *p = entry; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        fwrite(p, 1, n, f);
        if (is_stamp(p, n))
            fputc(' ', f);
        fputc('\n', f);
        p += n + (nl ? 1 : 0);
    }
}

/* Keeps the file to its last HISTORY_KEEP entries (written to a new file
 * that replaces the old one, so a failure leaves the old one whole). */
static void history_rewrite(VM *vm)
{
    Str *tmp = str_printf(vm, "%s.%ld.tmp", history_path, (long)getpid());
    if (!tmp)
        return;
    int fd = open(tmp->data, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        if (fd >= 0)
            close(fd);
        return;
    }
    HIST_ENTRY **list = history_list();
    long now = (long)time(NULL);
    for (int i = 0; list && list[i]; i++)
        history_write_entry(f, list[i]->line, now);
    if (fclose(f) != 0 || rename(tmp->data, history_path) != 0)
        unlink(tmp->data);
}

static void history_load(VM *vm)
{
    const char *env = getenv("MOLT_HISTFILE"), *home = getenv("HOME");
    if (env && *env)
        history_path = env;
    else if (home && *home) {
        Str *p = str_printf(vm, "%s/.molt_history", home);
        history_path = p ? p->data : NULL;
    }
    using_history();
    if (!history_path)
        return;
    /* created now if missing, so that its place is known to work (or not) */
    int fd = open(history_path, O_RDONLY | O_CREAT, 0600);
    if (fd < 0)
        fd = open(history_path, O_RDONLY);
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))) {
        close(fd);          /* a directory, a device: nothing to read */
        fd = -1;
    }
    FILE *f = fd >= 0 ? fdopen(fd, "r") : NULL;
    if (!f) {
        if (fd >= 0)
            close(fd);
        return;
    }
    StrBuf entry, line;
    sb_init(&entry, vm);
    sb_init(&line, vm);
    bool after_stamp = false, stamped = false;
    int count = 0, c;
    do {
        c = getc(f);
        if (c != '\n' && c != EOF) {
            sb_addc(&line, (char)c);
            continue;
        }
        if (c == EOF && line.len == 0)
            break;
        if (is_stamp(line.data, line.len)) {
            history_flush_entry(&entry, &count);
            after_stamp = true;
        } else if (after_stamp || !(stamped && entry.len > 0)) {
            history_flush_entry(&entry, &count);
            sb_add(&entry, line.data, line.len);
            stamped = after_stamp;
            after_stamp = false;
        } else {
            sb_addc(&entry, '\n');
            sb_add(&entry, line.data, line.len);
        }
        line.len = 0;
    } while (c != EOF);
    history_flush_entry(&entry, &count);
    fclose(f);
    if (count > HISTORY_KEEP) {
        stifle_history(HISTORY_KEEP);
        history_rewrite(vm);
    }
    stifle_history(HISTORY_KEEP);
}

/* A finished input (one or more lines, without the final newline) becomes
 * one history entry. */
static void history_add_entry(VM *vm, const char *src, size_t len)
{
    while (len > 0 && (src[len - 1] == '\n' || src[len - 1] == ' ' || src[len - 1] == '\t'))
        len--;
    if (len == 0)
        return;
    Str *s = str_new(vm, src, len);
    if (!s || memchr(s->data, 0, len))
        return;
    /* the same input again (a line recalled and run) is not kept twice */
    HIST_ENTRY *last = history_get(history_base + history_length - 1);
    if (last && !strcmp(last->line, s->data))
        return;
    add_history(s->data);
    if (!history_path)
        return;
    int fd = open(history_path, O_RDWR | O_APPEND | O_CREAT, 0600);
    FILE *f = fd >= 0 ? fdopen(fd, "a") : NULL;
    if (!f) {
        if (fd >= 0)
            close(fd);
        return;
    }
    /* after a last line without its newline, the stamp starts a line */
    struct stat st;
    char lastc;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        pread(fd, &lastc, 1, st.st_size - 1) == 1 && lastc != '\n')
        fputc('\n', f);
    history_write_entry(f, s->data, (long)time(NULL));
    fclose(f);
}

/* ---- Tab completion ------------------------------------------------------------------
 * As CPython's rlcompleter: keywords, the names of __main__ and builtins, and
 * `name.attr...` -- but the dotted name is followed by dictionary lookups
 * only (instance dict, then the class and its bases), never by calling
 * anything: no property, no __getattr__ runs because Tab was pressed.  After
 * `import` and `from`, module names: built-in ones and the .py files and
 * packages found along sys.path. */

static VM *completion_vm;
static Str **matches;               /* the candidates of the current completion */
static int nmatches, capmatches;

static void add_match(VM *vm, const char *word, size_t n, const char *suffix)
{
    if (nmatches == capmatches) {
        int cap = capmatches ? capmatches * 2 : 64;
        Str **m = mem_alloc(vm, (size_t)cap * sizeof *m);
        if (!m)
            return;
        if (nmatches)
            memcpy(m, matches, (size_t)nmatches * sizeof *m);
        matches = m;
        capmatches = cap;
    }
    Str *s = str_printf(vm, "%.*s%s", (int)n, word, suffix);
    if (s)
        matches[nmatches++] = s;
}

static char *match_generator(const char *text, int state)
{
    static int next;
    (void)text;
    if (state == 0)
        next = 0;
    return next < nmatches ? strdup(matches[next++]->data) : NULL;
}

static bool is_word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80;
}

static bool starts_with(const char *s, size_t slen, const char *prefix, size_t n)
{
    return slen >= n && !memcmp(s, prefix, n);
}

static bool is_type(Value v)
{
    return IS_OBJ(v) && type_is_subtype(TYPE_OF(v), &type_type);
}

/* A value that only code could turn into the attribute (a property, a
 * getset): completion must not touch it. */
static bool is_data_descriptor(Value v)
{
    return IS_OBJ(v) && TYPE_OF(v)->descr_set != NULL;
}

static bool is_callable(Value v)
{
    TypeObject *t = TYPE_OF(v);
    if (t == &type_staticmethod || t == &type_classmethod)
        return true;
    if (!t->call)
        return false;
    /* a class defined in Python gets a generic call slot: callable only if
     * it (or a base) defines __call__ */
    if ((t->flags & TF_HEAPTYPE) && !is_type(v))
        return type_lookup(t, str_intern_cstr(completion_vm, "__call__")) != 0;
    return true;
}

/* A Python function that takes no argument (after `skip` bound ones). */
static bool takes_nothing(Value f, int skip)
{
    if (!IS_OBJ(f) || TYPE_OF(f) != &type_function)
        return false;
    Code *co = ((Function *)AS_OBJ(f))->code;
    return co->argcount == skip && co->kwonlyargcount == 0 &&
           !(co->flags & (CO_VARARGS | CO_VARKEYWORDS));
}

/* rlcompleter's suffix for a value: "(" for a callable, "()" when its
 * signature is known to take nothing (Python functions and classes). */
static const char *call_suffix(VM *vm, Value v)
{
    if (!is_callable(v))
        return "";
    if (takes_nothing(v, 0))
        return "()";
    if (TYPE_OF(v) == &type_bound_method && takes_nothing(((BoundMethod *)AS_OBJ(v))->func, 1))
        return "()";
    if (is_type(v) && (AS_TYPE(v)->flags & TF_HEAPTYPE)) {
        Value init = type_lookup(AS_TYPE(v), str_intern_cstr(vm, "__init__"));
        Value new_ = type_lookup(AS_TYPE(v), str_intern_cstr(vm, "__new__"));
        bool py_init = init && TYPE_OF(init) == &type_function;
        bool py_new = new_ && TYPE_OF(new_) == &type_staticmethod;
        if (py_init ? takes_nothing(init, 1) && !py_new : !py_new)
            return "()";
    }
    return "(";
}

/* The attribute as the dicts hold it, or 0.  *exact: it is also what
 * `obj.name` gives (a plain value, or a descriptor read through its class,
 * which gives itself); otherwise getting it would run a descriptor. */
static Value raw_attr(VM *vm, Value obj, Str *name, bool *exact)
{
    *exact = true;
    if (IS_MODULE(obj)) {
        Value v = dict_get_str(((Module *)AS_OBJ(obj))->dict, name);
        if (v)
            return v;
    } else if (is_type(obj)) {
        Value v = type_lookup(AS_TYPE(obj), name);
        if (v)
            return v;
    } else {
        Value cls = type_lookup(TYPE_OF(obj), name);
        if (cls && TYPE_OF(cls) == &type_getset_descriptor) {
            /* a built-in type's field (property.fget, function.__name__):
             * its getter is C that only reads, never code of the program */
            GetSetDescriptor *g = (GetSetDescriptor *)AS_OBJ(cls);
            Value v = g->def->get ? g->def->get(vm, obj) : 0;
            if (!v)
                vm_exc_clear(vm);
            return v;
        }
        if (cls && is_data_descriptor(cls)) {
            *exact = false;
            return cls;
        }
        Dict *d = obj_get_dict(vm, obj, false);
        Value v = d ? dict_get_str(d, name) : 0;
        if (v)
            return v;
        return cls;
    }
    Value v = type_lookup(TYPE_OF(obj), name);      /* from the metaclass */
    *exact = !v || !is_data_descriptor(v);
    return v;
}

/* The object a dotted name stands for, found by lookups alone, or 0. */
static Value resolve_dotted(VM *vm, Dict *globals, const char *expr, size_t len)
{
    Value v = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && expr[j] != '.')
            j++;
        if (j == i)
            return 0;
        Str *name = str_intern(vm, str_new(vm, expr + i, j - i));
        if (!name)
            return 0;
        if (!v) {
            v = dict_get_str(globals, name);
            if (!v)
                v = dict_get_str(vm->builtins, name);
        } else {
            bool exact;
            v = raw_attr(vm, v, name, &exact);
            if (v && !exact)
                return 0;           /* a property: only running it would tell */
            if (v && (TYPE_OF(v) == &type_staticmethod || TYPE_OF(v) == &type_classmethod))
                v = ((StaticMethod *)AS_OBJ(v))->func;
        }
        if (!v)
            return 0;
        i = j + 1;
    }
    return v;
}

static void add_dict_keys(VM *vm, Dict *names, Dict *d)
{
    int64_t pos = 0;
    Value k, v;
    while (d && dict_next(d, &pos, &k, &v))
        if (str_check(k) && dict_set(vm, names, k, TRUE_VAL) < 0)
            vm_exc_clear(vm);
}

static void add_mro_keys(VM *vm, Dict *names, TypeObject *t)
{
    if (t->mro) {
        for (int64_t i = 0; i < t->mro->len; i++)
            add_dict_keys(vm, names, AS_TYPE(t->mro->items[i])->dict);
    } else {
        for (; t; t = t->base)
            add_dict_keys(vm, names, t->dict);
    }
}

static void attr_matches(VM *vm, Dict *globals, const char *text)
{
    const char *dot = strrchr(text, '.');
    size_t elen = (size_t)(dot - text);
    for (size_t i = 0; i < elen; i++)
        if (!is_word_char(text[i]) && text[i] != '.')
            return;
    Value obj = resolve_dotted(vm, globals, text, elen);
    if (!obj)
        return;
    Dict *names = dict_new(vm);
    if (!names)
        return;
    if (IS_MODULE(obj))
        add_dict_keys(vm, names, ((Module *)AS_OBJ(obj))->dict);
    else if (is_type(obj))
        add_mro_keys(vm, names, AS_TYPE(obj));
    else
        add_dict_keys(vm, names, obj_get_dict(vm, obj, false));
    add_mro_keys(vm, names, TYPE_OF(obj));
    dict_set_cstr(vm, names, "__class__", TRUE_VAL);
    dict_del_str(vm, names, str_intern_cstr(vm, "__builtins__"));
    vm_exc_clear(vm);

    const char *attr = dot + 1;
    size_t n = strlen(attr);
    /* as rlcompleter: private names only when asked for with '_' / '__' */
    const char *noprefix = n == 0 ? "_" : (n == 1 && attr[0] == '_') ? "__" : NULL;
    for (;;) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(names, &pos, &k, &v)) {
            Str *w = AS_STR(k);
            if (!starts_with(w->data, (size_t)w->len, attr, n))
                continue;
            if (noprefix && starts_with(w->data, (size_t)w->len, noprefix, n + 1))
                continue;
            bool exact;
            Value val = raw_attr(vm, obj, w, &exact);
            bool plain = val && exact && !is_data_descriptor(val);
            const char *suffix = plain ? call_suffix(vm, val) : "";
            /* a method read from an instance is bound: self is given */
            Dict *own = IS_MODULE(obj) || is_type(obj) ? NULL : obj_get_dict(vm, obj, false);
            if (plain && !IS_MODULE(obj) && !is_type(obj) && TYPE_OF(val) == &type_function &&
                !(own && dict_get_str(own, w)))
                suffix = takes_nothing(val, 1) ? "()" : "(";
            Str *full = str_printf(vm, "%.*s.%s", (int)elen, text, w->data);
            if (full)
                add_match(vm, full->data, (size_t)full->len, suffix);
        }
        if (nmatches || !noprefix)
            break;
        noprefix = noprefix[1] ? NULL : "__";
    }
}

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
    "_", "case", "match", NULL       /* the soft keywords */
};

static void global_matches(VM *vm, Dict *globals, const char *text)
{
    size_t n = strlen(text);
    Dict *seen = dict_new(vm);
    if (!seen)
        return;
    for (int i = 0; keywords[i]; i++) {
        const char *k = keywords[i];
        if (!starts_with(k, strlen(k), text, n))
            continue;
        /* rlcompleter's suffixes: a keyword that must be followed by
         * something gets a space, `try`/`finally` their colon */
        const char *suffix = " ";
        if (!strcmp(k, "try") || !strcmp(k, "finally"))
            suffix = ":";
        else if (!strcmp(k, "False") || !strcmp(k, "None") || !strcmp(k, "True") ||
                 !strcmp(k, "break") || !strcmp(k, "continue") || !strcmp(k, "pass") ||
                 !strcmp(k, "else") || !strcmp(k, "_"))
            suffix = "";
        add_match(vm, k, strlen(k), suffix);
        dict_set_cstr(vm, seen, k, TRUE_VAL);
    }
    dict_set_cstr(vm, seen, "__builtins__", TRUE_VAL);
    Dict *spaces[2] = { globals, vm->builtins };
    for (int s = 0; s < 2; s++) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(spaces[s], &pos, &k, &v)) {
            if (!str_check(k) || !starts_with(AS_STR(k)->data, (size_t)AS_STR(k)->len, text, n) ||
                dict_get_str(seen, AS_STR(k)))
                continue;
            dict_set(vm, seen, k, TRUE_VAL);
            add_match(vm, AS_STR(k)->data, (size_t)AS_STR(k)->len, call_suffix(vm, v));
        }
    }
    vm_exc_clear(vm);
}

/* Modules in one directory whose names start with `prefix`: name.py and
 * packages (name/__init__.py), offered as `dotted_parent` + name. */
static void modules_in_dir(VM *vm, Dict *seen, const char *dir, const char *parent,
                           const char *prefix)
{
    DIR *d = opendir(*dir ? dir : ".");
    if (!d)
        return;
    size_t n = strlen(prefix);
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *name = e->d_name;
        size_t len = strlen(name);
        if (!starts_with(name, len, prefix, n) || name[0] == '.')
            continue;
        Str *path = str_printf(vm, "%s/%s", *dir ? dir : ".", name);
        struct stat st;
        if (!path || stat(path->data, &st) < 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            Str *init = str_printf(vm, "%s/__init__.py", path->data);
            if (!init || access(init->data, F_OK) != 0)
                continue;
        } else if (len > 3 && !strcmp(name + len - 3, ".py")) {
            len -= 3;
        } else {
            continue;
        }
        bool ident = len > 0 && !isdigit((unsigned char)name[0]);
        for (size_t i = 0; i < len; i++)
            ident = ident && is_word_char(name[i]);
        if (!ident || !strncmp(name, "__init__", len) || !strncmp(name, "__main__", len))
            continue;
        Str *full = str_printf(vm, "%s%.*s", parent, (int)len, name);
        if (full && !dict_get_str(seen, full)) {
            dict_set(vm, seen, OBJ_VAL(full), TRUE_VAL);
            add_match(vm, full->data, (size_t)full->len, "");
        }
    }
    closedir(d);
}

static void module_matches(VM *vm, const char *text)
{
    Dict *seen = dict_new(vm);
    if (!seen)
        return;
    const char *dot = strrchr(text, '.');
    const char *last = dot ? dot + 1 : text;
    Str *parent = str_new(vm, text, dot ? (size_t)(dot + 1 - text) : 0);   /* "pkg.sub." */
    Str *subdir = str_new(vm, text, dot ? (size_t)(dot - text) : 0);
    if (!parent || !subdir)
        return;
    for (char *p = subdir->data; *p; p++)
        if (*p == '.')
            *p = '/';
    if (!dot) {
        size_t n = strlen(text);
        for (const BuiltinModule *b = builtin_modules; b->name; b++) {
            if (starts_with(b->name, strlen(b->name), text, n)) {
                dict_set_cstr(vm, seen, b->name, TRUE_VAL);
                add_match(vm, b->name, strlen(b->name), "");
            }
        }
    }
    Value path = sys_get(vm, "path");
    if (path && IS_LIST(path)) {
        for (int64_t i = 0; i < AS_LIST(path)->len; i++) {
            Value entry = AS_LIST(path)->items[i];
            if (!str_check(entry))
                continue;
            const char *dir = AS_STR(entry)->data;
            if (dot) {
                Str *d = str_printf(vm, "%s%s%s", dir, *dir ? "/" : "", subdir->data);
                if (!d)
                    continue;
                dir = d->data;
            }
            modules_in_dir(vm, seen, dir, parent->data, last);
        }
    }
    vm_exc_clear(vm);
}

/* `from NAME import x<TAB>`: the public names of NAME if it is imported
 * already (nothing is imported to complete), and its submodules. */
static void from_import_matches(VM *vm, const char *modname, size_t mlen, const char *text)
{
    Str *name = str_new(vm, modname, mlen);
    Value table = sys_get(vm, "modules");
    Value m = name && table && IS_DICT(table) ? dict_get_str(AS_DICT(table), name) : 0;
    size_t n = strlen(text);
    Dict *seen = dict_new(vm);
    if (!seen)
        return;
    if (m && IS_MODULE(m)) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(((Module *)AS_OBJ(m))->dict, &pos, &k, &v)) {
            Str *w = str_check(k) ? AS_STR(k) : NULL;
            if (!w || !starts_with(w->data, (size_t)w->len, text, n) || (w->data[0] == '_' && n == 0))
                continue;
            dict_set(vm, seen, k, TRUE_VAL);
            add_match(vm, w->data, (size_t)w->len, "");
        }
    }
    /* the submodules: complete "NAME.text" as a module name, keep the last part */
    int before = nmatches;
    Str *dotted = str_printf(vm, "%.*s.%s", (int)mlen, modname, text);
    if (dotted)
        module_matches(vm, dotted->data);
    int keep = before;
    for (int i = before; i < nmatches; i++) {
        Str *s = str_from_cstr(vm, matches[i]->data + mlen + 1);
        if (s && !dict_get_str(seen, s)) {
            dict_set(vm, seen, OBJ_VAL(s), TRUE_VAL);
            matches[keep++] = s;
        }
    }
    nmatches = keep;
    vm_exc_clear(vm);
}

/* What the words before the one being completed ask for: 1 module names
 * (`import a, b`, `from a`), 2 names from a module (`from a import b`,
 * with the module's name in *mod), 0 ordinary names. */
static int import_context(const char *line, size_t len, const char **mod, size_t *modlen)
{
    const char *words[64];
    size_t lens[64];
    int nw = 0;
    for (size_t i = 0; i < len && nw < 64;) {
        while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == ','))
            i++;
        size_t j = i;
        while (j < len && line[j] != ' ' && line[j] != '\t' && line[j] != ',')
            j++;
        if (j > i) {
            words[nw] = line + i;
            lens[nw++] = j - i;
        }
        i = j;
    }
#define WORD_IS(k, s) (lens[k] == strlen(s) && !memcmp(words[k], s, lens[k]))
    if (nw == 0 || (nw >= 2 && WORD_IS(nw - 1, "as")))
        return 0;
    if (WORD_IS(0, "import"))
        return 1;
    if (WORD_IS(0, "from")) {
        if (nw == 1)
            return 1;
        if (nw >= 3 && WORD_IS(2, "import") && words[1][0] != '.') {
            *mod = words[1];
            *modlen = lens[1];
            return 2;
        }
    }
    return 0;
#undef WORD_IS
}

static char **attempt_completion(const char *text, int start, int end)
{
    (void)end;
    VM *vm = completion_vm;
    rl_attempted_completion_over = 1;       /* never fall back to file names */
    rl_completion_append_character = '\0';  /* the match carries its own suffix */
    nmatches = 0;
    const char *mod = NULL;
    size_t modlen = 0;
    int context = import_context(rl_line_buffer, (size_t)start, &mod, &modlen);
    if (context == 1) {
        module_matches(vm, text);
    } else if (context == 2) {
        from_import_matches(vm, mod, modlen, text);
    } else if (!*text) {
        /* as CPython: Tab where there is no word to complete indents */
        rl_insert_text("\t");
        add_match(vm, "", 0, "");
    } else {
        Value main = vm->main_module;
        Dict *globals = main ? ((Module *)AS_OBJ(main))->dict : vm->builtins;
        if (strchr(text, '.'))
            attr_matches(vm, globals, text);
        else
            global_matches(vm, globals, text);
    }
    vm_exc_clear(vm);
    if (nmatches == 0)
        return NULL;
    return rl_completion_matches(text, match_generator);
}

static void readline_setup(VM *vm)
{
    completion_vm = vm;
    rl_readline_name = "molt";
    rl_initialize();
    /* CPython's word breaks: '.' is part of the word, so `sys.pa` completes */
    rl_completer_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_attempted_completion_function = attempt_completion;
    /* A pasted block arrives as lines typed one after the other, as in
     * CPython (which turns bracketed paste off for the same reason). */
    rl_variable_bind("enable-bracketed-paste", "off");
    history_load(vm);
}

/* ---- is the input complete? --------------------------------------------------------
 * lexer_input_status answers for the tokens: complete, an error, or more
 * needed because a bracket, a triple-quoted string or a backslash is open, or
 * because a compound statement's block can go on (it ends at an empty line).
 * When more seems needed, the parser is asked whether the text is already
 * wrong, the way CPython's parser would have found out before asking for
 * the next line:
 *   - a block that can go on: the text is parsed as it is and with one more
 *     empty line.  An error that stays where it is does not depend on what
 *     follows (`for x in` then Enter); one that moves with the end of the
 *     input was only waiting for it (`if x:` then Enter).
 *   - an open bracket, string or backslash: the text is closed (the string's
 *     quotes, the brackets' closers) on a new line and parsed.  An error in
 *     the lines already typed (`x = = (`) is reported now. */

typedef enum { INPUT_COMPLETE, INPUT_MORE, INPUT_ERROR } InputStatus;

static size_t count_lines(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '\n';
    return n;
}

/* Parses text in MODE_SINGLE: true if it parses, else false with the
 * SyntaxError pending. */
static bool parses(VM *vm, const char *text, size_t len)
{
    return parse_source(vm, text, len, str_intern_cstr(vm, "<stdin>"), MODE_SINGLE) != NULL;
}

static bool same_error(VM *vm, Value a, Value b)
{
    static const char *const attrs[] = { "msg", "lineno", "offset", NULL };
    if (!a || !b || TYPE_OF(a) != TYPE_OF(b))
        return false;
    for (int i = 0; attrs[i]; i++) {
        Value x = obj_getattr_cstr(vm, a, attrs[i]), y = obj_getattr_cstr(vm, b, attrs[i]);
        if (!x || !y) {
            vm_exc_clear(vm);
            return false;
        }
        int eq = obj_eq(vm, x, y);
        if (eq <= 0) {
            vm_exc_clear(vm);
            return false;
        }
    }
    return true;
}

static int64_t error_lineno(VM *vm, Value exc)
{
    Value v = obj_getattr_cstr(vm, exc, "lineno");
    int64_t n = 0;
    if (!v || !int_check(v) || !int_to_i64(v, &n))
        n = 0;
    vm_exc_clear(vm);
    return n;
}

/* INPUT_ERROR leaves the SyntaxError to report pending. */
static InputStatus input_status(VM *vm, const char *src, size_t len)
{
    if (lexer_input_status(src, len) != 1)
        return INPUT_COMPLETE;           /* a lexer error is compiled and reported */
    Lexer lx;
    if (lexer_init(&lx, vm, src, len) < 0) {
        vm_exc_clear(vm);
        return INPUT_COMPLETE;
    }
    Token t;
    do
        lexer_next(&lx, &t);
    while (t.type != T_ENDMARKER && t.type != T_ERRORTOKEN);

    if (t.type == T_ENDMARKER || lx.err.kind != LEXERR_EOF) {
        /* a compound statement whose block may go on */
        if (parses(vm, src, len))
            return INPUT_MORE;
        Value first = vm_exc_take(vm);
        StrBuf more;
        sb_init(&more, vm);
        sb_add(&more, src, len);
        sb_addc(&more, '\n');
        Value second = parses(vm, more.data, more.len) ? 0 : vm_exc_take(vm);
        if (!same_error(vm, first, second))
            return INPUT_MORE;
        vm_raise_value(vm, first);
        return INPUT_ERROR;
    }

    /* open bracket / string / backslash: close them on a new line */
    StrBuf closed;
    for (int attempt = 0; attempt < 2; attempt++) {
        sb_init(&closed, vm);
        sb_add(&closed, src, len);
        if (lx.err.eof == LEXEOF_STRING)
            sb_adds(&closed, attempt == 0 ? "\"\"\"" : "'''");
        for (int i = lx.level - 1; i >= 0 && lx.err.eof != LEXEOF_BACKSLASH; i--)
            sb_addc(&closed, lx.parenstack[i] == '(' ? ')' : lx.parenstack[i] == '[' ? ']' : '}');
        sb_addc(&closed, '\n');
        if (lexer_input_status(closed.data, closed.len) != 1 || lx.err.eof != LEXEOF_STRING)
            break;
    }
    if (parses(vm, closed.data, closed.len))
        return INPUT_MORE;
    Value exc = vm_exc_take(vm);
    if (error_lineno(vm, exc) > (int64_t)count_lines(src, len))
        return INPUT_MORE;
    /* the closed text may itself end early (a quote guessed wrong) */
    Lexer lx2;
    if (lexer_init(&lx2, vm, closed.data, closed.len) == 0) {
        do
            lexer_next(&lx2, &t);
        while (t.type != T_ENDMARKER && t.type != T_ERRORTOKEN);
        if (t.type == T_ERRORTOKEN && lx2.err.kind == LEXERR_EOF)
            return INPUT_MORE;
    }
    vm_exc_clear(vm);
    vm_raise_value(vm, exc);
    return INPUT_ERROR;
}

/* ---- reading lines -------------------------------------------------------------------- */

/* GNU readline through its callback interface, so that Ctrl-C ends the wait
 * for input instead of being swallowed by readline's own signal handling.
 * SIGINT stays blocked except inside pselect(), which unblocks it only while
 * waiting: a Ctrl-C that comes while readline works on a key is then seen by
 * the next pselect() at once, instead of setting the flag just before a
 * select() that would sleep until the next key. */
static char *line_result;
static bool line_done;

static void rl_got_line(char *line)
{
    line_result = line;
    line_done = true;
    rl_callback_handler_remove();
}

char *repl_readline(VM *vm, const char *prompt, bool *interrupted)
{
    *interrupted = false;
    rl_catch_signals = 0;
    line_done = false;
    line_result = NULL;
    fflush(stdout);
    sigset_t sigint, waiting;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    sigprocmask(SIG_BLOCK, &sigint, &waiting);
    sigdelset(&waiting, SIGINT);
    rl_callback_handler_install(prompt, rl_got_line);
    while (!line_done) {
        if (vm->interrupted) {
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_cleanup_after_signal();
            rl_callback_handler_remove();
            *interrupted = true;
            break;
        }
        int fd = fileno(rl_instream ? rl_instream : stdin);
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int r = pselect(fd + 1, &fds, NULL, NULL, NULL, &waiting);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            rl_callback_handler_remove();
            break;                  /* the terminal is gone: end of input */
        }
        rl_callback_read_char();
    }
    sigprocmask(SIG_UNBLOCK, &sigint, NULL);
    return line_done ? line_result : NULL;
}

typedef struct Repl {
    VM *vm;
    bool readline;          /* stdin and stdout are terminals */
    bool color;             /* bold prompts */
    Dict *globals;
    /* Lines still to be used from a multi-line entry that readline returned
     * at once (one recalled from the history). */
    StrBuf queue;
    size_t queue_pos;
    bool queue_done;        /* its last line was just used: the entry is whole */
} Repl;

typedef enum { LINE_OK, LINE_EOF, LINE_INTERRUPT } LineResult;

/* The prompt: sys.ps1 / sys.ps2 as str() makes them, as CPython. */
static const char *prompt_text(Repl *r, bool more)
{
    VM *vm = r->vm;
    Value p = more ? sys_get(vm, "ps2") : sys_get(vm, "ps1");
    const char *text = more ? "... " : ">>> ";
    if (p) {
        Value s = obj_str(vm, p);
        if (s)
            text = AS_STR(s)->data;
        else
            vm_exc_clear(vm);
    }
    if (!r->color)
        return text;
    /* \001 \002 tell readline the escape sequences take no room */
    Str *c = str_printf(vm, "\001" BOLD "\002%s\001" RESET "\002", text);
    return c ? c->data : text;
}

static void flush_output(VM *vm)
{
    Value out = sys_get(vm, "stdout");
    if (out && !IS_NONE(out) && file_flush(vm, out) < 0)
        vm_exc_clear(vm);
    Value err = sys_get(vm, "stderr");
    if (err && !IS_NONE(err) && file_flush(vm, err) < 0)
        vm_exc_clear(vm);
    fflush(stdout);
    fflush(stderr);
}

static LineResult plain_line(Repl *r, const char *prompt, StrBuf *line)
{
    VM *vm = r->vm;
    if (vm->interrupted) {          /* a Ctrl-C that came after the code ended */
        vm->interrupted = 0;
        return LINE_INTERRUPT;
    }
    fputs(prompt, stderr);
    fflush(stderr);
    for (;;) {
        int c = getchar();
        if (c == EOF) {
            if (ferror(stdin) && errno == EINTR) {
                clearerr(stdin);
                if (vm->interrupted) {
                    vm->interrupted = 0;
                    return LINE_INTERRUPT;
                }
                continue;
            }
            return line->len ? LINE_OK : LINE_EOF;
        }
        if (c == '\n')
            return LINE_OK;
        sb_addc(line, (char)c);
    }
}

/* One line (without its newline) into `line`. */
static LineResult read_line(Repl *r, bool more, StrBuf *line)
{
    VM *vm = r->vm;
    line->len = 0;
    r->queue_done = false;
    if (r->queue_pos < r->queue.len) {
        const char *p = r->queue.data + r->queue_pos;
        const char *nl = memchr(p, '\n', r->queue.len - r->queue_pos);
        size_t n = nl ? (size_t)(nl - p) : r->queue.len - r->queue_pos;
        sb_add(line, p, n);
        r->queue_pos += n + (nl ? 1 : 0);
        r->queue_done = r->queue_pos >= r->queue.len;
        return LINE_OK;
    }
    flush_output(vm);
    const char *prompt = prompt_text(r, more);
    if (!r->readline)
        return plain_line(r, prompt, line);
    bool interrupted;
    char *text = repl_readline(vm, prompt, &interrupted);
    if (interrupted) {
        vm->interrupted = 0;
        return LINE_INTERRUPT;
    }
    if (!text)
        return LINE_EOF;
    char *nl = strchr(text, '\n');
    if (nl) {
        /* several lines at once: the first now, the others queued */
        r->queue.len = 0;
        r->queue_pos = 0;
        sb_adds(&r->queue, nl + 1);
        *nl = 0;
    }
    sb_adds(line, text);
    free(text);
    return LINE_OK;
}

/* ---- the loop ------------------------------------------------------------------------ */

/* Blank lines and comments only: CPython gives a new prompt, not an error. */
static bool only_comments(const char *src, size_t len)
{
    bool in_comment = false;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\n')
            in_comment = false;
        else if (c == '#')
            in_comment = true;
        else if (!in_comment && c != ' ' && c != '\t' && c != '\f' && c != '\r')
            return false;
    }
    return true;
}

/* A line that is not UTF-8 is an error at once, reported as CPython's
 * decoding of the line does (line 0, no text shown); true with it pending. */
static bool bad_utf8(VM *vm, const char *line, size_t len)
{
    char msg[200];
    if (lexer_utf8_error(line, len, msg, sizeof msg, NULL) == (size_t)-1)
        return false;
    Str *text = str_printf(vm, "(unicode error) %s", msg);
    if (text)
        vm_raise_syntax(vm, &exc_SyntaxError, text->data, str_intern_cstr(vm, "<stdin>"), 0, 0,
                        str_from_cstr(vm, ""), 0, 0);
    return true;
}

/* Runs one complete input.  Returns -1 with SystemExit pending to end the
 * session, else 0. */
static int run_input(Repl *r, const char *src, size_t len)
{
    VM *vm = r->vm;
    Code *code = compile_source(vm, src, len, str_intern_cstr(vm, "<stdin>"), MODE_SINGLE);
    Value result = code ? vm_run_code(vm, code, r->globals, 0) : 0;
    flush_output(vm);
    if (result)
        return 0;
    Value exc = vm_exc_take(vm);
    if (!exc)
        return 0;
    if (obj_isinstance_type(exc, &exc_SystemExit)) {
        vm_raise_value(vm, exc);
        return -1;
    }
    repl_print_exception(vm, exc);
    return 0;
}

static void print_banner(VM *vm)
{
    Value platform = sys_get(vm, "platform");
    fprintf(stderr, "Python %s (molt %s, a subset of Python 3.11) on %s\n"
                    "Type exit() or Ctrl-D to leave; molt --help lists the options.\n",
            MOLT_PY_VERSION, MOLT_VERSION,
            platform && str_check(platform) ? AS_STR(platform)->data : "linux");
}

static void set_default_prompts(VM *vm)
{
    if (!vm->sys)
        return;
    Dict *d = ((Module *)AS_OBJ(vm->sys))->dict;
    if (!dict_get_cstr(vm, d, "ps1"))
        dict_set_cstr(vm, d, "ps1", OBJ_VAL(str_from_cstr(vm, ">>> ")));
    if (!dict_get_cstr(vm, d, "ps2"))
        dict_set_cstr(vm, d, "ps2", OBJ_VAL(str_from_cstr(vm, "... ")));
    vm_exc_clear(vm);
}

int repl_run(VM *vm, bool banner)
{
    Value main = import_main_module(vm);
    if (!main)
        return -1;
    Repl r = { .vm = vm, .globals = ((Module *)AS_OBJ(main))->dict };
    r.readline = isatty(fileno(stdin)) && isatty(fileno(stdout));
    r.color = r.readline && repl_use_color(stdout);
    sb_init(&r.queue, vm);
    set_default_prompts(vm);
    if (r.readline)
        readline_setup(vm);
    if (banner)
        print_banner(vm);

    StrBuf src, line;
    sb_init(&src, vm);
    sb_init(&line, vm);
    for (;;) {
        src.len = 0;
        LineResult got;
        InputStatus status = INPUT_COMPLETE;
        bool more = false;
        for (;;) {
            got = read_line(&r, more, &line);
            if (got != LINE_OK)
                break;
            sb_add(&src, line.data, line.len);
            sb_addc(&src, '\n');
            if (bad_utf8(vm, line.data, line.len)) {
                status = INPUT_ERROR;           /* CPython decodes each line as it comes */
                break;
            }
            if (!more && only_comments(src.data, src.len))
                break;                              /* nothing to run: a new prompt */
            status = input_status(vm, src.data, src.len);
            if (status == INPUT_MORE && r.queue_done) {
                /* a block recalled whole from the history runs at once, as
                 * if the empty line that ended it had been typed too */
                sb_addc(&src, '\n');
                status = input_status(vm, src.data, src.len);
            }
            if (status != INPUT_MORE)
                break;
            more = true;
        }
        if (got == LINE_INTERRUPT) {
            /* as CPython: the line (or block) is dropped, kept in the history */
            if (r.readline)
                history_add_entry(vm, src.data, src.len);
            r.queue.len = r.queue_pos = 0;
            fputs(repl_use_color(stderr) ? "\n" RED "KeyboardInterrupt" RESET "\n"
                                         : "\nKeyboardInterrupt\n", stderr);
            continue;
        }
        if (got == LINE_EOF) {
            fputc('\n', r.readline ? stdout : stderr);
            if (src.len == 0)
                return 0;
            /* end of input in a block ends the block */
        }
        if (status != INPUT_ERROR && only_comments(src.data, src.len))
            continue;
        if (r.readline)
            history_add_entry(vm, src.data, src.len);
        int rc = 0;
        if (status == INPUT_ERROR) {
            Value exc = vm_exc_take(vm);
            if (exc)
                repl_print_exception(vm, exc);
        } else {
            rc = run_input(&r, src.data, src.len);
        }
        if (rc < 0)
            return -1;
    }
}
