/* gen.c — generator objects: iteration, send(), throw() and close().
 *
 * A generator owns a suspended frame; vm_gen_resume (vm.c) runs it until the
 * next yield.  What lives here is the protocol around that: normalising
 * throw()'s arguments, passing throw()/close() on to the iterator a
 * `yield from` is delegating to, and close()'s GeneratorExit dance.
 */
#include <stdio.h>

#include "object.h"
#include "vm.h"
#include "opcodes.h"
#include "vmcache.h"

#define GEN(v) ((GenObject *)AS_OBJ(v))

Value gen_new(VM *vm, Frame *frame, Function *func)
{
    GenObject *go = (GenObject *)obj_alloc(vm, &type_generator);
    if (!go) return 0;
    go->g.frame = frame;
    go->g.name = func ? func->name : frame->code->name;
    go->g.qualname = func ? func->qualname : frame->code->qualname;
    go->func = func;
    frame->is_generator = true;
    frame->gen = OBJ_VAL(go);
    return OBJ_VAL(go);
}

static bool is_exc_instance(Value v)
{
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &exc_BaseException);
}

/* After the delegate of a `yield from` finished during a throw(): drop it
 * from the frame's stack and continue after the YIELD_FROM instruction. */
static void leave_yield_from(Generator *g)
{
    Frame *f = g->frame;
    g->yield_from = 0;
    if (!f) return;
    f->sp--;
    if (INSTR_OP(*f->ip) == OP_YIELD_FROM) f->ip++;
    f->lasti = (int)(f->ip - f->code->code) - 1;
}

static Value gen_throw_impl(VM *vm, GenObject *go, Value exc, bool *finished, Value *returned);
static Value gen_repr(VM *vm, Value self);

/* Closes the iterator `yf` a yield from delegates to: 0 or -1. */
static int close_delegate(VM *vm, Value yf)
{
    if (TYPE_OF(yf) == &type_generator) {
        Value r = obj_call_method(vm, yf, "close", 0, NULL);
        return r ? 0 : -1;
    }
    Value m = obj_getattr_opt(vm, yf, str_intern_cstr(vm, "close"));
    if (!m) return vm->exc ? -1 : 0;
    return obj_call(vm, m, 0, NULL, NULL) ? 0 : -1;
}

static Value gen_throw_impl(VM *vm, GenObject *go, Value exc, bool *finished, Value *returned)
{
    Generator *g = &go->g;
    if (g->yield_from && g->frame && !g->running) {
        Value yf = g->yield_from;
        if (type_is_subtype(TYPE_OF(exc), &exc_GeneratorExit)) {
            g->running = true;
            int err = close_delegate(vm, yf);
            g->running = false;
            leave_yield_from(g);
            if (err < 0) {
                Value e = vm_exc_take(vm);
                return vm_gen_resume(vm, g, NONE, e, finished, returned);
            }
            return vm_gen_resume(vm, g, NONE, exc, finished, returned);
        }
        Value r;
        if (TYPE_OF(yf) == &type_generator) {
            bool fin = false;
            Value ret = 0;
            g->running = true;
            r = gen_throw_impl(vm, GEN(yf), exc, &fin, &ret);
            g->running = false;
            if (r) return r;
            leave_yield_from(g);
            if (!vm->exc) return vm_gen_resume(vm, g, ret ? ret : NONE, 0, finished, returned);
        } else {
            Value m = obj_getattr_opt(vm, yf, str_intern_cstr(vm, "throw"));
            if (!m) {
                if (vm->exc) {
                    leave_yield_from(g);
                    Value e = vm_exc_take(vm);
                    return vm_gen_resume(vm, g, NONE, e, finished, returned);
                }
                leave_yield_from(g);
                return vm_gen_resume(vm, g, NONE, exc, finished, returned);
            }
            g->running = true;
            Value args[3] = { OBJ_VAL(TYPE_OF(exc)), exc, NONE };
            r = obj_call(vm, m, 3, args, NULL);
            g->running = false;
            if (r) return r;
            leave_yield_from(g);
            if (vm_exc_matches(vm, &exc_StopIteration)) {
                Value si = vm_exc_take(vm);
                return vm_gen_resume(vm, g, gen_stopiteration_value(vm, si), 0, finished, returned);
            }
        }
        Value e = vm_exc_take(vm);
        return vm_gen_resume(vm, g, NONE, e, finished, returned);
    }
    return vm_gen_resume(vm, g, NONE, exc, finished, returned);
}

