/* compile.c — the compile pipeline's front door: source text to code object.
 *
 * Lexing and parsing happen in parse_source (parser.c); the symbol table and
 * code generation in compiler.c.  Keeping this glue separate lets exec(),
 * eval(), compile(), import and the REPL all share one entry point.
 */
#include "symtable.h"
#include "vm.h"

Code *compile_source(VM *vm, const char *src, size_t len, Str *filename, CompileMode mode)
{
    Node *tree = parse_source(vm, src, len, filename, (int)mode);
    if (!tree) return NULL;
    return compiler_compile(vm, tree, filename, (int)mode, src, len);
}
