/* file.c — file objects: what open() returns, and sys.stdin/stdout/stderr.
 *
 * One type serves CPython's whole io stack (TextIOWrapper over
 * BufferedReader over FileIO): a stdio FILE* does the buffering, and this
 * file adds what Python promises on top of it — text mode decodes UTF-8,
 * ASCII or Latin-1 (UnicodeDecodeError on bad bytes, or the error handler
 * given to open()) and translates newlines, binary mode
 * deals in bytes, and every operation on a closed file is a ValueError.
 *
 * A file dropped without close() is closed by a GC finalizer: the only
 * finalizer in molt, because a FILE* is the only resource outside the heap.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gc.h>

#include "object.h"
#include "vm.h"
#include "runtime.h"
#include "utf8.h"
#include "objects/strutil.h"

/* The File of object.h plus what only this file needs. */
typedef enum { NL_TRANSLATE, NL_ANY, NL_LF, NL_CR, NL_CRLF } NewlineMode;
typedef struct FileObj {
    File f;
    Value name;          /* as given to open(): str, bytes or int */
    Str *encoding;       /* text mode only: the name as given */
    Codec codec;         /* text mode: how bytes and characters map */
    Str *errors;         /* text mode: the error handler ("strict", ...) */
    NewlineMode newline;
    int last_op;         /* stdio needs a seek between reads and writes */
    off_t read_ahead;    /* text files: how far CPython's text layer would have read */
    bool seekable;
    Value buffer;        /* text files: the binary file over the same FILE*, made on demand */
} FileObj;

enum { OP_NONE, OP_READ, OP_WRITE };

TypeObject *file_unsupported_operation = &exc_OSError;

#define FO(v) ((FileObj *)AS_OBJ(v))

bool file_check(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == &type_file;
}

void *file_stdio(Value v)
{
    if (!file_check(v) || FO(v)->f.closed)
        return NULL;
    return FO(v)->f.fp;
}

/* ---- errors ------------------------------------------------------------------- */

static Value closed_error(VM *vm)
{
    return vm_raise(vm, &exc_ValueError, "I/O operation on closed file.");
}

static Value unsupported(VM *vm, const char *what)
{
    return vm_raise(vm, file_unsupported_operation, "%s", what);
}

/* Checks shared by every operation; `need` is 'r', 'w' or 0. */
static FileObj *file_arg(VM *vm, Value self, int need)
{
    if (!file_check(self)) {
        vm_raise(vm, &exc_TypeError, "descriptor requires a '_io.TextIOWrapper' object but received a '%s'",
                 type_name(self));
        return NULL;
    }
    FileObj *fo = FO(self);
    if (fo->f.closed) {
        closed_error(vm);
        return NULL;
    }
    if (need == 'r' && !fo->f.readable) {
        unsupported(vm, fo->f.binary ? "read" : "not readable");
        return NULL;
    }
    if (need == 'w' && !fo->f.writable) {
        unsupported(vm, fo->f.binary ? "write" : "not writable");
        return NULL;
    }
    return fo;
}

/* A read or write error from stdio: a Ctrl-C that interrupted a blocking
 * read becomes KeyboardInterrupt, anything else an OSError. */
static int io_error(VM *vm, FileObj *fo)
{
    int err = errno;
    clearerr((FILE *)fo->f.fp);
    if (err == EINTR) {
        if (vm_check_interrupt(vm) < 0)
            return -1;
        return 0;          /* spurious: the caller retries */
    }
    vm_raise_errno(vm, err ? err : EIO, 0);
    return -1;
}

/* stdio requires a positioning call between a read and a write.  Where a
 * text file's write after reads lands follows CPython: its text layer reads
 * ahead (see note_text_read) and the write goes where that reading ended,
 * at most the end of the file, not where the program's reading stopped. */
static void switch_op(FileObj *fo, int op)
{
    FILE *fp = fo->f.fp;
    if (op == OP_READ && fo->last_op != OP_READ && fo->seekable)
        fo->read_ahead = ftello(fp);
    if (fo->last_op != OP_NONE && fo->last_op != op && fo->seekable) {
        off_t pos = ftello(fp);
        if (op == OP_WRITE && !fo->f.binary && fo->read_ahead > pos) {
            fseeko(fp, 0, SEEK_END);
            off_t size = ftello(fp);
            fseeko(fp, fo->read_ahead < size ? fo->read_ahead : size, SEEK_SET);
        } else {
            fseeko(fp, 0, SEEK_CUR);
        }
    }
    fo->last_op = op;
}

/* CPython's text layer reads its buffer in chunks: read(n) asks for
 * max(8192, characters still wanted) at a time, readline and iteration
 * 8192 at a time until the line is complete, read() everything.  `pos0`
 * is where this read started, `want` the characters asked for (< 0: all,
 * LINE_WANT: a line). */
