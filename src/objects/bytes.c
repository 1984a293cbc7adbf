/* bytes.c — the bytes type: an immutable array of bytes with a cached
 * hash, its iterator, and the methods a program uses on binary data
 * (decode, hex/fromhex, the split/strip/find family, ASCII case mapping
 * and '%' formatting).
 *
 * Where bytes and str share a method, the behaviour and messages follow
 * CPython's bytes version: whitespace and letters are ASCII only, and a
 * "bytes-like" argument is any bytes object.
 */
#define _GNU_SOURCE      /* memmem, memrchr */
#include <stdio.h>
#include <string.h>

#include "vm.h"
#include "utf8.h"
#include "objects/objmodel.h"
#include "objects/strutil.h"
#include "objects/container.h"

#define BYTES_MAX_LEN ((int64_t)1 << 48)

static Bytes *empty_bytes;

static Bytes *bytes_alloc(VM *vm, int64_t len)
{
    if (len < 0 || len > BYTES_MAX_LEN) {
        exc_raise_memory_error(vm);
        return NULL;
    }
    /* an exact bytes object holds no pointer the collector must follow */
    Bytes *b = mem_alloc_atomic(vm, offsetof(Bytes, data) + (size_t)len + 1);
    if (!b)
        return NULL;
    b->hdr.type = &type_bytes;
    b->len = len;
    b->hash = -1;
    b->data[len] = 0;
    return b;
}

Value bytes_new(VM *vm, const void *data, size_t len)
{
    if (len == 0 && empty_bytes)
        return OBJ_VAL(empty_bytes);
    Bytes *b = bytes_alloc(vm, (int64_t)len);
    if (!b)
        return 0;
    if (len)
        memcpy(b->data, data, len);
    if (len == 0)
        empty_bytes = b;
    return OBJ_VAL(b);
}

static bool bytes_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_bytes ||
                         type_is_subtype(AS_OBJ(v)->type, &type_bytes));
}

#define AS_BYTES(v) ((Bytes *)AS_OBJ(v))
#define SELF AS_BYTES(argv[0])

/* bytearray (at the end of this file) */
static Value snap(VM *vm, Value v);

static Value ret_self(VM *vm, Value v)
{
    if (AS_OBJ(v)->type == &type_bytes)
        return v;
    return bytes_new(vm, AS_BYTES(v)->data, (size_t)AS_BYTES(v)->len);
}

static Value sub(VM *vm, Bytes *b, int64_t a, int64_t e)
{
    if (a == 0 && e == b->len && b->hdr.type == &type_bytes)
        return OBJ_VAL(b);
    return bytes_new(vm, b->data + a, (size_t)(e - a));
}

/* A bytes-like argument: "a bytes-like object is required, not 'str'". */
static bool need_buffer(VM *vm, Value v)
{
    if (bytes_check(v))
        return true;
    vm_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

static inline bool b_isspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline bool b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool b_isalpha(unsigned char c) { return b_isupper(c) || b_islower(c); }
static inline bool b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }

static const char *rmemmem(const char *hay, int64_t n, const char *needle, int64_t m)
{
    if (m == 0)
        return hay + n;
    for (int64_t i = n - m; i >= 0; i--) {
        const char *p = memrchr(hay, needle[0], (size_t)i + 1);
        if (!p)
            return NULL;
        i = p - hay;
        if (memcmp(p, needle, (size_t)m) == 0)
            return p;
    }
    return NULL;
}

/* ---- slots ---------------------------------------------------------------------- */

static Value bytes_repr(VM *vm, Value v)
{
    Bytes *b = AS_BYTES(v);
    bool sq = memchr(b->data, '\'', (size_t)b->len) != NULL;
    bool dq = memchr(b->data, '"', (size_t)b->len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    StrBuf sb;
    sb_init(&sb, vm);
    sb_addc(&sb, 'b');
    sb_addc(&sb, quote);
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (c == (unsigned char)quote || c == '\\') {
            sb_addc(&sb, '\\');
            sb_addc(&sb, (char)c);
        } else if (c == '\n') sb_add(&sb, "\\n", 2);
        else if (c == '\t') sb_add(&sb, "\\t", 2);
        else if (c == '\r') sb_add(&sb, "\\r", 2);
        else if (c < 0x20 || c >= 0x7F) sb_printf(&sb, "\\x%02x", c);
        else sb_addc(&sb, (char)c);
    }
    sb_addc(&sb, quote);
    Str *s = sb_finish(&sb);
    return s ? OBJ_VAL(s) : 0;
}

static int64_t bytes_hash(VM *vm, Value v)
{
    Bytes *b = AS_BYTES(v);
    if (b->hash == -1)
        b->hash = str_hash_bytes(b->data, (size_t)b->len);
    return b->hash;
}

static int64_t bytes_len(VM *vm, Value v) { return AS_BYTES(v)->len; }
static int bytes_bool(VM *vm, Value v) { return AS_BYTES(v)->len != 0; }

static Value bytes_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (bytearray_check(b) && !(b = snap(vm, b)))
        return 0;
    if (!bytes_check(a) || !bytes_check(b))
        return NOT_IMPLEMENTED;
    Bytes *x = AS_BYTES(a), *y = AS_BYTES(b);
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0;
        return BOOL_VAL(op == CMP_EQ ? eq : !eq);
    }
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (!c)
        c = x->len < y->len ? -1 : x->len > y->len;
    switch (op) {
    case CMP_LT: return BOOL_VAL(c < 0);
    case CMP_LE: return BOOL_VAL(c <= 0);
    case CMP_GT: return BOOL_VAL(c > 0);
    default: return BOOL_VAL(c >= 0);
    }
}

static bool has_index(Value v) { return int_check(v) || TYPE_OF(v)->index != NULL; }

static Value bytes_getitem(VM *vm, Value a, Value key)
{
    Bytes *b = AS_BYTES(a);
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (IS_OBJ(key) && AS_OBJ(key)->type == &type_slice) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, (Slice *)AS_OBJ(key), b->len, &start, &stop, &step, &n) < 0)
            return 0;
        if (n <= 0)
            return bytes_new(vm, "", 0);
        if (step == 1)
            return sub(vm, b, start, start + n);
        Bytes *r = bytes_alloc(vm, n);
        if (!r)
            return 0;
        for (int64_t k = 0, j = start; k < n; k++, j += step)
            r->data[k] = b->data[j];
        return OBJ_VAL(r);
    } else if (has_index(key)) {
        Value iv = int_check(key) ? key : obj_index(vm, key);
        if (!iv)
            return 0;
        if (!int_to_i64(iv, &i))
            return vm_raise(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
    } else {
        return vm_raise(vm, &exc_TypeError, "byte indices must be integers or slices, not %s", type_name(key));
    }
    if (i < 0)
        i += b->len;
    if (i < 0 || i >= b->len)
        return vm_raise(vm, &exc_IndexError, "index out of range");
    return MK_INT(b->data[i]);
}

/* An int argument that must be a byte value. */
static int byte_value(VM *vm, Value v, int *out, const char *msg)
{
    int64_t i;
    if (str_arg_ssize(vm, v, &i) < 0) {
        if (vm_exc_matches(vm, &exc_OverflowError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &exc_ValueError, "%s", msg);
        }
        return -1;
    }
    if (i < 0 || i > 255) {
        vm_raise(vm, &exc_ValueError, "%s", msg);
        return -1;
    }
    *out = (int)i;
    return 0;
}

static int bytes_contains(VM *vm, Value a, Value item)
{
    Bytes *b = AS_BYTES(a);
    if (has_index(item)) {
        int c;
        if (byte_value(vm, item, &c, "byte must be in range(0, 256)") < 0)
            return -1;
        return memchr(b->data, c, (size_t)b->len) != NULL;
    }
    if (!(item = snap(vm, item)) || !need_buffer(vm, item))
        return -1;
    Bytes *s = AS_BYTES(item);
    if (s->len == 0)
        return 1;
    return memmem(b->data, (size_t)b->len, s->data, (size_t)s->len) != NULL;
}

typedef struct BytesIter { Obj hdr; Bytes *b; int64_t pos; } BytesIter;

static Value bytes_iter(VM *vm, Value v)
{
    BytesIter *it = (BytesIter *)obj_alloc(vm, &type_bytes_iterator);
    if (!it)
        return 0;
    it->b = AS_BYTES(v);
    it->pos = 0;
    return OBJ_VAL(it);
}

static Value bytes_iter_self(VM *vm, Value v) { return v; }

static Value bytes_iter_next(VM *vm, Value v)
{
    BytesIter *it = (BytesIter *)AS_OBJ(v);
    if (!it->b || it->pos >= it->b->len) {
        it->b = NULL;
        return 0;
    }
    return MK_INT(it->b->data[it->pos++]);
}

static Value bytes_iter_length_hint(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "bytes_iterator.__length_hint__", argc, kw))
        return 0;
    BytesIter *it = (BytesIter *)AS_OBJ(argv[0]);
    return MK_INT(it->b ? it->b->len - it->pos : 0);
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 0, NULL},
    {0}
};

TypeObject type_bytes_iterator = {
    .hdr.type = &type_type,
    .name = "bytes_iterator",
    .instance_size = sizeof(BytesIter),
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
    .methods = bytes_iter_methods,
};

static bool other_may_reflect(VM *vm, Value v, const char *rname)
{
    TypeObject *t = TYPE_OF(v);
    if (!(t->flags & TF_HEAPTYPE))
        return false;
    Str *name = str_intern_cstr(vm, rname);
    return name && type_lookup(t, name) != 0;
}

