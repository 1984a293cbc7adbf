/* vmcache.h — private declarations shared by the VM's own files (vm.c,
 * objects/func.c, objects/gen.c, objects/code.c, bootstrap.c): the
 * inline-cache layout, the generator's full state and the few helpers they
 * call in each other.
 * Nothing outside these files should need it.
 */
#ifndef MOLT_VMCACHE_H
#define MOLT_VMCACHE_H

#include "object.h"
#include "vm.h"

/* One inline-cache slot (CodeRuntime.caches[i], i from the CACHE word).  A
 * LOAD_GLOBAL slot remembers the value found for a (globals, builtins) pair
 * at two dict versions; since every dict write gives the dict a fresh
 * version, a hit can never be stale.  An attribute slot remembers what
 * type_lookup found on a type at one type version (0 = nothing found); the
 * descriptor kind is re-checked on use.
 *
 * `hint` (both kinds) is a guess at the index in a dict's entries[] where
 * the name was last found (the instance dict, or the globals/builtins).
 * It is checked (entries[hint].key is the name itself) before every use,
 * so a wrong guess costs only the ordinary lookup and can never be stale. */
typedef struct InlineCache {
    union {
        struct {
            Dict *globals, *builtins;
            uint64_t gver, bver;
            Value value;
        } g;
        struct {
            TypeObject *type;
            uint64_t version;
            Value descr;
        } a;
    } u;
    uint32_t hint;
} InlineCache;

/* What the VM keeps per code object (code->caches points here, allocated
 * on first run): the inline caches the instructions index, the dict-index
 * hints of the *_NAME instructions (one per entry of co->names), and a
 * free list of frames of this code ready for reuse, linked through ->back.
 * A frame goes back on the list when its call returns unless it is marked
 * as owned elsewhere (Frame.is_generator: a generator's frame, or one
 * handed out to Python code as a frame object — see vm_frame_escape). */
typedef struct CodeRuntime {
    Frame *free_frames;
    int nfree;
    int ncells;         /* cellvars + freevars */
    int nslots;         /* Frame.slots: locals, cells, stack */
    bool simple_args;   /* positional parameters only: no *, **, kw-only */
    uint32_t *name_hints;
    InlineCache caches[];
} CodeRuntime;

/* Marks a frame as referenced from outside the VM so that it is never
 * recycled; returns it as a Value.  Anything that gives Python code a frame
 * object (f_back, sys._getframe) must go through this. */
Value vm_frame_escape(Frame *f);

/* A generator as gen.c allocates it: the public part (vm.h) first, then the
 * state only the VM needs.  `exc_state` is the exception the generator's own
 * `except` block was handling when it last yielded (CPython's gi_exc_state). */
typedef struct GenObject {
    Generator g;
    Value exc_state;
    Function *func;
    bool started;
    bool loop_owned;    /* made by a call straight into a `for` (see GET_ITER) */
    Value saved_exc_info;   /* the resumer's vm->exc_info while it runs inline */
} GenObject;

/* gen.c: a generator over a frame already bound to its arguments */
Value gen_new(VM *vm, Frame *frame, Function *func);
/* gen.c: what CPython does when the last reference to a generator goes
 * away: close() it if it is suspended, reporting an error from close() as
 * "Exception ignored in: ..." on stderr.  The pending exception (vm->exc),
 * if any, is kept.  The VM calls it when a `for` loop drops a generator
 * that nothing else can refer to (GenObject.loop_owned). */
void gen_finalize(VM *vm, Value gen);

/* vm.c */
/* StopIteration's value: its `value` attribute, else args[0], else None. */
Value gen_stopiteration_value(VM *vm, Value exc);
/* A frame for `code` with the given namespaces; locals/cells zeroed, the
 * stack empty.  One allocation. */
Frame *vm_frame_new(VM *vm, Code *code, Function *func, Dict *globals,
                    Dict *builtins, Value locals);
/* The builtins dict that code running with `globals` sees. */
Dict *vm_builtins_for(VM *vm, Dict *globals);
/* f.f_locals / locals(): the mapping of a class or exec frame, or a fresh
 * dict of a function frame's bound locals and cells. */
Value vm_frame_locals(VM *vm, Frame *f);
/* sys.displayhook and sys.__displayhook__ (installed by bootstrap.c);
 * PRINT_EXPR takes a short cut when sys.displayhook is still this one. */
Value vm_displayhook(VM *vm, int argc, Value *argv, Tuple *kwnames);
/* "f()" / "mod.C.f()" as CPython's _PyObject_FunctionStr, for call errors. */
Str *vm_function_str(VM *vm, Value func);

#endif