#define TEXT_CHUNK 8192
#define LINE_WANT INT64_MIN
static void note_text_read(FileObj *fo, off_t pos0, int64_t want)
{
    if (fo->f.binary || !fo->seekable)
        return;
    off_t pos = ftello((FILE *)fo->f.fp);
    if (want == LINE_WANT) {
        while (fo->read_ahead < pos)
            fo->read_ahead += TEXT_CHUNK;
        struct stat st;
        if (fstat(fileno((FILE *)fo->f.fp), &st) == 0 && pos >= st.st_size)
            want = -1;      /* the line ran to the end: so did the reading */
        else
            return;
    }
    if (want < 0) {
        fo->read_ahead = (off_t)INT64_MAX;     /* capped to the size when used */
        return;
    }
    int64_t remaining = want - (fo->read_ahead - pos0);
    while (remaining > 0) {
        int64_t chunk = remaining > TEXT_CHUNK ? remaining : TEXT_CHUNK;
        fo->read_ahead += chunk;
        remaining -= chunk;
    }
}

/* ---- reading ------------------------------------------------------------------- */

/* Reads one byte, retrying after a harmless EINTR.  Returns the byte, EOF at
 * end of file, or -2 with an exception set. */
static int get_byte(VM *vm, FileObj *fo)
{
    FILE *fp = fo->f.fp;
    for (;;) {
        int c = getc_unlocked(fp);
        if (c != EOF)
            return c;
        if (!ferror(fp)) {
            clearerr(fp);      /* a terminal or a growing file may give more later */
            return EOF;
        }
        if (io_error(vm, fo) < 0)
            return -2;
    }
}

/* Reads up to n bytes (n < 0: to end of file) into sb. */
static int read_raw(VM *vm, FileObj *fo, int64_t n, StrBuf *sb)
{
    FILE *fp = fo->f.fp;
    char buf[8192];
    while (n != 0) {
        size_t want = sizeof buf;
        if (n > 0 && (uint64_t)n < want)
            want = (size_t)n;
        size_t got = fread(buf, 1, want, fp);
        if (got > 0) {
            sb_add(sb, buf, got);
            if (n > 0)
                n -= (int64_t)got;
        }
        if (got < want) {
            if (ferror(fp)) {
                if (io_error(vm, fo) < 0)
                    return -1;
                continue;
            }
            clearerr(fp);
            break;          /* end of file */
        }
    }
    return 0;
}

/* Applies the newline mode of a text file to bytes just read. */
static void translate_newlines(FileObj *fo, StrBuf *sb, size_t from)
{
    if (fo->newline != NL_TRANSLATE)
        return;
    char *p = sb->data;
    size_t j = from;
    for (size_t i = from; i < sb->len; i++) {
        if (p[i] == '\r') {
            p[j++] = '\n';
            if (i + 1 < sb->len && p[i + 1] == '\n')
                i++;
        } else {
            p[j++] = p[i];
        }
    }
    sb->len = j;
}

/* Turns the bytes read into a str with the file's codec, raising
 * UnicodeDecodeError as CPython's strict codecs do. */
static Value text_result(VM *vm, FileObj *fo, StrBuf *sb)
{
    if (fo->codec != CODEC_UTF8 || !str_eq_cstr(fo->errors, "strict"))
        return str_decode(vm, sb->data ? sb->data : "", sb->len, str_codec_name(fo->codec),
                          fo->errors->data);
    int64_t end = 0;
    const char *reason = NULL;
    int64_t bad = utf8_check(sb->data ? sb->data : "", sb->len, &end, &reason);
    if (bad >= 0) {
        /* UnicodeDecodeError(encoding, object, start, end, reason) */
        Value args[5] = { OBJ_VAL(str_from_cstr(vm, "utf-8")), bytes_new(vm, sb->data, sb->len),
                          MK_INT(bad), MK_INT(end), OBJ_VAL(str_from_cstr(vm, reason)) };
        if (!args[0] || !args[1] || !args[4])
            return 0;
        Value exc = exc_new(vm, &exc_UnicodeDecodeError, 5, args);
        return exc ? vm_raise_value(vm, exc) : 0;
    }
    return OBJ_VAL(sb_finish(sb));
}

/* Reads one line (up to `limit` characters or bytes, < 0: no limit) of raw
 * bytes into sb, with the newline handling of the file's mode. */
static int read_line(VM *vm, FileObj *fo, int64_t limit, StrBuf *sb)
{
    int64_t count = 0;
    while (limit < 0 || count < limit) {
        int c = get_byte(vm, fo);
        if (c == -2)
            return -1;
        if (c == EOF)
            break;
        if (!fo->f.binary && fo->newline != NL_LF && c == '\r') {
            int d = get_byte(vm, fo);
            if (d == -2)
                return -1;
            bool crlf = d == '\n';
            if (!crlf && d != EOF)
                ungetc(d, (FILE *)fo->f.fp);
            switch (fo->newline) {
            case NL_TRANSLATE:
                sb_addc(sb, '\n');
                return 0;
            case NL_ANY:
                sb_add(sb, crlf ? "\r\n" : "\r", crlf ? 2 : 1);
                return 0;
            case NL_CR:
                if (crlf)
                    ungetc('\n', (FILE *)fo->f.fp);
                sb_addc(sb, '\r');
                return 0;
            case NL_CRLF:
                if (crlf) {
                    sb_add(sb, "\r\n", 2);
                    return 0;
                }
                sb_addc(sb, '\r');
                count++;
                continue;
            default:
                break;
            }
        }
        sb_addc(sb, (char)c);
        count++;
        /* a character of a UTF-8 text file is its whole sequence */
        if (!fo->f.binary && fo->codec == CODEC_UTF8 && c >= 0xC0) {
            int more = utf8_seqlen((unsigned char)c) - 1;
            while (more-- > 0) {
                int d = get_byte(vm, fo);
                if (d == -2)
                    return -1;
                if (d == EOF)
                    break;
                if ((d & 0xC0) != 0x80) {
                    ungetc(d, (FILE *)fo->f.fp);
                    break;
                }
                sb_addc(sb, (char)d);
            }
        }
        if (c == '\n' && (fo->f.binary || fo->newline == NL_TRANSLATE ||
                          fo->newline == NL_ANY || fo->newline == NL_LF))
            break;
    }
    return 0;
}

