/* code.c — the introspection face of the VM's own structures: code objects
 * (made by the compiler), frames and traceback entries.  They are read-only
 * views; the VM (vm.c) is what builds and runs them.
 */
#include <stdio.h>

#include "object.h"
#include "vm.h"
#include "vmcache.h"

/* ---- code objects ---------------------------------------------------------------- */

#define CODE(v) ((Code *)AS_OBJ(v))

static Value code_repr(VM *vm, Value self)
{
    Code *co = CODE(self);
    Str *s = str_printf(vm, "<code object %s at %p, file \"%s\", line %d>",
                        co->name ? co->name->data : "?", (void *)co,
                        co->filename ? co->filename->data : "?", co->firstlineno);
    return s ? OBJ_VAL(s) : 0;
}

static Value tuple_or_empty(VM *vm, Tuple *t)
{
    if (t) return OBJ_VAL(t);
    return empty_tuple ? OBJ_VAL(empty_tuple) : OBJ_VAL(tuple_new(vm, 0));
}

static Value co_name(VM *vm, Value s) { return OBJ_VAL(CODE(s)->name); }
static Value co_qualname(VM *vm, Value s)
{
    return OBJ_VAL(CODE(s)->qualname ? CODE(s)->qualname : CODE(s)->name);
}
static Value co_filename(VM *vm, Value s) { return OBJ_VAL(CODE(s)->filename); }
static Value co_firstlineno(VM *vm, Value s) { return MK_INT(CODE(s)->firstlineno); }
static Value co_argcount(VM *vm, Value s) { return MK_INT(CODE(s)->argcount); }
static Value co_posonlyargcount(VM *vm, Value s) { return MK_INT(CODE(s)->posonlyargcount); }
static Value co_kwonlyargcount(VM *vm, Value s) { return MK_INT(CODE(s)->kwonlyargcount); }
static Value co_nlocals(VM *vm, Value s) { return MK_INT(CODE(s)->nlocals); }
static Value co_stacksize(VM *vm, Value s) { return MK_INT(CODE(s)->stacksize); }
static Value co_flags(VM *vm, Value s) { return MK_INT(CODE(s)->flags); }
static Value co_varnames(VM *vm, Value s) { return tuple_or_empty(vm, CODE(s)->varnames); }
static Value co_cellvars(VM *vm, Value s) { return tuple_or_empty(vm, CODE(s)->cellvars); }
static Value co_freevars(VM *vm, Value s) { return tuple_or_empty(vm, CODE(s)->freevars); }
static Value co_consts(VM *vm, Value s) { return tuple_or_empty(vm, CODE(s)->consts); }
static Value co_names(VM *vm, Value s) { return tuple_or_empty(vm, CODE(s)->names); }
static Value co_code(VM *vm, Value s)
{
    Code *co = CODE(s);
    return bytes_new(vm, co->code, (size_t)co->ncode * sizeof(uint32_t));
}

static const GetSetDef code_getsets[] = {
    {"co_name", co_name, NULL},
    {"co_qualname", co_qualname, NULL},
    {"co_filename", co_filename, NULL},
    {"co_firstlineno", co_firstlineno, NULL},
    {"co_argcount", co_argcount, NULL},
    {"co_posonlyargcount", co_posonlyargcount, NULL},
    {"co_kwonlyargcount", co_kwonlyargcount, NULL},
    {"co_nlocals", co_nlocals, NULL},
    {"co_stacksize", co_stacksize, NULL},
    {"co_flags", co_flags, NULL},
    {"co_varnames", co_varnames, NULL},
    {"co_cellvars", co_cellvars, NULL},
    {"co_freevars", co_freevars, NULL},
    {"co_consts", co_consts, NULL},
    {"co_names", co_names, NULL},
    {"co_code", co_code, NULL},
    {0},
};

/* co_lines(): (start, end, line) triples over instruction offsets */
static Value code_co_lines(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    Code *co = CODE(argv[0]);
    List *l = list_new(vm, 0);
    if (!l) return 0;
    int i = 0;
    while (i < co->ncode) {
        int line = co->lines ? co->lines[i] : co->firstlineno;
        int j = i + 1;
        while (j < co->ncode && (co->lines ? co->lines[j] : co->firstlineno) == line) j++;
        Value t = tuple_pack(vm, 3, MK_INT(i * 2), MK_INT(j * 2), line > 0 ? MK_INT(line) : NONE);
        if (!t || list_append(vm, l, t) < 0) return 0;
        i = j;
    }
    return obj_iter(vm, OBJ_VAL(l));
}

static const MethodDef code_methods[] = {
    {"co_lines", code_co_lines, 0, NULL},
    {0},
};

TypeObject type_code = {
    .hdr = { &type_type },
    .name = "code",
    .instance_size = sizeof(Code),
    .repr = code_repr,
    .getsets = code_getsets,
    .methods = code_methods,
};

