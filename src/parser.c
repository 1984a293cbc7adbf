/* parser.c — tokens to the syntax tree of ast.h, by recursive descent.
 *
 * Each grammar function is named after the rule of grammar/molt.ebnf it
 * implements and carries that rule as its comment, so the two can be read
 * side by side.  The grammar is CPython 3.11's, reshaped for one token of
 * lookahead: assignment targets are parsed as expressions and then checked
 * and given a Store/Del context, as CPython's error rules do.
 *
 * Errors are recorded, not raised, while parsing (the first one wins); the
 * failing functions return NULL up to parse_source, which then does what
 * CPython does before reporting: a syntax error found by the parser yields
 * to a tokenizer error later in the file (an unterminated string, an
 * unmatched bracket), because that is usually the real cause.
 *
 * f-strings are split here, and each replacement field's expression is
 * parsed by a fresh parser over the text "(expr)", whose positions are
 * shifted to where the expression sits in the file.
 */
#include "ast.h"
#include "lexer.h"
#include "vm.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Recursion units (nested unary operators, conditional expressions,
 * lambdas, brackets, blocks) before "too many nested expressions". */
#define MAX_DEPTH 2500

/* Error paths and speculative parses stay out of line, so the frames of the
 * recursive rules stay small (deep nesting is stack-bound). */
#define COLD __attribute__((noinline, cold))
#define NOINLINE __attribute__((noinline))

typedef struct PError {
    TypeObject *type;
    char msg[400];
    int lineno, offset, end_lineno, end_offset;
    const char *text;           /* the line shown under the message */
    size_t text_len;
    bool text_nl;               /* CPython keeps the '\n' of parser errors */
    int raw_line;               /* line in this parser's own source */
    bool from_lexer;
    bool no_rest_check;         /* "unexpected indent": CPython looks no further */
} PError;

typedef struct Parser {
    VM *vm;
    Lexer *lx;
    Str *filename;
    int mode;
    Token **chunks;             /* tokens, in fixed chunks so pointers stay valid */
    int nchunks, chunkcap;
    int chunk_shift;            /* log2 of the chunk size */
    int ntoks;                  /* tokens produced so far */
    int pos;                    /* the current token */
    int furthest;               /* the furthest token looked at (generic errors) */
    int depth;
    int no_invalid;             /* > 0 while trying an alternative: no error rules */
    bool failed;
    bool vm_error;              /* an exception (MemoryError) is already set */
    PError err;
    Token dummy;                /* returned when tokens cannot be stored */
    /* f-string expressions: the file position of this parser's text */
    int line_base, col_base;
    bool fstring;
} Parser;

static Node *expression(Parser *p);
static Node *named_expression(Parser *p);
static Node *star_expressions(Parser *p);
static Node *star_named_expression(Parser *p);
static Node *disjunction(Parser *p);
static Node *bitwise_or(Parser *p);
static Node *factor(Parser *p);
static Node *yield_expr(Parser *p);
static Node *strings(Parser *p);
static bool statement(Parser *p, NodeList *out);
static Node *params(Parser *p, bool is_lambda);
static bool for_if_clauses(Parser *p, NodeList *gens);

/* ======================================================================
 * tokens
 * ====================================================================== */

static void lexer_failed(Parser *p);

static Token *tok_slot(Parser *p, int i)
{
    return &p->chunks[i >> p->chunk_shift][i & ((1 << p->chunk_shift) - 1)];
}

/* Token i, produced on demand.  Past an ENDMARKER or ERRORTOKEN, that last
 * token again. */
static Token *tok_at(Parser *p, int i)
{
    while (i >= p->ntoks) {
        if (p->ntoks > 0) {
            Token *last = tok_slot(p, p->ntoks - 1);
            if (last->type == T_ENDMARKER || last->type == T_ERRORTOKEN) return last;
        }
        int c = p->ntoks >> p->chunk_shift;
        if (c >= p->nchunks) {
            if (c >= p->chunkcap) {
                int cap = p->chunkcap ? p->chunkcap * 2 : 8;
                Token **nc = mem_alloc(p->vm, (size_t)cap * sizeof(Token *));
                if (!nc) goto nomem;
                if (p->nchunks) memcpy(nc, p->chunks, (size_t)p->nchunks * sizeof(Token *));
                p->chunks = nc;
                p->chunkcap = cap;
            }
            Token *chunk = mem_alloc_atomic(p->vm, ((size_t)1 << p->chunk_shift) * sizeof(Token));
            if (!chunk) goto nomem;
            p->chunks[p->nchunks++] = chunk;
        }
        Token *t = tok_slot(p, p->ntoks);
        lexer_next(p->lx, t);
        p->ntoks++;
        if (t->type == T_ERRORTOKEN) lexer_failed(p);
    }
    return tok_slot(p, i);
nomem:
    p->failed = p->vm_error = true;
    p->dummy.type = T_ERRORTOKEN;
    return &p->dummy;
}

/* The current token; looking at it makes it a candidate error location. */
static Token *cur(Parser *p)
{
    Token *t = tok_at(p, p->pos);
    if (p->pos > p->furthest && p->pos < p->ntoks) p->furthest = p->pos;
    return t;
}

static Token *peek(Parser *p, int n)
{
    Token *t = tok_at(p, p->pos + n);
    int i = p->pos + n < p->ntoks ? p->pos + n : p->ntoks - 1;
    if (i > p->furthest) p->furthest = i;
    return t;
}

static inline int cur_type(Parser *p) { return cur(p)->type; }

/* Moves past the current token (never past the end or an error). */
static Token *advance(Parser *p)
{
    Token *t = cur(p);
    if (t->type != T_ENDMARKER && t->type != T_ERRORTOKEN) p->pos++;
    return t;
}

static Token *prev(Parser *p)
{
    return tok_at(p, p->pos > 0 ? p->pos - 1 : 0);
}

static bool accept(Parser *p, int type)
{
    if (cur_type(p) == type) { advance(p); return true; }
    return false;
}

static const char *tok_text(Parser *p, Token *t, size_t *n)
{
    *n = t->end - t->start;
    return p->lx->src + t->start;
}

/* ======================================================================
 * positions
 * ====================================================================== */

static inline int map_line(Parser *p, int line) { return line + p->line_base; }
static inline int map_col(Parser *p, int line, int col)
{
    return line == 1 ? col + p->col_base : col;
}
static inline int unmap_line(Parser *p, int line) { return line - p->line_base; }
static inline int unmap_col(Parser *p, int line, int col)
{
    return line - p->line_base == 1 ? col - p->col_base : col;
}

static Node *new_node(Parser *p, NodeKind k, int l, int c, int el, int ec)
{
    Node *n = node_new(p->vm, k, l, c, el, ec);
    if (!n) p->failed = p->vm_error = true;
    return n;
}

/* A node from token `start` to token `end`, inclusive. */
static Node *node_toks(Parser *p, NodeKind k, Token *start, Token *end)
{
    return new_node(p, k, map_line(p, start->lineno), map_col(p, start->lineno, start->col),
                    map_line(p, end->end_lineno), map_col(p, end->end_lineno, end->end_col));
}

/* A node from token `start` to the last token consumed. */
static Node *node_from(Parser *p, NodeKind k, Token *start)
{
    return node_toks(p, k, start, prev(p));
}

static void push(Parser *p, NodeList *l, Node *n)
{
    int before = l->len;
    nodelist_push(p->vm, l, n);
    if (l->len == before) p->failed = p->vm_error = true;
}

/* ======================================================================
 * errors
 * ====================================================================== */

/* The text of raw line `line` of this parser's source. */
static const char *line_text(Parser *p, int line, size_t *len)
{
    return p->lx->src + lexer_line_bounds(p->lx, line, len);
}

/* SyntaxError.offset for an error the parser finds: 1-based and counted in
 * bytes, not characters.  That is what CPython 3.11 reports for source
 * files (its caret then sits further right on lines with non-ASCII text,
 * and molt's does too); only the tokenizer's own errors count characters. */
static int byte_offset(Parser *p, int line, int col)
{
    (void)p;
    (void)line;
    return col < 0 ? 0 : col + 1;
}

/* Records an error over raw positions [line:col, end_line:end_col) (byte
 * columns; end_col < 0: unknown). */
static COLD void verror_raw(Parser *p, TypeObject *type, int line, int col, int end_line,
                            int end_col, const char *fmt, va_list ap)
{
    if (p->failed) return;
    p->failed = true;
    PError *e = &p->err;
    memset(e, 0, sizeof *e);
    e->type = type;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    if (p->fstring && strncmp(e->msg, "f-string", 8) != 0) {
        /* errors inside a replacement field say where they are */
        static const char prefix[] = "f-string: ";
        size_t n = strlen(e->msg), k = sizeof prefix - 1;
        if (n + k >= sizeof e->msg) n = sizeof e->msg - k - 1;
        memmove(e->msg + k, e->msg, n);
        memcpy(e->msg, prefix, k);
        e->msg[n + k] = '\0';
    }
    e->raw_line = line;
    e->lineno = map_line(p, line);
    e->offset = byte_offset(p, line, col);
    e->end_lineno = map_line(p, end_line);
    e->end_offset = end_col < 0 ? -1 : byte_offset(p, end_line, end_col);
    e->text = line_text(p, line, &e->text_len);
    /* CPython shows the line with its newline, one being added to exec
     * input that lacks it, but not to eval input */
    e->text_nl = p->mode != MODE_EVAL || e->text + e->text_len < p->lx->src + p->lx->len;
}

