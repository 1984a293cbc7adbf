/* compiler.c — AST to code objects (CPython 3.11's shapes over molt's opcodes).
 *
 * One Unit per code object being built (module, class body, function,
 * lambda, comprehension); units nest like the scopes the symbol table found.
 * Instructions are appended to a word array; jumps name labels that are
 * resolved when the unit is assembled.  Every instruction records the
 * exception handler in force when it was emitted, and the exception table
 * is made from runs of equal handlers, so entries never overlap (the
 * innermost handler covers an instruction; an outer handler is reached
 * because the inner handler's own code is covered by it).
 *
 * The stack depth is tracked while emitting (handler depths come from it)
 * and recomputed exactly by walking the instruction graph at assembly.
 *
 * Conventions the VM relies on (also in notes/compiler-conventions.md):
 *  - a CACHE word (the cache index) follows LOAD_GLOBAL, LOAD_ATTR,
 *    STORE_ATTR and LOAD_METHOD; jump targets, exception-table bounds and
 *    lines[] index the word array, cache words included;
 *  - varnames: positional params, kw-only params, *args, **kwargs, then the
 *    other locals; cells are the sorted cellvars then the sorted freevars;
 *    cell2arg[i] names the parameter a cellvar starts from (or -1);
 *  - MAKE_FUNCTION: [defaults tuple] [kwdefaults dict] [annotations dict]
 *    [closure tuple in the new code's freevars order] code;
 *  - calls: <f> PUSH_NULL args CALL n; <o> LOAD_METHOD m args CALL n;
 *    keywords: values then LOAD_CONST kwnames, CALL_KW n (n counts all
 *    values); star calls: <f> PUSH_NULL <tuple> [<dict>] CALL_FUNCTION_EX
 *    (a lone `*x` is pushed as it is: the VM makes the tuple);
 *  - while: the test before the loop and again at its bottom, jumping back
 *    to the body (POP_JUMP_IF_* backward check for Ctrl-C as JUMP does);
 *  - comprehensions: MAKE_FUNCTION PUSH_NULL <iterable> GET_ITER CALL 1,
 *    the function's only parameter `.0` being that iterator;
 *  - try/except: handler H at depth d: PUSH_EXC_INFO [prev exc], then per
 *    clause <type> CHECK_EXC_MATCH POP_JUMP_IF_FALSE, STORE/POP_TOP, body,
 *    POP_EXCEPT; no match: RERAISE; cleanup C at depth d+1:
 *    SWAP 2, POP_EXCEPT, RERAISE; `as e` bodies have their own cleanup
 *    (e = None; del e; RERAISE) at depth d+1;
 *  - try/finally: the finally body inlined on each normal exit, and at
 *    handler F (depth d): PUSH_EXC_INFO, body, RERAISE with cleanup C;
 *  - with: BEFORE_WITH [exit self_or_NULL res]; body covered by H at
 *    depth d+2; normal exit: three None, CALL 3, POP_TOP; H: PUSH_EXC_INFO,
 *    WITH_EXCEPT_START, POP_JUMP_IF_TRUE S, RERAISE; S: POP_TOP,
 *    POP_EXCEPT, POP_TOP, POP_TOP; cleanup at depth d+3;
 *  - class bodies return the __class__ cell (also stored as __classcell__)
 *    or None;
 *  - no instruction is emitted for `pass` or constant expression
 *    statements; constants are folded where CPython folds them.
 *
 * MOLT_COMPILER_DEBUG=1 makes the compiler cross-check its stack-depth
 * bookkeeping against the graph walk and report differences on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symtable.h"
#include "vm.h"
#include "opcodes.h"
#include "runtime.h"

#define MAX_BLOCKS 20          /* CPython's CO_MAXBLOCKS */
#define MAX_RECURSION 3000
#define STACK_MARGIN 2
#define BIG_DISPLAY 30         /* displays longer than this are built item by item */

typedef enum { U_MODULE, U_CLASS, U_FUNCTION, U_LAMBDA, U_COMP } UnitKind;

typedef enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE
} FBKind;

/* A block that a return/break/continue may have to leave on its way out. */
typedef struct FBlock {
    FBKind kind;
    int cont, brk;          /* loops: continue and break labels */
    int outside;            /* the handler in force outside the block */
    NodeList *finalbody;    /* FB_FINALLY_TRY */
    Str *name;              /* FB_HANDLER_CLEANUP: the `as` name, or NULL */
    Node *node;
} FBlock;

typedef struct Handler { int label, depth; } Handler;

/* An insertion-ordered set of values, indexed for lookup. */
typedef struct Table {
    Value *keys;
    int n, cap;
    int *slots;
    int scap;
    uint64_t (*hash)(Value);
    bool (*eq)(Value, Value);
} Table;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    UnitKind kind;
    Scope *scope;
    Str *name, *qualname, *private_name;
    int firstlineno, lineno;
    int argcount, posonly, kwonly, flags;
    bool interactive;
    Value docstring;

    uint32_t *code;
    int *lines, *hidx, *edepth;
    int ncode, capcode, ncaches;
    bool fallthrough;       /* may the last instruction fall through? */
    int depth;

    int *fix;               /* instructions whose argument is a label */
    int nfix, capfix;
    int *labels, *label_depth;
    int nlabels, caplabels;

    Handler *handlers;
    int nhandlers, caphandlers;
    int cur_handler;

    FBlock fb[MAX_BLOCKS];
    int nfb;

    Table consts, names, varnames;
    Str **cells;            /* cellvars then freevars */
    int ncellvars, nfreevars;
};

typedef struct Compiler {
    VM *vm;
    SymTable *st;
    Str *filename;
    const char *src;
    size_t srclen;
    Unit *u;
    int recursion;
    bool future_annotations;
    bool debug;
} Compiler;

static int compile_stmt(Compiler *c, Node *s);
static int compile_stmts(Compiler *c, NodeList *l, int from);
static int compile_expr(Compiler *c, Node *e);
static int compile_store(Compiler *c, Node *t);
static int compile_jump_if(Compiler *c, Node *e, bool cond, int label);
static int compile_display(Compiler *c, NodeList *elts, NodeKind kind);

/* ---- errors ----------------------------------------------------------------- */

#define ERROR(c, node, ...) \
    (symtable_syntax_error((c)->vm, (c)->filename, (c)->src, (c)->srclen, (node), __VA_ARGS__), -1)

/* ---- tables of constants and names ------------------------------------------ */

static uint64_t mix(uint64_t x)
{
    x ^= x >> 31; x *= 0x7fb5d329728ea185ull; x ^= x >> 27; x *= 0x81dadef4bc2dd44dull;
    return x ^ (x >> 33);
}

static uint64_t ptr_key_hash(Value v) { return mix((uint64_t)v); }
static bool ptr_key_eq(Value a, Value b) { return a == b; }

static uint64_t bytes_hash(const unsigned char *p, int64_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (int64_t i = 0; i < n; i++) { h ^= p[i]; h *= 1099511628211ull; }
    return h;
}

/* Constants are equal only if they have the same type and value: 1, 1.0
 * and True stay distinct, and so do 0.0 and -0.0. */
static uint64_t const_hash(Value v)
{
    if (IS_INT(v)) return mix((uint64_t)v);
    TypeObject *t = AS_OBJ(v)->type;
    if (t == &type_str) return bytes_hash((unsigned char *)AS_STR(v)->data, AS_STR(v)->len);
    if (t == &type_bytes) return bytes_hash(((Bytes *)v)->data, ((Bytes *)v)->len) ^ 0x55;
    if (t == &type_float) {
        double d = AS_FLOAT(v);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return mix(bits ^ 0xf1);
    }
    if (t == &type_int) return mix(mpz_get_ui(((BigInt *)v)->z) ^ (uint64_t)mpz_size(((BigInt *)v)->z));
    if (t == &type_tuple) {
        uint64_t h = 0x345678 + (uint64_t)AS_TUPLE(v)->len;
        for (int64_t i = 0; i < AS_TUPLE(v)->len; i++) h = mix(h ^ const_hash(AS_TUPLE(v)->items[i]));
        return h;
    }
    return mix((uint64_t)v);
}

static bool const_eq(Value a, Value b)
{
    if (a == b) return true;
    if (IS_INT(a) || IS_INT(b)) return false;
    TypeObject *t = AS_OBJ(a)->type;
    if (t != AS_OBJ(b)->type) return false;
    if (t == &type_str) return str_eq(AS_STR(a), AS_STR(b));
    if (t == &type_float) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &type_int) return mpz_cmp(((BigInt *)a)->z, ((BigInt *)b)->z) == 0;
    if (t == &type_bytes) {
        Bytes *x = (Bytes *)a, *y = (Bytes *)b;
        return x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0;
    }
    if (t == &type_tuple) {
        Tuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
        if (x->len != y->len) return false;
        for (int64_t i = 0; i < x->len; i++)
            if (!const_eq(x->items[i], y->items[i])) return false;
        return true;
    }
    return false;
}

static int table_slot(Table *t, Value key, uint64_t h)
{
    unsigned mask = (unsigned)t->scap - 1;
    for (unsigned i = (unsigned)h & mask;; i = (i + 1) & mask) {
        int k = t->slots[i];
        if (k < 0 || t->eq(t->keys[k], key)) return (int)i;
    }
}

/* Index of key in the table, adding it if absent; -1 on memory error. */
static int table_add(VM *vm, Table *t, Value key)
{
    uint64_t h = t->hash(key);
    if (t->scap) {
        int s = table_slot(t, key, h);
        if (t->slots[s] >= 0) return t->slots[s];
    }
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        Value *nk = mem_alloc(vm, sizeof(Value) * (size_t)cap);
        if (!nk) return -1;
        if (t->n) memcpy(nk, t->keys, sizeof(Value) * (size_t)t->n);
        t->keys = nk;
        t->cap = cap;
    }
    t->keys[t->n++] = key;
    if (t->n * 2 > t->scap) {
        int scap = t->scap ? t->scap * 2 : 16;
        while (t->n * 2 > scap) scap *= 2;
        int *slots = mem_alloc_atomic(vm, sizeof(int) * (size_t)scap);
        if (!slots) return -1;
        for (int i = 0; i < scap; i++) slots[i] = -1;
        t->slots = slots;
        t->scap = scap;
        for (int k = 0; k < t->n; k++) t->slots[table_slot(t, t->keys[k], t->hash(t->keys[k]))] = k;
    } else {
        t->slots[table_slot(t, key, h)] = t->n - 1;
    }
    return t->n - 1;
}


static Tuple *table_tuple(VM *vm, Table *t)
{
    Tuple *tup = tuple_new(vm, t->n);
    if (!tup) return NULL;
    for (int i = 0; i < t->n; i++) tup->items[i] = t->keys[i];
    return tup;
}

/* Identifier-like string constants are interned, as CPython does, so
 * getattr(o, "name") and d["key"] meet the interned names of the runtime. */
static bool identifier_like(Str *s)
{
    if (s->len == 0 || s->len > 40) return false;
    for (int64_t i = 0; i < s->len; i++) {
        char ch = s->data[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    return true;
}

static int add_const(Compiler *c, Value v)
{
    if (IS_STR(v) && !AS_STR(v)->interned && identifier_like(AS_STR(v))) {
        Str *s = str_intern(c->vm, AS_STR(v));
        if (!s) return -1;
        v = OBJ_VAL(s);
    }
    return table_add(c->vm, &c->u->consts, v);
}

static int add_name(Compiler *c, Str *s)
{
    s = str_intern(c->vm, s);
    return s ? table_add(c->vm, &c->u->names, OBJ_VAL(s)) : -1;
}

static int add_varname(Compiler *c, Str *s)
{
    return table_add(c->vm, &c->u->varnames, OBJ_VAL(s));
}

static int cell_index(Unit *u, Str *name)
{
    for (int i = 0; i < u->ncellvars + u->nfreevars; i++)
        if (u->cells[i] == name) return i;
    return -1;
}

static Str *mangle(Compiler *c, Str *name)
{
    Str *m = symtable_mangle(c->vm, c->u->private_name, name);
    return m ? str_intern(c->vm, m) : NULL;
}

/* ---- stack effects ------------------------------------------------------------- */

static int popcount4(int x) { return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1); }

/* Net stack effect of an instruction; `jump` selects the effect when a
 * conditional jump is taken. */
static int stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: return 0;
    case OP_POP_TOP: return -1;
    case OP_PUSH_NULL: return 1;
    case OP_COPY: return 1;
    case OP_SWAP: return 0;
    case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF: case OP_LOAD_GLOBAL: case OP_LOAD_NAME:
        return 1;
    case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL: case OP_STORE_NAME:
        return -1;
    case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL: case OP_DELETE_NAME:
        return 0;
    case OP_LOAD_ATTR: return 0;
    case OP_STORE_ATTR: return -2;
    case OP_DELETE_ATTR: return -1;
    case OP_LOAD_METHOD: return 1;
    case OP_BINARY_OP: return -1;
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT:
        return 0;
    case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP: return -1;
    case OP_BINARY_SUBSCR: return -1;
    case OP_STORE_SUBSCR: return -3;
    case OP_DELETE_SUBSCR: return -2;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_LIST_APPEND: case OP_SET_ADD: return -1;
    case OP_MAP_ADD: return -2;
    case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: return -1;
    case OP_LIST_TO_TUPLE: return 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_JUMP: return 0;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
        return -1;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_GET_ITER: return 0;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_CALL: return -(arg + 1);
    case OP_CALL_KW: return -(arg + 2);
    case OP_CALL_FUNCTION_EX: return -(2 + (arg & 1));
    case OP_MAKE_FUNCTION: return -popcount4(arg);
    case OP_LOAD_BUILD_CLASS: return 1;
    case OP_RETURN_VALUE: return -1;
    case OP_YIELD_VALUE: return 0;
    case OP_GET_YIELD_FROM_ITER: return 0;
    case OP_YIELD_FROM: return -1;
    case OP_RAISE_VARARGS: return -arg;
    case OP_RERAISE: return -1;
    case OP_PUSH_EXC_INFO: return 1;
    case OP_POP_EXCEPT: return -1;
    case OP_CHECK_EXC_MATCH: return 0;
    case OP_BEFORE_WITH: return 2;
    case OP_WITH_EXCEPT_START: return 1;
    case OP_SETUP_ANNOTATIONS: return 0;
    case OP_IMPORT_NAME: return -1;
    case OP_IMPORT_FROM: return 1;
    case OP_IMPORT_STAR: return -1;
    case OP_LOAD_ASSERTION_ERROR: return 1;
    case OP_PRINT_EXPR: return -1;
    default: return 0;
    }
}

static bool is_jump(int op)
{
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
        return true;
    default:
        return false;
    }
}

