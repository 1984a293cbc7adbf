/* dict.c — the insertion-ordered hash table behind dicts, module globals,
 * instance and class namespaces, plus the dict type, its views and
 * iterators.
 *
 * The layout is CPython's compact dict: `entries` holds (hash, key, value)
 * in insertion order; `indices` is an open-addressing table of positions in
 * `entries` (EMPTY, DUMMY for a deleted slot, or an entry number).  A
 * deleted entry keeps its place with key 0 until the next resize compacts
 * the entries.  The probe sequence is CPython's (i = 5*i + 1 + perturb).
 *
 * Every mutation gives the dict a fresh version number: the VM caches global
 * lookups keyed on (dict, version), and reload must never see stale code.
 */
#include <string.h>
#include "object.h"
#include "vm.h"
#include "container.h"
#include "objmodel.h"

uint64_t dict_version_counter;

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define DICT_MINSIZE 8
#define USABLE(n) (((n) << 1) / 3)
#define PERTURB_SHIFT 5
#define HASH_MODULUS ((int64_t)(((uint64_t)1 << 61) - 1))

static inline void bump(Dict *d)
{
    d->version = ++dict_version_counter;
}

bool dict_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_dict ||
                         type_is_subtype(AS_OBJ(v)->type, &type_dict));
}

/* obj_hash with the two commonest key kinds inline.  Small ints hash as
 * CPython's ints do: the value modulo 2**61 - 1, keeping the sign, -1 -> -2. */
static inline int64_t key_hash(VM *vm, Value key)
{
    if (IS_INT(key)) {
        int64_t h = (int64_t)AS_INT(key) % HASH_MODULUS;
        return h == -1 ? -2 : h;
    }
    if (IS_STR(key))
        return str_hash(AS_STR(key));
    return obj_hash(vm, key);
}

static Value raise_key_error(VM *vm, Value key)
{
    Value e = exc_new(vm, &exc_KeyError, 1, &key);
    if (!e)
        return 0;
    return vm_raise_value(vm, e);
}

/* ---- the table ------------------------------------------------------------- */

/* Finds key: returns its entry number and sets *slotp to its index slot, or
 * returns -1 when absent, -2 on error.  A comparison that changes the dict
 * restarts the search, as CPython does. */
