/* bootstrap.c — creating the interpreter: the collector, the builtin types,
 * the builtins and sys modules, and the module table that ties them
 * together (vm->modules, which is also the first sys.modules).
 */
#include <stdio.h>
#include <string.h>
#include <gc.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"
#include "objects/objmodel.h"
#include "objects/number.h"
#include "vmcache.h"

/* Every builtin type of object.h: readied before any code runs, so that
 * their dicts (methods, slot wrappers) exist when a program looks. */
static TypeObject *const builtin_types[] = {
    &type_object, &type_type, &type_int, &type_bool, &type_float, &type_str,
    &type_bytes, &type_list, &type_tuple, &type_dict, &type_set, &type_frozenset,
    &type_range, &type_slice, &type_none, &type_notimplemented, &type_ellipsis,
    &type_function, &type_native_function, &type_bound_method,
    &type_method_descriptor, &type_getset_descriptor, &type_staticmethod,
    &type_classmethod, &type_property, &type_super, &type_module, &type_code,
    &type_cell, &type_generator, &type_iterator, &type_callable_iterator,
    &type_enumerate, &type_zip, &type_map, &type_filter, &type_reversed,
    &type_list_iterator, &type_tuple_iterator, &type_range_iterator,
    &type_str_iterator, &type_dict_iterator, &type_set_iterator,
    &type_dict_keys, &type_dict_values, &type_dict_items, &type_file,
    &type_traceback, &type_frame, &type_mappingproxy, &type_bytes_iterator,
    /* the runtime's own */
    &type_namespace, &type_module_spec,
};

static VM *fail(VM *vm, const char *what)
{
    fprintf(stderr, "molt: fatal error during start-up: %s\n", what);
    if (vm && vm->exc) {
        Str *msg = exc_format_only(vm, vm->exc);
        if (msg)
            fprintf(stderr, "%s\n", msg->data);
    }
    return NULL;
}

/* sys.displayhook, the hook the VM itself calls (PRINT_EXPR), also kept as
 * sys.__displayhook__ so that a program can restore it. */
static int add_sys_hooks(VM *vm)
{
    if (module_get_cstr(vm, vm->sys, "displayhook"))
        return 0;
    Value f = native_function_new(vm, "displayhook", vm_displayhook, vm->sys,
                                  "Print an object to sys.stdout and also save it in builtins._");
    Dict *d = ((Module *)AS_OBJ(vm->sys))->dict;
    if (!f || dict_set_cstr(vm, d, "displayhook", f) < 0)
        return -1;
    return dict_set_cstr(vm, d, "__displayhook__", f);
}

VM *vm_new(int argc, char **argv)
{
    GC_INIT();
    /* Interpreted code allocates many short-lived boxes (floats, bound
     * methods, frames of generators): collecting less often and letting the
     * heap grow a little more cut the collector's share of run time from
     * about half to a fifth, for about 1.5 MB more memory. */
    GC_set_free_space_divisor(1);
    int_init();

    /* The VM is the root of everything else, so it is the one object the
     * collector must never free or miss: uncollectable, and scanned. */
    VM *vm = GC_MALLOC_UNCOLLECTABLE(sizeof(VM));
    if (!vm)
        return fail(NULL, "out of memory");
    memset(vm, 0, sizeof *vm);
    vm->recursion_limit = 1000;
    vm->argc = argc;
    vm->argv = argv;

    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (type_ready(vm, builtin_types[i]) < 0)
            return fail(vm, builtin_types[i]->name);
#define X(name, base) \
    if (type_ready(vm, &exc_##name) < 0) \
        return fail(vm, #name);
    EXCEPTION_LIST(X)
#undef X
    if (file_init(vm) < 0)
        return fail(vm, "io.UnsupportedOperation");

    vm->modules = dict_new(vm);
    if (!vm->modules)
        return fail(vm, "sys.modules");
    if (builtins_init(vm) < 0)
        return fail(vm, "builtins");
    if (!sysmodule_init(vm))
        return fail(vm, "sys");
    if (add_sys_hooks(vm) < 0)
        return fail(vm, "sys.displayhook");
    if (import_bootstrap(vm) < 0)
        return fail(vm, "the module table");
    return vm;
}