static bool no_fallthrough(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* ---- emitting ----------------------------------------------------------------- */

static int grow_code(Compiler *c, int extra)
{
    Unit *u = c->u;
    if (u->ncode + extra <= u->capcode) return 0;
    int cap = u->capcode ? u->capcode * 2 : 64;
    while (cap < u->ncode + extra) cap *= 2;
    VM *vm = c->vm;
    uint32_t *code = mem_alloc_atomic(vm, sizeof(uint32_t) * (size_t)cap);
    int *lines = mem_alloc_atomic(vm, sizeof(int) * (size_t)cap);
    int *hidx = mem_alloc_atomic(vm, sizeof(int) * (size_t)cap);
    int *edepth = mem_alloc_atomic(vm, sizeof(int) * (size_t)cap);
    if (!code || !lines || !hidx || !edepth) return -1;
    if (u->ncode) {
        memcpy(code, u->code, sizeof(uint32_t) * (size_t)u->ncode);
        memcpy(lines, u->lines, sizeof(int) * (size_t)u->ncode);
        memcpy(hidx, u->hidx, sizeof(int) * (size_t)u->ncode);
        memcpy(edepth, u->edepth, sizeof(int) * (size_t)u->ncode);
    }
    u->code = code; u->lines = lines; u->hidx = hidx; u->edepth = edepth;
    u->capcode = cap;
    return 0;
}

static int emit(Compiler *c, int op, int arg)
{
    Unit *u = c->u;
    if (arg < 0 || arg > MAX_OPARG) {
        vm_raise(c->vm, &exc_SystemError, "compiler: instruction argument out of range");
        return -1;
    }
    if (grow_code(c, 2) < 0) return -1;
    int i = u->ncode++;
    u->code[i] = INSTR(op, arg);
    u->lines[i] = u->lineno;
    u->hidx[i] = u->cur_handler;
    u->edepth[i] = u->depth;
    u->depth += stack_effect(op, arg, false);
    u->fallthrough = !no_fallthrough(op);
    if (opcode_has_cache[op]) {
        int k = u->ncode++;
        u->code[k] = (uint32_t)u->ncaches++;
        u->lines[k] = u->lineno;
        u->hidx[k] = u->cur_handler;
        u->edepth[k] = -1;
    }
    return 0;
}

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 32;
        int *l = mem_alloc_atomic(c->vm, sizeof(int) * (size_t)cap);
        int *d = mem_alloc_atomic(c->vm, sizeof(int) * (size_t)cap);
        if (!l || !d) return -1;
        if (u->nlabels) {
            memcpy(l, u->labels, sizeof(int) * (size_t)u->nlabels);
            memcpy(d, u->label_depth, sizeof(int) * (size_t)u->nlabels);
        }
        u->labels = l; u->label_depth = d;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    u->label_depth[u->nlabels] = -1;
    return u->nlabels++;
}

static int emit_jump(Compiler *c, int op, int label)
{
    Unit *u = c->u;
    if (label < 0) return -1;
    if (u->nfix == u->capfix) {
        int cap = u->capfix ? u->capfix * 2 : 32;
        int *f = mem_alloc_atomic(c->vm, sizeof(int) * (size_t)cap);
        if (!f) return -1;
        if (u->nfix) memcpy(f, u->fix, sizeof(int) * (size_t)u->nfix);
        u->fix = f;
        u->capfix = cap;
    }
    int d = u->depth + stack_effect(op, 0, true);
    if (u->label_depth[label] < 0) u->label_depth[label] = d;
    u->fix[u->nfix++] = u->ncode;
    return emit(c, op, label);
}

/* Places a label at the next instruction.  After an unconditional transfer
 * the depth is the one the jumps to this label carry. */
static void place_label(Compiler *c, int label)
{
    Unit *u = c->u;
    u->labels[label] = u->ncode;
    if (!u->fallthrough && u->label_depth[label] >= 0)
        u->depth = u->label_depth[label];
    else if (u->label_depth[label] < 0)
        u->label_depth[label] = u->depth;
    else if (c->debug && u->label_depth[label] != u->depth)
        fprintf(stderr, "molt compiler: depth mismatch at label in %s (%d vs %d)\n",
                u->name->data, u->label_depth[label], u->depth);
    u->fallthrough = true;
}

/* A handler whose code will start at a new label; at that label the stack
 * holds `depth` items plus the exception. */
static int new_handler(Compiler *c, int depth)
{
    Unit *u = c->u;
    int label = new_label(c);
    if (label < 0) return -1;
    u->label_depth[label] = depth + 1;
    if (u->nhandlers == u->caphandlers) {
        int cap = u->caphandlers ? u->caphandlers * 2 : 8;
        Handler *h = mem_alloc_atomic(c->vm, sizeof(Handler) * (size_t)cap);
        if (!h) return -1;
        if (u->nhandlers) memcpy(h, u->handlers, sizeof(Handler) * (size_t)u->nhandlers);
        u->handlers = h;
        u->caphandlers = cap;
    }
    u->handlers[u->nhandlers].label = label;
    u->handlers[u->nhandlers].depth = depth;
    return u->nhandlers++;
}

static int handler_label(Compiler *c, int h) { return c->u->handlers[h].label; }

static int emit_const(Compiler *c, Value v)
{
    int i = add_const(c, v);
    return i < 0 ? -1 : emit(c, OP_LOAD_CONST, i);
}

static int emit_name(Compiler *c, int op, Str *name)
{
    int i = add_name(c, name);
    return i < 0 ? -1 : emit(c, op, i);
}

static int emit_name_cstr(Compiler *c, int op, const char *name)
{
    return emit_name(c, op, str_intern_cstr(c->vm, name));
}

static int push_fblock(Compiler *c, FBKind kind, int cont, int brk, Node *node)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_BLOCKS)
        return ERROR(c, node, "too many statically nested blocks");
    FBlock *f = &u->fb[u->nfb++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->cont = cont;
    f->brk = brk;
    f->outside = u->cur_handler;
    f->node = node;
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfb--; }

/* ---- units ---------------------------------------------------------------------- */

static int str_cmp(const void *a, const void *b)
{
    Str *x = *(Str *const *)a, *y = *(Str *const *)b;
    return strcmp(x->data, y->data);
}

static bool unit_is_function(Unit *u)
{
    return u->kind == U_FUNCTION || u->kind == U_LAMBDA || u->kind == U_COMP;
}

static Unit *enter_unit(Compiler *c, UnitKind kind, Scope *scope, Str *name, Str *qualname, int firstlineno)
{
    VM *vm = c->vm;
    Unit *u = mem_alloc(vm, sizeof(Unit));
    if (!u) return NULL;
    u->parent = c->u;
    u->kind = kind;
    u->scope = scope;
    u->name = name;
    u->qualname = qualname;
    u->private_name = c->u ? c->u->private_name : NULL;
    u->firstlineno = firstlineno;
    u->lineno = firstlineno;
    u->cur_handler = -1;
    u->fallthrough = true;
    u->docstring = NONE;
    u->consts.hash = const_hash; u->consts.eq = const_eq;
    u->names.hash = ptr_key_hash; u->names.eq = ptr_key_eq;
    u->varnames.hash = ptr_key_hash; u->varnames.eq = ptr_key_eq;

    /* cells: sorted cellvars (plus the class body's __class__), then sorted freevars */
    int ncell = 0, nfree = 0;
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *s = &scope->syms[i];
        if (s->scope == SYM_CELL) ncell++;
        else if (s->scope == SYM_FREE || (s->flags & DEF_FREE_CLASS)) nfree++;
    }
    if (scope->needs_class_closure) ncell++;
    u->cells = mem_alloc(vm, sizeof(Str *) * (size_t)(ncell + nfree + 1));
    if (!u->cells) return NULL;
    int k = 0;
    if (scope->needs_class_closure) u->cells[k++] = str_intern_cstr(vm, "__class__");
    for (int i = 0; i < scope->nsyms; i++)
        if (scope->syms[i].scope == SYM_CELL) u->cells[k++] = scope->syms[i].name;
    qsort(u->cells, (size_t)ncell, sizeof(Str *), str_cmp);
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *s = &scope->syms[i];
        if (s->scope != SYM_CELL && (s->scope == SYM_FREE || (s->flags & DEF_FREE_CLASS)))
            u->cells[k++] = s->name;
    }
    qsort(u->cells + ncell, (size_t)nfree, sizeof(Str *), str_cmp);
    u->ncellvars = ncell;
    u->nfreevars = nfree;

    c->u = u;
    if (kind == U_FUNCTION || kind == U_LAMBDA || kind == U_COMP) {
        for (int i = 0; i < scope->nparams; i++)
            if (add_varname(c, scope->params[i]) < 0) { c->u = u->parent; return NULL; }
        u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
        if (scope->nested) u->flags |= CO_NESTED;
        if (scope->is_generator) u->flags |= CO_GENERATOR;
    }
    return u;
}

static void leave_unit(Compiler *c) { c->u = c->u->parent; }

/* qualname as CPython's compiler_set_qualname */
static Str *make_qualname(Compiler *c, Str *name, bool check_global)
{
    Unit *p = c->u;
    if (!p || p->kind == U_MODULE) return name;
    if (check_global) {
        Str *m = mangle(c, name);
        if (m && scope_lookup(p->scope, m) == SYM_GLOBAL_EXPLICIT) return name;
    }
    if (p->kind == U_FUNCTION || p->kind == U_LAMBDA)
        return str_printf(c->vm, "%s.<locals>.%s", p->qualname->data, name->data);
    return str_printf(c->vm, "%s.%s", p->qualname->data, name->data);
}

/* ---- assembling ------------------------------------------------------------------ */

static int compute_stacksize(Compiler *c, ExcTableEntry *tab, int ntab)
{
    Unit *u = c->u;
    int n = u->ncode;
    if (n == 0) return 0;
    int *depth = mem_alloc_atomic(c->vm, sizeof(int) * (size_t)n);
    int *work = mem_alloc_atomic(c->vm, sizeof(int) * 2 * (size_t)(n + ntab + 2));
    if (!depth || !work) return -1;
    for (int i = 0; i < n; i++) depth[i] = -1;
    int sp = 0, maxd = 0;
    work[sp++] = 0; work[sp++] = 0;
    for (int i = 0; i < ntab; i++) {
        work[sp++] = (int)tab[i].target;
        work[sp++] = (int)tab[i].depth + 1 + (tab[i].push_lasti ? 1 : 0);
    }
    while (sp > 0) {
        int d = work[--sp];
        int i = work[--sp];
        if (d > maxd) maxd = d;
        while (i < n) {
            if (depth[i] >= 0) {
                if (depth[i] != d && c->debug)
                    fprintf(stderr, "molt compiler: inconsistent depth at %d in %s (%d vs %d)\n",
                            i, u->name->data, depth[i], d);
                break;
            }
            depth[i] = d;
            if (c->debug && u->edepth[i] >= 0 && u->edepth[i] != d)
                fprintf(stderr, "molt compiler: emitted depth %d != flow depth %d at %d in %s\n",
                        u->edepth[i], d, i, u->name->data);
            int op = INSTR_OP(u->code[i]), arg = (int)INSTR_ARG(u->code[i]);
            if (is_jump(op)) {
                int dj = d + stack_effect(op, arg, true);
                if (dj > maxd) maxd = dj;
                work[sp++] = arg;
                work[sp++] = dj;
            }
            d += stack_effect(op, arg, false);
            if (d > maxd) maxd = d;
            if (d < 0 && c->debug)
                fprintf(stderr, "molt compiler: stack underflow at %d in %s\n", i, u->name->data);
            if (no_fallthrough(op)) break;
            i += 1 + opcode_has_cache[op];
        }
    }
    return maxd;
}

static Code *assemble(Compiler *c)
{
    VM *vm = c->vm;
    Unit *u = c->u;
    /* resolve jumps */
    for (int k = 0; k < u->nfix; k++) {
        int i = u->fix[k];
        int op = INSTR_OP(u->code[i]);
        int label = (int)INSTR_ARG(u->code[i]);
        int target = u->labels[label];
        if (target < 0) {
            vm_raise(vm, &exc_SystemError, "compiler: unplaced label");
            return NULL;
        }
        u->code[i] = INSTR(op, target);
    }
    /* a JUMP to a JUMP goes straight to the final target */
    for (int k = 0; k < u->nfix; k++) {
        int i = u->fix[k];
        if (INSTR_OP(u->code[i]) != OP_JUMP) continue;
        int target = (int)INSTR_ARG(u->code[i]);
        for (int hops = 0; hops < 8 && target < u->ncode && target != i &&
                           INSTR_OP(u->code[target]) == OP_JUMP; hops++)
            target = (int)INSTR_ARG(u->code[target]);
        u->code[i] = INSTR(OP_JUMP, target);
    }
    /* exception table: one entry per run of instructions with the same handler */
    int ntab = 0;
    for (int i = 0; i < u->ncode; i++)
        if (u->hidx[i] >= 0 && (i == 0 || u->hidx[i - 1] != u->hidx[i])) ntab++;
    ExcTableEntry *tab = ntab ? mem_alloc_atomic(vm, sizeof(ExcTableEntry) * (size_t)ntab) : NULL;
    if (ntab && !tab) return NULL;
    int t = 0;
    for (int i = 0; i < u->ncode;) {
        int h = u->hidx[i];
        int j = i + 1;
        while (j < u->ncode && u->hidx[j] == h) j++;
        if (h >= 0) {
            tab[t].start = (uint32_t)i;
            tab[t].end = (uint32_t)j;
            tab[t].target = (uint32_t)u->labels[u->handlers[h].label];
            tab[t].depth = (uint32_t)u->handlers[h].depth;
            tab[t].push_lasti = false;
            t++;
        }
        i = j;
    }
    int maxd = compute_stacksize(c, tab, ntab);
    if (maxd < 0) return NULL;

    Code *co = mem_alloc(vm, sizeof(Code));
    if (!co) return NULL;
    co->hdr.type = &type_code;
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename;
    co->firstlineno = u->firstlineno;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->flags = u->flags;
    co->nlocals = u->varnames.n;
    co->stacksize = maxd + STACK_MARGIN;
    co->varnames = table_tuple(vm, &u->varnames);
    co->cellvars = tuple_new(vm, u->ncellvars);
    co->freevars = tuple_new(vm, u->nfreevars);
    co->names = table_tuple(vm, &u->names);
    co->consts = table_tuple(vm, &u->consts);
    if (!co->varnames || !co->cellvars || !co->freevars || !co->names || !co->consts) return NULL;
    for (int i = 0; i < u->ncellvars; i++) co->cellvars->items[i] = OBJ_VAL(u->cells[i]);
    for (int i = 0; i < u->nfreevars; i++) co->freevars->items[i] = OBJ_VAL(u->cells[u->ncellvars + i]);
    co->cell2arg = NULL;
    if (u->ncellvars) {
        co->cell2arg = mem_alloc_atomic(vm, sizeof(int) * (size_t)u->ncellvars);
        if (!co->cell2arg) return NULL;
        int nparams = u->scope->nparams;
        for (int i = 0; i < u->ncellvars; i++) {
            co->cell2arg[i] = -1;
            if (!unit_is_function(u)) continue;
            for (int p = 0; p < nparams; p++)
                if (u->scope->params[p] == u->cells[i]) { co->cell2arg[i] = p; break; }
        }
    }
    co->code = u->code;
    co->ncode = u->ncode;
    co->lines = u->lines;
    co->exctable = tab;
    co->nexctable = ntab;
    co->ncaches = u->ncaches;
    co->caches = NULL;
    co->docstring = u->docstring;
    return co;
}