static int64_t lookup(VM *vm, Dict *d, Value key, int64_t hash, int64_t *slotp)
{
restart:
    if (d->index_size == 0)
        return -1;
    uint64_t mask = (uint64_t)d->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            Value sk = e->key;
            if (sk == key) {
                *slotp = (int64_t)i;
                return ix;
            }
            if (e->hash == hash) {
                if (IS_STR(sk) && IS_STR(key)) {
                    /* Two distinct interned strings are never equal. */
                    if (!(AS_STR(sk)->interned && AS_STR(key)->interned) &&
                        str_eq(AS_STR(sk), AS_STR(key))) {
                        *slotp = (int64_t)i;
                        return ix;
                    }
                } else if (!(IS_INT(sk) && IS_INT(key))) {
                    DictEntry *entries = d->entries;
                    int r = obj_eq(vm, sk, key);
                    if (r < 0)
                        return -2;
                    if (entries != d->entries || d->entries[ix].key != sk)
                        goto restart;
                    if (r) {
                        *slotp = (int64_t)i;
                        return ix;
                    }
                    mask = (uint64_t)d->index_size - 1;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The first EMPTY or DUMMY slot on hash's probe sequence. */
static uint64_t find_empty_slot(Dict *d, int64_t hash)
{
    uint64_t mask = (uint64_t)d->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (d->indices[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The index slot that holds entry number ix. */
static uint64_t find_slot_of(Dict *d, int64_t hash, int64_t ix)
{
    uint64_t mask = (uint64_t)d->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (d->indices[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the table with index_size `size` (a power of two able to hold
 * the live entries), dropping deleted entries. */
static int resize_to(VM *vm, Dict *d, int64_t size)
{
    int64_t cap = USABLE(size);
    int64_t *indices = mem_alloc_atomic(vm, (size_t)size * sizeof(int64_t));
    if (!indices)
        return -1;
    DictEntry *entries = mem_alloc(vm, (size_t)cap * sizeof(DictEntry));
    if (!entries)
        return -1;
    memset(indices, 0xff, (size_t)size * sizeof(int64_t));   /* all IX_EMPTY */
    int64_t n = 0;
    for (int64_t k = 0; k < d->nentries; k++) {
        DictEntry *e = &d->entries[k];
        if (e->key)
            entries[n++] = *e;
    }
    d->indices = indices;
    d->entries = entries;
    d->index_size = size;
    d->capacity = cap;
    d->nentries = n;
    uint64_t mask = (uint64_t)size - 1;
    for (int64_t k = 0; k < n; k++) {
        uint64_t perturb = (uint64_t)entries[k].hash;
        uint64_t i = (uint64_t)entries[k].hash & mask;
        while (indices[i] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        indices[i] = k;
    }
    /* Entry numbers moved: anything keyed on the version must look again. */
    bump(d);
    return 0;
}

/* The smallest table whose usable part exceeds `minused`. */
static int64_t size_for(int64_t minused)
{
    int64_t size = DICT_MINSIZE;
    while (USABLE(size) <= minused && size < ((int64_t)1 << 60))
        size <<= 1;
    return size;
}

static int grow(VM *vm, Dict *d)
{
    /* CPython's growth rate: room for three times the live entries. */
    int64_t size = DICT_MINSIZE;
    while (size <= d->used * 3 && size < ((int64_t)1 << 60))
        size <<= 1;
    return resize_to(vm, d, size);
}

/* Appends an entry for a key known to be absent. */
static int insert_new(VM *vm, Dict *d, Value key, int64_t hash, Value value)
{
    if (d->nentries >= d->capacity && grow(vm, d) < 0)
        return -1;
    uint64_t slot = find_empty_slot(d, hash);
    int64_t ix = d->nentries++;
    d->indices[slot] = ix;
    DictEntry *e = &d->entries[ix];
    e->key = key;
    e->value = value;
    e->hash = hash;
    d->used++;
    bump(d);
    return 0;
}

static int insert(VM *vm, Dict *d, Value key, int64_t hash, Value value)
{
    int64_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        bump(d);
        return 0;
    }
    return insert_new(vm, d, key, hash, value);
}

static void delete_at(Dict *d, int64_t slot, int64_t ix)
{
    d->indices[slot] = IX_DUMMY;
    d->entries[ix].key = 0;
    d->entries[ix].value = 0;
    d->used--;
    bump(d);
}

/* ---- the C API ----------------------------------------------------------------- */

Dict *dict_new(VM *vm)
{
    Dict *d = (Dict *)obj_alloc(vm, &type_dict);
    if (!d)
        return NULL;
    bump(d);
    return d;
}

int dict_lookup_hashed(VM *vm, Dict *d, Value key, int64_t hash, Value *out)
{
    int64_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    *out = d->entries[ix].value;
    return 1;
}

int dict_lookup(VM *vm, Dict *d, Value key, Value *out)
{
    int64_t hash = key_hash(vm, key);
    if (hash == -1)
        return -1;
    return dict_lookup_hashed(vm, d, key, hash, out);
}

int dict_contains(VM *vm, Dict *d, Value key)
{
    Value v;
    return dict_lookup(vm, d, key, &v);
}

Value dict_get_str(Dict *d, Str *key)
{
    if (d->index_size == 0)
        return 0;
    int64_t hash = str_hash(key);
    uint64_t mask = (uint64_t)d->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY)
            return 0;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == OBJ_VAL(key))
                return e->value;
            if (e->hash == hash && IS_OBJ(e->key) && str_check(e->key) &&
                !(AS_STR(e->key)->interned && key->interned && IS_STR(e->key)) &&
                str_eq(AS_STR(e->key), key))
                return e->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr(VM *vm, Dict *d, const char *key)
{
    Str *s = str_from_cstr(vm, key);
    if (!s) {
        vm_exc_clear(vm);
        return 0;
    }
    return dict_get_str(d, s);
}

int dict_set_hashed(VM *vm, Dict *d, Value key, int64_t hash, Value v)
{
    return insert(vm, d, key, hash, v);
}

int dict_set(VM *vm, Dict *d, Value key, Value v)
{
    int64_t hash = key_hash(vm, key);
    if (hash == -1)
        return -1;
    return insert(vm, d, key, hash, v);
}

int dict_set_str(VM *vm, Dict *d, Str *key, Value v)
{
    return insert(vm, d, OBJ_VAL(key), str_hash(key), v);
}

int dict_set_cstr(VM *vm, Dict *d, const char *key, Value v)
{
    Str *s = str_intern_cstr(vm, key);
    if (!s)
        return -1;
    return dict_set_str(vm, d, s, v);
}

static int del_hashed(VM *vm, Dict *d, Value key, int64_t hash)
{
    int64_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    delete_at(d, slot, ix);
    return 1;
}

int dict_del(VM *vm, Dict *d, Value key)
{
    int64_t hash = key_hash(vm, key);
    if (hash == -1)
        return -1;
    return del_hashed(vm, d, key, hash);
}

int dict_del_str(VM *vm, Dict *d, Str *key)
{
    return del_hashed(vm, d, OBJ_VAL(key), str_hash(key));
}

bool dict_next_hashed(Dict *d, int64_t *pos, Value *key, Value *value, int64_t *hash)
{
    int64_t i = *pos;
    while (i < d->nentries && !d->entries[i].key)
        i++;
    if (i >= d->nentries) {
        *pos = i;
        return false;
    }
    DictEntry *e = &d->entries[i];
    if (key)
        *key = e->key;
    if (value)
        *value = e->value;
    if (hash)
        *hash = e->hash;
    *pos = i + 1;
    return true;
}

bool dict_next(Dict *d, int64_t *pos, Value *key, Value *value)
{
    return dict_next_hashed(d, pos, key, value, NULL);
}

void dict_clear(VM *vm, Dict *d)
{
    d->indices = NULL;
    d->entries = NULL;
    d->index_size = 0;
    d->capacity = 0;
    d->nentries = 0;
    d->used = 0;
    bump(d);
}

/* Copies src's live entries into the empty d (no comparisons needed). */
static int copy_into(VM *vm, Dict *d, Dict *src)
{
    if (src->used == 0)
        return 0;
    if (resize_to(vm, d, size_for(src->used)) < 0)
        return -1;
    for (int64_t k = 0; k < src->nentries; k++) {
        DictEntry *e = &src->entries[k];
        if (!e->key)
            continue;
        uint64_t slot = find_empty_slot(d, e->hash);
        d->indices[slot] = d->nentries;
        d->entries[d->nentries++] = *e;
        d->used++;
    }
    bump(d);
    return 0;
}

Dict *dict_copy(VM *vm, Dict *src)
{
    Dict *d = dict_new(vm);
    if (!d || copy_into(vm, d, src) < 0)
        return NULL;
    return d;
}

static Value dict_iter(VM *vm, Value self);

/* A dict whose iteration is the plain one (not overridden __iter__). */
static bool plain_dict(Value v)
{
    return IS_DICT(v) || (dict_check(v) && AS_OBJ(v)->type->iter == dict_iter);
}

/* Merges the pairs of an iterable ([(k, v), ...]) into d. */
static int merge_from_seq2(VM *vm, Dict *d, Value seq, bool override)
{
    Value it = obj_iter(vm, seq);
    if (!it)
        return -1;
    for (int64_t n = 0;; n++) {
        Value item = obj_next(vm, it);
        if (!item)
            return vm->exc ? -1 : 0;
        Value kv[2];
        if (IS_TUPLE(item) || IS_LIST(item)) {
            int64_t len = IS_TUPLE(item) ? AS_TUPLE(item)->len : AS_LIST(item)->len;
            if (len != 2) {
                vm_raise(vm, &exc_ValueError,
                         "dictionary update sequence element #%lld has length %lld; 2 is required",
                         (long long)n, (long long)len);
                return -1;
            }
            const Value *src = IS_TUPLE(item) ? AS_TUPLE(item)->items : AS_LIST(item)->items;
            kv[0] = src[0];
            kv[1] = src[1];
        } else {
            Value sub = obj_iter(vm, item);
            if (!sub) {
                if (vm_exc_matches(vm, &exc_TypeError)) {
                    vm_exc_clear(vm);
                    vm_raise(vm, &exc_TypeError,
                             "cannot convert dictionary update sequence element #%lld to a sequence",
                             (long long)n);
                }
                return -1;
            }
            List *tmp = list_new(vm, 0);
            if (!tmp || list_extend(vm, tmp, sub) < 0)
                return -1;
            if (tmp->len != 2) {
                vm_raise(vm, &exc_ValueError,
                         "dictionary update sequence element #%lld has length %lld; 2 is required",
                         (long long)n, (long long)tmp->len);
                return -1;
            }
            kv[0] = tmp->items[0];
            kv[1] = tmp->items[1];
        }
        if (!override) {
            int r = dict_contains(vm, d, kv[0]);
            if (r < 0)
                return -1;
            if (r)
                continue;
        }
        if (dict_set(vm, d, kv[0], kv[1]) < 0)
            return -1;
    }
}

int dict_merge(VM *vm, Dict *d, Value other, bool override)
{
    if (plain_dict(other)) {
        Dict *o = AS_DICT(other);
        if (o == d || o->used == 0)
            return 0;
        if (d->used == 0 && override && IS_DICT(other) && d->nentries == 0)
            return copy_into(vm, d, o);
        /* Make room once rather than growing step by step. */
        if (d->nentries + o->used > d->capacity) {
            if (resize_to(vm, d, size_for((d->used + o->used) * 3 / 2)) < 0)
                return -1;
        }
        for (int64_t k = 0; k < o->nentries; k++) {
            DictEntry *e = &o->entries[k];
            if (!e->key)
                continue;
            Value key = e->key, value = e->value;
            int64_t hash = e->hash;
            if (!override) {
                Value dummy;
                int r = dict_lookup_hashed(vm, d, key, hash, &dummy);
                if (r < 0)
                    return -1;
                if (r)
                    continue;
            }
            if (insert(vm, d, key, hash, value) < 0)
                return -1;
            if (k >= o->nentries)
                break;
        }
        return 0;
    }
    /* Any mapping: its keys(), then m[k] for each. */
    Value keys = obj_call_method(vm, other, "keys", 0, NULL);
    if (!keys)
        return -1;
    Value it = obj_iter(vm, keys);
    if (!it)
        return -1;
    for (;;) {
        Value k = obj_next(vm, it);
        if (!k)
            return vm->exc ? -1 : 0;
        if (!override) {
            int r = dict_contains(vm, d, k);
            if (r < 0)
                return -1;
            if (r)
                continue;
        }
        Value v = obj_getitem(vm, other, k);
        if (!v)
            return -1;
        if (dict_set(vm, d, k, v) < 0)
            return -1;
    }
}

static Str *s_keys;

/* dict.update's argument: a dict, anything with keys(), or pairs. */
static int update_arg(VM *vm, Dict *d, Value other)
{
    if (IS_DICT(other))
        return dict_merge(vm, d, other, true);
    if (!s_keys)
        s_keys = str_intern_cstr(vm, "keys");
    Value f = obj_getattr_opt(vm, other, s_keys);
    if (!f && vm->exc)
        return -1;
    if (f)
        return dict_merge(vm, d, other, true);
    return merge_from_seq2(vm, d, other, true);
}

int dict_update(VM *vm, Dict *d, Value other)
{
    return update_arg(vm, d, other);
}

Value dict_setdefault(VM *vm, Dict *d, Value key, Value dflt)
{
    int64_t hash = key_hash(vm, key);
    if (hash == -1)
        return 0;
    int64_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == -2)
        return 0;
    if (ix >= 0)
        return d->entries[ix].value;
    if (insert_new(vm, d, key, hash, dflt) < 0)
        return 0;
    return dflt;
}

/* 0 keys, 1 values, 2 items */
static Value dict_list_of(VM *vm, Dict *d, int kind)
{
    List *l = list_new(vm, d->used);
    if (!l)
        return 0;
    int64_t n = 0;
    for (int64_t k = 0; k < d->nentries && n < l->len; k++) {
        DictEntry *e = &d->entries[k];
        if (!e->key)
            continue;
        Value v = kind == 0 ? e->key : kind == 1 ? e->value : tuple_pack(vm, 2, e->key, e->value);
        if (!v)
            return 0;
        l->items[n++] = v;
    }
    l->len = n;
    return OBJ_VAL(l);
}

Value dict_keys_list(VM *vm, Dict *d) { return dict_list_of(vm, d, 0); }
Value dict_values_list(VM *vm, Dict *d) { return dict_list_of(vm, d, 1); }
Value dict_items_list(VM *vm, Dict *d) { return dict_list_of(vm, d, 2); }

/* ---- slots ---------------------------------------------------------------------- */

static Value dict_repr(VM *vm, Value self)
{
    Dict *d = AS_DICT(self);
    if (d->used == 0)
        return OBJ_VAL(str_from_cstr(vm, "{}"));
    int r = container_repr_enter(vm, self);
    if (r < 0)
        return 0;
    if (r > 0)
        return OBJ_VAL(str_from_cstr(vm, "{...}"));
    if (container_enter(vm, REPR_DEPTH_MSG) < 0) {
        container_repr_leave(vm, self);
        return 0;
    }
    StrBuf sb;
    sb_init(&sb, vm);
    sb_addc(&sb, '{');
    bool first = true;
    for (int64_t k = 0; k < d->nentries; k++) {
        Value key = d->entries[k].key, value = d->entries[k].value;
        if (!key)
            continue;
        if (!first)
            sb_add(&sb, ", ", 2);
        first = false;
        Value s = obj_repr(vm, key);
        if (!s)
            goto fail;
        sb_add(&sb, AS_STR(s)->data, (size_t)AS_STR(s)->len);
        sb_add(&sb, ": ", 2);
        s = obj_repr(vm, value);
        if (!s)
            goto fail;
        sb_add(&sb, AS_STR(s)->data, (size_t)AS_STR(s)->len);
    }
    sb_addc(&sb, '}');
    vm_leave_call(vm);
    container_repr_leave(vm, self);
    return OBJ_VAL(sb_finish(&sb));
fail:
    vm_leave_call(vm);
    container_repr_leave(vm, self);
    return 0;
}

/* a == b for two dicts: same size, and every key of a maps to an equal
 * value in b. */
static int dict_equal(VM *vm, Dict *a, Dict *b)
{
    if (a->used != b->used)
        return 0;
    for (int64_t k = 0; k < a->nentries; k++) {
        DictEntry *e = &a->entries[k];
        if (!e->key)
            continue;
        Value key = e->key, av = e->value;
        Value bv;
        int r = dict_lookup_hashed(vm, b, key, e->hash, &bv);
        if (r <= 0)
            return r;
        r = av == bv ? 1 : obj_eq(vm, av, bv);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Value dict_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE))
        return NOT_IMPLEMENTED;
    if (container_enter(vm, CMP_DEPTH_MSG) < 0)
        return 0;
    int r = dict_equal(vm, AS_DICT(a), AS_DICT(b));
    vm_leave_call(vm);
    if (r < 0)
        return 0;
    return BOOL_VAL(op == CMP_EQ ? r : !r);
}

static int64_t dict_len(VM *vm, Value a)
{
    return AS_DICT(a)->used;
}

static int dict_bool(VM *vm, Value a)
{
    return AS_DICT(a)->used != 0;
}

static Str *s_missing;

Value dict_getitem(VM *vm, Value self, Value key)
{
    Dict *d = AS_DICT(self);
    int64_t hash = key_hash(vm, key);
    if (hash == -1)
        return 0;
    int64_t slot;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == -2)
        return 0;
    if (ix >= 0)
        return d->entries[ix].value;
    if (!IS_DICT(self)) {
        if (!s_missing)
            s_missing = str_intern_cstr(vm, "__missing__");
        Value m = type_lookup(AS_OBJ(self)->type, s_missing);
        if (m)
            return call_special(vm, self, m, 1, &key, NULL);
    }
    return raise_key_error(vm, key);
}

static int dict_ass_subscript(VM *vm, Value self, Value key, Value v)
{
    Dict *d = AS_DICT(self);
    if (v)
        return dict_set(vm, d, key, v);
    int r = dict_del(vm, d, key);
    if (r < 0)
        return -1;
    if (r == 0) {
        raise_key_error(vm, key);
        return -1;
    }
    return 0;
}

static int dict_contains_slot(VM *vm, Value self, Value key)
{
    return dict_contains(vm, AS_DICT(self), key);
}

static Value dict_or(VM *vm, Value a, Value b)
{
    if (!dict_check(a) || !dict_check(b))
        return NOT_IMPLEMENTED;
    Dict *d = dict_copy(vm, AS_DICT(a));
    if (!d || dict_merge(vm, d, b, true) < 0)
        return 0;
    return OBJ_VAL(d);
}

static Value dict_ior(VM *vm, Value a, Value b)
{
    if (!dict_check(a))
        return NOT_IMPLEMENTED;
    if (update_arg(vm, AS_DICT(a), b) < 0)
        return 0;
    return a;
}

static Value dict_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    Dict *d = (Dict *)obj_alloc(vm, t);
    if (!d)
        return 0;
    bump(d);
    return OBJ_VAL(d);
}

/* Adds keyword arguments (values at argv[argc..]) to d. */
static int add_kwargs(VM *vm, Dict *d, int argc, Value *argv, Tuple *kwnames)
{
    if (!kwnames)
        return 0;
    for (int64_t i = 0; i < kwnames->len; i++)
        if (dict_set(vm, d, kwnames->items[i], argv[argc + i]) < 0)
            return -1;
    return 0;
}

static int dict_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_range(vm, NULL, "dict", argc, NULL, 0, 1) < 0)
        return -1;
    Dict *d = AS_DICT(self);
    if (argc == 1 && update_arg(vm, d, argv[0]) < 0)
        return -1;
    return add_kwargs(vm, d, argc, argv, kwnames);
}

/* ---- iterators ------------------------------------------------------------------------ */

typedef struct DictIter {
    Obj hdr;
    Dict *dict;          /* NULL once exhausted */
    int64_t pos;         /* next entry to look at (reverse: current) */
    int64_t used;        /* d->used when the iteration began */
    int64_t remaining;   /* items still to produce */
} DictIter;

static Value iter_self(VM *vm, Value self)
{
    return self;
}

static Value dictiter_make(VM *vm, Dict *d, TypeObject *t, bool reverse)
{
    if (t != &type_dict_iterator)
        container_type_ready(vm, t);
    DictIter *it = (DictIter *)obj_alloc(vm, t);
    if (!it)
        return 0;
    it->dict = d;
    it->used = d->used;
    it->remaining = d->used;
    it->pos = reverse ? d->nentries - 1 : 0;
    return OBJ_VAL(it);
}

/* The next live entry, or NULL (with or without an exception). */
static DictEntry *dictiter_step(VM *vm, DictIter *it, bool reverse)
{
    Dict *d = it->dict;
    if (!d)
        return NULL;
    if (it->used != d->used) {
        vm_raise(vm, &exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;   /* stays broken, as CPython's */
        return NULL;
    }
    int64_t i = it->pos;
    if (reverse) {
        if (i >= d->nentries)
            i = d->nentries - 1;
        while (i >= 0 && !d->entries[i].key)
            i--;
        if (i < 0)
            goto done;
        it->pos = i - 1;
    } else {
        while (i < d->nentries && !d->entries[i].key)
            i++;
        if (i >= d->nentries)
            goto done;
        it->pos = i + 1;
    }
    if (it->remaining <= 0) {
        vm_raise(vm, &exc_RuntimeError, "dictionary keys changed during iteration");
        it->dict = NULL;
        return NULL;
    }
    it->remaining--;
    return &d->entries[i];
done:
    it->dict = NULL;
    return NULL;
}

static Value dictiter_next_key(VM *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), false);
    return e ? e->key : 0;
}

static Value dictiter_next_value(VM *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), false);
    return e ? e->value : 0;
}

