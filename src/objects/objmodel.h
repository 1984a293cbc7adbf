/* objmodel.h — declarations of the object-model core (mem.c, object.c,
 * args.c, objects/type.c, descr.c, exc.c, module.c) that the contracts in
 * object.h / vm.h do not carry: the slot-wrapper descriptors type_ready puts
 * in builtin types' dicts, the mapping proxy, and a few helpers other files
 * may find useful.
 */
#ifndef MOLT_OBJMODEL_H
#define MOLT_OBJMODEL_H

#include "object.h"
#include "vm.h"

/* ---- slot wrappers (descr.c / type.c) -------------------------------------
 * `int.__add__` is a SlotWrapper: it calls the owner type's C slot.  Bound to
 * an instance (`(1).__add__`) it becomes a MethodWrapper. */
typedef enum {
    SW_REPR, SW_STR, SW_HASH, SW_CMP, SW_BOOL, SW_LEN, SW_GETITEM, SW_SETITEM,
    SW_DELITEM, SW_CONTAINS, SW_ITER, SW_NEXT, SW_CALL, SW_BINOP, SW_RBINOP,
    SW_INPLACE, SW_NEG, SW_POS, SW_INVERT, SW_ABS, SW_INDEX, SW_INT, SW_FLOAT,
    SW_GET, SW_SET, SW_DELETE, SW_INIT, SW_GETATTRIBUTE, SW_SETATTR, SW_DELATTR
} SlotKind;

typedef struct SlotWrapper {
    Obj hdr;
    Str *name;            /* "__add__" (interned) */
    TypeObject *owner;    /* the builtin type whose slot this calls */
    int kind;             /* SlotKind */
    int op;               /* BinOp or CmpOp where relevant */
} SlotWrapper;

typedef struct MethodWrapper { Obj hdr; SlotWrapper *wrapper; Value self; } MethodWrapper;

extern TypeObject type_slot_wrapper, type_method_wrapper;

/* Calls a slot wrapper with self and the remaining arguments. */
Value slot_wrapper_call(VM *vm, SlotWrapper *w, Value self, int argc, Value *argv, Tuple *kwnames);

/* types.MappingProxyType: a read-only view of a mapping (type.__dict__). */
typedef struct MappingProxy { Obj hdr; Value mapping; } MappingProxy;
Value mappingproxy_new(VM *vm, Value mapping);

/* The instance layout of property (a name is kept for 3.11's messages). */
typedef struct PropertyEx { Property p; Value name; } PropertyEx;

Value slot_wrapper_new(VM *vm, TypeObject *owner, Str *name, int kind, int op);
/* A builtin type's METH_CLASS method in its dict (dict.fromkeys): binds the
 * class on attribute access.  Same layout as a MethodDescriptor. */
extern TypeObject type_classmethod_descriptor;
Value staticmethod_new(VM *vm, Value func);
/* A __slots__ member: a Value stored at `offset` in the instance. */
typedef struct MemberDescr { Obj hdr; Str *name; TypeObject *owner; size_t offset; } MemberDescr;
extern TypeObject type_member_descriptor;
Value member_descr_new(VM *vm, TypeObject *owner, Str *name, size_t offset);
Value classmethod_new(VM *vm, Value func);

/* ---- type.c ------------------------------------------------------------------ */

/* A class defined in Python over a variable-size builtin (str, bytes,
 * tuple): its instances keep their __dict__ pointer just past their items,
 * so dict_offset is 0 and obj_dict_slot finds it (a private flag bit). */
#define TF_VARDICT 0x20000
/* Where an object's __dict__ pointer lives, or NULL when it has none. */
Dict **obj_dict_slot(Value obj);

/* types.UnionType (`int | None`); its members, NoneType for None. */
extern TypeObject type_union;
Tuple *union_args(Value u);
/* a | b for types, None, unions and generic aliases (the binop[BINOP_OR]
 * slot of type, UnionType, and types.GenericAlias); NotImplemented else. */
Value union_or(VM *vm, Value a, Value b);

/* Readies every type the object-model core owns (object, type, the
 * descriptors, module, traceback, all exceptions).  type_ready calls it on
 * its first use, so a bootstrap need not; calling it again is harmless. */
int objmodel_init(VM *vm);
Value type_lookup_cstr(VM *vm, TypeObject *t, const char *name);
/* type.__repr__: "<class 'int'>", "<class '__main__.Foo'>". */
Value type_repr(VM *vm, Value t);
/* The C slot default of `object` for each protocol (used by other types). */
Value object_repr(VM *vm, Value self);
int64_t object_hash(VM *vm, Value self);
/* __module__ of a type as a Value (str), or 0. */
Value type_module_name(VM *vm, TypeObject *t);
/* Calls `self.<name>(args)` where `name` was found on type(self): binds or
 * passes self as the first argument as the attribute requires. */
Value call_special(VM *vm, Value self, Value meth, int argc, Value *argv, Tuple *kwnames);
/* object.__getattribute__ returning 0 with no exception when missing. */
Value obj_generic_getattr_quiet(VM *vm, Value obj, Str *name);
/* PEP 560: the bases with each non-class that has __mro_entries__
 * replaced by what that method returns; `bases` itself when none has.
 * (For __build_class__, which must resolve them before choosing the
 * metaclass and then store the original tuple as __orig_bases__.) */
Tuple *type_resolve_mro_entries(VM *vm, Tuple *bases);
/* descr.c: super(type, obj) from C. */
Value super_new_from(VM *vm, TypeObject *type, Value obj);

/* ---- exc.c ------------------------------------------------------------------- */

/* Raises the preallocated MemoryError (no allocation needed).  Returns 0. */
Value exc_raise_memory_error(VM *vm);
/* Sets the pending exception to `exc` (an instance), chaining __context__
 * from vm->exc_info as CPython does.  Returns 0. */
Value exc_set(VM *vm, Value exc);
/* Readies every exception type of EXCEPTION_LIST. */
int exc_init_types(VM *vm);
/* The `args` tuple of an exception instance (never NULL). */
Tuple *exc_args(Value exc);

/* ---- module.c ---------------------------------------------------------------- */

/* Module dict entry by C name, 0 if missing. */
Value module_get_cstr(VM *vm, Value module, const char *name);
/* Is the module still running its body (Module.state, or CPython's
 * __spec__._initializing)?  For the "partially initialized module" messages. */
bool module_is_initializing(VM *vm, Value module);

#endif