/* ---- frames ----------------------------------------------------------------------- */

#define FRAME(v) ((Frame *)AS_OBJ(v))

static Value frame_repr(VM *vm, Value self)
{
    Frame *f = FRAME(self);
    Str *s = str_printf(vm, "<frame at %p, file '%s', line %d, code %s>", (void *)f,
                        f->code->filename ? f->code->filename->data : "?", frame_lineno(f),
                        f->code->name ? f->code->name->data : "?");
    return s ? OBJ_VAL(s) : 0;
}

static Value f_lineno(VM *vm, Value s) { return MK_INT(frame_lineno(FRAME(s))); }
static Value f_code(VM *vm, Value s) { return OBJ_VAL(FRAME(s)->code); }
static Value f_globals(VM *vm, Value s)
{
    return FRAME(s)->globals ? OBJ_VAL(FRAME(s)->globals) : OBJ_VAL(dict_new(vm));
}
static Value f_builtins(VM *vm, Value s)
{
    return FRAME(s)->builtins ? OBJ_VAL(FRAME(s)->builtins) : OBJ_VAL(vm->builtins);
}
static Value f_back(VM *vm, Value s) { return FRAME(s)->back ? vm_frame_escape(FRAME(s)->back) : NONE; }
static Value f_lasti(VM *vm, Value s)
{
    Frame *f = FRAME(s);
    return MK_INT(((int)(f->ip - f->code->code) - 1) * 2);
}
static Value f_locals(VM *vm, Value s) { return vm_frame_locals(vm, FRAME(s)); }

static const GetSetDef frame_getsets[] = {
    {"f_lineno", f_lineno, NULL},
    {"f_code", f_code, NULL},
    {"f_globals", f_globals, NULL},
    {"f_builtins", f_builtins, NULL},
    {"f_back", f_back, NULL},
    {"f_lasti", f_lasti, NULL},
    {"f_locals", f_locals, NULL},
    {0},
};

TypeObject type_frame = {
    .hdr = { &type_type },
    .name = "frame",
    .instance_size = sizeof(Frame),
    .repr = frame_repr,
    .getsets = frame_getsets,
};

/* ---- traceback entries ---------------------------------------------------------------- */

#define TB(v) ((Traceback *)AS_OBJ(v))

static Value tb_lineno(VM *vm, Value s) { return MK_INT(TB(s)->lineno); }
static Value tb_next(VM *vm, Value s) { return TB(s)->next ? OBJ_VAL(TB(s)->next) : NONE; }
static int tb_set_next(VM *vm, Value s, Value v)
{
    if (!v) {
        vm_raise(vm, &exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == NONE) { TB(s)->next = NULL; return 0; }
    if (TYPE_OF(v) != &type_traceback) {
        vm_raise(vm, &exc_TypeError, "expected traceback object or None, got '%s'", type_name(v));
        return -1;
    }
    for (Traceback *t = TB(v); t; t = t->next) {
        if (t == TB(s)) {
            vm_raise(vm, &exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    TB(s)->next = TB(v);
    return 0;
}
/* Traceback entries record only code and line (the VM recycles frames), so
 * tb_frame is a stand-in frame with that code, positioned on that line:
 * enough for f_code, f_lineno and the traceback module. */
static Value tb_frame(VM *vm, Value s)
{
    Traceback *tb = TB(s);
    Code *co = tb->code;
    if (!co) return NONE;
    int ncells = (int)((co->cellvars ? co->cellvars->len : 0) + (co->freevars ? co->freevars->len : 0));
    size_t nslots = (size_t)co->nlocals + (size_t)ncells + 1;
    Frame *f = mem_alloc(vm, sizeof(Frame) + nslots * sizeof(Value));
    if (!f) return 0;
    f->hdr.type = &type_frame;
    f->code = co;
    f->is_generator = true;
    f->ip = co->code;
    if (co->lines) {
        for (int i = 0; i < co->ncode; i++) {
            if (co->lines[i] == tb->lineno) { f->ip = co->code + i + 1; break; }
        }
    }
    f->sp = f->slots + co->nlocals + ncells;
    return OBJ_VAL(f);
}
static Value tb_code(VM *vm, Value s) { return TB(s)->code ? OBJ_VAL(TB(s)->code) : NONE; }
static Value tb_lasti(VM *vm, Value s) { return MK_INT(-1); }

static const GetSetDef traceback_getsets[] = {
    {"tb_lineno", tb_lineno, NULL},
    {"tb_next", tb_next, tb_set_next},
    {"tb_frame", tb_frame, NULL},
    {"tb_lasti", tb_lasti, NULL},
    {"tb_code", tb_code, NULL},
    {0},
};

TypeObject type_traceback = {
    .hdr = { &type_type },
    .name = "traceback",
    .instance_size = sizeof(Traceback),
    .getsets = traceback_getsets,
};
