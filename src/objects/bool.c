/* bool.c — bool (a subclass of int whose only instances are True and False)
 * and the other singletons: None, NotImplemented and Ellipsis, with their
 * types.
 *
 * bool inherits int's slots (type_ready fills them in; int.c reads a Bool's
 * value wherever it reads an int), except for repr and for & | ^, which
 * give a bool again when both operands are bools.
 */
#include "object.h"
#include "vm.h"
#include "objects/number.h"

Bool true_object = { { &type_bool }, 1 };
Bool false_object = { { &type_bool }, 0 };
Obj none_object = { &type_none };
Obj notimplemented_object = { &type_notimplemented };
Obj ellipsis_object = { &type_ellipsis };

static Value const_str(VM *vm, const char *s)
{
    Str *r = str_intern_cstr(vm, s);
    return r ? OBJ_VAL(r) : 0;
}

/* ---- bool ------------------------------------------------------------------------ */

static Value bool_repr(VM *vm, Value v)
{
    return const_str(vm, ((Bool *)AS_OBJ(v))->value ? "True" : "False");
}

static Value bool_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return vm_raise(vm, &exc_TypeError, "bool() takes no keyword arguments");
    if (argc > 1)
        return vm_raise(vm, &exc_TypeError, "bool expected at most 1 argument, got %d", argc);
    if (argc == 0)
        return FALSE_VAL;
    int b = obj_truthy(vm, argv[0]);
    return b < 0 ? 0 : BOOL_VAL(b);
}

static bool is_bool(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == &type_bool;
}

#define BOOL_VALUE(v) (((Bool *)AS_OBJ(v))->value)

static Value bool_and(VM *vm, Value a, Value b)
{
    if (is_bool(a) && is_bool(b))
        return BOOL_VAL(BOOL_VALUE(a) & BOOL_VALUE(b));
    return type_int.binop[BINOP_AND](vm, a, b);
}

static Value bool_or(VM *vm, Value a, Value b)
{
    if (is_bool(a) && is_bool(b))
        return BOOL_VAL(BOOL_VALUE(a) | BOOL_VALUE(b));
    return type_int.binop[BINOP_OR](vm, a, b);
}

static Value bool_xor(VM *vm, Value a, Value b)
{
    if (is_bool(a) && is_bool(b))
        return BOOL_VAL(BOOL_VALUE(a) ^ BOOL_VALUE(b));
    return type_int.binop[BINOP_XOR](vm, a, b);
}

TypeObject type_bool = {
    .hdr.type = &type_type,
    .name = "bool",
    .base = &type_int,
    .instance_size = sizeof(Bool),
    .new_ = bool_new,
    .repr = bool_repr,
    .binop = { [BINOP_AND] = bool_and, [BINOP_OR] = bool_or, [BINOP_XOR] = bool_xor },
    .doc = "bool(x) -> bool\n\n"
           "Returns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
};

/* ---- None, NotImplemented, Ellipsis ------------------------------------------------ */

/* NoneType() and friends return their singleton and take no arguments
 * (ellipsis calls itself EllipsisType there, as CPython). */
static Value singleton_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames,
                           Value the_one)
{
    if (argc || (kwnames && kwnames->len))
        return vm_raise(vm, &exc_TypeError, "%s takes no arguments",
                        the_one == ELLIPSIS ? "EllipsisType" : t->name);
    return the_one;
}

static Value none_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kw)
{
    return singleton_new(vm, t, argc, argv, kw, NONE);
}

static Value none_repr(VM *vm, Value v) { return const_str(vm, "None"); }
static int none_bool(VM *vm, Value v) { return 0; }

TypeObject type_none = {
    .hdr.type = &type_type,
    .name = "NoneType",
    .base = &type_object,
    .instance_size = sizeof(Obj),
    .new_ = none_new,
    .repr = none_repr,
    .bool_ = none_bool,
};

static Value notimplemented_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kw)
{
    return singleton_new(vm, t, argc, argv, kw, NOT_IMPLEMENTED);
}

static Value notimplemented_repr(VM *vm, Value v) { return const_str(vm, "NotImplemented"); }

TypeObject type_notimplemented = {
    .hdr.type = &type_type,
    .name = "NotImplementedType",
    .base = &type_object,
    .instance_size = sizeof(Obj),
    .new_ = notimplemented_new,
    .repr = notimplemented_repr,
};

static Value ellipsis_new(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kw)
{
    return singleton_new(vm, t, argc, argv, kw, ELLIPSIS);
}

static Value ellipsis_repr(VM *vm, Value v) { return const_str(vm, "Ellipsis"); }

TypeObject type_ellipsis = {
    .hdr.type = &type_type,
    .name = "ellipsis",
    .base = &type_object,
    .instance_size = sizeof(Obj),
    .new_ = ellipsis_new,
    .repr = ellipsis_repr,
};