/* throw(type[, value[, tb]]) -> an exception instance, as CPython's _gen_throw */
static Value normalize_throw(VM *vm, int argc, Value *argv)
{
    Value typ = argv[0];
    Value val = argc > 1 ? argv[1] : NONE;
    Value tb = argc > 2 ? argv[2] : NONE;
    if (tb != NONE && TYPE_OF(tb) != &type_traceback)
        return vm_raise(vm, &exc_TypeError, "throw() third argument must be a traceback object");
    Value exc;
    if (IS_OBJ(typ) && type_is_subtype(AS_OBJ(typ)->type, &type_type) &&
        type_is_subtype(AS_TYPE(typ), &exc_BaseException)) {
        if (val != NONE && IS_OBJ(val) && type_is_subtype(TYPE_OF(val), AS_TYPE(typ))) {
            exc = val;
        } else if (val == NONE) {
            exc = obj_call(vm, typ, 0, NULL, NULL);
        } else if (IS_TUPLE(val)) {
            exc = obj_call(vm, typ, (int)AS_TUPLE(val)->len, AS_TUPLE(val)->items, NULL);
        } else {
            exc = obj_call(vm, typ, 1, &val, NULL);
        }
        if (!exc) return 0;
        if (!is_exc_instance(exc))
            return vm_raise(vm, &exc_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            AS_TYPE(typ)->name, type_name(exc));
    } else if (is_exc_instance(typ)) {
        if (val != NONE)
            return vm_raise(vm, &exc_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return vm_raise(vm, &exc_TypeError,
                        "exceptions must be classes or instances deriving from BaseException, not %s",
                        type_name(typ));
    }
    if (tb != NONE) ((BaseException *)AS_OBJ(exc))->traceback = (Traceback *)AS_OBJ(tb);
    return exc;
}

/* 0 with StopIteration(value) raised when the generator returned */
static Value finish_with_stop(VM *vm, Value r, bool finished, Value returned)
{
    if (r || vm->exc || !finished) return r;
    Value v = returned ? returned : NONE;
    Value si = v == NONE ? exc_new(vm, &exc_StopIteration, 0, NULL)
                         : exc_new(vm, &exc_StopIteration, 1, &v);
    if (si) vm_raise_value(vm, si);
    return 0;
}

static Value gen_send(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (args_no_kw(vm, "generator.send", kwnames) < 0) return 0;
    if (args_count(vm, "generator.send", argc - 1, 1, 1) < 0) return 0;
    bool finished = false;
    Value ret = 0;
    Value r = vm_gen_resume(vm, &GEN(argv[0])->g, argv[1], 0, &finished, &ret);
    return finish_with_stop(vm, r, finished, ret);
}

static Value gen_throw(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (args_no_kw(vm, "generator.throw", kwnames) < 0) return 0;
    if (argc < 2 || argc > 4)
        return vm_raise(vm, &exc_TypeError, "throw expected at least 1 argument, got %d", argc - 1);
    Value exc = normalize_throw(vm, argc - 1, argv + 1);
    if (!exc) return 0;
    bool finished = false;
    Value ret = 0;
    Value r = gen_throw_impl(vm, GEN(argv[0]), exc, &finished, &ret);
    return finish_with_stop(vm, r, finished, ret);
}

static Value gen_close_impl(VM *vm, GenObject *go)
{
    Generator *g = &go->g;
    if (!g->frame) return NONE;
    if (!go->started) {
        g->frame = NULL;
        return NONE;
    }
    if (g->running) return vm_raise(vm, &exc_ValueError, "generator already executing");
    Value exc = exc_new(vm, &exc_GeneratorExit, 0, NULL);
    if (!exc) return 0;
    bool finished = false;
    Value ret = 0;
    Value r = gen_throw_impl(vm, go, exc, &finished, &ret);
    if (r) return vm_raise(vm, &exc_RuntimeError, "generator ignored GeneratorExit");
    if (!vm->exc) return NONE;
    if (vm_exc_matches(vm, &exc_GeneratorExit) || vm_exc_matches(vm, &exc_StopIteration)) {
        vm_exc_clear(vm);
        return NONE;
    }
    return 0;
}

void gen_finalize(VM *vm, Value gen)
{
    GenObject *go = GEN(gen);
    go->loop_owned = false;
    if (!go->g.frame || !go->started || go->g.running) return;
    Value pending = vm->exc;
    vm->exc = 0;
    if (!gen_close_impl(vm, go)) {
        Value e = vm_exc_take(vm);
        Value r = gen_repr(vm, gen);
        if (!r) vm_exc_clear(vm);
        fflush(stdout);
        fprintf(stderr, "Exception ignored in: %s\n", r ? AS_STR(r)->data : "<generator>");
        if (e && is_exc_instance(e)) {
            /* the unraisable hook shows the exception alone, no chain */
            BaseException *be = (BaseException *)AS_OBJ(e);
            Value ctx = be->context, cause = be->cause;
            be->context = be->cause = 0;
            vm_print_exception(vm, e);
            be->context = ctx;
            be->cause = cause;
        }
    }
    vm->exc = pending;
}

static Value gen_close(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (args_no_kw(vm, "generator.close", kwnames) < 0) return 0;
    if (args_count(vm, "generator.close", argc - 1, 0, 0) < 0) return 0;
    return gen_close_impl(vm, GEN(argv[0]));
}

static Value gen_iter(VM *vm, Value self) { return self; }

static Value gen_next(VM *vm, Value self)
{
    bool finished = false;
    Value ret = 0;
    return vm_gen_resume(vm, &GEN(self)->g, NONE, 0, &finished, &ret);
}

static Value gen_repr(VM *vm, Value self)
{
    GenObject *go = GEN(self);
    Str *s = str_printf(vm, "<generator object %s at %p>",
                        go->g.qualname ? go->g.qualname->data : "?", (void *)go);
    return s ? OBJ_VAL(s) : 0;
}

static Value gen_get_name(VM *vm, Value self) { return OBJ_VAL(GEN(self)->g.name); }
static int gen_set_name(VM *vm, Value self, Value v)
{
    if (!v || !IS_OBJ(v) || !str_check(v)) {
        vm_raise(vm, &exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GEN(self)->g.name = AS_STR(v);
    return 0;
}
static Value gen_get_qualname(VM *vm, Value self) { return OBJ_VAL(GEN(self)->g.qualname); }
static int gen_set_qualname(VM *vm, Value self, Value v)
{
    if (!v || !IS_OBJ(v) || !str_check(v)) {
        vm_raise(vm, &exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GEN(self)->g.qualname = AS_STR(v);
    return 0;
}
static Value gen_get_running(VM *vm, Value self) { return BOOL_VAL(GEN(self)->g.running); }
static Value gen_get_frame(VM *vm, Value self)
{
    Frame *f = GEN(self)->g.frame;
    return f ? OBJ_VAL(f) : NONE;
}
static Value gen_get_code(VM *vm, Value self)
{
    GenObject *go = GEN(self);
    if (go->func) return OBJ_VAL(go->func->code);
    return go->g.frame ? OBJ_VAL(go->g.frame->code) : NONE;
}
static Value gen_get_yieldfrom(VM *vm, Value self)
{
    Value y = GEN(self)->g.yield_from;
    return y ? y : NONE;
}
static Value gen_get_suspended(VM *vm, Value self)
{
    GenObject *go = GEN(self);
    return BOOL_VAL(go->g.frame && go->started && !go->g.running);
}

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_running", gen_get_running, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {0},
};

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", gen_close, 0, "close() -> raise GeneratorExit inside generator."},
    {0},
};

TypeObject type_generator = {
    .hdr = { &type_type },
    .name = "generator",
    .instance_size = sizeof(GenObject),
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
    .methods = gen_methods,
    .getsets = gen_getsets,
};
