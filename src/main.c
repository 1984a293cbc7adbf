/* main.c — the `molt` command: options, running a script / -c / -m /
 * standard input as __main__, the exit status, and (for now) a plain
 * interactive loop.
 *
 *   molt [options] [FILE | -c CODE | -m MODULE | -] [args]
 *
 * The exit status follows CPython: 0 on success, 1 after an uncaught
 * exception (its traceback on stderr), SystemExit's code, 2 for a bad
 * command line or a script that cannot be opened, and death by SIGINT
 * after an uncaught KeyboardInterrupt (a shell sees 130).
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
/* readline's obsolete `Function` typedef would clash with molt's */
#define _FUNCTION_DEF
#include <readline/readline.h>
#include <readline/history.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"

static const char usage_line[] =
    "usage: molt [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static void usage(FILE *out)
{
    fputs(usage_line, out);
    fputs("Options:\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-m mod : run library module as a script (terminates option list)\n"
          "-i     : inspect interactively after running script\n"
          "-q     : don't print version messages on interactive startup\n"
          "-v     : trace the import system on stderr (finding, loading, reloading)\n"
          "-u     : unbuffered standard output and error\n"
          "-B, -E, -s, -S, -I, -O: accepted for compatibility and ignored\n"
          "-V     : print molt's version and exit (also --version): \"" MOLT_VERSION_LINE "\"\n"
          "-h     : print this help message and exit (also --help)\n"
          "--dis file : print the bytecode of file (and of the code objects in it), don't run it\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n"
          "\n"
          "Environment:\n"
          "MOLTPATH : ':'-separated list of directories searched by import after the\n"
          "           script's directory and before molt's own lib/.\n", out);
}

static int bad_usage(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fputs(usage_line, stderr);
    fputs("Try `molt -h' for more information.\n", stderr);
    return 2;
}

/* ---- Ctrl-C --------------------------------------------------------------------- */

static VM *signal_vm;

static void on_sigint(int sig)
{
    (void)sig;
    if (signal_vm)
        signal_vm->interrupted = 1;
}

/* No SA_RESTART: a blocking read or sleep returns EINTR, so Ctrl-C is seen
 * at once and raised as KeyboardInterrupt.  As CPython, a SIGINT that the
 * parent set to be ignored (a background job) stays ignored. */
static void install_sigint(VM *vm)
{
    signal_vm = vm;
    struct sigaction sa, old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* ---- how an exception ends the program ------------------------------------------ */

static void flush_stdio(VM *vm)
{
    Value out = sys_get(vm, "stdout");
    if (out && !IS_NONE(out) && !file_check(out)) {
        if (file_flush(vm, out) < 0)
            vm_exc_clear(vm);
    }
    fflush(stdout);
    fflush(stderr);
}

/* SystemExit(code): None is 0, an int is the status, anything else is
 * printed to stderr and gives 1. */
static int system_exit_status(VM *vm, Value exc)
{
    Value code = obj_getattr_cstr(vm, exc, "code");
    if (!code) {
        vm_exc_clear(vm);
        code = NONE;
    }
    if (IS_NONE(code))
        return 0;
    if (int_check(code)) {
        int64_t n;
        if (!int_to_i64(code, &n))
            return -1;
        return (int)n;
    }
    flush_stdio(vm);
    Value text = obj_str(vm, code);
    if (text)
        fprintf(stderr, "%s\n", AS_STR(text)->data);
    else
        vm_exc_clear(vm);
    return 1;
}

/* The pending exception at the end of a program: its exit status. */
static int uncaught(VM *vm)
{
    Value exc = vm_exc_take(vm);
    if (!exc)
        return 0;
    if (obj_isinstance_type(exc, &exc_SystemExit))
        return system_exit_status(vm, exc);
    flush_stdio(vm);
    vm_print_exception(vm, exc);
    fflush(stderr);
    if (obj_isinstance_type(exc, &exc_KeyboardInterrupt)) {
        /* as CPython: die of the signal, so the shell knows */
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        return 130;
    }
    return 1;
}

static int finish(VM *vm, int status)
{
    flush_stdio(vm);
    return status;
}

/* ---- the interactive loop (the full REPL is src/repl.c's job) ------------------------ */

/* Does the text need more lines: open brackets, an open triple-quoted
 * string, a trailing backslash, or a compound statement not yet ended by an
 * empty line? */
static bool needs_more(const char *text, bool *block, bool last_empty)
{
    int depth = 0;
    char quote = 0;
    bool triple = false;
    const char *p = text, *last_significant = NULL;
    for (; *p; p++) {
        char c = *p;
        if (quote) {
            if (c == '\\' && p[1]) {
                p++;
                continue;
            }
            if (c == quote) {
                if (!triple)
                    quote = 0;
                else if (p[1] == quote && p[2] == quote) {
                    quote = 0;
                    p += 2;
                }
            } else if (c == '\n' && !triple) {
                quote = 0;
            }
            continue;
        }
        if (c == '#') {
            while (p[1] && p[1] != '\n')
                p++;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            triple = p[1] == c && p[2] == c;
            if (triple)
                p += 2;
            last_significant = p;
            continue;
        }
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0)
            depth--;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            last_significant = p;
    }
    if (quote && triple)
        return true;
    if (depth > 0)
        return true;
    if (last_significant && *last_significant == '\\' && last_significant[1] == '\n')
        return true;
    if (last_significant && *last_significant == ':')
        *block = true;       /* a compound statement ends with an empty line */
    return *block && !last_empty;
}

