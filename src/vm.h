/* vm.h — the interpreter state, frames, code objects and the raise/call API.
 *
 * One VM per interpreter, passed explicitly (no global interpreter variable).
 * The bytecode format is described in opcodes.h.
 */
#ifndef MOLT_VM_H
#define MOLT_VM_H

#include "object.h"

/* ---- code objects (made by compiler.c, run by vm.c) ----------------------- */

/* One exception-table entry: an exception raised by an instruction whose
 * index lies in [start, end) jumps to `target` with the value stack cut to
 * `depth` items (plus, when push_lasti, the index of the raising
 * instruction), then the exception itself pushed.  Entries are ordered
 * innermost first: the VM takes the first that covers the instruction. */
typedef struct ExcTableEntry { uint32_t start, end, target, depth; bool push_lasti; } ExcTableEntry;

/* Code flags (CPython's values, so `dis` and co_flags print the same). */
#define CO_OPTIMIZED   0x0001
#define CO_NEWLOCALS   0x0002
#define CO_VARARGS     0x0004
#define CO_VARKEYWORDS 0x0008
#define CO_NESTED      0x0010
#define CO_GENERATOR   0x0020
#define CO_NOFREE      0x0040

struct Code {
    Obj hdr;
    Str *name;             /* co_name: "f", "<module>", "<lambda>", "<listcomp>" */
    Str *qualname;         /* "C.f", "f.<locals>.g" */
    Str *filename;
    int firstlineno;
    int argcount;          /* positional parameters (incl. positional-only) */
    int posonlyargcount;
    int kwonlyargcount;
    int flags;
    int nlocals;           /* == len(varnames); parameters come first */
    int stacksize;         /* maximum depth of the value stack */
    Tuple *varnames;       /* local variable names (fast locals) */
    Tuple *cellvars;       /* locals captured by inner functions */
    Tuple *freevars;       /* variables captured from outer functions */
    /* For each cellvar, the index of the parameter it shadows, or -1
     * (a parameter captured by a closure starts with the argument's value). */
    int *cell2arg;
    Tuple *names;          /* global / attribute / import names (interned Str) */
    Tuple *consts;         /* constants: None, ints, floats, str, bytes, tuples, Code */
    uint32_t *code;        /* instructions: op | arg << 8 (see opcodes.h) */
    int ncode;
    int *lines;            /* source line of each instruction (0: none) */
    ExcTableEntry *exctable;
    int nexctable;
    int ncaches;           /* inline cache slots the instructions refer to */
    void *caches;          /* allocated by the VM on first run (InlineCache[]) */
    Value docstring;       /* first constant string of a function body, or None */
};

/* ---- frames ------------------------------------------------------------------- */

/* A frame is GC-allocated (a generator keeps its frame alive between
 * resumptions).  `slots` holds the fast locals (code->nlocals), then the
 * cells (cellvars then freevars, each a Cell*), then the value stack. */
struct Frame {
    Obj hdr;                /* type_frame, so a frame can be a Value */
    Code *code;
    Function *func;         /* NULL for module / exec code */
    Dict *globals;
    Dict *builtins;
    Value locals;           /* mapping for class bodies and exec/eval; 0 for functions */
    Frame *back;
    uint32_t *ip;           /* next instruction */
    Value *sp;              /* value stack top (first free slot) */
    int lasti;              /* index of the instruction being run (for line numbers) */
    bool is_generator;
    Value gen;              /* the generator that owns this frame, or 0 */
    Value slots[];
};
#define FRAME_CELLS(f)  ((f)->slots + (f)->code->nlocals)
#define FRAME_STACK(f)  ((f)->slots + (f)->code->nlocals + \
                         ((f)->code->cellvars->len + (f)->code->freevars->len))

typedef struct Generator {
    Obj hdr;
    Frame *frame;           /* NULL once finished */
    Str *name, *qualname;
    bool running;
    Value yield_from;       /* the iterator being delegated to, or 0 */
} Generator;

