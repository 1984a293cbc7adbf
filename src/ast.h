/* ast.h — the syntax tree the parser builds and the symbol table and
 * compiler walk.  Node kinds follow CPython's `ast` module names, so a reader
 * who knows `ast.dump()` knows these.  Every node carries its source span.
 */
#ifndef MOLT_AST_H
#define MOLT_AST_H

#include "object.h"

typedef struct Node Node;

/* A growable array of nodes (GC-allocated). */
typedef struct NodeList { int len, cap; Node **items; } NodeList;

#define NODE_KINDS(X) \
    /* module-level */ \
    X(Module)       /* body */ \
    X(Expression)   /* value (eval mode) */ \
    X(Interactive)  /* body (single mode) */ \
    /* statements */ \
    X(FunctionDef)  /* name, args, body, decorators, returns */ \
    X(ClassDef)     /* name, bases, keywords, body, decorators */ \
    X(Return)       /* value (may be NULL) */ \
    X(Delete)       /* targets */ \
    X(Assign)       /* targets (chained a = b = v: several), value */ \
    X(AugAssign)    /* target, op (BinOp), value */ \
    X(AnnAssign)    /* target, annotation, value (may be NULL), simple */ \
    X(For)          /* target, iter, body, orelse */ \
    X(While)        /* test, body, orelse */ \
    X(If)           /* test, body, orelse (elif: a single If in orelse) */ \
    X(With)         /* items (WithItem), body */ \
    X(Raise)        /* exc (may be NULL), cause (may be NULL) */ \
    X(Try)          /* body, handlers (ExceptHandler), orelse, finalbody */ \
    X(Assert)       /* test, msg (may be NULL) */ \
    X(Import)       /* names (Alias) */ \
    X(ImportFrom)   /* module (Str* or NULL), names (Alias; '*' for star), level */ \
    X(Global)       /* identifiers */ \
    X(Nonlocal)     /* identifiers */ \
    X(Expr)         /* value */ \
    X(Pass) X(Break) X(Continue) \
    /* expressions */ \
    X(BoolOp)       /* op (AND/OR), values */ \
    X(NamedExpr)    /* target (Name), value */ \
    X(BinOpE)       /* left, op (BinOp), right */ \
    X(UnaryOp)      /* op (UnaryKind), operand */ \
    X(Lambda)       /* args, body (one expression) */ \
    X(IfExp)        /* test, body, orelse */ \
    X(Dict)         /* keys (NULL key: **value), values */ \
    X(Set)          /* elts */ \
    X(ListComp) X(SetComp) X(GeneratorExp) /* elt, generators (Comprehension) */ \
    X(DictComp)     /* key, value, generators */ \
    X(Yield)        /* value (may be NULL) */ \
    X(YieldFrom)    /* value */ \
    X(Compare)      /* left, ops (CmpKind[]), comparators */ \
    X(Call)         /* func, args (Starred for *x), keywords (Keyword; arg NULL for **x) */ \
    X(FormattedValue) /* value, conversion (-1, 's', 'r', 'a'), format_spec (JoinedStr or NULL) */ \
    X(JoinedStr)    /* values (Constant str parts and FormattedValue) */ \
    X(Constant)     /* value (None, True, False, Ellipsis, int, float, complex-less, str, bytes) */ \
    X(Attribute)    /* value, attr, ctx */ \
    X(Subscript)    /* value, slice, ctx */ \
    X(Starred)      /* value, ctx */ \
    X(Name)         /* id, ctx */ \
    X(List)         /* elts, ctx */ \
    X(Tuple)        /* elts, ctx */ \
    X(Slice)        /* lower, upper, step (each may be NULL) */ \
    /* helpers */ \
    X(ExceptHandler) /* type (may be NULL), name (Str* or NULL), body */ \
    X(Arguments)    /* see below */ \
    X(Arg)          /* arg (Str*), annotation */ \
    X(Keyword)      /* arg (Str* or NULL for **), value */ \
    X(Alias)        /* name (dotted Str*), asname (Str* or NULL) */ \
    X(WithItem)     /* context_expr, optional_vars (may be NULL) */ \
    X(Comprehension) /* target, iter, ifs */

typedef enum {
#define X(k) N_##k,
    NODE_KINDS(X)
#undef X
    N_COUNT
} NodeKind;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;
typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;
typedef enum { UNARY_NOT, UNARY_NEG, UNARY_POS, UNARY_INVERT } UnaryKind;
/* Comparison operators: the six rich comparisons (CmpOp values), then: */
typedef enum {
    CMPK_LT, CMPK_LE, CMPK_EQ, CMPK_NE, CMPK_GT, CMPK_GE,  /* == CmpOp */
    CMPK_IS, CMPK_IS_NOT, CMPK_IN, CMPK_NOT_IN
} CmpKind;