static Value bytes_add(VM *vm, Value a, Value b)
{
    if (!bytes_check(a))
        return NOT_IMPLEMENTED;
    if (bytearray_check(b) && !(b = snap(vm, b)))
        return 0;
    if (!bytes_check(b)) {
        if (other_may_reflect(vm, b, "__radd__"))
            return NOT_IMPLEMENTED;
        return vm_raise(vm, &exc_TypeError, "can't concat %s to bytes", type_name(b));
    }
    Bytes *x = AS_BYTES(a), *y = AS_BYTES(b);
    if (y->len == 0)
        return ret_self(vm, a);
    if (x->len == 0)
        return ret_self(vm, b);
    Bytes *r = bytes_alloc(vm, x->len + y->len);
    if (!r)
        return 0;
    memcpy(r->data, x->data, (size_t)x->len);
    memcpy(r->data + x->len, y->data, (size_t)y->len);
    return OBJ_VAL(r);
}

static Value bytes_mul(VM *vm, Value a, Value b)
{
    Value s = bytes_check(a) ? a : b, nv = bytes_check(a) ? b : a;
    if (!has_index(nv)) {
        if (s == a && other_may_reflect(vm, b, "__rmul__"))
            return NOT_IMPLEMENTED;
        return vm_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(nv));
    }
    Value iv = int_check(nv) ? nv : obj_index(vm, nv);
    if (!iv)
        return 0;
    int64_t n;
    if (!int_to_i64(iv, &n))
        return vm_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    Bytes *x = AS_BYTES(s);
    if (n <= 0 || x->len == 0)
        return bytes_new(vm, "", 0);
    if (n == 1)
        return ret_self(vm, s);
    if (x->len > INT64_MAX / n)
        return vm_raise(vm, &exc_OverflowError, "repeated bytes are too long");
    if (x->len > BYTES_MAX_LEN / n)
        return exc_raise_memory_error(vm);
    Bytes *r = bytes_alloc(vm, x->len * n);
    if (!r)
        return 0;
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + i * x->len, x->data, (size_t)x->len);
    return OBJ_VAL(r);
}

/* ---- '%' formatting ------------------------------------------------------------------
 * Numbers (and %r/%a) format as str's '%' does, which gives ASCII; %s and %b
 * insert the bytes of a bytes-like argument (or of __bytes__()); %c one byte. */

typedef struct BArgs { Value *items; int64_t n, i; bool single; } BArgs;

static Value bnext(VM *vm, BArgs *ba)
{
    if (ba->i < ba->n)
        return ba->items[ba->i++];
    return vm_raise(vm, &exc_TypeError, "not enough arguments for format string");
}

static void bpad(StrBuf *sb, const char *p, int64_t len, int64_t width, bool left)
{
    int64_t pad = width > len ? width - len : 0;
    for (int64_t k = 0; !left && k < pad; k++)
        sb_addc(sb, ' ');
    sb_add(sb, p, (size_t)len);
    for (int64_t k = 0; left && k < pad; k++)
        sb_addc(sb, ' ');
}

static Value bytes_percent(VM *vm, Bytes *fmt, Value args)
{
    BArgs ba = {&args, 1, 0, true};
    bool is_tuple = IS_TUPLE(args) || (IS_OBJ(args) && type_is_subtype(AS_OBJ(args)->type, &type_tuple));
    if (is_tuple) {
        ba.items = AS_TUPLE(args)->items;
        ba.n = AS_TUPLE(args)->len;
        ba.single = false;
    }
    Value dict = (!is_tuple && TYPE_OF(args)->getitem && !str_check(args) && !bytes_check(args) &&
                  !bytearray_check(args)) ? args : 0;
    Value keyed;
    StrBuf sb;
    sb_init(&sb, vm);
    const char *d = (const char *)fmt->data;
    int64_t n = fmt->len, i = 0;
    while (i < n) {
        const char *pct = memchr(d + i, '%', (size_t)(n - i));
        if (!pct) {
            sb_add(&sb, d + i, (size_t)(n - i));
            break;
        }
        int64_t at = pct - d;
        sb_add(&sb, d + i, (size_t)(at - i));
        i = at + 1;
        if (i >= n)
            return vm_raise(vm, &exc_ValueError, "incomplete format");
        if (d[i] == '%') {
            sb_addc(&sb, '%');
            i++;
            continue;
        }
        BArgs *src = &ba, kb;
        if (d[i] == '(') {
            int64_t depth = 1, k = ++i;
            while (i < n && depth) {
                if (d[i] == '(') depth++;
                else if (d[i] == ')') depth--;
                i++;
            }
            if (depth)
                return vm_raise(vm, &exc_ValueError, "incomplete format key");
            if (!dict)
                return vm_raise(vm, &exc_TypeError, "format requires a mapping");
            Value key = bytes_new(vm, d + k, (size_t)(i - 1 - k));
            if (!key || !(keyed = obj_getitem(vm, dict, key)))
                return 0;
            kb = (BArgs){&keyed, 1, 0, true};
            src = &kb;
        }
        char flags[8];
        int nf = 0;
        bool left = false;
        while (i < n && strchr("-+ #0", d[i]) && d[i]) {
            if (d[i] == '-')
                left = true;
            if (nf < 7)
                flags[nf++] = d[i];
            i++;
        }
        flags[nf] = 0;
        int64_t width = -1, prec = -1;
        if (i < n && d[i] == '*') {
            Value w = bnext(vm, src);
            if (!w)
                return 0;
            if (!int_check(w))
                return vm_raise(vm, &exc_TypeError, "* wants int");
            if (str_arg_ssize(vm, w, &width) < 0)
                return 0;
            if (width < 0) {
                left = true;
                width = -width;
                if (nf < 7) {
                    flags[nf++] = '-';
                    flags[nf] = 0;
                }
            }
            i++;
        } else {
            while (i < n && d[i] >= '0' && d[i] <= '9')
                width = (width < 0 ? 0 : width * 10) + (d[i++] - '0');
        }
        if (i < n && d[i] == '.') {
            i++;
            prec = 0;
            if (i < n && d[i] == '*') {
                Value p = bnext(vm, src);
                if (!p)
                    return 0;
                if (!int_check(p))
                    return vm_raise(vm, &exc_TypeError, "* wants int");
                if (str_arg_ssize(vm, p, &prec) < 0)
                    return 0;
                if (prec < 0)
                    prec = 0;
                i++;
            } else {
                while (i < n && d[i] >= '0' && d[i] <= '9')
                    prec = prec * 10 + (d[i++] - '0');
            }
        }
        while (i < n && (d[i] == 'h' || d[i] == 'l' || d[i] == 'L'))
            i++;
        if (i >= n)
            return vm_raise(vm, &exc_ValueError, "incomplete format");
        char conv = d[i++];
        Value arg = bnext(vm, src);
        if (!arg)
            return 0;
        if (conv == 's' || conv == 'b') {
            Value bv = snap(vm, arg);
            if (!bv)
                return 0;
            if (!bytes_check(bv)) {
                Str *bname = str_intern_cstr(vm, "__bytes__");
                if (!bname || !type_lookup(TYPE_OF(arg), bname))
                    return vm_raise(vm, &exc_TypeError,
                                    "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                    type_name(arg));
                bv = obj_call_method(vm, arg, "__bytes__", 0, NULL);
                if (!bv)
                    return 0;
                if (!bytes_check(bv))
                    return vm_raise(vm, &exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(bv));
            }
            Bytes *b = AS_BYTES(bv);
            int64_t len = prec >= 0 && prec < b->len ? prec : b->len;
            bpad(&sb, (const char *)b->data, len, width, left);
            continue;
        }
        if (conv == 'c') {
            int c;
            if (bytes_check(arg) && AS_BYTES(arg)->len == 1)
                c = AS_BYTES(arg)->data[0];
            else {
                Value iv = int_check(arg) ? arg : obj_index(vm, arg);
                if (!iv) {
                    if (!vm_exc_matches(vm, &exc_TypeError))
                        return 0;
                    vm_exc_clear(vm);
                    return vm_raise(vm, &exc_TypeError,
                                    "%%c requires an integer in range(256) or a single byte");
                }
                int64_t ci;
                if (!int_to_i64(iv, &ci) || ci < 0 || ci > 255)
                    return vm_raise(vm, &exc_OverflowError, "%%c arg not in range(256)");
                c = (int)ci;
            }
            char ch = (char)c;
            bpad(&sb, &ch, 1, width, left);
            continue;
        }
        if (!strchr("diuoxXeEfFgGra", conv))
            return vm_raise(vm, &exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                            conv >= 0x20 && conv < 0x7f ? conv : '?', (unsigned char)conv, (long long)(i - 1));
        char spec[64];
        int k = snprintf(spec, sizeof spec, "%%%s", flags);
        if (width >= 0)
            k += snprintf(spec + k, sizeof spec - (size_t)k, "%lld", (long long)width);
        if (prec >= 0)
            k += snprintf(spec + k, sizeof spec - (size_t)k, ".%lld", (long long)prec);
        snprintf(spec + k, sizeof spec - (size_t)k, "%c", conv == 'r' ? 'a' : conv);  /* bytes' %r is ascii() */
        Str *f = str_from_cstr(vm, spec);
        Value t = f ? tuple_pack(vm, 1, arg) : 0;
        Value r = t ? str_percent_format(vm, f, t) : 0;
        if (!r)
            return 0;
        sb_add(&sb, AS_STR(r)->data, (size_t)AS_STR(r)->len);
    }
    if (ba.i < ba.n && !dict)
        return vm_raise(vm, &exc_TypeError, "not all arguments converted during bytes formatting");
    if (sb.len == SIZE_MAX)
        return 0;
    return bytes_new(vm, sb.data ? sb.data : "", sb.len);
}

static Value bytes_mod(VM *vm, Value a, Value b)
{
    if (!bytes_check(a))
        return NOT_IMPLEMENTED;
    return bytes_percent(vm, AS_BYTES(a), b);
}

/* ---- construction ------------------------------------------------------------------------ */

static Value from_iterable(VM *vm, Value src, const char *range_msg)
{
    Value seq = src;
    if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
        seq = obj_to_list(vm, src);
        if (!seq)
            return 0;
    }
    int64_t n = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    Bytes *r = bytes_alloc(vm, n);
    if (!r)
        return 0;
    for (int64_t i = 0; i < n; i++) {
        int c;
        if (byte_value(vm, items[i], &c, range_msg) < 0)
            return 0;
        r->data[i] = (unsigned char)c;
    }
    return OBJ_VAL(r);
}