static Value dictiter_next_item(VM *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), false);
    return e ? tuple_pack(vm, 2, e->key, e->value) : 0;
}

static Value dictrev_next_key(VM *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), true);
    return e ? e->key : 0;
}

static Value dictrev_next_value(VM *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), true);
    return e ? e->value : 0;
}

static Value dictrev_next_item(VM *vm, Value self)
{
    DictEntry *e = dictiter_step(vm, (DictIter *)AS_OBJ(self), true);
    return e ? tuple_pack(vm, 2, e->key, e->value) : 0;
}

static Value dictiter_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    DictIter *it = (DictIter *)AS_OBJ(argv[0]);
    int64_t n = it->dict && it->used == it->dict->used ? it->remaining : 0;
    return MK_INT(n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {0},
};

#define DICT_ITER_TYPE(cname, pyname, nextfn) \
    TypeObject cname = { \
        .hdr.type = &type_type, \
        .name = pyname, \
        .instance_size = sizeof(DictIter), \
        .iter = iter_self, \
        .next = nextfn, \
        .methods = dictiter_methods, \
    };

DICT_ITER_TYPE(type_dict_iterator, "dict_keyiterator", dictiter_next_key)
DICT_ITER_TYPE(type_dict_valueiterator, "dict_valueiterator", dictiter_next_value)
DICT_ITER_TYPE(type_dict_itemiterator, "dict_itemiterator", dictiter_next_item)
DICT_ITER_TYPE(type_dict_reverseiterator, "dict_reversekeyiterator", dictrev_next_key)
DICT_ITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator", dictrev_next_value)
DICT_ITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator", dictrev_next_item)

