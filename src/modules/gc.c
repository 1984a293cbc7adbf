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

/* The thresholds and debug flags are kept only to be read back: Boehm
 * decides when to collect by itself. */
static int64_t thresholds[3] = { 700, 10, 10 };
static int64_t debug_flags;

static Value gc_get_threshold(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get_threshold", kw) < 0 || args_count(vm, "get_threshold", argc, 0, 0) < 0)
        return 0;
    return tuple_pack(vm, 3, int_from_i64(vm, thresholds[0]), int_from_i64(vm, thresholds[1]),
                      int_from_i64(vm, thresholds[2]));
}

static Value gc_set_threshold(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "set_threshold", kw) < 0)
        return 0;
    if (argc < 1 || argc > 3)
        return vm_raise(vm, &exc_TypeError, "set_threshold() takes at %s (%d given)",
                        argc < 1 ? "least 1 argument" : "most 3 arguments", argc);
    int64_t n[3];
    for (int i = 0; i < argc; i++)
        if (obj_index_int64(vm, argv[i], &n[i]) < 0)
            return 0;
    for (int i = 0; i < argc; i++)
        thresholds[i] = n[i];
    return NONE;
}

static Value gc_get_debug(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get_debug", kw) < 0 || args_count(vm, "get_debug", argc, 0, 0) < 0)
        return 0;
    return int_from_i64(vm, debug_flags);
}

static Value gc_set_debug(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "gc.set_debug", kw) < 0 || args_count(vm, "gc.set_debug", argc, 1, 1) < 0 ||
        obj_index_int64(vm, argv[0], &debug_flags) < 0)
        return 0;
    return NONE;
}

/* freeze()/unfreeze(): there is no permanent generation to move objects to */
static Value gc_noop(VM *vm, int argc, Value *argv, Tuple *kw, const char *name)
{
    if (args_no_kw(vm, name, kw) < 0 || args_count(vm, name, argc, 0, 0) < 0)
        return 0;
    return NONE;
}
static Value gc_freeze(VM *vm, int argc, Value *argv, Tuple *kw) { return gc_noop(vm, argc, argv, kw, "freeze"); }
static Value gc_unfreeze(VM *vm, int argc, Value *argv, Tuple *kw) { return gc_noop(vm, argc, argv, kw, "unfreeze"); }

static Value gc_get_freeze_count(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get_freeze_count", kw) < 0 || args_count(vm, "get_freeze_count", argc, 0, 0) < 0)
        return 0;
    return MK_INT(0);
}

static Value gc_get_stats(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "get_stats", kw) < 0 || args_count(vm, "get_stats", argc, 0, 0) < 0)
        return 0;
    List *l = list_new(vm, 0);
    if (!l)
        return 0;
    for (int g = 0; g < 3; g++) {
        Dict *d = dict_new(vm);
        if (!d || dict_set_cstr(vm, d, "collections", MK_INT(0)) < 0 ||
            dict_set_cstr(vm, d, "collected", MK_INT(0)) < 0 ||
            dict_set_cstr(vm, d, "uncollectable", MK_INT(0)) < 0 || list_append(vm, l, OBJ_VAL(d)) < 0)
            return 0;
    }
    return OBJ_VAL(l);
}

/* No finalizer ever resurrects an object here. */
static Value gc_is_finalized(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "is_finalized", kw) < 0 || args_count(vm, "is_finalized", argc, 1, 1) < 0)
        return 0;
    return FALSE_VAL;
}

static const MethodDef gc_functions[] = {
    { "collect", gc_collect, 0, "Run the garbage collector." },
    { "enable", gc_enable, 0, "Enable automatic garbage collection." },
    { "disable", gc_disable, 0, "Disable automatic garbage collection." },
    { "isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled." },
    { "get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts." },
    { "get_threshold", gc_get_threshold, 0, "Return the current collection thresholds." },
    { "set_threshold", gc_set_threshold, 0, "Set the collection thresholds (ignored by molt)." },
    { "get_debug", gc_get_debug, 0, "Get the garbage collection debugging flags." },
    { "set_debug", gc_set_debug, 0, "Set the garbage collection debugging flags (ignored by molt)." },
    { "freeze", gc_freeze, 0, "Freeze all current tracked objects and ignore them for future collections." },
    { "unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation." },
    { "get_freeze_count", gc_get_freeze_count, 0, "Return the number of objects in the permanent generation." },
    { "get_stats", gc_get_stats, 0, "Return a list of dictionaries containing per-generation statistics." },
    { "is_finalized", gc_is_finalized, 0, "Returns true if the object has been already finalized by the GC." },
    { 0 }
};

Value gc_module_init(VM *vm)
{
    Value m = module_new(vm, str_intern_cstr(vm, "gc"));
    if (!m)
        return 0;
    Dict *d = ((Module *)AS_OBJ(m))->dict;
    List *garbage = list_new(vm, 0), *callbacks = list_new(vm, 0);
    if (!garbage || !callbacks || rt_add_functions(vm, d, gc_functions) < 0 ||
        dict_set_cstr(vm, d, "garbage", OBJ_VAL(garbage)) < 0 ||
        dict_set_cstr(vm, d, "callbacks", OBJ_VAL(callbacks)) < 0 ||
        dict_set_cstr(vm, d, "DEBUG_STATS", MK_INT(1)) < 0 ||
        dict_set_cstr(vm, d, "DEBUG_COLLECTABLE", MK_INT(2)) < 0 ||
        dict_set_cstr(vm, d, "DEBUG_UNCOLLECTABLE", MK_INT(4)) < 0 ||
        dict_set_cstr(vm, d, "DEBUG_SAVEALL", MK_INT(32)) < 0 ||
        dict_set_cstr(vm, d, "DEBUG_LEAK", MK_INT(38)) < 0 ||
        dict_set_cstr(vm, d, "__doc__", OBJ_VAL(str_from_cstr(vm,
            "This module provides access to the garbage collector for reference cycles."))) < 0)
        return 0;
    return m;
}