/* bytes(...) and bytearray(...) (tname, for the messages): the contents as
 * an exact bytes object. */
static Value bytes_construct(VM *vm, const char *tname, int argc, Value *argv, Tuple *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    /* str_args_kw counts a self in argv[0]; give it one */
    Value buf[16];
    int nk = kwnames ? (int)kwnames->len : 0;
    if (argc + nk + 1 > 16) {
        return vm_raise(vm, &exc_TypeError, "%s() takes at most 3 arguments (%d given)", tname, argc + nk);
    }
    buf[0] = NONE;
    memcpy(buf + 1, argv, (size_t)(argc + nk) * sizeof(Value));
    if (!str_args_kw(vm, tname, argc + 1, buf, kwnames, 3, names, a))
        return 0;
    Value r;
    Value src = a[0];
    if (a[1] || a[2]) {
        if (a[1] && !str_check(a[1]))
            return vm_raise(vm, &exc_TypeError, "%s() argument 'encoding' must be str, not %s", tname, str_arg_type_name(a[1]));
        if (a[2] && !str_check(a[2]))
            return vm_raise(vm, &exc_TypeError, "%s() argument 'errors' must be str, not %s", tname, str_arg_type_name(a[2]));
        if (!src || !str_check(src))
            return vm_raise(vm, &exc_TypeError, a[1] ? "encoding without a string argument"
                                                     : "errors without a string argument");
        r = str_encode(vm, AS_STR(src), a[1] ? AS_STR(a[1])->data : NULL, a[2] ? AS_STR(a[2])->data : NULL);
    } else if (!src) {
        r = bytes_new(vm, "", 0);
    } else if (str_check(src)) {
        return vm_raise(vm, &exc_TypeError, "string argument without an encoding");
    } else if (bytes_check(src)) {
        r = ret_self(vm, src);
    } else if (bytearray_check(src)) {
        r = snap(vm, src);
    } else {
        Str *bname = str_intern_cstr(vm, "__bytes__");
        if (bname && type_lookup(TYPE_OF(src), bname)) {
            r = obj_call_method(vm, src, "__bytes__", 0, NULL);
            if (r && !bytes_check(r))
                return vm_raise(vm, &exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
        } else if (has_index(src)) {
            int64_t n;
            if (obj_index_int64(vm, src, &n) < 0)
                return 0;
            if (n < 0)
                return vm_raise(vm, &exc_ValueError, "negative count");
            Bytes *z = bytes_alloc(vm, n);
            if (!z)
                return 0;
            memset(z->data, 0, (size_t)n);
            r = OBJ_VAL(z);
        } else if (IS_LIST(src) || IS_TUPLE(src) || TYPE_OF(src)->iter) {
            r = from_iterable(vm, src, strcmp(tname, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                                    : "byte must be in range(0, 256)");
        } else {
            return vm_raise(vm, &exc_TypeError, "cannot convert '%s' object to %s", type_name(src), tname);
        }
    }
    return r;
}

static Value bytes_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    Value r = bytes_construct(vm, "bytes", argc, argv, kwnames);
    if (!r || t == &type_bytes)
        return r;
    Bytes *b = AS_BYTES(r);
    size_t extra = t->instance_size > sizeof(Bytes) ? t->instance_size - sizeof(Bytes) : 0;
    Bytes *o = mem_alloc(vm, offsetof(Bytes, data) + (size_t)b->len + 1 + extra);
    if (!o)
        return 0;
    o->hdr.type = t;
    o->len = b->len;
    o->hash = -1;
    memcpy(o->data, b->data, (size_t)b->len);
    return OBJ_VAL(o);
}

/* ---- methods ----------------------------------------------------------------------------------- */

static Value m_decode(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (!str_args_kw(vm, "decode", argc, argv, kw, 2, names, a))
        return 0;
    for (int k = 0; k < 2; k++)
        if (a[k] && !str_check(a[k]))
            return vm_raise(vm, &exc_TypeError, "decode() argument '%s' must be str, not %s",
                            names[k], str_arg_type_name(a[k]));
    Bytes *b = SELF;
    return str_decode(vm, (const char *)b->data, (size_t)b->len,
                      a[0] ? AS_STR(a[0])->data : NULL, a[1] ? AS_STR(a[1])->data : NULL);
}

static Value m_hex(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    if (!str_args_kw(vm, "hex", argc, argv, kw, 2, names, a))
        return 0;
    Bytes *b = SELF;
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {
        if (str_check(a[0])) {
            Str *s = AS_STR(a[0]);
            if (s->cplen != 1)
                return vm_raise(vm, &exc_ValueError, "sep must be length 1.");
            if ((unsigned char)s->data[0] >= 0x80)
                return vm_raise(vm, &exc_ValueError, "sep must be ASCII.");
            sep = s->data[0];
        } else if (bytes_check(a[0])) {
            if (AS_BYTES(a[0])->len != 1)
                return vm_raise(vm, &exc_ValueError, "sep must be length 1.");
            sep = (char)AS_BYTES(a[0])->data[0];
        } else {
            /* CPython takes len(sep) first: a length-1 container of
             * another kind is the wrong type, anything else the wrong length */
            int64_t n = obj_len(vm, a[0]);
            if (n < 0)
                return 0;
            if (n != 1)
                return vm_raise(vm, &exc_ValueError, "sep must be length 1.");
            return vm_raise(vm, &exc_TypeError, "sep must be str or bytes.");
        }
    }
    if (a[1] && str_arg_ssize(vm, a[1], &per) < 0)
        return 0;
    StrBuf sb;
    sb_init(&sb, vm);
    static const char hexd[] = "0123456789abcdef";
    int64_t n = b->len, ap = per < 0 ? -per : per;
    for (int64_t i = 0; i < n; i++) {
        if (sep && ap && i > 0) {
            /* positive: groups counted from the right; negative: from the left */
            bool boundary = per > 0 ? ((n - i) % ap == 0) : (i % ap == 0);
            if (boundary)
                sb_addc(&sb, sep);
        }
        sb_addc(&sb, hexd[b->data[i] >> 4]);
        sb_addc(&sb, hexd[b->data[i] & 15]);
    }
    Str *s = sb_finish(&sb);
    return s ? OBJ_VAL(s) : 0;
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value m_fromhex(VM *vm, int argc, Value *argv, Tuple *kw)
{
    /* a class method: argv[0] is the class */
    if (!str_args_one(vm, "bytes.fromhex", argc, kw))
        return 0;
    if (!str_check(argv[1]))
        return vm_raise(vm, &exc_TypeError, "fromhex() argument must be str, not %s", str_arg_type_name(argv[1]));
    Str *s = AS_STR(argv[1]);
    unsigned char *out = mem_alloc_atomic(vm, (size_t)s->len / 2 + 1);
    if (!out)
        return 0;
    int64_t n = 0, i = 0;
    const unsigned char *p = (const unsigned char *)s->data;
    while (i < s->len) {
        if (b_isspace(p[i])) {
            i++;
            continue;
        }
        int hi = hexval(p[i]);
        if (hi < 0)
            goto bad;
        if (i + 1 >= s->len || hexval(p[i + 1]) < 0) {
            i++;
            goto bad;
        }
        out[n++] = (unsigned char)(hi * 16 + hexval(p[i + 1]));
        i += 2;
    }
    {
        Value r = bytes_new(vm, out, (size_t)n);
        if (!r || AS_TYPE(argv[0]) == &type_bytes)
            return r;
        return obj_call1(vm, argv[0], r);
    }
bad:
    return vm_raise(vm, &exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                    (long long)utf8_count(s->data, (size_t)i));
}

static Value new_list(VM *vm)
{
    List *l = list_new(vm, 0);
    return l ? OBJ_VAL(l) : 0;
}

static bool append_sub(VM *vm, List *l, Bytes *b, int64_t a, int64_t e)
{
    Value piece = bytes_new(vm, b->data + a, (size_t)(e - a));
    return piece && list_append(vm, l, piece) >= 0;
}

static void reverse_list(List *l)
{
    for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
        Value t = l->items[x];
        l->items[x] = l->items[y];
        l->items[y] = t;
    }
}

static Value do_split(VM *vm, int argc, Value *argv, Tuple *kw, bool right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (!str_args_kw(vm, right ? "rsplit" : "split", argc, argv, kw, 2, names, a))
        return 0;
    Bytes *b = SELF;
    int64_t maxsplit = -1;
    if (a[1] && str_arg_ssize(vm, a[1], &maxsplit) < 0)
        return 0;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    Value lv = new_list(vm);
    if (!lv)
        return 0;
    List *l = AS_LIST(lv);
    const unsigned char *p = b->data;
    int64_t n = b->len;
    if (!a[0] || IS_NONE(a[0])) {
        if (!right) {
            int64_t i = 0;
            while (i < n) {
                while (i < n && b_isspace(p[i]))
                    i++;
                if (i >= n)
                    break;
                int64_t start = i;
                if (maxsplit-- <= 0) {
                    if (!append_sub(vm, l, b, start, n))
                        return 0;
                    break;
                }
                while (i < n && !b_isspace(p[i]))
                    i++;
                if (!append_sub(vm, l, b, start, i))
                    return 0;
            }
        } else {
            int64_t i = n;
            while (i > 0) {
                while (i > 0 && b_isspace(p[i - 1]))
                    i--;
                if (i <= 0)
                    break;
                int64_t end = i;
                if (maxsplit-- <= 0) {
                    if (!append_sub(vm, l, b, 0, end))
                        return 0;
                    break;
                }
                while (i > 0 && !b_isspace(p[i - 1]))
                    i--;
                if (!append_sub(vm, l, b, i, end))
                    return 0;
            }
            reverse_list(l);
        }
        return lv;
    }
    if (!need_buffer(vm, a[0]))
        return 0;
    Bytes *sep = AS_BYTES(a[0]);
    if (sep->len == 0)
        return vm_raise(vm, &exc_ValueError, "empty separator");
    if (!right) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            const unsigned char *q = memmem(p + i, (size_t)(n - i), sep->data, (size_t)sep->len);
            if (!q)
                break;
            if (!append_sub(vm, l, b, i, q - p))
                return 0;
            i = (q - p) + sep->len;
        }
        if (!append_sub(vm, l, b, i, n))
            return 0;
    } else {
        int64_t end = n;
        while (maxsplit-- > 0) {
            const char *q = rmemmem((const char *)p, end, (const char *)sep->data, sep->len);
            if (!q)
                break;
            int64_t j = q - (const char *)p;
            if (!append_sub(vm, l, b, j + sep->len, end))
                return 0;
            end = j;
        }
        if (!append_sub(vm, l, b, 0, end))
            return 0;
        reverse_list(l);
    }
    return lv;
}

