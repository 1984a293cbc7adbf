/* ast.c — allocation of syntax-tree nodes and their kind names.
 *
 * Nodes live on the GC heap like everything else: a tree is dropped by
 * forgetting its root, which matters for exec/eval/compile called in loops.
 */
#include "ast.h"
#include "vm.h"

#include <string.h>

const char *const node_kind_names[N_COUNT] = {
#define X(k) #k,
    NODE_KINDS(X)
#undef X
};

Node *node_new(VM *vm, NodeKind kind, int lineno, int col, int end_lineno, int end_col)
{
    Node *n = mem_alloc(vm, sizeof(Node));
    if (!n) return NULL;
    n->kind = kind;
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
}

/* Appends n; on allocation failure the list is left as it was (MemoryError
 * is pending in vm->exc for the caller to notice). */
void nodelist_push(VM *vm, NodeList *l, Node *n)
{
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = mem_alloc(vm, (size_t)cap * sizeof(Node *));
        if (!items) return;
        if (l->len) memcpy(items, l->items, (size_t)l->len * sizeof(Node *));
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}
