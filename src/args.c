/* args.c — binding the arguments of native functions, with CPython's
 * TypeError messages (those of Argument Clinic and PyArg_UnpackTuple).
 *
 * Parameter names in `names` may carry a prefix:
 *   '$'  this parameter and every later one are keyword-only;
 *   '/'  the parameters before this one are positional-only.
 * The prefix is not part of the name.
 */
#include <string.h>

#include "object.h"
#include "vm.h"

/* "len" and "len()" are both accepted as fname; messages want the bare name. */
static int bare_len(const char *fname)
{
    size_t n = strlen(fname);
    if (n >= 2 && fname[n - 2] == '(' && fname[n - 1] == ')')
        n -= 2;
    return (int)n;
}

static const char *param_name(const char *n)
{
    while (*n == '$' || *n == '/')
        n++;
    return n;
}

int args_parse(VM *vm, const char *fname, int argc, Value *argv, Tuple *kwnames,
               int nrequired, int nparams, const char *const *names, Value *out)
{
    int fl = bare_len(fname);
    int nkw = kwnames ? (int)kwnames->len : 0;
    int posonly = 0, maxpos = nparams;
    for (int i = 0; i < nparams; i++) {
        if (names[i][0] == '/' || (names[i][0] == '$' && names[i][1] == '/'))
            posonly = i;
        if (names[i][0] == '$' && maxpos == nparams)
            maxpos = i;
    }
    for (int i = 0; i < nparams; i++)
        out[i] = 0;

    if (argc + nkw > nparams) {
        vm_raise(vm, &exc_TypeError, "%.*s() takes at most %d %sargument%s (%d given)",
                 fl, fname, nparams, argc == 0 ? "keyword " : "",
                 nparams == 1 ? "" : "s", argc + nkw);
        return -1;
    }
    if (argc > maxpos) {
        if (maxpos == 0)
            vm_raise(vm, &exc_TypeError, "%.*s() takes no positional arguments", fl, fname);
        else
            vm_raise(vm, &exc_TypeError, "%.*s() takes %s %d positional argument%s (%d given)",
                     fl, fname, nrequired < maxpos ? "at most" : "exactly", maxpos,
                     maxpos == 1 ? "" : "s", argc);
        return -1;
    }
    for (int i = 0; i < argc; i++)
        out[i] = argv[i];

    /* as Argument Clinic: a missing required argument is reported before
     * an unexpected keyword */
    for (int i = argc; i < nrequired && i < nparams; i++) {
        const char *pn = param_name(names[i]);
        size_t pl = strlen(pn);
        bool given = false;
        for (int k = 0; k < nkw && !given && i >= posonly; k++) {
            Str *key = AS_STR(kwnames->items[k]);
            given = (size_t)key->len == pl && memcmp(pn, key->data, pl) == 0;
        }
        if (!given) {
            if (i < maxpos)
                vm_raise(vm, &exc_TypeError, "%.*s() missing required argument '%s' (pos %d)",
                         fl, fname, pn, i + 1);
            else
                vm_raise(vm, &exc_TypeError, "%.*s() missing required argument '%s'",
                         fl, fname, pn);
            return -1;
        }
    }

    for (int k = 0; k < nkw; k++) {
        Value kv = kwnames->items[k];
        Str *key = AS_STR(kv);
        int found = -1;
        for (int i = posonly; i < nparams; i++) {
            const char *pn = param_name(names[i]);
            if (strlen(pn) == (size_t)key->len && memcmp(pn, key->data, key->len) == 0) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            vm_raise(vm, &exc_TypeError, "'%s' is an invalid keyword argument for %.*s()",
                     key->data, fl, fname);
            return -1;
        }
        if (out[found]) {
            vm_raise(vm, &exc_TypeError,
                     "argument for %.*s() given by name ('%s') and position (%d)",
                     fl, fname, key->data, found + 1);
            return -1;
        }
        out[found] = argv[argc + k];
    }

    return 0;
}

int args_no_kw(VM *vm, const char *fname, Tuple *kwnames)
{
    if (kwnames && kwnames->len > 0) {
        vm_raise(vm, &exc_TypeError, "%.*s() takes no keyword arguments",
                 bare_len(fname), fname);
        return -1;
    }
    return 0;
}

int args_count(VM *vm, const char *fname, int argc, int min, int max)
{
    if (argc >= min && argc <= max)
        return 0;
    int fl = bare_len(fname);
    if (min == max) {
        if (min == 0)
            vm_raise(vm, &exc_TypeError, "%.*s() takes no arguments (%d given)", fl, fname, argc);
        else if (min == 1)
            vm_raise(vm, &exc_TypeError, "%.*s() takes exactly one argument (%d given)",
                     fl, fname, argc);
        else
            vm_raise(vm, &exc_TypeError, "%.*s expected %d arguments, got %d", fl, fname, min, argc);
    } else if (argc < min) {
        vm_raise(vm, &exc_TypeError, "%.*s expected at least %d argument%s, got %d",
                 fl, fname, min, min == 1 ? "" : "s", argc);
    } else {
        vm_raise(vm, &exc_TypeError, "%.*s expected at most %d argument%s, got %d",
                 fl, fname, max, max == 1 ? "" : "s", argc);
    }
    return -1;
}