static Value m_split(VM *vm, int argc, Value *argv, Tuple *kw) { return do_split(vm, argc, argv, kw, false); }
static Value m_rsplit(VM *vm, int argc, Value *argv, Tuple *kw) { return do_split(vm, argc, argv, kw, true); }

static Value m_splitlines(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (!str_args_kw(vm, "splitlines", argc, argv, kw, 1, names, a))
        return 0;
    int keep = str_arg_keepends(vm, a[0]);
    if (keep < 0)
        return 0;
    Bytes *b = SELF;
    Value lv = new_list(vm);
    if (!lv)
        return 0;
    int64_t i = 0, start = 0, n = b->len;
    while (i < n) {
        unsigned char c = b->data[i];
        if (c != '\n' && c != '\r') {
            i++;
            continue;
        }
        int64_t eol = i + 1;
        if (c == '\r' && eol < n && b->data[eol] == '\n')
            eol++;
        if (!append_sub(vm, AS_LIST(lv), b, start, keep ? eol : i))
            return 0;
        start = i = eol;
    }
    if (start < n && !append_sub(vm, AS_LIST(lv), b, start, n))
        return 0;
    return lv;
}

static Value partition(VM *vm, int argc, Value *argv, Tuple *kw, bool right)
{
    if (!str_args_one(vm, right ? "bytes.rpartition" : "bytes.partition", argc, kw))
        return 0;
    if (!need_buffer(vm, argv[1]))
        return 0;
    Bytes *b = SELF, *sep = AS_BYTES(argv[1]);
    if (sep->len == 0)
        return vm_raise(vm, &exc_ValueError, "empty separator");
    const char *p = right ? rmemmem((const char *)b->data, b->len, (const char *)sep->data, sep->len)
                          : memmem(b->data, (size_t)b->len, sep->data, (size_t)sep->len);
    Value parts[3];
    Value empty = bytes_new(vm, "", 0);
    if (!p) {
        Value whole = ret_self(vm, argv[0]);
        if (!whole || !empty)
            return 0;
        parts[0] = right ? empty : whole;
        parts[1] = empty;
        parts[2] = right ? whole : empty;
    } else {
        int64_t j = p - (const char *)b->data;
        parts[0] = bytes_new(vm, b->data, (size_t)j);
        parts[1] = ret_self(vm, argv[1]);
        parts[2] = bytes_new(vm, b->data + j + sep->len, (size_t)(b->len - j - sep->len));
        if (!parts[0] || !parts[1] || !parts[2])
            return 0;
    }
    return tuple_from_array(vm, 3, parts);
}

static Value m_partition(VM *vm, int argc, Value *argv, Tuple *kw) { return partition(vm, argc, argv, kw, false); }
static Value m_rpartition(VM *vm, int argc, Value *argv, Tuple *kw) { return partition(vm, argc, argv, kw, true); }

static Value m_join(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_one(vm, "bytes.join", argc, kw))
        return 0;
    Bytes *sep = SELF;
    Value seq = argv[1];
    if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
        if (!TYPE_OF(seq)->iter && !TYPE_OF(seq)->getitem)
            return vm_raise(vm, &exc_TypeError, "can only join an iterable");
        seq = obj_to_list(vm, seq);
        if (!seq)
            return 0;
    }
    int64_t n = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    for (int64_t i = 0; i < n; i++)
        if (bytearray_check(items[i])) {      /* work on bytes copies of them */
            Value copy = OBJ_VAL(list_from_array(vm, n, items));
            if (!copy)
                return 0;
            items = AS_LIST(copy)->items;
            for (int64_t k = i; k < n; k++)
                if (!(items[k] = snap(vm, items[k])))
                    return 0;
            break;
        }
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!bytes_check(items[i]))
            return vm_raise(vm, &exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                            (long long)i, type_name(items[i]));
        total += AS_BYTES(items[i])->len;
    }
    if (n > 1)
        total += sep->len * (n - 1);
    Bytes *r = bytes_alloc(vm, total);
    if (!r)
        return 0;
    unsigned char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            memcpy(o, sep->data, (size_t)sep->len);
            o += sep->len;
        }
        memcpy(o, AS_BYTES(items[i])->data, (size_t)AS_BYTES(items[i])->len);
        o += AS_BYTES(items[i])->len;
    }
    return OBJ_VAL(r);
}

static Value do_strip(VM *vm, int argc, Value *argv, Tuple *kw, int where, const char *qual)
{
    if (!str_args_range(vm, qual, argc, kw, 0, 1))
        return 0;
    Bytes *b = SELF;
    bool set[256];
    if (argc < 2 || IS_NONE(argv[1])) {
        for (int c = 0; c < 256; c++)
            set[c] = b_isspace((unsigned char)c);
    } else {
        if (!need_buffer(vm, argv[1]))
            return 0;
        memset(set, 0, sizeof set);
        Bytes *cs = AS_BYTES(argv[1]);
        for (int64_t k = 0; k < cs->len; k++)
            set[cs->data[k]] = true;
    }
    int64_t a = 0, e = b->len;
    if (where & 1)
        while (a < e && set[b->data[a]])
            a++;
    if (where & 2)
        while (e > a && set[b->data[e - 1]])
            e--;
    return sub(vm, b, a, e);
}

static Value m_strip(VM *vm, int argc, Value *argv, Tuple *kw) { return do_strip(vm, argc, argv, kw, 3, "bytes.strip"); }
static Value m_lstrip(VM *vm, int argc, Value *argv, Tuple *kw) { return do_strip(vm, argc, argv, kw, 1, "bytes.lstrip"); }
static Value m_rstrip(VM *vm, int argc, Value *argv, Tuple *kw) { return do_strip(vm, argc, argv, kw, 2, "bytes.rstrip"); }

/* (sub[, start[, end]]) where sub is bytes or a byte value */
static bool search_args(VM *vm, const char *qual, int argc, Value *argv, Tuple *kw,
                        const unsigned char **sp, int64_t *slen, unsigned char *one,
                        int64_t *start, int64_t *end)
{
    if (!str_args_old(vm, qual, argc, kw, 1, 3))
        return false;
    /* the bounds are parsed before the needle, as CPython does */
    *start = 0;
    *end = INT64_MAX;
    if (argc > 2 && str_arg_slice_index(vm, argv[2], start) < 0)
        return false;
    if (argc > 3 && str_arg_slice_index(vm, argv[3], end) < 0)
        return false;
    Value s = argv[1];
    if (bytes_check(s)) {
        *sp = AS_BYTES(s)->data;
        *slen = AS_BYTES(s)->len;
    } else if (has_index(s)) {
        int c;
        if (byte_value(vm, s, &c, "byte must be in range(0, 256)") < 0)
            return false;
        *one = (unsigned char)c;
        *sp = one;
        *slen = 1;
    } else {
        vm_raise(vm, &exc_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(s));
        return false;
    }
    str_adjust_indices(start, end, SELF->len);
    return true;
}

static int64_t find_impl(VM *vm, const char *qual, int argc, Value *argv, Tuple *kw, bool right)
{
    const unsigned char *sp;
    int64_t slen, a, e;
    unsigned char one;
    if (!search_args(vm, qual, argc, argv, kw, &sp, &slen, &one, &a, &e))
        return -2;
    Bytes *b = SELF;
    if (a > b->len || e - a < slen)
        return -1;
    if (slen == 0)
        return right ? e : a;
    const char *p = right ? rmemmem((const char *)b->data + a, e - a, (const char *)sp, slen)
                          : memmem(b->data + a, (size_t)(e - a), sp, (size_t)slen);
    return p ? p - (const char *)b->data : -1;
}

static Value m_find(VM *vm, int argc, Value *argv, Tuple *kw)
{
    int64_t r = find_impl(vm, "bytes.find", argc, argv, kw, false);
    return r == -2 ? 0 : MK_INT(r);
}

static Value m_rfind(VM *vm, int argc, Value *argv, Tuple *kw)
{
    int64_t r = find_impl(vm, "bytes.rfind", argc, argv, kw, true);
    return r == -2 ? 0 : MK_INT(r);
}

static Value m_index(VM *vm, int argc, Value *argv, Tuple *kw)
{
    int64_t r = find_impl(vm, "bytes.index", argc, argv, kw, false);
    if (r == -1)
        return vm_raise(vm, &exc_ValueError, "subsection not found");
    return r == -2 ? 0 : MK_INT(r);
}

static Value m_rindex(VM *vm, int argc, Value *argv, Tuple *kw)
{
    int64_t r = find_impl(vm, "bytes.rindex", argc, argv, kw, true);
    if (r == -1)
        return vm_raise(vm, &exc_ValueError, "subsection not found");
    return r == -2 ? 0 : MK_INT(r);
}