/* The first line starts a compound statement (which the user ends with an
 * empty line): a decorator or a compound keyword. */
static bool opens_block(const char *line)
{
    static const char *const keywords[] = { "def", "class", "if", "for", "while", "try",
                                            "with", "async", NULL };
    while (*line == ' ' || *line == '\t')
        line++;
    if (*line == '@')
        return true;
    for (int i = 0; keywords[i]; i++) {
        size_t n = strlen(keywords[i]);
        if (!strncmp(line, keywords[i], n) && !(isalnum((unsigned char)line[n]) || line[n] == '_'))
            return true;
    }
    return false;
}

/* One line of input with a prompt: readline on a terminal, stdio otherwise.
 * Returns NULL at end of input; *interrupted on Ctrl-C. */
static char *read_line(VM *vm, const char *prompt, bool tty, bool *interrupted)
{
    *interrupted = false;
    if (tty) {
        char *line = rt_readline(vm, prompt, interrupted);
        if (line && *line)
            add_history(line);
        return line;
    }
    fputs(prompt, stderr);
    fflush(stderr);
    StrBuf sb;
    sb_init(&sb, vm);
    for (;;) {
        int c = getchar();
        if (c == EOF) {
            if (ferror(stdin) && errno == EINTR && vm->interrupted) {
                clearerr(stdin);
                *interrupted = true;
                return NULL;
            }
            if (sb.len == 0)
                return NULL;
            break;
        }
        if (c == '\n')
            break;
        sb_addc(&sb, (char)c);
    }
    sb_addc(&sb, 0);
    return strdup(sb.data);
}

static int interactive(VM *vm, bool quiet)
{
    bool tty = isatty(fileno(stdin));
    if (!quiet)
        fprintf(stderr, "%s on linux\nType Ctrl-D to exit.\n", MOLT_VERSION_LINE);
    if (!import_main_module(vm))
        return uncaught(vm);
    Dict *globals = ((Module *)AS_OBJ(vm->main_module))->dict;
    Str *filename = str_intern_cstr(vm, "<stdin>");
    for (;;) {
        StrBuf src;
        sb_init(&src, vm);
        bool block = false, more = false, interrupted = false, eof = false;
        do {
            char *line = read_line(vm, more ? "... " : ">>> ", tty, &interrupted);
            if (interrupted)
                break;
            if (!line) {
                eof = true;
                break;
            }
            if (!more)
                block = opens_block(line);
            bool empty = line[strspn(line, " \t")] == 0;
            sb_adds(&src, line);
            sb_addc(&src, '\n');
            free(line);
            more = needs_more(src.data, &block, empty);
        } while (more);
        if (interrupted) {
            fputs("\nKeyboardInterrupt\n", stderr);
            vm->interrupted = 0;
            continue;
        }
        if (eof && src.len == 0)
            return 0;
        if (src.len == 0 || src.data[strspn(src.data, " \t\n")] == 0) {
            if (eof)
                return 0;
            continue;
        }
        Code *code = compile_source(vm, src.data, src.len, filename, MODE_SINGLE);
        Value r = code ? vm_run_code(vm, code, globals, 0) : 0;
        fflush(stdout);
        if (!r) {
            Value exc = vm_exc_take(vm);
            if (obj_isinstance_type(exc, &exc_SystemExit))
                return system_exit_status(vm, exc);
            vm_print_exception(vm, exc);
            vm->interrupted = 0;
        }
        if (eof)
            return 0;
    }
}

/* ---- running things ----------------------------------------------------------------- */

static int read_all_stdin(VM *vm, StrBuf *sb)
{
    char buf[16384];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
        sb_add(sb, buf, n);
    return 0;
}

/* sys.path[0] for a script: its directory, symlinks resolved. */
static const char *script_dir(VM *vm, const char *path)
{
    char *real = realpath(path, NULL);
    Str *s = str_from_cstr(vm, real ? real : path);
    free(real);
    if (!s)
        return "";
    struct stat st;
    if (stat(s->data, &st) == 0 && S_ISDIR(st.st_mode))
        return s->data;       /* a directory runs its __main__.py */
    char *slash = strrchr(s->data, '/');
    if (!slash)
        return "";
    if (slash == s->data)
        return "/";
    *slash = 0;
    return s->data;
}

