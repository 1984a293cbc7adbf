/* symtable.c — the compiler's first pass: scopes and where each name lives.
 *
 * Pass one walks the AST and records, per scope, what the source does with
 * every name (DEF_* flags).  Pass two (analyze_block) follows CPython 3.11's
 * algorithm: a name bound in a function and used by an inner function
 * becomes a cell there and free in the inner one; a name never bound on the
 * way out is global.  Class bodies do not make their names visible to the
 * functions inside them, which is why methods need `self.` — the analysis
 * passes the enclosing functions' bindings straight through a class.
 *
 * Two CPython details that are easy to miss:
 *  - a method that says `super` or `__class__` gets `__class__` as a free
 *    variable, and the class body provides the cell (needs_class_closure);
 *  - a walrus inside a comprehension binds in the nearest enclosing
 *    function (or module), the comprehension treating it as nonlocal.
 */
#include <stdio.h>
#include <string.h>

#include "symtable.h"
#include "vm.h"
#include "runtime.h"

#define MAX_RECURSION 3000

/* ---- errors --------------------------------------------------------------- */

/* Line `lineno` (1-based) of the file `filename`, with its newline, or
 * NULL: CPython's compiler and symbol table take the `text` of their
 * SyntaxErrors from the file itself (PyErr_ProgramTextObject), so code
 * compiled from a string under a name like "<string>" gets none. */
static Str *file_line(VM *vm, Str *filename, int lineno)
{
    if (!filename || lineno < 1 || filename->len == 0 || filename->data[0] == '<') return NULL;
    size_t len = 0;
    char *src = import_read_file(vm, filename->data, &len);
    if (!src) {
        vm_exc_clear(vm);
        return NULL;
    }
    size_t i = 0;
    for (int l = 1; l < lineno; l++) {
        while (i < len && src[i] != '\n') i++;
        if (i >= len) return NULL;
        i++;
    }
    size_t j = i;
    while (j < len && src[j] != '\n') j++;
    if (j < len) j++;
    Str *text = str_new(vm, src + i, j - i);
    if (!text) vm_exc_clear(vm);
    return text;
}

/* Offsets are byte offsets + 1, as CPython's compiler reports them. */
Value symtable_syntax_error(VM *vm, Str *filename, const char *src, size_t srclen,
                            Node *at, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    (void)src;
    (void)srclen;
    int lineno = at ? at->lineno : 0;
    Str *text = file_line(vm, filename, lineno);
    int col = 0, end_lineno = 0, end_col = 0;
    if (at) {
        col = at->col_offset + 1;
        /* a node without an end (end_lineno 0) gives the end line only */
        end_lineno = at->end_lineno > 0 ? at->end_lineno : lineno;
        end_col = at->end_lineno > 0 ? at->end_col_offset + 1 : 0;
    }
    return vm_raise_syntax(vm, &exc_SyntaxError, buf, filename, lineno, col, text,
                           end_lineno, end_col);
}

#define SYNERR(st, node, ...) \
    (symtable_syntax_error((st)->vm, (st)->filename, (st)->src, (st)->srclen, (node), __VA_ARGS__), -1)

/* ---- mangling --------------------------------------------------------------- */

Str *symtable_mangle(VM *vm, Str *private_name, Str *name)
{
    if (!private_name || name->len < 3 || name->data[0] != '_' || name->data[1] != '_')
        return name;
    /* __dunder__ names and dotted import names are left alone */
    if (name->data[name->len - 1] == '_' && name->data[name->len - 2] == '_')
        return name;
    if (memchr(name->data, '.', name->len))
        return name;
    const char *p = private_name->data;
    size_t plen = private_name->len;
    while (plen > 0 && *p == '_') { p++; plen--; }
    if (plen == 0)            /* class named only with underscores */
        return name;
    size_t n = 1 + plen + name->len;
    char *buf = mem_alloc_atomic(vm, n + 1);
    if (!buf) return NULL;
    buf[0] = '_';
    memcpy(buf + 1, p, plen);
    memcpy(buf + 1 + plen, name->data, name->len);
    buf[n] = 0;
    Str *s = str_new(vm, buf, n);
    return s ? str_intern(vm, s) : NULL;
}

/* ---- scopes and symbols ----------------------------------------------------- */

static unsigned ptr_hash(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17; x *= 0x9E3779B97F4A7C15ull; x ^= x >> 29;
    return (unsigned)x;
}

Symbol *scope_symbol(Scope *s, Str *name)
{
    if (!s->index_cap) return NULL;
    unsigned mask = (unsigned)s->index_cap - 1;
    for (unsigned h = ptr_hash(name) & mask;; h = (h + 1) & mask) {
        int i = s->index[h];
        if (i < 0) return NULL;
        if (s->syms[i].name == name) return &s->syms[i];
    }
}

