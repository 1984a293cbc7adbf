/* opcodes.h — the one list of molt's bytecode instructions.
 *
 * Included with OPCODE defined to make the enum (below), the names for the
 * disassembler and the computed-goto table in vm.c.  Never keep a second
 * list in step by hand.
 *
 * Instruction format: one uint32_t word, opcode in the low 8 bits, argument
 * in the high 24 bits (op | arg << 8); no EXTENDED_ARG.  Jump arguments are
 * absolute instruction indexes.  Instructions marked CACHE are followed by
 * one extra word holding an inline-cache index (0 .. code->ncaches-1); the
 * VM skips that word.  The stack notation reads bottom -> top.
 *
 * Calls use CPython 3.11's layout: [callable, self_or_null, arg1 .. argN].
 * self_or_null is 0 (a NULL) for a plain call; LOAD_METHOD pushes the
 * unbound function and the object when it can avoid making a bound method.
 *
 * A call of a function whose code has CO_GENERATOR returns a new generator
 * over the bound frame without running it; YIELD_VALUE suspends it.
 *
 * Exceptions are handled through the code object's exception table (vm.h):
 * no SETUP_* instructions.  At a handler the stack has been cut to the
 * entry's depth, [lasti] pushed if the entry says so, then the exception.
 *
 * OPCODE(name, has_arg, has_cache)  — comment: stack effect and meaning.
 */
#ifndef MOLT_OPCODES_H
#define MOLT_OPCODES_H