static int dis_file(VM *vm, const char *path)
{
    size_t len;
    char *src = import_read_file(vm, path, &len);
    if (!src)
        return uncaught(vm);
    Code *code = compile_source(vm, src, len, str_from_cstr(vm, path), MODE_EXEC);
    if (!code)
        return uncaught(vm);
    dis_code(vm, code, stdout);
    return finish(vm, 0);
}

int main(int argc, char **argv)
{
    const char *command = NULL, *module = NULL, *dis = NULL;
    bool inspect = false, quiet = false, verbose = false, unbuffered = false, from_stdin = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) {
            from_stdin = a[0] == '-';
            break;
        }
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (!strcmp(a, "--version")) {
            printf("%s\n", MOLT_VERSION_LINE);
            return 0;
        }
        if (!strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(a, "--dis")) {
            if (i + 1 >= argc)
                return bad_usage("Argument expected for the %s option\n", "--dis");
            dis = argv[++i];
            continue;
        }
        if (a[1] == '-')
            return bad_usage("unknown option %s\n", a);
        /* single-letter options, possibly grouped: -Bq, -c'code' */
        bool done = false;
        for (const char *p = a + 1; *p && !done; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    char opt[3] = { '-', *p, 0 };
                    return bad_usage("Argument expected for the %s option\n", opt);
                }
                if (*p == 'c')
                    command = val;
                else
                    module = val;
                done = true;
                break;
            }
            case 'X':
            case 'W':
                if (!p[1] && i + 1 < argc)
                    i++;
                done = true;
                break;
            case 'V': printf("%s\n", MOLT_VERSION_LINE); return 0;
            case 'h':
            case '?': usage(stdout); return 0;
            case 'i': inspect = true; break;
            case 'q': quiet = true; break;
            case 'v': verbose = true; break;
            case 'u': unbuffered = true; break;
            case 'B': case 'E': case 's': case 'S': case 'I': case 'O': case 'd': case 'b':
            case 'P': case 'R':
                break;
            default: {
                char opt[3] = { '-', *p, 0 };
                return bad_usage("Unknown option: %s\n", opt);
            }
            }
        }
        if (command || module) {
            i++;
            break;
        }
    }

    if (unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }
    VM *vm = vm_new(argc, argv);
    if (!vm)
        return 1;
    vm->trace_imports = verbose;
    install_sigint(vm);

    if (dis)
        return dis_file(vm, dis);

    int status = 0, rc;
    char **rest = argv + i;
    int nrest = argc - i;
    if (command) {
        /* sys.argv = ['-c', args...] */
        rest[-1] = "-c";
        if (sys_set_argv(vm, nrest + 1, rest - 1) < 0 || sys_set_path(vm, "") < 0)
            return uncaught(vm);
        rc = run_main_source(vm, command, strlen(command), "<string>", NULL);
        status = rc < 0 ? uncaught(vm) : 0;
    } else if (module) {
        char cwd[PATH_MAX];
        rest[-1] = "-m";
        if (!getcwd(cwd, sizeof cwd))
            cwd[0] = 0;
        if (sys_set_argv(vm, nrest + 1, rest - 1) < 0 || sys_set_path(vm, cwd) < 0)
            return uncaught(vm);
        rc = run_main_module(vm, module);
        status = rc < 0 ? uncaught(vm) : rc;
    } else if (nrest > 0 && !from_stdin) {
        const char *path = rest[0];
        if (sys_set_argv(vm, nrest, rest) < 0 || sys_set_path(vm, script_dir(vm, path)) < 0)
            return uncaught(vm);
        rc = run_main_file(vm, path);
        if (rc == 2)
            return finish(vm, 2);
        status = rc < 0 ? uncaught(vm) : 0;
    } else if (from_stdin || !isatty(fileno(stdin))) {
        if (sys_set_argv(vm, nrest, rest) < 0 || sys_set_path(vm, "") < 0)
            return uncaught(vm);
        if (inspect && isatty(fileno(stdin)))
            return finish(vm, interactive(vm, quiet));
        StrBuf sb;
        sb_init(&sb, vm);
        read_all_stdin(vm, &sb);
        rc = run_main_source(vm, sb.data ? sb.data : "", sb.len, "<stdin>", "<stdin>");
        status = rc < 0 ? uncaught(vm) : 0;
        inspect = false;
    } else {
        if (sys_set_argv(vm, 0, NULL) < 0 || sys_set_path(vm, "") < 0)
            return uncaught(vm);
        return finish(vm, interactive(vm, quiet));
    }
    if (inspect)
        status = interactive(vm, true);
    return finish(vm, status);
}
