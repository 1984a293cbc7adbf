/* main.c — the `molt` command: options, running a script / -c / -m /
 * standard input as __main__, the interactive prompt (repl.c) when there is
 * nothing to run or -i asks for it afterwards, and the exit status.
 *
 *   molt [options] [FILE | -c CODE | -m MODULE | -] [args]
 *
 * The exit status follows CPython: 0 on success, 1 after an uncaught
 * exception (its traceback on stderr), SystemExit's code, 2 for a bad
 * command line or a script that cannot be opened, and death by SIGINT
 * after an uncaught KeyboardInterrupt (a shell sees 130).
 */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "object.h"
#include "vm.h"
#include "runtime.h"
#include "repl.h"

static const char usage_line[] =
    "usage: molt [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static void usage(FILE *out)
{
    fputs(usage_line, out);
    fputs("Options (as CPython's where they overlap):\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-m mod : run library module as a script (terminates option list)\n"
          "-i     : inspect interactively after running script, command or module,\n"
          "         even after an uncaught exception\n"
          "-q     : don't print the version banner on interactive startup\n"
          "-v     : trace the import system on stderr: each import as it happens\n"
          "         (found in sys.modules, or where found and loaded) and each reload\n"
          "-u     : unbuffered standard output and error\n"
          "-B, -b, -d, -E, -I, -O, -P, -R, -s, -S : accepted for compatibility, ignored\n"
          "-W arg, -X opt : accepted for compatibility, ignored\n"
          "-V     : print molt's version and exit (also --version): \"" MOLT_VERSION_LINE "\"\n"
          "-h     : print this help message and exit (also -? and --help)\n"
          "--dis file : print the bytecode of file (and of the code objects in it), don't run it\n"
          "--     : end of options: what follows is the file and its arguments\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n"
          "\n"
          "Exit status: 0, 1 after an uncaught exception, 2 for a bad command line or a\n"
          "file that cannot be opened, SystemExit's code; killed by SIGINT after an\n"
          "uncaught KeyboardInterrupt.\n"
          "\n"
          "Interactive mode: GNU readline editing, Tab completion, history kept in\n"
          "~/.molt_history; Ctrl-C interrupts, Ctrl-D at an empty prompt leaves.\n"
          "\n"
          "Environment:\n"
          "MOLTPATH     : ':'-separated list of directories searched by import after the\n"
          "               script's directory and before molt's own lib/.\n"
          "MOLT_HISTFILE: the interactive history file instead of ~/.molt_history.\n"
          "NO_COLOR     : when set (and not empty), no colour in prompts and tracebacks\n"
          "               (there is colour only on a terminal, and never with TERM=dumb).\n", out);
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
    repl_print_exception(vm, exc);
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
    } else if (module) {
        char cwd[PATH_MAX];
        rest[-1] = "-m";
        if (!getcwd(cwd, sizeof cwd))
            cwd[0] = 0;
        if (sys_set_argv(vm, nrest + 1, rest - 1) < 0 || sys_set_path(vm, cwd) < 0)
            return uncaught(vm);
        rc = run_main_module(vm, module);
    } else if (nrest > 0 && !from_stdin) {
        const char *path = rest[0];
        if (sys_set_argv(vm, nrest, rest) < 0 || sys_set_path(vm, script_dir(vm, path)) < 0)
            return uncaught(vm);
        rc = run_main_file(vm, path);
    } else {
        /* standard input: sys.argv is [''] or ['-', args...] */
        char *empty[] = { "" };
        if (sys_set_argv(vm, nrest ? nrest : 1, nrest ? rest : empty) < 0 ||
            sys_set_path(vm, "") < 0)
            return uncaught(vm);
        if (inspect || isatty(fileno(stdin))) {
            /* the prompt, on a terminal or (with -i) on whatever stdin is */
            rc = repl_run(vm, !quiet);
            return finish(vm, rc < 0 ? uncaught(vm) : 0);
        }
        StrBuf sb;
        sb_init(&sb, vm);
        read_all_stdin(vm, &sb);
        rc = run_main_source(vm, sb.data ? sb.data : "", sb.len, "<stdin>", "<stdin>");
    }
    if (!inspect) {
        if (rc < 0)
            return uncaught(vm);
        return finish(vm, rc);     /* 0, or 1/2 after a message (-m, a missing file) */
    }
    /* -i: whatever happened, show it and go on at the prompt with the
     * program's globals; even SystemExit is only reported, as CPython. */
    if (rc < 0) {
        Value exc = vm_exc_take(vm);
        flush_stdio(vm);
        if (exc)
            repl_print_exception(vm, exc);
    }
    rc = repl_run(vm, false);
    status = rc < 0 ? uncaught(vm) : 0;
    return finish(vm, status);
}