SymScope scope_lookup(Scope *s, Str *name)
{
    Symbol *sym = scope_symbol(s, name);
    return sym ? sym->scope : SYM_NONE;
}

static int reindex(VM *vm, Scope *s, int cap)
{
    int *idx = mem_alloc_atomic(vm, sizeof(int) * (size_t)cap);
    if (!idx) return -1;
    for (int i = 0; i < cap; i++) idx[i] = -1;
    unsigned mask = (unsigned)cap - 1;
    for (int i = 0; i < s->nsyms; i++) {
        unsigned h = ptr_hash(s->syms[i].name) & mask;
        while (idx[h] >= 0) h = (h + 1) & mask;
        idx[h] = i;
    }
    s->index = idx;
    s->index_cap = cap;
    return 0;
}

/* Finds or adds a symbol (name already interned and mangled). */
static Symbol *scope_add(VM *vm, Scope *s, Str *name)
{
    Symbol *sym = scope_symbol(s, name);
    if (sym) return sym;
    if (s->nsyms == s->capsyms) {
        int cap = s->capsyms ? s->capsyms * 2 : 8;
        Symbol *ns = mem_alloc(vm, sizeof(Symbol) * (size_t)cap);
        if (!ns) return NULL;
        if (s->nsyms) memcpy(ns, s->syms, sizeof(Symbol) * (size_t)s->nsyms);
        s->syms = ns;
        s->capsyms = cap;
    }
    sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    if (s->nsyms * 2 > s->index_cap) {
        if (reindex(vm, s, s->index_cap ? s->index_cap * 2 : 16) < 0) return NULL;
    } else {
        unsigned mask = (unsigned)s->index_cap - 1;
        unsigned h = ptr_hash(name) & mask;
        while (s->index[h] >= 0) h = (h + 1) & mask;
        s->index[h] = s->nsyms - 1;
    }
    return sym;
}

static int map_put(SymTable *st, Node *n, Scope *s)
{
    if ((st->map_len + 1) * 2 > st->map_cap) {
        int cap = st->map_cap ? st->map_cap * 2 : 32;
        Node **nn = mem_alloc(st->vm, sizeof(Node *) * (size_t)cap);
        Scope **ns = mem_alloc(st->vm, sizeof(Scope *) * (size_t)cap);
        if (!nn || !ns) return -1;
        for (int i = 0; i < st->map_cap; i++) {
            if (!st->map_node[i]) continue;
            unsigned h = ptr_hash(st->map_node[i]) & (unsigned)(cap - 1);
            while (nn[h]) h = (h + 1) & (unsigned)(cap - 1);
            nn[h] = st->map_node[i];
            ns[h] = st->map_scope[i];
        }
        st->map_node = nn;
        st->map_scope = ns;
        st->map_cap = cap;
    }
    unsigned mask = (unsigned)st->map_cap - 1;
    unsigned h = ptr_hash(n) & mask;
    while (st->map_node[h]) h = (h + 1) & mask;
    st->map_node[h] = n;
    st->map_scope[h] = s;
    st->map_len++;
    return 0;
}

Scope *symtable_scope_of(SymTable *st, Node *n)
{
    if (!st->map_cap) return NULL;
    unsigned mask = (unsigned)st->map_cap - 1;
    for (unsigned h = ptr_hash(n) & mask; st->map_node[h]; h = (h + 1) & mask)
        if (st->map_node[h] == n) return st->map_scope[h];
    return NULL;
}

static Scope *enter_scope(SymTable *st, ScopeKind kind, Str *name, Node *node)
{
    VM *vm = st->vm;
    Scope *s = mem_alloc(vm, sizeof(Scope));
    if (!s) return NULL;
    s->kind = kind;
    s->node = node;
    s->name = name;
    s->parent = st->cur;
    if (st->cur) {
        Scope *p = st->cur;
        s->private_name = p->private_name;
        s->nested = p->nested || p->kind == SCOPE_FUNCTION;
        if (p->nchildren == p->capchildren) {
            int cap = p->capchildren ? p->capchildren * 2 : 4;
            Scope **nc = mem_alloc(vm, sizeof(Scope *) * (size_t)cap);
            if (!nc) return NULL;
            if (p->nchildren) memcpy(nc, p->children, sizeof(Scope *) * (size_t)p->nchildren);
            p->children = nc;
            p->capchildren = cap;
        }
        p->children[p->nchildren++] = s;
    }
    if (kind == SCOPE_CLASS) s->private_name = name;
    if (node && map_put(st, node, s) < 0) return NULL;
    st->cur = s;
    return s;
}

