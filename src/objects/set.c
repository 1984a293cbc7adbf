/* set.c — set and frozenset.
 *
 * The table is CPython's: open addressing over a power-of-two array that
 * starts at 8 slots, probing up to 9 neighbouring slots linearly before
 * jumping with the perturbed recurrence, growing when 3/5 full.  Every
 * operation below inserts in the same order as CPython's does, so a set
 * iterates (and prints) in the same order as in CPython: {3, 1, 2} prints
 * {1, 2, 3}.
 *
 * Slot states: unused (key 0, hash 0), dummy (key DUMMY, hash -1: a deleted
 * key that must not break probe chains), active.  `fill` counts active and
 * dummy slots, `used` active ones.  For a mutable set the `hash` field, which
 * only a frozenset needs, holds pop()'s search finger instead.
 */
#include <string.h>
#include <stdio.h>
#include "object.h"
#include "vm.h"
#include "container.h"
#include "objmodel.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define HASH_MODULUS ((int64_t)(((uint64_t)1 << 61) - 1))

static Obj dummy_obj;                 /* never visible to Python code */
#define DUMMY OBJ_VAL(&dummy_obj)

bool set_check(Value v)
{
    if (!IS_OBJ(v))
        return false;
    TypeObject *t = AS_OBJ(v)->type;
    return t == &type_set || t == &type_frozenset ||
           type_is_subtype(t, &type_set) || type_is_subtype(t, &type_frozenset);
}

bool frozenset_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_frozenset ||
                         type_is_subtype(AS_OBJ(v)->type, &type_frozenset));
}

/* set or a subclass of set (not frozenset) */
static bool mutable_set_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &type_set ||
                         type_is_subtype(AS_OBJ(v)->type, &type_set));
}

#define AS_SET(v) ((Set *)AS_OBJ(v))

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

static int init_table(VM *vm, Set *s)
{
    s->table = mem_alloc(vm, SET_MINSIZE * sizeof(SetEntry));
    if (!s->table)
        return -1;
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    return 0;
}

Set *set_new(VM *vm, TypeObject *t)
{
    Set *s = (Set *)obj_alloc(vm, t);
    if (!s || init_table(vm, s) < 0)
        return NULL;
    s->hash = (t == &type_frozenset || type_is_subtype(t, &type_frozenset)) ? -1 : 0;
    return s;
}

/* Sets made by an operation on `t`'s instances are plain set / frozenset. */
static TypeObject *base_type(TypeObject *t)
{
    if (t == &type_set || t == &type_frozenset)
        return t;
    return type_is_subtype(t, &type_set) ? &type_set : &type_frozenset;
}

/* ---- probing ------------------------------------------------------------------ */

/* The active entry holding key, or the unused entry ending its probe
 * sequence; NULL on error. */
