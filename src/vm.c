/* vm.c — the bytecode interpreter: frames, argument binding, the evaluation
 * loop, generators' resumption, exception unwinding and the class statement.
 *
 * The loop dispatches with computed goto on GCC/Clang (one table built from
 * OPCODE_LIST, so it can never fall out of step with opcodes.h) and with a
 * `switch` elsewhere.  A call from Python code to a Python function does not
 * recurse in C: the callee's frame is pushed and the same loop continues in
 * it ("inlined" frames, as CPython 3.11 does), so deep Python recursion costs
 * no C stack.  Calls through C (obj_call, slots, natives) re-enter the loop.
 *
 * Errors follow CPython: every error that happens in a frame adds one
 * traceback entry for that frame (the line of the faulting instruction);
 * RERAISE and a bare `raise` re-raise without adding one.  The handler is
 * the first exception-table entry covering the faulting instruction.
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <gc.h>

#include "object.h"
#include "vm.h"
#include "opcodes.h"
#include "vmcache.h"
#include "runtime.h"
#include "objects/number.h"
#include "objects/strutil.h"

/* ---- recursion, C stack and Ctrl-C ------------------------------------------- */

/* Python recursion is bounded by vm->recursion_limit; recursion through C
 * (slots calling Python calling slots...) is also bounded by the real C
 * stack, so that a huge setrecursionlimit cannot crash the process. */
static uintptr_t c_stack_limit;

static void init_c_stack_limit(void)
{
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    struct rlimit rl;
    uintptr_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0)
        size = (uintptr_t)rl.rlim_cur;
    if (size > (1u << 30)) size = 1u << 30;
    uintptr_t margin = size / 8 > (256u << 10) ? size / 8 : (256u << 10);
    if (margin > (2u << 20)) margin = 2u << 20;
    uintptr_t use = size > margin ? size - margin : size / 2;
    c_stack_limit = here > use ? here - use : 1;
}

static Value raise_recursion(VM *vm)
{
    return vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded");
}

static inline bool c_stack_exhausted(void)
{
    return (uintptr_t)__builtin_frame_address(0) < c_stack_limit;
}

int vm_enter_call(VM *vm)
{
    if (__builtin_expect(!c_stack_limit, 0)) init_c_stack_limit();
    if (__builtin_expect(++vm->depth > vm->recursion_limit || c_stack_exhausted(), 0)) {
        vm->depth--;
        raise_recursion(vm);
        return -1;
    }
    return 0;
}

void vm_leave_call(VM *vm)
{
    vm->depth--;
}

int vm_check_interrupt(VM *vm)
{
    if (vm->interrupted) {
        vm->interrupted = 0;
        Value e = exc_new(vm, &exc_KeyboardInterrupt, 0, NULL);
        if (e) vm_raise_value(vm, e);
        return -1;
    }
    return 0;
}

/* ---- small helpers ------------------------------------------------------------ */

static inline BaseException *as_exc(Value v) { return (BaseException *)AS_OBJ(v); }
static bool is_exception_instance(Value v);

static inline int64_t tuple_len0(Tuple *t) { return t ? t->len : 0; }

static inline int code_ncells(Code *co)
{
    return (int)(tuple_len0(co->cellvars) + tuple_len0(co->freevars));
}

static Str *cell_name(Code *co, int i)
{
    int64_t nc = tuple_len0(co->cellvars);
    if (i < nc) return AS_STR(co->cellvars->items[i]);
    return AS_STR(co->freevars->items[i - nc]);
}

Dict *vm_builtins_for(VM *vm, Dict *globals)
{
    if (globals) {
        static Str *s_builtins;
        if (!s_builtins) s_builtins = str_intern_cstr(vm, "__builtins__");
        Value b = dict_get_str(globals, s_builtins);
        if (b) {
            if (IS_DICT(b) || dict_check(b)) return AS_DICT(b);
            if (IS_MODULE(b)) return ((Module *)AS_OBJ(b))->dict;
        }
    }
    return vm->builtins;
}

static Value raise_unbound_local(VM *vm, Str *name)
{
    return vm_raise(vm, &exc_UnboundLocalError,
                    "cannot access local variable '%s' where it is not associated with a value",
                    name->data);
}

static Value raise_unbound_free(VM *vm, Code *co, int i)
{
    Str *name = cell_name(co, i);
    if (i < tuple_len0(co->cellvars)) return raise_unbound_local(vm, name);
    return vm_raise(vm, &exc_NameError,
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                    name->data);
}

static Value raise_name_error(VM *vm, Str *name)
{
    Value e = vm_raise(vm, &exc_NameError, "name '%s' is not defined", name->data);
    /* CPython 3.10+ exposes the missing name as NameError.name. */
    Value exc = vm->exc;
    if (is_exception_instance(exc)) {
        BaseException *be = as_exc(exc);
        if (!be->dict) be->dict = dict_new(vm);
        if (be->dict) dict_set_cstr(vm, be->dict, "name", OBJ_VAL(name));
        vm->exc = exc;
    }
    return e;
}

Str *vm_function_str(VM *vm, Value func)
{
    Value saved = vm->exc;
    vm->exc = 0;
    Value qual = obj_getattr_opt(vm, func, str_intern_cstr(vm, "__qualname__"));
    if (!qual || !str_check(qual)) {
        vm->exc = 0;
        Value s = obj_str(vm, func);
        vm->exc = saved;
        return s ? AS_STR(s) : str_from_cstr(vm, "?");
    }
    Value mod = obj_getattr_opt(vm, func, str_intern_cstr(vm, "__module__"));
    vm->exc = saved;
    if (mod && str_check(mod) && !str_eq_cstr(AS_STR(mod), "builtins"))
        return str_printf(vm, "%s.%s()", AS_STR(mod)->data, AS_STR(qual)->data);
    return str_printf(vm, "%s()", AS_STR(qual)->data);
}

/* ---- exceptions inside the loop -------------------------------------------------- */

static bool is_exception_instance(Value v)
{
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &exc_BaseException);
}

static bool is_exception_class(Value v)
{
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_type) &&
           type_is_subtype(AS_TYPE(v), &exc_BaseException);
}

/* Sets exc.__context__ to the exception being handled, cutting any cycle
 * that would form (as CPython's _PyErr_SetObject). */
static void set_context_to(Value exc, Value handled, bool overwrite)
{
    if (!handled || handled == exc || !is_exception_instance(exc) || !is_exception_instance(handled))
        return;
    BaseException *e = as_exc(exc);
    if (e->context && !overwrite) return;
    Value o = handled;
    for (int steps = 0; steps < 100000; steps++) {
        Value c = as_exc(o)->context;
        if (!c) break;
        if (c == exc) { as_exc(o)->context = 0; break; }
        if (!is_exception_instance(c)) break;
        o = c;
    }
    e->context = handled;
}

static inline void set_context(VM *vm, Value exc, bool overwrite)
{
    set_context_to(exc, vm->exc_info, overwrite);
}

/* Turns the operand of `raise X` into an exception instance (a class is
 * instantiated); 0 with TypeError for anything else. */
static Value make_exception(VM *vm, Value v, bool cause)
{
    if (is_exception_class(v)) {
        Value inst = obj_call(vm, v, 0, NULL, NULL);
        if (!inst) return 0;
        if (!is_exception_instance(inst))
            return vm_raise(vm, &exc_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            AS_TYPE(v)->name, type_name(inst));
        return inst;
    }
    if (is_exception_instance(v)) return v;
    if (cause)
        return vm_raise(vm, &exc_TypeError, "exception causes must derive from BaseException");
    return vm_raise(vm, &exc_TypeError, "exceptions must derive from BaseException");
}

Value gen_stopiteration_value(VM *vm, Value exc)
{
    if (!is_exception_instance(exc)) return NONE;
    BaseException *e = as_exc(exc);
    if (e->dict) {
        Value v = dict_get_cstr(vm, e->dict, "value");
        if (v) return v;
    }
    if (e->args && e->args->len > 0) return e->args->items[0];
    return NONE;
}

/* ---- frames -------------------------------------------------------------------- */

static inline int frame_nslots(Code *co)
{
    return co->nlocals + code_ncells(co) + co->stacksize + 2;
}

Frame *vm_frame_new(VM *vm, Code *co, Function *func, Dict *globals,
                    Dict *builtins, Value locals)
{
    Frame *f = mem_alloc(vm, sizeof(Frame) + (size_t)frame_nslots(co) * sizeof(Value));
    if (!f) return NULL;
    f->hdr.type = &type_frame;
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->ip = co->code;
    f->sp = f->slots + co->nlocals + code_ncells(co);
    return f;
}

static CodeRuntime *code_runtime(VM *vm, Code *co)
{
    CodeRuntime *rt = (CodeRuntime *)co->caches;
    if (__builtin_expect(rt != NULL, 1)) return rt;
    int n = co->ncaches > 0 ? co->ncaches : 0;
    rt = mem_alloc(vm, sizeof(CodeRuntime) + (size_t)n * sizeof(InlineCache));
    if (!rt) return NULL;
    int64_t nnames = tuple_len0(co->names);
    rt->name_hints = mem_alloc_atomic(vm, (size_t)(nnames ? nnames : 1) * sizeof(uint32_t));
    if (!rt->name_hints) return NULL;
    rt->ncells = code_ncells(co);
    rt->nslots = frame_nslots(co);
    rt->simple_args = !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0;
    co->caches = rt;
    return rt;
}

/* ---- dict lookups with an index hint (see InlineCache.hint) ------------------ */

/* Dicts larger than this are not scanned for a hint after a miss. */
#define HINT_SCAN_MAX 256

static void find_hint(Dict *d, Str *name, uint32_t *hint)
{
    if (d->nentries > HINT_SCAN_MAX) return;
    DictEntry *e = d->entries;
    for (int64_t i = 0; i < d->nentries; i++)
        if (e[i].key == OBJ_VAL(name)) { *hint = (uint32_t)i; return; }
}

static Value hinted_get_slow(Dict *d, Str *name, uint32_t *hint)
{
    Value v = dict_get_str(d, name);
    if (v) find_hint(d, name, hint);
    return v;
}

/* d[name] for an interned name, or 0 (never raises) */
static inline Value hinted_get(Dict *d, Str *name, uint32_t *hint)
{
    uint32_t h = *hint;
    if (h < (uint64_t)d->nentries && d->entries[h].key == OBJ_VAL(name))
        return d->entries[h].value;
    return hinted_get_slow(d, name, hint);
}

/* d[name] = v, exactly as dict_set_str (a fresh version included) */
static inline int hinted_set(VM *vm, Dict *d, Str *name, Value v, uint32_t *hint)
{
    uint32_t h = *hint;
    if (h < (uint64_t)d->nentries && d->entries[h].key == OBJ_VAL(name)) {
        d->entries[h].value = v;
        d->version = ++dict_version_counter;
        return 0;
    }
    if (dict_set_str(vm, d, name, v) < 0) return -1;
    find_hint(d, name, hint);
    return 0;
}

/* A frame for a call of fn: a recycled one when the code has one spare
 * (its slots were zeroed when it was released), else a new one. */
static inline Frame *frame_for_function(VM *vm, Function *fn, Code *co, CodeRuntime *rt)
{
    Frame *f = rt->free_frames;
    if (f) {
        rt->free_frames = f->back;
        rt->nfree--;
        f->back = NULL;
    } else {
        f = mem_alloc(vm, sizeof(Frame) + (size_t)rt->nslots * sizeof(Value));
        if (!f) return NULL;
        f->hdr.type = &type_frame;
        f->code = co;
    }
    f->func = fn;
    f->globals = fn->globals;
    Value b = fn->builtins;
    f->builtins = IS_DICT(b) ? AS_DICT(b) : (IS_OBJ(b) && dict_check(b)) ? AS_DICT(b) : vm->builtins;
    f->ip = co->code;
    f->sp = f->slots + co->nlocals + rt->ncells;
    return f;
}

/* Gives a finished function frame back to its code's free list.  Clearing
 * the slots now (not at reuse) lets the collector free what they held. */
#define FRAME_FREE_MAX 256
static inline void frame_release(Frame *f)
{
    CodeRuntime *rt = (CodeRuntime *)f->code->caches;
    if (f->is_generator || f->locals || !rt || rt->nfree >= FRAME_FREE_MAX) return;
    Value *slot = f->slots, *end = f->slots + rt->nslots;
    while (slot < end) *slot++ = 0;
    f->lasti = 0;
    f->back = rt->free_frames;
    rt->free_frames = f;
    rt->nfree++;
}