static Value dict_iter(VM *vm, Value self)
{
    return dictiter_make(vm, AS_DICT(self), &type_dict_iterator, false);
}

/* ---- views -------------------------------------------------------------------------------- */

typedef struct DictView { Obj hdr; Dict *dict; } DictView;
#define VIEW_DICT(v) (((DictView *)AS_OBJ(v))->dict)

static Value view_new(VM *vm, Dict *d, TypeObject *t)
{
    DictView *v = (DictView *)obj_alloc(vm, t);
    if (!v)
        return 0;
    v->dict = d;
    return OBJ_VAL(v);
}

static bool is_view(Value v, TypeObject *t)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == t;
}

/* keys and items views behave as sets */
static bool is_setlike_view(Value v)
{
    return is_view(v, &type_dict_keys) || is_view(v, &type_dict_items);
}

static int64_t view_len(VM *vm, Value self)
{
    return VIEW_DICT(self)->used;
}

static Value view_repr(VM *vm, Value self)
{
    int r = container_repr_enter(vm, self);
    if (r < 0)
        return 0;
    if (r > 0)
        return OBJ_VAL(str_from_cstr(vm, "..."));
    int kind = is_view(self, &type_dict_keys) ? 0 : is_view(self, &type_dict_values) ? 1 : 2;
    Value l = dict_list_of(vm, VIEW_DICT(self), kind);
    Value s = l ? obj_repr(vm, l) : 0;
    container_repr_leave(vm, self);
    if (!s)
        return 0;
    return OBJ_VAL(str_printf(vm, "%s(%s)", AS_OBJ(self)->type->name, AS_STR(s)->data));
}