static Value m_count(VM *vm, int argc, Value *argv, Tuple *kw)
{
    const unsigned char *sp;
    int64_t slen, a, e;
    unsigned char one;
    if (!search_args(vm, "bytes.count", argc, argv, kw, &sp, &slen, &one, &a, &e))
        return 0;
    Bytes *b = SELF;
    if (a > b->len || a > e)
        return MK_INT(0);
    if (slen == 0)
        return MK_INT(e - a + 1);
    int64_t n = 0;
    while (e - a >= slen) {
        const unsigned char *p = memmem(b->data + a, (size_t)(e - a), sp, (size_t)slen);
        if (!p)
            break;
        n++;
        a = (p - b->data) + slen;
    }
    return MK_INT(n);
}

static Value tail_match(VM *vm, int argc, Value *argv, Tuple *kw, bool end_side)
{
    const char *name = end_side ? "endswith" : "startswith";
    if (!str_args_old(vm, end_side ? "bytes.endswith" : "bytes.startswith", argc, kw, 1, 3))
        return 0;
    Bytes *b = SELF;
    int64_t start = 0, end = INT64_MAX;
    if (argc > 2 && str_arg_slice_index(vm, argv[2], &start) < 0)
        return 0;
    if (argc > 3 && str_arg_slice_index(vm, argv[3], &end) < 0)
        return 0;
    str_adjust_indices(&start, &end, b->len);
    Value *cands = &argv[1];
    int64_t ncands = 1;
    if (IS_TUPLE(argv[1])) {
        cands = AS_TUPLE(argv[1])->items;
        ncands = AS_TUPLE(argv[1])->len;
    } else if (!bytes_check(argv[1]) && !bytearray_check(argv[1])) {
        return vm_raise(vm, &exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                        name, type_name(argv[1]));
    }
    for (int64_t k = 0; k < ncands; k++) {
        Value c = snap(vm, cands[k]);
        if (!c || !need_buffer(vm, c))
            return 0;
        Bytes *p = AS_BYTES(c);
        if (end - p->len < start)
            continue;
        const unsigned char *at = end_side ? b->data + end - p->len : b->data + start;
        if (memcmp(at, p->data, (size_t)p->len) == 0)
            return TRUE_VAL;
    }
    return FALSE_VAL;
}

static Value m_startswith(VM *vm, int argc, Value *argv, Tuple *kw) { return tail_match(vm, argc, argv, kw, false); }
static Value m_endswith(VM *vm, int argc, Value *argv, Tuple *kw) { return tail_match(vm, argc, argv, kw, true); }

static Value m_replace(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_range(vm, "bytes.replace", argc, kw, 2, 3))
        return 0;
    if (!need_buffer(vm, argv[1]) || !need_buffer(vm, argv[2]))
        return 0;
    int64_t count = -1;
    if (argc > 3 && str_arg_ssize(vm, argv[3], &count) < 0)
        return 0;
    if (count < 0)
        count = INT64_MAX;
    Bytes *b = SELF, *old = AS_BYTES(argv[1]), *new = AS_BYTES(argv[2]);
    StrBuf sb;
    sb_init(&sb, vm);
    if (old->len == 0) {
        int64_t i = 0;
        for (; i <= b->len && count > 0; i++, count--) {
            sb_add(&sb, (const char *)new->data, (size_t)new->len);
            if (i < b->len)
                sb_addc(&sb, (char)b->data[i]);
        }
        if (i < b->len)
            sb_add(&sb, (const char *)b->data + i, (size_t)(b->len - i));
    } else {
        int64_t i = 0;
        while (count-- > 0) {
            const unsigned char *p = memmem(b->data + i, (size_t)(b->len - i), old->data, (size_t)old->len);
            if (!p)
                break;
            sb_add(&sb, (const char *)b->data + i, (size_t)(p - b->data - i));
            sb_add(&sb, (const char *)new->data, (size_t)new->len);
            i = (p - b->data) + old->len;
        }
        sb_add(&sb, (const char *)b->data + i, (size_t)(b->len - i));
    }
    if (sb.len == SIZE_MAX)
        return 0;
    return bytes_new(vm, sb.data ? sb.data : "", sb.len);
}

typedef enum { B_UPPER, B_LOWER, B_SWAP, B_TITLE, B_CAPITALIZE } BCase;

static Value case_map(VM *vm, int argc, Value *argv, Tuple *kw, BCase op, const char *qual)
{
    if (!str_args_none(vm, qual, argc, kw))
        return 0;
    Bytes *b = SELF;
    Bytes *r = bytes_alloc(vm, b->len);
    if (!r)
        return 0;
    bool prev_cased = false;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i], o = c;
        bool up = b_isupper(c), lo = b_islower(c);
        switch (op) {
        case B_UPPER: if (lo) o = c - 32; break;
        case B_LOWER: if (up) o = c + 32; break;
        case B_SWAP: o = up ? c + 32 : lo ? c - 32 : c; break;
        case B_TITLE:
            o = prev_cased ? (up ? c + 32 : c) : (lo ? c - 32 : c);
            prev_cased = up || lo;
            break;
        case B_CAPITALIZE: o = i == 0 ? (lo ? c - 32 : c) : (up ? c + 32 : c); break;
        }
        r->data[i] = o;
    }
    return OBJ_VAL(r);
}

static Value m_upper(VM *vm, int argc, Value *argv, Tuple *kw) { return case_map(vm, argc, argv, kw, B_UPPER, "bytes.upper"); }
static Value m_lower(VM *vm, int argc, Value *argv, Tuple *kw) { return case_map(vm, argc, argv, kw, B_LOWER, "bytes.lower"); }
static Value m_swapcase(VM *vm, int argc, Value *argv, Tuple *kw) { return case_map(vm, argc, argv, kw, B_SWAP, "bytes.swapcase"); }
static Value m_title(VM *vm, int argc, Value *argv, Tuple *kw) { return case_map(vm, argc, argv, kw, B_TITLE, "bytes.title"); }
static Value m_capitalize(VM *vm, int argc, Value *argv, Tuple *kw) { return case_map(vm, argc, argv, kw, B_CAPITALIZE, "bytes.capitalize"); }

typedef enum { P_ALPHA, P_DIGIT, P_ALNUM, P_SPACE } BPred;

static Value pred(VM *vm, int argc, Value *argv, Tuple *kw, BPred p, const char *qual)
{
    if (!str_args_none(vm, qual, argc, kw))
        return 0;
    Bytes *b = SELF;
    if (b->len == 0)
        return FALSE_VAL;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        bool ok = p == P_ALPHA ? b_isalpha(c) : p == P_DIGIT ? b_isdigit(c) :
                  p == P_ALNUM ? b_isalpha(c) || b_isdigit(c) : b_isspace(c);
        if (!ok)
            return FALSE_VAL;
    }
    return TRUE_VAL;
}

static Value m_isalpha(VM *vm, int argc, Value *argv, Tuple *kw) { return pred(vm, argc, argv, kw, P_ALPHA, "bytes.isalpha"); }
static Value m_isdigit(VM *vm, int argc, Value *argv, Tuple *kw) { return pred(vm, argc, argv, kw, P_DIGIT, "bytes.isdigit"); }
static Value m_isalnum(VM *vm, int argc, Value *argv, Tuple *kw) { return pred(vm, argc, argv, kw, P_ALNUM, "bytes.isalnum"); }
static Value m_isspace(VM *vm, int argc, Value *argv, Tuple *kw) { return pred(vm, argc, argv, kw, P_SPACE, "bytes.isspace"); }

static Value m_isascii(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "bytes.isascii", argc, kw))
        return 0;
    Bytes *b = SELF;
    for (int64_t i = 0; i < b->len; i++)
        if (b->data[i] >= 0x80)
            return FALSE_VAL;
    return TRUE_VAL;
}

static Value m_isupper(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "bytes.isupper", argc, kw))
        return 0;
    Bytes *b = SELF;
    bool cased = false;
    for (int64_t i = 0; i < b->len; i++) {
        if (b_islower(b->data[i]))
            return FALSE_VAL;
        cased |= b_isupper(b->data[i]);
    }
    return BOOL_VAL(cased);
}

static Value m_islower(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "bytes.islower", argc, kw))
        return 0;
    Bytes *b = SELF;
    bool cased = false;
    for (int64_t i = 0; i < b->len; i++) {
        if (b_isupper(b->data[i]))
            return FALSE_VAL;
        cased |= b_islower(b->data[i]);
    }
    return BOOL_VAL(cased);
}

static Value m_istitle(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "bytes.istitle", argc, kw))
        return 0;
    Bytes *b = SELF;
    bool cased = false, prev = false;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (b_isupper(c)) {
            if (prev)
                return FALSE_VAL;
            prev = cased = true;
        } else if (b_islower(c)) {
            if (!prev)
                return FALSE_VAL;
            prev = cased = true;
        } else
            prev = false;
    }
    return BOOL_VAL(cased);
}

static Value justify(VM *vm, int argc, Value *argv, Tuple *kw, int how, const char *qual)
{
    if (!str_args_range(vm, qual, argc, kw, 1, 2))
        return 0;
    int64_t width;
    if (str_arg_ssize(vm, argv[1], &width) < 0)
        return 0;
    unsigned char fill = ' ';
    if (argc > 2) {
        if (!bytes_check(argv[2]) || AS_BYTES(argv[2])->len != 1)
            return vm_raise(vm, &exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                            strchr(qual, '.') + 1, str_arg_type_name(argv[2]));
        fill = AS_BYTES(argv[2])->data[0];
    }
    Bytes *b = SELF;
    if (width <= b->len)
        return ret_self(vm, argv[0]);
    int64_t marg = width - b->len, left = how == 0 ? 0 : how == 2 ? marg : marg / 2 + (marg & width & 1);
    Bytes *r = bytes_alloc(vm, width);
    if (!r)
        return 0;
    memset(r->data, fill, (size_t)left);
    memcpy(r->data + left, b->data, (size_t)b->len);
    memset(r->data + left + b->len, fill, (size_t)(marg - left));
    return OBJ_VAL(r);
}