Value vm_frame_escape(Frame *f)
{
    f->is_generator = true;
    return OBJ_VAL(f);
}

/* Creates the frame's cells: a fresh cell per cellvar (holding the argument
 * it shadows, if any) and the function's closure cells for the freevars. */
static int init_cells(VM *vm, Frame *f, Function *fn)
{
    Code *co = f->code;
    Value *cells = f->slots + co->nlocals;
    int64_t ncell = tuple_len0(co->cellvars), nfree = tuple_len0(co->freevars);
    for (int64_t i = 0; i < ncell; i++) {
        Value init = 0;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            init = f->slots[co->cell2arg[i]];
        }
        Cell *c = cell_new(vm, init);
        if (!c) return -1;
        cells[i] = OBJ_VAL(c);
    }
    if (nfree) {
        Tuple *cl = fn ? fn->closure : NULL;
        if (!cl || cl->len < nfree) {
            vm_raise(vm, &exc_TypeError, "%s() requires a code object with %d free vars, not %d",
                     co->name->data, (int)nfree, (int)(cl ? cl->len : 0));
            return -1;
        }
        for (int64_t i = 0; i < nfree; i++) cells[ncell + i] = cl->items[i];
    }
    return 0;
}


int frame_lineno(Frame *f)
{
    Code *co = f->code;
    if (!co) return 0;
    int i = (int)(f->ip - co->code) - 1;
    if (i >= co->ncode) i = co->ncode - 1;
    if (!co->lines) return co->firstlineno;
    for (; i >= 0; i--)
        if (co->lines[i] > 0) return co->lines[i];
    return co->firstlineno;
}

/* ---- argument binding (CPython's messages) ---------------------------------------- */

static Str *join_names(VM *vm, Str **names, int n)
{
    StrBuf sb;
    sb_init(&sb, vm);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2) sb_adds(&sb, " and ");
            else if (i == n - 1) sb_adds(&sb, ", and ");
            else sb_adds(&sb, ", ");
        }
        sb_addc(&sb, '\'');
        sb_add(&sb, names[i]->data, (size_t)names[i]->len);
        sb_addc(&sb, '\'');
    }
    return sb_finish(&sb);
}

static void missing_arguments(VM *vm, Function *fn, Code *co, Value *locals,
                              int start, int end, bool kwonly)
{
    Str *names[64];
    int n = 0, total = 0;
    for (int i = start; i < end; i++) {
        if (locals[i]) continue;
        if (kwonly && fn->kwdefaults &&
            dict_get_str(fn->kwdefaults, AS_STR(co->varnames->items[i])))
            continue;
        if (n < 64) names[n++] = AS_STR(co->varnames->items[i]);
        total++;
    }
    Str *list = join_names(vm, names, n);
    vm_raise(vm, &exc_TypeError, "%s() missing %d required %s argument%s: %s",
             fn->qualname->data, total, kwonly ? "keyword-only" : "positional",
             total == 1 ? "" : "s", list ? list->data : "");
}

static void too_many_positional(VM *vm, Function *fn, Code *co, Value *locals, int given)
{
    int co_argcount = co->argcount;
    int kwonly_given = 0;
    for (int i = co_argcount; i < co_argcount + co->kwonlyargcount; i++)
        if (locals[i]) kwonly_given++;
    int defcount = fn->defaults ? (int)fn->defaults->len : 0;
    char sig[64], kwsig[96];
    bool plural;
    if (defcount) {
        plural = true;
        snprintf(sig, sizeof sig, "from %d to %d", co_argcount - defcount, co_argcount);
    } else {
        plural = co_argcount != 1;
        snprintf(sig, sizeof sig, "%d", co_argcount);
    }
    kwsig[0] = 0;
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    vm_raise(vm, &exc_TypeError, "%s() takes %s positional argument%s but %d%s %s given",
             fn->qualname->data, sig, plural ? "s" : "", given, kwsig,
             given == 1 && !kwonly_given ? "was" : "were");
}

static inline int find_param(Code *co, Str *name, int start, int end)
{
    Value *vn = co->varnames->items;
    for (int i = start; i < end; i++)
        if (AS_STR(vn[i]) == name) return i;
    for (int i = start; i < end; i++)
        if (str_eq(AS_STR(vn[i]), name)) return i;
    return -1;
}

/* Binds argc positional arguments and the keyword arguments named by kwnames
 * into the frame's fast locals, as CPython's initialize_locals. */