static SetEntry *lookkey(VM *vm, Set *so, Value key, int64_t hash)
{
restart:;
    SetEntry *table = so->table;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        SetEntry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == 0)
                return entry;
            if (entry->hash == hash) {
                Value sk = entry->key;
                if (sk == key)
                    return entry;
                if (IS_STR(sk) && IS_STR(key)) {
                    if (str_eq(AS_STR(sk), AS_STR(key)))
                        return entry;
                } else if (!(IS_INT(sk) && IS_INT(key))) {
                    int cmp = obj_eq(vm, sk, key);
                    if (cmp < 0)
                        return NULL;
                    if (table != so->table || entry->key != sk)
                        goto restart;
                    if (cmp > 0)
                        return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Places a key known to be absent into a table without dummies. */
static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (!entry->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (!entry->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuilds the table with the smallest size above minused. */
static int table_resize(VM *vm, Set *so, int64_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    if (newsize == SET_MINSIZE && so->mask == SET_MINSIZE - 1 && so->fill == so->used)
        return 0;   /* CPython keeps its small table as it is */
    SetEntry *old = so->table;
    size_t oldmask = (size_t)so->mask;
    SetEntry *table = mem_alloc(vm, newsize * sizeof(SetEntry));
    if (!table)
        return -1;
    so->table = table;
    so->mask = (int64_t)newsize - 1;
    bool dummies = so->fill != so->used;
    so->fill = so->used;
    for (size_t k = 0; k <= oldmask; k++) {
        Value key = old[k].key;
        if (key && (!dummies || key != DUMMY))
            insert_clean(table, newsize - 1, key, old[k].hash);
    }
    return 0;
}

static int add_entry(VM *vm, Set *so, Value key, int64_t hash)
{
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    SetEntry *freeslot = NULL;
    SetEntry *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == 0)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value sk = entry->key;
                if (sk == key)
                    return 0;
                if (IS_STR(sk) && IS_STR(key)) {
                    if (str_eq(AS_STR(sk), AS_STR(key)))
                        return 0;
                } else if (!(IS_INT(sk) && IS_INT(key))) {
                    SetEntry *table = so->table;
                    int cmp = obj_eq(vm, sk, key);
                    if (cmp > 0)
                        return 0;
                    if (cmp < 0)
                        return -1;
                    if (table != so->table || entry->key != sk)
                        goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int ensure_table(VM *vm, Set *s)
{
    return s->table ? 0 : init_table(vm, s);
}

int set_add(VM *vm, Set *s, Value key)
{
    int64_t hash = key_hash(vm, key);
    if (hash == -1 || ensure_table(vm, s) < 0)
        return -1;
    return add_entry(vm, s, key, hash);
}

static int contains_entry(VM *vm, Set *s, Value key, int64_t hash)
{
    if (!s->table)
        return 0;
    SetEntry *e = lookkey(vm, s, key, hash);
    if (!e)
        return -1;
    return e->key != 0;
}

static int contains_key(VM *vm, Set *s, Value key)
{
    int64_t hash = key_hash(vm, key);
    if (hash == -1)
        return -1;
    return contains_entry(vm, s, key, hash);
}

/* 1 found and removed, 0 absent, -1 error */
static int discard_entry(VM *vm, Set *s, Value key, int64_t hash)
{
    if (!s->table)
        return 0;
    SetEntry *e = lookkey(vm, s, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    return 1;
}

static int discard_key(VM *vm, Set *s, Value key)
{
    int64_t hash = key_hash(vm, key);
    if (hash == -1)
        return -1;
    return discard_entry(vm, s, key, hash);
}

bool set_next(Set *s, int64_t *pos, Value *key)
{
    int64_t i = *pos;
    if (!s->table) {
        return false;
    }
    while (i <= s->mask && (!s->table[i].key || s->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > s->mask)
        return false;
    *key = s->table[i].key;
    return true;
}

static bool next_entry(Set *s, int64_t *pos, SetEntry **out)
{
    int64_t i = *pos;
    if (!s->table)
        return false;
    while (i <= s->mask && (!s->table[i].key || s->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > s->mask)
        return false;
    *out = &s->table[i];
    return true;
}

static void clear_internal(VM *vm, Set *s)
{
    SetEntry *t = mem_alloc(vm, SET_MINSIZE * sizeof(SetEntry));
    if (!t) {
        vm_exc_clear(vm);
        if (s->table) {
            memset(s->table, 0, (size_t)(s->mask + 1) * sizeof(SetEntry));
            s->fill = s->used = 0;
        }
        return;
    }
    s->table = t;
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
    if (!frozenset_check(OBJ_VAL(s)))
        s->hash = 0;
}

/* ---- bulk operations, each in CPython's insertion order -------------------- */

static int set_merge(VM *vm, Set *so, Set *other)
{
    if (other == so || other->used == 0)
        return 0;
    if (ensure_table(vm, so) < 0)
        return -1;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (table_resize(vm, so, (so->used + other->used) * 2) < 0)
            return -1;
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key) {
                so->table[i] = other->table[i];
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            Value key = other->table[i].key;
            if (key && key != DUMMY)
                insert_clean(so->table, (size_t)so->mask, key, other->table[i].hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask && other->table; i++) {
        SetEntry e = other->table[i];
        if (e.key && e.key != DUMMY) {
            if (add_entry(vm, so, e.key, e.hash) < 0)
                return -1;
        }
    }
    return 0;
}

int set_update(VM *vm, Set *so, Value other)
{
    if (ensure_table(vm, so) < 0)
        return -1;
    if (set_check(other))
        return set_merge(vm, so, AS_SET(other));
    if (IS_DICT(other)) {
        Dict *d = AS_DICT(other);
        if ((so->fill + d->used) * 5 >= so->mask * 3) {
            if (table_resize(vm, so, (so->used + d->used) * 2) < 0)
                return -1;
        }
        int64_t pos = 0, hash;
        Value key;
        while (dict_next_hashed(d, &pos, &key, NULL, &hash))
            if (add_entry(vm, so, key, hash) < 0)
                return -1;
        return 0;
    }
    if (IS_LIST(other) || IS_TUPLE(other)) {
        /* items read by index: a comparison may change a list */
        for (int64_t i = 0;; i++) {
            int64_t n = IS_LIST(other) ? AS_LIST(other)->len : AS_TUPLE(other)->len;
            if (i >= n)
                return 0;
            Value x = IS_LIST(other) ? AS_LIST(other)->items[i] : AS_TUPLE(other)->items[i];
            if (set_add(vm, so, x) < 0)
                return -1;
        }
    }
    Value it = obj_iter(vm, other);
    if (!it)
        return -1;
    for (;;) {
        Value x = obj_next(vm, it);
        if (!x)
            return vm->exc ? -1 : 0;
        if (set_add(vm, so, x) < 0)
            return -1;
    }
}

static Set *make_new_set(VM *vm, TypeObject *t, Value iterable)
{
    Set *s = set_new(vm, t);
    if (!s)
        return NULL;
    if (iterable && set_update(vm, s, iterable) < 0)
        return NULL;
    return s;
}

Value set_from_iterable(VM *vm, TypeObject *t, Value iterable)
{
    Set *s = make_new_set(vm, t, iterable);
    return s ? OBJ_VAL(s) : 0;
}

static Set *set_copy(VM *vm, Set *so)
{
    return make_new_set(vm, base_type(so->hdr.type), OBJ_VAL(so));
}

int set_contains(VM *vm, Set *s, Value key)
{
    int rv = contains_key(vm, s, key);
    if (rv < 0 && mutable_set_check(key) && vm_exc_matches(vm, &exc_TypeError)) {
        /* {1} in {frozenset({1})}: look the set up as a frozenset */
        vm_exc_clear(vm);
        Set *tmp = make_new_set(vm, &type_frozenset, key);
        if (!tmp)
            return -1;
        rv = contains_key(vm, s, OBJ_VAL(tmp));
    }
    return rv;
}

int set_discard(VM *vm, Set *s, Value key)
{
    int rv = discard_key(vm, s, key);
    if (rv < 0 && mutable_set_check(key) && vm_exc_matches(vm, &exc_TypeError)) {
        vm_exc_clear(vm);
        Set *tmp = make_new_set(vm, &type_frozenset, key);
        if (!tmp)
            return -1;
        rv = discard_key(vm, s, OBJ_VAL(tmp));
    }
    return rv;
}

static Set *set_intersection(VM *vm, Set *so, Value other)
{
    if (OBJ_VAL(so) == other)
        return set_copy(vm, so);
    Set *result = set_new(vm, base_type(so->hdr.type));
    if (!result)
        return NULL;
    if (set_check(other)) {
        Set *o = AS_SET(other);
        if (o->used > so->used) {
            Set *t = so;
            so = o;
            o = t;
        }
        int64_t pos = 0;
        SetEntry *e;
        while (next_entry(o, &pos, &e)) {
            Value key = e->key;
            int64_t hash = e->hash;
            int rv = contains_entry(vm, so, key, hash);
            if (rv < 0)
                return NULL;
            if (rv && add_entry(vm, result, key, hash) < 0)
                return NULL;
        }
        return result;
    }
    Value it = obj_iter(vm, other);
    if (!it)
        return NULL;
    for (;;) {
        Value key = obj_next(vm, it);
        if (!key)
            return vm->exc ? NULL : result;
        int64_t hash = key_hash(vm, key);
        if (hash == -1)
            return NULL;
        int rv = contains_entry(vm, so, key, hash);
        if (rv < 0)
            return NULL;
        if (rv) {
            if (add_entry(vm, result, key, hash) < 0)
                return NULL;
            if (result->used >= so->used)
                return result;
        }
    }
}

/* Moves b's contents into a (a takes b's table). */
static void take_body(Set *a, Set *b)
{
    a->table = b->table;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    if (!frozenset_check(OBJ_VAL(a)))
        a->hash = 0;
}

static int difference_update_internal(VM *vm, Set *so, Value other)
{
    if (OBJ_VAL(so) == other) {
        clear_internal(vm, so);
        return 0;
    }
    if (set_check(other)) {
        Set *o = AS_SET(other);
        if ((o->used >> 3) > so->used) {
            o = set_intersection(vm, so, other);
            if (!o)
                return -1;
        }
        int64_t pos = 0;
        SetEntry *e;
        while (next_entry(o, &pos, &e)) {
            if (discard_entry(vm, so, e->key, e->hash) < 0)
                return -1;
        }
    } else {
        Value it = obj_iter(vm, other);
        if (!it)
            return -1;
        for (;;) {
            Value key = obj_next(vm, it);
            if (!key) {
                if (vm->exc)
                    return -1;
                break;
            }
            if (discard_key(vm, so, key) < 0)
                return -1;
        }
    }
    /* More than a quarter dummies: rebuild. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Set *copy_and_difference(VM *vm, Set *so, Value other)
{
    Set *result = set_copy(vm, so);
    if (!result || difference_update_internal(vm, result, other) < 0)
        return NULL;
    return result;
}

static Set *set_difference(VM *vm, Set *so, Value other)
{
    int64_t other_size;
    if (set_check(other))
        other_size = AS_SET(other)->used;
    else if (IS_DICT(other))
        other_size = AS_DICT(other)->used;
    else
        return copy_and_difference(vm, so, other);
    if ((so->used >> 2) > other_size)
        return copy_and_difference(vm, so, other);
    Set *result = set_new(vm, base_type(so->hdr.type));
    if (!result)
        return NULL;
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) {
        Value key = e->key;
        int64_t hash = e->hash;
        int rv;
        if (IS_DICT(other)) {
            Value dummy;
            rv = dict_lookup_hashed(vm, AS_DICT(other), key, hash, &dummy);
        } else {
            rv = contains_entry(vm, AS_SET(other), key, hash);
        }
        if (rv < 0)
            return NULL;
        if (!rv && add_entry(vm, result, key, hash) < 0)
            return NULL;
    }
    return result;
}

static int symmetric_difference_update(VM *vm, Set *so, Value other)
{
    if (OBJ_VAL(so) == other) {
        clear_internal(vm, so);
        return 0;
    }
    if (IS_DICT(other)) {
        int64_t pos = 0, hash;
        Value key;
        while (dict_next_hashed(AS_DICT(other), &pos, &key, NULL, &hash)) {
            int rv = discard_entry(vm, so, key, hash);
            if (rv < 0)
                return -1;
            if (rv == 0 && add_entry(vm, so, key, hash) < 0)
                return -1;
        }
        return 0;
    }
    Set *o;
    if (set_check(other)) {
        o = AS_SET(other);
    } else {
        o = make_new_set(vm, base_type(so->hdr.type), other);
        if (!o)
            return -1;
    }
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(o, &pos, &e)) {
        Value key = e->key;
        int64_t hash = e->hash;
        int rv = discard_entry(vm, so, key, hash);
        if (rv < 0)
            return -1;
        if (rv == 0 && add_entry(vm, so, key, hash) < 0)
            return -1;
    }
    return 0;
}

static Set *set_symmetric_difference(VM *vm, Set *so, Value other)
{
    Set *o = make_new_set(vm, base_type(so->hdr.type), other);
    if (!o || symmetric_difference_update(vm, o, OBJ_VAL(so)) < 0)
        return NULL;
    return o;
}

/* 1, 0, -1 */
static int set_issubset(VM *vm, Set *so, Value other)
{
    if (!set_check(other)) {
        Set *tmp = set_intersection(vm, so, other);
        if (!tmp)
            return -1;
        return tmp->used == so->used;
    }
    Set *o = AS_SET(other);
    if (so->used > o->used)
        return 0;
    int64_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) {
        int rv = contains_entry(vm, o, e->key, e->hash);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int set_issuperset(VM *vm, Set *so, Value other)
{
    if (set_check(other))
        return set_issubset(vm, AS_SET(other), OBJ_VAL(so));
    Value it = obj_iter(vm, other);
    if (!it)
        return -1;
    for (;;) {
        Value key = obj_next(vm, it);
        if (!key)
            return vm->exc ? -1 : 1;
        int rv = contains_key(vm, so, key);
        if (rv <= 0)
            return rv;
    }
}

static int set_isdisjoint(VM *vm, Set *so, Value other)
{
    if (OBJ_VAL(so) == other)
        return so->used == 0;
    if (IS_OBJ(other) && (AS_OBJ(other)->type == &type_set || AS_OBJ(other)->type == &type_frozenset)) {
        Set *o = AS_SET(other);
        if (o->used > so->used) {
            Set *t = so;
            so = o;
            o = t;
        }
        int64_t pos = 0;
        SetEntry *e;
        while (next_entry(o, &pos, &e)) {
            int rv = contains_entry(vm, so, e->key, e->hash);
            if (rv < 0)
                return -1;
            if (rv)
                return 0;
        }
        return 1;
    }
    Value it = obj_iter(vm, other);
    if (!it)
        return -1;
    for (;;) {
        Value key = obj_next(vm, it);
        if (!key)
            return vm->exc ? -1 : 1;
        int rv = contains_key(vm, so, key);
        if (rv < 0)
            return -1;
        if (rv)
            return 0;
    }
}

/* ---- slots ------------------------------------------------------------------------ */

static Value set_repr(VM *vm, Value self)
{
    Set *s = AS_SET(self);
    const char *tname = type_name(self);
    bool plain = AS_OBJ(self)->type == &type_set;
    if (s->used == 0)
        return OBJ_VAL(str_printf(vm, "%s()", tname));
    int r = container_repr_enter(vm, self);
    if (r < 0)
        return 0;
    if (r > 0)
        return OBJ_VAL(str_printf(vm, "%s(...)", tname));
    if (container_enter(vm, REPR_DEPTH_MSG) < 0) {
        container_repr_leave(vm, self);
        return 0;
    }
    /* The elements are listed first: a repr may change the set. */
    List *keys = list_new(vm, 0);
    int64_t pos = 0;
    Value key;
    while (keys && set_next(s, &pos, &key))
        if (list_append(vm, keys, key) < 0)
            keys = NULL;
    StrBuf sb;
    sb_init(&sb, vm);
    if (!plain) {
        sb_adds(&sb, tname);
        sb_addc(&sb, '(');
    }
    sb_addc(&sb, '{');
    for (int64_t i = 0; keys && i < keys->len; i++) {
        if (i)
            sb_add(&sb, ", ", 2);
        Value rs = obj_repr(vm, keys->items[i]);
        if (!rs) {
            keys = NULL;
            break;
        }
        sb_add(&sb, AS_STR(rs)->data, (size_t)AS_STR(rs)->len);
    }
    vm_leave_call(vm);
    container_repr_leave(vm, self);
    if (!keys)
        return 0;
    sb_addc(&sb, '}');
    if (!plain)
        sb_addc(&sb, ')');
    return OBJ_VAL(sb_finish(&sb));
}

static int64_t set_len(VM *vm, Value self)
{
    return AS_SET(self)->used;
}

static int set_bool(VM *vm, Value self)
{
    return AS_SET(self)->used != 0;
}

static int set_contains_slot(VM *vm, Value self, Value key)
{
    return set_contains(vm, AS_SET(self), key);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static int64_t frozenset_hash(VM *vm, Value self)
{
    Set *s = AS_SET(self);
    if (s->hash != -1)
        return s->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; s->table && i <= s->mask; i++) {
        Value k = s->table[i].key;
        if (k && k != DUMMY)
            hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1)
        hash = 590923713ULL;
    s->hash = (int64_t)hash;
    return s->hash;
}

static Value set_richcompare(VM *vm, Value a, Value b, CmpOp op)
{
    if (!set_check(a) || !set_check(b))
        return NOT_IMPLEMENTED;
    Set *v = AS_SET(a), *w = AS_SET(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (v->used != w->used) {
            r = 0;
        } else if (frozenset_check(a) && frozenset_check(b) && v->hash != -1 &&
                   w->hash != -1 && v->hash != w->hash) {
            r = 0;
        } else {
            r = set_issubset(vm, v, b);
        }
        if (r < 0)
            return 0;
        return BOOL_VAL(op == CMP_EQ ? r : !r);
    case CMP_LE:
        r = set_issubset(vm, v, b);
        break;
    case CMP_GE:
        r = set_issuperset(vm, v, b);
        break;
    case CMP_LT:
        r = v->used < w->used ? set_issubset(vm, v, b) : 0;
        break;
    default:
        r = v->used > w->used ? set_issuperset(vm, v, b) : 0;
        break;
    }
    if (r < 0)
        return 0;
    return BOOL_VAL(r);
}

static Value set_or(VM *vm, Value a, Value b)
{
    if (!set_check(a) || !set_check(b))
        return NOT_IMPLEMENTED;
    Set *r = set_copy(vm, AS_SET(a));
    if (!r)
        return 0;
    if (a != b && set_update(vm, r, b) < 0)
        return 0;
    return OBJ_VAL(r);
}

static Value set_and(VM *vm, Value a, Value b)
{
    if (!set_check(a) || !set_check(b))
        return NOT_IMPLEMENTED;
    Set *r = set_intersection(vm, AS_SET(a), b);
    return r ? OBJ_VAL(r) : 0;
}

static Value set_sub(VM *vm, Value a, Value b)
{
    if (!set_check(a) || !set_check(b))
        return NOT_IMPLEMENTED;
    Set *r = set_difference(vm, AS_SET(a), b);
    return r ? OBJ_VAL(r) : 0;
}

static Value set_xor(VM *vm, Value a, Value b)
{
    if (!set_check(a) || !set_check(b))
        return NOT_IMPLEMENTED;
    Set *r = set_symmetric_difference(vm, AS_SET(a), b);
    return r ? OBJ_VAL(r) : 0;
}

static Value set_ior(VM *vm, Value a, Value b)
{
    if (!set_check(b))
        return NOT_IMPLEMENTED;
    if (set_update(vm, AS_SET(a), b) < 0)
        return 0;
    return a;
}

static Value set_iand(VM *vm, Value a, Value b)
{
    if (!set_check(b))
        return NOT_IMPLEMENTED;
    Set *r = set_intersection(vm, AS_SET(a), b);
    if (!r)
        return 0;
    take_body(AS_SET(a), r);
    return a;
}

static Value set_isub(VM *vm, Value a, Value b)
{
    if (!set_check(b))
        return NOT_IMPLEMENTED;
    if (difference_update_internal(vm, AS_SET(a), b) < 0)
        return 0;
    return a;
}

static Value set_ixor(VM *vm, Value a, Value b)
{
    if (!set_check(b))
        return NOT_IMPLEMENTED;
    if (symmetric_difference_update(vm, AS_SET(a), b) < 0)
        return 0;
    return a;
}

/* ---- construction ------------------------------------------------------------------- */

static Value set_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    Set *s = set_new(vm, t);
    return s ? OBJ_VAL(s) : 0;
}

static int set_init(VM *vm, Value self, int argc, Value *argv, Tuple *kwnames)
{
    if (cargs_nokw(vm, "set", kwnames) < 0)
        return -1;
    if (cargs_range(vm, NULL, "set", argc, NULL, 0, 1) < 0)
        return -1;
    Set *s = AS_SET(self);
    if (s->fill || !s->table)
        clear_internal(vm, s);
    if (argc == 1)
        return set_update(vm, s, argv[0]);
    return 0;
}

static Value frozenset_new_slot(VM *vm, TypeObject *t, int argc, Value *argv, Tuple *kwnames)
{
    if (t == &type_frozenset && cargs_nokw(vm, "frozenset", kwnames) < 0)
        return 0;
    if (cargs_range(vm, NULL, t == &type_frozenset ? "frozenset" : t->name, argc, NULL, 0, 1) < 0)
        return 0;
    Value iterable = argc ? argv[0] : 0;
    if (t == &type_frozenset && iterable && IS_OBJ(iterable) &&
        AS_OBJ(iterable)->type == &type_frozenset)
        return iterable;
    Set *s = make_new_set(vm, t, iterable);
    return s ? OBJ_VAL(s) : 0;
}

/* ---- iterator ------------------------------------------------------------------------ */

typedef struct SetIter {
    Obj hdr;
    Set *set;          /* NULL once exhausted */
    int64_t used;      /* size when iteration began */
    int64_t pos;
    int64_t len;
} SetIter;

static Value set_iter(VM *vm, Value self)
{
    SetIter *it = (SetIter *)obj_alloc(vm, &type_set_iterator);
    if (!it)
        return 0;
    Set *s = AS_SET(self);
    it->set = s;
    it->used = s->used;
    it->len = s->used;
    return OBJ_VAL(it);
}

static Value iter_self(VM *vm, Value self)
{
    return self;
}

static Value setiter_next(VM *vm, Value self)
{
    SetIter *it = (SetIter *)AS_OBJ(self);
    Set *s = it->set;
    if (!s)
        return 0;
    if (it->used != s->used) {
        vm_raise(vm, &exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return 0;
    }
    Value key;
    if (!set_next(s, &it->pos, &key)) {
        it->set = NULL;
        return 0;
    }
    it->len--;
    return key;
}

static Value setiter_length_hint(VM *vm, int argc, Value *argv, Tuple *kwnames)
{
    SetIter *it = (SetIter *)AS_OBJ(argv[0]);
    int64_t n = it->set && it->used == it->set->used ? it->len : 0;
    return MK_INT(n);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {0},
};

TypeObject type_set_iterator = {
    .hdr.type = &type_type,
    .name = "set_iterator",
    .instance_size = sizeof(SetIter),
    .iter = iter_self,
    .next = setiter_next,
    .methods = setiter_methods,
};

/* ---- methods ------------------------------------------------------------------------------ */

/* "set.add" or "frozenset.copy", for the messages */
static const char *mname(Value self, const char *m, char *buf, size_t n)
{
    snprintf(buf, n, "%s.%s", frozenset_check(self) ? "frozenset" : "set", m);
    return buf;
}

static int check_self(VM *vm, const char *m, bool mutating, int argc, Value *argv)
{
    if (argc < 1 || !set_check(argv[0]) || (mutating && !mutable_set_check(argv[0])))
        return cargs_self(vm, m, mutating ? &type_set : &type_frozenset, argc, argv);
    return 0;
}

#define METHOD_NOARGS(cname, m, mutating) \
    static Value cname##_impl(VM *vm, Set *s, Value self); \
    static Value cname(VM *vm, int argc, Value *argv, Tuple *kwnames) \
    { \
        char buf[64]; \
        if (check_self(vm, m, mutating, argc, argv) < 0 || \
            cargs_noargs(vm, mname(argv[0], m, buf, sizeof buf), argc - 1, kwnames) < 0) \
            return 0; \
        return cname##_impl(vm, AS_SET(argv[0]), argv[0]); \
    } \
    static Value cname##_impl(VM *vm, Set *s, Value self)

#define METHOD_ONE(cname, m, mutating) \
    static Value cname##_impl(VM *vm, Set *s, Value self, Value arg); \
    static Value cname(VM *vm, int argc, Value *argv, Tuple *kwnames) \
    { \
        char buf[64]; \
        if (check_self(vm, m, mutating, argc, argv) < 0 || \
            cargs_one(vm, mname(argv[0], m, buf, sizeof buf), argc - 1, kwnames) < 0) \
            return 0; \
        return cname##_impl(vm, AS_SET(argv[0]), argv[0], argv[1]); \
    } \
    static Value cname##_impl(VM *vm, Set *s, Value self, Value arg)

#define METHOD_VAR(cname, m, mutating) \
    static Value cname##_impl(VM *vm, Set *s, Value self, int n, Value *others); \
    static Value cname(VM *vm, int argc, Value *argv, Tuple *kwnames) \
    { \
        /* CPython's varargs methods name themselves unqualified */ \
        if (check_self(vm, m, mutating, argc, argv) < 0 || cargs_nokw(vm, m, kwnames) < 0) \
            return 0; \
        return cname##_impl(vm, AS_SET(argv[0]), argv[0], argc - 1, argv + 1); \
    } \
    static Value cname##_impl(VM *vm, Set *s, Value self, int n, Value *others)

METHOD_ONE(m_add, "add", true)
{
    return set_add(vm, s, arg) < 0 ? 0 : NONE;
}

METHOD_NOARGS(m_clear, "clear", true)
{
    clear_internal(vm, s);
    return NONE;
}

METHOD_NOARGS(m_copy, "copy", false)
{
    if (IS_OBJ(self) && AS_OBJ(self)->type == &type_frozenset)
        return self;
    Set *r = set_copy(vm, s);
    return r ? OBJ_VAL(r) : 0;
}

METHOD_ONE(m_discard, "discard", true)
{
    return set_discard(vm, s, arg) < 0 ? 0 : NONE;
}

METHOD_ONE(m_remove, "remove", true)
{
    int rv = set_discard(vm, s, arg);
    if (rv < 0)
        return 0;
    if (rv == 0) {
        Value e = exc_new(vm, &exc_KeyError, 1, &arg);
        return e ? vm_raise_value(vm, e) : 0;
    }
    return NONE;
}

METHOD_NOARGS(m_pop, "pop", true)
{
    if (s->used == 0) {
        Value msg = OBJ_VAL(str_from_cstr(vm, "pop from an empty set"));
        Value e = exc_new(vm, &exc_KeyError, 1, &msg);
        return e ? vm_raise_value(vm, e) : 0;
    }
    /* The finger makes popping every element linear, not quadratic. */
    int64_t i = s->hash & s->mask;
    while (!s->table[i].key || s->table[i].key == DUMMY) {
        i++;
        if (i > s->mask)
            i = 0;
    }
    Value key = s->table[i].key;
    s->table[i].key = DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->hash = i + 1;
    return key;
}

METHOD_VAR(m_union, "union", false)
{
    Set *r = set_copy(vm, s);
    if (!r)
        return 0;
    for (int i = 0; i < n; i++) {
        if (others[i] == self)
            continue;
        if (set_update(vm, r, others[i]) < 0)
            return 0;
    }
    return OBJ_VAL(r);
}

METHOD_VAR(m_update, "update", true)
{
    for (int i = 0; i < n; i++)
        if (set_update(vm, s, others[i]) < 0)
            return 0;
    return NONE;
}

static Set *intersection_multi(VM *vm, Set *s, int n, Value *others)
{
    if (n == 0)
        return set_copy(vm, s);
    Set *r = s;
    for (int i = 0; i < n; i++) {
        r = set_intersection(vm, r, others[i]);
        if (!r)
            return NULL;
    }
    return r;
}

METHOD_VAR(m_intersection, "intersection", false)
{
    Set *r = intersection_multi(vm, s, n, others);
    return r ? OBJ_VAL(r) : 0;
}

METHOD_VAR(m_intersection_update, "intersection_update", true)
{
    Set *r = intersection_multi(vm, s, n, others);
    if (!r)
        return 0;
    take_body(s, r);
    return NONE;
}

METHOD_VAR(m_difference, "difference", false)
{
    if (n == 0) {
        Set *r = set_copy(vm, s);
        return r ? OBJ_VAL(r) : 0;
    }
    Set *r = set_difference(vm, s, others[0]);
    if (!r)
        return 0;
    for (int i = 1; i < n; i++)
        if (difference_update_internal(vm, r, others[i]) < 0)
            return 0;
    return OBJ_VAL(r);
}

METHOD_VAR(m_difference_update, "difference_update", true)
{
    for (int i = 0; i < n; i++)
        if (difference_update_internal(vm, s, others[i]) < 0)
            return 0;
    return NONE;
}

METHOD_ONE(m_symmetric_difference, "symmetric_difference", false)
{
    Set *r = set_symmetric_difference(vm, s, arg);
    return r ? OBJ_VAL(r) : 0;
}

METHOD_ONE(m_symmetric_difference_update, "symmetric_difference_update", true)
{
    return symmetric_difference_update(vm, s, arg) < 0 ? 0 : NONE;
}

METHOD_ONE(m_issubset, "issubset", false)
{
    int r = set_issubset(vm, s, arg);
    return r < 0 ? 0 : BOOL_VAL(r);
}

METHOD_ONE(m_issuperset, "issuperset", false)
{
    int r = set_issuperset(vm, s, arg);
    return r < 0 ? 0 : BOOL_VAL(r);
}

METHOD_ONE(m_isdisjoint, "isdisjoint", false)
{
    int r = set_isdisjoint(vm, s, arg);
    return r < 0 ? 0 : BOOL_VAL(r);
}

static const MethodDef set_methods[] = {
    {"add", m_add, 0, "Add an element to a set."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"update", m_update, 0, "Update a set with the union of itself and others."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"__class_getitem__", container_class_getitem, METH_CLASS, "See PEP 585"},
    {0},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"__class_getitem__", container_class_getitem, METH_CLASS, "See PEP 585"},
    {0},
};

TypeObject type_set = {
    .hdr.type = &type_type,
    .name = "set",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Set),
    .new_ = set_new_slot,
    .init = set_init,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .bool_ = set_bool,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .binop = {[BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub,
              [BINOP_XOR] = set_xor},
    .inplace = {[BINOP_OR] = set_ior, [BINOP_AND] = set_iand, [BINOP_SUB] = set_isub,
                [BINOP_XOR] = set_ixor},
    .methods = set_methods,
    .doc = "set() -> new empty set object",
};

TypeObject type_frozenset = {
    .hdr.type = &type_type,
    .name = "frozenset",
    .flags = TF_BASETYPE,
    .instance_size = sizeof(Set),
    .new_ = frozenset_new_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .bool_ = set_bool,
    .len = set_len,
    .contains = set_contains_slot,
    .iter = set_iter,
    .binop = {[BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub,
              [BINOP_XOR] = set_xor},
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object",
};