/* Reads n characters of a text file (n >= 0). */
static int read_chars(VM *vm, FileObj *fo, int64_t n, StrBuf *sb)
{
    while (n > 0) {
        size_t before = sb->len;
        if (read_line(vm, fo, n, sb) < 0)
            return -1;
        if (sb->len == before)
            break;
        n -= fo->codec == CODEC_UTF8 ? utf8_count(sb->data + before, sb->len - before)
                                     : (int64_t)(sb->len - before);
    }
    return 0;
}

static int size_arg(VM *vm, Value v, int64_t *out)
{
    *out = -1;
    if (v == 0 || IS_NONE(v))
        return 0;
    if (!int_check(v)) {
        vm_raise(vm, &exc_TypeError, "argument should be integer or None, not '%s'", type_name(v));
        return -1;
    }
    return obj_index_int64(vm, v, out);
}

static Value file_read(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "size" };
    Value a[1];
    if (args_parse(vm, "read", argc - 1, argv + 1, kw, 0, 1, names, a) < 0)
        return 0;
    FileObj *fo = file_arg(vm, argv[0], 'r');
    int64_t n;
    if (!fo || size_arg(vm, a[0], &n) < 0)
        return 0;
    switch_op(fo, OP_READ);
    StrBuf sb;
    sb_init(&sb, vm);
    if (fo->f.binary) {
        if (read_raw(vm, fo, n, &sb) < 0)
            return 0;
        return bytes_new(vm, sb.data ? sb.data : "", sb.len);
    }
    off_t pos0 = fo->seekable ? ftello((FILE *)fo->f.fp) : 0;
    if (n < 0) {
        if (read_raw(vm, fo, -1, &sb) < 0)
            return 0;
        translate_newlines(fo, &sb, 0);
    } else if (read_chars(vm, fo, n, &sb) < 0) {
        return 0;
    }
    note_text_read(fo, pos0, n);
    return text_result(vm, fo, &sb);
}

static Value readline_value(VM *vm, FileObj *fo, int64_t limit)
{
    switch_op(fo, OP_READ);
    StrBuf sb;
    sb_init(&sb, vm);
    if (read_line(vm, fo, limit, &sb) < 0)
        return 0;
    if (fo->f.binary)
        return bytes_new(vm, sb.data ? sb.data : "", sb.len);
    note_text_read(fo, 0, LINE_WANT);
    return text_result(vm, fo, &sb);
}

static int64_t value_len(Value v)
{
    if (IS_STR(v))
        return AS_STR(v)->len;
    return ((Bytes *)AS_OBJ(v))->len;
}

static Value file_readline(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "size" };
    Value a[1];
    if (args_parse(vm, "readline", argc - 1, argv + 1, kw, 0, 1, names, a) < 0)
        return 0;
    FileObj *fo = file_arg(vm, argv[0], 'r');
    int64_t n;
    if (!fo || size_arg(vm, a[0], &n) < 0)
        return 0;
    return readline_value(vm, fo, n);
}

static Value file_readlines(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "hint" };
    Value a[1];
    if (args_parse(vm, "readlines", argc - 1, argv + 1, kw, 0, 1, names, a) < 0)
        return 0;
    FileObj *fo = file_arg(vm, argv[0], 'r');
    int64_t hint;
    if (!fo || size_arg(vm, a[0], &hint) < 0)
        return 0;
    List *l = list_new(vm, 0);
    if (!l)
        return 0;
    int64_t total = 0;
    for (;;) {
        Value line = readline_value(vm, fo, -1);
        if (!line)
            return 0;
        int64_t n = value_len(line);
        if (n == 0)
            break;
        if (list_append(vm, l, line) < 0)
            return 0;
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return OBJ_VAL(l);
}

static Value file_iternext(VM *vm, Value self)
{
    FileObj *fo = file_arg(vm, self, 'r');
    if (!fo)
        return 0;
    Value line = readline_value(vm, fo, -1);
    if (!line || value_len(line) == 0)
        return 0;
    return line;
}

static Value file_iter(VM *vm, Value self)
{
    if (!file_arg(vm, self, 0))
        return 0;
    return self;
}

/* ---- writing ------------------------------------------------------------------ */

static int write_bytes(VM *vm, FileObj *fo, const char *s, size_t len)
{
    FILE *fp = fo->f.fp;
    switch_op(fo, OP_WRITE);
    while (len > 0) {
        size_t done = fwrite(s, 1, len, fp);
        s += done;
        len -= done;
        if (len > 0 && io_error(vm, fo) < 0)
            return -1;
    }
    return 0;
}

