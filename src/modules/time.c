/* time.c — the `time` module: clocks, sleep, and the calendar conversions
 * (struct_time, localtime, gmtime, mktime, strftime, strptime) over the C
 * library.
 *
 * sleep() waits in nanosleep and wakes on Ctrl-C: the SIGINT handler sets
 * vm->interrupted, the interrupted nanosleep returns EINTR, and the sleep
 * raises KeyboardInterrupt as CPython's does.
 */
#define _GNU_SOURCE     /* strptime, timegm */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"
#include "objects/strutil.h"

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
    "tm_isdst", "tm_zone", "tm_gmtoff"
};
static STRUCTSEQ_TYPE(struct_time_type, "time.struct_time", struct_time_fields, 11, 9);

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Value clock_ns(VM *vm, clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64(vm, (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

/* CPython names these "time.time()" in its messages */
#define NO_ARGS(fname) \
    if (args_no_kw(vm, "time." fname, kw) < 0 || args_count(vm, "time." fname, argc, 0, 0) < 0) \
        return 0

/* The "gmtime() takes at most 1 argument (3 given)" form of the optional
 * argument functions. */
static int at_most(VM *vm, const char *fname, int argc, Tuple *kw, int max)
{
    if (args_no_kw(vm, fname, kw) < 0)
        return -1;
    if (argc <= max)
        return 0;
    vm_raise(vm, &exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, max,
             max == 1 ? "" : "s", argc);
    return -1;
}

static Value t_time(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("time");
    return float_new(vm, clock_seconds(CLOCK_REALTIME));
}

static Value t_time_ns(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("time_ns");
    return clock_ns(vm, CLOCK_REALTIME);
}

static Value t_monotonic(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("monotonic");
    return float_new(vm, clock_seconds(CLOCK_MONOTONIC));
}

static Value t_monotonic_ns(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("monotonic_ns");
    return clock_ns(vm, CLOCK_MONOTONIC);
}

/* perf_counter is the monotonic clock, under its own name */
static Value t_perf_counter(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("perf_counter");
    return float_new(vm, clock_seconds(CLOCK_MONOTONIC));
}

static Value t_perf_counter_ns(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("perf_counter_ns");
    return clock_ns(vm, CLOCK_MONOTONIC);
}

static Value t_process_time(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("process_time");
    return float_new(vm, clock_seconds(CLOCK_PROCESS_CPUTIME_ID));
}

static Value t_process_time_ns(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("process_time_ns");
    return clock_ns(vm, CLOCK_PROCESS_CPUTIME_ID);
}

/* A number of seconds: float, int or anything with __float__/__index__. */
static int seconds_arg(VM *vm, Value v, double *out)
{
    if (!IS_FLOAT(v) && !int_check(v)) {
        TypeObject *t = TYPE_OF(v);
        if (!t->to_float && !t->index) {
            vm_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(v));
            return -1;
        }
    }
    return float_as_double(vm, v, out);
}

static Value t_sleep(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "time.sleep", kw) < 0 || args_count(vm, "time.sleep", argc, 1, 1) < 0)
        return 0;
    double secs;
    if (seconds_arg(vm, argv[0], &secs) < 0)
        return 0;
    if (isnan(secs))
        return vm_raise(vm, &exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0)
        return vm_raise(vm, &exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9)
        return vm_raise(vm, &exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    struct timespec req;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    while (nanosleep(&req, &req) != 0) {
        if (errno != EINTR)
            return vm_raise_errno(vm, errno, 0);
        if (vm_check_interrupt(vm) < 0)
            return 0;
    }
    return vm_check_interrupt(vm) < 0 ? 0 : NONE;
}

static Value struct_time_from_tm(VM *vm, const struct tm *tm)
{
    Value items[11] = {
        MK_INT(tm->tm_year + 1900), MK_INT(tm->tm_mon + 1), MK_INT(tm->tm_mday),
        MK_INT(tm->tm_hour), MK_INT(tm->tm_min), MK_INT(tm->tm_sec),
        MK_INT((tm->tm_wday + 6) % 7), MK_INT(tm->tm_yday + 1), MK_INT(tm->tm_isdst),
        OBJ_VAL(str_from_cstr(vm, tm->tm_zone ? tm->tm_zone : "")), int_from_i64(vm, tm->tm_gmtoff)
    };
    return structseq_new(vm, &struct_time_type, items);
}

/* The optional seconds argument of localtime/gmtime/ctime (None: now). */
static int when_arg(VM *vm, int argc, Value *argv, time_t *out)
{
    if (argc == 0 || IS_NONE(argv[0])) {
        *out = time(NULL);
        return 0;
    }
    double secs;
    if (seconds_arg(vm, argv[0], &secs) < 0)
        return -1;
    if (!isfinite(secs) || secs > 1e18 || secs < -1e18) {
        vm_raise(vm, &exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(secs);
    return 0;
}

static Value convert_time(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname, bool local)
{
    if (at_most(vm, fname, argc, kw, 1) < 0)
        return 0;
    time_t t;
    if (when_arg(vm, argc, argv, &t) < 0)
        return 0;
    struct tm tm;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return vm_raise_errno(vm, errno ? errno : EOVERFLOW, 0);
    return struct_time_from_tm(vm, &tm);
}

static Value t_localtime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return convert_time(vm, argc, argv, kw, "localtime", true);
}

static Value t_gmtime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return convert_time(vm, argc, argv, kw, "gmtime", false);
}

/* A struct_time or 9-tuple back into a struct tm. */
static int tm_arg(VM *vm, Value v, const char *fname, struct tm *tm)
{
    memset(tm, 0, sizeof *tm);
    if (!IS_OBJ(v) || !type_is_subtype(AS_OBJ(v)->type, &type_tuple)) {
        vm_raise(vm, &exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    Tuple *t = AS_TUPLE(v);
    if (t->len != 9) {
        vm_raise(vm, &exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++)
        if (obj_index_int64(vm, t->items[i], &f[i]) < 0)
            return -1;
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)(f[1] - 1);
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)(f[7] - 1);
    tm->tm_isdst = (int)f[8];
    if (AS_OBJ(v)->type == &struct_time_type.type) {
        /* strptime leaves tm_zone and tm_gmtoff unset (NULL slots) or None */
        Value zone = t->len > 9 ? t->items[9] : 0;
        if (zone && str_check(zone))
            tm->tm_zone = AS_STR(zone)->data;
        Value gmtoff = t->len > 10 ? t->items[10] : 0;
        int64_t off;
        if (gmtoff && int_check(gmtoff) && int_to_i64(gmtoff, &off))
            tm->tm_gmtoff = off;
    }
    return 0;
}

static int now_or_tm(VM *vm, int argc, Value *argv, int index, const char *fname, struct tm *tm)
{
    if (argc > index)
        return tm_arg(vm, argv[index], fname, tm);
    time_t t = time(NULL);
    localtime_r(&t, tm);
    return 0;
}

static Value t_mktime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "time.mktime", kw) < 0 || args_count(vm, "time.mktime", argc, 1, 1) < 0)
        return 0;
    struct tm tm;
    if (tm_arg(vm, argv[0], "mktime", &tm) < 0)
        return 0;
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return vm_raise(vm, &exc_OverflowError, "mktime argument out of range");
    return float_new(vm, (double)t);
}

