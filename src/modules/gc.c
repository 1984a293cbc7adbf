/* gc.c — the `gc` module over the Boehm collector.
 *
 * molt has no reference counts and no generations: every collection is a
 * full mark-and-sweep, so collect() always answers 0 "unreachable objects
 * found" (Boehm does not count them) and the generation arguments are
 * accepted and ignored.
 */
#include <gc.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"

static Value gc_collect(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "generation" };
    Value a[1];
    if (args_parse(vm, "collect", argc, argv, kw, 0, 1, names, a) < 0)
        return 0;
    if (a[0]) {
        int64_t g;
        if (obj_index_int64(vm, a[0], &g) < 0)
            return 0;
        if (g < 0 || g > 2)
            return vm_raise(vm, &exc_ValueError, "invalid generation");
    }
    GC_gcollect();
    return MK_INT(0);
}

static Value gc_enable(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "enable", kw) < 0 || args_count(vm, "enable", argc, 0, 0) < 0)
        return 0;
    /* Boehm counts disables; enable only what disable() took */
    if (GC_is_disabled())
        GC_enable();
    return NONE;
}

static Value gc_disable(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "disable", kw) < 0 || args_count(vm, "disable", argc, 0, 0) < 0)
        return 0;
    if (!GC_is_disabled())
        GC_disable();
    return NONE;
}

static Value gc_isenabled(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "isenabled", kw) < 0 || args_count(vm, "isenabled", argc, 0, 0) < 0)
        return 0;
    return BOOL_VAL(!GC_is_disabled());
}

static Value gc_get_count(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get_count", kw) < 0 || args_count(vm, "get_count", argc, 0, 0) < 0)
        return 0;
    return tuple_pack(vm, 3, MK_INT(0), MK_INT(0), MK_INT(0));
}

static Value gc_get_threshold(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get_threshold", kw) < 0 || args_count(vm, "get_threshold", argc, 0, 0) < 0)
        return 0;
    return tuple_pack(vm, 3, MK_INT(700), MK_INT(10), MK_INT(10));
}

static Value gc_set_threshold(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "set_threshold", kw) < 0 || args_count(vm, "set_threshold", argc, 1, 3) < 0)
        return 0;
    for (int i = 0; i < argc; i++) {
        int64_t n;
        if (obj_index_int64(vm, argv[i], &n) < 0)
            return 0;
    }
    return NONE;
}

static const MethodDef gc_functions[] = {
    { "collect", gc_collect, 0, "Run the garbage collector." },
    { "enable", gc_enable, 0, "Enable automatic garbage collection." },
    { "disable", gc_disable, 0, "Disable automatic garbage collection." },
    { "isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled." },
    { "get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts." },
    { "get_threshold", gc_get_threshold, 0, "Return the current collection thresholds." },
    { "set_threshold", gc_set_threshold, 0, "Set the collection thresholds (ignored by molt)." },
    { 0 }
};

Value gc_module_init(VM *vm)
{
    Value m = module_new(vm, str_intern_cstr(vm, "gc"));
    if (!m)
        return 0;
    Dict *d = ((Module *)AS_OBJ(m))->dict;
    List *garbage = list_new(vm, 0);
    if (!garbage || rt_add_functions(vm, d, gc_functions) < 0 ||
        dict_set_cstr(vm, d, "garbage", OBJ_VAL(garbage)) < 0 ||
        dict_set_cstr(vm, d, "__doc__", OBJ_VAL(str_from_cstr(vm,
            "This module provides access to the garbage collector for reference cycles."))) < 0)
        return 0;
    return m;
}