/* Text written to a file with newline='\r' or '\r\n' has its '\n' replaced. */
static int write_text(VM *vm, FileObj *fo, const char *s, size_t len)
{
    if (fo->newline != NL_CR && fo->newline != NL_CRLF)
        return write_bytes(vm, fo, s, len);
    const char *nl = fo->newline == NL_CR ? "\r" : "\r\n";
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '\n')
            continue;
        if (write_bytes(vm, fo, s + start, i - start) < 0 ||
            write_bytes(vm, fo, nl, strlen(nl)) < 0)
            return -1;
        start = i + 1;
    }
    return write_bytes(vm, fo, s + start, len - start);
}

static Value file_write(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "write", kw) < 0 || args_count(vm, "write", argc - 1, 1, 1) < 0)
        return 0;
    FileObj *fo = file_arg(vm, argv[0], 'w');
    if (!fo)
        return 0;
    Value v = argv[1];
    if (fo->f.binary) {
        const unsigned char *data;
        int64_t len;
        if (!bytes_like_data(v, &data, &len))
            return vm_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'",
                            type_name(v));
        if (write_bytes(vm, fo, (const char *)data, (size_t)len) < 0)
            return 0;
        return int_from_i64(vm, len);
    }
    if (!str_check(v))
        return vm_raise(vm, &exc_TypeError, "write() argument must be str, not %s", type_name(v));
    Str *s = AS_STR(v);
    if (fo->codec != CODEC_UTF8 || !STR_IS_ASCII(s)) {
        /* encode (and so check) what is not plain ASCII: a UTF-8 str may
         * hold surrogates, which the codec refuses */
        Value b = str_encode(vm, s, str_codec_name(fo->codec), fo->errors->data);
        if (!b)
            return 0;
        Bytes *bb = (Bytes *)AS_OBJ(b);
        if (write_text(vm, fo, (const char *)bb->data, (size_t)bb->len) < 0)
            return 0;
    } else if (write_text(vm, fo, s->data, (size_t)s->len) < 0) {
        return 0;
    }
    return int_from_i64(vm, s->cplen);
}

static Value file_writelines(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (args_no_kw(vm, "writelines", kw) < 0 || args_count(vm, "writelines", argc - 1, 1, 1) < 0)
        return 0;
    if (!file_arg(vm, argv[0], 'w'))
        return 0;
    Value it = obj_iter(vm, argv[1]);
    if (!it)
        return 0;
    for (;;) {
        Value line = obj_next(vm, it);
        if (!line)
            return vm->exc ? 0 : NONE;
        Value args[2] = { argv[0], line };
        if (!file_write(vm, 2, args, NULL))
            return 0;
    }
}

int file_write_text(VM *vm, Value file, const char *s, size_t len)
{
    if (file_check(file)) {
        FileObj *fo = file_arg(vm, file, 'w');
        if (!fo)
            return -1;
        if (fo->f.binary) {
            vm_raise(vm, &exc_TypeError, "a bytes-like object is required, not 'str'");
            return -1;
        }
        return write_text(vm, fo, s, len);
    }
    Str *str = str_new(vm, s, len);
    if (!str)
        return -1;
    Value arg = OBJ_VAL(str);
    return obj_call_method(vm, file, "write", 1, &arg) ? 0 : -1;
}

int file_flush(VM *vm, Value file)
{
    if (file_check(file)) {
        FileObj *fo = FO(file);
        if (fo->f.closed) {
            closed_error(vm);
            return -1;
        }
        fflush((FILE *)fo->f.fp);
        return 0;
    }
    Value flush = obj_getattr_cstr(vm, file, "flush");
    if (!flush) {
        if (vm_exc_matches(vm, &exc_AttributeError)) {
            vm_exc_clear(vm);
            return 0;
        }
        return -1;
    }
    return obj_call0(vm, flush) ? 0 : -1;
}

/* ---- the rest of the methods -------------------------------------------------- */

static Value noargs(VM *vm, const char *name, int argc, Tuple *kw)
{
    if (args_no_kw(vm, name, kw) < 0 || args_count(vm, name, argc - 1, 0, 0) < 0)
        return 0;
    return NONE;
}

/* A text file's buffer shares its FILE*: closing one closes both. */
static void detach_buffer(FileObj *fo)
{
    if (fo->buffer) {
        FO(fo->buffer)->f.closed = true;
        FO(fo->buffer)->f.fp = NULL;
    }
}

static void do_close(FileObj *fo)
{
    detach_buffer(fo);
    if (fo->f.closed)
        return;
    fo->f.closed = true;
    if (fo->f.owns_fp)
        fclose((FILE *)fo->f.fp);
    else
        fflush((FILE *)fo->f.fp);
    fo->f.fp = NULL;
}

static Value file_close(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "close", argc, kw))
        return 0;
    if (!file_check(argv[0]))
        return file_arg(vm, argv[0], 0) ? NONE : 0;
    FileObj *fo = FO(argv[0]);
    if (!fo->f.closed && fo->f.owns_fp) {
        FILE *fp = fo->f.fp;
        detach_buffer(fo);
        fo->f.closed = true;
        fo->f.fp = NULL;
        if (fclose(fp) != 0)
            return vm_raise_errno(vm, errno, 0);
        return NONE;
    }
    do_close(fo);
    return NONE;
}