#define OPCODE_LIST(OPCODE) \
    OPCODE(NOP, 0, 0)              /* -- */ \
    OPCODE(POP_TOP, 0, 0)          /* x -- */ \
    OPCODE(PUSH_NULL, 0, 0)        /* -- NULL   (the self_or_null slot of a plain call) */ \
    OPCODE(COPY, 1, 0)             /* .. x(arg from top, 1 = TOS) -- .. x x */ \
    OPCODE(SWAP, 1, 0)             /* swaps TOS with the item arg down (2 = TOS1) */ \
    OPCODE(LOAD_CONST, 1, 0)       /* -- consts[arg] */ \
    OPCODE(LOAD_FAST, 1, 0)        /* -- local[arg]   UnboundLocalError if unset */ \
    OPCODE(STORE_FAST, 1, 0)       /* x --            local[arg] = x */ \
    OPCODE(DELETE_FAST, 1, 0)      /* --              UnboundLocalError if unset */ \
    OPCODE(LOAD_DEREF, 1, 0)       /* -- cell[arg].value  (cells: cellvars then freevars); NameError "cannot access free variable 'x' where it is not associated with a value in enclosing scope" or UnboundLocalError for cellvars */ \
    OPCODE(STORE_DEREF, 1, 0)      /* x --  cell[arg].value = x */ \
    OPCODE(DELETE_DEREF, 1, 0)     /* -- */ \
    OPCODE(LOAD_CLOSURE, 1, 0)     /* -- cell[arg]  (the Cell itself, for MAKE_FUNCTION) */ \
    OPCODE(LOAD_CLASSDEREF, 1, 0)  /* -- value   class body: locals mapping first (name = the cell's name), then cell[arg] */ \
    OPCODE(LOAD_GLOBAL, 1, 1)      /* -- globals/builtins[names[arg]]  NameError "name 'x' is not defined"; cached on the dicts' versions */ \
    OPCODE(STORE_GLOBAL, 1, 0)     /* x -- */ \
    OPCODE(DELETE_GLOBAL, 1, 0)    /* -- */ \
    OPCODE(LOAD_NAME, 1, 0)        /* -- value   locals mapping, then globals, then builtins */ \
    OPCODE(STORE_NAME, 1, 0)       /* x --  locals mapping[names[arg]] = x */ \
    OPCODE(DELETE_NAME, 1, 0)      /* --    NameError if missing */ \
    OPCODE(LOAD_ATTR, 1, 1)        /* obj -- obj.names[arg] */ \
    OPCODE(STORE_ATTR, 1, 1)       /* value obj --   obj.names[arg] = value */ \
    OPCODE(DELETE_ATTR, 1, 0)      /* obj -- */ \
    OPCODE(LOAD_METHOD, 1, 1)      /* obj -- func obj  (method found on the type: no bound method made) \
                                      obj -- attr NULL  (anything else) */ \
    OPCODE(BINARY_OP, 1, 0)        /* a b -- a op b   arg: BinOp, + BINOP_INPLACE for a op= b */ \
    OPCODE(UNARY_NEGATIVE, 0, 0)   /* a -- -a */ \
    OPCODE(UNARY_POSITIVE, 0, 0)   /* a -- +a */ \
    OPCODE(UNARY_INVERT, 0, 0)     /* a -- ~a */ \
    OPCODE(UNARY_NOT, 0, 0)        /* a -- not a */ \
    OPCODE(COMPARE_OP, 1, 0)       /* a b -- a cmp b  arg: CmpOp */ \
    OPCODE(IS_OP, 1, 0)            /* a b -- (a is b) ^ arg */ \
    OPCODE(CONTAINS_OP, 1, 0)      /* a b -- (a in b) ^ arg */ \
    OPCODE(BINARY_SUBSCR, 0, 0)    /* obj key -- obj[key] */ \
    OPCODE(STORE_SUBSCR, 0, 0)     /* value obj key --   obj[key] = value */ \
    OPCODE(DELETE_SUBSCR, 0, 0)    /* obj key -- */ \
    OPCODE(BUILD_SLICE, 1, 0)      /* start stop [step] -- slice   arg: 2 or 3 */ \
    OPCODE(BUILD_TUPLE, 1, 0)      /* x1..xn -- (x1..xn) */ \
    OPCODE(BUILD_LIST, 1, 0)       /* x1..xn -- [x1..xn] */ \
    OPCODE(BUILD_SET, 1, 0)        /* x1..xn -- {x1..xn} */ \
    OPCODE(BUILD_MAP, 1, 0)        /* k1 v1 .. kn vn -- {k1: v1, ..} */ \
    OPCODE(BUILD_STRING, 1, 0)     /* s1..sn -- s1 + .. + sn  (f-strings) */ \
    OPCODE(FORMAT_VALUE, 1, 0)     /* x [spec] -- str   arg & 3: 0 none, 1 str, 2 repr, 3 ascii; arg & 4: a spec is on the stack */ \
    OPCODE(LIST_APPEND, 1, 0)      /* x --   pop x, then PEEK(arg).append(x)  (PEEK(1) is TOS; as CPython) */ \
    OPCODE(SET_ADD, 1, 0)          /* x --   pop x, then PEEK(arg).add(x) */ \
    OPCODE(MAP_ADD, 1, 0)          /* k v -- pop v, pop k, then PEEK(arg)[k] = v */ \
    OPCODE(LIST_EXTEND, 1, 0)      /* it --  pop it, then PEEK(arg).extend(it) */ \
    OPCODE(SET_UPDATE, 1, 0)       /* it --  pop it, then PEEK(arg).update(it) */ \
    OPCODE(DICT_UPDATE, 1, 0)      /* m --   pop m, then PEEK(arg).update(m)  ({**m}: "'int' object is not a mapping") */ \
    OPCODE(DICT_MERGE, 1, 0)       /* m --   as DICT_UPDATE for f(**m), duplicates: "f() got multiple values for keyword argument 'k'" (the callable is PEEK(arg+3): [callable NULL args dict]) */ \
    OPCODE(LIST_TO_TUPLE, 0, 0)    /* list -- tuple */ \
    OPCODE(UNPACK_SEQUENCE, 1, 0)  /* seq -- x_n .. x_1  (x_1 on top) */ \
    OPCODE(UNPACK_EX, 1, 0)        /* seq -- after.. list before..   arg: before | after << 8, first item on top */ \
    OPCODE(JUMP, 1, 0)             /* --  ip = arg (backward jumps check for Ctrl-C) */ \
    OPCODE(POP_JUMP_IF_FALSE, 1, 0)   /* x -- */ \
    OPCODE(POP_JUMP_IF_TRUE, 1, 0)    /* x -- */ \
    OPCODE(POP_JUMP_IF_NONE, 1, 0)    /* x -- */ \
    OPCODE(POP_JUMP_IF_NOT_NONE, 1, 0) /* x -- */ \
    OPCODE(JUMP_IF_FALSE_OR_POP, 1, 0) /* x -- x (jump) | -- (no jump) */ \
    OPCODE(JUMP_IF_TRUE_OR_POP, 1, 0)  /* x -- x (jump) | -- (no jump) */ \
    OPCODE(GET_ITER, 0, 0)         /* obj -- iter(obj) */ \
    OPCODE(FOR_ITER, 1, 0)         /* it -- it next(it) | it -- (exhausted: pop, jump to arg) */ \
    OPCODE(CALL, 1, 0)             /* callable self_or_null a1..an -- result   arg: n */ \
    OPCODE(CALL_KW, 1, 0)          /* callable self_or_null a1..an kwnames -- result   arg: n (positional + keyword values); kwnames: a const tuple of str */ \
    OPCODE(CALL_FUNCTION_EX, 1, 0) /* callable self_or_null args_tuple [kwargs_dict] -- result   arg & 1: kwargs present */ \
    OPCODE(MAKE_FUNCTION, 1, 0)    /* [defaults_tuple] [kwdefaults_dict] [annotations] [closure_tuple] code -- function   arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure; qualname comes from code->qualname */ \
    OPCODE(LOAD_BUILD_CLASS, 0, 0) /* -- builtins.__build_class__ */ \
    OPCODE(RETURN_VALUE, 0, 0)     /* x -- (returns x) */ \
    OPCODE(YIELD_VALUE, 0, 0)      /* x -- sent  (suspends the generator, yielding x) */ \
    OPCODE(GET_YIELD_FROM_ITER, 0, 0) /* obj -- iter(obj)  (generators as they are) */ \
    OPCODE(YIELD_FROM, 0, 0)       /* subiter sent -- result  delegates: re-runs until subiter is done, yielding what it yields; result is its return value */ \
    OPCODE(RAISE_VARARGS, 1, 0)    /* arg 0: re-raise vm->exc_info ("No active exception to reraise"); 1: exc --; 2: exc cause -- */ \
    OPCODE(RERAISE, 0, 0)          /* exc -- (raises exc again, keeping its traceback) */ \
    OPCODE(PUSH_EXC_INFO, 0, 0)    /* exc -- prev_exc_info exc   (vm->exc_info = exc; prev may be NULL) */ \
    OPCODE(POP_EXCEPT, 0, 0)       /* prev_exc_info --   (vm->exc_info = prev) */ \
    OPCODE(CHECK_EXC_MATCH, 0, 0)  /* exc type -- exc bool   TypeError "catching classes that do not inherit from BaseException is not allowed" */ \
    OPCODE(BEFORE_WITH, 0, 0)      /* mgr -- exit self_or_NULL mgr.__enter__()   a plain-function __exit__ stays unbound with mgr as its self, else the bound __exit__ and NULL; TypeError "'T' object does not support the context manager protocol" */ \
    OPCODE(WITH_EXCEPT_START, 0, 0)/* exit self_or_NULL prev exc -- exit self_or_NULL prev exc res   res = exit([self,] type(exc), exc, tb) */ \
    OPCODE(SETUP_ANNOTATIONS, 0, 0)/* -- ensures __annotations__ in the locals mapping */ \
    OPCODE(IMPORT_NAME, 1, 0)      /* level fromlist -- module   __import__(names[arg], globals, locals, fromlist, level) */ \
    OPCODE(IMPORT_FROM, 1, 0)      /* module -- module attr   (falls back to the submodule; CPython's messages) */ \
    OPCODE(IMPORT_STAR, 0, 0)      /* module --   into the locals mapping */ \
    OPCODE(LOAD_ASSERTION_ERROR, 0, 0) /* -- AssertionError */ \
    OPCODE(PRINT_EXPR, 0, 0)       /* x --   interactive mode: repr to stdout, bind builtins._ (None: nothing) */

typedef enum {
#define OPCODE(name, has_arg, has_cache) OP_##name,
    OPCODE_LIST(OPCODE)
#undef OPCODE
    OP_COUNT
} Opcode;

#define INSTR(op, arg)  ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w)     ((w) & 0xff)
#define INSTR_ARG(w)    ((w) >> 8)
#define MAX_OPARG       0xffffff

extern const char *const opcode_names[OP_COUNT];   /* dis.c */
extern const unsigned char opcode_has_cache[OP_COUNT];

#endif