struct Node {
    NodeKind kind;
    int lineno, col_offset;           /* 1-based line, 0-based column (bytes), as CPython */
    int end_lineno, end_col_offset;
    union {
        struct { NodeList body; } module;                 /* Module, Interactive */
        struct { Node *body; } expression;                /* Expression */
        struct { Str *name; Node *args; NodeList body, decorators; Node *returns; Value docstring; } funcdef;
        struct { Str *name; NodeList bases, keywords, body, decorators; } classdef;
        struct { Node *value; } ret;                      /* Return, Expr, Yield, YieldFrom, Starred(+ctx) */
        struct { NodeList targets; } del;                 /* Delete */
        struct { NodeList targets; Node *value; } assign;
        struct { Node *target; BinOp op; Node *value; } augassign;
        struct { Node *target; Node *annotation; Node *value; bool simple; } annassign;
        struct { Node *target, *iter; NodeList body, orelse; } for_;
        struct { Node *test; NodeList body, orelse; } while_;   /* While, If */
        struct { NodeList items, body; } with;
        struct { Node *exc, *cause; } raise;
        struct { NodeList body, handlers, orelse, finalbody; } try_;
        struct { Node *test, *msg; } assert_;
        struct { NodeList names; } import;                /* Import */
        struct { Str *module; NodeList names; int level; } importfrom;
        struct { int n; Str **names; } global;            /* Global, Nonlocal */
        struct { BoolOpKind op; NodeList values; } boolop;
        struct { Node *target, *value; } namedexpr;
        struct { Node *left; BinOp op; Node *right; } binop;
        struct { UnaryKind op; Node *operand; } unary;
        struct { Node *args; Node *body; } lambda;
        struct { Node *test, *body, *orelse; } ifexp;
        struct { NodeList keys, values; } dict;           /* keys[i] NULL: **values[i] */
        struct { NodeList elts; ExprContext ctx; } seq;   /* Set, List, Tuple */
        struct { Node *elt, *value; NodeList generators; } comp; /* ListComp, SetComp, GeneratorExp (elt); DictComp (elt = key, value) */
        struct { Node *left; int n; CmpKind *ops; NodeList comparators; } compare;
        struct { Node *func; NodeList args, keywords; } call;
        struct { Node *value; int conversion; Node *format_spec; } formatted;
        struct { NodeList values; } joined;
        struct { Value value; } constant;
        struct { Node *value; Str *attr; ExprContext ctx; } attribute;
        struct { Node *value, *slice; ExprContext ctx; } subscript;
        struct { Node *value; ExprContext ctx; } starred;
        struct { Str *id; ExprContext ctx; } name;        /* id is interned */
        struct { Node *lower, *upper, *step; } slice;
        struct { Node *type; Str *name; NodeList body; } handler;
        /* Arguments: posonlyargs, args, vararg (Arg or NULL), kwonlyargs,
         * kw_defaults (one per kwonlyarg, NULL where none), kwarg (Arg or
         * NULL), defaults (for the last len(defaults) of posonlyargs+args) */
        struct { NodeList posonlyargs, args, kwonlyargs, kw_defaults, defaults; Node *vararg, *kwarg; } arguments;
        struct { Str *arg; Node *annotation; } arg;
        struct { Str *arg; Node *value; } keyword;
        struct { Str *name, *asname; } alias;
        struct { Node *context_expr, *optional_vars; } withitem;
        struct { Node *target, *iter; NodeList ifs; } comprehension;
    } u;
};

/* ast.c */
Node *node_new(VM *vm, NodeKind kind, int lineno, int col, int end_lineno, int end_col);
void nodelist_push(VM *vm, NodeList *l, Node *n);
extern const char *const node_kind_names[N_COUNT];

/* parser.c: source text -> AST.  Raises SyntaxError / IndentationError (with
 * filename, lineno, offset, text) and returns NULL on bad input; never
 * crashes, whatever the bytes.  mode: MODE_EXEC -> Module, MODE_EVAL ->
 * Expression, MODE_SINGLE -> Interactive.  (CompileMode is in vm.h.) */
Node *parse_source(VM *vm, const char *src, size_t len, Str *filename, int mode);

/* compiler.c: AST -> code object (runs the symbol table first).  Raises
 * SyntaxError for what only the compiler can see ('return' outside function,
 * 'break' outside loop, nonlocal errors, import * in a function, ...). */
Code *compile_ast(VM *vm, Node *tree, Str *filename, int mode);

#endif