static Value file_flush_m(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "flush", argc, kw))
        return 0;
    FileObj *fo = file_arg(vm, argv[0], 0);
    if (!fo)
        return 0;
    if (fflush((FILE *)fo->f.fp) != 0 && fo->f.writable)
        return vm_raise_errno(vm, errno, 0);
    return NONE;
}

/* fileno() and isatty() come from the raw layer in CPython, whose message
 * has no final period. */
static FileObj *raw_arg(VM *vm, Value self)
{
    if (file_check(self) && FO(self)->f.closed) {
        vm_raise(vm, &exc_ValueError, "I/O operation on closed file");
        return NULL;
    }
    return file_arg(vm, self, 0);
}

static Value file_fileno(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "fileno", argc, kw))
        return 0;
    FileObj *fo = raw_arg(vm, argv[0]);
    return fo ? MK_INT(fileno((FILE *)fo->f.fp)) : 0;
}

static Value file_isatty(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "isatty", argc, kw))
        return 0;
    FileObj *fo = raw_arg(vm, argv[0]);
    return fo ? BOOL_VAL(isatty(fileno((FILE *)fo->f.fp))) : 0;
}

static Value file_readable(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "readable", argc, kw))
        return 0;
    FileObj *fo = raw_arg(vm, argv[0]);
    return fo ? BOOL_VAL(fo->f.readable) : 0;
}

static Value file_writable(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "writable", argc, kw))
        return 0;
    FileObj *fo = raw_arg(vm, argv[0]);
    return fo ? BOOL_VAL(fo->f.writable) : 0;
}

static Value file_seekable(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "seekable", argc, kw))
        return 0;
    FileObj *fo = raw_arg(vm, argv[0]);
    return fo ? BOOL_VAL(fo->seekable) : 0;
}

static Value file_tell(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "tell", argc, kw))
        return 0;
    FileObj *fo = file_arg(vm, argv[0], 0);
    if (!fo)
        return 0;
    off_t pos = ftello((FILE *)fo->f.fp);
    if (pos < 0)
        return vm_raise_errno(vm, errno, 0);
    return int_from_i64(vm, pos);
}

static Value file_seek(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "cookie", "whence" };
    Value a[2];
    if (args_parse(vm, "seek", argc - 1, argv + 1, kw, 1, 2, names, a) < 0)
        return 0;
    FileObj *fo = file_arg(vm, argv[0], 0);
    if (!fo)
        return 0;
    int64_t off, whence = 0;
    if (!int_check(a[0]))
        return vm_raise(vm, &exc_TypeError, "an integer is required");
    if (obj_index_int64(vm, a[0], &off) < 0)
        return 0;
    if (a[1] && obj_index_int64(vm, a[1], &whence) < 0)
        return 0;
    if (whence < 0 || whence > 2)
        return vm_raise(vm, &exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                        (long long)whence);
    if (!fo->f.binary) {
        if (whence == 1 && off != 0)
            return unsupported(vm, "can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0)
            return unsupported(vm, "can't do nonzero end-relative seeks");
        if (off < 0)
            return vm_raise(vm, &exc_ValueError, "negative seek position %lld", (long long)off);
    }
    if (fseeko((FILE *)fo->f.fp, (off_t)off, (int)whence) != 0)
        return vm_raise_errno(vm, errno, 0);
    fo->last_op = OP_NONE;
    off_t pos = ftello((FILE *)fo->f.fp);
    return int_from_i64(vm, pos);
}

static Value file_truncate(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = { "pos" };
    Value a[1];
    if (args_parse(vm, "truncate", argc - 1, argv + 1, kw, 0, 1, names, a) < 0)
        return 0;
    FileObj *fo = file_arg(vm, argv[0], 'w');
    if (!fo)
        return 0;
    FILE *fp = fo->f.fp;
    fflush(fp);
    int64_t size;
    if (a[0] && !IS_NONE(a[0])) {
        if (obj_index_int64(vm, a[0], &size) < 0)
            return 0;
    } else {
        size = ftello(fp);
    }
    if (ftruncate(fileno(fp), (off_t)size) != 0)
        return vm_raise_errno(vm, errno, 0);
    return int_from_i64(vm, size);
}

static Value file_enter(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!noargs(vm, "__enter__", argc, kw))
        return 0;
    return file_arg(vm, argv[0], 0) ? argv[0] : 0;
}

static Value file_exit(VM *vm, int argc, Value *argv, Tuple *kw)
{
    return file_close(vm, 1, argv, NULL);
}

static Value file_repr(VM *vm, Value self)
{
    FileObj *fo = FO(self);
    Value name = obj_repr(vm, fo->name);
    if (!name)
        return 0;
    if (fo->f.binary) {
        const char *kind = fo->f.readable && fo->f.writable ? "BufferedRandom"
                         : fo->f.readable ? "BufferedReader" : "BufferedWriter";
        return OBJ_VAL(str_printf(vm, "<_io.%s name=%s>", kind, AS_STR(name)->data));
    }
    return OBJ_VAL(str_printf(vm, "<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>",
                              AS_STR(name)->data, fo->f.mode->data, fo->encoding->data));
}