static void error_raw(Parser *p, TypeObject *type, int line, int col, int end_line, int end_col,
                      const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static COLD void error_raw(Parser *p, TypeObject *type, int line, int col, int end_line,
                           int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror_raw(p, type, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
}

/* Where an error at token t points: at ENDMARKER, CPython points past the
 * last line. */
static void tok_pos(Parser *p, Token *t, int *l, int *c, int *el, int *ec)
{
    *l = t->lineno; *c = t->col; *el = t->end_lineno; *ec = t->end_col;
    if (t->type == T_ENDMARKER || (t->type == T_DEDENT && t->start >= p->lx->len)) {
        int line = p->lx->lineno > 1 ? p->lx->lineno - 1 : 1;
        size_t len;
        line_text(p, line, &len);
        *l = *el = line;
        *c = (int)len;
        *ec = -1;
    } else if (t->type == T_INDENT || t->type == T_DEDENT) {
        *c = t->col - 1;
        *ec = -1;
    } else if (t->type == T_NEWLINE && t->start >= p->lx->len && p->mode == MODE_EVAL) {
        /* eval() text has no newline of its own: CPython gives no column */
        *c = *ec = -1;
    }
}

static void error_tok(Parser *p, Token *t, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static COLD void error_tok(Parser *p, Token *t, const char *fmt, ...)
{
    int l, c, el, ec;
    tok_pos(p, t, &l, &c, &el, &ec);
    va_list ap;
    va_start(ap, fmt);
    verror_raw(p, &exc_SyntaxError, l, c, el, ec, fmt, ap);
    va_end(ap);
}

static void error_range(Parser *p, Node *a, Node *b, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static COLD void error_range(Parser *p, Node *a, Node *b, const char *fmt, ...)
{
    int l = unmap_line(p, a->lineno), c = unmap_col(p, a->lineno, a->col_offset);
    int el = unmap_line(p, b->end_lineno), ec = unmap_col(p, b->end_lineno, b->end_col_offset);
    va_list ap;
    va_start(ap, fmt);
    verror_raw(p, &exc_SyntaxError, l, c, el, ec, fmt, ap);
    va_end(ap);
}

#define error_node(p, n, ...) error_range(p, n, n, __VA_ARGS__)

/* From the start of node a to the end of token t. */
static COLD void error_node_tok(Parser *p, Node *a, Token *t, const char *msg)
{
    error_raw(p, &exc_SyntaxError, unmap_line(p, a->lineno), unmap_col(p, a->lineno, a->col_offset),
              t->end_lineno, t->end_col, "%s", msg);
}

static COLD void lexer_failed(Parser *p)
{
    if (p->failed) return;
    LexError *le = &p->lx->err;
    p->failed = true;
    PError *e = &p->err;
    memset(e, 0, sizeof *e);
    e->type = le->type ? le->type : &exc_SyntaxError;
    snprintf(e->msg, sizeof e->msg, "%s", le->msg);
    e->raw_line = le->lineno;
    e->lineno = map_line(p, le->lineno);
    e->end_lineno = map_line(p, le->end_lineno);
    e->offset = le->offset;
    e->end_offset = le->end_offset;
    e->text = p->lx->src + le->text_start;
    e->text_len = le->text_len;
    e->text_nl = false;
    e->from_lexer = true;
    if (le->kind == LEXERR_INDENT || le->kind == LEXERR_LINECONT ||
        (le->kind == LEXERR_EOF && le->eof == LEXEOF_BACKSLASH))
        e->text_nl = true;
}

/* The generic error, at the furthest token looked at. */
static COLD Node *invalid_syntax(Parser *p)
{
    if (p->failed) return NULL;
    Token *t = tok_at(p, p->furthest);
    if (t->type == T_ERRORTOKEN) { lexer_failed(p); return NULL; }
    int l, c, el, ec;
    tok_pos(p, t, &l, &c, &el, &ec);
    if (t->type == T_ENDMARKER) {
        /* CPython's end marker has no column */
        error_raw(p, &exc_SyntaxError, l, -1, el, -1, "invalid syntax");
    } else if (t->type == T_INDENT) {
        error_raw(p, &exc_IndentationError, l, c, el, ec, "unexpected indent");
        p->err.no_rest_check = true;
    } else if (t->type == T_DEDENT && t->start < p->lx->len) {
        error_raw(p, &exc_IndentationError, l, c, el, ec, "unexpected unindent");
        p->err.no_rest_check = true;
    } else
        error_raw(p, &exc_SyntaxError, l, c, el, ec, "invalid syntax");
    return NULL;
}

/* Expects a token; a mismatch is the generic error. */
static Token *expect(Parser *p, int type)
{
    Token *t = cur(p);
    if (t->type == type) return advance(p);
    invalid_syntax(p);
    return NULL;
}

/* Expects a token that the grammar insists on ("&&':'"): "expected ':'". */
static Token *expect_forced(Parser *p, int type)
{
    Token *t = cur(p);
    if (t->type == type) return advance(p);
    if (t->type == T_ERRORTOKEN) { lexer_failed(p); return NULL; }
    error_tok(p, t, "expected '%s'", token_text[type]);
    return NULL;
}

static bool enter(Parser *p)
{
    if (p->failed) return false;
    if (++p->depth > MAX_DEPTH) {
        p->depth--;
        error_tok(p, cur(p), "too many nested expressions");
        return false;
    }
    return true;
}
#define LEAVE(p) ((p)->depth--)

/* Speculation: try an alternative and come back.  A tokenizer error met on
 * the way stands (CPython would have met it too). */
typedef struct Mark { int pos, furthest; bool failed; PError err; } Mark;

static void mark_save(Parser *p, Mark *m)
{
    m->pos = p->pos;
    m->furthest = p->furthest;
    m->failed = p->failed;
    if (p->failed) m->err = p->err;
    p->failed = false;
    p->no_invalid++;
}

/* Restores the parser; returns false if a tokenizer error must stand. */
static bool mark_restore(Parser *p, Mark *m)
{
    p->no_invalid--;
    bool lexerr = p->failed && p->err.from_lexer;
    if (lexerr || p->vm_error) return false;
    p->pos = m->pos;
    p->furthest = m->furthest;
    p->failed = m->failed;
    if (m->failed) p->err = m->err;
    return true;
}

/* While trying an alternative, a rule whose continuation fails ("a +" then
 * garbage) keeps what it had parsed, as a PEG parser's ordered choice does:
 * back to `pos`, no error.  Returns false where the failure must stand. */
static bool backtrack_continuation(Parser *p, int pos)
{
    if (!p->no_invalid || !p->failed || p->err.from_lexer || p->vm_error) return false;
    p->failed = false;
    p->pos = pos;
    return true;
}

/* ======================================================================
 * small builders
 * ====================================================================== */

static Str *intern_tok(Parser *p, Token *t)
{
    size_t n;
    const char *s = tok_text(p, t, &n);
    Str *str = str_new(p->vm, s, n);
    if (str) str = str_intern(p->vm, str);
    if (!str) p->failed = p->vm_error = true;
    return str;
}

static Node *name_node(Parser *p, Token *t)
{
    Node *n = node_toks(p, N_Name, t, t);
    if (!n) return NULL;
    n->u.name.id = intern_tok(p, t);
    n->u.name.ctx = CTX_LOAD;
    return n->u.name.id ? n : NULL;
}

static Node *constant_node(Parser *p, Token *start, Token *end, Value v)
{
    Node *n = node_toks(p, N_Constant, start, end);
    if (n) n->u.constant.value = v;
    return n;
}

static bool is_const(Node *n, Value v)
{
    return n->kind == N_Constant && n->u.constant.value == v;
}

/* The name CPython's messages use for an expression ("cannot assign to
 * function call"). */
static const char *expr_name(Node *e)
{
    switch (e->kind) {
    case N_Attribute: return "attribute";
    case N_Subscript: return "subscript";
    case N_Starred: return "starred";
    case N_Name: return "name";
    case N_List: return "list";
    case N_Tuple: return "tuple";
    case N_Lambda: return "lambda";
    case N_Call: return "function call";
    case N_BoolOp: case N_BinOpE: case N_UnaryOp: return "expression";
    case N_GeneratorExp: return "generator expression";
    case N_Yield: case N_YieldFrom: return "yield expression";
    case N_ListComp: return "list comprehension";
    case N_SetComp: return "set comprehension";
    case N_DictComp: return "dict comprehension";
    case N_Dict: return "dict literal";
    case N_Set: return "set display";
    case N_JoinedStr: case N_FormattedValue: return "f-string expression";
    case N_Constant:
        if (e->u.constant.value == NONE) return "None";
        if (e->u.constant.value == FALSE_VAL) return "False";
        if (e->u.constant.value == TRUE_VAL) return "True";
        if (e->u.constant.value == ELLIPSIS) return "ellipsis";
        return "literal";
    case N_Compare: return "comparison";
    case N_IfExp: return "conditional expression";
    case N_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* ======================================================================
 * assignment and deletion targets
 * ====================================================================== */

enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };

/* The first sub-expression of e that cannot be a target (CPython's
 * _PyPegen_get_invalid_target), or NULL if e is a valid target. */
static Node *invalid_target(Node *e, int kind)
{
    switch (e->kind) {
    case N_List: case N_Tuple:
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            Node *c = invalid_target(e->u.seq.elts.items[i], kind);
            if (c) return c;
        }
        return NULL;
    case N_Starred:
        if (kind == DEL_TARGETS) return e;
        return invalid_target(e->u.starred.value, kind);
    case N_Compare:
        if (kind == FOR_TARGETS && e->u.compare.ops[0] == CMPK_IN)
            return invalid_target(e->u.compare.left, kind);
        return e;
    case N_Name: case N_Subscript: case N_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Node *e, ExprContext ctx)
{
    switch (e->kind) {
    case N_Name: e->u.name.ctx = ctx; break;
    case N_Attribute: e->u.attribute.ctx = ctx; break;
    case N_Subscript: e->u.subscript.ctx = ctx; break;
    case N_Starred: e->u.starred.ctx = ctx; set_ctx(e->u.starred.value, ctx); break;
    case N_List: case N_Tuple:
        e->u.seq.ctx = ctx;
        for (int i = 0; i < e->u.seq.elts.len; i++) set_ctx(e->u.seq.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Checks e as a target and gives it ctx; false (error recorded) if it
 * cannot be one. */
static bool check_target(Parser *p, Node *e, int kind)
{
    Node *bad = invalid_target(e, kind);
    if (bad) {
        error_node(p, bad, kind == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
                   expr_name(bad));
        return false;
    }
    set_ctx(e, kind == DEL_TARGETS ? CTX_DEL : CTX_STORE);
    return true;
}

/* Index of the token that starts at node e's first position, searching
 * back from the current token; -1 if none. */
static int tok_index_of(Parser *p, Node *e)
{
    int line = unmap_line(p, e->lineno), col = unmap_col(p, e->lineno, e->col_offset);
    for (int i = p->pos < p->ntoks ? p->pos : p->ntoks - 1; i >= 0; i--) {
        Token *t = tok_slot(p, i);
        if (t->lineno == line && t->col == col && t->type != T_DEDENT && t->type != T_INDENT)
            return i;
        if (t->lineno < line) break;
    }
    return -1;
}

/* Is the tuple e written with its own parentheses: "(a, b)", as opposed
 * to "a, b" or "(a), b"?  (Its first token is a '(' whose match ends it.) */
/* The index of the bracket closing the one at token index i, or -1. */
static int matching_close(Parser *p, int i)
{
    int depth = 0;
    for (int j = i; j < p->ntoks; j++) {
        int t = tok_slot(p, j)->type;
        if (t == T_LPAR || t == T_LSQB || t == T_LBRACE) depth++;
        else if (t == T_RPAR || t == T_RSQB || t == T_RBRACE) {
            if (--depth == 0) return j;
        } else if (t == T_ENDMARKER || t == T_ERRORTOKEN) {
            break;
        }
    }
    return -1;
}

static bool ends_at(Parser *p, Token *t, Node *e)
{
    return map_line(p, t->end_lineno) == e->end_lineno &&
           map_col(p, t->end_lineno, t->end_col) == e->end_col_offset;
}

static bool tuple_has_parens(Parser *p, Node *e)
{
    int i = tok_index_of(p, e);
    if (i < 0 || tok_slot(p, i)->type != T_LPAR) return false;
    int j = matching_close(p, i);
    return j >= 0 && ends_at(p, tok_slot(p, j), e);
}

/* Was e written inside its own parentheses ("(a + b)", not "f(a + b)")? */
static bool is_parenthesized(Parser *p, Node *e)
{
    if (e->kind == N_Tuple || e->kind == N_GeneratorExp) return false;
    int i = tok_index_of(p, e);
    if (i <= 0 || tok_slot(p, i - 1)->type != T_LPAR) return false;
    int j = matching_close(p, i - 1);
    return j > 0 && ends_at(p, tok_slot(p, j - 1), e);
}

/* Could e have been parsed by the bitwise_or rule (an operand, as opposed
 * to a comparison, `not`, `and`/`or`, conditional or lambda)? */
static bool is_bitwise_level(Parser *p, Node *e)
{
    switch (e->kind) {
    case N_Compare: case N_BoolOp: case N_IfExp: case N_Lambda: case N_NamedExpr:
    case N_Starred: case N_Yield: case N_YieldFrom:
        return is_parenthesized(p, e);
    case N_UnaryOp:
        return e->u.unary.op != UNARY_NOT || is_parenthesized(p, e);
    case N_Tuple:
        return tuple_has_parens(p, e);
    default:
        return true;
    }
}

/* CPython skips its '==' hint when the target starts with a list or tuple
 * display, a generator expression, or True/None/False. */
static bool starts_with_excluded_atom(Node *e)
{
    Node *l = e;
    for (;;) {
        Node *next = NULL;
        switch (l->kind) {
        case N_BinOpE: next = l->u.binop.left; break;
        case N_Call: next = l->u.call.func; break;
        case N_Attribute: next = l->u.attribute.value; break;
        case N_Subscript: next = l->u.subscript.value; break;
        default: break;
        }
        if (!next || next->lineno != e->lineno || next->col_offset != e->col_offset) break;
        l = next;
    }
    return l->kind == N_List || l->kind == N_Tuple || l->kind == N_GeneratorExp ||
           is_const(l, TRUE_VAL) || is_const(l, NONE) || is_const(l, FALSE_VAL);
}

/* Does a bitwise_or start at token index `at`, and where does it end? */
static COLD bool try_bitwise_or(Parser *p, int at, int *end)
{
    Mark m;
    mark_save(p, &m);
    p->pos = at;
    Node *b = bitwise_or(p);
    bool ok = b && !p->failed;
    *end = p->pos;
    if (!mark_restore(p, &m)) return false;
    return ok;
}

/* `e = ...` where an expression stands (an `if` condition, a list item, the
 * first target of an assignment that failed): CPython's hint that '==' was
 * meant.  Records the error and returns true if the hint applies. */
static COLD bool invalid_named_eq(Parser *p, Node *e)
{
    if (p->no_invalid || p->failed || cur_type(p) != T_EQUAL) return false;
    int eq = p->pos, end;
    if (!try_bitwise_or(p, eq + 1, &end)) return p->failed;
    int next = tok_at(p, end)->type;
    if (next == T_EQUAL || next == T_COLONEQUAL) return false;
    if (e->kind == N_Name && !is_parenthesized(p, e)) {
        Token *last = tok_at(p, end - 1);
        error_node_tok(p, e, last, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    if (!is_bitwise_level(p, e) || starts_with_excluded_atom(e)) return false;
    error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e));
    return true;
}

/* ======================================================================
 * literals
 * ====================================================================== */

/* A growable byte buffer on the GC heap. */
typedef struct Buf { char *data; size_t len, cap; } Buf;

static bool buf_add(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = mem_alloc_atomic(p->vm, cap);
        if (!d) { p->failed = p->vm_error = true; return false; }
        if (b->len) memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

static bool buf_addc(Parser *p, Buf *b, char c) { return buf_add(p, b, &c, 1); }

static bool buf_add_cp(Parser *p, Buf *b, uint32_t cp)
{
    char u[4];
    int n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    return buf_add(p, b, u, (size_t)n);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes the backslash escapes of a str or bytes literal body s[0..n).
 * Errors read as CPython's codec errors and point at the token after the
 * literal, as CPython's do. */
static bool decode_escapes(Parser *p, Buf *b, const char *s, size_t n, bool is_bytes)
{
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (i < n && s[i] != '\\') i++;
        if (i > run && !buf_add(p, b, s + run, i - run)) return false;
        if (i >= n) break;
        size_t esc = i++;                 /* at the backslash */
        if (i >= n) { buf_addc(p, b, '\\'); break; }
        char c = s[i++];
        switch (c) {
        case '\n': break;
        case '\\': buf_addc(p, b, '\\'); break;
        case '\'': buf_addc(p, b, '\''); break;
        case '"': buf_addc(p, b, '"'); break;
        case 'a': buf_addc(p, b, '\a'); break;
        case 'b': buf_addc(p, b, '\b'); break;
        case 'f': buf_addc(p, b, '\f'); break;
        case 'n': buf_addc(p, b, '\n'); break;
        case 'r': buf_addc(p, b, '\r'); break;
        case 't': buf_addc(p, b, '\t'); break;
        case 'v': buf_addc(p, b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (uint32_t)(s[i++] - '0');
            if (is_bytes) buf_addc(p, b, (char)(v & 0xFF));
            else buf_add_cp(p, b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (is_bytes && c != 'x') { buf_addc(p, b, '\\'); buf_addc(p, b, c); break; }
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t v = 0;
            int k = 0;
            while (k < digits && i < n && hexval((unsigned char)s[i]) >= 0) {
                v = v * 16 + (uint32_t)hexval((unsigned char)s[i++]);
                k++;
            }
            if (k < digits) {
                if (is_bytes)
                    error_tok(p, cur(p), "(value error) invalid \\x escape at position %zu", esc);
                else
                    error_tok(p, cur(p), "(unicode error) 'unicodeescape' codec can't decode bytes in "
                              "position %zu-%zu: truncated \\%s escape", esc, i - 1,
                              c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                return false;
            }
            if (v > 0x10FFFF) {
                error_tok(p, cur(p), "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          "position %zu-%zu: illegal Unicode character", esc, i - 1);
                return false;
            }
            if (is_bytes) buf_addc(p, b, (char)v);
            else buf_add_cp(p, b, v);
            break;
        }
        case 'N':
            if (!is_bytes) {
                /* \N{NAME}; positions in the errors are CPython's */
                size_t e = i + 1, bad_end = 0;
                const char *why = "malformed \\N character escape";
                if (i >= n || s[i] != '{') {
                    bad_end = i - 1;
                } else {
                    while (e < n && s[e] != '}') e++;
                    if (e >= n) bad_end = n - 1;
                    else if (e == i + 1) bad_end = i;
                }
                if (!bad_end) {
                    uint32_t cp = lexer_unicode_lookup(s + i + 1, e - i - 1);
                    if (cp != (uint32_t)-1) {
                        buf_add_cp(p, b, cp);
                        i = e + 1;
                        break;
                    }
                    why = "unknown Unicode character name";
                    bad_end = e;
                }
                error_tok(p, cur(p), "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          "position %zu-%zu: %s", esc, bad_end, why);
                return false;
            }
            /* in bytes, "\N" is just those two characters */
            buf_addc(p, b, '\\');
            i--;
            break;
        default:
            /* An unknown escape keeps its backslash (CPython warns). */
            buf_addc(p, b, '\\');
            i--;
            break;
        }
        if (p->failed) return false;
    }
    return !p->failed;
}

/* A str literal's text must be UTF-8; CPython's decoder error otherwise,
 * with positions counted from the start of `s`. */
static bool check_utf8(Parser *p, const char *s, size_t n)
{
    char why[160];
    if (lexer_utf8_error(s, n, why, sizeof why, NULL) == (size_t)-1) return true;
    error_tok(p, cur(p), "(unicode error) %s", why);
    return false;
}

/* The parts of one string token. */
typedef struct StrTok {
    bool raw, bytes, fstr;
    const char *body;           /* between the quotes */
    size_t len;
} StrTok;

static void split_string_token(Parser *p, Token *t, StrTok *st)
{
    size_t n;
    const char *s = tok_text(p, t, &n);
    memset(st, 0, sizeof *st);
    size_t i = 0;
    while (s[i] != '\'' && s[i] != '"') {
        int c = s[i] | 0x20;
        if (c == 'r') st->raw = true;
        else if (c == 'b') st->bytes = true;
        else if (c == 'f') st->fstr = true;
        i++;
    }
    size_t q = (n - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) ? 3 : 1;
    st->body = s + i + q;
    st->len = n - i - 2 * q;
}

/* --- f-strings (CPython 3.11's string_parser.c, reshaped) ------------------ */

typedef struct FsBuilder {
    Buf lit;                    /* literal text not yet flushed */
    NodeList values;            /* Constant and FormattedValue nodes */
    int l, c, el, ec;           /* the position every part gets (the whole literal) */
} FsBuilder;

static bool fs_flush(Parser *p, FsBuilder *b)
{
    if (b->lit.len == 0) return true;
    Str *s = str_new(p->vm, b->lit.data, b->lit.len);
    if (!s) { p->failed = p->vm_error = true; return false; }
    Node *n = new_node(p, N_Constant, b->l, b->c, b->el, b->ec);
    if (!n) return false;
    n->u.constant.value = OBJ_VAL(s);
    push(p, &b->values, n);
    b->lit.len = 0;
    return !p->failed;
}

static bool fstring_parse(Parser *p, FsBuilder *b, Token *t, const char **str, const char *end,
                          bool raw, int recurse_lvl);

/* Literal text up to a single '{' (or, in a format spec, '}'); doubled
 * braces at the top level stand for one.  Returns 1 when the literal ended
 * at a doubled brace (scan on), 0 at a brace or the end, -1 on error. */
static int fstring_find_literal(Parser *p, FsBuilder *b, const char **str, const char *end,
                                bool raw, int recurse_lvl)
{
    const char *s = *str, *lit_start = s, *lit_end;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* the braces of "\N{NAME}" are not a replacement field */
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {}
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    lit_end = s;
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    error_tok(p, cur(p), "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
    lit_end = s;
done:
    if (lit_end > lit_start) {
        if (!check_utf8(p, lit_start, (size_t)(lit_end - lit_start))) return -1;
        if (raw) {
            if (!buf_add(p, &b->lit, lit_start, (size_t)(lit_end - lit_start))) return -1;
        } else if (!decode_escapes(p, &b->lit, lit_start, (size_t)(lit_end - lit_start), false)) {
            return -1;
        }
    }
    return result;
}

/* Where the text at `at` (inside token t) is in the file. */
static void text_position(Parser *p, Token *t, const char *at, int *line, int *col)
{
    const char *s = p->lx->src + t->start;
    int l = t->lineno;
    const char *ls = NULL;
    for (const char *q = s; q < at; q++)
        if (*q == '\n') { l++; ls = q + 1; }
    int c = ls ? (int)(at - ls) : t->col + (int)(at - s);
    *line = map_line(p, l);
    *col = map_col(p, l, c);
}

static Node *parse_fstring_expr(Parser *parent, const char *text, size_t len, int line, int col);

/* The expression of a replacement field, parsed by a fresh parser. */
static Node *fstring_compile_expr(Parser *p, Token *t, const char *start, const char *end)
{
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            error_tok(p, cur(p), "f-string: expression required before '%c'", *end);
        else
            error_tok(p, cur(p), "f-string: empty expression not allowed");
        return NULL;
    }
    int line, col;
    text_position(p, t, start, &line, &col);
    return parse_fstring_expr(p, start, (size_t)(end - start), line, col);
}

/* One replacement field "{expr[=][!c][:spec]}"; *str is at the '{'. */
static bool fstring_find_expr(Parser *p, FsBuilder *b, Token *t, const char **str, const char *end,
                              bool raw, int recurse_lvl)
{
    char parenstack[LEX_MAXLEVEL];
    int nested = 0;
    char quote = 0;
    int string_type = 0;
    if (recurse_lvl >= 2) {
        error_tok(p, cur(p), "f-string: expressions nested too deeply");
        return false;
    }
    *str += 1;
    const char *expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            error_tok(p, cur(p), "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested >= LEX_MAXLEVEL) {
                error_tok(p, cur(p), "f-string: too many nested parenthesis");
                return false;
            }
            parenstack[nested++] = ch;
        } else if (ch == '#') {
            error_tok(p, cur(p), "f-string expression part cannot include '#'");
            return false;
        } else if (nested == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                   ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    *str += 1;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested) {
                error_tok(p, cur(p), "f-string: unmatched '%c'", ch);
                return false;
            }
            char opening = parenstack[--nested];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}'))) {
                error_tok(p, cur(p), "f-string: closing parenthesis '%c' does not match "
                          "opening parenthesis '%c'", ch, opening);
                return false;
            }
        }
    }
    const char *expr_end = *str;
    if (quote) {
        error_tok(p, cur(p), "f-string: unterminated string");
        return false;
    }
    if (nested) {
        error_tok(p, cur(p), "f-string: unmatched '%c'", parenstack[nested - 1]);
        return false;
    }
    if (*str >= end) goto unexpected_end;

    Node *value = fstring_compile_expr(p, t, expr_start, expr_end);
    if (!value) return false;

    const char *expr_text = NULL;
    size_t expr_text_len = 0;
    if (**str == '=') {
        *str += 1;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' ||
                              **str == '\f' || **str == '\r' || **str == '\v')) *str += 1;
        if (*str >= end) goto unexpected_end;
        expr_text = expr_start;
        expr_text_len = (size_t)(*str - expr_start);
    }
    int conversion = -1;
    if (**str == '!') {
        *str += 1;
        if (*str >= end) goto unexpected_end;
        conversion = (unsigned char)**str;
        *str += 1;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            error_tok(p, cur(p), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    Node *spec = NULL;
    if (*str < end && **str == ':') {
        *str += 1;
        if (*str >= end) goto unexpected_end;
        FsBuilder sb;
        memset(&sb, 0, sizeof sb);
        sb.l = b->l; sb.c = b->c; sb.el = b->el; sb.ec = b->ec;
        if (!fstring_parse(p, &sb, t, str, end, raw, recurse_lvl + 1)) return false;
        if (!fs_flush(p, &sb)) return false;
        spec = new_node(p, N_JoinedStr, b->l, b->c, b->el, b->ec);
        if (!spec) return false;
        spec->u.joined.values = sb.values;
    }
    if (*str >= end || **str != '}') goto unexpected_end;
    *str += 1;

    if (expr_text) {
        if (!buf_add(p, &b->lit, expr_text, expr_text_len)) return false;
        if (spec == NULL && conversion == -1) conversion = 'r';
    }
    if (!fs_flush(p, b)) return false;
    Node *fv = new_node(p, N_FormattedValue, b->l, b->c, b->el, b->ec);
    if (!fv) return false;
    fv->u.formatted.value = value;
    fv->u.formatted.conversion = conversion;
    fv->u.formatted.format_spec = spec;
    push(p, &b->values, fv);
    return !p->failed;

unexpected_end:
    error_tok(p, cur(p), "f-string: expecting '}'");
    return false;
}

static bool fstring_parse(Parser *p, FsBuilder *b, Token *t, const char **str, const char *end,
                          bool raw, int recurse_lvl)
{
    for (;;) {
        int r = fstring_find_literal(p, b, str, end, raw, recurse_lvl);
        if (r < 0) return false;
        if (r == 1) continue;
        if (*str >= end || **str == '}') break;
        if (!fstring_find_expr(p, b, t, str, end, raw, recurse_lvl)) return false;
    }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
        error_tok(p, cur(p), "f-string: expecting '}'");
        return false;
    }
    return true;
}

/* strings: STRING+
 * Adjacent literals are one: a str or bytes Constant, or a JoinedStr when
 * any part is an f-string. */
static Node *strings(Parser *p)
{
    Token *first = cur(p), *last = first;
    int n = 0;
    while (cur_type(p) == T_STRING) { last = advance(p); n++; }
    cur(p);     /* CPython looks at the next token before deciding */
    if (p->failed) return NULL;

    FsBuilder b;
    memset(&b, 0, sizeof b);
    b.l = map_line(p, first->lineno);
    b.c = map_col(p, first->lineno, first->col);
    b.el = map_line(p, last->end_lineno);
    b.ec = map_col(p, last->end_lineno, last->end_col);
    bool bytesmode = false, any_f = false;
    int first_idx = p->pos - n;
    for (int i = 0; i < n; i++) {
        Token *t = tok_at(p, first_idx + i);
        StrTok st;
        split_string_token(p, t, &st);
        if (st.bytes) {
            for (size_t k = 0; k < st.len; k++)
                if ((unsigned char)st.body[k] >= 0x80) {
                    error_tok(p, t, "bytes can only contain ASCII literal characters");
                    return NULL;
                }
        }
        if (!st.fstr) {
            if (!st.bytes && !check_utf8(p, st.body, st.len)) return NULL;
            if (st.raw) { if (!buf_add(p, &b.lit, st.body, st.len)) return NULL; }
            else if (!decode_escapes(p, &b.lit, st.body, st.len, st.bytes)) return NULL;
        }
        if (i != 0 && bytesmode != st.bytes) {
            error_tok(p, cur(p), "cannot mix bytes and nonbytes literals");
            return NULL;
        }
        bytesmode = st.bytes;
        if (st.fstr) {
            any_f = true;
            const char *s = st.body;
            if (!fstring_parse(p, &b, t, &s, st.body + st.len, st.raw, 0)) return NULL;
        }
    }
    if (bytesmode) {
        Value v = bytes_new(p->vm, b.lit.data ? b.lit.data : "", b.lit.len);
        if (!v) { p->failed = p->vm_error = true; return NULL; }
        return constant_node(p, first, last, v);
    }
    if (!any_f) {
        Str *s = str_new(p->vm, b.lit.data ? b.lit.data : "", b.lit.len);
        if (!s) { p->failed = p->vm_error = true; return NULL; }
        return constant_node(p, first, last, OBJ_VAL(s));
    }
    if (!fs_flush(p, &b)) return NULL;
    Node *j = node_toks(p, N_JoinedStr, first, last);
    if (!j) return NULL;
    j->u.joined.values = b.values;
    return j;
}

/* NUMBER: an int (any base, '_' separators) or a float. */
static Node *number(Parser *p)
{
    Token *t = advance(p);
    size_t n;
    const char *s = tok_text(p, t, &n);
    char small[64];
    char *d = n < sizeof small ? small : mem_alloc_atomic(p->vm, n + 1);
    if (!d) { p->failed = p->vm_error = true; return NULL; }
    size_t k = 0;
    bool is_float = false;
    int base = 10;
    size_t skip = 0;
    if (n >= 2 && s[0] == '0' && strchr("xXoObB", s[1])) {
        base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
        skip = 2;
    }
    for (size_t i = skip; i < n; i++) {
        if (s[i] == '_') continue;
        if (base == 10 && (s[i] == '.' || s[i] == 'e' || s[i] == 'E')) is_float = true;
        d[k++] = s[i];
    }
    d[k] = '\0';
    if (base == 10 && k > 0 && (d[k - 1] == 'j' || d[k - 1] == 'J')) {
        error_tok(p, t, "imaginary numbers are not supported by molt");
        return NULL;
    }
    Value v;
    if (is_float) {
        v = float_new(p->vm, strtod(d, NULL));
    } else if (base == 10 && k <= 18) {
        int64_t x = 0;
        for (size_t i = 0; i < k; i++) x = x * 10 + (d[i] - '0');
        v = int_from_i64(p->vm, x);
    } else {
        v = int_from_str(p->vm, d, k, base);
    }
    if (!v) {
        /* int_from_str may refuse (a digit limit): report it as a SyntaxError. */
        if (p->vm->exc && !vm_exc_matches(p->vm, &exc_MemoryError)) {
            Value exc = vm_exc_take(p->vm);
            const char *msg = "invalid number literal";
            if (obj_isinstance_type(exc, &exc_BaseException)) {
                BaseException *be = (BaseException *)AS_OBJ(exc);
                if (be->args && be->args->len > 0 && IS_STR(be->args->items[0]))
                    msg = AS_STR(be->args->items[0])->data;
            }
            error_tok(p, t, "%s%s", msg, strncmp(msg, "Exceeds the limit", 17) == 0
                      ? " - Consider hexadecimal for huge integer literals to avoid decimal "
                        "conversion limits." : "");
        } else {
            p->failed = p->vm_error = true;
        }
        return NULL;
    }
    return constant_node(p, t, t, v);
}

/* ======================================================================
 * expressions
 * ====================================================================== */

static bool can_start_expression(int type)
{
    switch (type) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_KW_NOT: case T_KW_LAMBDA:
    case T_KW_NONE: case T_KW_TRUE: case T_KW_FALSE: case T_ELLIPSIS: case T_KW_AWAIT:
        return true;
    default:
        return false;
    }
}

/* Does an expression (or star_expressions) start at token `at`, and where
 * does it end? */
static COLD bool try_expression(Parser *p, int at, bool star, int *end)
{
    Mark m;
    mark_save(p, &m);
    p->pos = at;
    Node *b = star ? star_expressions(p) : expression(p);
    bool ok = b && !p->failed;
    *end = p->pos;
    if (!mark_restore(p, &m)) return false;
    return ok;
}

/* CPython's invalid_expression and invalid_legacy_expression: an operand
 * directly followed by another ("[a b]", "print 'x'").  `a` began at token
 * index a_start.  Records the error and returns true if one applies. */
static COLD bool invalid_expression_rule(Parser *p, Node *a, int a_start);
static inline bool invalid_expression(Parser *p, Node *a, int a_start)
{
    if (p->no_invalid || p->failed || !can_start_expression(cur_type(p))) return false;
    return invalid_expression_rule(p, a, a_start);
}

static COLD bool invalid_expression_rule(Parser *p, Node *a, int a_start)
{
    if (p->no_invalid || p->failed) return false;
    int next = cur_type(p);
    if (!can_start_expression(next)) return false;
    Token *at = tok_at(p, a_start);
    bool legacy = a->kind == N_Name &&
                  (str_eq_cstr(a->u.name.id, "print") || str_eq_cstr(a->u.name.id, "exec"));
    int end;
    if (legacy) {
        if (!try_expression(p, p->pos, true, &end)) return p->failed;
        Token *last = tok_at(p, end - 1);
        char msg[120];
        snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                 a->u.name.id->data, a->u.name.id->data);
        error_node_tok(p, a, last, msg);
        return true;
    }
    /* "f 'x'" and soft keywords are left alone, as CPython does */
    if (at->type == T_NAME && tok_at(p, a_start + 1)->type == T_STRING) return false;
    if (at->type == T_NAME) {
        size_t n;
        const char *s = tok_text(p, at, &n);
        if ((n == 5 && memcmp(s, "match", 5) == 0) || (n == 4 && memcmp(s, "case", 4) == 0) ||
            (n == 1 && s[0] == '_'))
            return false;
    }
    if (!try_expression(p, p->pos, false, &end)) return p->failed;
    Token *last = tok_at(p, end - 1);
    if (last->level == 0) return false;
    error_node_tok(p, a, last, "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static Node *lambdef(Parser *p);
static Node *expression(Parser *p)
{
    if (!enter(p)) return NULL;
    Node *r = NULL;
    if (cur_type(p) == T_KW_LAMBDA) {
        r = lambdef(p);
        LEAVE(p);
        return r;
    }
    Token *start = cur(p);
    int start_idx = p->pos, at_if = 0;
    Node *a = disjunction(p);
    if (!a) goto out;
    if (cur_type(p) == T_KW_IF) {
        at_if = p->pos;
        advance(p);
        Node *test = disjunction(p);
        if (!test) goto fail_if;
        if (cur_type(p) != T_KW_ELSE) {
            if (!p->no_invalid && cur_type(p) != T_COLON)
                error_range(p, a, test, "expected 'else' after 'if' expression");
            else
                invalid_syntax(p);
            goto fail_if;
        }
        advance(p);
        Node *orelse = expression(p);
        if (!orelse) goto fail_if;
        r = node_from(p, N_IfExp, start);
        if (!r) goto out;
        r->u.ifexp.test = test;
        r->u.ifexp.body = a;
        r->u.ifexp.orelse = orelse;
        goto out;
    }
    if (invalid_expression(p, a, start_idx)) goto out;
    r = a;
    goto out;
fail_if:
    if (backtrack_continuation(p, at_if)) r = a;
out:
    LEAVE(p);
    return p->failed ? NULL : r;
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static NOINLINE Node *lambdef(Parser *p)
{
    Token *start = advance(p);
    Node *args = params(p, true);
    if (!args) return NULL;
    if (!expect(p, T_COLON)) return NULL;
    Node *body = expression(p);
    if (!body) return NULL;
    Node *n = node_from(p, N_Lambda, start);
    if (!n) return NULL;
    n->u.lambda.args = args;
    n->u.lambda.body = body;
    return n;
}

/* A run of prefix operators ("- - ~x", "not not x") is read in a loop and
 * the nodes built inside out, so the C stack does not grow with it; each
 * still counts towards the nesting limit, because the tree is that deep.
 * Returns the number of operator tokens (at p->pos - n ...), or -1. */
static int prefix_run(Parser *p, bool is_not)
{
    int n = 0;
    for (;;) {
        int t = cur_type(p);
        if (is_not ? t != T_KW_NOT : (t != T_PLUS && t != T_MINUS && t != T_TILDE)) break;
        if (p->depth + n >= MAX_DEPTH) {
            error_tok(p, cur(p), "too many nested expressions");
            return -1;
        }
        advance(p);
        n++;
    }
    return n;
}

/* Wraps operand in the n prefix operators that start at token index first. */
static Node *wrap_prefix(Parser *p, int first, int n, Node *operand)
{
    Token *end = prev(p);
    for (int i = n - 1; i >= 0 && operand; i--) {
        Token *op = tok_at(p, first + i);
        Node *u = node_toks(p, N_UnaryOp, op, end);
        if (!u) return NULL;
        u->u.unary.op = op->type == T_KW_NOT ? UNARY_NOT : op->type == T_PLUS ? UNARY_POS
                      : op->type == T_MINUS ? UNARY_NEG : UNARY_INVERT;
        u->u.unary.operand = operand;
        operand = u;
    }
    return operand;
}

/* disjunction: conjunction ('or' conjunction)*
 * conjunction: inversion ('and' inversion)* */
static Node *inversion(Parser *p);
static Node *boolop(Parser *p, int kw)
{
    Token *start = cur(p);
    Node *first = kw == T_KW_OR ? boolop(p, T_KW_AND) : inversion(p);
    if (!first || cur_type(p) != kw) return first;
    Node *n = NULL;
    NodeList values = {0};
    push(p, &values, first);
    for (;;) {
        int at = p->pos;
        if (!accept(p, kw)) break;
        Node *v = kw == T_KW_OR ? boolop(p, T_KW_AND) : inversion(p);
        if (!v) {
            if (backtrack_continuation(p, at)) break;
            return NULL;
        }
        push(p, &values, v);
    }
    if (values.len == 1) return first;
    n = node_from(p, N_BoolOp, start);
    if (!n) return NULL;
    n->u.boolop.op = kw == T_KW_OR ? BOOL_OR : BOOL_AND;
    n->u.boolop.values = values;
    return n;
}

static Node *disjunction(Parser *p) { return boolop(p, T_KW_OR); }

/* inversion: 'not' inversion | comparison */
static Node *comparison(Parser *p);
static Node *inversion(Parser *p)
{
    if (cur_type(p) != T_KW_NOT) return comparison(p);
    int first = p->pos;
    int n = prefix_run(p, true);
    if (n < 0) return NULL;
    p->depth += n;
    Node *operand = comparison(p);
    p->depth -= n;
    return operand ? wrap_prefix(p, first, n, operand) : NULL;
}

/* comparison: bitwise_or (compare_op bitwise_or)*
 * compare_op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'is' ['not'] */
static int compare_op(Parser *p)
{
    switch (cur_type(p)) {
    case T_EQEQUAL: advance(p); return CMPK_EQ;
    case T_NOTEQUAL: advance(p); return CMPK_NE;
    case T_LESS: advance(p); return CMPK_LT;
    case T_LESSEQUAL: advance(p); return CMPK_LE;
    case T_GREATER: advance(p); return CMPK_GT;
    case T_GREATEREQUAL: advance(p); return CMPK_GE;
    case T_KW_IN: advance(p); return CMPK_IN;
    case T_KW_IS:
        advance(p);
        if (accept(p, T_KW_NOT)) return CMPK_IS_NOT;
        return CMPK_IS;
    case T_KW_NOT:
        if (peek(p, 1)->type == T_KW_IN) { advance(p); advance(p); return CMPK_NOT_IN; }
        return -1;
    default:
        return -1;
    }
}

static Node *comparison(Parser *p)
{
    Token *start = cur(p);
    Node *left = bitwise_or(p);
    if (!left) return NULL;
    int at = p->pos;
    int op = compare_op(p);
    if (op < 0) return left;
    int n = 0, cap = 4;
    CmpKind *ops = mem_alloc_atomic(p->vm, (size_t)cap * sizeof(CmpKind));
    NodeList comparators = {0};
    if (!ops) { p->failed = p->vm_error = true; return NULL; }
    for (; op >= 0; at = p->pos, op = compare_op(p)) {
        if (n == cap) {
            CmpKind *o = mem_alloc_atomic(p->vm, (size_t)cap * 2 * sizeof(CmpKind));
            if (!o) { p->failed = p->vm_error = true; return NULL; }
            memcpy(o, ops, (size_t)n * sizeof(CmpKind));
            ops = o;
            cap *= 2;
        }
        ops[n++] = (CmpKind)op;
        Node *right = bitwise_or(p);
        if (!right) {
            if (!backtrack_continuation(p, at)) return NULL;
            n--;
            break;
        }
        push(p, &comparators, right);
    }
    if (n == 0) return left;
    Node *c = node_from(p, N_Compare, start);
    if (!c) return NULL;
    c->u.compare.left = left;
    c->u.compare.n = n;
    c->u.compare.ops = ops;
    c->u.compare.comparators = comparators;
    return p->failed ? NULL : c;
}

/* bitwise_or: bitwise_xor ('|' bitwise_xor)*
 * bitwise_xor: bitwise_and ('^' bitwise_and)*
 * bitwise_and: shift_expr ('&' shift_expr)*
 * shift_expr: sum (('<<' | '>>') sum)*
 * sum: term (('+' | '-') term)*
 * term: factor (('*' | '/' | '//' | '%' | '@') factor)*
 * All left-associative: a loop, not recursion. */
enum { LV_OR, LV_XOR, LV_AND, LV_SHIFT, LV_SUM, LV_TERM };

static int binop_at(int level, int type)
{
    switch (level) {
    case LV_OR: return type == T_VBAR ? BINOP_OR : -1;
    case LV_XOR: return type == T_CIRCUMFLEX ? BINOP_XOR : -1;
    case LV_AND: return type == T_AMPER ? BINOP_AND : -1;
    case LV_SHIFT: return type == T_LEFTSHIFT ? BINOP_LSHIFT : type == T_RIGHTSHIFT ? BINOP_RSHIFT : -1;
    case LV_SUM: return type == T_PLUS ? BINOP_ADD : type == T_MINUS ? BINOP_SUB : -1;
    default:
        switch (type) {
        case T_STAR: return BINOP_MUL;
        case T_SLASH: return BINOP_TRUEDIV;
        case T_DOUBLESLASH: return BINOP_FLOORDIV;
        case T_PERCENT: return BINOP_MOD;
        case T_AT: return BINOP_MATMUL;
        default: return -1;
        }
    }
}

static Node *binary_level(Parser *p, int level)
{
    Token *start = cur(p);
    Node *left = level == LV_TERM ? factor(p) : binary_level(p, level + 1);
    if (!left) return NULL;
    int op;
    while ((op = binop_at(level, cur_type(p))) >= 0) {
        int at = p->pos;
        advance(p);
        Node *right = level == LV_TERM ? factor(p) : binary_level(p, level + 1);
        if (!right) {
            if (backtrack_continuation(p, at)) break;
            return NULL;
        }
        Node *n = node_from(p, N_BinOpE, start);
        if (!n) return NULL;
        n->u.binop.left = left;
        n->u.binop.op = (BinOp)op;
        n->u.binop.right = right;
        left = n;
    }
    return left;
}

static Node *bitwise_or(Parser *p) { return binary_level(p, LV_OR); }

static Node *primary(Parser *p);
static NOINLINE Node *power(Parser *p);

/* factor: ('+' | '-' | '~') factor | power */
static Node *factor(Parser *p)
{
    int type = cur_type(p);
    if (type != T_PLUS && type != T_MINUS && type != T_TILDE) return power(p);
    int first = p->pos;
    int n = prefix_run(p, false);
    if (n < 0) return NULL;
    p->depth += n;
    Node *operand = power(p);
    p->depth -= n;
    return operand ? wrap_prefix(p, first, n, operand) : NULL;
}

/* power: await_primary ['**' factor]
 * await_primary: primary      ('await' is refused: molt has no async) */
static NOINLINE Node *power(Parser *p)
{
    if (cur_type(p) == T_KW_AWAIT) {
        error_tok(p, cur(p), "'await' is not supported by molt (async and await are out of its scope)");
        return NULL;
    }
    Token *start = cur(p);
    Node *base = primary(p);
    if (!base || cur_type(p) != T_DOUBLESTAR) return base;
    if (!enter(p)) return NULL;
    int at = p->pos;
    advance(p);
    Node *exp = factor(p);
    Node *n = NULL;
    if (!exp && backtrack_continuation(p, at)) n = base;
    else if (exp && (n = node_from(p, N_BinOpE, start))) {
        n->u.binop.left = base;
        n->u.binop.op = BINOP_POW;
        n->u.binop.right = exp;
    }
    LEAVE(p);
    return n;
}

/* The keyword names of one call, hashed: "keyword argument repeated" must
 * not cost quadratic time on a generated call with thousands of them. */
typedef struct KwSet { Str **slots; int cap, n; } KwSet;

static uint64_t name_hash(Str *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (int64_t i = 0; i < s->len; i++) h = (h ^ (unsigned char)s->data[i]) * 1099511628211ULL;
    return h;
}

/* Adds name; false if it was there already (or memory ran out). */
static NOINLINE bool kwset_add(Parser *p, KwSet *ks, Str *name)
{
    if (2 * (ks->n + 1) > ks->cap) {
        int cap = ks->cap ? ks->cap * 2 : 16;
        Str **slots = mem_alloc(p->vm, (size_t)cap * sizeof(Str *));
        if (!slots) { p->failed = p->vm_error = true; return false; }
        for (int i = 0; i < ks->cap; i++) {
            if (!ks->slots[i]) continue;
            uint64_t j = name_hash(ks->slots[i]) & (uint64_t)(cap - 1);
            while (slots[j]) j = (j + 1) & (uint64_t)(cap - 1);
            slots[j] = ks->slots[i];
        }
        ks->slots = slots;
        ks->cap = cap;
    }
    uint64_t j = name_hash(name) & (uint64_t)(ks->cap - 1);
    while (ks->slots[j]) {
        if (str_eq(ks->slots[j], name)) return false;
        j = (j + 1) & (uint64_t)(ks->cap - 1);
    }
    ks->slots[j] = name;
    ks->n++;
    return true;
}

/* Only a first argument may be a generator expression; after others,
 * CPython names the mistake if the clauses parse, and otherwise stops at
 * the 'for'. */
static COLD bool late_genexp_clauses(Parser *p, NodeList *gens)
{
    Mark m;
    mark_save(p, &m);
    bool ok = for_if_clauses(p, gens);
    if (!mark_restore(p, &m)) return false;
    if (!ok || p->no_invalid) { invalid_syntax(p); return false; }
    memset(gens, 0, sizeof *gens);
    p->no_invalid++;
    for_if_clauses(p, gens);
    p->no_invalid--;
    return !p->failed;
}

/* arguments: ','.(starred_expression | (assignment_expression | expression !':=') !'=' | kwarg)+ [',']
 * kwarg: NAME '=' expression | '**' expression
 * Call arguments and class bases; a lone unparenthesised generator
 * expression is allowed in a call ("f(x for x in y)"). */
static bool arguments(Parser *p, NodeList *args, NodeList *keywords, bool allow_genexp, Token *lpar)
{
    bool seen_kw = false, seen_dstar = false;
    int misplaced = 0;          /* 1: after keyword, 2: after ** */
    KwSet names = {0};
    while (cur_type(p) != T_RPAR) {
        Token *start = cur(p);
        if (start->type == T_STAR) {
            advance(p);
            Node *v = expression(p);
            if (!v) return false;
            if (seen_dstar) {
                error_tok(p, start, "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            Node *s = node_from(p, N_Starred, start);
            if (!s) return false;
            s->u.starred.value = v;
            if (cur_type(p) == T_KW_FOR && !p->no_invalid) {
                error_node(p, s, "iterable unpacking cannot be used in comprehension");
                return false;
            }
            push(p, args, s);
        } else if (start->type == T_DOUBLESTAR) {
            advance(p);
            Node *v = expression(p);
            if (!v) return false;
            Node *k = node_from(p, N_Keyword, start);
            if (!k) return false;
            k->u.keyword.arg = NULL;
            k->u.keyword.value = v;
            push(p, keywords, k);
            seen_dstar = true;
        } else if (start->type == T_NAME && peek(p, 1)->type == T_EQUAL) {
            Token *eq = peek(p, 1);
            advance(p);
            advance(p);
            Node *v = expression(p);
            if (!v) return false;
            if (cur_type(p) == T_KW_FOR) {
                error_raw(p, &exc_SyntaxError, start->lineno, start->col, eq->end_lineno, eq->end_col,
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return false;
            }
            Node *k = node_from(p, N_Keyword, start);
            if (!k) return false;
            k->u.keyword.arg = intern_tok(p, start);
            k->u.keyword.value = v;
            if (!k->u.keyword.arg) return false;
            if (!kwset_add(p, &names, k->u.keyword.arg)) {
                if (!p->failed)
                    error_node(p, k, "keyword argument repeated: %s", k->u.keyword.arg->data);
                return false;
            }
            push(p, keywords, k);
            seen_kw = true;
        } else {
            if ((start->type == T_KW_TRUE || start->type == T_KW_FALSE || start->type == T_KW_NONE) &&
                peek(p, 1)->type == T_EQUAL) {
                Token *eq = peek(p, 1);
                error_raw(p, &exc_SyntaxError, start->lineno, start->col, eq->end_lineno, eq->end_col,
                          "cannot assign to %s", token_text[start->type]);
                return false;
            }
            Node *v = named_expression(p);
            if (!v) return false;
            if (cur_type(p) == T_KW_FOR) {
                if (!allow_genexp) { invalid_syntax(p); return false; }
                NodeList gens = {0};
                bool first = args->len == 0 && keywords->len == 0;
                if (!first) {
                    if (!late_genexp_clauses(p, &gens)) return false;
                } else if (!for_if_clauses(p, &gens)) {
                    return false;
                }
                Node *lastc = gens.items[gens.len - 1];
                Node *end = lastc->u.comprehension.ifs.len
                    ? lastc->u.comprehension.ifs.items[lastc->u.comprehension.ifs.len - 1]
                    : lastc->u.comprehension.iter;
                if (!first || cur_type(p) != T_RPAR) {
                    if (!first || cur_type(p) == T_COMMA) {
                        error_range(p, v, end, "Generator expression must be parenthesized");
                    } else {
                        invalid_syntax(p);
                    }
                    return false;
                }
                /* f(x for x in y): the generator expression spans the parentheses */
                Node *g = node_toks(p, N_GeneratorExp, lpar, cur(p));
                if (!g) return false;
                g->u.comp.elt = v;
                g->u.comp.generators = gens;
                push(p, args, g);
                return !p->failed;
            }
            if (cur_type(p) == T_EQUAL && !p->no_invalid) {
                error_node_tok(p, v, cur(p), "expression cannot contain assignment, perhaps you meant \"==\"?");
                return false;
            }
            if (seen_dstar) misplaced = misplaced ? misplaced : 2;
            else if (seen_kw) misplaced = misplaced ? misplaced : 1;
            push(p, args, v);
        }
        if (p->failed) return false;
        if (!accept(p, T_COMMA)) break;
    }
    if (misplaced && !p->no_invalid) {
        error_tok(p, cur(p), misplaced == 2 ? "positional argument follows keyword argument unpacking"
                                            : "positional argument follows keyword argument");
        return false;
    }
    return !p->failed;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [',']
 * slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static Node *slice(Parser *p)
{
    Token *start = cur(p);
    if (start->type == T_STAR) {
        advance(p);
        Node *v = bitwise_or(p);
        if (!v) return NULL;
        Node *s = node_from(p, N_Starred, start);
        if (s) s->u.starred.value = v;
        return s;
    }
    Node *lower = NULL, *upper = NULL, *step = NULL;
    if (start->type != T_COLON) {
        lower = named_expression(p);
        if (!lower) return NULL;
        if (cur_type(p) != T_COLON) return lower;
        if (lower->kind == N_NamedExpr && !is_parenthesized(p, lower)) return invalid_syntax(p);
    }
    advance(p);         /* ':' */
    int t = cur_type(p);
    if (t != T_COLON && t != T_COMMA && t != T_RSQB) {
        upper = expression(p);
        if (!upper) return NULL;
    }
    if (accept(p, T_COLON)) {
        t = cur_type(p);
        if (t != T_COMMA && t != T_RSQB) {
            step = expression(p);
            if (!step) return NULL;
        }
    }
    Node *s = node_from(p, N_Slice, start);
    if (!s) return NULL;
    s->u.slice.lower = lower;
    s->u.slice.upper = upper;
    s->u.slice.step = step;
    return s;
}

static Node *slices(Parser *p)
{
    Token *start = cur(p);
    Node *first = slice(p);
    if (!first) return NULL;
    if (cur_type(p) != T_COMMA) return first;
    NodeList elts = {0};
    push(p, &elts, first);
    while (accept(p, T_COMMA)) {
        if (cur_type(p) == T_RSQB) break;
        Node *s = slice(p);
        if (!s) return NULL;
        push(p, &elts, s);
    }
    Node *t = node_from(p, N_Tuple, start);
    if (!t) return NULL;
    t->u.seq.elts = elts;
    return t;
}

/* primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')* */
static Node *atom(Parser *p);
static Node *primary(Parser *p)
{
    Token *start = cur(p);
    Node *e = atom(p);
    if (!e) return NULL;
    for (;;) {
        int t = cur_type(p);
        int at = p->pos;
        Node *n;
        if (t == T_DOT) {
            advance(p);
            Token *name = cur(p);
            if (name->type != T_NAME) {
                invalid_syntax(p);
                if (backtrack_continuation(p, at)) return e;
                return NULL;
            }
            advance(p);
            n = node_from(p, N_Attribute, start);
            if (!n) return NULL;
            n->u.attribute.value = e;
            n->u.attribute.attr = intern_tok(p, name);
            n->u.attribute.ctx = CTX_LOAD;
        } else if (t == T_LPAR) {
            if (!enter(p)) return NULL;
            Token *lpar = advance(p);
            NodeList args = {0}, keywords = {0};
            bool ok = arguments(p, &args, &keywords, true, lpar);
            LEAVE(p);
            if (!ok || !expect(p, T_RPAR)) {
                if (backtrack_continuation(p, at)) return e;
                return NULL;
            }
            n = node_from(p, N_Call, start);
            if (!n) return NULL;
            n->u.call.func = e;
            n->u.call.args = args;
            n->u.call.keywords = keywords;
        } else if (t == T_LSQB) {
            if (!enter(p)) return NULL;
            advance(p);
            Node *s = slices(p);
            LEAVE(p);
            if (!s || !expect(p, T_RSQB)) {
                if (backtrack_continuation(p, at)) return e;
                return NULL;
            }
            n = node_from(p, N_Subscript, start);
            if (!n) return NULL;
            n->u.subscript.value = e;
            n->u.subscript.slice = s;
            n->u.subscript.ctx = CTX_LOAD;
        } else {
            return p->failed ? NULL : e;
        }
        e = n;
    }
}

/* A target that failed to parse: when it did not even start like one (a
 * name or a bracket), CPython's first pass stopped at its first token. */
static COLD Node *not_a_target(Parser *p, int at)
{
    int t = tok_at(p, at)->type;
    if (t == T_NAME || t == T_LPAR || t == T_LSQB || p->err.from_lexer || p->vm_error)
        return NULL;
    p->failed = false;
    p->furthest = at;
    return invalid_syntax(p);
}

/* star_targets, for 'for' loops and comprehensions:
 *   star_target (',' star_target)* [',']
 *   star_target: ['*'] bitwise_or      (then checked as a target)
 * Parsed below the comparison level so the 'in' that follows is not taken
 * as an operator. */
static Node *for_targets(Parser *p)
{
    Token *start = cur(p);
    NodeList elts = {0};
    bool comma = false;
    for (;;) {
        Token *s = cur(p);
        Node *e;
        if (s->type == T_STAR) {
            advance(p);
            Node *v = bitwise_or(p);
            if (!v) return NULL;
            e = node_from(p, N_Starred, s);
            if (!e) return NULL;
            e->u.starred.value = v;
        } else {
            int at = p->pos;
            e = bitwise_or(p);
            if (!e) return not_a_target(p, at);
        }
        push(p, &elts, e);
        if (cur_type(p) != T_COMMA) break;
        advance(p);
        comma = true;
        if (cur_type(p) == T_KW_IN) break;
    }
    Node *t;
    if (!comma) t = elts.items[0];
    else {
        t = node_from(p, N_Tuple, start);
        if (!t) return NULL;
        t->u.seq.elts = elts;
    }
    if (!check_target(p, t, FOR_TARGETS)) return NULL;
    return t;
}

/* for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static bool for_if_clauses(Parser *p, NodeList *gens)
{
    while (cur_type(p) == T_KW_FOR || cur_type(p) == T_KW_ASYNC) {
        if (cur_type(p) == T_KW_ASYNC) {
            error_tok(p, cur(p), "'async for' is not supported by molt (async and await are out of its scope)");
            return false;
        }
        advance(p);
        Node *target = for_targets(p);
        if (!target) return false;
        if (!expect(p, T_KW_IN)) return false;
        Node *iter = disjunction(p);
        if (!iter) return false;
        Node *c = new_node(p, N_Comprehension, target->lineno, target->col_offset,
                           iter->end_lineno, iter->end_col_offset);
        if (!c) return false;
        c->u.comprehension.target = target;
        c->u.comprehension.iter = iter;
        while (accept(p, T_KW_IF)) {
            Node *cond = disjunction(p);
            if (!cond) return false;
            push(p, &c->u.comprehension.ifs, cond);
        }
        push(p, gens, c);
    }
    return !p->failed;
}

/* A comprehension's first element may not be unpacked. */
static bool check_comp_elt(Parser *p, Node *elt)
{
    if (elt->kind == N_Starred) {
        error_node(p, elt, "iterable unpacking cannot be used in comprehension");
        return false;
    }
    return true;
}

static Node *make_comp(Parser *p, NodeKind kind, Token *start, Node *elt, Node *value)
{
    NodeList gens = {0};
    if (!for_if_clauses(p, &gens)) return NULL;
    if (!expect(p, kind == N_ListComp ? T_RSQB : kind == N_GeneratorExp ? T_RPAR : T_RBRACE))
        return NULL;
    Node *n = node_from(p, kind, start);
    if (!n) return NULL;
    n->u.comp.elt = elt;
    n->u.comp.value = value;
    n->u.comp.generators = gens;
    return n;
}

/* Elements of a display until `close`, the first one already parsed:
 * star_named_expressions: ','.star_named_expression+ [','] */
static bool display_rest(Parser *p, NodeList *elts, int close)
{
    while (accept(p, T_COMMA)) {
        if (cur_type(p) == close) break;
        Node *e = star_named_expression(p);
        if (!e) return false;
        push(p, elts, e);
    }
    return !p->failed;
}

/* A display element must be followed by ',' or the closing bracket; an
 * '=' gets CPython's hint. */
static bool after_element(Parser *p, Node *e, int close)
{
    int t = cur_type(p);
    if (t == T_COMMA || t == close) return true;
    if (t == T_EQUAL && invalid_named_eq(p, e)) return false;
    invalid_syntax(p);
    return false;
}

/* group: '(' (yield_expr | named_expression) ')'
 * tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
 * genexp: '(' named_expression for_if_clauses ')' */
static Node *paren_atom(Parser *p)
{
    Token *start = advance(p);
    if (accept(p, T_RPAR)) {
        Node *t = node_from(p, N_Tuple, start);
        return t;
    }
    if (cur_type(p) == T_KW_YIELD) {
        Node *y = yield_expr(p);
        if (!y || !expect(p, T_RPAR)) return NULL;
        return y;
    }
    if (cur_type(p) == T_DOUBLESTAR) {
        Token *ds = advance(p);
        Node *v = bitwise_or(p);
        if (v && cur_type(p) == T_RPAR && !p->no_invalid) {
            error_tok(p, ds, "cannot use double starred expression here");
            return NULL;
        }
        return invalid_syntax(p);
    }
    Node *first = star_named_expression(p);
    if (!first) return NULL;
    int t = cur_type(p);
    if (t == T_KW_FOR) {
        if (!check_comp_elt(p, first)) return NULL;
        return make_comp(p, N_GeneratorExp, start, first, NULL);
    }
    if (t == T_RPAR) {
        if (first->kind == N_Starred) {
            if (!p->no_invalid) {
                error_node(p, first, "cannot use starred expression here");
                return NULL;
            }
            return invalid_syntax(p);
        }
        advance(p);
        return first;
    }
    if (!after_element(p, first, T_RPAR)) return NULL;
    NodeList elts = {0};
    push(p, &elts, first);
    if (!display_rest(p, &elts, T_RPAR)) return NULL;
    if (!expect(p, T_RPAR)) return NULL;
    Node *tup = node_from(p, N_Tuple, start);
    if (tup) tup->u.seq.elts = elts;
    return tup;
}

/* list: '[' [star_named_expressions] ']'
 * listcomp: '[' named_expression for_if_clauses ']' */
static Node *list_atom(Parser *p)
{
    Token *start = advance(p);
    NodeList elts = {0};
    if (cur_type(p) != T_RSQB) {
        Node *first = star_named_expression(p);
        if (!first) return NULL;
        if (cur_type(p) == T_KW_FOR) {
            if (!check_comp_elt(p, first)) return NULL;
            return make_comp(p, N_ListComp, start, first, NULL);
        }
        if (!after_element(p, first, T_RSQB)) return NULL;
        push(p, &elts, first);
        if (!display_rest(p, &elts, T_RSQB)) return NULL;
    }
    if (!expect(p, T_RSQB)) return NULL;
    Node *l = node_from(p, N_List, start);
    if (l) l->u.seq.elts = elts;
    return l;
}

/* The value after "key:" in a dict display. */
static Node *dict_value(Parser *p, Token *colon)
{
    int t = cur_type(p);
    if ((t == T_RBRACE || t == T_COMMA) && !p->no_invalid) {
        error_tok(p, colon, "expression expected after dictionary key and ':'");
        return NULL;
    }
    return expression(p);
}

/* dict: '{' [double_starred_kvpair (',' double_starred_kvpair)* [',']] '}'
 * double_starred_kvpair: '**' bitwise_or | expression ':' expression
 * dictcomp: '{' expression ':' expression for_if_clauses '}'
 * set: '{' star_named_expressions '}'
 * setcomp: '{' named_expression for_if_clauses '}' */
static Node *brace_atom(Parser *p)
{
    Token *start = advance(p);
    NodeList keys = {0}, values = {0};
    if (accept(p, T_RBRACE)) return node_from(p, N_Dict, start);
    Node *first_key = NULL, *first_value = NULL;
    if (cur_type(p) == T_DOUBLESTAR) {
        Token *ds = advance(p);
        first_value = bitwise_or(p);
        if (!first_value) return NULL;
        if (cur_type(p) == T_KW_FOR) {
            error_raw(p, &exc_SyntaxError, ds->lineno, ds->col, ds->end_lineno, ds->end_col,
                      "dict unpacking cannot be used in dict comprehension");
            return NULL;
        }
    } else {
        Node *first = star_named_expression(p);
        if (!first) return NULL;
        if (cur_type(p) == T_COLON && first->kind != N_Starred) {
            Token *colon = advance(p);
            first_key = first;
            first_value = dict_value(p, colon);
            if (!first_value) return NULL;
            if (cur_type(p) == T_KW_FOR) return make_comp(p, N_DictComp, start, first_key, first_value);
        } else {
            /* a set */
            if (cur_type(p) == T_KW_FOR) {
                if (!check_comp_elt(p, first)) return NULL;
                return make_comp(p, N_SetComp, start, first, NULL);
            }
            if (!after_element(p, first, T_RBRACE)) return NULL;
            NodeList elts = {0};
            push(p, &elts, first);
            if (!display_rest(p, &elts, T_RBRACE)) return NULL;
            if (!expect(p, T_RBRACE)) return NULL;
            Node *s = node_from(p, N_Set, start);
            if (s) s->u.seq.elts = elts;
            return s;
        }
    }
    push(p, &keys, first_key);
    push(p, &values, first_value);
    while (accept(p, T_COMMA)) {
        if (cur_type(p) == T_RBRACE) break;
        if (accept(p, T_DOUBLESTAR)) {
            Node *v = bitwise_or(p);
            if (!v) return NULL;
            push(p, &keys, NULL);
            push(p, &values, v);
            continue;
        }
        Node *k = expression(p);
        if (!k) return NULL;
        if (cur_type(p) != T_COLON) {
            int t = cur_type(p);
            if ((t == T_RBRACE || t == T_COMMA) && !p->no_invalid) {
                error_raw(p, &exc_SyntaxError, unmap_line(p, k->end_lineno),
                          unmap_col(p, k->end_lineno, k->end_col_offset) - 1,
                          unmap_line(p, k->end_lineno), -1, "':' expected after dictionary key");
                return NULL;
            }
            return invalid_syntax(p);
        }
        Token *colon = advance(p);
        Node *v = dict_value(p, colon);
        if (!v) return NULL;
        push(p, &keys, k);
        push(p, &values, v);
    }
    if (!expect(p, T_RBRACE)) return NULL;
    Node *d = node_from(p, N_Dict, start);
    if (!d) return NULL;
    d->u.dict.keys = keys;
    d->u.dict.values = values;
    return d;
}

/* atom: NAME | 'True' | 'False' | 'None' | '...' | NUMBER | strings
 *     | (tuple | group | genexp) | (list | listcomp)
 *     | (dict | set | dictcomp | setcomp) */
static Node *atom(Parser *p)
{
    Token *t = cur(p);
    Node *n;
    switch (t->type) {
    case T_NAME: advance(p); return name_node(p, t);
    case T_KW_TRUE: advance(p); return constant_node(p, t, t, TRUE_VAL);
    case T_KW_FALSE: advance(p); return constant_node(p, t, t, FALSE_VAL);
    case T_KW_NONE: advance(p); return constant_node(p, t, t, NONE);
    case T_ELLIPSIS: advance(p); return constant_node(p, t, t, ELLIPSIS);
    case T_NUMBER: return number(p);
    case T_STRING: return strings(p);
    case T_LPAR:
    case T_LSQB:
    case T_LBRACE:
        if (!enter(p)) return NULL;
        n = t->type == T_LPAR ? paren_atom(p) : t->type == T_LSQB ? list_atom(p) : brace_atom(p);
        LEAVE(p);
        return p->failed ? NULL : n;
    default:
        return invalid_syntax(p);
    }
}

/* named_expression: NAME ':=' expression | expression !':=' */
static Node *named_expression(Parser *p)
{
    Token *start = cur(p);
    if (start->type == T_NAME && peek(p, 1)->type == T_COLONEQUAL) {
        advance(p);
        advance(p);
        Node *target = name_node(p, start);
        Node *value = expression(p);
        if (!target || !value) return NULL;
        target->u.name.ctx = CTX_STORE;
        Node *n = node_from(p, N_NamedExpr, start);
        if (!n) return NULL;
        n->u.namedexpr.target = target;
        n->u.namedexpr.value = value;
        return n;
    }
    Node *e = expression(p);
    if (!e) return NULL;
    if (cur_type(p) == T_COLONEQUAL) {
        if (!p->no_invalid) {
            error_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
            return NULL;
        }
        return invalid_syntax(p);
    }
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static Node *star_named_expression(Parser *p)
{
    Token *start = cur(p);
    if (start->type != T_STAR) return named_expression(p);
    advance(p);
    Node *v = bitwise_or(p);
    if (!v) return NULL;
    Node *s = node_from(p, N_Starred, start);
    if (s) s->u.starred.value = v;
    return s;
}

/* star_expression: '*' bitwise_or | expression */
static Node *star_expression(Parser *p)
{
    Token *start = cur(p);
    if (start->type != T_STAR) return expression(p);
    advance(p);
    Node *v = bitwise_or(p);
    if (!v) return NULL;
    Node *s = node_from(p, N_Starred, start);
    if (s) s->u.starred.value = v;
    return s;
}

/* Could the token end a list of expressions (the trailing comma case)? */
static bool ends_expressions(int t)
{
    return !can_start_expression(t) && t != T_STAR;
}

/* star_expressions: star_expression (',' star_expression)* [','] */
static Node *star_expressions(Parser *p)
{
    Token *start = cur(p);
    Node *first = star_expression(p);
    if (!first || cur_type(p) != T_COMMA) return first;
    NodeList elts = {0};
    push(p, &elts, first);
    while (accept(p, T_COMMA)) {
        if (ends_expressions(cur_type(p))) break;
        Node *e = star_expression(p);
        if (!e) return NULL;
        push(p, &elts, e);
    }
    Node *t = node_from(p, N_Tuple, start);
    if (t) t->u.seq.elts = elts;
    return p->failed ? NULL : t;
}

/* expressions: expression (',' expression)* [',']  (eval input) */
static Node *expressions(Parser *p)
{
    Token *start = cur(p);
    Node *first = expression(p);
    if (!first || cur_type(p) != T_COMMA) return first;
    NodeList elts = {0};
    push(p, &elts, first);
    while (accept(p, T_COMMA)) {
        if (ends_expressions(cur_type(p))) break;
        Node *e = expression(p);
        if (!e) return NULL;
        push(p, &elts, e);
    }
    Node *t = node_from(p, N_Tuple, start);
    if (t) t->u.seq.elts = elts;
    return p->failed ? NULL : t;
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static Node *yield_expr(Parser *p)
{
    Token *start = advance(p);
    if (accept(p, T_KW_FROM)) {
        Node *v = expression(p);
        if (!v) return NULL;
        Node *n = node_from(p, N_YieldFrom, start);
        if (n) n->u.ret.value = v;
        return n;
    }
    Node *v = NULL;
    if (can_start_expression(cur_type(p)) || cur_type(p) == T_STAR) {
        v = star_expressions(p);
        if (!v) return NULL;
    }
    Node *n = node_from(p, N_Yield, start);
    if (n) n->u.ret.value = v;
    return n;
}

/* ======================================================================
 * parameters
 * ====================================================================== */

/* params (also a lambda's, ending at ':'):
 *   ','.(param ['=' default] | '/' | '*' [param] | '**' param)+ [',']
 *   param: NAME [':' expression]     (no annotation in a lambda)
 * with CPython's ordering rules checked as we go. */
static Node *param(Parser *p, bool is_lambda)
{
    Token *name = cur(p);
    if (name->type != T_NAME) return invalid_syntax(p);
    advance(p);
    Node *ann = NULL;
    if (!is_lambda && accept(p, T_COLON)) {
        ann = expression(p);
        if (!ann) return NULL;
    }
    Node *a = node_from(p, N_Arg, name);
    if (!a) return NULL;
    a->u.arg.arg = intern_tok(p, name);
    a->u.arg.annotation = ann;
    return p->failed ? NULL : a;
}

static NOINLINE Node *params(Parser *p, bool is_lambda)
{
    int close = is_lambda ? T_COLON : T_RPAR;
    Node *args = new_node(p, N_Arguments, 0, 0, 0, 0);
    if (!args) return NULL;
    NodeList plain = {0};
    bool seen_slash = false, seen_star = false, seen_kwarg = false, seen_default = false;
    while (cur_type(p) != close) {
        Token *t = cur(p);
        if (t->type == T_SLASH) {
            if (seen_slash) { error_tok(p, t, "/ may appear only once"); return NULL; }
            if (seen_star || seen_kwarg) { error_tok(p, t, "/ must be ahead of *"); return NULL; }
            if (plain.len == 0) {
                if (peek(p, 1)->type == T_COMMA) error_tok(p, t, "at least one argument must precede /");
                else error_tok(p, t, "invalid syntax");
                return NULL;
            }
            advance(p);
            args->u.arguments.posonlyargs = plain;
            memset(&plain, 0, sizeof plain);
            seen_slash = true;
        } else if (t->type == T_STAR) {
            if (seen_kwarg) { error_tok(p, t, "arguments cannot follow var-keyword argument"); return NULL; }
            if (seen_star) { error_tok(p, t, "* argument may appear only once"); return NULL; }
            advance(p);
            seen_star = true;
            if (cur_type(p) == T_COMMA || cur_type(p) == close) {
                if (cur_type(p) == close ||
                    (peek(p, 1)->type == close || peek(p, 1)->type == T_DOUBLESTAR)) {
                    if (is_lambda) {
                        if (cur_type(p) == T_COMMA) advance(p);
                        error_tok(p, cur(p), "named arguments must follow bare *");
                    } else {
                        error_tok(p, t, "named arguments must follow bare *");
                    }
                    return NULL;
                }
            } else {
                Node *a = param(p, is_lambda);
                if (!a) return NULL;
                if (cur_type(p) == T_EQUAL) {
                    error_tok(p, cur(p), "var-positional argument cannot have default value");
                    return NULL;
                }
                args->u.arguments.vararg = a;
            }
        } else if (t->type == T_DOUBLESTAR) {
            if (seen_kwarg) { error_tok(p, t, "arguments cannot follow var-keyword argument"); return NULL; }
            advance(p);
            Node *a = param(p, is_lambda);
            if (!a) return NULL;
            if (cur_type(p) == T_EQUAL) {
                error_tok(p, cur(p), "var-keyword argument cannot have default value");
                return NULL;
            }
            args->u.arguments.kwarg = a;
            seen_kwarg = true;
        } else if (t->type == T_NAME) {
            if (seen_kwarg) { error_tok(p, t, "arguments cannot follow var-keyword argument"); return NULL; }
            Node *a = param(p, is_lambda);
            if (!a) return NULL;
            Node *def = NULL;
            if (accept(p, T_EQUAL)) {
                def = expression(p);
                if (!def) return NULL;
            }
            if (seen_star) {
                push(p, &args->u.arguments.kwonlyargs, a);
                push(p, &args->u.arguments.kw_defaults, def);
            } else {
                if (def) {
                    seen_default = true;
                    push(p, &args->u.arguments.defaults, def);
                } else if (seen_default) {
                    error_node(p, a, "non-default argument follows default argument");
                    return NULL;
                }
                push(p, &plain, a);
            }
        } else {
            return invalid_syntax(p);
        }
        if (p->failed) return NULL;
        if (!accept(p, T_COMMA)) break;
    }
    args->u.arguments.args = plain;
    return p->failed ? NULL : args;
}

/* ======================================================================
 * statements
 * ====================================================================== */

static bool statements_until(Parser *p, NodeList *body, int end);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts
 * `what` names the statement for "expected an indented block after ...". */
static bool simple_stmts(Parser *p, NodeList *out);
static bool block(Parser *p, NodeList *body, const char *what, int line)
{
    if (cur_type(p) != T_NEWLINE) return simple_stmts(p, body);
    advance(p);
    Token *t = cur(p);
    if (t->type != T_INDENT) {
        if (t->type == T_ERRORTOKEN) { lexer_failed(p); return false; }
        int l, c, el, ec;
        tok_pos(p, t, &l, &c, &el, &ec);
        error_raw(p, &exc_IndentationError, l, c, el, ec,
                  "expected an indented block after %s on line %d", what, map_line(p, line));
        return false;
    }
    advance(p);
    if (!enter(p)) return false;
    bool ok = statements_until(p, body, T_DEDENT);
    LEAVE(p);
    if (!ok) return false;
    return expect(p, T_DEDENT) != NULL;
}

/* The ':' after a compound statement's header.  `forced`: any other token
 * is "expected ':'"; otherwise only a line end is (CPython's two kinds). */
static bool header_colon(Parser *p, bool forced, Node *cond)
{
    if (accept(p, T_COLON)) return true;
    Token *t = cur(p);
    if (t->type == T_ERRORTOKEN) { lexer_failed(p); return false; }
    if (forced || t->type == T_NEWLINE) {
        error_tok(p, t, "expected ':'");
        return false;
    }
    if (cond && t->type == T_EQUAL && invalid_named_eq(p, cond)) return false;
    invalid_syntax(p);
    return false;
}

/* Last line of a statement list, for end positions. */
static void set_end(Node *n, NodeList *body)
{
    if (body->len) {
        Node *last = body->items[body->len - 1];
        n->end_lineno = last->end_lineno;
        n->end_col_offset = last->end_col_offset;
    }
}

/* if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
 * elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
 * else_block: 'else' ':' block */
static Node *if_stmt(Parser *p)
{
    Token *start = advance(p);
    bool is_elif = start->type == T_KW_ELIF;
    Node *test = named_expression(p);
    if (!test || !header_colon(p, false, test)) return NULL;
    Node *n = node_from(p, N_If, start);
    if (!n) return NULL;
    n->u.while_.test = test;
    if (!block(p, &n->u.while_.body, is_elif ? "'elif' statement" : "'if' statement", start->lineno))
        return NULL;
    set_end(n, &n->u.while_.body);
    if (cur_type(p) == T_KW_ELIF) {
        Node *e = if_stmt(p);
        if (!e) return NULL;
        push(p, &n->u.while_.orelse, e);
        set_end(n, &n->u.while_.orelse);
    } else if (cur_type(p) == T_KW_ELSE) {
        Token *e = advance(p);
        if (!expect_forced(p, T_COLON)) return NULL;
        if (!block(p, &n->u.while_.orelse, "'else' statement", e->lineno)) return NULL;
        set_end(n, &n->u.while_.orelse);
    }
    return p->failed ? NULL : n;
}

static bool else_block(Parser *p, Node *n, NodeList *orelse)
{
    if (cur_type(p) != T_KW_ELSE) return true;
    Token *e = advance(p);
    if (!expect_forced(p, T_COLON)) return false;
    if (!block(p, orelse, "'else' statement", e->lineno)) return false;
    set_end(n, orelse);
    return true;
}

/* while_stmt: 'while' named_expression ':' block [else_block] */
static Node *while_stmt(Parser *p)
{
    Token *start = advance(p);
    Node *test = named_expression(p);
    if (!test || !header_colon(p, false, test)) return NULL;
    Node *n = node_from(p, N_While, start);
    if (!n) return NULL;
    n->u.while_.test = test;
    if (!block(p, &n->u.while_.body, "'while' statement", start->lineno)) return NULL;
    set_end(n, &n->u.while_.body);
    if (!else_block(p, n, &n->u.while_.orelse)) return NULL;
    return n;
}

/* for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block] */
static Node *for_stmt(Parser *p)
{
    Token *start = advance(p);
    Node *target = for_targets(p);
    if (!target) return NULL;
    if (!expect(p, T_KW_IN)) return NULL;
    Node *iter = star_expressions(p);
    if (!iter || !header_colon(p, false, NULL)) return NULL;
    Node *n = node_from(p, N_For, start);
    if (!n) return NULL;
    n->u.for_.target = target;
    n->u.for_.iter = iter;
    if (!block(p, &n->u.for_.body, "'for' statement", start->lineno)) return NULL;
    set_end(n, &n->u.for_.body);
    if (!else_block(p, n, &n->u.for_.orelse)) return NULL;
    return n;
}

/* A single target after 'as':  star_target: ['*'] bitwise_or (checked) */
static Node *as_target(Parser *p)
{
    Token *start = cur(p);
    Node *t;
    if (start->type == T_STAR) {
        advance(p);
        Node *v = bitwise_or(p);
        if (!v) return NULL;
        t = node_from(p, N_Starred, start);
        if (!t) return NULL;
        t->u.starred.value = v;
    } else {
        t = bitwise_or(p);
        if (!t) return NULL;
    }
    if (!check_target(p, t, STAR_TARGETS)) return NULL;
    return t;
}

/* with_item: expression ['as' star_target] */
static Node *with_item(Parser *p)
{
    Node *e = expression(p);
    if (!e) return NULL;
    Node *target = NULL;
    if (accept(p, T_KW_AS)) {
        target = as_target(p);
        if (!target) return NULL;
        int t = cur_type(p);
        if (t != T_COMMA && t != T_RPAR && t != T_COLON && t != T_NEWLINE) return invalid_syntax(p);
    }
    Node *w = new_node(p, N_WithItem, e->lineno, e->col_offset,
                       target ? target->end_lineno : e->end_lineno,
                       target ? target->end_col_offset : e->end_col_offset);
    if (!w) return NULL;
    w->u.withitem.context_expr = e;
    w->u.withitem.optional_vars = target;
    return w;
}

/* Is "with (" the start of parenthesised with-items: does the matching ')'
 * come right before the ':', or is there an 'as' directly inside? */
static bool with_parenthesized(Parser *p)
{
    int i = p->pos + 1, depth = 1;
    bool as = false;
    Token *first = tok_at(p, i);
    if (first->type == T_RPAR || first->type == T_KW_YIELD) return false;
    for (;; i++) {
        Token *t = tok_at(p, i);
        if (t->type == T_ENDMARKER || t->type == T_ERRORTOKEN || t->type == T_NEWLINE) return false;
        if (t->type == T_LPAR || t->type == T_LSQB || t->type == T_LBRACE) depth++;
        else if (t->type == T_RPAR || t->type == T_RSQB || t->type == T_RBRACE) {
            if (--depth == 0) return as || tok_at(p, i + 1)->type == T_COLON;
        } else if (t->type == T_KW_AS && depth == 1) {
            as = true;
        }
    }
}

/* with_stmt: 'with' '(' ','.with_item+ [','] ')' ':' block
 *          | 'with' ','.with_item+ ':' block */
static Node *with_stmt(Parser *p)
{
    Token *start = advance(p);
    Node *n = new_node(p, N_With, 0, 0, 0, 0);
    if (!n) return NULL;
    if (cur_type(p) == T_LPAR && with_parenthesized(p)) {
        advance(p);
        while (cur_type(p) != T_RPAR) {
            Node *w = with_item(p);
            if (!w) return NULL;
            push(p, &n->u.with.items, w);
            if (!accept(p, T_COMMA)) break;
        }
        if (!expect(p, T_RPAR)) return NULL;
    } else {
        do {
            Node *w = with_item(p);
            if (!w) return NULL;
            push(p, &n->u.with.items, w);
        } while (accept(p, T_COMMA));
    }
    if (!header_colon(p, false, NULL)) return NULL;
    Node *pos = node_from(p, N_With, start);
    if (!pos) return NULL;
    n->lineno = pos->lineno; n->col_offset = pos->col_offset;
    n->end_lineno = pos->end_lineno; n->end_col_offset = pos->end_col_offset;
    if (!block(p, &n->u.with.body, "'with' statement", start->lineno)) return NULL;
    set_end(n, &n->u.with.body);
    return n;
}

/* try_stmt: 'try' ':' block finally_block
 *         | 'try' ':' block except_block+ [else_block] [finally_block]
 * except_block: 'except' [expression ['as' NAME]] ':' block
 * finally_block: 'finally' ':' block */
static Node *try_stmt(Parser *p)
{
    Token *start = advance(p);
    if (!expect_forced(p, T_COLON)) return NULL;
    Node *n = node_from(p, N_Try, start);
    if (!n) return NULL;
    if (!block(p, &n->u.try_.body, "'try' statement", start->lineno)) return NULL;
    set_end(n, &n->u.try_.body);
    Node *bare = NULL;
    while (cur_type(p) == T_KW_EXCEPT) {
        Token *ex = advance(p);
        if (cur_type(p) == T_STAR) {
            error_tok(p, cur(p), "'except*' is not supported by molt");
            return NULL;
        }
        if (bare) {
            error_node(p, bare, "default 'except:' must be last");
            return NULL;
        }
        Node *type = NULL;
        Str *name = NULL;
        if (cur_type(p) != T_COLON && cur_type(p) != T_NEWLINE) {
            type = expression(p);
            if (!type) return NULL;
            if (cur_type(p) == T_COMMA) {
                Node *last = type;
                while (accept(p, T_COMMA)) {
                    if (cur_type(p) == T_COLON || cur_type(p) == T_KW_AS) break;
                    last = expression(p);
                    if (!last) return NULL;
                }
                if (cur_type(p) == T_COLON || cur_type(p) == T_KW_AS) {
                    error_range(p, type, last, "multiple exception types must be parenthesized");
                    return NULL;
                }
                return invalid_syntax(p);
            }
            if (accept(p, T_KW_AS)) {
                Token *nm = cur(p);
                if (nm->type != T_NAME) return invalid_syntax(p);
                advance(p);
                name = intern_tok(p, nm);
            }
        }
        if (!header_colon(p, false, NULL)) return NULL;
        Node *h = node_from(p, N_ExceptHandler, ex);
        if (!h) return NULL;
        h->u.handler.type = type;
        h->u.handler.name = name;
        if (!block(p, &h->u.handler.body, "'except' statement", ex->lineno)) return NULL;
        set_end(h, &h->u.handler.body);
        push(p, &n->u.try_.handlers, h);
        set_end(n, &n->u.try_.handlers);
        if (!type) bare = h;
    }
    if (n->u.try_.handlers.len && !else_block(p, n, &n->u.try_.orelse)) return NULL;
    if (cur_type(p) == T_KW_FINALLY) {
        Token *f = advance(p);
        if (!expect_forced(p, T_COLON)) return NULL;
        if (!block(p, &n->u.try_.finalbody, "'finally' statement", f->lineno)) return NULL;
        set_end(n, &n->u.try_.finalbody);
    } else if (n->u.try_.handlers.len == 0) {
        if (cur_type(p) == T_ERRORTOKEN) { lexer_failed(p); return NULL; }
        error_tok(p, cur(p), "expected 'except' or 'finally' block");
        return NULL;
    }
    return p->failed ? NULL : n;
}

/* The docstring of a body: its first statement, if a plain string. */
static Value docstring_of(NodeList *body)
{
    if (body->len == 0) return NONE;
    Node *s = body->items[0];
    if (s->kind == N_Expr && s->u.ret.value->kind == N_Constant &&
        IS_STR(s->u.ret.value->u.constant.value))
        return s->u.ret.value->u.constant.value;
    return NONE;
}

/* function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block */
static Node *function_def(Parser *p, NodeList *decorators)
{
    Token *start = advance(p);
    Token *name = cur(p);
    if (name->type != T_NAME) return invalid_syntax(p);
    advance(p);
    if (!expect_forced(p, T_LPAR)) return NULL;
    Node *args = params(p, false);
    if (!args || !expect(p, T_RPAR)) return NULL;
    Node *returns = NULL;
    if (accept(p, T_RARROW)) {
        returns = expression(p);
        if (!returns) return NULL;
    }
    if (!expect_forced(p, T_COLON)) return NULL;
    Node *n = node_from(p, N_FunctionDef, start);
    if (!n) return NULL;
    n->u.funcdef.name = intern_tok(p, name);
    n->u.funcdef.args = args;
    n->u.funcdef.returns = returns;
    if (decorators) n->u.funcdef.decorators = *decorators;
    if (!block(p, &n->u.funcdef.body, "function definition", start->lineno)) return NULL;
    set_end(n, &n->u.funcdef.body);
    n->u.funcdef.docstring = docstring_of(&n->u.funcdef.body);
    return p->failed ? NULL : n;
}

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
static Node *class_def(Parser *p, NodeList *decorators)
{
    Token *start = advance(p);
    Token *name = cur(p);
    if (name->type != T_NAME) return invalid_syntax(p);
    advance(p);
    Node *n = new_node(p, N_ClassDef, 0, 0, 0, 0);
    if (!n) return NULL;
    if (cur_type(p) == T_LPAR) {
        Token *lpar = advance(p);
        if (!arguments(p, &n->u.classdef.bases, &n->u.classdef.keywords, false, lpar)) return NULL;
        if (!expect(p, T_RPAR)) return NULL;
    }
    if (!header_colon(p, false, NULL)) return NULL;
    Node *pos = node_from(p, N_ClassDef, start);
    if (!pos) return NULL;
    n->lineno = pos->lineno; n->col_offset = pos->col_offset;
    n->end_lineno = pos->end_lineno; n->end_col_offset = pos->end_col_offset;
    n->u.classdef.name = intern_tok(p, name);
    if (decorators) n->u.classdef.decorators = *decorators;
    if (!block(p, &n->u.classdef.body, "class definition", start->lineno)) return NULL;
    set_end(n, &n->u.classdef.body);
    return p->failed ? NULL : n;
}

/* decorators: ('@' named_expression NEWLINE)+ (function_def_raw | class_def_raw) */
static Node *decorated(Parser *p)
{
    NodeList decorators = {0};
    while (accept(p, T_AT)) {
        Node *d = named_expression(p);
        if (!d) return NULL;
        if (cur_type(p) != T_NEWLINE) return invalid_syntax(p);
        advance(p);
        push(p, &decorators, d);
    }
    if (cur_type(p) == T_KW_DEF) return function_def(p, &decorators);
    if (cur_type(p) == T_KW_CLASS) return class_def(p, &decorators);
    if (cur_type(p) == T_KW_ASYNC) {
        error_tok(p, cur(p), "'async' is not supported by molt (async and await are out of its scope)");
        return NULL;
    }
    return invalid_syntax(p);
}

/* dotted_name: NAME ('.' NAME)* */
static Str *dotted_name(Parser *p)
{
    Token *t = cur(p);
    if (t->type != T_NAME) { invalid_syntax(p); return NULL; }
    advance(p);
    if (cur_type(p) != T_DOT) return intern_tok(p, t);
    Buf b = {0};
    size_t n;
    const char *s = tok_text(p, t, &n);
    if (!buf_add(p, &b, s, n)) return NULL;
    while (accept(p, T_DOT)) {
        Token *part = cur(p);
        if (part->type != T_NAME) { invalid_syntax(p); return NULL; }
        advance(p);
        s = tok_text(p, part, &n);
        if (!buf_addc(p, &b, '.') || !buf_add(p, &b, s, n)) return NULL;
    }
    Str *str = str_new(p->vm, b.data, b.len);
    if (str) str = str_intern(p->vm, str);
    if (!str) p->failed = p->vm_error = true;
    return str;
}

static Node *alias_node(Parser *p, Token *start, Str *name)
{
    Str *asname = NULL;
    if (accept(p, T_KW_AS)) {
        Token *a = cur(p);
        if (a->type != T_NAME) return invalid_syntax(p);
        advance(p);
        asname = intern_tok(p, a);
    }
    Node *n = node_from(p, N_Alias, start);
    if (!n) return NULL;
    n->u.alias.name = name;
    n->u.alias.asname = asname;
    return p->failed ? NULL : n;
}

/* import_name: 'import' dotted_as_names
 * dotted_as_name: dotted_name ['as' NAME] */
static Node *import_name(Parser *p)
{
    Token *start = advance(p);
    NodeList names = {0};
    do {
        Token *s = cur(p);
        Str *name = dotted_name(p);
        if (!name) return NULL;
        Node *a = alias_node(p, s, name);
        if (!a) return NULL;
        push(p, &names, a);
    } while (accept(p, T_COMMA));
    Node *n = node_from(p, N_Import, start);
    if (n) n->u.import.names = names;
    return p->failed ? NULL : n;
}

/* import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *            | 'from' ('.' | '...')+ 'import' import_from_targets
 * import_from_targets: '(' import_from_as_names [','] ')'
 *                    | import_from_as_names !',' | '*' */
static Node *import_from_stmt(Parser *p)
{
    Token *start = advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, T_DOT)) level++;
        else if (accept(p, T_ELLIPSIS)) level += 3;
        else break;
    }
    Str *module = NULL;
    if (cur_type(p) != T_KW_IMPORT || level == 0) {
        module = dotted_name(p);
        if (!module) return NULL;
    }
    if (!expect(p, T_KW_IMPORT)) return NULL;
    NodeList names = {0};
    Token *t = cur(p);
    if (t->type == T_STAR) {
        advance(p);
        Node *a = node_from(p, N_Alias, t);
        if (!a) return NULL;
        a->u.alias.name = str_intern_cstr(p->vm, "*");
        if (!a->u.alias.name) { p->failed = p->vm_error = true; return NULL; }
        push(p, &names, a);
    } else {
        bool paren = accept(p, T_LPAR);
        for (;;) {
            Token *s = cur(p);
            if (s->type != T_NAME) return invalid_syntax(p);
            advance(p);
            Node *a = alias_node(p, s, intern_tok(p, s));
            if (!a) return NULL;
            push(p, &names, a);
            if (!accept(p, T_COMMA)) break;
            if (paren && cur_type(p) == T_RPAR) break;
            if (!paren && cur_type(p) != T_NAME) {
                if (cur_type(p) == T_NEWLINE || cur_type(p) == T_SEMI || cur_type(p) == T_ENDMARKER) {
                    error_tok(p, cur(p), "trailing comma not allowed without surrounding parentheses");
                    return NULL;
                }
                return invalid_syntax(p);
            }
        }
        if (paren && !expect(p, T_RPAR)) return NULL;
    }
    Node *n = node_from(p, N_ImportFrom, start);
    if (!n) return NULL;
    n->u.importfrom.module = module;
    n->u.importfrom.names = names;
    n->u.importfrom.level = level;
    return p->failed ? NULL : n;
}

/* global_stmt: 'global' ','.NAME+
 * nonlocal_stmt: 'nonlocal' ','.NAME+ */
static Node *global_stmt(Parser *p)
{
    Token *start = advance(p);
    int n = 0, cap = 4;
    Str **names = mem_alloc(p->vm, (size_t)cap * sizeof(Str *));
    if (!names) { p->failed = p->vm_error = true; return NULL; }
    do {
        Token *t = cur(p);
        if (t->type != T_NAME) return invalid_syntax(p);
        advance(p);
        if (n == cap) {
            Str **nn = mem_alloc(p->vm, (size_t)cap * 2 * sizeof(Str *));
            if (!nn) { p->failed = p->vm_error = true; return NULL; }
            memcpy(nn, names, (size_t)n * sizeof(Str *));
            names = nn;
            cap *= 2;
        }
        names[n++] = intern_tok(p, t);
    } while (accept(p, T_COMMA));
    Node *g = node_from(p, start->type == T_KW_GLOBAL ? N_Global : N_Nonlocal, start);
    if (!g) return NULL;
    g->u.global.n = n;
    g->u.global.names = names;
    return p->failed ? NULL : g;
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE)
 * del_targets: ','.del_target+ [','] */
static Node *del_stmt(Parser *p)
{
    Token *start = advance(p);
    int at = p->pos;
    Node *e = star_expressions(p);
    if (!e) return tok_at(p, at)->type == T_STAR ? NULL : not_a_target(p, at);
    Node *n = node_from(p, N_Delete, start);
    if (!n) return NULL;
    bool bare_tuple = e->kind == N_Tuple && !tuple_has_parens(p, e);
    if (bare_tuple) {
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            if (!check_target(p, e->u.seq.elts.items[i], DEL_TARGETS)) return NULL;
            push(p, &n->u.del.targets, e->u.seq.elts.items[i]);
        }
    } else {
        if (!check_target(p, e, DEL_TARGETS)) return NULL;
        push(p, &n->u.del.targets, e);
    }
    return p->failed ? NULL : n;
}

static int augassign_op(int type)
{
    switch (type) {
    case T_PLUSEQUAL: return BINOP_ADD;
    case T_MINEQUAL: return BINOP_SUB;
    case T_STAREQUAL: return BINOP_MUL;
    case T_SLASHEQUAL: return BINOP_TRUEDIV;
    case T_DOUBLESLASHEQUAL: return BINOP_FLOORDIV;
    case T_PERCENTEQUAL: return BINOP_MOD;
    case T_ATEQUAL: return BINOP_MATMUL;
    case T_AMPEREQUAL: return BINOP_AND;
    case T_VBAREQUAL: return BINOP_OR;
    case T_CIRCUMFLEXEQUAL: return BINOP_XOR;
    case T_LEFTSHIFTEQUAL: return BINOP_LSHIFT;
    case T_RIGHTSHIFTEQUAL: return BINOP_RSHIFT;
    case T_DOUBLESTAREQUAL: return BINOP_POW;
    default: return -1;
    }
}

/* The right-hand side of an assignment: yield_expr | star_expressions */
static Node *assignment_value(Parser *p)
{
    if (cur_type(p) == T_KW_YIELD) return yield_expr(p);
    return star_expressions(p);
}

/* An assignment statement's first target is invalid: CPython's hint that
 * '==' was meant, or else "cannot assign to ...". */
static void invalid_first_target(Parser *p, Node *first)
{
    Node *e = first;
    if (e->kind == N_Tuple && !tuple_has_parens(p, e))
        e = e->u.seq.elts.items[e->u.seq.elts.len - 1];
    if (invalid_named_eq(p, e)) return;
    check_target(p, first, STAR_TARGETS);
}

/* assignment:
 *     | single_target ':' expression ['=' annotated_rhs]
 *     | (star_targets '=')+ (yield_expr | star_expressions)
 *     | single_target augassign (yield_expr | star_expressions)
 *     | star_expressions                      (an expression statement) */
static Node *expr_stmt(Parser *p)
{
    Token *start = cur(p);
    Node *first = assignment_value(p);
    if (!first) return NULL;
    int t = cur_type(p);

    if (t == T_COLON) {
        bool target_ok = first->kind == N_Name || first->kind == N_Attribute ||
                         first->kind == N_Subscript;
        if (!target_ok) {
            /* CPython's first pass stops at the ':'; its error rules blame
             * the target only if an annotation follows. */
            int end;
            if (!try_expression(p, p->pos + 1, false, &end)) {
                if (!p->failed) invalid_syntax(p);
                return NULL;
            }
        }
        if (first->kind == N_Tuple || first->kind == N_List) {
            Node *where = first;
            if (first->kind == N_Tuple && !tuple_has_parens(p, first))
                where = first->u.seq.elts.items[0];
            error_node(p, where, "only single target (not %s) can be annotated",
                       first->kind == N_Tuple ? "tuple" : "list");
            return NULL;
        }
        if (first->kind != N_Name && first->kind != N_Attribute && first->kind != N_Subscript) {
            error_node(p, first, "illegal target for annotation");
            return NULL;
        }
        advance(p);
        Node *ann = expression(p);
        if (!ann) return NULL;
        Node *value = NULL;
        if (accept(p, T_EQUAL)) {
            value = assignment_value(p);
            if (!value) return NULL;
        }
        Node *n = node_from(p, N_AnnAssign, start);
        if (!n) return NULL;
        set_ctx(first, CTX_STORE);
        n->u.annassign.target = first;
        n->u.annassign.annotation = ann;
        n->u.annassign.value = value;
        n->u.annassign.simple = first->kind == N_Name && !is_parenthesized(p, first);
        return n;
    }

    int op = augassign_op(t);
    if (op >= 0) {
        if (first->kind != N_Name && first->kind != N_Attribute && first->kind != N_Subscript) {
            /* blamed only if a right-hand side follows; else CPython's
             * first pass stopped at the operator */
            int end;
            bool rhs = tok_at(p, p->pos + 1)->type == T_KW_YIELD ||
                       try_expression(p, p->pos + 1, true, &end);
            if (p->failed) return NULL;
            if (!rhs) return invalid_syntax(p);
            error_node(p, first, "'%s' is an illegal expression for augmented assignment",
                       expr_name(first));
            return NULL;
        }
        advance(p);
        Node *value = assignment_value(p);
        if (!value) return NULL;
        Node *n = node_from(p, N_AugAssign, start);
        if (!n) return NULL;
        set_ctx(first, CTX_STORE);
        n->u.augassign.target = first;
        n->u.augassign.op = (BinOp)op;
        n->u.augassign.value = value;
        return n;
    }

    if (t == T_EQUAL) {
        NodeList targets = {0};
        Node *value = first;
        bool is_first = true;
        while (cur_type(p) == T_EQUAL) {
            if ((value->kind == N_Yield || value->kind == N_YieldFrom) &&
                !is_parenthesized(p, value)) {
                error_node(p, value, "assignment to yield expression not possible");
                return NULL;
            }
            if (invalid_target(value, STAR_TARGETS)) {
                if (is_first) invalid_first_target(p, value);
                else check_target(p, value, STAR_TARGETS);
                return NULL;
            }
            advance(p);
            push(p, &targets, value);
            value = assignment_value(p);
            if (!value) return NULL;
            is_first = false;
        }
        for (int i = 0; i < targets.len; i++) set_ctx(targets.items[i], CTX_STORE);
        Node *n = node_from(p, N_Assign, start);
        if (!n) return NULL;
        n->u.assign.targets = targets;
        n->u.assign.value = value;
        return p->failed ? NULL : n;
    }

    Node *n = node_from(p, N_Expr, start);
    if (n) n->u.ret.value = first;
    return n;
}

/* simple_stmt: assignment | star_expressions | return_stmt | import_stmt
 *            | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt
 *            | 'break' | 'continue' | global_stmt | nonlocal_stmt */
static Node *simple_stmt(Parser *p)
{
    Token *start = cur(p);
    Node *n;
    switch (start->type) {
    case T_KW_PASS: advance(p); return node_from(p, N_Pass, start);
    case T_KW_BREAK: advance(p); return node_from(p, N_Break, start);
    case T_KW_CONTINUE: advance(p); return node_from(p, N_Continue, start);
    case T_KW_RETURN: {
        /* return_stmt: 'return' [star_expressions] */
        advance(p);
        Node *v = NULL;
        if (can_start_expression(cur_type(p)) || cur_type(p) == T_STAR) {
            v = star_expressions(p);
            if (!v) return NULL;
        }
        n = node_from(p, N_Return, start);
        if (n) n->u.ret.value = v;
        return n;
    }
    case T_KW_RAISE: {
        /* raise_stmt: 'raise' expression ['from' expression] | 'raise' */
        advance(p);
        Node *exc = NULL, *cause = NULL;
        if (can_start_expression(cur_type(p))) {
            exc = expression(p);
            if (!exc) return NULL;
            if (accept(p, T_KW_FROM)) {
                cause = expression(p);
                if (!cause) return NULL;
            }
        }
        n = node_from(p, N_Raise, start);
        if (n) { n->u.raise.exc = exc; n->u.raise.cause = cause; }
        return n;
    }
    case T_KW_ASSERT: {
        /* assert_stmt: 'assert' expression [',' expression] */
        advance(p);
        Node *test = expression(p), *msg = NULL;
        if (!test) return NULL;
        if (accept(p, T_COMMA)) {
            msg = expression(p);
            if (!msg) return NULL;
        }
        n = node_from(p, N_Assert, start);
        if (n) { n->u.assert_.test = test; n->u.assert_.msg = msg; }
        return n;
    }
    case T_KW_DEL: return del_stmt(p);
    case T_KW_IMPORT: return import_name(p);
    case T_KW_FROM: return import_from_stmt(p);
    case T_KW_GLOBAL: case T_KW_NONLOCAL: return global_stmt(p);
    default: return expr_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static bool simple_stmts(Parser *p, NodeList *out)
{
    for (;;) {
        Node *s = simple_stmt(p);
        if (!s) return false;
        push(p, out, s);
        if (accept(p, T_SEMI)) {
            if (accept(p, T_NEWLINE)) return !p->failed;
            continue;
        }
        if (accept(p, T_NEWLINE)) return !p->failed;
        invalid_syntax(p);
        return false;
    }
}

/* Does a `match` statement start here?  (subject_expr ':' after the soft
 * keyword; molt does not have them, and says so.) */
static COLD bool is_match_stmt(Parser *p)
{
    Token *t = cur(p);
    size_t n;
    const char *s = tok_text(p, t, &n);
    if (t->type != T_NAME || n != 5 || memcmp(s, "match", 5) != 0) return false;
    int next = peek(p, 1)->type;
    if (!can_start_expression(next) && next != T_STAR) return false;
    Mark m;
    mark_save(p, &m);
    advance(p);
    bool ok = false;
    for (;;) {
        if (!star_named_expression(p)) break;
        if (!accept(p, T_COMMA) || cur_type(p) == T_COLON) {
            ok = cur_type(p) == T_COLON && peek(p, 1)->type == T_NEWLINE;
            break;
        }
    }
    if (!mark_restore(p, &m)) return false;
    return ok;
}

/* statement: compound_stmt | simple_stmts
 * compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
 *              | try_stmt | while_stmt | decorators (function_def | class_def) */
static bool statement(Parser *p, NodeList *out)
{
    Node *n;
    switch (cur_type(p)) {
    case T_KW_IF: n = if_stmt(p); break;
    case T_KW_WHILE: n = while_stmt(p); break;
    case T_KW_FOR: n = for_stmt(p); break;
    case T_KW_TRY: n = try_stmt(p); break;
    case T_KW_WITH: n = with_stmt(p); break;
    case T_KW_DEF: n = function_def(p, NULL); break;
    case T_KW_CLASS: n = class_def(p, NULL); break;
    case T_AT: n = decorated(p); break;
    case T_KW_ASYNC:
        error_tok(p, cur(p), "'async' is not supported by molt (async and await are out of its scope)");
        return false;
    default:
        if (is_match_stmt(p)) {
            error_tok(p, cur(p), "match statements are not supported by molt");
            return false;
        }
        if (p->failed) return false;
        return simple_stmts(p, out);
    }
    if (!n) return false;
    push(p, out, n);
    return !p->failed;
}

/* statements: statement+   (until `end`: DEDENT or ENDMARKER) */
static bool statements_until(Parser *p, NodeList *body, int end)
{
    while (cur_type(p) != end) {
        if (cur_type(p) == T_ENDMARKER || cur_type(p) == T_ERRORTOKEN) {
            if (cur_type(p) == T_ERRORTOKEN) lexer_failed(p);
            else invalid_syntax(p);
            return false;
        }
        if (!statement(p, body)) return false;
    }
    return true;
}

/* ======================================================================
 * entry points
 * ====================================================================== */

/* file: [statements] ENDMARKER */
static Node *file_input(Parser *p)
{
    Node *m = new_node(p, N_Module, 1, 0, 1, 0);
    if (!m) return NULL;
    if (!statements_until(p, &m->u.module.body, T_ENDMARKER)) return NULL;
    return m;
}

/* eval: expressions NEWLINE* ENDMARKER */
static Node *eval_input(Parser *p)
{
    Node *e = expressions(p);
    if (!e) return NULL;
    while (accept(p, T_NEWLINE)) {}
    if (cur_type(p) != T_ENDMARKER) return invalid_syntax(p);
    Node *m = new_node(p, N_Expression, 1, 0, 1, 0);
    if (m) m->u.expression.body = e;
    return m;
}

/* interactive: statement_newline
 * statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
 * Anything after the one statement is an error, as in CPython. */
static Node *interactive_input(Parser *p)
{
    Node *m = new_node(p, N_Interactive, 1, 0, 1, 0);
    if (!m) return NULL;
    int t = cur_type(p);
    if (t == T_ENDMARKER || t == T_NEWLINE) {
        /* nothing to compile: CPython reports it at offset 0 */
        error_raw(p, &exc_SyntaxError, 1, -1, 1, -1, "invalid syntax");
        return NULL;
    }
    bool compound = t == T_KW_IF || t == T_KW_WHILE || t == T_KW_FOR || t == T_KW_TRY ||
                    t == T_KW_WITH || t == T_KW_DEF || t == T_KW_CLASS || t == T_AT;
    if (!statement(p, &m->u.module.body)) return NULL;
    if (compound) accept(p, T_NEWLINE);
    t = cur_type(p);
    if (t == T_ERRORTOKEN) { lexer_failed(p); return NULL; }
    if (t != T_ENDMARKER) {
        if (compound) return invalid_syntax(p);
        error_tok(p, prev(p), "multiple statements found while compiling a single statement");
        return NULL;
    }
    return m;
}

/* CPython's rule: when the parser fails, the rest of the text is tokenized,
 * and a tokenizer error there (or a bracket never closed before the error
 * line) is reported instead — it is more likely to be the real mistake. */
static void check_rest_for_lexer_errors(Parser *p)
{
    Lexer *lx = p->lx;
    /* CPython compares with the line of the last token it had read. */
    int err_line = p->ntoks > 0 ? tok_slot(p, p->ntoks - 1)->lineno : p->err.raw_line;
    if (lx->err.kind == LEXERR_NONE) {
        Token t;
        do { lexer_next(lx, &t); } while (t.type != T_ENDMARKER && t.type != T_ERRORTOKEN);
        if (t.type != T_ERRORTOKEN) return;
    }
    LexError *le = &lx->err;
    bool take = le->kind == LEXERR_SYNTAX || (le->kind == LEXERR_EOF && le->eof == LEXEOF_STRING) ||
                (le->kind == LEXERR_EOF && le->eof == LEXEOF_BRACKET && le->lineno < err_line);
    if (!take) return;
    p->failed = false;
    lexer_failed(p);
}

static void raise_error(Parser *p)
{
    PError *e = &p->err;
    VM *vm = p->vm;
    /* The line is shown as text: bytes that are not UTF-8 become U+FFFD,
     * as CPython's "replace" decoding shows them. */
    size_t n = 0, len = e->text_len;
    char *buf = mem_alloc_atomic(vm, 3 * len + 2);
    if (!buf) return;
    const char *s = e->text;
    char why[160];
    while (len > 0) {
        size_t badlen = 1;
        size_t bad = lexer_utf8_error(s, len, why, sizeof why, &badlen);
        size_t good = bad == (size_t)-1 ? len : bad;
        memcpy(buf + n, s, good);
        n += good;
        if (bad == (size_t)-1) break;
        memcpy(buf + n, "\xEF\xBF\xBD", 3);
        n += 3;
        if (badlen < 1) badlen = 1;
        if (badlen > len - good) badlen = len - good;
        s += good + badlen;
        len -= good + badlen;
    }
    if (e->text_nl) buf[n++] = '\n';
    buf[n] = '\0';
    Str *text = str_new(vm, buf, n);
    if (!text) return;
    vm_raise_syntax(vm, e->type ? e->type : &exc_SyntaxError, e->msg, p->filename,
                    e->lineno, e->offset, text, e->end_lineno, e->end_offset);
}

static void parser_init(Parser *p, VM *vm, Lexer *lx, Str *filename, int mode)
{
    memset(p, 0, sizeof *p);
    p->vm = vm;
    p->lx = lx;
    p->filename = filename;
    p->mode = mode;
    p->chunk_shift = 10;
}

/* Parses the expression of an f-string replacement field.  `line`/`col`
 * are where its first character is in the file. */
static Node *parse_fstring_expr(Parser *parent, const char *text, size_t len, int line, int col)
{
    VM *vm = parent->vm;
    char *src = mem_alloc_atomic(vm, len + 4);
    if (!src) { parent->failed = parent->vm_error = true; return NULL; }
    src[0] = '(';
    memcpy(src + 1, text, len);
    src[len + 1] = ')';
    src[len + 2] = '\n';
    src[len + 3] = '\0';
    Lexer lx;
    Parser sp;
    parser_init(&sp, vm, &lx, parent->filename, MODE_EVAL);
    sp.fstring = true;
    sp.line_base = line - 1;
    sp.col_base = col - 1;
    sp.depth = parent->depth;
    sp.chunk_shift = 5;         /* replacement fields are short */
    Node *e = NULL;
    if (lexer_init(&lx, vm, src, len + 3) < 0) {
        lexer_failed(&sp);
    } else {
        e = star_expressions(&sp);
        if (e && !sp.failed) {
            if (cur_type(&sp) == T_NEWLINE) advance(&sp);
            if (cur_type(&sp) != T_ENDMARKER) { invalid_syntax(&sp); e = NULL; }
        }
        if (sp.failed && !sp.vm_error && !sp.err.from_lexer && !sp.err.no_rest_check)
            check_rest_for_lexer_errors(&sp);
    }
    if (sp.failed || !e) {
        if (sp.vm_error) { parent->failed = parent->vm_error = true; return NULL; }
        if (!parent->failed) {
            parent->failed = true;
            parent->err = sp.err;
            parent->err.raw_line = unmap_line(parent, sp.err.lineno);
        }
        return NULL;
    }
    return e;
}

Node *parse_source(VM *vm, const char *src, size_t len, Str *filename, int mode)
{
    Lexer lx;
    Parser p;
    parser_init(&p, vm, &lx, filename, mode);
    if (lexer_init(&lx, vm, src, len) < 0) {
        if (vm->exc) return NULL;
        lexer_failed(&p);
        raise_error(&p);
        return NULL;
    }
    Node *tree = mode == MODE_EVAL ? eval_input(&p)
               : mode == MODE_SINGLE ? interactive_input(&p)
               : file_input(&p);
    if (p.failed || !tree) {
        if (p.vm_error) return NULL;
        if (!p.failed) invalid_syntax(&p);
        if (!p.err.from_lexer && !p.err.no_rest_check) check_rest_for_lexer_errors(&p);
        raise_error(&p);
        return NULL;
    }
    return tree;
}