/* ---- the interpreter --------------------------------------------------------- */

struct VM {
    Value exc;              /* the exception being raised, or 0 */
    Frame *frame;           /* innermost running frame */
    int depth;              /* Python call depth */
    int recursion_limit;    /* sys.setrecursionlimit */

    /* The exception being handled by the innermost running `except` (or
     * finally-on-exception) block, or 0: gives bare `raise`, sys.exc_info()
     * and __context__ chaining.  PUSH_EXC_INFO / POP_EXCEPT save and restore
     * it on the value stack, as CPython does. */
    Value exc_info;

    /* The import system's own reference to the original sys.modules dict
     * (CPython's interp->modules, IMPORTS.md section 2). */
    Dict *modules;
    Value sys;              /* the sys module */
    Value builtins_module;
    Dict *builtins;         /* builtins.__dict__ */
    Value main_module;

    Str *script_dir;        /* sys.path[0] */
    const char *lib_dir;    /* molt's lib/ */
    int argc; char **argv;  /* for sys.argv */

    volatile int interrupted;  /* set by the SIGINT handler; raised as KeyboardInterrupt */
    bool trace_imports;        /* -v */
};

VM *vm_new(int argc, char **argv);

/* ---- raising exceptions (exc.c) ---------------------------------------------
 * All return 0 so a caller can write `return vm_raise(...)`.  The format
 * string is printf's. */
Value vm_raise(VM *vm, TypeObject *type, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
Value vm_raise_value(VM *vm, Value exc);      /* raise an instance or a class */
Value vm_raise_str(VM *vm, TypeObject *type, Value msg);  /* args = (msg,) */
Value vm_raise_errno(VM *vm, int err, Value filename);   /* OSError subclass by errno, as CPython */
bool vm_exc_matches(VM *vm, TypeObject *type);   /* is the pending exception an instance of type? */
Value vm_exc_take(VM *vm);                        /* return and clear the pending exception */
void vm_exc_clear(VM *vm);
Value exc_new(VM *vm, TypeObject *type, int argc, Value *argv);   /* instantiate, no raise */
/* Raises `StopIteration(value)` only if value is not None... as CPython's generators do. */
/* Prints "Traceback (most recent call last):" + frames + "Type: message",
 * with __cause__/__context__ chains, to stderr, as CPython. */
void vm_print_exception(VM *vm, Value exc);
/* "Type: message" line only (used by the REPL and tracebacks). */
Str *exc_format_only(VM *vm, Value exc);
/* Appends a frame to an exception's traceback (done while unwinding). */
void exc_add_traceback(VM *vm, Value exc, Code *code, int lineno);
/* SyntaxError / IndentationError with location (used by lexer and parser). */
Value vm_raise_syntax(VM *vm, TypeObject *type, const char *msg, Str *filename,
                      int lineno, int col /* 1-based, 0 = unknown */, Str *line_text,
                      int end_lineno, int end_col);

/* The exception classes, CPython's hierarchy (exc.c). */
#define EXCEPTION_LIST(X) \
    X(BaseException, object) X(Exception, BaseException) \
    X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(ArithmeticError, Exception) X(ZeroDivisionError, ArithmeticError) \
    X(OverflowError, ArithmeticError) X(FloatingPointError, ArithmeticError) \
    X(AssertionError, Exception) X(AttributeError, Exception) \
    X(BufferError, Exception) X(EOFError, Exception) \
    X(ImportError, Exception) X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) X(IndexError, LookupError) X(KeyError, LookupError) \
    X(MemoryError, Exception) X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) X(FileNotFoundError, OSError) \
    X(FileExistsError, OSError) X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) X(PermissionError, OSError) \
    X(BlockingIOError, OSError) X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(InterruptedError, OSError) \
    X(ProcessLookupError, OSError) X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(StopIteration, Exception) X(StopAsyncIteration, Exception) \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) X(TypeError, Exception) \
    X(ValueError, Exception) X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) X(UserWarning, Warning) \
    X(DeprecationWarning, Warning) X(RuntimeWarning, Warning) \
    X(PendingDeprecationWarning, Warning) X(SyntaxWarning, Warning) \
    X(FutureWarning, Warning) X(ImportWarning, Warning) \
    X(UnicodeWarning, Warning) X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) X(EncodingWarning, Warning)
