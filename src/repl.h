/* repl.h — the interactive prompt (src/repl.c) and the terminal niceties
 * main.c shares with it: colour, tracebacks, the history file.
 */
#ifndef MOLT_REPL_H
#define MOLT_REPL_H

#include <stdio.h>
#include "object.h"

/* Runs the read-eval-print loop in __main__'s namespace until end of input
 * (returns 0) or an uncaught SystemExit (returns -1 with it pending, for
 * the caller to turn into the exit status).  On a terminal it reads with
 * GNU readline (history, completion); otherwise it reads lines from stdin
 * and writes its prompts to stderr, as CPython does.  `banner`: print the
 * version banner first. */
int repl_run(VM *vm, bool banner);

/* One line from the terminal with GNU readline (editing, history, Tab
 * completion once the REPL has set it up); NULL at end of input, or with
 * *interrupted set when Ctrl-C was pressed (vm->interrupted is then set
 * too).  The caller frees the line.  Ctrl-C is never lost, even when it
 * comes while readline is busy with a key. */
char *repl_readline(VM *vm, const char *prompt, bool *interrupted);

/* Prints an exception's traceback on stderr, as vm_print_exception does,
 * with the exception's own line in red when stderr is a terminal that
 * wants colour. */
void repl_print_exception(VM *vm, Value exc);

/* Should text written to `f` be coloured: a terminal, NO_COLOR unset or
 * empty, TERM not "dumb". */
bool repl_use_color(FILE *f);

#endif