static Value keys_iter(VM *vm, Value self)
{
    return dictiter_make(vm, VIEW_DICT(self), &type_dict_iterator, false);
}

static Value values_iter(VM *vm, Value self)
{
    return dictiter_make(vm, VIEW_DICT(self), &type_dict_valueiterator, false);
}

static Value items_iter(VM *vm, Value self)
{
    return dictiter_make(vm, VIEW_DICT(self), &type_dict_itemiterator, false);
}

static int keys_contains(VM *vm, Value self, Value key)
{
    return dict_contains(vm, VIEW_DICT(self), key);
}

static int items_contains(VM *vm, Value self, Value item)
{
    if (!IS_TUPLE(item) || AS_TUPLE(item)->len != 2)
        return 0;
    Value v;
    int r = dict_lookup(vm, VIEW_DICT(self), AS_TUPLE(item)->items[0], &v);
    if (r <= 0)
        return r;
    Value want = AS_TUPLE(item)->items[1];
    return v == want ? 1 : obj_eq(vm, v, want);
}

static int view_contains_any(VM *vm, Value view, Value x)
{
    return is_view(view, &type_dict_keys) ? keys_contains(vm, view, x) : items_contains(vm, view, x);
}

/* Is every element of a in b?  b is a set or a set-like view. */
static int all_contained_in(VM *vm, Value a, Value b)
{
    Value it = obj_iter(vm, a);
    if (!it)
        return -1;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? -1 : 1;
        int r = obj_contains(vm, b, x);
        if (r <= 0)
            return r;
    }
}