#define X(name, base) extern TypeObject exc_##name;
EXCEPTION_LIST(X)
#undef X

/* ---- running code (vm.c) ------------------------------------------------------ */

/* Runs a module-level (or exec) code object with the given globals and
 * locals (locals == 0: same as globals).  Adds __builtins__ to globals if
 * missing. */
Value vm_run_code(VM *vm, Code *code, Dict *globals, Value locals);
/* Calls a Python function (used by obj_call through the function type's
 * call slot). */
Value vm_call_function(VM *vm, Function *f, int argc, Value *argv, Tuple *kwnames);
/* Resumes a generator: sends `value` (or throws `exc` when exc != 0).
 * Returns the yielded value; at return, 0 with StopIteration(value) raised
 * only when `raise_stop` (else 0 with no exception and *returned set). */
Value vm_gen_resume(VM *vm, Generator *g, Value value, Value exc, bool *finished, Value *returned);
/* builtins.__build_class__(func, name, *bases, metaclass=None, **kw): runs
 * the class body with a fresh namespace as its locals, then calls the
 * metaclass (vm.c; registered in builtins by builtins.c). */
Value vm_build_class(VM *vm, int argc, Value *argv, Tuple *kwnames);
/* Checks the Python call depth: RecursionError "maximum recursion depth exceeded". */
int vm_enter_call(VM *vm);
void vm_leave_call(VM *vm);
/* The line number of the instruction a frame is running. */
int frame_lineno(Frame *f);
/* globals()/locals() of the innermost frame. */
Dict *vm_current_globals(VM *vm);
Value vm_current_locals(VM *vm);
/* Raises KeyboardInterrupt if SIGINT arrived; checked on backward jumps and calls. */
int vm_check_interrupt(VM *vm);

/* ---- compile pipeline (compile.c glue: lexer -> parser -> symtable -> compiler) */

typedef enum { MODE_EXEC, MODE_EVAL, MODE_SINGLE } CompileMode;
/* Compiles source text to a code object; raises SyntaxError on bad input.
 * `src` need not be NUL-terminated; NUL bytes and invalid UTF-8 are
 * SyntaxErrors, as CPython. */
Code *compile_source(VM *vm, const char *src, size_t len, Str *filename, CompileMode mode);

/* disassembler (dis.c): CPython-like listing of a code object and the code
 * objects in its constants. */
void dis_code(VM *vm, Code *code, void *file /* FILE* */);

/* ---- builtins and modules ---------------------------------------------------- */

int builtins_init(VM *vm);         /* builtins.c: creates the builtins module */
Value sysmodule_init(VM *vm);      /* modules/sys.c */
/* Built-in modules importable by name: name -> init function (modules/). */
typedef Value (*ModuleInitFn)(VM *vm);
typedef struct BuiltinModule { const char *name; ModuleInitFn init; } BuiltinModule;
extern const BuiltinModule builtin_modules[];   /* NULL-terminated (import.c) */

/* import.c — the import system (IMPORTS.md).  `__import__`. */
Value import_module_level(VM *vm, Str *name, Value globals, Value fromlist, int level);
Value import_from(VM *vm, Value module, Str *name);   /* IMPORT_FROM */
int import_star(VM *vm, Value module, Value locals);  /* IMPORT_STAR */
/* Runs a file as __main__. */
int run_main_file(VM *vm, const char *path);

#endif
