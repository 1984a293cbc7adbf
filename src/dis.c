/* dis.c — the disassembler: molt's bytecode as a CPython-like listing.
 *
 * The opcode name and cache tables are generated from OPCODE_LIST, so they
 * cannot drift from the VM's dispatch table.  The listing copies the layout
 * of CPython 3.11's `dis` (line column, jump-target marks, offset, name,
 * argument and its meaning in parentheses, then the exception table), so a
 * learner can read both side by side.  Offsets are instruction-word indexes;
 * inline cache words are not listed.
 */
#include <stdio.h>
#include <string.h>

#include "vm.h"
#include "opcodes.h"

const char *const opcode_names[OP_COUNT] = {
#define OPCODE(name, has_arg, has_cache) #name,
    OPCODE_LIST(OPCODE)
#undef OPCODE
};

const unsigned char opcode_has_cache[OP_COUNT] = {
#define OPCODE(name, has_arg, has_cache) has_cache,
    OPCODE_LIST(OPCODE)
#undef OPCODE
};

static const unsigned char opcode_has_arg[OP_COUNT] = {
#define OPCODE(name, has_arg, has_cache) has_arg,
    OPCODE_LIST(OPCODE)
#undef OPCODE
};

static bool is_jump_op(int op)
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

static const char *binop_symbol(int arg)
{
    static const char *const syms[] = {
#define X(e, sym, dunder) sym,
        BINOP_LIST(X)
#undef X
    };
    static const char *const isyms[] = {
#define X(e, sym, dunder) sym "=",
        BINOP_LIST(X)
#undef X
    };
    if (arg >= 0 && arg < BINOP_COUNT) return syms[arg];
    if (arg >= BINOP_INPLACE && arg < BINOP_INPLACE + BINOP_COUNT) return isyms[arg - BINOP_INPLACE];
    return NULL;
}

static const char *tuple_str(Tuple *t, int i)
{
    if (!t || i < 0 || i >= t->len || !IS_STR(t->items[i])) return NULL;
    return AS_STR(t->items[i])->data;
}

static const char *cell_name(Code *co, int i)
{
    int ncell = co->cellvars ? (int)co->cellvars->len : 0;
    if (i < ncell) return tuple_str(co->cellvars, i);
    return tuple_str(co->freevars, i - ncell);
}

static void add_code_repr(StrBuf *sb, Code *co)
{
    sb_printf(sb, "<code object %s at %p, file \"%s\", line %d>",
              co->name ? co->name->data : "?", (void *)co,
              co->filename ? co->filename->data : "?", co->firstlineno);
}

static bool is_code(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == &type_code;
}

static void add_const(VM *vm, StrBuf *sb, Value v)
{
    if (is_code(v)) {
        add_code_repr(sb, (Code *)AS_OBJ(v));
        return;
    }
    Value r = obj_repr(vm, v);
    if (!r) {
        vm_exc_clear(vm);
        sb_adds(sb, "?");
        return;
    }
    sb_add(sb, AS_STR(r)->data, (size_t)AS_STR(r)->len);
}

/* The meaning of an argument (without the parentheses); false when none. */
static bool argrepr(VM *vm, StrBuf *sb, Code *co, int op, int arg)
{
    const char *s = NULL;
    switch (op) {
    case OP_LOAD_CONST:
        if (!co->consts || arg >= co->consts->len) return false;
        add_const(vm, sb, co->consts->items[arg]);
        return true;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
    case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_LOAD_METHOD:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        s = tuple_str(co->names, arg);
        break;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        s = tuple_str(co->varnames, arg);
        break;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
        s = cell_name(co, arg);
        break;
    case OP_COMPARE_OP: {
        static const char *const cmp[] = { "<", "<=", "==", "!=", ">", ">=" };
        if (arg >= 0 && arg < 6) s = cmp[arg];
        break;
    }
    case OP_BINARY_OP:
        s = binop_symbol(arg);
        break;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = { "", "str", "repr", "ascii" };
        const char *c = conv[arg & 3];
        if (!(arg & 4)) { s = *c ? c : NULL; break; }
        sb_printf(sb, "%s%swith format", c, *c ? ", " : "");
        return true;
    }
    case OP_MAKE_FUNCTION: {
        static const char *const fl[] = { "defaults", "kwdefaults", "annotations", "closure" };
        if (!(arg & 15)) return false;
        bool first = true;
        for (int i = 0; i < 4; i++)
            if (arg & (1 << i)) {
                sb_printf(sb, "%s%s", first ? "" : ", ", fl[i]);
                first = false;
            }
        return true;
    }
    default:
        if (is_jump_op(op)) {
            sb_printf(sb, "to %d", arg);
            return true;
        }
        return false;
    }
    if (!s) return false;
    sb_adds(sb, s);
    return true;
}