static Value view_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!set_check(b) && !is_setlike_view(b))
        return NOT_IMPLEMENTED;
    int64_t la = obj_len(vm, a), lb;
    if (la < 0)
        return 0;
    lb = obj_len(vm, b);
    if (lb < 0)
        return 0;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        r = la == lb ? all_contained_in(vm, a, b) : 0;
        if (r < 0)
            return 0;
        return BOOL_VAL(op == CMP_EQ ? r : !r);
    case CMP_LT:
        r = la < lb ? all_contained_in(vm, a, b) : 0;
        break;
    case CMP_LE:
        r = la <= lb ? all_contained_in(vm, a, b) : 0;
        break;
    case CMP_GT:
        r = la > lb ? all_contained_in(vm, b, a) : 0;
        break;
    default:
        r = la >= lb ? all_contained_in(vm, b, a) : 0;
        break;
    }
    if (r < 0)
        return 0;
    return BOOL_VAL(r);
}

/* A fresh set of the view's elements (or of any iterable). */
static Value to_set(VM *vm, Value v)
{
    return set_from_iterable(vm, &type_set, v);
}

static Value view_sub(VM *vm, Value a, Value b)
{
    Value s = to_set(vm, a);
    if (!s)
        return 0;
    Value r = obj_call_method(vm, s, "difference_update", 1, &b);
    return r ? s : 0;
}