static int bind_args(VM *vm, Function *fn, Code *co, Value *locals,
                     int argc, Value *argv, Tuple *kwnames)
{
    int co_argcount = co->argcount;
    int total = co_argcount + co->kwonlyargcount;
    int flags = co->flags;

    /* the common cases: positional arguments only, maybe some defaults */
    if (!kwnames && !(flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0) {
        if (argc == co_argcount) {
            for (int i = 0; i < argc; i++) locals[i] = argv[i];
            return 0;
        }
        int defcount = fn->defaults ? (int)fn->defaults->len : 0;
        if (argc < co_argcount && argc >= co_argcount - defcount) {
            for (int i = 0; i < argc; i++) locals[i] = argv[i];
            int m = co_argcount - defcount;
            for (int i = argc; i < co_argcount; i++) locals[i] = fn->defaults->items[i - m];
            return 0;
        }
    }

    Dict *kwdict = NULL;
    if (flags & CO_VARKEYWORDS) {
        kwdict = dict_new(vm);
        if (!kwdict) return -1;
        locals[total + ((flags & CO_VARARGS) ? 1 : 0)] = OBJ_VAL(kwdict);
    }
    int n = argc < co_argcount ? argc : co_argcount;
    for (int i = 0; i < n; i++) locals[i] = argv[i];
    if (flags & CO_VARARGS) {
        Value t;
        if (argc > n) t = tuple_from_array(vm, argc - n, argv + n);
        else t = OBJ_VAL(empty_tuple ? empty_tuple : tuple_new(vm, 0));
        if (!t) return -1;
        locals[total] = t;
    }

    if (kwnames && kwnames->len > 0) {
        Str *posonly_kw[64];
        int nposonly_kw = 0;
        for (int64_t k = 0; k < kwnames->len; k++) {
            Value kv = kwnames->items[k];
            Value val = argv[argc + k];
            if (!IS_OBJ(kv) || !str_check(kv)) {
                vm_raise(vm, &exc_TypeError, "%s() keywords must be strings", fn->qualname->data);
                return -1;
            }
            Str *name = AS_STR(kv);
            int j = find_param(co, name, co->posonlyargcount, total);
            if (j < 0) {
                if (kwdict) {
                    if (dict_set(vm, kwdict, kv, val) < 0) return -1;
                    continue;
                }
                if (find_param(co, name, 0, co->posonlyargcount) >= 0) {
                    if (nposonly_kw < 64) posonly_kw[nposonly_kw++] = name;
                    continue;
                }
                vm_raise(vm, &exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                         fn->qualname->data, name->data);
                return -1;
            }
            if (locals[j]) {
                vm_raise(vm, &exc_TypeError, "%s() got multiple values for argument '%s'",
                         fn->qualname->data, name->data);
                return -1;
            }
            locals[j] = val;
        }
        if (nposonly_kw) {
            StrBuf sb;
            sb_init(&sb, vm);
            for (int i = 0; i < nposonly_kw; i++) {
                if (i) sb_adds(&sb, ", ");
                sb_add(&sb, posonly_kw[i]->data, (size_t)posonly_kw[i]->len);
            }
            Str *s = sb_finish(&sb);
            vm_raise(vm, &exc_TypeError,
                     "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                     fn->qualname->data, s ? s->data : "");
            return -1;
        }
    }

    if (argc > co_argcount && !(flags & CO_VARARGS)) {
        too_many_positional(vm, fn, co, locals, argc);
        return -1;
    }

    if (argc < co_argcount) {
        int defcount = fn->defaults ? (int)fn->defaults->len : 0;
        int m = co_argcount - defcount;
        for (int i = argc; i < m; i++) {
            if (!locals[i]) {
                missing_arguments(vm, fn, co, locals, 0, m, false);
                return -1;
            }
        }
        int i = n > m ? n - m : 0;
        for (; i < defcount; i++)
            if (!locals[m + i]) locals[m + i] = fn->defaults->items[i];
    }

    if (co->kwonlyargcount > 0) {
        bool missing = false;
        for (int i = co_argcount; i < total; i++) {
            if (locals[i]) continue;
            if (fn->kwdefaults) {
                Value d = dict_get_str(fn->kwdefaults, AS_STR(co->varnames->items[i]));
                if (d) { locals[i] = d; continue; }
            }
            missing = true;
        }
        if (missing) {
            missing_arguments(vm, fn, co, locals, co_argcount, total, true);
            return -1;
        }
    }
    return 0;
}

/* ---- the evaluation loop ------------------------------------------------------------- */

static Value eval_frame(VM *vm, Frame *entry, Value throwexc, bool *yielded);

/* Runs a frame that is not a generator's: links it into vm->frame. */
static Value run_frame(VM *vm, Frame *f)
{
    if (vm_enter_call(vm) < 0) return 0;
    f->back = vm->frame;
    vm->frame = f;
    Value r = eval_frame(vm, f, 0, NULL);
    vm->frame = f->back;
    vm_leave_call(vm);
    return r;
}

Value vm_call_function(VM *vm, Function *fn, int argc, Value *argv, Tuple *kwnames)
{
    Code *co = fn->code;
    CodeRuntime *rt = code_runtime(vm, co);
    if (!rt) return 0;
    Frame *f = frame_for_function(vm, fn, co, rt);
    if (!f) return 0;
    if (bind_args(vm, fn, co, f->slots, argc, argv, kwnames) < 0) return 0;
    if (rt->ncells && init_cells(vm, f, fn) < 0) return 0;
    if (co->flags & CO_GENERATOR) {
        f->is_generator = true;
        return gen_new(vm, f, fn);
    }
    Value r = run_frame(vm, f);
    frame_release(f);
    return r;
}

Value vm_run_code(VM *vm, Code *code, Dict *globals, Value locals)
{
    static Str *s_builtins;
    if (!s_builtins) s_builtins = str_intern_cstr(vm, "__builtins__");
    if (!dict_get_str(globals, s_builtins)) {
        if (dict_set_str(vm, globals, s_builtins, OBJ_VAL(vm->builtins)) < 0) return 0;
    }
    Frame *f = vm_frame_new(vm, code, NULL, globals, vm_builtins_for(vm, globals),
                            locals ? locals : OBJ_VAL(globals));
    if (!f) return 0;
    if (code_ncells(code) && init_cells(vm, f, NULL) < 0) return 0;
    return run_frame(vm, f);
}

/* The generic call used where a frame cannot be inlined. */
static inline Value call_value(VM *vm, Value callable, int n, Value *args, Tuple *kwn)
{
    TypeObject *t = TYPE_OF(callable);
    if (t == &type_function) return vm_call_function(vm, (Function *)AS_OBJ(callable), n, args, kwn);
    return obj_call(vm, callable, n, args, kwn);
}

/* Looks a special method up on the type and binds it (0, no exception, if
 * absent). */
static Value lookup_special(VM *vm, Value obj, Str *name)
{
    TypeObject *t = TYPE_OF(obj);
    Value d = type_lookup(t, name);
    if (!d) return 0;
    TypeObject *dt = TYPE_OF(d);
    if (dt->descr_get) return dt->descr_get(vm, d, obj, OBJ_VAL(t));
    return d;
}

/* Attribute load for a type using the generic object.__getattribute__, with
 * the result of type_lookup already known (the inline cache's job). */
static inline Value getattr_with_descr(VM *vm, Value obj, TypeObject *tp, Str *name, Value descr,
                                       uint32_t *hint)
{
    TypeObject *dt = NULL;
    if (descr) {
        dt = TYPE_OF(descr);
        if (dt->descr_get && dt->descr_set) return dt->descr_get(vm, descr, obj, OBJ_VAL(tp));
    }
    if (tp->dict_offset) {
        Dict *d = *(Dict **)((char *)AS_OBJ(obj) + tp->dict_offset);
        if (d) {
            Value v = hinted_get(d, name, hint);
            if (v) return v;
        }
    }
    if (descr) {
        if (dt->descr_get) return dt->descr_get(vm, descr, obj, OBJ_VAL(tp));
        return descr;
    }
    return obj_generic_getattr(vm, obj, name);
}

static inline Value cached_type_lookup(InlineCache *c, TypeObject *tp, Str *name)
{
    if (c->u.a.type == tp && c->u.a.version == tp->version) return c->u.a.descr;
    Value d = type_lookup(tp, name);
    c->u.a.type = tp;
    c->u.a.version = tp->version;
    c->u.a.descr = d;
    return d;
}

/* The plain Python function that super(...).name finds for an instance,
 * or 0 for anything else (the full lookup, descr.c's super_getattro, then
 * runs): the MRO of the instance's type after the super's class. */
static Value super_method(Value sv, Str *name)
{
    Super *s = (Super *)AS_OBJ(sv);
    if (!s->obj_type || !s->obj || s->obj == OBJ_VAL(s->obj_type) || !s->obj_type->mro) return 0;
    Tuple *mro = s->obj_type->mro;
    int64_t i = 0, n = mro->len;
    while (i < n && AS_TYPE(mro->items[i]) != s->type) i++;
    for (i++; i < n; i++) {
        Dict *d = AS_TYPE(mro->items[i])->dict;
        Value res = d ? dict_get_str(d, name) : 0;
        if (res) return TYPE_OF(res) == &type_function ? res : 0;
    }
    return 0;
}

/* iterates `src` into list `dst` (LIST_EXTEND) */
static int list_extend_iter(VM *vm, List *dst, Value src)
{
    if (IS_LIST(src) || IS_TUPLE(src)) {
        int64_t n = IS_LIST(src) ? AS_LIST(src)->len : AS_TUPLE(src)->len;
        for (int64_t i = 0; i < n; i++) {
            Value v = IS_LIST(src) ? AS_LIST(src)->items[i] : AS_TUPLE(src)->items[i];
            if (list_append(vm, dst, v) < 0) return -1;
        }
        return 0;
    }
    Value it = obj_iter(vm, src);
    if (!it) return -1;
    for (;;) {
        Value v = obj_next(vm, it);
        if (!v) return vm->exc ? -1 : 0;
        if (list_append(vm, dst, v) < 0) return -1;
    }
}

static bool is_iterable_type(Value v)
{
    TypeObject *t = TYPE_OF(v);
    return t->iter != NULL || t->getitem != NULL;
}

static bool is_mapping(VM *vm, Value v)
{
    if (IS_OBJ(v) && dict_check(v)) return true;
    Value k = lookup_special(vm, v, str_intern_cstr(vm, "keys"));
    if (!k && vm->exc) vm_exc_clear(vm);
    return k != 0;
}

/* Merges mapping m into dict d for f(**m): duplicates are an error. */
static int dict_merge_kwargs(VM *vm, Dict *d, Value m, Value func)
{
    if (!is_mapping(vm, m)) {
        Str *fs = vm_function_str(vm, func);
        vm_raise(vm, &exc_TypeError, "%s argument after ** must be a mapping, not %s",
                 fs->data, type_name(m));
        return -1;
    }
    Value keys;
    if (IS_DICT(m)) {
        Dict *md = AS_DICT(m);
        int64_t pos = 0;
        Value k, v;
        while (dict_next(md, &pos, &k, &v)) {
            Value old;
            int r = dict_lookup(vm, d, k, &old);
            if (r < 0) return -1;
            if (r > 0) goto dup_k;
            if (dict_set(vm, d, k, v) < 0) return -1;
            continue;
        dup_k:
            if (str_check(k)) {
                Str *fs = vm_function_str(vm, func);
                vm_raise(vm, &exc_TypeError, "%s got multiple values for keyword argument '%s'",
                         fs->data, AS_STR(k)->data);
            } else {
                vm_raise(vm, &exc_TypeError, "keywords must be strings");
            }
            return -1;
        }
        return 0;
    }
    keys = obj_call_method(vm, m, "keys", 0, NULL);
    if (!keys) return -1;
    Value it = obj_iter(vm, keys);
    if (!it) return -1;
    for (;;) {
        Value k = obj_next(vm, it);
        if (!k) return vm->exc ? -1 : 0;
        Value old;
        int r = dict_lookup(vm, d, k, &old);
        if (r < 0) return -1;
        if (r > 0) {
            if (str_check(k)) {
                Str *fs = vm_function_str(vm, func);
                vm_raise(vm, &exc_TypeError, "%s got multiple values for keyword argument '%s'",
                         fs->data, AS_STR(k)->data);
            } else {
                vm_raise(vm, &exc_TypeError, "keywords must be strings");
            }
            return -1;
        }
        Value v = obj_getitem(vm, m, k);
        if (!v) return -1;
        if (dict_set(vm, d, k, v) < 0) return -1;
    }
}

/* f(*args, **kwargs): flattens into one argument array and calls. */
static Value call_function_ex(VM *vm, Value callable, Value self, Value args, Value kwargs)
{
    Value *items;
    int64_t n;
    if (IS_TUPLE(args)) {
        items = AS_TUPLE(args)->items;
        n = AS_TUPLE(args)->len;
    } else if (IS_LIST(args)) {
        items = AS_LIST(args)->items;
        n = AS_LIST(args)->len;
    } else {
        if (!is_iterable_type(args)) {
            Str *fs = vm_function_str(vm, callable);
            return vm_raise(vm, &exc_TypeError, "%s argument after * must be an iterable, not %s",
                            fs->data, type_name(args));
        }
        Value l = obj_to_list(vm, args);
        if (!l) return 0;
        items = AS_LIST(l)->items;
        n = AS_LIST(l)->len;
    }
    Dict *kw = NULL;
    if (kwargs) {
        if (IS_DICT(kwargs)) {
            kw = AS_DICT(kwargs);
        } else {
            kw = dict_new(vm);
            if (!kw || dict_merge_kwargs(vm, kw, kwargs, callable) < 0) return 0;
        }
    }
    int64_t nkw = kw ? kw->used : 0;
    int64_t total = n + nkw + (self ? 1 : 0);
    Value buf[16];
    Value *argv = total <= 16 ? buf : mem_alloc(vm, (size_t)total * sizeof(Value));
    if (!argv) return 0;
    int64_t p = 0;
    if (self) argv[p++] = self;
    for (int64_t i = 0; i < n; i++) argv[p++] = items[i];
    Tuple *kwnames = NULL;
    if (nkw) {
        kwnames = tuple_new(vm, nkw);
        if (!kwnames) return 0;
        int64_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(kw, &pos, &k, &v) && i < nkw) {
            if (!IS_OBJ(k) || !str_check(k))
                return vm_raise(vm, &exc_TypeError, "keywords must be strings");
            kwnames->items[i++] = k;
            argv[p++] = v;
        }
    }
    return call_value(vm, callable, (int)(n + (self ? 1 : 0)), argv, kwnames);
}

/* UNPACK_EX: pushes the items after the star (last first), the starred
 * list, then the items before it, first on top. */
static Value unpack_ex(VM *vm, Value seq, int before, int after, Value **spp)
{
    if (!is_iterable_type(seq))
        return vm_raise(vm, &exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    Value lv = obj_to_list(vm, seq);
    if (!lv) return 0;
    List *l = AS_LIST(lv);
    if (IS_LIST(seq) && lv == seq) {
        l = list_new(vm, 0);
        if (!l) return 0;
        if (list_extend_iter(vm, l, seq) < 0) return 0;
    }
    int64_t len = l->len;
    if (len < before + after)
        return vm_raise(vm, &exc_ValueError,
                        "not enough values to unpack (expected at least %d, got %lld)",
                        before + after, (long long)len);
    Value *sp = *spp;
    for (int64_t i = len - 1; i >= len - after; i--) *sp++ = l->items[i];
    int64_t mid = len - after - before;
    List *m = list_new(vm, mid);
    if (!m) return 0;
    for (int64_t i = 0; i < mid; i++) m->items[i] = l->items[before + i];
    *sp++ = OBJ_VAL(m);
    for (int64_t i = before - 1; i >= 0; i--) *sp++ = l->items[i];
    *spp = sp;
    return NONE;
}

static Value format_value(VM *vm, Value v, int conv, Value spec)
{
    switch (conv) {
    case 1: v = obj_str(vm, v); break;
    case 2: v = obj_repr(vm, v); break;
    case 3: v = obj_ascii(vm, v); break;
    default: break;
    }
    if (!v) return 0;
    if (!spec && IS_STR(v)) return v;
    static Str *empty;
    if (!empty) empty = str_intern_cstr(vm, "");
    return obj_format(vm, v, spec ? AS_STR(spec) : empty);
}

static Value build_string(VM *vm, Value *items, int n)
{
    size_t len = 0;
    for (int i = 0; i < n; i++) len += (size_t)AS_STR(items[i])->len;
    StrBuf sb;
    sb_init(&sb, vm);
    for (int i = 0; i < n; i++) sb_add(&sb, AS_STR(items[i])->data, (size_t)AS_STR(items[i])->len);
    (void)len;
    Str *s = sb_finish(&sb);
    return s ? OBJ_VAL(s) : 0;
}

static Value do_import_name(VM *vm, Frame *f, Str *name, Value fromlist, Value level)
{
    static Str *s_import;
    if (!s_import) s_import = str_intern_cstr(vm, "__import__");
    Value imp = dict_get_str(f->builtins, s_import);
    if (!imp) return vm_raise(vm, &exc_ImportError, "__import__ not found");
    if (TYPE_OF(imp) == &type_native_function &&
        strcmp(((NativeFunction *)AS_OBJ(imp))->name, "__import__") == 0 && IS_INT(level)) {
        return import_module_level(vm, name, OBJ_VAL(f->globals), fromlist, (int)AS_INT(level));
    }
    Value args[5] = { OBJ_VAL(name), OBJ_VAL(f->globals), f->locals ? f->locals : NONE, fromlist, level };
    return obj_call(vm, imp, 5, args, NULL);
}

/* sys.displayhook's default (CPython's sys_displayhook): None prints
 * nothing; builtins._ is None while repr runs, then the value. */
static int display_value(VM *vm, Value v)
{
    if (v == NONE) return 0;
    static Str *s_underscore;
    if (!s_underscore) s_underscore = str_intern_cstr(vm, "_");
    if (dict_set_str(vm, vm->builtins, s_underscore, NONE) < 0) return -1;
    Value out = sys_get(vm, "stdout");
    if (!out || out == NONE) {
        vm_raise(vm, &exc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    Value r = obj_repr(vm, v);
    if (!r) return -1;
    if (file_write_text(vm, out, AS_STR(r)->data, (size_t)AS_STR(r)->len) < 0) return -1;
    if (file_write_text(vm, out, "\n", 1) < 0) return -1;
    return dict_set_str(vm, vm->builtins, s_underscore, v);
}

Value vm_displayhook(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (args_no_kw(vm, "displayhook", kwnames) < 0) return 0;
    if (argc != 1)
        return vm_raise(vm, &exc_TypeError, "displayhook() takes exactly one argument (%d given)", argc);
    return display_value(vm, argv[0]) < 0 ? 0 : NONE;
}

/* PRINT_EXPR: sys.displayhook(v); the default one without a call */
static int print_expr(VM *vm, Value v)
{
    Value hook = sys_get(vm, "displayhook");
    if (!hook || hook == NONE) {
        vm_raise(vm, &exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    if (TYPE_OF(hook) == &type_native_function && ((NativeFunction *)AS_OBJ(hook))->fn == vm_displayhook)
        return display_value(vm, v);
    return obj_call(vm, hook, 1, &v, NULL) ? 0 : -1;
}

static Value make_function(VM *vm, Frame *f, Value *sp, int flags, Value **spp)
{
    Value codev = *--sp;
    Value closure = 0, annotations = 0, kwdefaults = 0, defaults = 0;
    if (flags & 8) closure = *--sp;
    if (flags & 4) annotations = *--sp;
    if (flags & 2) kwdefaults = *--sp;
    if (flags & 1) defaults = *--sp;
    *spp = sp;
    Code *co = (Code *)AS_OBJ(codev);
    Value fv = function_new(vm, co, f->globals, co->qualname);
    if (!fv) return 0;
    Function *fn = (Function *)AS_OBJ(fv);
    if (closure) fn->closure = AS_TUPLE(closure);
    if (defaults && IS_TUPLE(defaults)) fn->defaults = AS_TUPLE(defaults);
    if (kwdefaults && IS_OBJ(kwdefaults) && dict_check(kwdefaults)) fn->kwdefaults = AS_DICT(kwdefaults);
    if (annotations) {
        if (IS_OBJ(annotations) && dict_check(annotations)) {
            fn->annotations = AS_DICT(annotations);
        } else if (IS_TUPLE(annotations)) {
            Dict *d = dict_new(vm);
            if (!d) return 0;
            Tuple *t = AS_TUPLE(annotations);
            for (int64_t i = 0; i + 1 < t->len; i += 2)
                if (dict_set(vm, d, t->items[i], t->items[i + 1]) < 0) return 0;
            fn->annotations = d;
        }
    }
    return fv;
}

static int check_exc_class(VM *vm, Value t)
{
    if (IS_TUPLE(t)) {
        for (int64_t i = 0; i < AS_TUPLE(t)->len; i++)
            if (check_exc_class(vm, AS_TUPLE(t)->items[i]) < 0) return -1;
        return 0;
    }
    if (!is_exception_class(t)) {
        vm_raise(vm, &exc_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return 0;
}

static bool exc_matches(Value exc, Value t)
{
    if (IS_TUPLE(t)) {
        for (int64_t i = 0; i < AS_TUPLE(t)->len; i++)
            if (exc_matches(exc, AS_TUPLE(t)->items[i])) return true;
        return false;
    }
    return type_is_subtype(TYPE_OF(exc), AS_TYPE(t));
}

/* YIELD_FROM's step: sends `v` into the delegate.  Returns 1 with *out the
 * yielded value, 0 with *out the delegate's return value, -1 on error. */
static int yield_from_step(VM *vm, Value sub, Value v, Value *out)
{
    if (TYPE_OF(sub) == &type_generator) {
        bool finished = false;
        Value ret = 0;
        Value r = vm_gen_resume(vm, (Generator *)AS_OBJ(sub), v, 0, &finished, &ret);
        if (r) { *out = r; return 1; }
        if (vm->exc) return -1;
        *out = ret ? ret : NONE;
        return 0;
    }
    Value r;
    TypeObject *t = TYPE_OF(sub);
    if (v == NONE && t->next && !(t->flags & TF_HEAPTYPE)) {
        r = t->next(vm, sub);
        if (r) { *out = r; return 1; }
        if (!vm->exc) { *out = NONE; return 0; }
    } else if (v == NONE) {
        r = obj_call_method(vm, sub, "__next__", 0, NULL);
    } else {
        r = obj_call_method(vm, sub, "send", 1, &v);
    }
    if (r) { *out = r; return 1; }
    if (vm_exc_matches(vm, &exc_StopIteration)) {
        Value e = vm_exc_take(vm);
        *out = gen_stopiteration_value(vm, e);
        return 0;
    }
    return -1;
}

/* ---- `s += t` on a local string in linear time ------------------------------------- *
 *
 * CPython appends to a string in place when nothing else refers to it.
 * Without reference counts, the loop proves it for a fast local: the string
 * a `s = s + t` (or `s += t`) just stored into slot k is remembered with
 * the number of LOAD_FASTs of that slot since; at the next concatenation
 * into the same slot, one load (the left operand) means the slot and the
 * stack hold the only references, and the string grows in place (in the
 * spare room of its block, doubled when full).  Anything else that can
 * copy a fast local out of a frame (locals(), f_locals) goes through
 * vm_frame_locals, which moves `locals_epoch` on and so cancels the claim.
 * A function frame only ever runs in one loop invocation at a time, and a
 * generator's resumption is a fresh one, so the record is per invocation. */
typedef struct UniqueStr {
    Value *slot;        /* &fast[k] of the frame that did the last append */
    Value str;          /* the fresh string stored there */
    int loads;          /* LOAD_FASTs of *slot since */
    uint64_t epoch;
} UniqueStr;

static uint64_t locals_epoch;

/* a + b for exact strs about to be stored into *slot, which holds a */
static Value concat_to_local(VM *vm, Value a, Value b, Value *slot, UniqueStr *u)
{
    Str *sa = AS_STR(a), *sb = AS_STR(b);
    bool unique = u->slot == slot && u->str == a && u->loads == 1 && u->epoch == locals_epoch &&
                  !sa->interned;
    if (sb->len == 0 || (sa->len == 0 && !unique)) {
        /* as str_concat: the other operand itself, never ours to grow */
        if (unique) u->loads = 0;
        else if (u->slot == slot) u->slot = NULL;
        return sa->len == 0 && sb->len ? b : a;
    }
    int64_t len = sa->len + sb->len;
    if (unique && offsetof(Str, data) + (size_t)len + 1 <= GC_size(sa)) {
        memcpy(sa->data + sa->len, sb->data, (size_t)sb->len);
        sa->data[len] = '\0';
        sa->len = len;
        sa->cplen += sb->cplen;
        sa->hash = -1;
        u->loads = 0;
        return a;
    }
    /* a fresh string with room to grow */
    Str *r = str_alloc(vm, len < 64 ? 128 : 2 * len);
    if (!r) return 0;
    memcpy(r->data, sa->data, (size_t)sa->len);
    memcpy(r->data + sa->len, sb->data, (size_t)sb->len);
    r->data[len] = '\0';
    r->len = len;
    r->cplen = sa->cplen + sb->cplen;
    u->slot = slot;
    u->str = OBJ_VAL(r);
    u->loads = 0;
    u->epoch = locals_epoch;
    return OBJ_VAL(r);
}

/* A generator a `for` loop made and is now dropping (break, return, an
 * exception unwinding the stack) cannot be reached any more: CPython's
 * reference counting would finalize it there and then, so do that. */
static inline bool is_loop_gen(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == &type_generator && ((GenObject *)AS_OBJ(v))->loop_owned;
}

static void close_loop_gens(VM *vm, Value *lo, Value *hi)
{
    for (Value *p = hi - 1; p >= lo; p--)
        if (is_loop_gen(*p)) gen_finalize(vm, *p);
}

/* A generator that FOR_ITER resumed in the loop (eval_frame's gen_frames)
 * returned or raised: the bookkeeping vm_gen_resume does when its frame
 * ends, but for a frame the loop ran inline. */
static void gen_inline_done(VM *vm, GenObject *go)
{
    Frame *gf = go->g.frame;
    vm->exc_info = go->saved_exc_info;
    go->saved_exc_info = 0;
    go->exc_state = 0;
    go->g.running = false;
    go->g.frame = NULL;
    go->g.yield_from = 0;
    if (gf) gf->back = NULL;
    vm->depth--;
}

/* A StopIteration escaping a generator becomes RuntimeError (PEP 479). */
static void gen_stop_to_runtime_error(VM *vm)
{
    if (!vm_exc_matches(vm, &exc_StopIteration)) return;
    Value cause = vm_exc_take(vm);
    Str *msg = str_from_cstr(vm, "generator raised StopIteration");
    Value m = msg ? OBJ_VAL(msg) : 0;
    Value re = m ? exc_new(vm, &exc_RuntimeError, 1, &m) : 0;
    if (!re) return;
    as_exc(re)->cause = cause;
    as_exc(re)->context = cause;
    as_exc(re)->suppress_context = true;
    vm->exc = re;
}

/* MOLT_NO_COMPUTED_GOTO builds the portable switch, for checking it. */
#if defined(__GNUC__) && !defined(MOLT_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#endif

static Value eval_frame(VM *vm, Frame *entry, Value throwexc, bool *yielded)
{
    if (__builtin_expect(!c_stack_limit, 0)) init_c_stack_limit();
    if (__builtin_expect(c_stack_exhausted(), 0)) return raise_recursion(vm);

    Frame *f = entry;
    int inl = 0;                 /* frames pushed by this loop above `entry` */
    uint64_t init_frames = 0;    /* bit d: the frame at depth d runs a class's __init__ */
    Code *co;
    uint32_t *ip;
    uint32_t *code_base;
    Value *sp;
    Value *fast;
    Value *consts;
    Value *names;
    InlineCache *caches;
    uint32_t *name_hints;
    UniqueStr ustr = { NULL, 0, 0, 0 };
    uint64_t gen_frames = 0;     /* bit d: the frame at depth d is a generator FOR_ITER resumed */
    Value yield_val;
    Value fresh_gen = 0;         /* the generator the last CALL made, */
    uint32_t *fresh_ip = NULL;   /* and the instruction after that CALL */
    uint32_t w;
    int lasti;

#define LOAD_FRAME() do { \
        co = f->code; code_base = co->code; ip = f->ip; sp = f->sp; fast = f->slots; \
        consts = co->consts->items; names = co->names->items; \
        caches = ((CodeRuntime *)co->caches)->caches; \
        name_hints = ((CodeRuntime *)co->caches)->name_hints; \
    } while (0)

    if (!code_runtime(vm, f->code)) return 0;
    LOAD_FRAME();

/* Runs frame nf next, inline (no C recursion); the current frame resumes
 * at ip with its stack cut to callersp. */
#define ENTER_FRAME(nf, callersp) do { \
        f->sp = (callersp); \
        f->ip = ip; \
        (nf)->back = f; \
        vm->frame = (nf); \
        f = (nf); \
        inl++; \
        LOAD_FRAME(); \
    } while (0)
#define OPARG        ((int)INSTR_ARG(w))
#define PUSH(v)      (*sp++ = (v))
#define POP()        (*--sp)
#define TOP()        (sp[-1])
#define PEEK(n)      (sp[-(n)])
#define CACHE()      (&caches[*ip])
#define SKIP_CACHE() (ip++)
#define JUMPTO(i)    (ip = code_base + (i))
/* conditional jumps that go backward close a loop: they, like JUMP, are
 * where a pending Ctrl-C is noticed (raised at the jump itself) */
#define COND_JUMPTO(i) do { \
        uint32_t *to_ = code_base + (i); \
        if (to_ < ip && __builtin_expect(vm->interrupted, 0) && vm_check_interrupt(vm) < 0) \
            goto error; \
        ip = to_; \
    } while (0)

#ifdef USE_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    /* every byte value has a target, so a corrupt opcode cannot jump wild */
    static void *const dispatch_table[256] = {
        [0 ... 255] = &&L_bad_opcode,
#define OPCODE(name, a, c) [OP_##name] = &&L_##name,
        OPCODE_LIST(OPCODE)
#undef OPCODE
    };
#pragma GCC diagnostic pop
#define TARGET(name) L_##name:
#define DISPATCH() do { w = *ip++; goto *dispatch_table[INSTR_OP(w)]; } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

    if (throwexc) {
        /* gen.throw(): chained by vm_gen_resume, to the generator's own
         * handled exception only (as CPython) */
        vm->exc = throwexc;
        goto error_chained;
    }
#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    w = *ip++;
    switch (INSTR_OP(w)) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(POP_TOP) {
        Value v = *--sp;
        if (__builtin_expect(is_loop_gen(v), 0)) {
            f->sp = sp;
            f->ip = ip;
            gen_finalize(vm, v);
        }
        DISPATCH();
    }

    TARGET(PUSH_NULL) { PUSH(0); DISPATCH(); }

    TARGET(COPY) {
        Value v = PEEK(OPARG);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        Value t = TOP();
        TOP() = PEEK(OPARG);
        PEEK(OPARG) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) { PUSH(consts[OPARG]); DISPATCH(); }

    TARGET(LOAD_FAST) {
        Value v = fast[OPARG];
        if (__builtin_expect(!v, 0)) {
            raise_unbound_local(vm, AS_STR(co->varnames->items[OPARG]));
            goto error;
        }
        if (__builtin_expect(fast + OPARG == ustr.slot, 0)) ustr.loads++;
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) { fast[OPARG] = POP(); DISPATCH(); }

    TARGET(DELETE_FAST) {
        if (!fast[OPARG]) {
            raise_unbound_local(vm, AS_STR(co->varnames->items[OPARG]));
            goto error;
        }
        fast[OPARG] = 0;
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Cell *c = (Cell *)AS_OBJ(fast[co->nlocals + OPARG]);
        Value v = c->value;
        if (!v) { raise_unbound_free(vm, co, OPARG); goto error; }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        Cell *c = (Cell *)AS_OBJ(fast[co->nlocals + OPARG]);
        c->value = POP();
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        Cell *c = (Cell *)AS_OBJ(fast[co->nlocals + OPARG]);
        if (!c->value) { raise_unbound_free(vm, co, OPARG); goto error; }
        c->value = 0;
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) { PUSH(fast[co->nlocals + OPARG]); DISPATCH(); }

    TARGET(LOAD_CLASSDEREF) {
        Str *name = cell_name(co, OPARG);
        Value v = 0;
        if (f->locals) {
            if (IS_DICT(f->locals)) {
                v = dict_get_str(AS_DICT(f->locals), name);
            } else {
                v = obj_getitem(vm, f->locals, OBJ_VAL(name));
                if (!v) {
                    if (!vm_exc_matches(vm, &exc_KeyError)) goto error;
                    vm_exc_clear(vm);
                }
            }
        }
        if (!v) {
            Cell *c = (Cell *)AS_OBJ(fast[co->nlocals + OPARG]);
            v = c->value;
            if (!v) { raise_unbound_free(vm, co, OPARG); goto error; }
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        InlineCache *c = CACHE();
        Dict *g = f->globals, *b = f->builtins;
        if (c->u.g.globals == g && c->u.g.gver == g->version &&
            c->u.g.builtins == b && c->u.g.bver == b->version) {
            PUSH(c->u.g.value);
            SKIP_CACHE();
            DISPATCH();
        }
        Str *name = AS_STR(names[OPARG]);
        Value v = hinted_get(g, name, &c->hint);
        if (!v) {
            v = hinted_get(b, name, &c->hint);
            if (!v) { raise_name_error(vm, name); goto error; }
        }
        c->u.g.globals = g;
        c->u.g.gver = g->version;
        c->u.g.builtins = b;
        c->u.g.bver = b->version;
        c->u.g.value = v;
        PUSH(v);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        Value v = POP();
        if (hinted_set(vm, f->globals, AS_STR(names[OPARG]), v, &name_hints[OPARG]) < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        int r = dict_del_str(vm, f->globals, AS_STR(names[OPARG]));
        if (r < 0) goto error;
        if (r == 0) { raise_name_error(vm, AS_STR(names[OPARG])); goto error; }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Str *name = AS_STR(names[OPARG]);
        uint32_t *hint = &name_hints[OPARG];
        Value v = 0;
        Value loc = f->locals;
        if (loc) {
            if (IS_DICT(loc)) {
                v = hinted_get(AS_DICT(loc), name, hint);
                if (v) { PUSH(v); DISPATCH(); }
                if (loc == OBJ_VAL(f->globals)) goto load_name_builtins;
            } else {
                v = obj_getitem(vm, loc, OBJ_VAL(name));
                if (!v) {
                    if (!vm_exc_matches(vm, &exc_KeyError)) goto error;
                    vm_exc_clear(vm);
                }
            }
        }
        if (!v) v = hinted_get(f->globals, name, hint);
    load_name_builtins:
        if (!v) v = hinted_get(f->builtins, name, hint);
        if (!v) { raise_name_error(vm, name); goto error; }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        Str *name = AS_STR(names[OPARG]);
        Value v = POP();
        Value loc = f->locals ? f->locals : OBJ_VAL(f->globals);
        if (IS_DICT(loc)) {
            if (hinted_set(vm, AS_DICT(loc), name, v, &name_hints[OPARG]) < 0) goto error;
        } else if (obj_setitem(vm, loc, OBJ_VAL(name), v) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        Str *name = AS_STR(names[OPARG]);
        Value loc = f->locals ? f->locals : OBJ_VAL(f->globals);
        if (IS_DICT(loc)) {
            int r = dict_del_str(vm, AS_DICT(loc), name);
            if (r < 0) goto error;
            if (r == 0) { raise_name_error(vm, name); goto error; }
        } else if (obj_setitem(vm, loc, OBJ_VAL(name), 0) < 0) {
            if (vm_exc_matches(vm, &exc_KeyError)) {
                vm_exc_clear(vm);
                raise_name_error(vm, name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Value obj = TOP();
        Str *name = AS_STR(names[OPARG]);
        TypeObject *tp = TYPE_OF(obj);
        Value r;
        f->ip = ip;     /* a property (or frame.f_lineno) may look at this frame */
        if (!tp->getattr || tp->getattr == obj_generic_getattr) {
            InlineCache *c = CACHE();
            Value descr = cached_type_lookup(c, tp, name);
            r = getattr_with_descr(vm, obj, tp, name, descr, &c->hint);
        } else if (tp == &type_module) {
            r = hinted_get(((Module *)AS_OBJ(obj))->dict, name, &CACHE()->hint);
            if (!r) r = obj_getattr(vm, obj, name);
        } else {
            r = obj_getattr(vm, obj, name);
        }
        if (!r) goto error;
        TOP() = r;
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Value obj = TOP();
        Value v = PEEK(2);
        Str *name = AS_STR(names[OPARG]);
        TypeObject *tp = TYPE_OF(obj);
        if ((!tp->setattr || tp->setattr == obj_generic_setattr) && tp->dict_offset) {
            Value descr = cached_type_lookup(CACHE(), tp, name);
            TypeObject *dt;
            if (descr && (dt = TYPE_OF(descr))->descr_set) {
                if (dt->descr_set(vm, descr, obj, v) < 0) goto error;
            } else {
                Dict *d = *(Dict **)((char *)AS_OBJ(obj) + tp->dict_offset);
                if (!d) d = obj_get_dict(vm, obj, true);
                if (!d) {
                    if (vm->exc) goto error;
                    if (obj_setattr(vm, obj, name, v) < 0) goto error;
                } else if (hinted_set(vm, d, name, v, &CACHE()->hint) < 0) {
                    goto error;
                }
            }
        } else if (obj_setattr(vm, obj, name, v) < 0) {
            goto error;
        }
        sp -= 2;
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        Value obj = POP();
        if (obj_setattr(vm, obj, AS_STR(names[OPARG]), 0) < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        Value obj = TOP();
        Str *name = AS_STR(names[OPARG]);
        TypeObject *tp = TYPE_OF(obj);
        Value r;
        if (!tp->getattr || tp->getattr == obj_generic_getattr) {
            Value descr = cached_type_lookup(CACHE(), tp, name);
            if (descr) {
                TypeObject *dt = TYPE_OF(descr);
                if (dt == &type_function ||
                    (dt == &type_method_descriptor &&
                     ((MethodDescriptor *)AS_OBJ(descr))->def->flags == 0)) {
                    if (tp->dict_offset) {
                        Dict *d = *(Dict **)((char *)AS_OBJ(obj) + tp->dict_offset);
                        Value v;
                        if (d && (v = dict_get_str(d, name))) {
                            TOP() = v;
                            PUSH(0);
                            SKIP_CACHE();
                            DISPATCH();
                        }
                    }
                    TOP() = descr;
                    PUSH(obj);
                    SKIP_CACHE();
                    DISPATCH();
                }
            }
            r = getattr_with_descr(vm, obj, tp, name, descr, &CACHE()->hint);
        } else if (tp == &type_super && (r = super_method(obj, name)) != 0) {
            /* super().m(...): the function and the instance, no bound method */
            TOP() = r;
            PUSH(((Super *)AS_OBJ(obj))->obj);
            SKIP_CACHE();
            DISPATCH();
        } else if (tp == &type_module) {
            r = hinted_get(((Module *)AS_OBJ(obj))->dict, name, &CACHE()->hint);
            if (!r) r = obj_getattr(vm, obj, name);
        } else {
            r = obj_getattr(vm, obj, name);
        }
        if (!r) goto error;
        TOP() = r;
        PUSH(0);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        Value b = TOP(), a = PEEK(2);
        int op = OPARG;
        Value r;
        if (IS_INT(a) && IS_INT(b)) {
            intptr_t x = AS_INT(a), y = AS_INT(b), z;
            switch (op >= BINOP_INPLACE ? op - BINOP_INPLACE : op) {
            case BINOP_ADD: z = x + y; if (FITS_SMALL(z)) goto int_result; break;
            case BINOP_SUB: z = x - y; if (FITS_SMALL(z)) goto int_result; break;
            case BINOP_MUL:
                if (!__builtin_mul_overflow(x, y, &z) && FITS_SMALL(z)) goto int_result;
                break;
            case BINOP_FLOORDIV:
                if (y == 0) break;
                z = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
                if (FITS_SMALL(z)) goto int_result;
                break;
            case BINOP_MOD:
                if (y == 0) break;
                z = x % y;
                if (z != 0 && ((z < 0) != (y < 0))) z += y;
                goto int_result;
            case BINOP_AND: z = x & y; goto int_result;
            case BINOP_OR: z = x | y; goto int_result;
            case BINOP_XOR: z = x ^ y; goto int_result;
            case BINOP_LSHIFT:
                if (y >= 0 && y < 62) {
                    z = (intptr_t)((uintptr_t)x << y);
                    if ((z >> y) == x && FITS_SMALL(z)) goto int_result;
                }
                break;
            case BINOP_RSHIFT:
                if (y >= 0) { z = y >= 63 ? (x < 0 ? -1 : 0) : x >> y; goto int_result; }
                break;
            case BINOP_TRUEDIV:
                if (y != 0 && x < (1LL << 53) && x > -(1LL << 53) && y < (1LL << 53) && y > -(1LL << 53)) {
                    r = float_new(vm, (double)x / (double)y);
                    if (!r) goto error;
                    goto binop_done;
                }
                break;
            default: break;
            }
            goto binop_generic;
        int_result:
            sp--;
            TOP() = MK_INT(z);
            DISPATCH();
        }
        {
            /* floats, and a float with a small int: the int converts to
             * the nearest double, as CPython's float operations do */
            double x, y, z;
            if (IS_FLOAT(a)) {
                x = AS_FLOAT(a);
                if (IS_FLOAT(b)) y = AS_FLOAT(b);
                else if (IS_INT(b)) y = (double)AS_INT(b);
                else goto binop_generic;
            } else if (IS_FLOAT(b) && IS_INT(a)) {
                x = (double)AS_INT(a);
                y = AS_FLOAT(b);
            } else {
                goto binop_generic;
            }
            switch (op >= BINOP_INPLACE ? op - BINOP_INPLACE : op) {
            case BINOP_ADD: z = x + y; break;
            case BINOP_SUB: z = x - y; break;
            case BINOP_MUL: z = x * y; break;
            case BINOP_TRUEDIV: if (y == 0.0) goto binop_generic; z = x / y; break;
            case BINOP_POW:
                r = float_pow_values(vm, x, y);
                if (!r) goto error;
                goto binop_done;
            default: goto binop_generic;
            }
            r = float_new(vm, z);
            if (!r) goto error;
            goto binop_done;
        }
    binop_generic:
        if ((op == BINOP_ADD || op == BINOP_ADD + BINOP_INPLACE) && IS_STR(a) && IS_STR(b) &&
            INSTR_OP(*ip) == OP_STORE_FAST && fast[INSTR_ARG(*ip)] == a) {
            r = concat_to_local(vm, a, b, fast + INSTR_ARG(*ip), &ustr);
            if (!r) goto error;
            goto binop_done;
        }
        if (op >= BINOP_INPLACE) r = obj_inplace_binop(vm, a, b, (BinOp)(op - BINOP_INPLACE));
        else r = obj_binop(vm, a, b, (BinOp)op);
        if (!r) goto error;
    binop_done:
        sp--;
        TOP() = r;
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Value a = TOP(), r;
        if (IS_INT(a) && AS_INT(a) != SMALL_INT_MIN) r = MK_INT(-AS_INT(a));
        else if ((r = obj_neg(vm, a)) == 0) goto error;
        TOP() = r;
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        Value r = obj_pos(vm, TOP());
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Value a = TOP(), r;
        if (IS_INT(a)) r = MK_INT(~AS_INT(a));
        else if ((r = obj_invert(vm, a)) == 0) goto error;
        TOP() = r;
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Value a = TOP();
        int t;
        if (a == TRUE_VAL) t = 1;
        else if (a == FALSE_VAL || a == NONE) t = 0;
        else if ((t = obj_truthy(vm, a)) < 0) goto error;
        TOP() = BOOL_VAL(!t);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Value b = TOP(), a = PEEK(2);
        Value r;
        bool t;
        if (IS_INT(a) && IS_INT(b)) {
            intptr_t x = (intptr_t)a, y = (intptr_t)b;   /* tagging keeps order */
            switch (OPARG) {
            case CMP_LT: t = x < y; break;
            case CMP_LE: t = x <= y; break;
            case CMP_EQ: t = x == y; break;
            case CMP_NE: t = x != y; break;
            case CMP_GT: t = x > y; break;
            default: t = x >= y; break;
            }
            goto compare_bool;
        } else {
            /* a float against a float or an int of at most 53 bits (exact
             * as a double, so the comparison is CPython's exact one) */
            double x, y;
            if (IS_FLOAT(a)) {
                x = AS_FLOAT(a);
                if (IS_FLOAT(b)) y = AS_FLOAT(b);
                else if (IS_INT(b) && AS_INT(b) <= (1LL << 53) && AS_INT(b) >= -(1LL << 53)) y = (double)AS_INT(b);
                else goto compare_generic;
            } else if (IS_FLOAT(b) && IS_INT(a) && AS_INT(a) <= (1LL << 53) && AS_INT(a) >= -(1LL << 53)) {
                x = (double)AS_INT(a);
                y = AS_FLOAT(b);
            } else {
                goto compare_generic;
            }
            switch (OPARG) {
            case CMP_LT: t = x < y; break;
            case CMP_LE: t = x <= y; break;
            case CMP_EQ: t = x == y; break;
            case CMP_NE: t = x != y; break;
            case CMP_GT: t = x > y; break;
            default: t = x >= y; break;
            }
        }
    compare_bool:
        /* a test followed by its conditional jump: no bool on the stack */
        if (INSTR_OP(*ip) == OP_POP_JUMP_IF_FALSE) {
            sp -= 2;
            uint32_t j = *ip++;
            if (!t) COND_JUMPTO(INSTR_ARG(j));
            DISPATCH();
        }
        if (INSTR_OP(*ip) == OP_POP_JUMP_IF_TRUE) {
            sp -= 2;
            uint32_t j = *ip++;
            if (t) COND_JUMPTO(INSTR_ARG(j));
            DISPATCH();
        }
        sp--;
        TOP() = BOOL_VAL(t);
        DISPATCH();
    compare_generic:
        r = obj_richcompare(vm, a, b, (CmpOp)OPARG);
        if (!r) goto error;
        sp--;
        TOP() = r;
        DISPATCH();
    }

    TARGET(IS_OP) {
        Value b = POP();
        TOP() = BOOL_VAL((TOP() == b) ^ OPARG);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Value b = TOP(), a = PEEK(2);
        int r = obj_contains(vm, b, a);
        if (r < 0) goto error;
        sp--;
        TOP() = BOOL_VAL(r ^ OPARG);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Value key = TOP(), obj = PEEK(2), r;
        if (IS_INT(key) && IS_LIST(obj)) {
            intptr_t i = AS_INT(key);
            List *l = AS_LIST(obj);
            if (i < 0) i += l->len;
            if ((uint64_t)i < (uint64_t)l->len) { r = l->items[i]; goto subscr_done; }
        } else if (IS_INT(key) && IS_TUPLE(obj)) {
            intptr_t i = AS_INT(key);
            Tuple *t = AS_TUPLE(obj);
            if (i < 0) i += t->len;
            if ((uint64_t)i < (uint64_t)t->len) { r = t->items[i]; goto subscr_done; }
        }
        r = obj_getitem(vm, obj, key);
        if (!r) goto error;
    subscr_done:
        sp--;
        TOP() = r;
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Value key = TOP(), obj = PEEK(2), v = PEEK(3);
        if (IS_INT(key) && IS_LIST(obj)) {
            intptr_t i = AS_INT(key);
            List *l = AS_LIST(obj);
            if (i < 0) i += l->len;
            if ((uint64_t)i < (uint64_t)l->len) { l->items[i] = v; sp -= 3; DISPATCH(); }
        }
        if (obj_setitem(vm, obj, key, v) < 0) goto error;
        sp -= 3;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Value key = TOP(), obj = PEEK(2);
        if (obj_setitem(vm, obj, key, 0) < 0) goto error;
        sp -= 2;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Value step = OPARG == 3 ? POP() : NONE;
        Value stop = POP(), start = TOP();
        Value s = slice_new(vm, start, stop, step);
        if (!s) goto error;
        TOP() = s;
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        int n = OPARG;
        Value t = tuple_from_array(vm, n, sp - n);
        if (!t) goto error;
        sp -= n;
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        int n = OPARG;
        Value l = list_from_array(vm, n, sp - n);
        if (!l) goto error;
        sp -= n;
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        int n = OPARG;
        Set *s = set_new(vm, &type_set);
        if (!s) goto error;
        for (int i = n; i > 0; i--)
            if (set_add(vm, s, PEEK(i)) < 0) goto error;
        sp -= n;
        PUSH(OBJ_VAL(s));
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        int n = OPARG;
        Dict *d = dict_new(vm);
        if (!d) goto error;
        for (int i = 2 * n; i > 0; i -= 2)
            if (dict_set(vm, d, PEEK(i), PEEK(i - 1)) < 0) goto error;
        sp -= 2 * n;
        PUSH(OBJ_VAL(d));
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        int n = OPARG;
        Value s = build_string(vm, sp - n, n);
        if (!s) goto error;
        sp -= n;
        PUSH(s);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        int a = OPARG;
        Value spec = (a & 4) ? POP() : 0;
        Value r = format_value(vm, TOP(), a & 3, spec);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Value v = POP();
        if (list_append(vm, AS_LIST(PEEK(OPARG)), v) < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Value v = POP();
        if (set_add(vm, (Set *)AS_OBJ(PEEK(OPARG)), v) < 0) goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        if (dict_set(vm, AS_DICT(PEEK(OPARG)), k, v) < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Value it = POP();
        if (!is_iterable_type(it)) {
            vm_raise(vm, &exc_TypeError, "Value after * must be an iterable, not %s", type_name(it));
            goto error;
        }
        if (list_extend_iter(vm, AS_LIST(PEEK(OPARG)), it) < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Value src = POP();
        Set *s = (Set *)AS_OBJ(PEEK(OPARG));
        Value it = obj_iter(vm, src);
        if (!it) goto error;
        for (;;) {
            Value v = obj_next(vm, it);
            if (!v) { if (vm->exc) goto error; break; }
            if (set_add(vm, s, v) < 0) goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Value m = POP();
        if (!is_mapping(vm, m)) {
            vm_raise(vm, &exc_TypeError, "'%s' object is not a mapping", type_name(m));
            goto error;
        }
        if (dict_update(vm, AS_DICT(PEEK(OPARG)), m) < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        Value m = POP();
        /* [callable NULL args_tuple dict]: the callable names the call in
         * the error messages */
        Value func = PEEK(OPARG + 3);
        if (dict_merge_kwargs(vm, AS_DICT(PEEK(OPARG)), m, func) < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        List *l = AS_LIST(TOP());
        Value t = tuple_from_array(vm, l->len, l->items);
        if (!t) goto error;
        TOP() = t;
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        int n = OPARG;
        Value seq = TOP();
        Value *items = NULL;
        if (IS_TUPLE(seq) && AS_TUPLE(seq)->len == n) items = AS_TUPLE(seq)->items;
        else if (IS_LIST(seq) && AS_LIST(seq)->len == n) items = AS_LIST(seq)->items;
        if (items) {
            sp--;
            for (int i = n - 1; i >= 0; i--) PUSH(items[i]);
            DISPATCH();
        }
        Value buf[16];
        Value *out = n <= 16 ? buf : mem_alloc(vm, (size_t)n * sizeof(Value));
        if (!out) goto error;
        if (obj_unpack(vm, seq, n, out) < 0) goto error;
        sp--;
        for (int i = n - 1; i >= 0; i--) PUSH(out[i]);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Value seq = TOP();
        Value *nsp = sp - 1;
        if (!unpack_ex(vm, seq, OPARG & 0xff, OPARG >> 8, &nsp)) goto error;
        sp = nsp;
        DISPATCH();
    }

    TARGET(JUMP) {
        int target = OPARG;
        if (code_base + target < ip) {
            if (__builtin_expect(vm->interrupted, 0) && vm_check_interrupt(vm) < 0) goto error;
        }
        JUMPTO(target);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == FALSE_VAL || v == NONE) { COND_JUMPTO(OPARG); DISPATCH(); }
        if (v == TRUE_VAL) DISPATCH();
        if (IS_INT(v)) { if (AS_INT(v) == 0) COND_JUMPTO(OPARG); DISPATCH(); }
        int t = obj_truthy(vm, v);
        if (t < 0) goto error;
        if (!t) COND_JUMPTO(OPARG);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == TRUE_VAL) { COND_JUMPTO(OPARG); DISPATCH(); }
        if (v == FALSE_VAL || v == NONE) DISPATCH();
        if (IS_INT(v)) { if (AS_INT(v) != 0) COND_JUMPTO(OPARG); DISPATCH(); }
        int t = obj_truthy(vm, v);
        if (t < 0) goto error;
        if (t) COND_JUMPTO(OPARG);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        if (POP() == NONE) JUMPTO(OPARG);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (POP() != NONE) JUMPTO(OPARG);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t;
        if (v == TRUE_VAL) t = 1;
        else if (v == FALSE_VAL || v == NONE) t = 0;
        else if ((t = obj_truthy(vm, v)) < 0) goto error;
        if (!t) JUMPTO(OPARG);
        else sp--;
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t;
        if (v == TRUE_VAL) t = 1;
        else if (v == FALSE_VAL || v == NONE) t = 0;
        else if ((t = obj_truthy(vm, v)) < 0) goto error;
        if (t) JUMPTO(OPARG);
        else sp--;
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Value v = TOP();
        if (TYPE_OF(v) == &type_generator) {
            /* made by the call just before: only this loop will hold it */
            if (v == fresh_gen && ip - 1 == fresh_ip) ((GenObject *)AS_OBJ(v))->loop_owned = true;
            DISPATCH();
        }
        Value it = obj_iter(vm, v);
        if (!it) goto error;
        TOP() = it;
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Value it = TOP();
        TypeObject *t = TYPE_OF(it);
        if (t == &type_generator && inl < 62) {
            /* resume the generator's frame in this loop, as a call: its
             * YIELD_VALUE comes back here with the value, its return
             * ends the loop (see gen_frames) */
            GenObject *go = (GenObject *)AS_OBJ(it);
            Frame *gf = go->g.frame;
            if (gf && !go->g.running) {
                if (__builtin_expect(++vm->depth > vm->recursion_limit, 0)) {
                    vm->depth--;
                    raise_recursion(vm);
                    goto error;
                }
                if (go->started) *gf->sp++ = NONE;   /* what the yield evaluates to */
                go->started = true;
                go->g.running = true;
                go->saved_exc_info = vm->exc_info;
                if (go->exc_state) vm->exc_info = go->exc_state;
                ENTER_FRAME(gf, sp);
                gen_frames |= (uint64_t)1 << inl;
                ustr.slot = NULL;    /* see UniqueStr: not across generator frames */
                DISPATCH();
            }
        }
        Value v = t->next ? t->next(vm, it) : obj_next(vm, it);
        if (v) { PUSH(v); DISPATCH(); }
        if (vm->exc) {
            if (!vm_exc_matches(vm, &exc_StopIteration)) goto error;
            vm_exc_clear(vm);
        }
        sp--;
        JUMPTO(OPARG);
        DISPATCH();
    }

    {
        /* CALL and CALL_KW share this tail; `base` is where the result goes. */
        int n;
        bool is_init;
        Tuple *kwn;
        Value *args, *base, callable, r;

    TARGET(CALL_KW)
        kwn = AS_TUPLE(POP());
        goto call_common;

    TARGET(CALL)
        kwn = NULL;
    call_common:
        f->ip = ip;     /* f_lineno of callers stays right while they wait */
        n = OPARG;
        args = sp - n;
        base = args - 2;
        callable = base[0];
        is_init = false;
        if (base[1]) {
            args--;
            n++;
        } else {
            TypeObject *ct = TYPE_OF(callable);
            if (ct == &type_bound_method) {
                BoundMethod *bm = (BoundMethod *)AS_OBJ(callable);
                args[-1] = bm->self;
                args--;
                n++;
                callable = bm->func;
            } else if (ct == &type_native_function) {
                NativeFunction *nf = (NativeFunction *)AS_OBJ(callable);
                if (nf->self && !IS_MODULE(nf->self)) {
                    args[-1] = nf->self;
                    args--;
                    n++;
                }
                r = nf->fn(vm, n - (kwn ? (int)kwn->len : 0), args, kwn);
                goto call_done;
            } else if (ct->call == type_call && inl < 63) {
                /* C(args) for a class with a Python __init__ and object's
                 * __new__: what type_call would do, with __init__'s frame
                 * run inline; RETURN_VALUE hands back the instance. */
                TypeObject *t = AS_TYPE(callable);
                static Str *s_init;
                if (!s_init) s_init = str_intern_cstr(vm, "__init__");
                Value initf;
                if (t != &type_type && t->new_ == type_object.new_ &&
                    (initf = type_lookup(t, s_init)) != 0 && TYPE_OF(initf) == &type_function &&
                    !(((Function *)AS_OBJ(initf))->code->flags & CO_GENERATOR)) {
                    Obj *o = obj_alloc(vm, t);
                    if (!o) goto error;
                    args[-1] = OBJ_VAL(o);
                    args--;
                    n++;
                    callable = initf;
                    is_init = true;
                }
            }
        }
        {
            TypeObject *ct = TYPE_OF(callable);
            int npos = n - (kwn ? (int)kwn->len : 0);
            if (ct == &type_function) {
                Function *fn = (Function *)AS_OBJ(callable);
                Code *nco = fn->code;
                if (!(nco->flags & CO_GENERATOR)) {
                    CodeRuntime *nrt = code_runtime(vm, nco);
                    if (!nrt) goto error;
                    Frame *nf = frame_for_function(vm, fn, nco, nrt);
                    if (!nf) goto error;
                    if (!kwn && nrt->simple_args && npos == nco->argcount) {
                        for (int i = 0; i < npos; i++) nf->slots[i] = args[i];
                    } else if (bind_args(vm, fn, nco, nf->slots, npos, args, kwn) < 0) {
                        goto error;
                    }
                    if (nrt->ncells && init_cells(vm, nf, fn) < 0) goto error;
                    /* the depth limit only: an inlined frame takes no C
                     * stack (eval_frame checked that on entry) */
                    if (__builtin_expect(++vm->depth > vm->recursion_limit, 0)) {
                        vm->depth--;
                        raise_recursion(vm);
                        goto error;
                    }
                    /* CPython counts calling a class twice against the
                     * recursion limit (the type call, then __init__) */
                    if (is_init && vm_enter_call(vm) < 0) {
                        vm_leave_call(vm);
                        goto error;
                    }
                    if (__builtin_expect(vm->interrupted, 0) && vm_check_interrupt(vm) < 0) {
                        vm_leave_call(vm);
                        if (is_init) vm_leave_call(vm);
                        goto error;
                    }
                    ENTER_FRAME(nf, base);
                    if (is_init) init_frames |= (uint64_t)1 << inl;
                    DISPATCH();
                }
                r = vm_call_function(vm, fn, npos, args, kwn);
                fresh_gen = r;
                fresh_ip = ip;
            } else if (ct == &type_method_descriptor &&
                       ((MethodDescriptor *)AS_OBJ(callable))->def->flags == 0 && npos >= 1 &&
                       type_is_subtype(TYPE_OF(args[0]), ((MethodDescriptor *)AS_OBJ(callable))->owner)) {
                r = ((MethodDescriptor *)AS_OBJ(callable))->def->fn(vm, npos, args, kwn);
            } else if ((ct->flags & TF_HEAPTYPE) || ct->call == type_call) {
                /* a class or an instance with __call__: a counted C-level
                 * call in CPython (its __init__/__call__ frame counts too) */
                if (vm_enter_call(vm) < 0) goto error;
                r = obj_call(vm, callable, npos, args, kwn);
                vm_leave_call(vm);
            } else {
                r = obj_call(vm, callable, npos, args, kwn);
            }
        }
    call_done:
        if (!r) goto error;
        sp = base;
        PUSH(r);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        f->ip = ip;
        Value kw = (OPARG & 1) ? POP() : 0;
        Value a = POP();
        Value self = POP();
        Value callable = TOP();
        Value r = call_function_ex(vm, callable, self, a, kw);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        Value *nsp;
        Value fv = make_function(vm, f, sp, OPARG, &nsp);
        if (!fv) goto error;
        sp = nsp;
        PUSH(fv);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        static Str *s_bc;
        if (!s_bc) s_bc = str_intern_cstr(vm, "__build_class__");
        Value bc = dict_get_str(f->builtins, s_bc);
        if (!bc) { vm_raise(vm, &exc_NameError, "__build_class__ not found"); goto error; }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        Value r = POP();
        if (inl > 0 && inl < 64 && ((gen_frames >> inl) & 1)) {
            /* a generator resumed by FOR_ITER finished: the loop ends */
            GenObject *go = (GenObject *)AS_OBJ(f->gen);
            f = f->back;
            gen_inline_done(vm, go);
            gen_frames &= ~((uint64_t)1 << inl);
            vm->frame = f;
            inl--;
            LOAD_FRAME();
            sp--;                          /* the generator */
            JUMPTO(INSTR_ARG(ip[-1]));     /* FOR_ITER's exit */
            DISPATCH();
        }
        if (inl > 0) {
            Frame *done = f;
            f = f->back;
            vm_leave_call(vm);
            vm->frame = f;
            frame_release(done);
            bool was_init = inl < 64 && ((init_frames >> inl) & 1);
            if (was_init) init_frames &= ~((uint64_t)1 << inl);
            if (was_init) vm_leave_call(vm);
            inl--;
            LOAD_FRAME();
            if (was_init) {
                if (r != NONE) {
                    vm_raise(vm, &exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
                    goto error;
                }
                r = sp[1];      /* the instance, in the caller's self slot */
            }
            PUSH(r);
            DISPATCH();
        }
        f->sp = sp;
        return r;
    }

    TARGET(YIELD_VALUE) {
        yield_val = POP();
        f->sp = sp;
        f->ip = ip;
        f->lasti = (int)(ip - code_base) - 1;
    yield_out:
        if (inl > 0 && inl < 64 && ((gen_frames >> inl) & 1)) {
            /* back to the FOR_ITER that resumed this generator */
            GenObject *go = (GenObject *)AS_OBJ(f->gen);
            go->exc_state = vm->exc_info != go->saved_exc_info ? vm->exc_info : 0;
            vm->exc_info = go->saved_exc_info;
            go->saved_exc_info = 0;
            go->g.running = false;
            gen_frames &= ~((uint64_t)1 << inl);
            Frame *gf = f;
            f = f->back;
            gf->back = NULL;
            vm->frame = f;
            vm->depth--;
            inl--;
            ustr.slot = NULL;
            LOAD_FRAME();
            PUSH(yield_val);
            DISPATCH();
        }
        if (yielded) *yielded = true;
        return yield_val;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (TYPE_OF(v) != &type_generator) {
            Value it = obj_iter(vm, v);
            if (!it) goto error;
            TOP() = it;
        }
        DISPATCH();
    }

    TARGET(YIELD_FROM) {
        Value v = POP();
        Value sub = TOP();
        Value out;
        int st = yield_from_step(vm, sub, v, &out);
        if (st < 0) goto error;
        if (st == 1) {
            /* suspended inside the delegation: re-run YIELD_FROM on resume */
            if (f->gen) ((Generator *)AS_OBJ(f->gen))->yield_from = sub;
            ip--;
            f->ip = ip;
            f->sp = sp;
            f->lasti = (int)(ip - code_base);
            yield_val = out;
            goto yield_out;
        }
        if (f->gen) ((Generator *)AS_OBJ(f->gen))->yield_from = 0;
        TOP() = out;
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        int a = OPARG;
        if (a == 0) {
            Value e = vm->exc_info;
            if (!e || e == NONE) {
                vm_raise(vm, &exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            vm->exc = e;
            goto exception_unwind;
        }
        Value causev = a == 2 ? POP() : 0;
        Value ev = POP();
        Value exc = make_exception(vm, ev, false);
        if (!exc) goto error;
        if (a == 2) {
            Value cause = 0;
            if (causev != NONE) {
                cause = make_exception(vm, causev, true);
                if (!cause) goto error;
            }
            as_exc(exc)->cause = cause;
            as_exc(exc)->suppress_context = true;
        }
        set_context(vm, exc, true);
        vm->exc = exc;
        goto error;
    }

    TARGET(RERAISE) {
        Value e = POP();
        vm->exc = e;
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        Value e = TOP();
        TOP() = vm->exc_info;
        PUSH(e);
        vm->exc_info = e;
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        vm->exc_info = POP();
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Value t = TOP(), e = PEEK(2);
        if (check_exc_class(vm, t) < 0) goto error;
        TOP() = BOOL_VAL(exc_matches(e, t));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        /* [mgr] -> [exit self_or_NULL enter-result]: a plain function
         * __exit__ is kept unbound with mgr as its self (no bound method
         * made), so the CALL 3 of the normal exit and WITH_EXCEPT_START
         * pass mgr themselves */
        static Str *s_enter, *s_exit;
        if (!s_enter) {
            s_enter = str_intern_cstr(vm, "__enter__");
            s_exit = str_intern_cstr(vm, "__exit__");
        }
        Value mgr = TOP();
        TypeObject *mt = TYPE_OF(mgr);
        Value enter = type_lookup(mt, s_enter);
        if (!enter) {
            vm_raise(vm, &exc_TypeError,
                     "'%s' object does not support the context manager protocol", type_name(mgr));
            goto error;
        }
        Value exitf = type_lookup(mt, s_exit);
        if (!exitf) {
            vm_raise(vm, &exc_TypeError,
                     "'%s' object does not support the context manager protocol (missed __exit__ method)",
                     type_name(mgr));
            goto error;
        }
        Value exit_self = 0;
        if (TYPE_OF(exitf) == &type_function) {
            exit_self = mgr;
        } else if (TYPE_OF(exitf)->descr_get) {
            exitf = TYPE_OF(exitf)->descr_get(vm, exitf, mgr, OBJ_VAL(mt));
            if (!exitf) goto error;
        }
        Value r;
        if (TYPE_OF(enter) == &type_function) {
            r = vm_call_function(vm, (Function *)AS_OBJ(enter), 1, &mgr, NULL);
        } else {
            if (TYPE_OF(enter)->descr_get) {
                enter = TYPE_OF(enter)->descr_get(vm, enter, mgr, OBJ_VAL(mt));
                if (!enter) goto error;
            }
            r = obj_call(vm, enter, 0, NULL, NULL);
        }
        if (!r) goto error;
        TOP() = exitf;
        PUSH(exit_self);
        PUSH(r);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Value e = TOP();
        Value exitf = PEEK(4), exit_self = PEEK(3);
        Value args[4];
        int n = 0;
        if (exit_self) args[n++] = exit_self;
        args[n++] = OBJ_VAL(TYPE_OF(e));
        args[n++] = e;
        args[n++] = (is_exception_instance(e) && as_exc(e)->traceback) ? OBJ_VAL(as_exc(e)->traceback) : NONE;
        Value r = call_value(vm, exitf, n, args, NULL);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        static Str *s_ann;
        if (!s_ann) s_ann = str_intern_cstr(vm, "__annotations__");
        Value loc = f->locals ? f->locals : OBJ_VAL(f->globals);
        if (IS_DICT(loc)) {
            if (!dict_get_str(AS_DICT(loc), s_ann)) {
                Dict *d = dict_new(vm);
                if (!d || dict_set_str(vm, AS_DICT(loc), s_ann, OBJ_VAL(d)) < 0) goto error;
            }
        } else {
            Value v = obj_getitem(vm, loc, OBJ_VAL(s_ann));
            if (!v) {
                if (!vm_exc_matches(vm, &exc_KeyError)) goto error;
                vm_exc_clear(vm);
                Dict *d = dict_new(vm);
                if (!d || obj_setitem(vm, loc, OBJ_VAL(s_ann), OBJ_VAL(d)) < 0) goto error;
            }
        }
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Value fromlist = TOP(), level = PEEK(2);
        Value m = do_import_name(vm, f, AS_STR(names[OPARG]), fromlist, level);
        if (!m) goto error;
        sp--;
        TOP() = m;
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        Value v = import_from(vm, TOP(), AS_STR(names[OPARG]));
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        Value m = TOP();
        Value loc = f->locals ? f->locals : OBJ_VAL(f->globals);
        if (import_star(vm, m, loc) < 0) goto error;
        sp--;
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) { PUSH(OBJ_VAL(&exc_AssertionError)); DISPATCH(); }

    TARGET(PRINT_EXPR) {
        Value v = TOP();
        if (print_expr(vm, v) < 0) goto error;
        sp--;
        DISPATCH();
    }

#ifdef USE_COMPUTED_GOTO
L_bad_opcode:
#else
    default:
#endif
    vm_raise(vm, &exc_SystemError, "unknown opcode %u", (unsigned)INSTR_OP(w));
    goto error;

#ifndef USE_COMPUTED_GOTO
    }
#endif

error:
    /* A new error in this frame: chain it to the exception being handled
     * and record where it happened. */
    if (!vm->exc) vm_raise(vm, &exc_SystemError, "error return without exception set");
    set_context(vm, vm->exc, false);
error_chained:
    f->ip = ip;
    lasti = (int)(f->ip - code_base) - 1;
    if (lasti < 0) lasti = 0;
    f->lasti = lasti;
    {
        Value pending = vm->exc;   /* survives a failed traceback allocation */
        exc_add_traceback(vm, pending, co, frame_lineno(f));
        vm->exc = pending;
    }

exception_unwind:
    f->ip = ip;
    lasti = (int)(f->ip - code_base) - 1;
    if (lasti < 0) lasti = 0;
    {
        ExcTableEntry *e = co->exctable;
        for (int i = 0; i < co->nexctable; i++, e++) {
            if ((uint32_t)lasti >= e->start && (uint32_t)lasti < e->end) {
                Value *cut = FRAME_STACK(f) + e->depth;
                if (sp > cut) close_loop_gens(vm, cut, sp);
                sp = cut;
                if (e->push_lasti) PUSH(MK_INT(lasti));
                PUSH(vm->exc);
                vm->exc = 0;
                JUMPTO(e->target);
                DISPATCH();
            }
        }
    }
    /* no handler here: leave the frame */
    close_loop_gens(vm, FRAME_STACK(f), sp);
    if (inl > 0 && inl < 64 && ((gen_frames >> inl) & 1)) {
        /* a generator resumed by FOR_ITER raised: it is finished, and the
         * error goes on in the loop's frame */
        GenObject *go = (GenObject *)AS_OBJ(f->gen);
        f->sp = sp;
        f = f->back;
        gen_inline_done(vm, go);
        gen_stop_to_runtime_error(vm);
        gen_frames &= ~((uint64_t)1 << inl);
        vm->frame = f;
        inl--;
        LOAD_FRAME();
        goto error;
    }
    if (inl > 0) {
        Frame *done = f;
        f = f->back;
        vm_leave_call(vm);
        vm->frame = f;
        frame_release(done);
        if (inl < 64 && ((init_frames >> inl) & 1)) {
            vm_leave_call(vm);
            init_frames &= ~((uint64_t)1 << inl);
        }
        inl--;
        LOAD_FRAME();
        goto error;
    }
    f->sp = sp;
    return 0;
}

/* ---- generators ----------------------------------------------------------------------- */

Value vm_gen_resume(VM *vm, Generator *g, Value value, Value exc, bool *finished, Value *returned)
{
    GenObject *go = (GenObject *)g;
    bool fin_dummy;
    if (!finished) finished = &fin_dummy;
    *finished = false;
    if (g->running) {
        *finished = false;
        return vm_raise(vm, &exc_ValueError, "generator already executing");
    }
    if (!g->frame) {
        *finished = true;
        if (exc) return vm_raise_value(vm, exc);
        if (returned) { *returned = NONE; return 0; }
        Value si = exc_new(vm, &exc_StopIteration, 0, NULL);
        if (si) vm_raise_value(vm, si);
        return 0;
    }
    Frame *f = g->frame;
    if (!go->started && exc) {
        /* thrown before the first instruction: no handler of the body can
         * see it (CPython raises it at the `def` line) */
        g->frame = NULL;
        *finished = true;
        exc_add_traceback(vm, exc, f->code, f->code->firstlineno);
        vm->exc = exc;
        return 0;
    }
    if (!go->started && !exc && value != NONE)
        return vm_raise(vm, &exc_TypeError, "can't send non-None value to a just-started generator");
    if (go->started && !exc) *f->sp++ = value;
    if (exc && go->started) {
        /* the error happens at the suspended instruction */
        f->ip = f->code->code + f->lasti + 1;
    }
    if (vm_enter_call(vm) < 0) {
        if (go->started && !exc) f->sp--;
        return 0;
    }
    Value saved_exc_info = vm->exc_info;
    if (go->exc_state) vm->exc_info = go->exc_state;
    if (exc) set_context_to(exc, go->exc_state, true);
    g->running = true;
    go->started = true;
    f->back = vm->frame;
    vm->frame = f;
    bool y = false;
    Value r = eval_frame(vm, f, exc, &y);
    vm->frame = f->back;
    f->back = NULL;
    g->running = false;
    vm_leave_call(vm);
    if (r && y) {
        go->exc_state = vm->exc_info != saved_exc_info ? vm->exc_info : 0;
        vm->exc_info = saved_exc_info;
        return r;
    }
    vm->exc_info = saved_exc_info;
    go->exc_state = 0;
    g->frame = NULL;
    g->yield_from = 0;
    *finished = true;
    if (r) {
        if (returned) { *returned = r; return 0; }
        Value si = r == NONE ? exc_new(vm, &exc_StopIteration, 0, NULL)
                             : exc_new(vm, &exc_StopIteration, 1, &r);
        if (si) vm_raise_value(vm, si);
        return 0;
    }
    gen_stop_to_runtime_error(vm);
    return 0;
}

/* ---- the class statement ---------------------------------------------------------------- */

static TypeObject *calculate_metaclass(VM *vm, TypeObject *meta, Tuple *bases)
{
    TypeObject *winner = meta;
    for (int64_t i = 0; i < bases->len; i++) {
        TypeObject *bt = TYPE_OF(bases->items[i]);
        if (type_is_subtype(winner, bt)) continue;
        if (type_is_subtype(bt, winner)) { winner = bt; continue; }
        vm_raise(vm, &exc_TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                 "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

Value vm_build_class(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (argc < 2) return vm_raise(vm, &exc_TypeError, "__build_class__: not enough arguments");
    Value funcv = argv[0], name = argv[1];
    if (TYPE_OF(funcv) != &type_function)
        return vm_raise(vm, &exc_TypeError, "__build_class__: func must be a function");
    if (!IS_OBJ(name) || !str_check(name))
        return vm_raise(vm, &exc_TypeError, "__build_class__: name is not a string");
    Function *fn = (Function *)AS_OBJ(funcv);

    Value basesv = tuple_from_array(vm, argc - 2, argv + 2);
    if (!basesv) return 0;
    Tuple *bases = AS_TUPLE(basesv);

    /* keyword arguments: metaclass= is ours, the rest go to the metaclass */
    Value meta = 0;
    Tuple *kw_rest = NULL;
    Value kwvals[64];
    int nrest = 0;
    if (nkw) {
        kw_rest = tuple_new(vm, nkw);
        if (!kw_rest) return 0;
        for (int i = 0; i < nkw; i++) {
            Value k = kwnames->items[i];
            if (str_eq_cstr(AS_STR(k), "metaclass")) { meta = argv[argc + i]; continue; }
            if (nrest >= 64) return vm_raise(vm, &exc_TypeError, "__build_class__: too many keyword arguments");
            kw_rest->items[nrest] = k;
            kwvals[nrest++] = argv[argc + i];
        }
        kw_rest->len = nrest;
        if (nrest == 0) kw_rest = NULL;
    }
    bool isclass;
    if (!meta) {
        meta = bases->len ? OBJ_VAL(TYPE_OF(bases->items[0])) : OBJ_VAL(&type_type);
        isclass = true;
    } else {
        isclass = IS_OBJ(meta) && type_is_subtype(AS_OBJ(meta)->type, &type_type);
    }
    if (isclass) {
        TypeObject *w = calculate_metaclass(vm, AS_TYPE(meta), bases);
        if (!w) return 0;
        meta = OBJ_VAL(w);
    }

    /* the namespace: meta.__prepare__(name, bases, **kw) when it exists */
    Value ns = 0;
    {
        Value prep = obj_getattr_opt(vm, meta, str_intern_cstr(vm, "__prepare__"));
        if (!prep && vm->exc) return 0;
        if (prep) {
            Value pargs[2 + 64];
            pargs[0] = name;
            pargs[1] = basesv;
            for (int i = 0; i < nrest; i++) pargs[2 + i] = kwvals[i];
            ns = obj_call(vm, prep, 2, pargs, kw_rest);
            if (!ns) return 0;
            TypeObject *nt = TYPE_OF(ns);
            if (!(IS_OBJ(ns) && dict_check(ns)) && !nt->getitem) {
                return vm_raise(vm, &exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                                isclass ? AS_TYPE(meta)->name : "<metaclass>", type_name(ns));
            }
        } else {
            Dict *d = dict_new(vm);
            if (!d) return 0;
            ns = OBJ_VAL(d);
        }
    }

    /* run the body with the namespace as its locals */
    Code *co = fn->code;
    Frame *f = vm_frame_new(vm, co, fn, fn->globals,
                            IS_OBJ(fn->builtins) && dict_check(fn->builtins) ? AS_DICT(fn->builtins) : vm->builtins,
                            ns);
    if (!f) return 0;
    if (code_ncells(co) && init_cells(vm, f, fn) < 0) return 0;
    Value cell = run_frame(vm, f);
    if (!cell) return 0;

    Value cargs[3 + 64];
    cargs[0] = name;
    cargs[1] = basesv;
    cargs[2] = ns;
    for (int i = 0; i < nrest; i++) cargs[3 + i] = kwvals[i];
    Value cls = obj_call(vm, meta, 3, cargs, kw_rest);
    if (!cls) return 0;
    /* type.__new__ fills the methods' __class__ cell from __classcell__;
     * a metaclass that did not pass the namespace on is caught here */
    if (TYPE_OF(cell) == &type_cell && IS_OBJ(cls) && type_is_subtype(AS_OBJ(cls)->type, &type_type)) {
        Value cell_cls = ((Cell *)AS_OBJ(cell))->value;
        if (cell_cls != cls) {
            Value nr = obj_repr(vm, name);
            Value cr = nr ? obj_repr(vm, cls) : 0;
            if (!cr) return 0;
            if (!cell_cls)
                return vm_raise(vm, &exc_RuntimeError,
                                "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                                AS_STR(nr)->data, AS_STR(cr)->data);
            Value ccr = obj_repr(vm, cell_cls);
            if (!ccr) return 0;
            return vm_raise(vm, &exc_TypeError, "__class__ set to %s defining %s as %s",
                            AS_STR(ccr)->data, AS_STR(nr)->data, AS_STR(cr)->data);
        }
    }
    return cls;
}

/* ---- introspection ------------------------------------------------------------------------- */

Dict *vm_current_globals(VM *vm)
{
    if (vm->frame) return vm->frame->globals;
    if (vm->main_module && IS_MODULE(vm->main_module))
        return ((Module *)AS_OBJ(vm->main_module))->dict;
    return vm->builtins;
}

/* Sets or (v == 0) removes d[name]; a missing key is no error. */
static int locals_put(VM *vm, Dict *d, Value name, Value v)
{
    if (v) return dict_set(vm, d, name, v);
    return dict_del(vm, d, name) < 0 ? -1 : 0;
}

/* A function frame's locals() is one dict per frame, brought up to date at
 * each call as CPython's PyFrame_FastToLocals does: bound variables are
 * (re)set, unbound ones removed, other keys (exec("x = 1")) kept.  It is
 * kept in f->locals, which nothing else reads in an optimized frame. */
Value vm_frame_locals(VM *vm, Frame *f)
{
    Code *co = f->code;
    if (f->locals && !(co->flags & CO_OPTIMIZED)) return f->locals;
    locals_epoch++;     /* the fast locals escape: see UniqueStr */
    Dict *d = f->locals ? AS_DICT(f->locals) : dict_new(vm);
    if (!d) return 0;
    f->locals = OBJ_VAL(d);
    int64_t ncellvars = tuple_len0(co->cellvars);
    Value *cells = f->slots + co->nlocals;
    for (int i = 0; i < co->nlocals && i < tuple_len0(co->varnames); i++) {
        Value v = f->slots[i];
        /* a parameter that lives in a cell: its fast slot is stale */
        for (int64_t j = 0; co->cell2arg && j < ncellvars; j++)
            if (co->cell2arg[j] == i && cells[j] && TYPE_OF(cells[j]) == &type_cell)
                v = ((Cell *)AS_OBJ(cells[j]))->value;
        if (locals_put(vm, d, co->varnames->items[i], v) < 0) return 0;
    }
    int nc = code_ncells(co);
    for (int i = 0; i < nc; i++) {
        if (i < ncellvars && co->cell2arg && co->cell2arg[i] >= 0) continue;
        Value cv = cells[i];
        if (!cv || TYPE_OF(cv) != &type_cell) continue;
        if (locals_put(vm, d, OBJ_VAL(cell_name(co, i)), ((Cell *)AS_OBJ(cv))->value) < 0) return 0;
    }
    return OBJ_VAL(d);
}

Value vm_current_locals(VM *vm)
{
    Frame *f = vm->frame;
    if (!f) return OBJ_VAL(vm_current_globals(vm));
    return vm_frame_locals(vm, f);
}