/* ---- names ---------------------------------------------------------------------- */

typedef enum { NAME_LOAD, NAME_STORE, NAME_DEL } NameCtx;

/* CPython's forbidden_name: `at` is the node its error points at. */
static int check_debug_name(Compiler *c, Str *name, bool del, Node *at)
{
    if (at && str_eq_cstr(name, "__debug__"))
        return ERROR(c, at, del ? "cannot delete __debug__" : "cannot assign to __debug__");
    return 0;
}

/* No parameter may be called __debug__ (CPython's compiler_check_debug_args). */
static int check_debug_args(Compiler *c, Node *args, Node *at)
{
    if (!args) return 0;
    NodeList *lists[3] = { &args->u.arguments.posonlyargs, &args->u.arguments.args,
                           &args->u.arguments.kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++)
            if (check_debug_name(c, lists[k]->items[i]->u.arg.arg, false, at) < 0) return -1;
    Node *star[2] = { args->u.arguments.vararg, args->u.arguments.kwarg };
    for (int k = 0; k < 2; k++)
        if (star[k] && check_debug_name(c, star[k]->u.arg.arg, false, at) < 0) return -1;
    return 0;
}

/* A load, store or delete of a name; `at` (stores and deletes) is the node
 * a SyntaxError about the name points at, NULL where none can occur. */
static int compile_nameop(Compiler *c, Str *name, NameCtx ctx, Node *at)
{
    Unit *u = c->u;
    if (ctx != NAME_LOAD && check_debug_name(c, name, ctx == NAME_DEL, at) < 0) return -1;
    Str *m = mangle(c, name);
    if (!m) return -1;
    SymScope sc = scope_lookup(u->scope, m);
    bool optimized = unit_is_function(u);
    enum { K_NAME, K_FAST, K_GLOBAL, K_DEREF } k = K_NAME;
    switch (sc) {
    case SYM_FREE: case SYM_CELL: k = K_DEREF; break;
    case SYM_LOCAL: if (optimized) k = K_FAST; break;
    case SYM_GLOBAL_IMPLICIT: if (optimized) k = K_GLOBAL; break;
    case SYM_GLOBAL_EXPLICIT: k = K_GLOBAL; break;
    case SYM_NONE: if (optimized) k = K_GLOBAL; break;
    }
    if (k == K_DEREF) {
        int i = cell_index(u, m);
        if (i < 0) {
            vm_raise(c->vm, &exc_SystemError, "compiler: no cell for '%s'", m->data);
            return -1;
        }
        int op = ctx == NAME_LOAD ? (u->kind == U_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
               : ctx == NAME_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        return emit(c, op, i);
    }
    if (k == K_FAST) {
        int i = add_varname(c, m);
        if (i < 0) return -1;
        return emit(c, ctx == NAME_LOAD ? OP_LOAD_FAST : ctx == NAME_STORE ? OP_STORE_FAST : OP_DELETE_FAST, i);
    }
    if (k == K_GLOBAL)
        return emit_name(c, ctx == NAME_LOAD ? OP_LOAD_GLOBAL : ctx == NAME_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, m);
    return emit_name(c, ctx == NAME_LOAD ? OP_LOAD_NAME : ctx == NAME_STORE ? OP_STORE_NAME : OP_DELETE_NAME, m);
}

/* ---- constants ------------------------------------------------------------------- */

static bool is_docstring(Node *s)
{
    return s && s->kind == N_Expr && s->u.ret.value && s->u.ret.value->kind == N_Constant &&
           IS_STR(s->u.ret.value->u.constant.value);
}

static Value negate_const(Compiler *c, Value v)
{
    VM *vm = c->vm;
    if (IS_INT(v)) return int_from_i64(vm, -(int64_t)AS_INT(v));
    if (IS_FLOAT(v)) return float_new(vm, -AS_FLOAT(v));
    if (IS_OBJ(v) && AS_OBJ(v)->type == &type_int) {
        mpz_t z;
        mpz_init(z);
        mpz_neg(z, ((BigInt *)v)->z);
        Value r = int_from_mpz(vm, z);
        mpz_clear(z);
        return r;
    }
    return 0;
}

static bool is_number(Value v)
{
    return IS_INT(v) || IS_FLOAT(v) || (IS_OBJ(v) && AS_OBJ(v)->type == &type_int);
}

/* Folding runs the runtime's own operator, so it only has to refuse what
 * could be slow or huge at compile time (CPython keeps similar limits). */
static bool foldable_binop(Value a, Value b, BinOp op)
{
    if (op == BINOP_MATMUL) return false;
    if (is_number(a) && is_number(b)) {
        if (op == BINOP_POW && !IS_FLOAT(a) && !IS_FLOAT(b)) {
            if (!IS_INT(b) || AS_INT(b) > 128) return false;
            if (!IS_INT(a) || AS_INT(a) > ((intptr_t)1 << 32) || AS_INT(a) < -((intptr_t)1 << 32)) return false;
        }
        if (op == BINOP_LSHIFT && (!IS_INT(b) || AS_INT(b) > 256)) return false;
        return true;
    }
    if (IS_STR(a) && IS_STR(b)) return op == BINOP_ADD;
    if (op == BINOP_MUL && IS_STR(a) && IS_INT(b))
        return AS_INT(b) <= 4096 && AS_STR(a)->len * (AS_INT(b) > 0 ? AS_INT(b) : 0) <= 4096;
    return false;
}

/* The value of a constant expression (a literal, a negated number, a tuple
 * of constants), or 0 when the expression is not constant. */
static Value const_value(Compiler *c, Node *e)
{
    if (!e) return 0;
    switch (e->kind) {
    case N_Constant: return e->u.constant.value;
    case N_UnaryOp:
        if (e->u.unary.op == UNARY_NEG && e->u.unary.operand->kind == N_Constant) {
            Value v = e->u.unary.operand->u.constant.value;
            if (IS_INT(v) || IS_FLOAT(v) || (IS_OBJ(v) && AS_OBJ(v)->type == &type_int)) {
                Value r = negate_const(c, v);
                if (!r) vm_exc_clear(c->vm);
                return r;
            }
        }
        return 0;
    case N_BinOpE: {
        Value a = const_value(c, e->u.binop.left);
        if (!a) return 0;
        Value b = const_value(c, e->u.binop.right);
        if (!b || !foldable_binop(a, b, e->u.binop.op)) return 0;
        Value r = obj_binop(c->vm, a, b, e->u.binop.op);
        if (!r) { vm_exc_clear(c->vm); return 0; }
        if (IS_STR(r) && AS_STR(r)->len > 4096) return 0;
        return r;
    }
    case N_Tuple: {
        if (e->u.seq.ctx != CTX_LOAD) return 0;
        int n = e->u.seq.elts.len;
        for (int i = 0; i < n; i++) {
            Node *x = e->u.seq.elts.items[i];
            if (x->kind == N_Starred) return 0;
        }
        Tuple *t = tuple_new(c->vm, n);
        if (!t) { vm_exc_clear(c->vm); return 0; }
        for (int i = 0; i < n; i++) {
            Value v = const_value(c, e->u.seq.elts.items[i]);
            if (!v) return 0;
            t->items[i] = v;
        }
        return OBJ_VAL(t);
    }
    default:
        return 0;
    }
}

/* ---- compile-time warnings ------------------------------------------------------------ */

/* Writes a SyntaxWarning as the warnings module shows one by default:
 * "file:line: SyntaxWarning: msg" and, when the file can be read, its
 * stripped source line.  (molt has no warning filters: it always shows.) */
static int compiler_warn(Compiler *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int compiler_warn(Compiler *c, const char *fmt, ...)
{
    VM *vm = c->vm;
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Value err = sys_get(vm, "stderr");
    if (!err || err == NONE) return 0;
    int lineno = c->u->lineno;
    StrBuf sb;
    sb_init(&sb, vm);
    sb_printf(&sb, "%s:%d: SyntaxWarning: %s\n", c->filename->data, lineno, msg);
    if (c->filename->len > 0 && c->filename->data[0] != '<') {
        size_t len = 0;
        char *text = import_read_file(vm, c->filename->data, &len);
        if (!text) vm_exc_clear(vm);
        for (size_t i = 0, line = 1; text && i < len; line++) {
            size_t j = i;
            while (j < len && text[j] != '\n') j++;
            if ((int)line == lineno) {
                while (i < j && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) i++;
                while (j > i && (text[j - 1] == ' ' || text[j - 1] == '\t' || text[j - 1] == '\r')) j--;
                if (j > i) {
                    sb_adds(&sb, "  ");
                    sb_add(&sb, text + i, j - i);
                    sb_addc(&sb, '\n');
                }
                break;
            }
            i = j + 1;
        }
    }
    Str *out = sb_finish(&sb);
    if (!out) return -1;
    return file_write_text(vm, err, out->data, (size_t)out->len);
}

/* The type CPython's infer_type gives an expression, or NULL. */
static const char *inferred_type(Compiler *c, Node *e)
{
    switch (e->kind) {
    case N_Tuple: case N_List: case N_ListComp: case N_Dict: case N_DictComp:
    case N_Set: case N_SetComp: case N_GeneratorExp: case N_Lambda:
    case N_JoinedStr: case N_FormattedValue:
        break;
    default: {
        Value v = const_value(c, e);
        return v ? type_name(v) : NULL;
    }
    }
    switch (e->kind) {
    case N_Tuple: return "tuple";
    case N_List: case N_ListComp: return "list";
    case N_Dict: case N_DictComp: return "dict";
    case N_Set: case N_SetComp: return "set";
    case N_GeneratorExp: return "generator";
    case N_Lambda: return "function";
    default: return "str";
    }
}

/* `x is 1`: CPython's check_compare */
static int check_compare(Compiler *c, Node *e)
{
#define IS_ARG(n) ({ Value v_ = const_value(c, (n)); \
                     !v_ || v_ == NONE || v_ == TRUE_VAL || v_ == FALSE_VAL || v_ == ELLIPSIS; })
    bool left = IS_ARG(e->u.compare.left);
    for (int i = 0; i < e->u.compare.n; i++) {
        CmpKind op = e->u.compare.ops[i];
        bool right = IS_ARG(e->u.compare.comparators.items[i]);
        if ((op == CMPK_IS || op == CMPK_IS_NOT) && (!left || !right))
            return compiler_warn(c, op == CMPK_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                  : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 0;
#undef IS_ARG
}

/* `None()`, `[1, 2](x)`: CPython's check_caller */
static int check_caller(Compiler *c, Node *f)
{
    switch (f->kind) {
    case N_Constant: case N_Tuple: case N_List: case N_ListComp: case N_Dict:
    case N_DictComp: case N_Set: case N_SetComp: case N_GeneratorExp:
    case N_JoinedStr: case N_FormattedValue:
        return compiler_warn(c, "'%s' object is not callable; perhaps you missed a comma?",
                             inferred_type(c, f));
    default:
        return 0;
    }
}

/* `1[x]`, `[1, 2]['a']`: CPython's check_subscripter and check_index */
static int check_subscript(Compiler *c, Node *e)
{
    Node *v = e->u.subscript.value, *s = e->u.subscript.slice;
    Value cv = const_value(c, v);
    bool warn = false;
    if (cv) {
        TypeObject *t = TYPE_OF(cv);
        warn = cv == NONE || cv == ELLIPSIS || t == &type_int || t == &type_float ||
               t == &type_set || t == &type_frozenset;
    } else if (v->kind == N_Set || v->kind == N_SetComp || v->kind == N_GeneratorExp ||
               v->kind == N_Lambda) {
        warn = true;
    }
    if (warn)
        return compiler_warn(c, "'%s' object is not subscriptable; perhaps you missed a comma?",
                             inferred_type(c, v));
    if (s->kind == N_Slice) return 0;
    const char *it = inferred_type(c, s);
    if (!it || !strcmp(it, "int") || !strcmp(it, "bool")) return 0;
    if (cv) {
        if (!IS_STR(cv) && !IS_BYTES(cv) && !IS_TUPLE(cv)) return 0;
    } else if (v->kind != N_Tuple && v->kind != N_List && v->kind != N_ListComp &&
               v->kind != N_JoinedStr && v->kind != N_FormattedValue) {
        return 0;
    }
    return compiler_warn(c, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                         inferred_type(c, v), it);
}

/* ---- annotations under `from __future__ import annotations` ---------------------- */

static void unparse(Compiler *c, StrBuf *sb, Node *e, int prec);

static const char *binop_sym(BinOp op)
{
    static const char *const syms[] = {
#define X(e, sym, dunder) sym,
        BINOP_LIST(X)
#undef X
    };
    return (unsigned)op < BINOP_COUNT ? syms[op] : "?";
}

static int binop_prec(BinOp op)
{
    switch (op) {
    case BINOP_OR: return 7;
    case BINOP_XOR: return 8;
    case BINOP_AND: return 9;
    case BINOP_LSHIFT: case BINOP_RSHIFT: return 10;
    case BINOP_ADD: case BINOP_SUB: return 11;
    case BINOP_POW: return 14;
    default: return 12;
    }
}

static void unparse_list(Compiler *c, StrBuf *sb, NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i) sb_adds(sb, ", ");
        unparse(c, sb, l->items[i], 1);
    }
}