static Value m_ljust(VM *vm, int argc, Value *argv, Tuple *kw) { return justify(vm, argc, argv, kw, 0, "bytes.ljust"); }
static Value m_center(VM *vm, int argc, Value *argv, Tuple *kw) { return justify(vm, argc, argv, kw, 1, "bytes.center"); }
static Value m_rjust(VM *vm, int argc, Value *argv, Tuple *kw) { return justify(vm, argc, argv, kw, 2, "bytes.rjust"); }

static Value m_zfill(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_one(vm, "bytes.zfill", argc, kw))
        return 0;
    int64_t width;
    if (str_arg_ssize(vm, argv[1], &width) < 0)
        return 0;
    Bytes *b = SELF;
    if (width <= b->len)
        return ret_self(vm, argv[0]);
    int64_t fill = width - b->len;
    Bytes *r = bytes_alloc(vm, width);
    if (!r)
        return 0;
    memset(r->data, '0', (size_t)fill);
    memcpy(r->data + fill, b->data, (size_t)b->len);
    if (b->len && (b->data[0] == '+' || b->data[0] == '-')) {
        r->data[0] = b->data[0];
        r->data[fill] = '0';
    }
    return OBJ_VAL(r);
}

static Value m_expandtabs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (!str_args_kw(vm, "expandtabs", argc, argv, kw, 1, names, a))
        return 0;
    int64_t tab = 8;
    if (a[0] && str_arg_cint(vm, a[0], &tab) < 0)
        return 0;
    Bytes *b = SELF;
    StrBuf sb;
    sb_init(&sb, vm);
    int64_t col = 0;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                for (int64_t k = 0; k < n; k++)
                    sb_addc(&sb, ' ');
                col += n;
            }
        } else {
            sb_addc(&sb, (char)c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    if (sb.len == SIZE_MAX)
        return 0;
    return bytes_new(vm, sb.data ? sb.data : "", sb.len);
}

static Value affix(VM *vm, int argc, Value *argv, Tuple *kw, bool suffix)
{
    if (!str_args_one(vm, suffix ? "bytes.removesuffix" : "bytes.removeprefix", argc, kw))
        return 0;
    if (!need_buffer(vm, argv[1]))
        return 0;
    Bytes *b = SELF, *p = AS_BYTES(argv[1]);
    if (p->len && p->len <= b->len &&
        memcmp(suffix ? b->data + b->len - p->len : b->data, p->data, (size_t)p->len) == 0)
        return suffix ? sub(vm, b, 0, b->len - p->len) : sub(vm, b, p->len, b->len);
    return ret_self(vm, argv[0]);
}

static Value m_removeprefix(VM *vm, int argc, Value *argv, Tuple *kw) { return affix(vm, argc, argv, kw, false); }
static Value m_removesuffix(VM *vm, int argc, Value *argv, Tuple *kw) { return affix(vm, argc, argv, kw, true); }

static Value m_maketrans(VM *vm, int argc, Value *argv, Tuple *kw)
{
    /* a static method: no self */
    if (kw && kw->len)
        return vm_raise(vm, &exc_TypeError, "bytes.maketrans() takes no keyword arguments");
    if (argc != 2)
        return vm_raise(vm, &exc_TypeError, "maketrans expected 2 arguments, got %d", argc);
    if (!need_buffer(vm, argv[0]) || !need_buffer(vm, argv[1]))
        return 0;
    Bytes *f = AS_BYTES(argv[0]), *t = AS_BYTES(argv[1]);
    if (f->len != t->len)
        return vm_raise(vm, &exc_ValueError, "maketrans arguments must have same length");
    Bytes *r = bytes_alloc(vm, 256);
    if (!r)
        return 0;
    for (int c = 0; c < 256; c++)
        r->data[c] = (unsigned char)c;
    for (int64_t i = 0; i < f->len; i++)
        r->data[f->data[i]] = t->data[i];
    return OBJ_VAL(r);
}

static Value m_translate(VM *vm, int argc, Value *argv, Tuple *kw)
{
    /* table is positional-only: an empty name never matches a keyword */
    static const char *const names[] = {"", "delete"};
    Value a[2];
    if (argc < 2)
        return vm_raise(vm, &exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    if (!str_args_kw(vm, "translate", argc, argv, kw, 2, names, a))
        return 0;
    const unsigned char *table = NULL;
    if (!IS_NONE(a[0])) {
        if (!need_buffer(vm, a[0]))
            return 0;
        if (AS_BYTES(a[0])->len != 256)
            return vm_raise(vm, &exc_ValueError, "translation table must be 256 characters long");
        table = AS_BYTES(a[0])->data;
    }
    bool del[256] = {false};
    if (a[1]) {
        if (!need_buffer(vm, a[1]))
            return 0;
        for (int64_t i = 0; i < AS_BYTES(a[1])->len; i++)
            del[AS_BYTES(a[1])->data[i]] = true;
    }
    Bytes *b = SELF;
    Bytes *r = bytes_alloc(vm, b->len);
    if (!r)
        return 0;
    int64_t n = 0;
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (!del[c])
            r->data[n++] = table ? table[c] : c;
    }
    r->len = n;
    r->data[n] = 0;
    return OBJ_VAL(r);
}

static Value m_getnewargs(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "bytes.__getnewargs__", argc, kw))
        return 0;
    Value e = ret_self(vm, argv[0]);
    return e ? tuple_pack(vm, 1, e) : 0;
}

static Value m_bytes(VM *vm, int argc, Value *argv, Tuple *kw)
{
    if (!str_args_none(vm, "bytes.__bytes__", argc, kw))
        return 0;
    return ret_self(vm, argv[0]);
}


/* ---- bytearray ----------------------------------------------------------------------------
 * A mutable sequence of bytes.  The contents live in a block of their own,
 * so the object keeps its identity while it grows.  The methods that do
 * not mutate are bytes' own, run on a snapshot copy (arguments that are
 * bytearrays are snapshotted too, for bytes' methods as well); their
 * results become bytearrays where CPython's do. */

typedef struct ByteArray { Obj hdr; int64_t len, cap; unsigned char *data; } ByteArray;
#define AS_BA(v) ((ByteArray *)AS_OBJ(v))

bool bytearray_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_bytearray ||
                         type_is_subtype(AS_OBJ(v)->type, &type_bytearray));
}

bool bytes_like_data(Value v, const unsigned char **data, int64_t *len)
{
    if (bytes_check(v)) {
        *data = AS_BYTES(v)->data;
        *len = AS_BYTES(v)->len;
        return true;
    }
    if (bytearray_check(v)) {
        *data = AS_BA(v)->data ? AS_BA(v)->data : (const unsigned char *)"";
        *len = AS_BA(v)->len;
        return true;
    }
    return false;
}

static Value snap(VM *vm, Value v)
{
    if (!bytearray_check(v))
        return v;
    return bytes_new(vm, AS_BA(v)->data, (size_t)AS_BA(v)->len);
}

/* argv with every bytearray replaced by a bytes copy: argv itself when
 * there is none (the common case), else a fresh array (the caller's array
 * may be a tuple's items, which must not change). */
static Value *snap_args(VM *vm, int n, Value *argv)
{
    int k = 0;
    while (k < n && !bytearray_check(argv[k]))
        k++;
    if (k == n)
        return argv;
    Value *copy = mem_alloc(vm, (size_t)n * sizeof(Value));
    if (!copy)
        return NULL;
    for (int i = 0; i < n; i++)
        if (!(copy[i] = snap(vm, argv[i])))
            return NULL;
    return copy;
}

static bool ba_reserve(VM *vm, ByteArray *ba, int64_t need)
{
    if (need <= ba->cap)
        return true;
    if (need > BYTES_MAX_LEN) {
        exc_raise_memory_error(vm);
        return false;
    }
    int64_t cap = ba->cap + ba->cap / 2 + 16;
    if (cap < need)
        cap = need;
    unsigned char *d = mem_alloc_atomic(vm, (size_t)cap + 1);
    if (!d)
        return false;
    if (ba->len)
        memcpy(d, ba->data, (size_t)ba->len);
    ba->data = d;
    ba->cap = cap;
    return true;
}

/* Replaces the contents with n bytes (data may alias the old contents). */
static bool ba_assign(VM *vm, ByteArray *ba, const unsigned char *data, int64_t n)
{
    unsigned char *d = mem_alloc_atomic(vm, (size_t)n + 1);
    if (!d)
        return false;
    if (n)
        memcpy(d, data, (size_t)n);
    ba->data = d;
    ba->len = ba->cap = n;
    return true;
}

static Value bytearray_from(VM *vm, TypeObject *t, const unsigned char *data, int64_t n)
{
    ByteArray *ba = (ByteArray *)obj_alloc(vm, t);
    if (!ba || !ba_assign(vm, ba, data, n))
        return 0;
    return OBJ_VAL(ba);
}

/* A bytes result turned into a bytearray, through lists and tuples. */
static Value to_bytearray(VM *vm, Value r)
{
    if (!r)
        return 0;
    if (bytes_check(r))
        return bytearray_from(vm, &type_bytearray, AS_BYTES(r)->data, AS_BYTES(r)->len);
    if (IS_LIST(r) || IS_TUPLE(r)) {
        int64_t n = IS_LIST(r) ? AS_LIST(r)->len : AS_TUPLE(r)->len;
        Value *items = IS_LIST(r) ? AS_LIST(r)->items : AS_TUPLE(r)->items;
        for (int64_t i = 0; i < n; i++)
            if (!(items[i] = to_bytearray(vm, items[i])))
                return 0;
    }
    return r;
}

