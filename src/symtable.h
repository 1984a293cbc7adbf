/* symtable.h — scopes and name classification, the compiler's first pass.
 *
 * The symbol table walks the AST once and builds one Scope per module,
 * class body, function, lambda and comprehension (comprehensions are
 * functions of their own, as in CPython 3.11).  A second pass decides for
 * every name whether it is a fast local, a cell, a free variable or a
 * global, which is what picks LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL /
 * LOAD_NAME in the compiler.
 */
#ifndef MOLT_SYMTABLE_H
#define MOLT_SYMTABLE_H

#include "object.h"
#include "ast.h"

/* What the source does with a name in one scope (bit set). */
#define DEF_GLOBAL     0x001   /* global x */
#define DEF_LOCAL      0x002   /* assigned, deleted, def/class/for/with/except target */
#define DEF_PARAM      0x004   /* a parameter */
#define DEF_NONLOCAL   0x008   /* nonlocal x */
#define DEF_USE        0x010   /* read */
#define DEF_FREE_CLASS 0x020   /* class-body name also free in a method: passed through */
#define DEF_IMPORT     0x040   /* bound by import */
#define DEF_ANNOT      0x080   /* annotated */
#define DEF_COMP_ITER  0x100   /* comprehension iteration variable */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Where a name lives, decided by the analysis pass. */
typedef enum {
    SYM_NONE = 0,          /* not mentioned in this scope */
    SYM_LOCAL,
    SYM_GLOBAL_EXPLICIT,   /* declared global */
    SYM_GLOBAL_IMPLICIT,   /* not bound anywhere visible: globals/builtins */
    SYM_FREE,              /* bound in an enclosing function */
    SYM_CELL               /* local, captured by an inner function */
} SymScope;

typedef enum { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION } ScopeKind;

typedef struct Symbol {
    Str *name;             /* interned, already mangled */
    int flags;             /* DEF_* */
    SymScope scope;
    Node *decl;            /* its global/nonlocal statement (for errors) */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Node *node;            /* Module/FunctionDef/ClassDef/Lambda/...Comp node */
    Str *name;             /* "f", "C", "<lambda>", "<listcomp>", "top" */
    Scope *parent;
    Symbol *syms;          /* insertion order */
    int nsyms, capsyms;
    int *index;            /* open-addressing hash over syms (by pointer) */
    int index_cap;
    Str **params;          /* parameter names in varnames order */
    int nparams;
    Scope **children;      /* in source order */
    int nchildren, capchildren;
    Str *private_name;     /* class name used for __private mangling, or NULL */
    bool is_generator;     /* contains yield / yield from */
    bool is_comprehension;
    bool is_lambda;
    bool nested;           /* defined inside a function */
    bool has_free;         /* uses a free variable */
    bool child_free;       /* a nested scope uses free variables */
    bool needs_class_closure;  /* class body that must make the __class__ cell */
    int comp_iter_expr;    /* > 0 while visiting a comprehension's iterable */
};

typedef struct SymTable {
    VM *vm;
    Str *filename;
    Scope *top;
    Scope *cur;
    Scope **map_scope;     /* Node* -> Scope* hash (open addressing) */
    Node **map_node;
    int map_cap, map_len;
    bool future_annotations;   /* from __future__ import annotations */
    int recursion;
    bool comp_iter_target; /* visiting a comprehension's `for` target */
    const char *src;       /* source text for SyntaxError.text, or NULL */
    size_t srclen;
} SymTable;

/* Builds and analyses the table for a Module / Expression / Interactive
 * tree.  NULL with SyntaxError raised on error. */
SymTable *symtable_build(VM *vm, Node *tree, Str *filename, const char *src, size_t srclen);
/* The scope made for a FunctionDef, ClassDef, Lambda or comprehension node. */
Scope *symtable_scope_of(SymTable *st, Node *n);
/* The symbol for a (mangled) name in a scope, or NULL. */
Symbol *scope_symbol(Scope *s, Str *name);
SymScope scope_lookup(Scope *s, Str *name);
/* CPython's private name mangling: "__x" in class "C" -> "_C__x".  Returns
 * the interned result (the name itself when no mangling applies), or NULL
 * on memory error. */
Str *symtable_mangle(VM *vm, Str *private_name, Str *name);

/* The compiler proper (compiler.c).  `src`/`srclen` (may be NULL/0) give
 * the source text for the `text` of SyntaxErrors; compile_ast passes NULL. */
Code *compiler_compile(VM *vm, Node *tree, Str *filename, int mode,
                       const char *src, size_t srclen);

/* Raises SyntaxError at a node's position, with the source line when known. */
Value symtable_syntax_error(VM *vm, Str *filename, const char *src, size_t srclen,
                            Node *at, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

#endif