static Value view_or(VM *vm, Value a, Value b)
{
    Value s = to_set(vm, a);
    if (!s || set_update(vm, (Set *)AS_OBJ(s), b) < 0)
        return 0;
    return s;
}

static Value view_xor(VM *vm, Value a, Value b)
{
    Value s = to_set(vm, a);
    if (!s)
        return 0;
    Value r = obj_call_method(vm, s, "symmetric_difference_update", 1, &b);
    return r ? s : 0;
}

static Value view_and(VM *vm, Value a, Value b)
{
    /* The interpreter passes the operands in order; the view may be b. */
    if (!is_setlike_view(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    int64_t la = obj_len(vm, a);
    if (la < 0)
        return 0;
    if (IS_OBJ(b) && AS_OBJ(b)->type == &type_set) {
        int64_t lb = obj_len(vm, b);
        if (lb < 0)
            return 0;
        if (la <= lb)
            return obj_call_method(vm, b, "intersection", 1, &a);
    }
    if (is_setlike_view(b)) {
        int64_t lb = obj_len(vm, b);
        if (lb < 0)
            return 0;
        if (lb > la) {
            Value t = a;
            a = b;
            b = t;
        }
    }
    Set *res = set_new(vm, &type_set);
    if (!res)
        return 0;
    Value it = obj_iter(vm, b);
    if (!it)
        return 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? 0 : OBJ_VAL(res);
        int r = view_contains_any(vm, a, x);
        if (r < 0)
            return 0;
        if (r && set_add(vm, res, x) < 0)
            return 0;
    }
}

static Value view_isdisjoint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_one(vm, "isdisjoint", argc - 1, kwnames) < 0)
        return 0;
    Value self = argv[0], other = argv[1];
    if (self == other)
        return BOOL_VAL(VIEW_DICT(self)->used == 0);
    Value it = obj_iter(vm, other);
    if (!it)
        return 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? 0 : TRUE_VAL;
        int r = view_contains_any(vm, self, x);
        if (r < 0)
            return 0;
        if (r)
            return FALSE_VAL;
    }
}

static Value keys_reversed(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    return dictiter_make(vm, VIEW_DICT(argv[0]), &type_dict_reverseiterator, true);
}

static Value values_reversed(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    return dictiter_make(vm, VIEW_DICT(argv[0]), &type_dict_reversevalueiterator, true);
}

static Value items_reversed(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    return dictiter_make(vm, VIEW_DICT(argv[0]), &type_dict_reverseitemiterator, true);
}

/* view.mapping: a read-only proxy of the dict the view looks at */
static Value view_get_mapping(VM *vm, Value self)
{
    return mappingproxy_new(vm, OBJ_VAL(VIEW_DICT(self)));
}

static const GetSetDef view_getsets[] = {
    {"mapping", view_get_mapping, NULL},
    {0},
};

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, 0, NULL},
    {0},
};

static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, 0, NULL},
    {0},
};

static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0, NULL},
    {0},
};

TypeObject type_dict_keys = {
    .hdr.type = &type_type,
    .name = "dict_keys",
    .instance_size = sizeof(DictView),
    .repr = view_repr,
    .richcompare = view_richcompare,
    .len = view_len,
    .contains = keys_contains,
    .iter = keys_iter,
    .binop = {[BINOP_SUB] = view_sub, [BINOP_OR] = view_or, [BINOP_XOR] = view_xor,
              [BINOP_AND] = view_and},
    .methods = keys_methods,
    .getsets = view_getsets,
};

TypeObject type_dict_items = {
    .hdr.type = &type_type,
    .name = "dict_items",
    .instance_size = sizeof(DictView),
    .repr = view_repr,
    .richcompare = view_richcompare,
    .len = view_len,
    .contains = items_contains,
    .iter = items_iter,
    .binop = {[BINOP_SUB] = view_sub, [BINOP_OR] = view_or, [BINOP_XOR] = view_xor,
              [BINOP_AND] = view_and},
    .methods = items_methods,
    .getsets = view_getsets,
};

TypeObject type_dict_values = {
    .hdr.type = &type_type,
    .name = "dict_values",
    .instance_size = sizeof(DictView),
    .repr = view_repr,
    .len = view_len,
    .iter = values_iter,      /* `in` iterates, as CPython's (no __contains__) */
    .methods = values_methods,
    .getsets = view_getsets,
};

/* ---- methods ----------------------------------------------------------------------------- */

#define SELF_CHECK(mname) \
    if (cargs_self(vm, mname, &type_dict, argc, argv) < 0) return 0; \
    Dict *d = AS_DICT(argv[0]); (void)d

static Value m_get(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("get");
    if (cargs_range(vm, "dict.get", "get", argc - 1, kwnames, 1, 2) < 0)
        return 0;
    Value v;
    int r = dict_lookup(vm, d, argv[1], &v);
    if (r < 0)
        return 0;
    if (r)
        return v;
    return argc > 2 ? argv[2] : NONE;
}

static Value m_keys(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("keys");
    if (cargs_noargs(vm, "dict.keys", argc - 1, kwnames) < 0)
        return 0;
    return view_new(vm, d, &type_dict_keys);
}