static int digits(int n)
{
    int d = 1;
    while (n >= 10) { n /= 10; d++; }
    return d;
}

static void dis_one(VM *vm, Code *co, FILE *out)
{
    int n = co->ncode;
    bool *target = mem_alloc_atomic(vm, (size_t)(n + 1));
    if (!target) { vm_exc_clear(vm); return; }
    memset(target, 0, (size_t)(n + 1));
    int maxline = 0;
    for (int i = 0; i < n;) {
        int op = INSTR_OP(co->code[i]);
        int arg = (int)INSTR_ARG(co->code[i]);
        if (op >= OP_COUNT) { i++; continue; }
        if (is_jump_op(op) && arg >= 0 && arg < n) target[arg] = true;
        if (co->lines && co->lines[i] > maxline) maxline = co->lines[i];
        i += 1 + opcode_has_cache[op];
    }
    for (int i = 0; i < co->nexctable; i++)
        if (co->exctable[i].target < (uint32_t)n) target[co->exctable[i].target] = true;
    int lw = maxline > 0 ? (digits(maxline) > 3 ? digits(maxline) : 3) : 0;
    int ow = digits(n > 9999 ? n : 9999);
    int lastline = -1;
    for (int i = 0; i < n;) {
        uint32_t w = co->code[i];
        int op = INSTR_OP(w);
        int arg = (int)INSTR_ARG(w);
        int line = co->lines ? co->lines[i] : 0;
        if (lw) {
            if (line != lastline && line > 0) {
                if (i > 0) fputc('\n', out);
                fprintf(out, "%*d", lw, line);
                lastline = line;
            } else {
                fprintf(out, "%*s", lw, "");
            }
            fputc(' ', out);
        }
        fprintf(out, "    %s %*d ", target[i] ? ">>" : "  ", ow, i);
        if (op >= OP_COUNT) {
            fprintf(out, "<%d>\n", op);
            i++;
            continue;
        }
        if (opcode_has_arg[op]) {
            fprintf(out, "%-20s %5d", opcode_names[op], arg);
            StrBuf sb;
            sb_init(&sb, vm);
            if (argrepr(vm, &sb, co, op, arg)) {
                Str *r = sb_finish(&sb);
                if (r) fprintf(out, " (%s)", r->data);
                else vm_exc_clear(vm);
            }
        } else {
            fputs(opcode_names[op], out);
        }
        fputc('\n', out);
        i += 1 + opcode_has_cache[op];
    }
    if (co->nexctable) {
        fputs("ExceptionTable:\n", out);
        for (int i = 0; i < co->nexctable; i++) {
            ExcTableEntry *e = &co->exctable[i];
            fprintf(out, "  %u to %u -> %u [%u]%s\n", e->start, e->end ? e->end - 1 : 0,
                    e->target, e->depth, e->push_lasti ? " lasti" : "");
        }
    }
}

static void dis_rec(VM *vm, Code *co, FILE *out, bool header)
{
    if (header) {
        StrBuf sb;
        sb_init(&sb, vm);
        add_code_repr(&sb, co);
        Str *r = sb_finish(&sb);
        fprintf(out, "\nDisassembly of %s:\n", r ? r->data : "?");
    }
    dis_one(vm, co, out);
    if (!co->consts) return;
    for (int64_t i = 0; i < co->consts->len; i++)
        if (is_code(co->consts->items[i]))
            dis_rec(vm, (Code *)AS_OBJ(co->consts->items[i]), out, true);
}

void dis_code(VM *vm, Code *code, void *file)
{
    FILE *out = file ? (FILE *)file : stdout;
    dis_rec(vm, code, out, false);
    fflush(out);
}