static void unparse(Compiler *c, StrBuf *sb, Node *e, int prec)
{
    static const char *const cmpops[] = { "<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in" };
    switch (e->kind) {
    case N_Name: sb_add(sb, e->u.name.id->data, (size_t)e->u.name.id->len); break;
    case N_Constant: {
        Value v = e->u.constant.value;
        if (v == ELLIPSIS) { sb_adds(sb, "..."); break; }
        Value r = obj_repr(c->vm, v);
        if (r) sb_add(sb, AS_STR(r)->data, (size_t)AS_STR(r)->len);
        else { vm_exc_clear(c->vm); sb_adds(sb, "..."); }
        break;
    }
    case N_Attribute:
        unparse(c, sb, e->u.attribute.value, 16);
        sb_addc(sb, '.');
        sb_add(sb, e->u.attribute.attr->data, (size_t)e->u.attribute.attr->len);
        break;
    case N_Subscript: {
        unparse(c, sb, e->u.subscript.value, 16);
        sb_addc(sb, '[');
        Node *s = e->u.subscript.slice;
        if (s->kind == N_Tuple && s->u.seq.elts.len > 0) unparse_list(c, sb, &s->u.seq.elts);
        else unparse(c, sb, s, 0);
        sb_addc(sb, ']');
        break;
    }
    case N_Tuple:
        if (prec > 0 || e->u.seq.elts.len == 0) sb_addc(sb, '(');
        unparse_list(c, sb, &e->u.seq.elts);
        if (e->u.seq.elts.len == 1) sb_addc(sb, ',');
        if (prec > 0 || e->u.seq.elts.len == 0) sb_addc(sb, ')');
        break;
    case N_List: sb_addc(sb, '['); unparse_list(c, sb, &e->u.seq.elts); sb_addc(sb, ']'); break;
    case N_Set: sb_addc(sb, '{'); unparse_list(c, sb, &e->u.seq.elts); sb_addc(sb, '}'); break;
    case N_Dict:
        sb_addc(sb, '{');
        for (int i = 0; i < e->u.dict.values.len; i++) {
            if (i) sb_adds(sb, ", ");
            if (e->u.dict.keys.items[i]) {
                unparse(c, sb, e->u.dict.keys.items[i], 1);
                sb_adds(sb, ": ");
            } else {
                sb_adds(sb, "**");
            }
            unparse(c, sb, e->u.dict.values.items[i], 1);
        }
        sb_addc(sb, '}');
        break;
    case N_BinOpE: {
        int p = binop_prec(e->u.binop.op);
        if (p < prec) sb_addc(sb, '(');
        unparse(c, sb, e->u.binop.left, e->u.binop.op == BINOP_POW ? p + 1 : p);
        sb_addc(sb, ' ');
        sb_adds(sb, binop_sym(e->u.binop.op));
        sb_addc(sb, ' ');
        unparse(c, sb, e->u.binop.right, e->u.binop.op == BINOP_POW ? p : p + 1);
        if (p < prec) sb_addc(sb, ')');
        break;
    }
    case N_UnaryOp: {
        const char *ops[] = { "not ", "-", "+", "~" };
        int p = e->u.unary.op == UNARY_NOT ? 4 : 13;
        if (p < prec) sb_addc(sb, '(');
        sb_adds(sb, ops[e->u.unary.op]);
        unparse(c, sb, e->u.unary.operand, p);
        if (p < prec) sb_addc(sb, ')');
        break;
    }
    case N_BoolOp: {
        int p = e->u.boolop.op == BOOL_AND ? 3 : 2;
        if (p < prec) sb_addc(sb, '(');
        for (int i = 0; i < e->u.boolop.values.len; i++) {
            if (i) sb_adds(sb, e->u.boolop.op == BOOL_AND ? " and " : " or ");
            unparse(c, sb, e->u.boolop.values.items[i], p + 1);
        }
        if (p < prec) sb_addc(sb, ')');
        break;
    }
    case N_Compare:
        if (5 < prec) sb_addc(sb, '(');
        unparse(c, sb, e->u.compare.left, 6);
        for (int i = 0; i < e->u.compare.n; i++) {
            sb_addc(sb, ' ');
            sb_adds(sb, cmpops[e->u.compare.ops[i]]);
            sb_addc(sb, ' ');
            unparse(c, sb, e->u.compare.comparators.items[i], 6);
        }
        if (5 < prec) sb_addc(sb, ')');
        break;
    case N_Call:
        unparse(c, sb, e->u.call.func, 16);
        sb_addc(sb, '(');
        unparse_list(c, sb, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.len; i++) {
            Node *k = e->u.call.keywords.items[i];
            if (i || e->u.call.args.len) sb_adds(sb, ", ");
            if (k->u.keyword.arg) { sb_adds(sb, k->u.keyword.arg->data); sb_addc(sb, '='); }
            else sb_adds(sb, "**");
            unparse(c, sb, k->u.keyword.value, 1);
        }
        sb_addc(sb, ')');
        break;
    case N_Starred: sb_addc(sb, '*'); unparse(c, sb, e->u.starred.value, 16); break;
    case N_Slice:
        if (e->u.slice.lower) unparse(c, sb, e->u.slice.lower, 1);
        sb_addc(sb, ':');
        if (e->u.slice.upper) unparse(c, sb, e->u.slice.upper, 1);
        if (e->u.slice.step) { sb_addc(sb, ':'); unparse(c, sb, e->u.slice.step, 1); }
        break;
    case N_IfExp:
        if (1 < prec) sb_addc(sb, '(');
        unparse(c, sb, e->u.ifexp.body, 2);
        sb_adds(sb, " if ");
        unparse(c, sb, e->u.ifexp.test, 2);
        sb_adds(sb, " else ");
        unparse(c, sb, e->u.ifexp.orelse, 1);
        if (1 < prec) sb_addc(sb, ')');
        break;
    default:
        sb_adds(sb, "...");
        break;
    }
}

/* Loads an annotation: its value, or its source text under the future import. */
static int compile_annotation(Compiler *c, Node *ann)
{
    if (!c->future_annotations) return compile_expr(c, ann);
    StrBuf sb;
    sb_init(&sb, c->vm);
    unparse(c, &sb, ann, 0);
    Str *s = sb_finish(&sb);
    return s ? emit_const(c, OBJ_VAL(s)) : -1;
}

/* ---- expressions ------------------------------------------------------------------- */

static int emit_compare(Compiler *c, CmpKind k)
{
    switch (k) {
    case CMPK_IS: return emit(c, OP_IS_OP, 0);
    case CMPK_IS_NOT: return emit(c, OP_IS_OP, 1);
    case CMPK_IN: return emit(c, OP_CONTAINS_OP, 0);
    case CMPK_NOT_IN: return emit(c, OP_CONTAINS_OP, 1);
    default: return emit(c, OP_COMPARE_OP, (int)k);
    }
}

static int compile_compare(Compiler *c, Node *e)
{
    int n = e->u.compare.n;
    if (check_compare(c, e) < 0) return -1;
    if (compile_expr(c, e->u.compare.left) < 0) return -1;
    if (n == 1) {
        if (compile_expr(c, e->u.compare.comparators.items[0]) < 0) return -1;
        return emit_compare(c, e->u.compare.ops[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        if (compile_expr(c, e->u.compare.comparators.items[i]) < 0) return -1;
        if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_COPY, 2) < 0) return -1;
        if (emit_compare(c, e->u.compare.ops[i]) < 0) return -1;
        if (emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup) < 0) return -1;
    }
    if (compile_expr(c, e->u.compare.comparators.items[n - 1]) < 0) return -1;
    if (emit_compare(c, e->u.compare.ops[n - 1]) < 0) return -1;
    if (emit_jump(c, OP_JUMP, end) < 0) return -1;
    place_label(c, cleanup);
    if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
    place_label(c, end);
    return 0;
}

/* Jumps to `label` when the truth of e equals cond; falls through otherwise. */
static int compile_jump_if(Compiler *c, Node *e, bool cond, int label)
{
    switch (e->kind) {
    case N_UnaryOp:
        if (e->u.unary.op == UNARY_NOT) return compile_jump_if(c, e->u.unary.operand, !cond, label);
        break;
    case N_BoolOp: {
        bool is_or = e->u.boolop.op == BOOL_OR;
        int n = e->u.boolop.values.len;
        int next2 = label;
        if (is_or != cond) { next2 = new_label(c); if (next2 < 0) return -1; }
        for (int i = 0; i < n - 1; i++)
            if (compile_jump_if(c, e->u.boolop.values.items[i], is_or, next2) < 0) return -1;
        if (compile_jump_if(c, e->u.boolop.values.items[n - 1], cond, label) < 0) return -1;
        if (next2 != label) place_label(c, next2);
        return 0;
    }
    case N_Compare: {
        int n = e->u.compare.n;
        if (n == 1 && (e->u.compare.ops[0] == CMPK_IS || e->u.compare.ops[0] == CMPK_IS_NOT)) {
            Node *r = e->u.compare.comparators.items[0];
            if (r->kind == N_Constant && r->u.constant.value == NONE) {
                int saved = c->u->lineno;
                c->u->lineno = e->lineno;
                int rc = check_compare(c, e);
                c->u->lineno = saved;
                if (rc < 0) return -1;
                if (compile_expr(c, e->u.compare.left) < 0) return -1;
                bool is = e->u.compare.ops[0] == CMPK_IS;
                return emit_jump(c, (is == cond) ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label);
            }
        }
        if (n > 1) {
            /* a < b < c as a jump: no result value to clean up on the way
             * (CPython warns at the line of the enclosing statement here) */
            if (check_compare(c, e) < 0) return -1;
            if (compile_expr(c, e->u.compare.left) < 0) return -1;
            int cleanup = new_label(c), end = new_label(c);
            for (int i = 0; i < n - 1; i++) {
                if (compile_expr(c, e->u.compare.comparators.items[i]) < 0) return -1;
                if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_COPY, 2) < 0) return -1;
                if (emit_compare(c, e->u.compare.ops[i]) < 0) return -1;
                if (emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup) < 0) return -1;
            }
            if (compile_expr(c, e->u.compare.comparators.items[n - 1]) < 0) return -1;
            if (emit_compare(c, e->u.compare.ops[n - 1]) < 0) return -1;
            if (emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label) < 0) return -1;
            if (emit_jump(c, OP_JUMP, end) < 0) return -1;
            place_label(c, cleanup);
            if (emit(c, OP_POP_TOP, 0) < 0) return -1;
            if (!cond && emit_jump(c, OP_JUMP, label) < 0) return -1;
            place_label(c, end);
            return 0;
        }
        break;
    }
    default:
        break;
    }
    if (compile_expr(c, e) < 0) return -1;
    return emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static bool has_starred(NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == N_Starred) return true;
    return false;
}

/* List, tuple and set displays (load context). */
static int compile_display(Compiler *c, NodeList *elts, NodeKind kind)
{
    int n = elts->len;
    bool star = has_starred(elts);
    int build = kind == N_Set ? OP_BUILD_SET : OP_BUILD_LIST;
    int add = kind == N_Set ? OP_SET_ADD : OP_LIST_APPEND;
    int extend = kind == N_Set ? OP_SET_UPDATE : OP_LIST_EXTEND;
    if (!star) {
        /* all constants: one constant tuple */
        bool allconst = n > 0;
        Value *vals = n ? mem_alloc(c->vm, sizeof(Value) * (size_t)n) : NULL;
        for (int i = 0; i < n && allconst; i++) {
            vals[i] = const_value(c, elts->items[i]);
            if (!vals[i]) allconst = false;
        }
        if (allconst && (kind == N_Tuple || n >= 3)) {
            Value t = tuple_from_array(c->vm, n, vals);
            if (!t) return -1;
            if (kind == N_Tuple) return emit_const(c, t);
            if (emit(c, build, 0) < 0 || emit_const(c, t) < 0) return -1;
            return emit(c, extend, 1);
        }
        if (n == 0 && kind == N_Tuple) return emit_const(c, OBJ_VAL(tuple_new(c->vm, 0)));
        if (n <= BIG_DISPLAY) {
            for (int i = 0; i < n; i++)
                if (compile_expr(c, elts->items[i]) < 0) return -1;
            return emit(c, kind == N_Tuple ? OP_BUILD_TUPLE : build, n);
        }
    }
    /* item by item: leading plain items first, then append/extend */
    int lead = 0;
    if (n <= BIG_DISPLAY)
        while (lead < n && elts->items[lead]->kind != N_Starred) lead++;
    for (int i = 0; i < lead; i++)
        if (compile_expr(c, elts->items[i]) < 0) return -1;
    if (emit(c, build, lead) < 0) return -1;
    for (int i = lead; i < n; i++) {
        Node *x = elts->items[i];
        if (x->kind == N_Starred) {
            if (compile_expr(c, x->u.starred.value) < 0 || emit(c, extend, 1) < 0) return -1;
        } else {
            if (compile_expr(c, x) < 0 || emit(c, add, 1) < 0) return -1;
        }
    }
    if (kind == N_Tuple) return emit(c, OP_LIST_TO_TUPLE, 0);
    return 0;
}