static Value get_closed(VM *vm, Value self) { return BOOL_VAL(FO(self)->f.closed); }
static Value get_name(VM *vm, Value self) { return FO(self)->name; }
static Value get_mode(VM *vm, Value self) { return OBJ_VAL(FO(self)->f.mode); }
static Value get_errors(VM *vm, Value self)
{
    FileObj *fo = FO(self);
    if (fo->f.binary)
        return vm_raise(vm, &exc_AttributeError, "'_io.BufferedReader' object has no attribute 'errors'");
    return OBJ_VAL(fo->errors);
}
static Value get_newlines(VM *vm, Value self) { return NONE; }
static Value get_line_buffering(VM *vm, Value self) { return FALSE_VAL; }

static FileObj *file_alloc(VM *vm, void *fp, Value name, Str *mode, bool binary,
                           bool readable, bool writable, bool owns);

/* f.buffer: the binary layer under a text file (sys.stdout.buffer.write(b'..')).
 * It shares the FILE*, so what the two write stays in order. */
static Value get_buffer(VM *vm, Value self)
{
    FileObj *fo = FO(self);
    if (fo->f.binary)
        return vm_raise(vm, &exc_AttributeError, "'_io.BufferedReader' object has no attribute 'buffer'");
    if (!fo->buffer) {
        if (fo->f.closed)
            return closed_error(vm);
        const char *m = fo->f.readable && fo->f.writable ? "rb+" : fo->f.readable ? "rb" : "wb";
        Str *mode = str_from_cstr(vm, m);
        FileObj *b = mode ? file_alloc(vm, fo->f.fp, fo->name, mode, true, fo->f.readable,
                                       fo->f.writable, false) : NULL;
        if (!b)
            return 0;
        fo->buffer = OBJ_VAL(b);
    }
    return fo->buffer;
}

static Value get_encoding(VM *vm, Value self)
{
    FileObj *fo = FO(self);
    if (fo->f.binary)
        return vm_raise(vm, &exc_AttributeError, "'_io.BufferedReader' object has no attribute 'encoding'");
    return OBJ_VAL(fo->encoding);
}

static const MethodDef file_methods[] = {
    { "read", file_read, 0, "Read at most size characters (bytes), or all if size is negative." },
    { "readline", file_readline, 0, "Read until newline or EOF." },
    { "readlines", file_readlines, 0, "Return a list of lines from the stream." },
    { "write", file_write, 0, "Write a string (bytes) and return the number of characters (bytes) written." },
    { "writelines", file_writelines, 0, "Write a list of lines to the stream." },
    { "close", file_close, 0, "Flush and close the file." },
    { "flush", file_flush_m, 0, "Flush the write buffers." },
    { "fileno", file_fileno, 0, "Return the underlying file descriptor." },
    { "isatty", file_isatty, 0, "Is the file connected to a terminal?" },
    { "readable", file_readable, 0, NULL },
    { "writable", file_writable, 0, NULL },
    { "seekable", file_seekable, 0, NULL },
    { "seek", file_seek, 0, "Change the stream position." },
    { "tell", file_tell, 0, "Return the current stream position." },
    { "truncate", file_truncate, 0, "Truncate the file to at most pos bytes." },
    { "__enter__", file_enter, 0, NULL },
    { "__exit__", file_exit, 0, NULL },
    { 0 }
};

static const GetSetDef file_getsets[] = {
    { "closed", get_closed, NULL },
    { "name", get_name, NULL },
    { "mode", get_mode, NULL },
    { "encoding", get_encoding, NULL },
    { "errors", get_errors, NULL },
    { "newlines", get_newlines, NULL },
    { "line_buffering", get_line_buffering, NULL },
    { "buffer", get_buffer, NULL },
    { 0 }
};

TypeObject type_file = {
    .hdr.type = &type_type,
    .name = "_io.TextIOWrapper",
    .instance_size = sizeof(FileObj),
    .repr = file_repr,
    .iter = file_iter,
    .next = file_iternext,
    .methods = file_methods,
    .getsets = file_getsets,
    .doc = "Character and line based layer over a buffered binary stream.",
};

/* ---- opening ------------------------------------------------------------------ */

/* CPython closes (and so flushes) a file the moment its last reference
 * goes, so `open(p, 'w').write(s)` is on disk at once; molt's files live
 * until the collector finds them.  Flushing every stdio stream before each
 * look at the file system from inside molt (open, import, os.stat, ...)
 * gives programs the same view of their own writes. */
void file_sync_all(void)
{
    fflush(NULL);
}

/* The only finalizer in molt: a file nobody closed releases its FILE*. */
static void file_finalize(void *obj, void *data)
{
    (void)data;
    do_close((FileObj *)obj);
}