/* Runs bytes' method fn for a bytearray (or, for a classmethod, the class). */
static Value ba_call(VM *vm, NativeFn fn, int argc, Value *argv, Tuple *kw, bool convert)
{
    int n = argc + (kw ? (int)kw->len : 0);
    Value *args = snap_args(vm, n, argv);
    if (!args)
        return 0;
    Value r = fn(vm, argc, args, kw);
    if (!r && vm_exc_matches(vm, &exc_TypeError)) {
        /* bytes' argument errors name the method "bytes.upper": say whose */
        Tuple *eargs = exc_args(vm->exc);
        if (eargs->len == 1 && IS_STR(eargs->items[0]) &&
            strncmp(AS_STR(eargs->items[0])->data, "bytes.", 6) == 0) {
            vm_exc_clear(vm);
            return vm_raise(vm, &exc_TypeError, "bytearray.%s", AS_STR(eargs->items[0])->data + 6);
        }
    }
    return convert ? to_bytearray(vm, r) : r;
}

/* bytes' methods accept bytearray arguments through the same snapshot */
static Value bytes_call(VM *vm, NativeFn fn, int argc, Value *argv, Tuple *kw)
{
    int n = argc + (kw ? (int)kw->len : 0);
    Value *args = snap_args(vm, n, argv);
    return args ? fn(vm, argc, args, kw) : 0;
}

/* The methods bytes and bytearray share: name, implementation, flags, and
 * whether bytearray's result is a bytearray. */
#define SHARED_METHODS(X) \
    X(decode, m_decode, 0, false) X(hex, m_hex, 0, false) X(fromhex, m_fromhex, METH_CLASS, true) \
    X(split, m_split, 0, true) X(rsplit, m_rsplit, 0, true) X(splitlines, m_splitlines, 0, true) \
    X(partition, m_partition, 0, true) X(rpartition, m_rpartition, 0, true) X(join, m_join, 0, true) \
    X(strip, m_strip, 0, true) X(lstrip, m_lstrip, 0, true) X(rstrip, m_rstrip, 0, true) \
    X(find, m_find, 0, false) X(rfind, m_rfind, 0, false) X(index, m_index, 0, false) \
    X(rindex, m_rindex, 0, false) X(count, m_count, 0, false) X(startswith, m_startswith, 0, false) \
    X(endswith, m_endswith, 0, false) X(replace, m_replace, 0, true) X(upper, m_upper, 0, true) \
    X(lower, m_lower, 0, true) X(swapcase, m_swapcase, 0, true) X(title, m_title, 0, true) \
    X(capitalize, m_capitalize, 0, true) X(isalpha, m_isalpha, 0, false) X(isdigit, m_isdigit, 0, false) \
    X(isalnum, m_isalnum, 0, false) X(isspace, m_isspace, 0, false) X(isascii, m_isascii, 0, false) \
    X(isupper, m_isupper, 0, false) X(islower, m_islower, 0, false) X(istitle, m_istitle, 0, false) \
    X(ljust, m_ljust, 0, true) X(rjust, m_rjust, 0, true) X(center, m_center, 0, true) \
    X(zfill, m_zfill, 0, true) X(expandtabs, m_expandtabs, 0, true) X(removeprefix, m_removeprefix, 0, true) \
    X(removesuffix, m_removesuffix, 0, true) X(maketrans, m_maketrans, METH_STATIC, false) \
    X(translate, m_translate, 0, true)

#define X(name, fn, flags, conv) \
    static Value bw_##name(VM *vm, int argc, Value *argv, Tuple *kw) \
    { return bytes_call(vm, fn, argc, argv, kw); } \
    static Value ba_##name(VM *vm, int argc, Value *argv, Tuple *kw) \
    { return ba_call(vm, fn, argc, argv, kw, conv); }
SHARED_METHODS(X)
#undef X

/* ---- bytearray slots ---- */

static Value bytearray_repr(VM *vm, Value v)
{
    Value b = snap(vm, v);
    Value r = b ? bytes_repr(vm, b) : 0;
    if (!r)
        return 0;
    Str *s = str_printf(vm, "%s(%s)", type_name(v), AS_STR(r)->data);
    return s ? OBJ_VAL(s) : 0;
}

static int64_t bytearray_len(VM *vm, Value v) { return AS_BA(v)->len; }
static int bytearray_bool(VM *vm, Value v) { return AS_BA(v)->len != 0; }

/* bytes and bytearray compare with each other by contents */
static Value bytearray_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    Value x = snap(vm, a), y = snap(vm, b);
    if (!x || !y)
        return 0;
    return bytes_richcompare(vm, x, y, op);
}