static int compile_dict(Compiler *c, Node *e)
{
    int n = e->u.dict.values.len;
    bool has_unpack = false;
    for (int i = 0; i < n; i++)
        if (!e->u.dict.keys.items[i]) has_unpack = true;
    if (!has_unpack && n <= 16) {
        for (int i = 0; i < n; i++) {
            if (compile_expr(c, e->u.dict.keys.items[i]) < 0) return -1;
            if (compile_expr(c, e->u.dict.values.items[i]) < 0) return -1;
        }
        return emit(c, OP_BUILD_MAP, n);
    }
    if (!has_unpack) {
        if (emit(c, OP_BUILD_MAP, 0) < 0) return -1;
        for (int i = 0; i < n; i++) {
            if (compile_expr(c, e->u.dict.keys.items[i]) < 0) return -1;
            if (compile_expr(c, e->u.dict.values.items[i]) < 0) return -1;
            if (emit(c, OP_MAP_ADD, 1) < 0) return -1;
        }
        return 0;
    }
    /* with ** unpacking: runs of pairs become maps merged in order */
    int pending = 0;
    bool have = false;
    for (int i = 0; i < n; i++) {
        Node *k = e->u.dict.keys.items[i];
        if (k) {
            if (compile_expr(c, k) < 0 || compile_expr(c, e->u.dict.values.items[i]) < 0) return -1;
            pending++;
            continue;
        }
        if (pending) {
            if (emit(c, OP_BUILD_MAP, pending) < 0) return -1;
            if (have && emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
            have = true;
            pending = 0;
        }
        if (!have) {
            if (emit(c, OP_BUILD_MAP, 0) < 0) return -1;
            have = true;
        }
        if (compile_expr(c, e->u.dict.values.items[i]) < 0) return -1;
        if (emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
    }
    if (pending) {
        if (emit(c, OP_BUILD_MAP, pending) < 0) return -1;
        if (have && emit(c, OP_DICT_UPDATE, 1) < 0) return -1;
    }
    return 0;
}

static Value kwnames_tuple(Compiler *c, NodeList *keywords)
{
    Tuple *t = tuple_new(c->vm, keywords->len);
    if (!t) return 0;
    for (int i = 0; i < keywords->len; i++) {
        Str *s = str_intern(c->vm, keywords->items[i]->u.keyword.arg);
        if (!s) return 0;
        t->items[i] = OBJ_VAL(s);
    }
    return OBJ_VAL(t);
}

/* Arguments of a call whose callable and self_or_null are on the stack,
 * plus `npushed` positional arguments already pushed. */
static int compile_call_args(Compiler *c, int npushed, NodeList *args, NodeList *keywords)
{
    bool star = has_starred(args);
    bool dstar = false;
    for (int i = 0; i < keywords->len; i++)
        if (!keywords->items[i]->u.keyword.arg) dstar = true;
    if (!star && !dstar) {
        for (int i = 0; i < args->len; i++)
            if (compile_expr(c, args->items[i]) < 0) return -1;
        int n = npushed + args->len;
        if (keywords->len == 0) return emit(c, OP_CALL, n);
        for (int i = 0; i < keywords->len; i++)
            if (compile_expr(c, keywords->items[i]->u.keyword.value) < 0) return -1;
        Value names = kwnames_tuple(c, keywords);
        if (!names || emit_const(c, names) < 0) return -1;
        return emit(c, OP_CALL_KW, n + keywords->len);
    }
    /* the positional arguments as one tuple; a lone `*x` goes to the call
     * as it is (CALL_FUNCTION_EX makes the tuple and names the function in
     * its "argument after * must be an iterable" message, as CPython) */
    if (star && npushed == 0 && args->len == 1) {
        if (compile_expr(c, args->items[0]->u.starred.value) < 0) return -1;
    } else if (!star) {
        for (int i = 0; i < args->len; i++)
            if (compile_expr(c, args->items[i]) < 0) return -1;
        if (emit(c, OP_BUILD_TUPLE, npushed + args->len) < 0) return -1;
    } else {
        int lead = 0;
        while (lead < args->len && args->items[lead]->kind != N_Starred) lead++;
        for (int i = 0; i < lead; i++)
            if (compile_expr(c, args->items[i]) < 0) return -1;
        if (emit(c, OP_BUILD_LIST, npushed + lead) < 0) return -1;
        for (int i = lead; i < args->len; i++) {
            Node *a = args->items[i];
            if (a->kind == N_Starred) {
                if (compile_expr(c, a->u.starred.value) < 0 || emit(c, OP_LIST_EXTEND, 1) < 0) return -1;
            } else {
                if (compile_expr(c, a) < 0 || emit(c, OP_LIST_APPEND, 1) < 0) return -1;
            }
        }
        if (emit(c, OP_LIST_TO_TUPLE, 0) < 0) return -1;
    }
    if (keywords->len == 0) return emit(c, OP_CALL_FUNCTION_EX, 0);
    /* the keyword arguments as one dict */
    int pending = 0;
    bool have = false;
    for (int i = 0; i < keywords->len; i++) {
        Node *k = keywords->items[i];
        if (k->u.keyword.arg) {
            if (emit_const(c, OBJ_VAL(k->u.keyword.arg)) < 0) return -1;
            if (compile_expr(c, k->u.keyword.value) < 0) return -1;
            pending++;
            continue;
        }
        if (pending) {
            if (emit(c, OP_BUILD_MAP, pending) < 0) return -1;
            if (have && emit(c, OP_DICT_MERGE, 1) < 0) return -1;
            have = true;
            pending = 0;
        }
        if (!have) {
            if (emit(c, OP_BUILD_MAP, 0) < 0) return -1;
            have = true;
        }
        if (compile_expr(c, k->u.keyword.value) < 0) return -1;
        if (emit(c, OP_DICT_MERGE, 1) < 0) return -1;
    }
    if (pending) {
        if (emit(c, OP_BUILD_MAP, pending) < 0) return -1;
        if (have && emit(c, OP_DICT_MERGE, 1) < 0) return -1;
    }
    return emit(c, OP_CALL_FUNCTION_EX, 1);
}

static int compile_call(Compiler *c, Node *e)
{
    for (int i = 0; i < e->u.call.keywords.len; i++) {
        Str *k = e->u.call.keywords.items[i]->u.keyword.arg;
        if (k && check_debug_name(c, k, false, e) < 0) return -1;
    }
    Node *f = e->u.call.func;
    NodeList *args = &e->u.call.args, *kws = &e->u.call.keywords;
    bool simple = !has_starred(args);
    for (int i = 0; i < kws->len && simple; i++)
        if (!kws->items[i]->u.keyword.arg) simple = false;
    if (f->kind == N_Attribute && f->u.attribute.ctx == CTX_LOAD) {
        if (compile_expr(c, f->u.attribute.value) < 0) return -1;
        Str *attr = mangle(c, f->u.attribute.attr);
        if (!attr) return -1;
        int saved = c->u->lineno;
        c->u->lineno = f->end_lineno > 0 ? f->end_lineno : f->lineno;
        int rc = emit_name(c, simple ? OP_LOAD_METHOD : OP_LOAD_ATTR, attr);
        c->u->lineno = saved;
        if (rc < 0) return -1;
        if (!simple && emit(c, OP_PUSH_NULL, 0) < 0) return -1;
        /* CPython reports a method call at the line of its attribute name */
        if (f->end_lineno > 0) c->u->lineno = f->end_lineno;
    } else {
        if (check_caller(c, f) < 0) return -1;
        if (compile_expr(c, f) < 0) return -1;
        if (emit(c, OP_PUSH_NULL, 0) < 0) return -1;
    }
    return compile_call_args(c, 0, args, kws);
}

static int compile_slice(Compiler *c, Node *s)
{
    Node *parts[3] = { s->u.slice.lower, s->u.slice.upper, s->u.slice.step };
    int n = s->u.slice.step ? 3 : 2;
    for (int i = 0; i < n; i++) {
        if (parts[i]) { if (compile_expr(c, parts[i]) < 0) return -1; }
        else if (emit_const(c, NONE) < 0) return -1;
    }
    return emit(c, OP_BUILD_SLICE, n);
}

/* The key of a subscript: `x[*a]` (PEP 646) means the tuple (*a,). */
static int compile_subscript_key(Compiler *c, Node *key)
{
    if (key->kind == N_Starred) {
        NodeList one = { 1, 1, &key };
        return compile_display(c, &one, N_Tuple);
    }
    return compile_expr(c, key);
}

static int compile_fstring(Compiler *c, Node *e)
{
    int n = e->u.joined.values.len;
    if (n == 0) return emit_const(c, OBJ_VAL(str_from_cstr(c->vm, "")));
    for (int i = 0; i < n; i++)
        if (compile_expr(c, e->u.joined.values.items[i]) < 0) return -1;
    if (n == 1) {
        Node *only = e->u.joined.values.items[0];
        if (only->kind == N_FormattedValue || (only->kind == N_Constant && IS_STR(only->u.constant.value)))
            return 0;
    }
    return emit(c, OP_BUILD_STRING, n);
}

static int compile_formatted(Compiler *c, Node *e)
{
    if (compile_expr(c, e->u.formatted.value) < 0) return -1;
    int conv = e->u.formatted.conversion;
    int arg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->u.formatted.format_spec) {
        if (compile_expr(c, e->u.formatted.format_spec) < 0) return -1;
        arg |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, arg);
}

static int compile_boolop(Compiler *c, Node *e)
{
    int end = new_label(c);
    int n = e->u.boolop.values.len;
    int op = e->u.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < n - 1; i++) {
        if (compile_expr(c, e->u.boolop.values.items[i]) < 0) return -1;
        if (emit_jump(c, op, end) < 0) return -1;
    }
    if (compile_expr(c, e->u.boolop.values.items[n - 1]) < 0) return -1;
    place_label(c, end);
    return 0;
}

/* [defaults tuple] [kwdefaults dict] [annotations dict]; returns the
 * MAKE_FUNCTION flag bits or -1. */
static int compile_defaults(Compiler *c, Node *args)
{
    int flags = 0;
    if (!args) return 0;
    NodeList *defs = &args->u.arguments.defaults;
    if (defs->len) {
        if (compile_display(c, defs, N_Tuple) < 0) return -1;
        flags |= 1;
    }
    NodeList *kwd = &args->u.arguments.kw_defaults;
    int nkw = 0;
    for (int i = 0; i < kwd->len; i++) {
        if (!kwd->items[i]) continue;
        Str *name = mangle(c, args->u.arguments.kwonlyargs.items[i]->u.arg.arg);
        if (!name || emit_const(c, OBJ_VAL(name)) < 0) return -1;
        if (compile_expr(c, kwd->items[i]) < 0) return -1;
        nkw++;
    }
    if (nkw) {
        if (emit(c, OP_BUILD_MAP, nkw) < 0) return -1;
        flags |= 2;
    }
    return flags;
}

static int compile_one_annotation(Compiler *c, Str *name, Node *ann, int *count)
{
    if (!ann) return 0;
    Str *m = mangle(c, name);
    if (!m || emit_const(c, OBJ_VAL(m)) < 0) return -1;
    if (compile_annotation(c, ann) < 0) return -1;
    (*count)++;
    return 0;
}

static int compile_arg_annotations(Compiler *c, Node *args, Node *returns)
{
    int count = 0;
    if (args) {
        NodeList *lists[2] = { &args->u.arguments.args, &args->u.arguments.posonlyargs };
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < lists[k]->len; i++) {
                Node *a = lists[k]->items[i];
                if (compile_one_annotation(c, a->u.arg.arg, a->u.arg.annotation, &count) < 0) return -1;
            }
        Node *va = args->u.arguments.vararg;
        if (va && compile_one_annotation(c, va->u.arg.arg, va->u.arg.annotation, &count) < 0) return -1;
        NodeList *kw = &args->u.arguments.kwonlyargs;
        for (int i = 0; i < kw->len; i++) {
            Node *a = kw->items[i];
            if (compile_one_annotation(c, a->u.arg.arg, a->u.arg.annotation, &count) < 0) return -1;
        }
        Node *ka = args->u.arguments.kwarg;
        if (ka && compile_one_annotation(c, ka->u.arg.arg, ka->u.arg.annotation, &count) < 0) return -1;
    }
    if (returns && compile_one_annotation(c, str_intern_cstr(c->vm, "return"), returns, &count) < 0)
        return -1;
    if (!count) return 0;
    if (emit(c, OP_BUILD_MAP, count) < 0) return -1;
    return 4;
}

/* Pushes the closure (if the code has free variables) and makes the function. */
static int make_closure(Compiler *c, Code *co, int flags)
{
    int nfree = (int)co->freevars->len;
    if (nfree) {
        for (int i = 0; i < nfree; i++) {
            Str *name = AS_STR(co->freevars->items[i]);
            int k = cell_index(c->u, name);
            if (k < 0) {
                vm_raise(c->vm, &exc_SystemError, "compiler: no cell '%s' for closure of %s",
                         name->data, co->name->data);
                return -1;
            }
            if (emit(c, OP_LOAD_CLOSURE, k) < 0) return -1;
        }
        if (emit(c, OP_BUILD_TUPLE, nfree) < 0) return -1;
        flags |= 8;
    }
    if (emit_const(c, OBJ_VAL(co)) < 0) return -1;
    return emit(c, OP_MAKE_FUNCTION, flags);
}

static void set_arg_counts(Unit *u, Node *args)
{
    if (!args) return;
    u->posonly = args->u.arguments.posonlyargs.len;
    u->argcount = u->posonly + args->u.arguments.args.len;
    u->kwonly = args->u.arguments.kwonlyargs.len;
    if (args->u.arguments.vararg) u->flags |= CO_VARARGS;
    if (args->u.arguments.kwarg) u->flags |= CO_VARKEYWORDS;
}

static bool last_is_return(Compiler *c)
{
    Unit *u = c->u;
    return u->ncode > 0 && !u->fallthrough;
}

static int compile_lambda(Compiler *c, Node *e)
{
    Node *args = e->u.lambda.args;
    if (check_debug_args(c, args, e) < 0) return -1;
    int flags = compile_defaults(c, args);
    if (flags < 0) return -1;
    Scope *sc = symtable_scope_of(c->st, e);
    Str *name = str_intern_cstr(c->vm, "<lambda>");
    Str *qual = make_qualname(c, name, false);
    if (!sc || !qual) return -1;
    Unit *u = enter_unit(c, U_LAMBDA, sc, name, qual, e->lineno);
    if (!u) return -1;
    set_arg_counts(u, args);
    if (add_const(c, NONE) < 0) return -1;   /* a lambda has no docstring */
    u->lineno = e->lineno;
    if (compile_expr(c, e->u.lambda.body) < 0) return -1;
    if (emit(c, OP_RETURN_VALUE, 0) < 0) return -1;
    Code *co = assemble(c);
    leave_unit(c);
    if (!co) return -1;
    return make_closure(c, co, flags);
}

typedef enum { COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN } CompKind;