static FileObj *file_alloc(VM *vm, void *fp, Value name, Str *mode, bool binary,
                           bool readable, bool writable, bool owns)
{
    FileObj *fo = (FileObj *)obj_alloc(vm, &type_file);
    if (!fo)
        return NULL;
    fo->f.fp = fp;
    fo->name = name;
    fo->f.name = str_check(name) ? AS_STR(name) : NULL;
    fo->f.mode = mode;
    fo->f.binary = binary;
    fo->f.readable = readable;
    fo->f.writable = writable;
    fo->f.owns_fp = owns;
    fo->newline = NL_TRANSLATE;
    fo->codec = CODEC_UTF8;
    fo->errors = str_intern_cstr(vm, "strict");
    struct stat st;
    fo->seekable = fstat(fileno((FILE *)fp), &st) == 0 && S_ISREG(st.st_mode);
    if (owns)
        GC_register_finalizer(fo, file_finalize, NULL, NULL, NULL);
    return fo;
}

Value file_from_stdio(VM *vm, void *fp, const char *name, const char *mode)
{
    Str *n = str_from_cstr(vm, name), *m = str_from_cstr(vm, mode);
    if (!n || !m)
        return 0;
    bool r = strchr(mode, 'r') || strchr(mode, '+');
    bool w = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, '+');
    FileObj *fo = file_alloc(vm, fp, OBJ_VAL(n), m, strchr(mode, 'b') != NULL, r, w, false);
    if (!fo)
        return 0;
    fo->encoding = str_from_cstr(vm, "utf-8");
    return OBJ_VAL(fo);
}

typedef struct OpenMode {
    bool r, w, a, x, plus, text, binary;
} OpenMode;