static void exit_scope(SymTable *st) { st->cur = st->cur->parent; }

/* Records a use or binding of `name` in scope `s`. */
static int add_def_in(SymTable *st, Scope *s, Str *name, int flag, Node *at)
{
    VM *vm = st->vm;
    Str *m = symtable_mangle(vm, s->private_name, name);
    if (!m) return -1;
    m = str_intern(vm, m);
    Symbol *sym = scope_add(vm, s, m);
    if (!sym) return -1;
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
        return SYNERR(st, at, "duplicate argument '%s' in function definition", name->data);
    sym->flags |= flag;
    if (flag & DEF_PARAM) {
        Str **np = mem_alloc(vm, sizeof(Str *) * (size_t)(s->nparams + 1));
        if (!np) return -1;
        if (s->nparams) memcpy(np, s->params, sizeof(Str *) * (size_t)s->nparams);
        np[s->nparams++] = m;
        s->params = np;
    }
    if ((flag & DEF_GLOBAL) && s != st->top) {
        /* CPython records every global declaration in the module's table too,
         * so module code then uses LOAD_GLOBAL / STORE_GLOBAL for the name. */
        Symbol *g = scope_add(vm, st->top, m);
        if (!g) return -1;
        g->flags |= DEF_GLOBAL;
    }
    return 0;
}

static int add_def(SymTable *st, Str *name, int flag, Node *at)
{
    return add_def_in(st, st->cur, name, flag, at);
}

/* ---- pass one: the visitor ------------------------------------------------- */

static int visit_stmt(SymTable *st, Node *s);
static int visit_expr(SymTable *st, Node *e);

static int visit_stmts(SymTable *st, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        if (visit_stmt(st, l->items[i]) < 0) return -1;
    return 0;
}

static int visit_exprs(SymTable *st, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && visit_expr(st, l->items[i]) < 0) return -1;
    return 0;
}

static int visit_opt(SymTable *st, Node *e) { return e ? visit_expr(st, e) : 0; }

static int visit_annotation(SymTable *st, Node *e)
{
    /* Under `from __future__ import annotations` annotations are strings and
     * never evaluated, so their names do not belong to any scope. */
    if (!e || st->future_annotations) return 0;
    return visit_expr(st, e);
}

static int visit_arg_annotations(SymTable *st, Node *args)
{
    NodeList *lists[3] = { &args->u.arguments.posonlyargs, &args->u.arguments.args,
                           &args->u.arguments.kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++)
            if (visit_annotation(st, lists[k]->items[i]->u.arg.annotation) < 0) return -1;
    if (args->u.arguments.vararg && visit_annotation(st, args->u.arguments.vararg->u.arg.annotation) < 0)
        return -1;
    if (args->u.arguments.kwarg && visit_annotation(st, args->u.arguments.kwarg->u.arg.annotation) < 0)
        return -1;
    return 0;
}

static int visit_params(SymTable *st, Node *args)
{
    NodeList *lists[3] = { &args->u.arguments.posonlyargs, &args->u.arguments.args,
                           &args->u.arguments.kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++) {
            Node *a = lists[k]->items[i];
            if (add_def(st, a->u.arg.arg, DEF_PARAM, a) < 0) return -1;
        }
    if (args->u.arguments.vararg &&
        add_def(st, args->u.arguments.vararg->u.arg.arg, DEF_PARAM, args->u.arguments.vararg) < 0)
        return -1;
    if (args->u.arguments.kwarg &&
        add_def(st, args->u.arguments.kwarg->u.arg.arg, DEF_PARAM, args->u.arguments.kwarg) < 0)
        return -1;
    return 0;
}

static int visit_defaults(SymTable *st, Node *args)
{
    if (visit_exprs(st, &args->u.arguments.defaults) < 0) return -1;
    return visit_exprs(st, &args->u.arguments.kw_defaults);
}