static Value m_values(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("values");
    if (cargs_noargs(vm, "dict.values", argc - 1, kwnames) < 0)
        return 0;
    return view_new(vm, d, &type_dict_values);
}

static Value m_items(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("items");
    if (cargs_noargs(vm, "dict.items", argc - 1, kwnames) < 0)
        return 0;
    return view_new(vm, d, &type_dict_items);
}

static Value m_pop(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("pop");
    if (cargs_range(vm, "dict.pop", "pop", argc - 1, kwnames, 1, 2) < 0)
        return 0;
    Value key = argv[1];
    int64_t slot, ix = -1;
    if (d->used > 0) {      /* an empty dict does not even hash the key, as CPython */
        int64_t hash = key_hash(vm, key);
        if (hash == -1)
            return 0;
        ix = lookup(vm, d, key, hash, &slot);
        if (ix == -2)
            return 0;
    }
    if (ix < 0) {
        if (argc > 2)
            return argv[2];
        return raise_key_error(vm, key);
    }
    Value v = d->entries[ix].value;
    delete_at(d, slot, ix);
    return v;
}

static Value m_popitem(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("popitem");
    if (cargs_noargs(vm, "dict.popitem", argc - 1, kwnames) < 0)
        return 0;
    if (d->used == 0) {
        Value msg = OBJ_VAL(str_from_cstr(vm, "popitem(): dictionary is empty"));
        return raise_key_error(vm, msg);
    }
    int64_t i = d->nentries - 1;
    while (i >= 0 && !d->entries[i].key)
        i--;
    DictEntry *e = &d->entries[i];
    Value res = tuple_pack(vm, 2, e->key, e->value);
    if (!res)
        return 0;
    uint64_t slot = find_slot_of(d, e->hash, i);
    delete_at(d, (int64_t)slot, i);
    /* Reuse the entry; the slot stays DUMMY, so the usable room shrinks by
     * one as well (CPython's accounting keeps an EMPTY slot for probes). */
    d->nentries = i;
    d->capacity--;
    return res;
}

static Value m_setdefault(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("setdefault");
    if (cargs_range(vm, "dict.setdefault", "setdefault", argc - 1, kwnames, 1, 2) < 0)
        return 0;
    return dict_setdefault(vm, d, argv[1], argc > 2 ? argv[2] : NONE);
}

static Value m_update(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("update");
    if (cargs_range(vm, NULL, "update", argc - 1, NULL, 0, 1) < 0)
        return 0;
    if (argc > 1 && update_arg(vm, d, argv[1]) < 0)
        return 0;
    if (add_kwargs(vm, d, argc, argv, kwnames) < 0)
        return 0;
    return NONE;
}

static Value m_copy(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("copy");
    if (cargs_noargs(vm, "dict.copy", argc - 1, kwnames) < 0)
        return 0;
    Dict *c = dict_copy(vm, d);
    return c ? OBJ_VAL(c) : 0;
}

static Value m_clear(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("clear");
    if (cargs_noargs(vm, "dict.clear", argc - 1, kwnames) < 0)
        return 0;
    dict_clear(vm, d);
    return NONE;
}

static Value m_fromkeys(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_range(vm, "dict.fromkeys", "fromkeys", argc - 1, kwnames, 1, 2) < 0)
        return 0;
    Value cls = argv[0];
    Value value = argc > 2 ? argv[2] : NONE;
    Value d = obj_call0(vm, cls);
    if (!d)
        return 0;
    Value it = obj_iter(vm, argv[1]);
    if (!it)
        return 0;
    for (;;) {
        Value k = obj_next(vm, it);
        if (!k)
            return vm->exc ? 0 : d;
        int r = IS_DICT(d) ? dict_set(vm, AS_DICT(d), k, value) : obj_setitem(vm, d, k, value);
        if (r < 0)
            return 0;
    }
}

static Value m_reversed(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("__reversed__");
    if (cargs_noargs(vm, "dict.__reversed__", argc - 1, kwnames) < 0)
        return 0;
    return dictiter_make(vm, d, &type_dict_reverseiterator, true);
}

static Value m_getitem(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SELF_CHECK("__getitem__");
    if (cargs_one(vm, "dict.__getitem__", argc - 1, kwnames) < 0)
        return 0;
    return dict_getitem(vm, argv[0], argv[1]);
}

static const MethodDef dict_methods[] = {
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"keys", m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"copy", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"clear", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"fromkeys", m_fromkeys, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"__getitem__", m_getitem, 0, "x.__getitem__(y) <==> x[y]"},
    {"__class_getitem__", container_class_getitem, METH_CLASS, "See PEP 585"},
    {0},
};

TypeObject type_dict = {
    .hdr.type = &type_type,
    .name = "dict",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Dict),
    .new_ = dict_new_slot,
    .init = dict_init,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .bool_ = dict_bool,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_ass_subscript,
    .contains = dict_contains_slot,
    .iter = dict_iter,
    .binop = {[BINOP_OR] = dict_or},
    .inplace = {[BINOP_OR] = dict_ior},
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary",
};
