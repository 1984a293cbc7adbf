/* runtime.h — the runtime around the VM: declarations shared by bootstrap.c,
 * builtins.c, main.c, import.c, objects/file.c and the built-in modules
 * (sys, os, time, gc, _imp) beyond the contracts in object.h and vm.h.
 */
#ifndef MOLT_RUNTIME_H
#define MOLT_RUNTIME_H

#include "object.h"
#include "vm.h"

/* ---- version ----------------------------------------------------------------- */

#define MOLT_VERSION        "0.1"
#define MOLT_PY_VERSION     "3.11.7"
#define MOLT_VERSION_LINE   "molt " MOLT_VERSION " (Python " MOLT_PY_VERSION " subset)"

/* ---- objects/file.c ----------------------------------------------------------- */

/* io.UnsupportedOperation (a subclass of OSError and ValueError), made by
 * file_init; falls back to OSError if the class cannot be made. */
extern TypeObject *file_unsupported_operation;
int file_init(VM *vm);
bool file_check(Value v);
/* Writes text to a file object: a File directly, anything else through its
 * write() method (so print() works with any object that has write). */
int file_write_text(VM *vm, Value file, const char *s, size_t len);
int file_flush(VM *vm, Value file);    /* calls flush() when the object has one */
/* Flushes every file's write buffer: called before molt looks at the file
 * system (open, import, os functions), as CPython would have closed a file
 * dropped without close() already. */
void file_sync_all(void);
/* The underlying FILE* of a File that is open, else NULL. */
void *file_stdio(Value v);
/* builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None) */
Value file_builtin_open(VM *vm, int argc, Value *argv, Tuple *kwnames);

/* ---- modules/sys.c ------------------------------------------------------------ */

/* sys.<name> as it is now, or 0 (no exception) when sys or the name is gone.
 * `name` must be a string literal (its interned key is cached by address). */
Value sys_get(VM *vm, const char *name);
/* Builds sys.path from the script directory, $MOLTPATH and molt's lib/.
 * `script_dir` is '' for -c, -m's current directory, the REPL and stdin. */
int sys_set_path(VM *vm, const char *script_dir);
/* sys.argv = argv[0..argc) */
int sys_set_argv(VM *vm, int argc, char **argv);

/* A struct sequence (sys.version_info, time.struct_time, os.stat_result):
 * a tuple subclass whose first `nvisible` items are the tuple and whose
 * fields are also readable by name; fields past nvisible are attributes
 * only.  Define one statically with STRUCTSEQ_TYPE and build instances with
 * structseq_new (items: nfields values). */
typedef struct StructSeqType {
    TypeObject type;
    const char *const *fields;
    int nfields, nvisible;
} StructSeqType;
Value structseq_getattr(VM *vm, Value obj, Str *name);
Value structseq_repr(VM *vm, Value obj);
/* T(sequence), as time.struct_time((...)) */
Value structseq_tp_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames);
#define STRUCTSEQ_TYPE(cname, tpname, fieldnames, nfields_, nvisible_) \
    StructSeqType cname = { \
        .type = { .hdr.type = &type_type, .name = tpname, .base = &type_tuple, \
                  .instance_size = sizeof(Tuple), \
                  .getattr = structseq_getattr, .repr = structseq_repr, \
                  .new_ = structseq_tp_new }, \
        .fields = fieldnames, .nfields = nfields_, .nvisible = nvisible_ }
Value structseq_new(VM *vm, StructSeqType *t, const Value *items);

/* types.SimpleNamespace (sys.implementation is one). */
extern TypeObject type_namespace;
Value namespace_new(VM *vm, Dict *attrs);      /* attrs copied; NULL: empty */

/* ---- built-in modules (src/modules/) ----------------------------------------- */

Value os_module_init(VM *vm);
Value posixpath_module_init(VM *vm);
Value time_module_init(VM *vm);
Value gc_module_init(VM *vm);
Value imp_module_init(VM *vm);                 /* _imp (import.c) */

/* ---- import.c ------------------------------------------------------------------- */

/* The ModuleSpec class of module.__spec__. */
extern TypeObject type_module_spec;
/* Imports an absolute dotted name and returns the module itself (not the
 * top-level package): importlib.import_module's core. */
Value import_module(VM *vm, Str *absname);
/* importlib.reload in C (IMPORTS.md section 4): used by the `reload`
 * builtin when lib/importlib cannot be imported. */
Value import_reload(VM *vm, Value module);
/* Runs source text as __main__ (-c, stdin).  `file_attr`: the value of
 * __main__.__file__, or NULL for none.  Returns 0 on success, -1 with the
 * exception pending. */
int run_main_source(VM *vm, const char *src, size_t len, const char *filename,
                    const char *file_attr);
/* molt -m NAME: runs a module (a package's __main__) as __main__. */
int run_main_module(VM *vm, const char *modname);
/* Creates (or returns the existing) __main__ module and registers it. */
Value import_main_module(VM *vm);
/* Registers sys and builtins in vm->modules as built-in modules. */
int import_bootstrap(VM *vm);
/* Reads a whole file; NULL with OSError (by errno) raised on failure. */
char *import_read_file(VM *vm, const char *path, size_t *len);


/* ---- builtins.c --------------------------------------------------------------- */

/* Adds a native function to a namespace dict (self-less, like builtins). */
int rt_add_function(VM *vm, Dict *d, const char *name, NativeFn fn, const char *doc);
/* Adds every function of a MethodDef array with rt_add_function. */
int rt_add_functions(VM *vm, Dict *d, const MethodDef *defs);
/* Raises ImportError/ModuleNotFoundError with .name (and .path) set. */
Value rt_raise_import_error(VM *vm, TypeObject *type, Value name, Value path,
                            const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* A path argument as os.fspath does: str, bytes or __fspath__; returns a
 * NUL-terminated C string (GC memory) or NULL with TypeError
 * "<fname>: path should be string, bytes or os.PathLike, not float". */
const char *rt_path_arg(VM *vm, Value v, const char *what);

#endif