static Value bytearray_getitem(VM *vm, Value a, Value key)
{
    ByteArray *ba = AS_BA(a);
    if (IS_OBJ(key) && AS_OBJ(key)->type == &type_slice) {
        Value b = snap(vm, a);
        return b ? to_bytearray(vm, bytes_getitem(vm, b, key)) : 0;
    }
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (has_index(key)) {
        Value iv = int_check(key) ? key : obj_index(vm, key);
        if (!iv)
            return 0;
        if (!int_to_i64(iv, &i))
            return vm_raise(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
    } else {
        return vm_raise(vm, &exc_TypeError, "bytearray indices must be integers or slices, not %s",
                        type_name(key));
    }
    if (i < 0)
        i += ba->len;
    if (i < 0 || i >= ba->len)
        return vm_raise(vm, &exc_IndexError, "bytearray index out of range");
    return MK_INT(ba->data[i]);
}

/* The bytes a slice assignment puts in: bytes-like, or an iterable of
 * ints; not an int or a str. */
static Value assigned_bytes(VM *vm, Value v)
{
    if (bytes_check(v) || bytearray_check(v))
        return snap(vm, v);
    if (has_index(v) || str_check(v) || (!TYPE_OF(v)->iter && !TYPE_OF(v)->getitem))
        return vm_raise(vm, &exc_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return from_iterable(vm, v, "byte must be in range(0, 256)");
}

static int bytearray_setitem(VM *vm, Value a, Value key, Value v)
{
    ByteArray *ba = AS_BA(a);
    if (IS_OBJ(key) && AS_OBJ(key)->type == &type_slice) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, (Slice *)AS_OBJ(key), ba->len, &start, &stop, &step, &n) < 0)
            return -1;
        Value src = v ? assigned_bytes(vm, v) : 0;
        if (v && !src)
            return -1;
        const unsigned char *sd = src ? AS_BYTES(src)->data : NULL;
        int64_t sn = src ? AS_BYTES(src)->len : 0;
        if (step == 1 || n == 0) {
            if (step != 1 && sn != 0 && v) {
                vm_raise(vm, &exc_ValueError,
                         "attempt to assign bytes of size %lld to extended slice of size 0",
                         (long long)sn);
                return -1;
            }
            if (step != 1)
                return 0;
            int64_t hi = start + n, total = ba->len - n + sn;
            unsigned char *d = mem_alloc_atomic(vm, (size_t)total + 1);
            if (!d)
                return -1;
            memcpy(d, ba->data, (size_t)start);
            if (sn)
                memcpy(d + start, sd, (size_t)sn);
            memcpy(d + start + sn, ba->data + hi, (size_t)(ba->len - hi));
            ba->data = d;
            ba->len = ba->cap = total;
            return 0;
        }
        if (!v) {
            /* delete an extended slice: keep the bytes it does not cover */
            unsigned char *d = mem_alloc_atomic(vm, (size_t)ba->len + 1);
            if (!d)
                return -1;
            int64_t o = 0, astep = step < 0 ? -step : step;
            for (int64_t i = 0; i < ba->len; i++) {
                int64_t off = step < 0 ? start - i : i - start;
                if (!(off >= 0 && off % astep == 0 && off / astep < n))
                    d[o++] = ba->data[i];
            }
            ba->data = d;
            ba->len = ba->cap = o;
            return 0;
        }
        if (sn != n) {
            vm_raise(vm, &exc_ValueError,
                     "attempt to assign bytes of size %lld to extended slice of size %lld",
                     (long long)sn, (long long)n);
            return -1;
        }
        for (int64_t k = 0, j = start; k < n; k++, j += step)
            ba->data[j] = sd[k];
        return 0;
    }
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (has_index(key)) {
        Value iv = int_check(key) ? key : obj_index(vm, key);
        if (!iv)
            return -1;
        if (!int_to_i64(iv, &i)) {
            vm_raise(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
    } else {
        vm_raise(vm, &exc_TypeError, "bytearray indices must be integers or slices, not %s",
                 type_name(key));
        return -1;
    }
    if (i < 0)
        i += ba->len;
    if (i < 0 || i >= ba->len) {
        vm_raise(vm, &exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v) {
        memmove(ba->data + i, ba->data + i + 1, (size_t)(ba->len - i - 1));
        ba->len--;
        return 0;
    }
    int c;
    if (byte_value(vm, v, &c, "byte must be in range(0, 256)") < 0)
        return -1;
    ba->data[i] = (unsigned char)c;
    return 0;
}

static int bytearray_contains(VM *vm, Value a, Value item)
{
    Value b = snap(vm, a), x = snap(vm, item);
    return b && x ? bytes_contains(vm, b, x) : -1;
}

typedef struct ByteArrayIter { Obj hdr; ByteArray *ba; int64_t pos; } ByteArrayIter;
TypeObject type_bytearray_iterator;

static Value bytearray_iter(VM *vm, Value v)
{
    container_type_ready(vm, &type_bytearray_iterator);
    ByteArrayIter *it = (ByteArrayIter *)obj_alloc(vm, &type_bytearray_iterator);
    if (!it)
        return 0;
    it->ba = AS_BA(v);
    return OBJ_VAL(it);
}

/* reads the live contents, as CPython's iterator does */
static Value bytearray_iter_next(VM *vm, Value v)
{
    ByteArrayIter *it = (ByteArrayIter *)AS_OBJ(v);
    if (!it->ba || it->pos >= it->ba->len) {
        it->ba = NULL;
        return 0;
    }
    return MK_INT(it->ba->data[it->pos++]);
}

TypeObject type_bytearray_iterator = {
    .hdr.type = &type_type,
    .name = "bytearray_iterator",
    .instance_size = sizeof(ByteArrayIter),
    .iter = bytes_iter_self,
    .next = bytearray_iter_next,
};

static Value bytearray_add(VM *vm, Value a, Value b)
{
    const unsigned char *x, *y;
    int64_t nx, ny;
    if (!bytes_like_data(a, &x, &nx))
        return NOT_IMPLEMENTED;
    if (!bytes_like_data(b, &y, &ny)) {
        if (other_may_reflect(vm, b, "__radd__"))
            return NOT_IMPLEMENTED;
        return vm_raise(vm, &exc_TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    }
    if (!bytearray_check(a)) {     /* bytes + bytearray is bytes */
        Value sa = snap(vm, b);
        return sa ? bytes_add(vm, a, sa) : 0;
    }
    ByteArray *r = (ByteArray *)obj_alloc(vm, &type_bytearray);
    if (!r || !ba_reserve(vm, r, nx + ny))
        return 0;
    memcpy(r->data, x, (size_t)nx);
    memcpy(r->data + nx, y, (size_t)ny);
    r->len = nx + ny;
    return OBJ_VAL(r);
}

static Value bytearray_iadd(VM *vm, Value a, Value b)
{
    const unsigned char *y;
    int64_t ny;
    if (!bytes_like_data(b, &y, &ny))
        return vm_raise(vm, &exc_TypeError, "can't concat %s to %s", type_name(b), type_name(a));
    ByteArray *ba = AS_BA(a);
    Value keep = snap(vm, b);      /* b may be a itself */
    if (!keep || !ba_reserve(vm, ba, ba->len + ny))
        return 0;
    bytes_like_data(keep, &y, &ny);
    memcpy(ba->data + ba->len, y, (size_t)ny);
    ba->len += ny;
    return a;
}

static Value bytearray_mul(VM *vm, Value a, Value b)
{
    Value s = bytearray_check(a) ? a : b;
    Value sb = snap(vm, s);
    if (!sb)
        return 0;
    Value r = s == a ? bytes_mul(vm, sb, b) : bytes_mul(vm, a, sb);
    return r == NOT_IMPLEMENTED ? r : to_bytearray(vm, r);
}

static Value bytearray_imul(VM *vm, Value a, Value b)
{
    Value r = bytearray_mul(vm, a, b);
    if (!r || r == NOT_IMPLEMENTED)
        return r;
    ByteArray *ba = AS_BA(a), *rb = AS_BA(r);
    ba->data = rb->data;
    ba->len = rb->len;
    ba->cap = rb->cap;
    return a;
}

static Value bytearray_mod(VM *vm, Value a, Value b)
{
    if (!bytearray_check(a))
        return NOT_IMPLEMENTED;
    Value fmt = snap(vm, a);
    return fmt ? to_bytearray(vm, bytes_percent(vm, AS_BYTES(fmt), b)) : 0;
}

static Value bytearray_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    ByteArray *ba = (ByteArray *)obj_alloc(vm, t);
    return ba ? OBJ_VAL(ba) : 0;
}

static int bytearray_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    Value b = bytes_construct(vm, "bytearray", argc, argv, kwnames);
    if (!b)
        return -1;
    return ba_assign(vm, AS_BA(self), AS_BYTES(b)->data, AS_BYTES(b)->len) ? 0 : -1;
}

/* ---- bytearray's own methods ---- */

#define BA_SELF(mname) \
    if (cargs_self(vm, mname, &type_bytearray, argc, argv) < 0) \
        return 0; \
    ByteArray *ba = AS_BA(argv[0])

static Value ba_append(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("append");
    if (cargs_one(vm, "bytearray.append", argc - 1, kw) < 0)
        return 0;
    int c;
    if (byte_value(vm, argv[1], &c, "byte must be in range(0, 256)") < 0 ||
        !ba_reserve(vm, ba, ba->len + 1))
        return 0;
    ba->data[ba->len++] = (unsigned char)c;
    return NONE;
}

static Value ba_extend(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("extend");
    if (cargs_one(vm, "bytearray.extend", argc - 1, kw) < 0)
        return 0;
    Value v = argv[1];
    Value add;
    if (bytes_check(v) || bytearray_check(v)) {
        add = snap(vm, v);
    } else {
        if (!TYPE_OF(v)->iter && !TYPE_OF(v)->getitem)
            return vm_raise(vm, &exc_TypeError, "can't extend bytearray with %s", type_name(v));
        add = from_iterable(vm, v, "byte must be in range(0, 256)");
    }
    if (!add)
        return 0;
    return bytearray_iadd(vm, OBJ_VAL(ba), add) ? NONE : 0;
}

static Value ba_insert(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("insert");
    if (cargs_nokw(vm, "bytearray.insert", kw) < 0)
        return 0;
    if (argc != 3)
        return vm_raise(vm, &exc_TypeError, "insert expected 2 arguments, got %d", argc - 1);
    int64_t i;
    int c;
    if (str_arg_ssize(vm, argv[1], &i) < 0 ||
        byte_value(vm, argv[2], &c, "byte must be in range(0, 256)") < 0 ||
        !ba_reserve(vm, ba, ba->len + 1))
        return 0;
    if (i < 0 && (i += ba->len) < 0)
        i = 0;
    if (i > ba->len)
        i = ba->len;
    memmove(ba->data + i + 1, ba->data + i, (size_t)(ba->len - i));
    ba->data[i] = (unsigned char)c;
    ba->len++;
    return NONE;
}

static Value ba_pop(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("pop");
    if (cargs_range(vm, "bytearray.pop", "pop", argc - 1, kw, 0, 1) < 0)
        return 0;
    int64_t i = -1;
    if (argc > 1 && str_arg_ssize(vm, argv[1], &i) < 0)
        return 0;
    if (ba->len == 0)
        return vm_raise(vm, &exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += ba->len;
    if (i < 0 || i >= ba->len)
        return vm_raise(vm, &exc_IndexError, "pop index out of range");
    int c = ba->data[i];
    memmove(ba->data + i, ba->data + i + 1, (size_t)(ba->len - i - 1));
    ba->len--;
    return MK_INT(c);
}

static Value ba_remove(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("remove");
    if (cargs_one(vm, "bytearray.remove", argc - 1, kw) < 0)
        return 0;
    int c;
    if (byte_value(vm, argv[1], &c, "byte must be in range(0, 256)") < 0)
        return 0;
    unsigned char *p = ba->len ? memchr(ba->data, c, (size_t)ba->len) : NULL;
    if (!p)
        return vm_raise(vm, &exc_ValueError, "value not found in bytearray");
    int64_t i = p - ba->data;
    memmove(ba->data + i, ba->data + i + 1, (size_t)(ba->len - i - 1));
    ba->len--;
    return NONE;
}

static Value ba_reverse(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("reverse");
    if (cargs_noargs(vm, "bytearray.reverse", argc - 1, kw) < 0)
        return 0;
    for (int64_t i = 0, j = ba->len - 1; i < j; i++, j--) {
        unsigned char t = ba->data[i];
        ba->data[i] = ba->data[j];
        ba->data[j] = t;
    }
    return NONE;
}

static Value ba_clear(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("clear");
    if (cargs_noargs(vm, "bytearray.clear", argc - 1, kw) < 0)
        return 0;
    ba->len = 0;
    return NONE;
}

static Value ba_copy(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("copy");
    if (cargs_noargs(vm, "bytearray.copy", argc - 1, kw) < 0)
        return 0;
    return bytearray_from(vm, &type_bytearray, ba->data, ba->len);
}

static Value ba_alloc(VM *vm, int argc, Value *argv, Tuple *kw)
{
    BA_SELF("__alloc__");
    if (cargs_noargs(vm, "bytearray.__alloc__", argc - 1, kw) < 0)
        return 0;
    return MK_INT(ba->cap + 1);
}

static const MethodDef bytearray_methods[] = {
#define X(name, fn, flags, conv) {#name, ba_##name, flags, NULL},
    SHARED_METHODS(X)
#undef X
    {"append", ba_append, 0, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, 0, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop, 0, "Remove and return a single item from B."},
    {"remove", ba_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", ba_reverse, 0, "Reverse the order of the values in B in place."},
    {"clear", ba_clear, 0, "Remove all items from the bytearray."},
    {"copy", ba_copy, 0, "Return a copy of B."},
    {"__alloc__", ba_alloc, 0, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {0}
};

TypeObject type_bytearray = {
    .hdr.type = &type_type,
    .name = "bytearray",
    .instance_size = sizeof(ByteArray),
    .flags = TF_BASETYPE,
    .new_ = bytearray_new_slot,
    .init = bytearray_init,
    .repr = bytearray_repr,
    .richcompare = bytearray_richcompare,
    .bool_ = bytearray_bool,
    .len = bytearray_len,
    .getitem = bytearray_getitem,
    .setitem = bytearray_setitem,
    .contains = bytearray_contains,
    .iter = bytearray_iter,
    .binop = {
        [BINOP_ADD] = bytearray_add,
        [BINOP_MUL] = bytearray_mul,
        [BINOP_MOD] = bytearray_mod,
    },
    .inplace = {
        [BINOP_ADD] = bytearray_iadd,
        [BINOP_MUL] = bytearray_imul,
    },
    .methods = bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array\n\n"
           "Construct a mutable bytearray object from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - a bytes or a buffer object\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
};

static const MethodDef bytes_methods[] = {
#define X(name, fn, flags, conv) {#name, bw_##name, flags, NULL},
    SHARED_METHODS(X)
#undef X
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__bytes__", m_bytes, 0, NULL},
    {0}
};

TypeObject type_bytes = {
    .hdr.type = &type_type,
    .name = "bytes",
    .instance_size = sizeof(Bytes),
    .flags = TF_BASETYPE,
    .new_ = bytes_new_slot,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .bool_ = bytes_bool,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .binop = {
        [BINOP_ADD] = bytes_add,
        [BINOP_MUL] = bytes_mul,
        [BINOP_MOD] = bytes_mod,
    },
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object\n\n"
           "Construct an immutable array of bytes from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
};