static Value t_strftime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (at_most(vm, "strftime", argc, kw, 2) < 0)
        return 0;
    if (argc < 1)
        return vm_raise(vm, &exc_TypeError, "strftime() takes at least 1 argument (0 given)");
    if (!str_check(argv[0]))
        return vm_raise(vm, &exc_TypeError, "strftime() argument 1 must be str, not %s",
                        str_arg_type_name(argv[0]));
    struct tm tm;
    if (now_or_tm(vm, argc, argv, 1, "strftime", &tm) < 0)
        return 0;
    const char *fmt = AS_STR(argv[0])->data;
    if (!*fmt)
        return OBJ_VAL(str_intern_cstr(vm, ""));
    for (size_t cap = 256; cap <= (1u << 20); cap *= 2) {
        char *buf = mem_alloc_atomic(vm, cap);
        if (!buf)
            return 0;
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap >= 1024 * strlen(fmt))
            return OBJ_VAL(str_new(vm, buf, n));
    }
    return OBJ_VAL(str_intern_cstr(vm, ""));
}

/* asctime's fixed format: 'Thu Jan  1 00:00:00 1970' */
static Value format_asctime(VM *vm, const struct tm *tm)
{
    static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                          "Aug", "Sep", "Oct", "Nov", "Dec" };
    int wd = tm->tm_wday >= 0 && tm->tm_wday < 7 ? tm->tm_wday : 0;
    int mo = tm->tm_mon >= 0 && tm->tm_mon < 12 ? tm->tm_mon : 0;
    return OBJ_VAL(str_printf(vm, "%s %s %2d %02d:%02d:%02d %d", days[wd], months[mo], tm->tm_mday,
                              tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900));
}

