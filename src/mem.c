/* mem.c — the single allocation entry point over Boehm GC.
 *
 * Everything molt allocates comes from here, so "holds pointers" versus
 * "pointer-free payload" is decided in one place.  Failure raises the
 * preallocated MemoryError: raising must not itself need memory.
 */
#include <gc.h>
#include <string.h>

#include "object.h"
#include "vm.h"
#include "objects/objmodel.h"

/* Larger requests are treated as impossible without asking the collector,
 * which might otherwise try to map absurd amounts of address space. */
#define MEM_MAX_REQUEST ((size_t)1 << 40)

static void *no_memory(VM *vm)
{
    if (vm)
        exc_raise_memory_error(vm);
    return NULL;
}

void *mem_alloc(VM *vm, size_t size)
{
    if (size > MEM_MAX_REQUEST)
        return no_memory(vm);
    void *p = GC_MALLOC(size ? size : 1);
    if (!p)
        return no_memory(vm);
    return p;
}

/* GC_MALLOC_ATOMIC does not clear memory; callers get zeroed bytes anyway,
 * as with mem_alloc, so a forgotten terminator can never leak old data. */
void *mem_alloc_atomic(VM *vm, size_t size)
{
    if (size > MEM_MAX_REQUEST)
        return no_memory(vm);
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
    if (!p)
        return no_memory(vm);
    memset(p, 0, size);
    return p;
}

void *mem_realloc(VM *vm, void *p, size_t size)
{
    if (size > MEM_MAX_REQUEST)
        return no_memory(vm);
    void *q = GC_REALLOC(p, size ? size : 1);
    if (!q)
        return no_memory(vm);
    return q;
}

Obj *obj_alloc(VM *vm, TypeObject *t)
{
    size_t size = t->instance_size;
    if (size < sizeof(Obj))
        size = sizeof(Obj);
    Obj *o = mem_alloc(vm, size);
    if (!o)
        return NULL;
    o->type = t;
    return o;
}