static const char *comp_kind_name(NodeKind k)
{
    switch (k) {
    case N_ListComp: return "list comprehension";
    case N_SetComp: return "set comprehension";
    case N_DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

static int visit_comprehension(SymTable *st, Node *e)
{
    VM *vm = st->vm;
    NodeList *gens = &e->u.comp.generators;
    if (gens->len == 0) return 0;
    Node *first = gens->items[0];
    /* The outermost iterable is evaluated in the enclosing scope. */
    st->cur->comp_iter_expr++;
    int rc = visit_expr(st, first->u.comprehension.iter);
    st->cur->comp_iter_expr--;
    if (rc < 0) return -1;
    const char *nm = e->kind == N_ListComp ? "<listcomp>" : e->kind == N_SetComp ? "<setcomp>"
                   : e->kind == N_DictComp ? "<dictcomp>" : "<genexpr>";
    Scope *s = enter_scope(st, SCOPE_FUNCTION, str_intern_cstr(vm, nm), e);
    if (!s) return -1;
    s->is_comprehension = true;
    if (e->kind == N_GeneratorExp) s->is_generator = true;
    if (add_def(st, str_intern_cstr(vm, ".0"), DEF_PARAM, e) < 0) return -1;
    for (int i = 0; i < gens->len; i++) {
        Node *g = gens->items[i];
        st->comp_iter_target = true;   /* names bound here get DEF_COMP_ITER */
        rc = visit_expr(st, g->u.comprehension.target);
        st->comp_iter_target = false;
        if (rc < 0) return -1;
        if (i > 0) {
            s->comp_iter_expr++;
            rc = visit_expr(st, g->u.comprehension.iter);
            s->comp_iter_expr--;
            if (rc < 0) return -1;
        }
        if (visit_exprs(st, &g->u.comprehension.ifs) < 0) return -1;
    }
    if (e->kind == N_DictComp && visit_expr(st, e->u.comp.value) < 0) return -1;
    if (visit_expr(st, e->u.comp.elt) < 0) return -1;
    exit_scope(st);
    return 0;
}

/* `target := value` inside a comprehension binds in the enclosing function. */
static int extend_namedexpr_scope(SymTable *st, Node *target)
{
    VM *vm = st->vm;
    Str *name = target->u.name.id;
    for (Scope *s = st->cur; s; s = s->parent) {
        Str *m = symtable_mangle(vm, s->private_name, name);
        if (!m) return -1;
        m = str_intern(vm, m);
        if (s->is_comprehension) {
            Symbol *sym = scope_symbol(s, m);
            if (sym && (sym->flags & DEF_COMP_ITER))
                return SYNERR(st, target, "assignment expression cannot rebind comprehension iteration variable '%s'",
                              name->data);
            continue;
        }
        if (s->kind == SCOPE_FUNCTION) {
            Symbol *sym = scope_symbol(s, m);
            int flag = (sym && (sym->flags & DEF_GLOBAL)) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (add_def(st, name, flag, target) < 0) return -1;
            Symbol *mine = scope_symbol(st->cur, m);
            if (mine && !mine->decl) mine->decl = target;
            return add_def_in(st, s, name, DEF_LOCAL, target);
        }
        if (s->kind == SCOPE_MODULE) {
            if (add_def(st, name, DEF_GLOBAL, target) < 0) return -1;
            return add_def_in(st, s, name, DEF_GLOBAL, target);
        }
        return SYNERR(st, target, "assignment expression within a comprehension cannot be used in a class body");
    }
    return 0;
}

static int visit_expr(SymTable *st, Node *e)
{
    VM *vm = st->vm;
    if (++st->recursion > MAX_RECURSION) {
        vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int rc = 0;
    switch (e->kind) {
    case N_BoolOp: rc = visit_exprs(st, &e->u.boolop.values); break;
    case N_NamedExpr:
        if (st->cur->comp_iter_expr > 0) {
            rc = SYNERR(st, e, "assignment expression cannot be used in a comprehension iterable expression");
            break;
        }
        if ((rc = visit_expr(st, e->u.namedexpr.value)) < 0) break;
        if (st->cur->is_comprehension) rc = extend_namedexpr_scope(st, e->u.namedexpr.target);
        else rc = visit_expr(st, e->u.namedexpr.target);
        break;
    case N_BinOpE:
        if ((rc = visit_expr(st, e->u.binop.left)) < 0) break;
        rc = visit_expr(st, e->u.binop.right);
        break;
    case N_UnaryOp: rc = visit_expr(st, e->u.unary.operand); break;
    case N_Lambda: {
        Node *args = e->u.lambda.args;
        if (args && (rc = visit_defaults(st, args)) < 0) break;
        Scope *s = enter_scope(st, SCOPE_FUNCTION, str_intern_cstr(vm, "<lambda>"), e);
        if (!s) { rc = -1; break; }
        s->is_lambda = true;
        if (args && (rc = visit_params(st, args)) < 0) break;
        if ((rc = visit_expr(st, e->u.lambda.body)) < 0) break;
        exit_scope(st);
        break;
    }
    case N_IfExp:
        if ((rc = visit_expr(st, e->u.ifexp.test)) < 0) break;
        if ((rc = visit_expr(st, e->u.ifexp.body)) < 0) break;
        rc = visit_expr(st, e->u.ifexp.orelse);
        break;
    case N_Dict:
        for (int i = 0; i < e->u.dict.values.len && rc == 0; i++) {
            if (e->u.dict.keys.items[i]) rc = visit_expr(st, e->u.dict.keys.items[i]);
            if (rc == 0) rc = visit_expr(st, e->u.dict.values.items[i]);
        }
        break;
    case N_Set: case N_List: case N_Tuple: rc = visit_exprs(st, &e->u.seq.elts); break;
    case N_ListComp: case N_SetComp: case N_GeneratorExp: case N_DictComp:
        rc = visit_comprehension(st, e);
        break;
    case N_Yield: case N_YieldFrom:
        if ((rc = visit_opt(st, e->u.ret.value)) < 0) break;
        st->cur->is_generator = true;
        if (st->cur->is_comprehension)
            rc = SYNERR(st, e, "'%s' inside %s", e->kind == N_Yield ? "yield" : "yield from",
                        comp_kind_name(st->cur->node->kind));
        break;
    case N_Compare:
        if ((rc = visit_expr(st, e->u.compare.left)) < 0) break;
        rc = visit_exprs(st, &e->u.compare.comparators);
        break;
    case N_Call:
        if ((rc = visit_expr(st, e->u.call.func)) < 0) break;
        if ((rc = visit_exprs(st, &e->u.call.args)) < 0) break;
        for (int i = 0; i < e->u.call.keywords.len && rc == 0; i++)
            rc = visit_expr(st, e->u.call.keywords.items[i]->u.keyword.value);
        break;
    case N_FormattedValue:
        if ((rc = visit_expr(st, e->u.formatted.value)) < 0) break;
        rc = visit_opt(st, e->u.formatted.format_spec);
        break;
    case N_JoinedStr: rc = visit_exprs(st, &e->u.joined.values); break;
    case N_Constant: break;
    case N_Attribute: rc = visit_expr(st, e->u.attribute.value); break;
    case N_Subscript:
        if ((rc = visit_expr(st, e->u.subscript.value)) < 0) break;
        rc = visit_expr(st, e->u.subscript.slice);
        break;
    case N_Starred: rc = visit_expr(st, e->u.starred.value); break;
    case N_Slice:
        if ((rc = visit_opt(st, e->u.slice.lower)) < 0) break;
        if ((rc = visit_opt(st, e->u.slice.upper)) < 0) break;
        rc = visit_opt(st, e->u.slice.step);
        break;
    case N_Name: {
        int flag = e->u.name.ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL;
        if (flag == DEF_LOCAL && st->comp_iter_target)
            flag |= DEF_COMP_ITER;
        if ((rc = add_def(st, e->u.name.id, flag, e)) < 0) break;
        /* super() needs the class through the __class__ cell */
        if (e->u.name.ctx == CTX_LOAD && st->cur->kind == SCOPE_FUNCTION &&
            str_eq_cstr(e->u.name.id, "super"))
            rc = add_def(st, str_intern_cstr(vm, "__class__"), DEF_USE, e);
        break;
    }
    default:
        break;
    }
    st->recursion--;
    return rc;
}

static bool is_future_import(Node *s)
{
    return s->kind == N_ImportFrom && s->u.importfrom.module &&
           str_eq_cstr(s->u.importfrom.module, "__future__") && s->u.importfrom.level == 0;
}

static int visit_global(SymTable *st, Node *s, bool global)
{
    for (int i = 0; i < s->u.global.n; i++) {
        Str *name = s->u.global.names[i];
        Str *m = symtable_mangle(st->vm, st->cur->private_name, name);
        if (!m) return -1;
        m = str_intern(st->vm, m);
        Symbol *sym = scope_symbol(st->cur, m);
        int cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            const char *fmt;
            if (cur & DEF_PARAM) fmt = global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
            else if (cur & DEF_USE) fmt = global ? "name '%s' is used prior to global declaration" : "name '%s' is used prior to nonlocal declaration";
            else if (cur & DEF_ANNOT) fmt = global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
            else fmt = global ? "name '%s' is assigned to before global declaration" : "name '%s' is assigned to before nonlocal declaration";
            return SYNERR(st, s, fmt, name->data);
        }
        if (add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s) < 0) return -1;
        sym = scope_symbol(st->cur, m);
        if (sym && !sym->decl) sym->decl = s;
    }
    return 0;
}

static int visit_stmt(SymTable *st, Node *s)
{
    VM *vm = st->vm;
    if (++st->recursion > MAX_RECURSION) {
        vm_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int rc = 0;
    switch (s->kind) {
    case N_FunctionDef: {
        Node *args = s->u.funcdef.args;
        if ((rc = add_def(st, s->u.funcdef.name, DEF_LOCAL, s)) < 0) break;
        if (args && (rc = visit_defaults(st, args)) < 0) break;
        if (args && (rc = visit_arg_annotations(st, args)) < 0) break;
        if ((rc = visit_annotation(st, s->u.funcdef.returns)) < 0) break;
        if ((rc = visit_exprs(st, &s->u.funcdef.decorators)) < 0) break;
        if (!enter_scope(st, SCOPE_FUNCTION, s->u.funcdef.name, s)) { rc = -1; break; }
        if (args && (rc = visit_params(st, args)) < 0) break;
        if ((rc = visit_stmts(st, &s->u.funcdef.body)) < 0) break;
        exit_scope(st);
        break;
    }
    case N_ClassDef:
        if ((rc = add_def(st, s->u.classdef.name, DEF_LOCAL, s)) < 0) break;
        if ((rc = visit_exprs(st, &s->u.classdef.bases)) < 0) break;
        for (int i = 0; i < s->u.classdef.keywords.len && rc == 0; i++)
            rc = visit_expr(st, s->u.classdef.keywords.items[i]->u.keyword.value);
        if (rc < 0) break;
        if ((rc = visit_exprs(st, &s->u.classdef.decorators)) < 0) break;
        if (!enter_scope(st, SCOPE_CLASS, s->u.classdef.name, s)) { rc = -1; break; }
        if ((rc = visit_stmts(st, &s->u.classdef.body)) < 0) break;
        exit_scope(st);
        break;
    case N_Return: case N_Expr: rc = visit_opt(st, s->u.ret.value); break;
    case N_Delete: rc = visit_exprs(st, &s->u.del.targets); break;
    case N_Assign:
        if ((rc = visit_exprs(st, &s->u.assign.targets)) < 0) break;
        rc = visit_expr(st, s->u.assign.value);
        break;
    case N_AugAssign:
        if ((rc = visit_expr(st, s->u.augassign.target)) < 0) break;
        rc = visit_expr(st, s->u.augassign.value);
        break;
    case N_AnnAssign: {
        Node *t = s->u.annassign.target;
        if (t->kind == N_Name) {
            Str *m = symtable_mangle(vm, st->cur->private_name, t->u.name.id);
            if (!m) { rc = -1; break; }
            Symbol *sym = scope_symbol(st->cur, str_intern(vm, m));
            int cur = sym ? sym->flags : 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->u.annassign.simple) {
                rc = SYNERR(st, s, (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                      : "annotated name '%s' can't be nonlocal",
                            t->u.name.id->data);
                break;
            }
            if (s->u.annassign.simple) rc = add_def(st, t->u.name.id, DEF_ANNOT | DEF_LOCAL, t);
            else if (s->u.annassign.value) rc = add_def(st, t->u.name.id, DEF_LOCAL, t);
        } else {
            rc = visit_expr(st, t);
        }
        if (rc < 0) break;
        if ((rc = visit_annotation(st, s->u.annassign.annotation)) < 0) break;
        rc = visit_opt(st, s->u.annassign.value);
        break;
    }
    case N_For:
        if ((rc = visit_expr(st, s->u.for_.target)) < 0) break;
        if ((rc = visit_expr(st, s->u.for_.iter)) < 0) break;
        if ((rc = visit_stmts(st, &s->u.for_.body)) < 0) break;
        rc = visit_stmts(st, &s->u.for_.orelse);
        break;
    case N_While: case N_If:
        if ((rc = visit_expr(st, s->u.while_.test)) < 0) break;
        if ((rc = visit_stmts(st, &s->u.while_.body)) < 0) break;
        rc = visit_stmts(st, &s->u.while_.orelse);
        break;
    case N_With:
        for (int i = 0; i < s->u.with.items.len && rc == 0; i++) {
            Node *it = s->u.with.items.items[i];
            rc = visit_expr(st, it->u.withitem.context_expr);
            if (rc == 0) rc = visit_opt(st, it->u.withitem.optional_vars);
        }
        if (rc == 0) rc = visit_stmts(st, &s->u.with.body);
        break;
    case N_Raise:
        if ((rc = visit_opt(st, s->u.raise.exc)) < 0) break;
        rc = visit_opt(st, s->u.raise.cause);
        break;
    case N_Try:
        if ((rc = visit_stmts(st, &s->u.try_.body)) < 0) break;
        for (int i = 0; i < s->u.try_.handlers.len && rc == 0; i++) {
            Node *h = s->u.try_.handlers.items[i];
            if ((rc = visit_opt(st, h->u.handler.type)) < 0) break;
            if (h->u.handler.name && (rc = add_def(st, h->u.handler.name, DEF_LOCAL, h)) < 0) break;
            rc = visit_stmts(st, &h->u.handler.body);
        }
        if (rc < 0) break;
        if ((rc = visit_stmts(st, &s->u.try_.orelse)) < 0) break;
        rc = visit_stmts(st, &s->u.try_.finalbody);
        break;
    case N_Assert:
        if ((rc = visit_expr(st, s->u.assert_.test)) < 0) break;
        rc = visit_opt(st, s->u.assert_.msg);
        break;
    case N_Import:
        for (int i = 0; i < s->u.import.names.len && rc == 0; i++) {
            Node *a = s->u.import.names.items[i];
            Str *store = a->u.alias.asname;
            if (!store) {
                Str *n = a->u.alias.name;
                const char *dot = memchr(n->data, '.', n->len);
                store = dot ? str_intern(vm, str_new(vm, n->data, dot - n->data)) : n;
            }
            rc = add_def(st, store, DEF_IMPORT, a);
        }
        break;
    case N_ImportFrom:
        if (is_future_import(s)) {
            for (int i = 0; i < s->u.importfrom.names.len; i++)
                if (str_eq_cstr(s->u.importfrom.names.items[i]->u.alias.name, "annotations"))
                    st->future_annotations = true;
        }
        for (int i = 0; i < s->u.importfrom.names.len && rc == 0; i++) {
            Node *a = s->u.importfrom.names.items[i];
            if (str_eq_cstr(a->u.alias.name, "*")) {
                if (st->cur->kind != SCOPE_MODULE)
                    rc = SYNERR(st, a, "import * only allowed at module level");
                continue;
            }
            rc = add_def(st, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, DEF_IMPORT, a);
        }
        break;
    case N_Global: rc = visit_global(st, s, true); break;
    case N_Nonlocal: rc = visit_global(st, s, false); break;
    default:
        break;
    }
    st->recursion--;
    return rc;
}

/* ---- pass two: analysis ------------------------------------------------------- */

/* A set of interned names in insertion order.  Past a few names it keeps
 * an open-addressing index (by pointer), so a function with thousands of
 * locals is not analysed in quadratic time.  A discarded name leaves a
 * NULL in v (iterations skip it) and its index slot in place. */
typedef struct NameSet { Str **v; int n, cap; int *idx; int icap; } NameSet;

#define NS_LINEAR 8

static inline unsigned ns_hash(Str *x, int icap)
{
    return (unsigned)(((uintptr_t)x >> 4) * 0x9E3779B97F4A7C15ull >> 32) & (unsigned)(icap - 1);
}

static int ns_find(NameSet *s, Str *x)
{
    if (!s->idx) {
        for (int i = 0; i < s->n; i++)
            if (s->v[i] == x) return i;
        return -1;
    }
    for (unsigned h = ns_hash(x, s->icap);; h = (h + 1) & (unsigned)(s->icap - 1)) {
        int i = s->idx[h];
        if (i < 0) return -1;
        if (s->v[i] == x) return i;
    }
}

static bool ns_has(NameSet *s, Str *x)
{
    return ns_find(s, x) >= 0;
}

static void ns_index(NameSet *s, int i)
{
    unsigned h = ns_hash(s->v[i], s->icap);
    while (s->idx[h] >= 0) h = (h + 1) & (unsigned)(s->icap - 1);
    s->idx[h] = i;
}

static int ns_add(VM *vm, NameSet *s, Str *x)
{
    if (ns_has(s, x)) return 0;
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        Str **nv = mem_alloc(vm, sizeof(Str *) * (size_t)cap);
        if (!nv) return -1;
        if (s->n) memcpy(nv, s->v, sizeof(Str *) * (size_t)s->n);
        s->v = nv;
        s->cap = cap;
    }
    s->v[s->n++] = x;
    if (s->n > NS_LINEAR && s->n * 2 > s->icap) {
        /* (re)build the index at a quarter full */
        int icap = 64;
        while (icap < s->n * 4) icap *= 2;
        int *idx = mem_alloc_atomic(vm, sizeof(int) * (size_t)icap);
        if (!idx) return -1;
        memset(idx, 0xff, sizeof(int) * (size_t)icap);
        s->idx = idx;
        s->icap = icap;
        for (int i = 0; i < s->n; i++)
            if (s->v[i]) ns_index(s, i);
    } else if (s->idx) {
        ns_index(s, s->n - 1);
    }
    return 0;
}

static void ns_discard(NameSet *s, Str *x)
{
    int i = ns_find(s, x);
    if (i >= 0) s->v[i] = NULL;
}

static int ns_union(VM *vm, NameSet *dst, NameSet *src)
{
    for (int i = 0; i < src->n; i++)
        if (src->v[i] && ns_add(vm, dst, src->v[i]) < 0) return -1;
    return 0;
}

/* Analysis errors point at the global/nonlocal statement. */
static Node *error_node(Scope *s, Symbol *sym)
{
    return sym->decl ? sym->decl : s->node;
}

static int analyze_name(SymTable *st, Scope *s, Symbol *sym, NameSet *bound,
                        NameSet *local, NameSet *free, NameSet *global)
{
    VM *vm = st->vm;
    Str *name = sym->name;
    int flags = sym->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return SYNERR(st, error_node(s, sym), "name '%s' is nonlocal and global", name->data);
        sym->scope = SYM_GLOBAL_EXPLICIT;
        if (ns_add(vm, global, name) < 0) return -1;
        if (bound) ns_discard(bound, name);
        return 0;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound)
            return SYNERR(st, error_node(s, sym), "nonlocal declaration not allowed at module level");
        if (!ns_has(bound, name))
            return SYNERR(st, error_node(s, sym), "no binding for nonlocal '%s' found", name->data);
        sym->scope = SYM_FREE;
        s->has_free = true;
        return ns_add(vm, free, name);
    }
    if (flags & DEF_BOUND) {
        sym->scope = SYM_LOCAL;
        if (ns_add(vm, local, name) < 0) return -1;
        ns_discard(global, name);
        return 0;
    }
    if (bound && ns_has(bound, name)) {
        sym->scope = SYM_FREE;
        s->has_free = true;
        return ns_add(vm, free, name);
    }
    sym->scope = SYM_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(SymTable *st, Scope *s, NameSet *bound, NameSet *free, NameSet *global)
{
    VM *vm = st->vm;
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    if (s->kind == SCOPE_CLASS) {
        if (ns_union(vm, &newglobal, global) < 0) return -1;
        if (bound && ns_union(vm, &newbound, bound) < 0) return -1;
    }
    for (int i = 0; i < s->nsyms; i++)
        if (analyze_name(st, s, &s->syms[i], bound, &local, free, global) < 0) return -1;
    if (s->kind != SCOPE_CLASS) {
        if (s->kind == SCOPE_FUNCTION && ns_union(vm, &newbound, &local) < 0) return -1;
        if (bound && ns_union(vm, &newbound, bound) < 0) return -1;
        if (ns_union(vm, &newglobal, global) < 0) return -1;
    } else {
        if (ns_add(vm, &newbound, str_intern_cstr(vm, "__class__")) < 0) return -1;
    }
    for (int i = 0; i < s->nchildren; i++) {
        Scope *c = s->children[i];
        NameSet cb = {0}, cg = {0}, cf = {0};
        if (ns_union(vm, &cb, &newbound) < 0 || ns_union(vm, &cg, &newglobal) < 0) return -1;
        if (analyze_block(st, c, &cb, &cf, &cg) < 0) return -1;
        if (ns_union(vm, &allfree, &cf) < 0) return -1;
        if (c->has_free || c->child_free) s->child_free = true;
    }
    if (ns_union(vm, &newfree, &allfree) < 0) return -1;
    if (s->kind == SCOPE_FUNCTION) {
        /* locals that inner functions need become cells */
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope == SYM_LOCAL && ns_has(&newfree, sym->name)) {
                sym->scope = SYM_CELL;
                ns_discard(&newfree, sym->name);
            }
        }
    } else if (s->kind == SCOPE_CLASS) {
        Str *cls = str_intern_cstr(vm, "__class__");
        if (ns_has(&newfree, cls)) {
            ns_discard(&newfree, cls);
            s->needs_class_closure = true;
        }
    }
    /* free variables of children not bound here pass through this scope */
    for (int i = 0; i < newfree.n; i++) {
        Str *name = newfree.v[i];
        if (!name) continue;
        Symbol *sym = scope_symbol(s, name);
        if (sym) {
            if (s->kind == SCOPE_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
                sym->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !ns_has(bound, name)) continue;
        sym = scope_add(vm, s, name);
        if (!sym) return -1;
        sym->scope = SYM_FREE;
    }
    return ns_union(vm, free, &newfree);
}

SymTable *symtable_build(VM *vm, Node *tree, Str *filename, const char *src, size_t srclen)
{
    SymTable *st = mem_alloc(vm, sizeof(SymTable));
    if (!st) return NULL;
    st->vm = vm;
    st->filename = filename;
    st->src = src;
    st->srclen = srclen;
    st->top = enter_scope(st, SCOPE_MODULE, str_intern_cstr(vm, "top"), tree);
    if (!st->top) return NULL;
    int rc = 0;
    switch (tree->kind) {
    case N_Module: case N_Interactive: rc = visit_stmts(st, &tree->u.module.body); break;
    case N_Expression: rc = visit_expr(st, tree->u.expression.body); break;
    default: break;
    }
    if (rc < 0) return NULL;
    NameSet free = {0}, global = {0};
    if (analyze_block(st, st->top, NULL, &free, &global) < 0) return NULL;
    return st;
}