static Value t_asctime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "asctime", kw) < 0 || args_count(vm, "asctime", argc, 0, 1) < 0)
        return 0;
    struct tm tm;
    if (now_or_tm(vm, argc, argv, 0, "asctime", &tm) < 0)
        return 0;
    return format_asctime(vm, &tm);
}

static Value t_ctime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (at_most(vm, "ctime", argc, kw, 1) < 0)
        return 0;
    time_t t;
    if (when_arg(vm, argc, argv, &t) < 0)
        return 0;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return vm_raise_errno(vm, errno ? errno : EOVERFLOW, 0);
    return format_asctime(vm, &tm);
}

/* strptime(string, format): the C library parses; CPython's messages,
 * defaults (1900-01-01 00:00:00) and its tm_isdst of -1 are kept. */
static Value t_strptime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "data_string", "format" };
    Value a[2];
    if (argc == 0 && !(kw && kw->len))     /* CPython's is a Python function */
        return vm_raise(vm, &exc_TypeError,
                        "_strptime_time() missing 1 required positional argument: 'data_string'");
    if (args_parse(vm, "strptime", argc, argv, kw, 1, 2, names, a) < 0)
        return 0;
    for (int k = 0; k < 2; k++)
        if (a[k] && !str_check(a[k]))
            return vm_raise(vm, &exc_TypeError, "strptime() argument %d must be str, not <class '%s'>",
                            k, type_name(a[k]));
    Str *data = AS_STR(a[0]);
    const char *fmt = a[1] ? AS_STR(a[1])->data : "%a %b %d %H:%M:%S %Y";
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_mday = 1;
    const char *end = strptime(data->data, fmt, &tm);
    if (!end) {
        Value dr = obj_repr(vm, a[0]);
        Value fr = a[1] ? obj_repr(vm, a[1]) : OBJ_VAL(str_from_cstr(vm, "'%a %b %d %H:%M:%S %Y'"));
        if (!dr || !fr)
            return 0;
        return vm_raise(vm, &exc_ValueError, "time data %s does not match format %s",
                        AS_STR(dr)->data, AS_STR(fr)->data);
    }
    if (*end)
        return vm_raise(vm, &exc_ValueError, "unconverted data remains: %s", end);
    /* the weekday and day of the year follow from the date */
    struct tm norm = tm;
    norm.tm_hour = 12;
    time_t t = timegm(&norm);
    if (t != (time_t)-1) {
        tm.tm_wday = norm.tm_wday;
        tm.tm_yday = norm.tm_yday;
    }
    Value items[11] = {
        MK_INT(tm.tm_year + 1900), MK_INT(tm.tm_mon + 1), MK_INT(tm.tm_mday),
        MK_INT(tm.tm_hour), MK_INT(tm.tm_min), MK_INT(tm.tm_sec),
        MK_INT((tm.tm_wday + 6) % 7), MK_INT(tm.tm_yday + 1), MK_INT(-1), NONE, NONE
    };
    return structseq_new(vm, &struct_time_type, items);
}

static Value t_thread_time(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("thread_time");
    return float_new(vm, clock_seconds(CLOCK_THREAD_CPUTIME_ID));
}

static Value t_thread_time_ns(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("thread_time_ns");
    return clock_ns(vm, CLOCK_THREAD_CPUTIME_ID);
}

static int clock_arg(VM *vm, int argc, Value *argv, Tuple *kw, const char *fname, clockid_t *out)
{
    int64_t id;
    if (args_no_kw(vm, fname, kw) < 0 || args_count(vm, fname, argc, 1, 1) < 0 ||
        obj_index_int64(vm, argv[0], &id) < 0)
        return -1;
    struct timespec ts;
    if (clock_getres((clockid_t)id, &ts) != 0) {
        vm_raise_errno(vm, errno, 0);
        return -1;
    }
    *out = (clockid_t)id;
    return 0;
}

static Value t_clock_gettime(VM *vm, int argc, Value *argv, Tuple *kw)
{
    clockid_t id;
    return clock_arg(vm, argc, argv, kw, "clock_gettime", &id) < 0 ? 0 : float_new(vm, clock_seconds(id));
}

static Value t_clock_gettime_ns(VM *vm, int argc, Value *argv, Tuple *kw)
{
    clockid_t id;
    return clock_arg(vm, argc, argv, kw, "clock_gettime_ns", &id) < 0 ? 0 : clock_ns(vm, id);
}