static int compile_comp_generator(Compiler *c, NodeList *gens, int i, Node *elt, Node *val, CompKind kind)
{
    Node *g = gens->items[i];
    int start = new_label(c), if_cleanup = new_label(c), anchor = new_label(c);
    if (i == 0) {
        if (emit(c, OP_LOAD_FAST, 0) < 0) return -1;   /* .0 */
    } else {
        if (compile_expr(c, g->u.comprehension.iter) < 0) return -1;
        if (emit(c, OP_GET_ITER, 0) < 0) return -1;
    }
    place_label(c, start);
    if (emit_jump(c, OP_FOR_ITER, anchor) < 0) return -1;
    if (compile_store(c, g->u.comprehension.target) < 0) return -1;
    for (int k = 0; k < g->u.comprehension.ifs.len; k++)
        if (compile_jump_if(c, g->u.comprehension.ifs.items[k], false, if_cleanup) < 0) return -1;
    if (i + 1 < gens->len) {
        if (compile_comp_generator(c, gens, i + 1, elt, val, kind) < 0) return -1;
    } else {
        int depth = gens->len + 1;   /* the collection under the iterators */
        switch (kind) {
        case COMP_LIST:
            if (compile_expr(c, elt) < 0 || emit(c, OP_LIST_APPEND, depth) < 0) return -1;
            break;
        case COMP_SET:
            if (compile_expr(c, elt) < 0 || emit(c, OP_SET_ADD, depth) < 0) return -1;
            break;
        case COMP_DICT:
            if (compile_expr(c, elt) < 0 || compile_expr(c, val) < 0) return -1;
            if (emit(c, OP_MAP_ADD, depth) < 0) return -1;
            break;
        case COMP_GEN:
            if (compile_expr(c, elt) < 0) return -1;
            if (emit(c, OP_YIELD_VALUE, 0) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
            break;
        }
    }
    place_label(c, if_cleanup);
    if (emit_jump(c, OP_JUMP, start) < 0) return -1;
    place_label(c, anchor);
    return 0;
}

static int compile_comprehension(Compiler *c, Node *e)
{
    CompKind kind = e->kind == N_ListComp ? COMP_LIST : e->kind == N_SetComp ? COMP_SET
                  : e->kind == N_DictComp ? COMP_DICT : COMP_GEN;
    Scope *sc = symtable_scope_of(c->st, e);
    if (!sc) { vm_raise(c->vm, &exc_SystemError, "compiler: comprehension without scope"); return -1; }
    Str *qual = make_qualname(c, sc->name, false);
    if (!qual) return -1;
    Unit *u = enter_unit(c, U_COMP, sc, sc->name, qual, e->lineno);
    if (!u) return -1;
    u->argcount = 1;
    u->lineno = e->lineno;
    static const int build[] = { OP_BUILD_LIST, OP_BUILD_SET, OP_BUILD_MAP };
    if (kind != COMP_GEN && emit(c, build[kind], 0) < 0) return -1;
    if (compile_comp_generator(c, &e->u.comp.generators, 0, e->u.comp.elt, e->u.comp.value, kind) < 0)
        return -1;
    if (kind == COMP_GEN && emit_const(c, NONE) < 0) return -1;
    if (emit(c, OP_RETURN_VALUE, 0) < 0) return -1;
    Code *co = assemble(c);
    leave_unit(c);
    if (!co) return -1;
    if (make_closure(c, co, 0) < 0) return -1;
    if (emit(c, OP_PUSH_NULL, 0) < 0) return -1;
    if (compile_expr(c, e->u.comp.generators.items[0]->u.comprehension.iter) < 0) return -1;
    if (emit(c, OP_GET_ITER, 0) < 0) return -1;
    return emit(c, OP_CALL, 1);
}

static int compile_expr_inner(Compiler *c, Node *e)
{
    switch (e->kind) {
    case N_BoolOp: return compile_boolop(c, e);
    case N_NamedExpr:
        if (compile_expr(c, e->u.namedexpr.value) < 0) return -1;
        if (emit(c, OP_COPY, 1) < 0) return -1;
        return compile_store(c, e->u.namedexpr.target);
    case N_BinOpE: {
        Value v = const_value(c, e);
        if (v) return emit_const(c, v);
        if (compile_expr(c, e->u.binop.left) < 0) return -1;
        if (compile_expr(c, e->u.binop.right) < 0) return -1;
        return emit(c, OP_BINARY_OP, (int)e->u.binop.op);
    }
    case N_UnaryOp: {
        Value v = const_value(c, e);
        if (v) return emit_const(c, v);
        if (compile_expr(c, e->u.unary.operand) < 0) return -1;
        static const int ops[] = { OP_UNARY_NOT, OP_UNARY_NEGATIVE, OP_UNARY_POSITIVE, OP_UNARY_INVERT };
        return emit(c, ops[e->u.unary.op], 0);
    }
    case N_Lambda: return compile_lambda(c, e);
    case N_IfExp: {
        int orelse = new_label(c), end = new_label(c);
        if (compile_jump_if(c, e->u.ifexp.test, false, orelse) < 0) return -1;
        if (compile_expr(c, e->u.ifexp.body) < 0) return -1;
        if (emit_jump(c, OP_JUMP, end) < 0) return -1;
        place_label(c, orelse);
        if (compile_expr(c, e->u.ifexp.orelse) < 0) return -1;
        place_label(c, end);
        return 0;
    }
    case N_Dict: return compile_dict(c, e);
    case N_Set: return compile_display(c, &e->u.seq.elts, N_Set);
    case N_List:
        if (e->u.seq.ctx != CTX_LOAD) break;
        return compile_display(c, &e->u.seq.elts, N_List);
    case N_Tuple:
        if (e->u.seq.ctx != CTX_LOAD) break;
        return compile_display(c, &e->u.seq.elts, N_Tuple);
    case N_ListComp: case N_SetComp: case N_DictComp: case N_GeneratorExp:
        return compile_comprehension(c, e);
    case N_Yield:
        if (!unit_is_function(c->u)) return ERROR(c, e, "'yield' outside function");
        if (e->u.ret.value) { if (compile_expr(c, e->u.ret.value) < 0) return -1; }
        else if (emit_const(c, NONE) < 0) return -1;
        return emit(c, OP_YIELD_VALUE, 0);
    case N_YieldFrom:
        if (!unit_is_function(c->u)) return ERROR(c, e, "'yield' outside function");
        if (compile_expr(c, e->u.ret.value) < 0) return -1;
        if (emit(c, OP_GET_YIELD_FROM_ITER, 0) < 0 || emit_const(c, NONE) < 0) return -1;
        return emit(c, OP_YIELD_FROM, 0);
    case N_Compare: return compile_compare(c, e);
    case N_Call: return compile_call(c, e);
    case N_FormattedValue: return compile_formatted(c, e);
    case N_JoinedStr: return compile_fstring(c, e);
    case N_Constant: return emit_const(c, e->u.constant.value);
    case N_Attribute: {
        if (e->u.attribute.ctx != CTX_LOAD) break;
        if (compile_expr(c, e->u.attribute.value) < 0) return -1;
        Str *attr = mangle(c, e->u.attribute.attr);
        if (!attr) return -1;
        int saved = c->u->lineno;
        c->u->lineno = e->end_lineno > 0 ? e->end_lineno : e->lineno;
        int rc = emit_name(c, OP_LOAD_ATTR, attr);
        c->u->lineno = saved;
        return rc;
    }
    case N_Subscript:
        if (e->u.subscript.ctx != CTX_LOAD) break;
        if (check_subscript(c, e) < 0) return -1;
        if (compile_expr(c, e->u.subscript.value) < 0) return -1;
        if (compile_subscript_key(c, e->u.subscript.slice) < 0) return -1;
        return emit(c, OP_BINARY_SUBSCR, 0);
    case N_Starred:
        return ERROR(c, e, "can't use starred expression here");
    case N_Name:
        if (str_eq_cstr(e->u.name.id, "__debug__")) return emit_const(c, TRUE_VAL);
        return compile_nameop(c, e->u.name.id, NAME_LOAD, NULL);
    case N_Slice: return compile_slice(c, e);
    default:
        break;
    }
    vm_raise(c->vm, &exc_SystemError, "compiler: unexpected %s node in expression",
             (unsigned)e->kind < N_COUNT ? node_kind_names[e->kind] : "?");
    return -1;
}

static int compile_expr(Compiler *c, Node *e)
{
    if (++c->recursion > MAX_RECURSION) {
        vm_raise(c->vm, &exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    Unit *u = c->u;
    int saved = u->lineno;
    u->lineno = e->lineno;
    int rc = compile_expr_inner(c, e);
    c->u->lineno = saved;
    c->recursion--;
    return rc;
}

/* ---- assignment targets ------------------------------------------------------------- */

static int compile_unpack(Compiler *c, Node *t)
{
    NodeList *elts = &t->u.seq.elts;
    int n = elts->len, star = -1;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != N_Starred) continue;
        if (star >= 0) return ERROR(c, t, "multiple starred expressions in assignment");
        star = i;
    }
    if (star < 0) {
        if (emit(c, OP_UNPACK_SEQUENCE, n) < 0) return -1;
    } else {
        int after = n - star - 1;
        if (star >= 256 || after >= (1 << 16))
            return ERROR(c, t, "too many expressions in star-unpacking assignment");
        if (emit(c, OP_UNPACK_EX, star | (after << 8)) < 0) return -1;
    }
    for (int i = 0; i < n; i++) {
        Node *x = elts->items[i];
        if (compile_store(c, x->kind == N_Starred ? x->u.starred.value : x) < 0) return -1;
    }
    return 0;
}

/* Stores TOS into the target. */
static int compile_store(Compiler *c, Node *t)
{
    Unit *u = c->u;
    int saved = u->lineno;
    u->lineno = t->lineno;
    int rc = 0;
    switch (t->kind) {
    case N_Name: rc = compile_nameop(c, t->u.name.id, NAME_STORE, t); break;
    case N_Attribute: {
        Str *attr = mangle(c, t->u.attribute.attr);
        if (!attr || check_debug_name(c, t->u.attribute.attr, false, t) < 0) { rc = -1; break; }
        if ((rc = compile_expr(c, t->u.attribute.value)) < 0) break;
        rc = emit_name(c, OP_STORE_ATTR, attr);
        break;
    }
    case N_Subscript:
        if ((rc = compile_expr(c, t->u.subscript.value)) < 0) break;
        if ((rc = compile_subscript_key(c, t->u.subscript.slice)) < 0) break;
        rc = emit(c, OP_STORE_SUBSCR, 0);
        break;
    case N_Tuple: case N_List: rc = compile_unpack(c, t); break;
    case N_Starred: rc = ERROR(c, t, "starred assignment target must be in a list or tuple"); break;
    default: rc = ERROR(c, t, "cannot assign to expression"); break;
    }
    u->lineno = saved;
    return rc;
}

static int compile_delete(Compiler *c, Node *t)
{
    Unit *u = c->u;
    u->lineno = t->lineno;
    switch (t->kind) {
    case N_Name: return compile_nameop(c, t->u.name.id, NAME_DEL, t);
    case N_Attribute: {
        Str *attr = mangle(c, t->u.attribute.attr);
        if (!attr || compile_expr(c, t->u.attribute.value) < 0) return -1;
        return emit_name(c, OP_DELETE_ATTR, attr);
    }
    case N_Subscript:
        if (compile_expr(c, t->u.subscript.value) < 0) return -1;
        if (compile_subscript_key(c, t->u.subscript.slice) < 0) return -1;
        return emit(c, OP_DELETE_SUBSCR, 0);
    case N_Tuple: case N_List:
        for (int i = 0; i < t->u.seq.elts.len; i++)
            if (compile_delete(c, t->u.seq.elts.items[i]) < 0) return -1;
        return 0;
    default:
        return ERROR(c, t, "cannot delete expression");
    }
}

/* ---- leaving blocks early ------------------------------------------------------------ */

static int emit_exit_call(Compiler *c)
{
    for (int i = 0; i < 3; i++)
        if (emit_const(c, NONE) < 0) return -1;
    if (emit(c, OP_CALL, 3) < 0) return -1;
    return emit(c, OP_POP_TOP, 0);
}

static int clear_handler_name(Compiler *c, Str *name)
{
    if (emit_const(c, NONE) < 0) return -1;
    if (compile_nameop(c, name, NAME_STORE, NULL) < 0) return -1;
    return compile_nameop(c, name, NAME_DEL, NULL);
}

/* Emits what leaving one block requires; `preserve` keeps TOS (a return value). */
static int unwind_fblock(Compiler *c, FBlock *fb, bool preserve)
{
    switch (fb->kind) {
    case FB_WHILE: case FB_TRY_EXCEPT:
        return 0;
    case FB_FOR: case FB_POP_VALUE:
        if (preserve && emit(c, OP_SWAP, 2) < 0) return -1;
        return emit(c, OP_POP_TOP, 0);
    case FB_FINALLY_END:
        if (preserve && emit(c, OP_SWAP, 2) < 0) return -1;
        if (emit(c, OP_POP_TOP, 0) < 0) return -1;          /* the exception */
        if (preserve && emit(c, OP_SWAP, 2) < 0) return -1;
        return emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH: {
        int saved = c->u->lineno;
        c->u->lineno = fb->node->lineno;
        if (preserve && (emit(c, OP_SWAP, 3) < 0 || emit(c, OP_SWAP, 2) < 0)) return -1;
        int rc = emit_exit_call(c);
        c->u->lineno = saved;
        return rc;
    }
    case FB_HANDLER_CLEANUP:
        if (preserve && emit(c, OP_SWAP, 2) < 0) return -1;
        if (emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
        if (fb->name) return clear_handler_name(c, fb->name);
        return 0;
    case FB_FINALLY_TRY: {
        if (preserve && push_fblock(c, FB_POP_VALUE, -1, -1, fb->node) < 0) return -1;
        int saved = c->u->lineno;
        if (compile_stmts(c, fb->finalbody, 0) < 0) return -1;
        c->u->lineno = saved;
        if (preserve) pop_fblock(c);
        return 0;
    }
    }
    return 0;
}

/* Unwinds the blocks from the innermost out, stopping at a loop when `loop`
 * is given.  Each block is unwound in the exception context outside it, and
 * popped while its code is emitted so a return inside an inlined finally
 * body does not run that finally body again. */
static int unwind_fblock_stack(Compiler *c, bool preserve, FBlock **loop)
{
    Unit *u = c->u;
    if (u->nfb == 0) return 0;
    FBlock *top = &u->fb[u->nfb - 1];
    if (loop && (top->kind == FB_WHILE || top->kind == FB_FOR)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfb--;
    int saved = u->cur_handler;
    u->cur_handler = copy.outside;
    int rc = unwind_fblock(c, &copy, preserve);
    if (rc == 0) rc = unwind_fblock_stack(c, preserve, loop);
    u->cur_handler = saved;
    u->fb[u->nfb++] = copy;
    return rc;
}

static int compile_return(Compiler *c, Node *s)
{
    Unit *u = c->u;
    if (u->kind != U_FUNCTION) return ERROR(c, s, "'return' outside function");
    Node *v = s->u.ret.value;
    Value k = v ? const_value(c, v) : NONE;
    bool preserve = !k;
    int depth = u->depth;
    if (preserve && compile_expr(c, v) < 0) return -1;
    if (unwind_fblock_stack(c, preserve, NULL) < 0) return -1;
    u->lineno = s->lineno;
    if (!preserve && emit_const(c, k) < 0) return -1;
    int saved = u->cur_handler;
    u->cur_handler = -1;
    int rc = emit(c, OP_RETURN_VALUE, 0);
    u->cur_handler = saved;
    u->depth = depth;
    return rc;
}

static int compile_break_continue(Compiler *c, Node *s, bool is_break)
{
    Unit *u = c->u;
    FBlock *loop = NULL;
    int depth = u->depth;
    if (unwind_fblock_stack(c, false, &loop) < 0) return -1;
    if (!loop) return ERROR(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    u->lineno = s->lineno;
    int saved = u->cur_handler;
    u->cur_handler = loop->outside;
    if (is_break && unwind_fblock(c, loop, false) < 0) return -1;
    int rc = emit_jump(c, OP_JUMP, is_break ? loop->brk : loop->cont);
    u->cur_handler = saved;
    u->depth = depth;
    return rc;
}

/* ---- statements ------------------------------------------------------------------------ */

/* The decorators' callables are already on the stack, innermost last;
 * each call is reported at its decorator's line, as CPython does. */
static int apply_decorators(Compiler *c, NodeList *decos)
{
    for (int i = decos->len - 1; i >= 0; i--) {
        c->u->lineno = decos->items[i]->lineno;
        if (emit(c, OP_CALL, 1) < 0) return -1;
    }
    return 0;
}

static int compile_funcdef(Compiler *c, Node *s)
{
    if (check_debug_args(c, s->u.funcdef.args, s) < 0) return -1;
    NodeList *decos = &s->u.funcdef.decorators;
    for (int i = 0; i < decos->len; i++) {
        if (compile_expr(c, decos->items[i]) < 0) return -1;
        if (emit(c, OP_PUSH_NULL, 0) < 0) return -1;
    }
    c->u->lineno = s->lineno;
    int first = decos->len ? decos->items[0]->lineno : s->lineno;
    Node *args = s->u.funcdef.args;
    int flags = compile_defaults(c, args);
    if (flags < 0) return -1;
    int ann = compile_arg_annotations(c, args, s->u.funcdef.returns);
    if (ann < 0) return -1;
    flags |= ann;

    Scope *sc = symtable_scope_of(c->st, s);
    Str *qual = make_qualname(c, s->u.funcdef.name, true);
    if (!sc || !qual) return -1;
    Unit *u = enter_unit(c, U_FUNCTION, sc, s->u.funcdef.name, qual, first);
    if (!u) return -1;
    set_arg_counts(u, args);
    NodeList *body = &s->u.funcdef.body;
    int from = 0;
    if (body->len && is_docstring(body->items[0])) {
        u->docstring = body->items[0]->u.ret.value->u.constant.value;
        from = 1;
    }
    if (add_const(c, u->docstring) < 0) return -1;
    if (compile_stmts(c, body, from) < 0) return -1;
    if (!last_is_return(c)) {
        if (emit_const(c, NONE) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0) return -1;
    }
    Code *co = assemble(c);
    leave_unit(c);
    if (!co) return -1;
    c->u->lineno = s->lineno;
    if (make_closure(c, co, flags) < 0) return -1;
    if (apply_decorators(c, decos) < 0) return -1;
    c->u->lineno = s->lineno;
    return compile_nameop(c, s->u.funcdef.name, NAME_STORE, s);
}

/* Does a body (module or class level) contain annotations to record? */
static bool find_annotations(NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        Node *s = l->items[i];
        switch (s->kind) {
        case N_AnnAssign: return true;
        case N_For:
            if (find_annotations(&s->u.for_.body) || find_annotations(&s->u.for_.orelse)) return true;
            break;
        case N_While: case N_If:
            if (find_annotations(&s->u.while_.body) || find_annotations(&s->u.while_.orelse)) return true;
            break;
        case N_With:
            if (find_annotations(&s->u.with.body)) return true;
            break;
        case N_Try:
            if (find_annotations(&s->u.try_.body) || find_annotations(&s->u.try_.orelse) ||
                find_annotations(&s->u.try_.finalbody)) return true;
            for (int k = 0; k < s->u.try_.handlers.len; k++)
                if (find_annotations(&s->u.try_.handlers.items[k]->u.handler.body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

static int compile_classdef(Compiler *c, Node *s)
{
    VM *vm = c->vm;
    NodeList *decos = &s->u.classdef.decorators;
    for (int i = 0; i < decos->len; i++) {
        if (compile_expr(c, decos->items[i]) < 0) return -1;
        if (emit(c, OP_PUSH_NULL, 0) < 0) return -1;
    }
    int first = decos->len ? decos->items[0]->lineno : s->lineno;
    Str *name = s->u.classdef.name;
    Scope *sc = symtable_scope_of(c->st, s);
    Str *qual = make_qualname(c, name, true);
    if (!sc || !qual) return -1;
    Unit *u = enter_unit(c, U_CLASS, sc, name, qual, first);
    if (!u) return -1;
    u->private_name = name;
    u->lineno = s->lineno;
    if (emit_name_cstr(c, OP_LOAD_NAME, "__name__") < 0) return -1;
    if (emit_name_cstr(c, OP_STORE_NAME, "__module__") < 0) return -1;
    if (emit_const(c, OBJ_VAL(qual)) < 0) return -1;
    if (emit_name_cstr(c, OP_STORE_NAME, "__qualname__") < 0) return -1;
    NodeList *body = &s->u.classdef.body;
    int from = 0;
    if (body->len && is_docstring(body->items[0])) {
        u->lineno = body->items[0]->lineno;
        if (emit_const(c, body->items[0]->u.ret.value->u.constant.value) < 0) return -1;
        if (emit_name_cstr(c, OP_STORE_NAME, "__doc__") < 0) return -1;
        from = 1;
    }
    if (find_annotations(body) && emit(c, OP_SETUP_ANNOTATIONS, 0) < 0) return -1;
    if (compile_stmts(c, body, from) < 0) return -1;
    u->lineno = s->lineno;
    if (sc->needs_class_closure) {
        int k = cell_index(u, str_intern_cstr(vm, "__class__"));
        if (emit(c, OP_LOAD_CLOSURE, k) < 0 || emit(c, OP_COPY, 1) < 0) return -1;
        if (emit_name_cstr(c, OP_STORE_NAME, "__classcell__") < 0) return -1;
    } else {
        if (emit_const(c, NONE) < 0) return -1;
    }
    if (emit(c, OP_RETURN_VALUE, 0) < 0) return -1;
    Code *co = assemble(c);
    leave_unit(c);
    if (!co) return -1;
    c->u->lineno = s->lineno;
    if (emit(c, OP_LOAD_BUILD_CLASS, 0) < 0 || emit(c, OP_PUSH_NULL, 0) < 0) return -1;
    if (make_closure(c, co, 0) < 0) return -1;
    if (emit_const(c, OBJ_VAL(name)) < 0) return -1;
    if (compile_call_args(c, 2, &s->u.classdef.bases, &s->u.classdef.keywords) < 0) return -1;
    if (apply_decorators(c, decos) < 0) return -1;
    c->u->lineno = s->lineno;
    return compile_nameop(c, name, NAME_STORE, s);
}

static int compile_assign(Compiler *c, Node *s)
{
    NodeList *targets = &s->u.assign.targets;
    Node *v = s->u.assign.value;
    /* a, b = b, a: no tuple is built (CPython's SWAP form) */
    if (targets->len == 1) {
        Node *t = targets->items[0];
        if ((t->kind == N_Tuple || t->kind == N_List) && (v->kind == N_Tuple || v->kind == N_List) &&
            t->u.seq.elts.len == v->u.seq.elts.len && t->u.seq.elts.len >= 2 && t->u.seq.elts.len <= 3 &&
            !has_starred(&t->u.seq.elts) && !has_starred(&v->u.seq.elts)) {
            int n = v->u.seq.elts.len;
            for (int i = 0; i < n; i++)
                if (compile_expr(c, v->u.seq.elts.items[i]) < 0) return -1;
            c->u->lineno = s->lineno;
            if (emit(c, OP_SWAP, n) < 0) return -1;
            for (int i = 0; i < n; i++)
                if (compile_store(c, t->u.seq.elts.items[i]) < 0) return -1;
            return 0;
        }
    }
    if (compile_expr(c, v) < 0) return -1;
    for (int i = 0; i < targets->len; i++) {
        if (i < targets->len - 1 && emit(c, OP_COPY, 1) < 0) return -1;
        if (compile_store(c, targets->items[i]) < 0) return -1;
    }
    return 0;
}

static int compile_augassign(Compiler *c, Node *s)
{
    Node *t = s->u.augassign.target;
    int op = (int)s->u.augassign.op + BINOP_INPLACE;
    switch (t->kind) {
    case N_Name:
        if (compile_nameop(c, t->u.name.id, NAME_LOAD, NULL) < 0) return -1;
        if (compile_expr(c, s->u.augassign.value) < 0) return -1;
        c->u->lineno = s->lineno;
        if (emit(c, OP_BINARY_OP, op) < 0) return -1;
        return compile_nameop(c, t->u.name.id, NAME_STORE, t);
    case N_Attribute: {
        Str *attr = mangle(c, t->u.attribute.attr);
        if (!attr) return -1;
        if (compile_expr(c, t->u.attribute.value) < 0) return -1;
        if (emit(c, OP_COPY, 1) < 0 || emit_name(c, OP_LOAD_ATTR, attr) < 0) return -1;
        if (compile_expr(c, s->u.augassign.value) < 0) return -1;
        c->u->lineno = s->lineno;
        if (emit(c, OP_BINARY_OP, op) < 0) return -1;
        if (emit(c, OP_SWAP, 2) < 0) return -1;
        return emit_name(c, OP_STORE_ATTR, attr);
    }
    case N_Subscript:
        if (compile_expr(c, t->u.subscript.value) < 0) return -1;
        if (compile_subscript_key(c, t->u.subscript.slice) < 0) return -1;
        if (emit(c, OP_COPY, 2) < 0 || emit(c, OP_COPY, 2) < 0) return -1;
        if (emit(c, OP_BINARY_SUBSCR, 0) < 0) return -1;
        if (compile_expr(c, s->u.augassign.value) < 0) return -1;
        c->u->lineno = s->lineno;
        if (emit(c, OP_BINARY_OP, op) < 0) return -1;
        if (emit(c, OP_SWAP, 3) < 0 || emit(c, OP_SWAP, 2) < 0) return -1;
        return emit(c, OP_STORE_SUBSCR, 0);
    default:
        return ERROR(c, t, "'%s' is an illegal expression for augmented assignment",
                     t->kind == N_Tuple ? "tuple" : t->kind == N_List ? "list" : "expression");
    }
}

static int compile_annassign(Compiler *c, Node *s)
{
    Node *t = s->u.annassign.target;
    bool module_or_class = c->u->kind == U_MODULE || c->u->kind == U_CLASS;
    if (t->kind == N_Name && check_debug_name(c, t->u.name.id, false, s) < 0) return -1;
    if (s->u.annassign.value) {
        if (compile_expr(c, s->u.annassign.value) < 0) return -1;
        if (compile_store(c, t) < 0) return -1;
    }
    c->u->lineno = s->lineno;
    if (t->kind == N_Name) {
        if (s->u.annassign.simple && module_or_class) {
            if (compile_annotation(c, s->u.annassign.annotation) < 0) return -1;
            if (emit_name_cstr(c, OP_LOAD_NAME, "__annotations__") < 0) return -1;
            Str *m = mangle(c, t->u.name.id);
            if (!m || emit_const(c, OBJ_VAL(m)) < 0) return -1;
            return emit(c, OP_STORE_SUBSCR, 0);
        }
    } else if (!s->u.annassign.value) {
        /* `obj.x: T` / `obj[k]: T` still evaluate the object (and key) */
        if (t->kind == N_Attribute) {
            if (compile_expr(c, t->u.attribute.value) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
        } else if (t->kind == N_Subscript) {
            if (compile_expr(c, t->u.subscript.value) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
            if (compile_subscript_key(c, t->u.subscript.slice) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
        }
    }
    if (!s->u.annassign.simple && module_or_class && !c->future_annotations) {
        if (compile_expr(c, s->u.annassign.annotation) < 0) return -1;
        if (emit(c, OP_POP_TOP, 0) < 0) return -1;
    }
    return 0;
}

static bool is_const_true(Compiler *c, Node *e)
{
    if (e->kind != N_Constant) return false;
    Value v = e->u.constant.value;
    return v == TRUE_VAL || (IS_INT(v) && AS_INT(v) != 0);
}

/* The test is compiled twice, as CPython 3.11 does: once before the loop
 * and once at the bottom, where its conditional jump goes back to the body
 * (the VM checks for Ctrl-C on backward conditional jumps too). */
static int compile_while(Compiler *c, Node *s)
{
    int body = new_label(c), cont = new_label(c), orelse = new_label(c), end = new_label(c);
    bool forever = is_const_true(c, s->u.while_.test);
    if (!forever && compile_jump_if(c, s->u.while_.test, false, orelse) < 0) return -1;
    place_label(c, body);
    if (push_fblock(c, FB_WHILE, cont, end, s) < 0) return -1;
    if (compile_stmts(c, &s->u.while_.body, 0) < 0) return -1;
    pop_fblock(c);
    place_label(c, cont);
    c->u->lineno = s->lineno;
    if (forever) {
        if (emit_jump(c, OP_JUMP, body) < 0) return -1;
    } else if (compile_jump_if(c, s->u.while_.test, true, body) < 0) {
        return -1;
    }
    place_label(c, orelse);
    if (compile_stmts(c, &s->u.while_.orelse, 0) < 0) return -1;
    place_label(c, end);
    return 0;
}

static int compile_for(Compiler *c, Node *s)
{
    int top = new_label(c), cleanup = new_label(c), end = new_label(c);
    if (compile_expr(c, s->u.for_.iter) < 0) return -1;
    c->u->lineno = s->lineno;
    if (emit(c, OP_GET_ITER, 0) < 0) return -1;
    place_label(c, top);
    if (push_fblock(c, FB_FOR, top, end, s) < 0) return -1;
    if (emit_jump(c, OP_FOR_ITER, cleanup) < 0) return -1;
    if (compile_store(c, s->u.for_.target) < 0) return -1;
    if (compile_stmts(c, &s->u.for_.body, 0) < 0) return -1;
    pop_fblock(c);
    c->u->lineno = s->lineno;
    if (emit_jump(c, OP_JUMP, top) < 0) return -1;
    place_label(c, cleanup);
    if (compile_stmts(c, &s->u.for_.orelse, 0) < 0) return -1;
    place_label(c, end);
    return 0;
}

static int compile_if(Compiler *c, Node *s)
{
    int end = new_label(c);
    int orelse = s->u.while_.orelse.len ? new_label(c) : end;
    if (compile_jump_if(c, s->u.while_.test, false, orelse) < 0) return -1;
    if (compile_stmts(c, &s->u.while_.body, 0) < 0) return -1;
    if (s->u.while_.orelse.len) {
        if (emit_jump(c, OP_JUMP, end) < 0) return -1;
        place_label(c, orelse);
        if (compile_stmts(c, &s->u.while_.orelse, 0) < 0) return -1;
    }
    place_label(c, end);
    return 0;
}

/* The handler part of `with`, shared by the exception path. */
static int compile_with_item(Compiler *c, Node *s, int pos)
{
    Unit *u = c->u;
    Node *item = s->u.with.items.items[pos];
    int end = new_label(c);
    if (compile_expr(c, item->u.withitem.context_expr) < 0) return -1;
    u->lineno = s->lineno;
    if (emit(c, OP_BEFORE_WITH, 0) < 0) return -1;
    int d = u->depth - 1;              /* [.. exit NULL] below the __enter__ result */
    int outside = u->cur_handler;
    int h = new_handler(c, d);
    if (h < 0) return -1;
    if (push_fblock(c, FB_WITH, -1, -1, s) < 0) return -1;
    u->cur_handler = h;
    if (item->u.withitem.optional_vars) {
        if (compile_store(c, item->u.withitem.optional_vars) < 0) return -1;
    } else if (emit(c, OP_POP_TOP, 0) < 0) return -1;
    if (pos + 1 < s->u.with.items.len) {
        if (compile_with_item(c, s, pos + 1) < 0) return -1;
    } else if (compile_stmts(c, &s->u.with.body, 0) < 0) return -1;
    u->cur_handler = outside;
    pop_fblock(c);
    u->lineno = s->lineno;
    if (emit_exit_call(c) < 0) return -1;
    if (emit_jump(c, OP_JUMP, end) < 0) return -1;

    /* exception path: [.. exit NULL exc] */
    place_label(c, handler_label(c, h));
    int cleanup = new_handler(c, d + 1);
    int suppress = new_label(c);
    if (cleanup < 0 || suppress < 0) return -1;
    u->cur_handler = cleanup;
    if (emit(c, OP_PUSH_EXC_INFO, 0) < 0) return -1;
    if (emit(c, OP_WITH_EXCEPT_START, 0) < 0) return -1;
    if (emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress) < 0) return -1;
    if (emit(c, OP_RERAISE, 0) < 0) return -1;
    u->cur_handler = outside;
    place_label(c, suppress);
    if (emit(c, OP_POP_TOP, 0) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
    if (emit(c, OP_POP_TOP, 0) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
    if (emit_jump(c, OP_JUMP, end) < 0) return -1;
    /* cleanup: [.. exit NULL prev exc] */
    place_label(c, handler_label(c, cleanup));
    if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0 || emit(c, OP_RERAISE, 0) < 0) return -1;
    place_label(c, end);
    return 0;
}

/* The `except` cleanup: restore the previous exception, re-raise. */
static int emit_cleanup_handler(Compiler *c, int h)
{
    place_label(c, handler_label(c, h));
    if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
    return emit(c, OP_RERAISE, 0);
}

static int compile_try_except(Compiler *c, Node *s)
{
    Unit *u = c->u;
    int d = u->depth;
    int outside = u->cur_handler;
    int end = new_label(c);
    int h = new_handler(c, d);
    if (h < 0 || end < 0) return -1;
    if (push_fblock(c, FB_TRY_EXCEPT, -1, -1, s) < 0) return -1;
    u->cur_handler = h;
    if (compile_stmts(c, &s->u.try_.body, 0) < 0) return -1;
    u->cur_handler = outside;
    pop_fblock(c);
    if (compile_stmts(c, &s->u.try_.orelse, 0) < 0) return -1;
    if (emit_jump(c, OP_JUMP, end) < 0) return -1;

    /* [.. exc] */
    place_label(c, handler_label(c, h));
    int cleanup = new_handler(c, d + 1);
    if (cleanup < 0) return -1;
    u->cur_handler = cleanup;
    if (emit(c, OP_PUSH_EXC_INFO, 0) < 0) return -1;
    NodeList *hs = &s->u.try_.handlers;
    for (int i = 0; i < hs->len; i++) {
        Node *hn = hs->items[i];
        Node *type = hn->u.handler.type;
        Str *name = hn->u.handler.name;
        u->lineno = hn->lineno;
        if (!type && i < hs->len - 1) return ERROR(c, hn, "default 'except:' must be last");
        int next = new_label(c);
        if (next < 0) return -1;
        if (type) {
            if (compile_expr(c, type) < 0) return -1;
            if (emit(c, OP_CHECK_EXC_MATCH, 0) < 0) return -1;
            if (emit_jump(c, OP_POP_JUMP_IF_FALSE, next) < 0) return -1;
        }
        if (name) {
            if (compile_nameop(c, name, NAME_STORE, hn) < 0) return -1;    /* [.. prev] */
            int named_cleanup = new_handler(c, d + 1);
            if (named_cleanup < 0) return -1;
            if (push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, hn) < 0) return -1;
            u->fb[u->nfb - 1].name = name;
            u->fb[u->nfb - 1].outside = outside;
            u->cur_handler = named_cleanup;
            if (compile_stmts(c, &hn->u.handler.body, 0) < 0) return -1;
            pop_fblock(c);
            u->cur_handler = outside;
            u->lineno = hn->lineno;
            if (emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
            if (clear_handler_name(c, name) < 0) return -1;
            if (emit_jump(c, OP_JUMP, end) < 0) return -1;
            /* an exception escaping the body: [.. prev exc] */
            place_label(c, handler_label(c, named_cleanup));
            u->cur_handler = cleanup;
            if (clear_handler_name(c, name) < 0) return -1;
            if (emit(c, OP_RERAISE, 0) < 0) return -1;
        } else {
            if (emit(c, OP_POP_TOP, 0) < 0) return -1;                 /* [.. prev] */
            if (push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, hn) < 0) return -1;
            u->fb[u->nfb - 1].outside = outside;
            if (compile_stmts(c, &hn->u.handler.body, 0) < 0) return -1;
            pop_fblock(c);
            u->cur_handler = outside;
            u->lineno = hn->lineno;
            if (emit(c, OP_POP_EXCEPT, 0) < 0) return -1;
            if (emit_jump(c, OP_JUMP, end) < 0) return -1;
        }
        place_label(c, next);
        u->cur_handler = cleanup;
    }
    /* no clause matched: [.. prev exc] */
    u->depth = d + 2;
    if (emit(c, OP_RERAISE, 0) < 0) return -1;
    u->cur_handler = outside;
    if (emit_cleanup_handler(c, cleanup) < 0) return -1;
    place_label(c, end);
    return 0;
}

static int compile_try_finally(Compiler *c, Node *s)
{
    Unit *u = c->u;
    int d = u->depth;
    int outside = u->cur_handler;
    int end = new_label(c);
    int h = new_handler(c, d);
    if (h < 0 || end < 0) return -1;
    if (push_fblock(c, FB_FINALLY_TRY, -1, -1, s) < 0) return -1;
    u->fb[u->nfb - 1].finalbody = &s->u.try_.finalbody;
    u->cur_handler = h;
    if (s->u.try_.handlers.len) {
        if (compile_try_except(c, s) < 0) return -1;
    } else if (compile_stmts(c, &s->u.try_.body, 0) < 0) return -1;
    u->cur_handler = outside;
    pop_fblock(c);
    if (compile_stmts(c, &s->u.try_.finalbody, 0) < 0) return -1;
    if (emit_jump(c, OP_JUMP, end) < 0) return -1;

    /* [.. exc] */
    place_label(c, handler_label(c, h));
    int cleanup = new_handler(c, d + 1);
    if (cleanup < 0) return -1;
    u->cur_handler = cleanup;
    if (emit(c, OP_PUSH_EXC_INFO, 0) < 0) return -1;
    if (push_fblock(c, FB_FINALLY_END, -1, -1, s) < 0) return -1;
    u->fb[u->nfb - 1].outside = outside;
    if (compile_stmts(c, &s->u.try_.finalbody, 0) < 0) return -1;
    pop_fblock(c);
    if (emit(c, OP_RERAISE, 0) < 0) return -1;
    u->cur_handler = outside;
    if (emit_cleanup_handler(c, cleanup) < 0) return -1;
    place_label(c, end);
    return 0;
}

static int compile_import(Compiler *c, Node *s)
{
    VM *vm = c->vm;
    for (int i = 0; i < s->u.import.names.len; i++) {
        Node *a = s->u.import.names.items[i];
        Str *name = a->u.alias.name;
        c->u->lineno = s->lineno;
        if (emit_const(c, MK_INT(0)) < 0 || emit_const(c, NONE) < 0) return -1;
        if (emit_name(c, OP_IMPORT_NAME, name) < 0) return -1;
        const char *dot = memchr(name->data, '.', (size_t)name->len);
        if (a->u.alias.asname) {
            if (dot) {
                /* import a.b.c as x: walk down to the submodule */
                const char *p = dot + 1, *endp = name->data + name->len;
                while (p < endp) {
                    const char *q = memchr(p, '.', (size_t)(endp - p));
                    const char *stop = q ? q : endp;
                    Str *part = str_intern(vm, str_new(vm, p, (size_t)(stop - p)));
                    if (!part || emit_name(c, OP_IMPORT_FROM, part) < 0) return -1;
                    if (!q) break;
                    if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_TOP, 0) < 0) return -1;
                    p = q + 1;
                }
                if (compile_nameop(c, a->u.alias.asname, NAME_STORE, s) < 0) return -1;
                if (emit(c, OP_POP_TOP, 0) < 0) return -1;
            } else if (compile_nameop(c, a->u.alias.asname, NAME_STORE, s) < 0) return -1;
        } else {
            Str *store = dot ? str_intern(vm, str_new(vm, name->data, (size_t)(dot - name->data))) : name;
            if (!store || compile_nameop(c, store, NAME_STORE, s) < 0) return -1;
        }
    }
    return 0;
}

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL
};

static int compile_importfrom(Compiler *c, Node *s)
{
    VM *vm = c->vm;
    NodeList *names = &s->u.importfrom.names;
    Str *module = s->u.importfrom.module;
    if (module && s->u.importfrom.level == 0 && str_eq_cstr(module, "__future__")) {
        for (int i = 0; i < names->len; i++) {
            Str *f = names->items[i]->u.alias.name;
            bool known = false;
            for (int k = 0; future_features[k]; k++)
                if (str_eq_cstr(f, future_features[k])) known = true;
            /* CPython gives these no end position */
            Node at = *s;
            at.end_lineno = 0;
            if (str_eq_cstr(f, "braces")) return ERROR(c, &at, "not a chance");
            if (!known) return ERROR(c, &at, "future feature %s is not defined", f->data);
        }
    }
    Tuple *fromlist = tuple_new(vm, names->len);
    if (!fromlist) return -1;
    bool star = false;
    for (int i = 0; i < names->len; i++) {
        Str *n = names->items[i]->u.alias.name;
        fromlist->items[i] = OBJ_VAL(str_intern(vm, n));
        if (str_eq_cstr(n, "*")) star = true;
    }
    if (emit_const(c, MK_INT(s->u.importfrom.level)) < 0) return -1;
    if (emit_const(c, OBJ_VAL(fromlist)) < 0) return -1;
    if (emit_name(c, OP_IMPORT_NAME, module ? module : str_intern_cstr(vm, "")) < 0) return -1;
    if (star) return emit(c, OP_IMPORT_STAR, 0);
    for (int i = 0; i < names->len; i++) {
        Node *a = names->items[i];
        if (emit_name(c, OP_IMPORT_FROM, a->u.alias.name) < 0) return -1;
        if (compile_nameop(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, NAME_STORE, s) < 0)
            return -1;
    }
    return emit(c, OP_POP_TOP, 0);
}

static int compile_assert(Compiler *c, Node *s)
{
    Node *t = s->u.assert_.test;
    Value tv = const_value(c, t);
    if (((t->kind == N_Tuple && t->u.seq.elts.len > 0) || (tv && IS_TUPLE(tv) && AS_TUPLE(tv)->len > 0)) &&
        compiler_warn(c, "assertion is always true, perhaps remove parentheses?") < 0)
        return -1;
    int end = new_label(c);
    if (compile_jump_if(c, s->u.assert_.test, true, end) < 0) return -1;
    c->u->lineno = s->lineno;
    if (emit(c, OP_LOAD_ASSERTION_ERROR, 0) < 0) return -1;
    if (s->u.assert_.msg) {
        if (emit(c, OP_PUSH_NULL, 0) < 0) return -1;
        if (compile_expr(c, s->u.assert_.msg) < 0) return -1;
        if (emit(c, OP_CALL, 1) < 0) return -1;
    }
    if (emit(c, OP_RAISE_VARARGS, 1) < 0) return -1;
    place_label(c, end);
    return 0;
}

static int compile_stmt_inner(Compiler *c, Node *s)
{
    Unit *u = c->u;
    switch (s->kind) {
    case N_FunctionDef: return compile_funcdef(c, s);
    case N_ClassDef: return compile_classdef(c, s);
    case N_Return: return compile_return(c, s);
    case N_Delete:
        for (int i = 0; i < s->u.del.targets.len; i++)
            if (compile_delete(c, s->u.del.targets.items[i]) < 0) return -1;
        return 0;
    case N_Assign: return compile_assign(c, s);
    case N_AugAssign: return compile_augassign(c, s);
    case N_AnnAssign: return compile_annassign(c, s);
    case N_For: return compile_for(c, s);
    case N_While: return compile_while(c, s);
    case N_If: return compile_if(c, s);
    case N_With: return compile_with_item(c, s, 0);
    case N_Raise: {
        int n = 0;
        if (s->u.raise.exc) {
            if (compile_expr(c, s->u.raise.exc) < 0) return -1;
            n = 1;
            if (s->u.raise.cause) {
                if (compile_expr(c, s->u.raise.cause) < 0) return -1;
                n = 2;
            }
        }
        u->lineno = s->lineno;
        return emit(c, OP_RAISE_VARARGS, n);
    }
    case N_Try:
        if (s->u.try_.finalbody.len) return compile_try_finally(c, s);
        return compile_try_except(c, s);
    case N_Assert: return compile_assert(c, s);
    case N_Import: return compile_import(c, s);
    case N_ImportFrom: return compile_importfrom(c, s);
    case N_Global: case N_Nonlocal: case N_Pass: return 0;
    case N_Break: return compile_break_continue(c, s, true);
    case N_Continue: return compile_break_continue(c, s, false);
    case N_Expr: {
        Node *v = s->u.ret.value;
        if (u->interactive) {
            if (compile_expr(c, v) < 0) return -1;
            return emit(c, OP_PRINT_EXPR, 0);
        }
        if (v->kind == N_Constant) return 0;   /* nothing to run */
        if (compile_expr(c, v) < 0) return -1;
        return emit(c, OP_POP_TOP, 0);
    }
    default:
        vm_raise(c->vm, &exc_SystemError, "compiler: unexpected %s node in statement",
                 (unsigned)s->kind < N_COUNT ? node_kind_names[s->kind] : "?");
        return -1;
    }
}

static int compile_stmt(Compiler *c, Node *s)
{
    if (++c->recursion > MAX_RECURSION) {
        vm_raise(c->vm, &exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    c->u->lineno = s->lineno;
    int rc = compile_stmt_inner(c, s);
    c->recursion--;
    return rc;
}

static int compile_stmts(Compiler *c, NodeList *l, int from)
{
    for (int i = from; i < l->len; i++)
        if (compile_stmt(c, l->items[i]) < 0) return -1;
    return 0;
}

/* `from __future__` imports must come first (after a docstring). */
static int check_future_position(Compiler *c, NodeList *body)
{
    bool allowed = true;
    for (int i = 0; i < body->len; i++) {
        Node *s = body->items[i];
        bool fut = s->kind == N_ImportFrom && s->u.importfrom.module && s->u.importfrom.level == 0 &&
                   str_eq_cstr(s->u.importfrom.module, "__future__");
        if (fut && !allowed)
            return ERROR(c, s, "from __future__ imports must occur at the beginning of the file");
        if (!fut && !(i == 0 && is_docstring(s))) allowed = false;
    }
    return 0;
}

/* ---- entry ----------------------------------------------------------------------------- */

Code *compiler_compile(VM *vm, Node *tree, Str *filename, int mode, const char *src, size_t srclen)
{
    SymTable *st = symtable_build(vm, tree, filename, src, srclen);
    if (!st) return NULL;
    Compiler cc = {0}, *c = &cc;
    c->vm = vm;
    c->st = st;
    c->filename = filename;
    c->src = src;
    c->srclen = srclen;
    c->future_annotations = st->future_annotations;
    c->debug = getenv("MOLT_COMPILER_DEBUG") != NULL;
    Str *modname = str_intern_cstr(vm, "<module>");
    Unit *u = enter_unit(c, U_MODULE, st->top, modname, modname, 1);
    if (!u) return NULL;
    u->lineno = 1;
    switch (tree->kind) {
    case N_Module: case N_Interactive: {
        NodeList *body = &tree->u.module.body;
        u->interactive = tree->kind == N_Interactive;
        if (check_future_position(c, body) < 0) return NULL;
        int from = 0;
        if (!u->interactive && body->len && is_docstring(body->items[0])) {
            u->lineno = body->items[0]->lineno;
            u->docstring = body->items[0]->u.ret.value->u.constant.value;
            if (emit_const(c, u->docstring) < 0) return NULL;
            if (emit_name_cstr(c, OP_STORE_NAME, "__doc__") < 0) return NULL;
            from = 1;
        }
        if (find_annotations(body) && emit(c, OP_SETUP_ANNOTATIONS, 0) < 0) return NULL;
        if (compile_stmts(c, body, from) < 0) return NULL;
        if (emit_const(c, NONE) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0) return NULL;
        break;
    }
    case N_Expression:
        if (compile_expr(c, tree->u.expression.body) < 0) return NULL;
        if (emit(c, OP_RETURN_VALUE, 0) < 0) return NULL;
        break;
    default:
        vm_raise(vm, &exc_SystemError, "compiler: unexpected %s node at top level",
                 (unsigned)tree->kind < N_COUNT ? node_kind_names[tree->kind] : "?");
        return NULL;
    }
    return assemble(c);
}

Code *compile_ast(VM *vm, Node *tree, Str *filename, int mode)
{
    return compiler_compile(vm, tree, filename, mode, NULL, 0);
}