static int parse_mode(VM *vm, const char *mode, OpenMode *m)
{
    memset(m, 0, sizeof *m);
    for (const char *p = mode; *p; p++) {
        bool *flag;
        switch (*p) {
        case 'r': flag = &m->r; break;
        case 'w': flag = &m->w; break;
        case 'a': flag = &m->a; break;
        case 'x': flag = &m->x; break;
        case '+': flag = &m->plus; break;
        case 't': flag = &m->text; break;
        case 'b': flag = &m->binary; break;
        default: flag = NULL; break;
        }
        if (!flag || *flag) {
            vm_raise(vm, &exc_ValueError, "invalid mode: '%s'", mode);
            return -1;
        }
        *flag = true;
    }
    if (m->text && m->binary) {
        vm_raise(vm, &exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    int kinds = m->r + m->w + m->a + m->x;
    if (kinds > 1) {
        vm_raise(vm, &exc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    if (kinds == 0) {
        vm_raise(vm, &exc_ValueError,
                 "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    return 0;
}

/* CPython's FileIO.mode for a binary file. */
static const char *binary_mode_name(const OpenMode *m)
{
    if (m->x) return m->plus ? "xb+" : "xb";
    if (m->a) return m->plus ? "ab+" : "ab";
    if (m->r && !m->plus) return "rb";
    if (m->plus) return "rb+";
    return "wb";
}

static Value open_file(VM *vm, Value path, const char *mode, Value encoding, Value errors,
                       Value newline, bool closefd)
{
    OpenMode m;
    if (parse_mode(vm, mode, &m) < 0)
        return 0;
    if (m.binary && encoding && !IS_NONE(encoding))
        return vm_raise(vm, &exc_ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && newline && !IS_NONE(newline))
        return vm_raise(vm, &exc_ValueError, "binary mode doesn't take a newline argument");
    NewlineMode nl = NL_TRANSLATE;
    if (newline && !IS_NONE(newline)) {
        if (!str_check(newline))
            return vm_raise(vm, &exc_TypeError, "open() argument 'newline' must be str or None, not %s",
                            type_name(newline));
        Str *s = AS_STR(newline);
        if (s->len == 0) nl = NL_ANY;
        else if (str_eq_cstr(s, "\n")) nl = NL_LF;
        else if (str_eq_cstr(s, "\r")) nl = NL_CR;
        else if (str_eq_cstr(s, "\r\n")) nl = NL_CRLF;
        else
            return vm_raise(vm, &exc_ValueError, "illegal newline value: %s", s->data);
    }
    Str *enc = NULL;
    Codec codec = CODEC_UTF8;
    if (!m.binary) {
        if (encoding && !IS_NONE(encoding)) {
            if (!str_check(encoding))
                return vm_raise(vm, &exc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                                type_name(encoding));
            enc = AS_STR(encoding);
            /* "locale" is UTF-8 here; "utf-8-sig" reads like UTF-8 */
            char norm[32];
            size_t j = 0;
            for (int64_t i = 0; i < enc->len && j + 1 < sizeof norm; i++) {
                char c = enc->data[i];
                if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
                if (c == '-' || c == ' ') c = '_';
                norm[j++] = c;
            }
            norm[j] = 0;
            if (!strcmp(norm, "locale") || !strcmp(norm, "utf_8_sig")) {
                codec = CODEC_UTF8;
            } else if (str_codec_lookup(vm, enc->data, &codec) < 0) {
                static const char *const known[] = { "cp1252", "utf_16", "utf16", "utf_32",
                    "utf32", "utf_16_le", "utf_16_be", "cp437", "iso_8859_15", NULL };
                for (int k = 0; known[k]; k++)
                    if (!strcmp(norm, known[k])) {
                        vm_exc_clear(vm);
                        return vm_raise(vm, &exc_NotImplementedError,
                                        "molt's open() supports only UTF-8, ASCII and Latin-1, "
                                        "not encoding '%s'", enc->data);
                    }
                return 0;
            }
        } else {
            enc = str_from_cstr(vm, "UTF-8");
        }
    }

    int flags = O_CLOEXEC;
    if (m.r) flags |= m.plus ? O_RDWR : O_RDONLY;
    else flags |= (m.plus ? O_RDWR : O_WRONLY) | O_CREAT |
                  (m.w ? O_TRUNC : m.a ? O_APPEND : O_EXCL);
    const char *fmode = m.r ? (m.plus ? "r+" : "r") : m.a ? (m.plus ? "a+" : "a")
                      : (m.plus ? "w+" : "w");

    int fd;
    Value name = path;
    if (int_check(path)) {
        int64_t n;
        if (obj_index_int64(vm, path, &n) < 0)
            return 0;
        if (n < 0)
            return vm_raise(vm, &exc_ValueError, "negative file descriptor");
        fd = (int)n;
    } else {
        const char *cpath = rt_path_arg(vm, path, NULL);
        if (!cpath)
            return 0;
        file_sync_all();
        bool collected = false;
        for (;;) {
            fd = open(cpath, flags, 0666);
            if (fd >= 0)
                break;
            if (errno == EINTR && vm_check_interrupt(vm) == 0)
                continue;
            if ((errno == EMFILE || errno == ENFILE) && !collected) {
                /* files dropped without close() may be holding descriptors
                 * until the collector finalizes them: do it now */
                GC_gcollect();
                GC_invoke_finalizers();
                collected = true;
                continue;
            }
            break;
        }
        if (fd < 0)
            return vm->exc ? 0 : vm_raise_errno(vm, errno, path);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return vm_raise_errno(vm, EISDIR, path);
        }
        closefd = true;
    }
    FILE *fp = fdopen(fd, fmode);
    if (!fp) {
        int err = errno;
        if (closefd && !int_check(path))
            close(fd);
        return vm_raise_errno(vm, err, int_check(path) ? 0 : path);
    }
    if (m.a)
        fseeko(fp, 0, SEEK_END);
    Str *mode_str = str_from_cstr(vm, m.binary ? binary_mode_name(&m) : mode);
    FileObj *fo = file_alloc(vm, fp, name, mode_str, m.binary, m.r || m.plus, !m.r || m.plus,
                             closefd);
    if (!fo) {
        fclose(fp);
        return 0;
    }
    fo->encoding = enc;
    fo->codec = codec;
    if (errors && !IS_NONE(errors))
        fo->errors = AS_STR(errors);
    fo->newline = nl;
    return OBJ_VAL(fo);
}

Value file_open(VM *vm, Value path, const char *mode)
{
    return open_file(vm, path, mode, 0, 0, 0, true);
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
Value file_builtin_open(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener" };
    Value a[8];
    if (args_parse(vm, "open", argc, argv, kwnames, 1, 8, names, a) < 0)
        return 0;
    const char *mode = "r";
    if (a[1]) {
        if (!str_check(a[1]))
            return vm_raise(vm, &exc_TypeError, "open() argument 'mode' must be str, not %s",
                            str_arg_type_name(a[1]));
        mode = AS_STR(a[1])->data;
    }
    if (a[2]) {
        /* any buffering works the same here, but unbuffered text is refused */
        int64_t buffering;
        if (str_arg_ssize(vm, a[2], &buffering) < 0)
            return 0;
        if (buffering == 0 && !strchr(mode, 'b'))
            return vm_raise(vm, &exc_ValueError, "can't have unbuffered text I/O");
    }
    if (a[4] && !IS_NONE(a[4])) {
        if (!str_check(a[4]))
            return vm_raise(vm, &exc_TypeError, "open() argument 'errors' must be str or None, not %s",
                            type_name(a[4]));
        if (strchr(mode, 'b'))
            return vm_raise(vm, &exc_ValueError, "binary mode doesn't take an errors argument");
    }
    if (a[7] && !IS_NONE(a[7]))
        return vm_raise(vm, &exc_NotImplementedError, "molt's open() does not support opener");
    bool closefd = true;
    if (a[6]) {
        int t = obj_truthy(vm, a[6]);
        if (t < 0)
            return 0;
        closefd = t;
    }
    if (!closefd && !int_check(a[0]))
        return vm_raise(vm, &exc_ValueError, "Cannot use closefd=False with file name");
    return open_file(vm, a[0], mode, a[3], a[4], a[5], closefd);
}

/* io.UnsupportedOperation inherits from both OSError and ValueError, so a
 * program may catch it as either. */
int file_init(VM *vm)
{
    Tuple *bases = AS_TUPLE(tuple_pack(vm, 2, OBJ_VAL(&exc_OSError), OBJ_VAL(&exc_ValueError)));
    Dict *ns = dict_new(vm);
    if (!bases || !ns || dict_set_cstr(vm, ns, "__module__", OBJ_VAL(str_from_cstr(vm, "io"))) < 0)
        return -1;
    Value cls = type_new_class(vm, &type_type, str_intern_cstr(vm, "UnsupportedOperation"), bases, ns);
    if (!cls) {
        vm_exc_clear(vm);      /* the plain OSError stays in use */
        return 0;
    }
    file_unsupported_operation = AS_TYPE(cls);
    return 0;
}