static Value t_clock_getres(VM *vm, int argc, Value *argv, Tuple *kw)
{
    clockid_t id;
    if (clock_arg(vm, argc, argv, kw, "clock_getres", &id) < 0)
        return 0;
    struct timespec ts;
    clock_getres(id, &ts);
    return float_new(vm, (double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static Value t_tzset(VM *vm, int argc, Value *argv, Tuple *kw)
{
    NO_ARGS("tzset");
    tzset();
    return NONE;
}

static const MethodDef time_functions[] = {
    { "time", t_time, 0, "Return the current time in seconds since the Epoch." },
    { "time_ns", t_time_ns, 0, "Return the current time in nanoseconds since the Epoch." },
    { "perf_counter", t_perf_counter, 0, "Performance counter for benchmarking." },
    { "perf_counter_ns", t_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds." },
    { "monotonic", t_monotonic, 0, "Monotonic clock, cannot go backward." },
    { "monotonic_ns", t_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds." },
    { "process_time", t_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time." },
    { "process_time_ns", t_process_time_ns, 0, "Process time for profiling as nanoseconds." },
    { "sleep", t_sleep, 0, "Delay execution for a given number of seconds." },
    { "localtime", t_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time." },
    { "gmtime", t_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC." },
    { "mktime", t_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch." },
    { "strftime", t_strftime, 0, "Convert a time tuple to a string according to a format specification." },
    { "asctime", t_asctime, 0, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'." },
    { "ctime", t_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time." },
    { "strptime", t_strptime, 0, "Parse a string to a time tuple according to a format specification." },
    { "thread_time", t_thread_time, 0, "Thread time for profiling: sum of the kernel and user-space CPU time." },
    { "thread_time_ns", t_thread_time_ns, 0, "Thread time for profiling as nanoseconds." },
    { "clock_gettime", t_clock_gettime, 0, "Return the time of the specified clock clk_id." },
    { "clock_gettime_ns", t_clock_gettime_ns, 0, "Return the time of the specified clock clk_id as nanoseconds." },
    { "clock_getres", t_clock_getres, 0, "Return the resolution (precision) of the specified clock clk_id." },
    { "tzset", t_tzset, 0, "Initialize, or reinitialize, the local timezone to the value of the environment variable TZ." },
    { 0 }
};

Value time_module_init(VM *vm)
{
    Value m = module_new(vm, str_intern_cstr(vm, "time"));
    if (!m)
        return 0;
    Dict *d = ((Module *)AS_OBJ(m))->dict;
    if (rt_add_functions(vm, d, time_functions) < 0)
        return 0;
    if (!(struct_time_type.type.flags & TF_READY) && type_ready(vm, &struct_time_type.type) < 0)
        return 0;
    tzset();
    Str *std = str_from_cstr(vm, tzname[0]), *dst = str_from_cstr(vm, tzname[1]);
    Value names = std && dst ? tuple_pack(vm, 2, OBJ_VAL(std), OBJ_VAL(dst)) : 0;
    if (!names ||
        dict_set_cstr(vm, d, "struct_time", OBJ_VAL(&struct_time_type.type)) < 0 ||
        dict_set_cstr(vm, d, "timezone", int_from_i64(vm, timezone)) < 0 ||
        dict_set_cstr(vm, d, "altzone", int_from_i64(vm, timezone - (daylight ? 3600 : 0))) < 0 ||
        dict_set_cstr(vm, d, "daylight", MK_INT(daylight)) < 0 ||
        dict_set_cstr(vm, d, "tzname", names) < 0 ||
        dict_set_cstr(vm, d, "CLOCK_REALTIME", MK_INT(CLOCK_REALTIME)) < 0 ||
        dict_set_cstr(vm, d, "CLOCK_MONOTONIC", MK_INT(CLOCK_MONOTONIC)) < 0 ||
        dict_set_cstr(vm, d, "CLOCK_PROCESS_CPUTIME_ID", MK_INT(CLOCK_PROCESS_CPUTIME_ID)) < 0 ||
        dict_set_cstr(vm, d, "CLOCK_THREAD_CPUTIME_ID", MK_INT(CLOCK_THREAD_CPUTIME_ID)) < 0 ||
        dict_set_cstr(vm, d, "__doc__", OBJ_VAL(str_from_cstr(vm,
            "This module provides various functions to manipulate time values."))) < 0)
        return 0;
    return m;
}
