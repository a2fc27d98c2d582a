/* Compiled scoring for the learned sentence model (learned.py): the same features and sums, in C.
 *
 * learned.py scores a sentence by looking up its words, their crude stems and its adjacent word pairs in
 * a dictionary of about 50,000 features and adding up the weights of those it has. In Python that is a
 * few hundred dictionary operations per message, and the dictionaries (several MB of objects) push the
 * rule patterns out of the processor's caches. Here the same lookup is a compact hash table over UTF-8
 * feature keys. learned.py keeps the Python code as the reference and uses this module when it was
 * built; tests/domain/test_compliance_learned.py checks that both give the same scores.
 *
 * The table (over 100,000 features, several MB) does not stay in the processor's nearer caches while the
 * rule patterns run, so a lookup mostly waits on memory. A sentence's features are therefore gathered
 * first and looked up in stages that fetch ahead what the next stage reads (slot, row record, key and
 * weights); a slot carries its key's hash tag, so that an absent feature (most word pairs) is settled in
 * the slot's own cache line.
 *
 * Tokens follow learned.sentence_words exactly: ASCII punctuation except $ and % reads as a space, ASCII
 * digits read as "0", other characters are kept, and tokens are split on whatever str.split() splits on.
 * Stems follow learned.stem: the first of ies, ing, ed, es, s, ly, er, est that ends the word and leaves at
 * least three characters gives "~" + the rest. Word beginnings follow learned.prefix: a word of more than
 * `prefix` characters gives "^" + its first `prefix` characters (none when the model's prefix is 0).
 * Neighbour words follow learned.message_features: with `context`, each word of a sentence is also looked
 * up as "<" + word (its weights count towards the next non-blank sentence) and as ">" + word (towards the
 * previous one); a sentence's own sums and its two neighbour sums are kept apart and added up per sentence
 * once the whole message is read.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_TOKEN 256 /* bytes; longer tokens cannot be features (none is near this long) */
#define MAX_PREFIX 32 /* characters of a word beginning: at most 128 bytes, always within MAX_TOKEN */

/* What a lookup needs of a row, in one 16-byte record (one cache line): its key and its weights. */
typedef struct {
    uint32_t key_start;    /* offset of the row's UTF-8 key in keys */
    uint32_t weight_start; /* offset of the row's first (rule, weight) in weights */
    uint32_t stamp;        /* last sentence that counted the row (see Scorer.generation) */
    uint16_t key_len;
    uint16_t n_weights;
} Row;

typedef struct {
    double value;
    uint32_t rule;
} Weight;

/* A feature of the sentence being scored: its key in the scratch buffer, its hash, and where its lookup is. */
typedef struct {
    uint32_t key_start;
    uint16_t key_len;
    uint16_t group; /* whose sums its weights go to: 0 its own sentence's, 1 the next one's, 2 the previous one's */
    uint64_t hash;
    uint32_t slot; /* hash table slot where the lookup goes on */
    int32_t row;   /* the row found, -1 for none, -2 while not yet known */
} Feature;

typedef struct {
    PyObject_HEAD
    Py_ssize_t n_rows;      /* feature rows, row 0 being the bias row */
    Py_ssize_t n_rules;
    uint32_t mask;          /* hash table size - 1 */
    /* Each slot: 0 when empty, else (row + 1) in the low 32 bits and the key hash's high 32 bits above, so
     * that a key that is not in the table is nearly always told apart within the slot's own cache line. */
    uint64_t *slots;
    Row *rows;
    char *keys;
    Weight *weights;
    double *base;           /* row 0: bias less threshold, per rule */
    int prefix;             /* characters of a word-beginning feature (0: the model has none) */
    int context;            /* whether words also count as "<" / ">" features of the neighbour sentences */
    /* Row stamps and the scratch buffers are shared by every call: safe because a sentence is scored in one
     * stretch without calls into Python, so the GIL is never released inside it. */
    uint32_t generation;
    Feature *features;      /* the sentence's features (scratch) */
    Py_ssize_t features_cap;
    char *scratch;          /* their keys (scratch) */
    Py_ssize_t scratch_cap;
} Scorer;

static unsigned char TOKENS[128];

static uint64_t hash_bytes(const char *s, Py_ssize_t n) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (Py_ssize_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static inline uint64_t slot_tag(uint64_t h) { return h & 0xFFFFFFFF00000000ULL; }

/* Look key (hash h) up from slot on; returns its row, or -1 when it is not in the table. */
static int32_t resolve(const Scorer *self, const char *key, Py_ssize_t n, uint64_t h, uint32_t slot) {
    uint64_t tag = slot_tag(h);
    for (;;) {
        uint64_t entry = self->slots[slot];
        if (entry == 0) return -1;
        if (slot_tag(entry) == tag) {
            int32_t row = (int32_t)(uint32_t)(entry & 0xFFFFFFFFULL) - 1;
            const Row *r = &self->rows[row];
            if ((Py_ssize_t)r->key_len == n && memcmp(self->keys + r->key_start, key, (size_t)n) == 0) return row;
        }
        slot = (slot + 1) & self->mask;
    }
}

static int32_t lookup(const Scorer *self, const char *key, Py_ssize_t n) {
    uint64_t h = hash_bytes(key, n);
    return resolve(self, key, n, h, (uint32_t)h & self->mask);
}

static void Scorer_dealloc(Scorer *self) {
    PyMem_Free(self->slots);
    PyMem_Free(self->rows);
    PyMem_Free(self->keys);
    PyMem_Free(self->weights);
    PyMem_Free(self->base);
    PyMem_Free(self->features);
    PyMem_Free(self->scratch);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Scorer(keys, weights, base, prefix=0, context=False): keys[i] is the UTF-8 key of row i + 1, weights[i]
 * its (rule, weight) pairs, base the bias less the threshold of each rule (row 0), prefix the characters
 * of a word-beginning feature (0 to MAX_PREFIX; 0: none), context whether the neighbour sentences' words
 * count ("<" + word, ">" + word). */
static int Scorer_init(Scorer *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"keys", "weights", "base", "prefix", "context", NULL};
    PyObject *keys_arg, *weights_arg, *base_arg;
    int prefix = 0, context = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOO|ip", kwlist, &keys_arg, &weights_arg, &base_arg, &prefix,
                                     &context))
        return -1;
    if (prefix < 0 || prefix > MAX_PREFIX) {
        PyErr_Format(PyExc_ValueError, "prefix must be from 0 to %d", MAX_PREFIX);
        return -1;
    }
    if (self->slots != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Scorer is already initialised");
        return -1;
    }
    PyObject *keys = PySequence_Fast(keys_arg, "keys must be a sequence");
    PyObject *weights = keys ? PySequence_Fast(weights_arg, "weights must be a sequence") : NULL;
    PyObject *base = weights ? PySequence_Fast(base_arg, "base must be a sequence") : NULL;
    int ok = -1;
    if (base == NULL) goto done;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(keys);
    if (PySequence_Fast_GET_SIZE(weights) != n) {
        PyErr_SetString(PyExc_ValueError, "keys and weights must have the same length");
        goto done;
    }
    if (n >= INT32_MAX / 4) {
        PyErr_SetString(PyExc_ValueError, "too many features");
        goto done;
    }
    self->n_rows = n + 1;
    self->prefix = prefix;
    self->context = context;
    self->n_rules = PySequence_Fast_GET_SIZE(base);
    if (self->n_rules < 1 || self->n_rules > 65535) {
        PyErr_SetString(PyExc_ValueError, "base must hold one value per rule (1 to 65535 rules)");
        goto done;
    }
    Py_ssize_t key_bytes = 0, n_weights = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key = PySequence_Fast_GET_ITEM(keys, i);
        PyObject *pairs = PySequence_Fast_GET_ITEM(weights, i);
        if (!PyBytes_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keys must be bytes");
            goto done;
        }
        Py_ssize_t count = PySequence_Size(pairs);
        if (count < 0) goto done;
        key_bytes += PyBytes_GET_SIZE(key);
        n_weights += count;
    }
    if (key_bytes >= UINT32_MAX || n_weights >= UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "model too large");
        goto done;
    }
    uint32_t size = 1;
    while (size < 2 * (uint64_t)self->n_rows) size <<= 1;
    self->mask = size - 1;
    self->slots = PyMem_Calloc(size, sizeof(uint64_t));
    self->rows = PyMem_Calloc((size_t)self->n_rows, sizeof(Row));
    self->keys = PyMem_Malloc((size_t)key_bytes + 1);
    self->weights = PyMem_Malloc(sizeof(Weight) * ((size_t)n_weights + 1));
    self->base = PyMem_Malloc(sizeof(double) * (size_t)self->n_rules);
    if (!self->slots || !self->rows || !self->keys || !self->weights || !self->base) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t r = 0; r < self->n_rules; r++) {
        double value = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(base, r));
        if (value == -1.0 && PyErr_Occurred()) goto done;
        self->base[r] = value;
    }
    uint32_t key_at = 0, weight_at = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t row = i + 1;
        PyObject *key = PySequence_Fast_GET_ITEM(keys, i);
        Py_ssize_t len = PyBytes_GET_SIZE(key);
        const char *data = PyBytes_AS_STRING(key);
        if (len > UINT16_MAX) {
            PyErr_Format(PyExc_ValueError, "feature key too long: %R", key);
            goto done;
        }
        memcpy(self->keys + key_at, data, (size_t)len);
        Row *r = &self->rows[row];
        r->key_start = key_at;
        r->key_len = (uint16_t)len;
        key_at += (uint32_t)len;
        uint64_t h = hash_bytes(data, len);
        if (lookup(self, data, len) >= 0) {
            PyErr_Format(PyExc_ValueError, "duplicate feature key %R", key);
            goto done;
        }
        uint32_t slot = (uint32_t)h & self->mask;
        while (self->slots[slot] != 0) slot = (slot + 1) & self->mask;
        self->slots[slot] = slot_tag(h) | (uint64_t)(uint32_t)(row + 1);

        PyObject *pairs = PySequence_Fast(PySequence_Fast_GET_ITEM(weights, i), "weights must be sequences");
        if (pairs == NULL) goto done;
        if (PySequence_Fast_GET_SIZE(pairs) > UINT16_MAX) {
            PyErr_SetString(PyExc_ValueError, "too many weights for one feature");
            Py_DECREF(pairs);
            goto done;
        }
        r->weight_start = weight_at;
        r->n_weights = (uint16_t)PySequence_Fast_GET_SIZE(pairs);
        for (Py_ssize_t j = 0; j < PySequence_Fast_GET_SIZE(pairs); j++) {
            PyObject *pair = PySequence_Fast_GET_ITEM(pairs, j);
            Py_ssize_t rule;
            double value;
            if (!PyArg_ParseTuple(pair, "nd", &rule, &value)) {
                Py_DECREF(pairs);
                goto done;
            }
            if (rule < 0 || rule >= self->n_rules) {
                PyErr_Format(PyExc_ValueError, "rule index %zd out of range", rule);
                Py_DECREF(pairs);
                goto done;
            }
            self->weights[weight_at].rule = (uint32_t)rule;
            self->weights[weight_at].value = value;
            weight_at++;
        }
        Py_DECREF(pairs);
    }
    ok = 0;
done:
    Py_XDECREF(keys);
    Py_XDECREF(weights);
    Py_XDECREF(base);
    return ok;
}

/* Append the UTF-8 form of a code point; returns the new length, or -1 when the token is too long. */
static Py_ssize_t put_utf8(char *buf, Py_ssize_t len, Py_UCS4 ch) {
    if (len + 4 > MAX_TOKEN) return -1;
    if (ch < 0x80) {
        buf[len++] = (char)ch;
    } else if (ch < 0x800) {
        buf[len++] = (char)(0xC0 | (ch >> 6));
        buf[len++] = (char)(0x80 | (ch & 0x3F));
    } else if (ch < 0x10000) {
        buf[len++] = (char)(0xE0 | (ch >> 12));
        buf[len++] = (char)(0x80 | ((ch >> 6) & 0x3F));
        buf[len++] = (char)(0x80 | (ch & 0x3F));
    } else {
        buf[len++] = (char)(0xF0 | (ch >> 18));
        buf[len++] = (char)(0x80 | ((ch >> 12) & 0x3F));
        buf[len++] = (char)(0x80 | ((ch >> 6) & 0x3F));
        buf[len++] = (char)(0x80 | (ch & 0x3F));
    }
    return len;
}

static const char *SUFFIXES[] = {"ies", "ing", "ed", "es", "s", "ly", "er", "est"};

/* Make room for `features` features and `bytes` bytes of their keys in the scratch buffers. */
static int reserve(Scorer *self, Py_ssize_t features, Py_ssize_t bytes) {
    if (features > self->features_cap) {
        Py_ssize_t cap = self->features_cap < 256 ? 256 : 2 * self->features_cap;
        if (cap < features) cap = features;
        Feature *grown = PyMem_Realloc(self->features, sizeof(Feature) * (size_t)cap);
        if (grown == NULL) return -1;
        self->features = grown;
        self->features_cap = cap;
    }
    if (bytes > self->scratch_cap) {
        Py_ssize_t cap = self->scratch_cap < 4096 ? 4096 : 2 * self->scratch_cap;
        if (cap < bytes) cap = bytes;
        char *grown = PyMem_Realloc(self->scratch, (size_t)cap);
        if (grown == NULL) return -1;
        self->scratch = grown;
        self->scratch_cap = cap;
    }
    return 0;
}

/* Append a feature whose key (len bytes) the caller has just written at scratch + *used, and start
 * fetching its hash table slot (lookups wait on memory: the table is several MB). */
static void add_feature(Scorer *self, Py_ssize_t *count, Py_ssize_t *used, Py_ssize_t len, uint16_t group) {
    Feature *f = &self->features[(*count)++];
    f->key_start = (uint32_t)*used;
    f->key_len = (uint16_t)len;
    f->group = group;
    f->hash = hash_bytes(self->scratch + *used, len);
    f->slot = (uint32_t)f->hash & self->mask;
    f->row = -2;
    __builtin_prefetch(&self->slots[f->slot]);
    *used += len;
}

/* One token ends: note its word, its stem, its beginning (the first pre_len bytes of tok when pre_len > 0),
 * the pair it makes with the previous token and (with context) its neighbour features "<" + word and
 * ">" + word as features. Returns -1 when out of memory. */
static int token_features(Scorer *self, const char *tok, Py_ssize_t len, Py_ssize_t chars, Py_ssize_t pre_len,
                          char *prev, Py_ssize_t *prev_len, Py_ssize_t *count, Py_ssize_t *used) {
    if (pre_len > 0) { /* the beginning is a feature even of a token too long to be one itself */
        if (reserve(self, *count + 1, *used + pre_len + 1) < 0) return -1;
        char *buf = self->scratch + *used;
        buf[0] = '^';
        memcpy(buf + 1, tok, (size_t)pre_len);
        add_feature(self, count, used, pre_len + 1, 0);
    }
    if (len < 0) { /* too long to be a feature, and so is any pair with it */
        *prev_len = -1;
        return 0;
    }
    if (reserve(self, *count + 5, *used + 5 * len + *prev_len + 5) < 0) return -1;
    memcpy(self->scratch + *used, tok, (size_t)len);
    add_feature(self, count, used, len, 0);
    if (self->context) {
        for (uint16_t group = 1; group <= 2; group++) {
            char *buf = self->scratch + *used;
            buf[0] = group == 1 ? '<' : '>';
            memcpy(buf + 1, tok, (size_t)len);
            add_feature(self, count, used, len + 1, group);
        }
    }
    for (size_t s = 0; s < sizeof(SUFFIXES) / sizeof(SUFFIXES[0]); s++) {
        Py_ssize_t sl = (Py_ssize_t)strlen(SUFFIXES[s]);
        if (len >= sl && memcmp(tok + len - sl, SUFFIXES[s], (size_t)sl) == 0 && chars - sl >= 3) {
            char *buf = self->scratch + *used;
            buf[0] = '~';
            memcpy(buf + 1, tok, (size_t)(len - sl));
            add_feature(self, count, used, len - sl + 1, 0);
            break;
        }
    }
    if (*prev_len >= 0) {
        char *buf = self->scratch + *used;
        memcpy(buf, prev, (size_t)*prev_len);
        buf[*prev_len] = ' ';
        memcpy(buf + *prev_len + 1, tok, (size_t)len);
        add_feature(self, count, used, *prev_len + 1 + len, 0);
    }
    memcpy(prev, tok, (size_t)len);
    *prev_len = len;
    return 0;
}

/* Score one sentence text[start:end] into sums (n_rules values: its own, then with context n_rules of its
 * "<" features and n_rules of its ">" features); returns 1 when it holds a token, 0 when blank, -1 when out
 * of memory. Its features are gathered first and looked up in stages (slot, row record, key and weights),
 * each stage fetching what the next needs, so that the cache misses of many lookups overlap. The weights
 * are then added in feature order, each row once per sentence, exactly as one lookup at a time would. */
static int score_sentence(Scorer *self, int kind, const void *data, Py_ssize_t start, Py_ssize_t end,
                          double *sums) {
    char tok[MAX_TOKEN], prev[MAX_TOKEN];
    Py_ssize_t len = 0, chars = 0, pre_len = 0, prev_len = -1, count = 0, used = 0;
    Py_ssize_t prefix = self->prefix;
    int any = 0;
    for (Py_ssize_t i = start; i <= end; i++) {
        Py_UCS4 ch = i < end ? PyUnicode_READ(kind, data, i) : ' ';
        if (ch < 128) ch = TOKENS[ch];
        if (Py_UNICODE_ISSPACE(ch)) {
            if (chars > 0) {
                any = 1;
                Py_ssize_t pre = prefix > 0 && chars > prefix ? pre_len : 0;
                if (token_features(self, tok, len, chars, pre, prev, &prev_len, &count, &used) < 0) return -1;
            }
            len = chars = pre_len = 0;
        } else {
            if (len >= 0) len = put_utf8(tok, len, ch);
            chars++;
            if (chars == prefix) pre_len = len; /* within MAX_TOKEN: len is not -1 yet */
        }
    }
    self->generation++;
    if (self->generation == 0) { /* wrapped round: forget every stamp */
        for (Py_ssize_t r = 0; r < self->n_rows; r++) self->rows[r].stamp = 0;
        self->generation = 1;
    }
    memcpy(sums, self->base, sizeof(double) * (size_t)self->n_rules);
    if (self->context) memset(sums + self->n_rules, 0, sizeof(double) * 2 * (size_t)self->n_rules);
    Feature *features = self->features;
    /* Stage 1: the first slot whose tag matches (or the empty slot that ends the probe). */
    for (Py_ssize_t k = 0; k < count; k++) {
        Feature *f = &features[k];
        uint64_t tag = slot_tag(f->hash);
        for (;;) {
            uint64_t entry = self->slots[f->slot];
            if (entry == 0) {
                f->row = -1;
                break;
            }
            if (slot_tag(entry) == tag) {
                f->row = (int32_t)(uint32_t)(entry & 0xFFFFFFFFULL) - 1;
                __builtin_prefetch(&self->rows[f->row]);
                break;
            }
            f->slot = (f->slot + 1) & self->mask;
        }
    }
    /* Stage 2: fetch the candidate row's key and weights. */
    for (Py_ssize_t k = 0; k < count; k++) {
        if (features[k].row < 0) continue;
        const Row *r = &self->rows[features[k].row];
        __builtin_prefetch(self->keys + r->key_start);
        __builtin_prefetch(&self->weights[r->weight_start]);
    }
    /* Stage 3: confirm the key (a tag can match another key: then look on) and add the row's weights. */
    for (Py_ssize_t k = 0; k < count; k++) {
        Feature *f = &features[k];
        int32_t row = f->row;
        if (row < 0) continue;
        const char *key = self->scratch + f->key_start;
        Row *r = &self->rows[row];
        if (r->key_len != f->key_len || memcmp(self->keys + r->key_start, key, f->key_len) != 0) {
            row = resolve(self, key, f->key_len, f->hash, (f->slot + 1) & self->mask);
            if (row < 0) continue;
            r = &self->rows[row];
        }
        if (r->stamp == self->generation) continue;
        r->stamp = self->generation;
        const Weight *w = &self->weights[r->weight_start];
        double *into = sums + f->group * self->n_rules;
        for (uint32_t j = 0; j < r->n_weights; j++) into[w[j].rule] += w[j].value;
    }
    return any;
}

static int read_bounds(PyObject *item, Py_ssize_t size, Py_ssize_t *start, Py_ssize_t *end) {
    if (!PyArg_ParseTuple(item, "nn", start, end)) return -1;
    if (*start < 0) *start = 0;
    if (*end > size) *end = size;
    if (*end < *start) *end = *start;
    return 0;
}

/* margins(low, bounds, passing) -> (spans, values): the non-blank sentences and, for each, the score less
 * the threshold of every rule (a flat list, rules fastest); with passing=True only the values of at least
 * 0, as (sentence, rule, value) triples. With context, a sentence's value also holds the "<" sums of the
 * non-blank sentence before it and the ">" sums of the one after it. */
static PyObject *Scorer_margins(Scorer *self, PyObject *args) {
    PyObject *text, *bounds_arg;
    int passing = 0;
    if (!PyArg_ParseTuple(args, "UO|p", &text, &bounds_arg, &passing)) return NULL;
    PyObject *bounds = PySequence_Fast(bounds_arg, "bounds must be a sequence of (start, end)");
    if (bounds == NULL) return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    Py_ssize_t n_rules = self->n_rules, stride = (self->context ? 3 : 1) * n_rules;
    PyObject *spans = PyList_New(0), *values = PyList_New(0), *result = NULL;
    /* Each call has its own sums (not the Scorer's, like the scratch buffers): building the result lists can
     * run Python code (a garbage collection), which could score another message with this Scorer. */
    double *sums = NULL;
    Py_ssize_t sums_cap = 0;
    if (spans == NULL || values == NULL) goto done;
    /* First every sentence's sums (one stride per non-blank sentence)... */
    Py_ssize_t n = 0;
    for (Py_ssize_t b = 0; b < PySequence_Fast_GET_SIZE(bounds); b++) {
        Py_ssize_t start, end;
        PyObject *span = PySequence_Fast_GET_ITEM(bounds, b);
        if (read_bounds(span, size, &start, &end) < 0) goto done;
        if ((n + 1) * stride > sums_cap) {
            Py_ssize_t cap = sums_cap < 16 * stride ? 16 * stride : 2 * sums_cap;
            double *grown = PyMem_Realloc(sums, sizeof(double) * (size_t)cap);
            if (grown == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            sums = grown;
            sums_cap = cap;
        }
        int scored = score_sentence(self, kind, data, start, end, sums + n * stride);
        if (scored < 0) {
            PyErr_NoMemory();
            goto done;
        }
        if (!scored) continue;
        PyObject *pair = Py_BuildValue("(nn)", start, end);
        if (pair == NULL || PyList_Append(spans, pair) < 0) {
            Py_XDECREF(pair);
            goto done;
        }
        Py_DECREF(pair);
        n++;
    }
    /* ... then each sentence's value: its own sums plus its neighbours' (with context). */
    for (Py_ssize_t row = 0; row < n; row++) {
        const double *own = sums + row * stride;
        for (Py_ssize_t r = 0; r < n_rules; r++) {
            double value = own[r];
            if (self->context) {
                if (row > 0) value += own[r - stride + n_rules];
                if (row + 1 < n) value += own[r + stride + 2 * n_rules];
            }
            PyObject *item;
            if (!passing)
                item = PyFloat_FromDouble(value);
            else if (value >= 0.0)
                item = Py_BuildValue("(nnd)", row, r, value);
            else
                continue;
            if (item == NULL || PyList_Append(values, item) < 0) {
                Py_XDECREF(item);
                goto done;
            }
            Py_DECREF(item);
        }
    }
    result = PyTuple_Pack(2, spans, values);
done:
    PyMem_Free(sums);
    Py_XDECREF(spans);
    Py_XDECREF(values);
    Py_DECREF(bounds);
    return result;
}

static PyMethodDef Scorer_methods[] = {
    {"margins", (PyCFunction)Scorer_margins, METH_VARARGS,
     "margins(low, bounds, passing=False) -> (spans, values): scores less thresholds of each non-blank "
     "sentence, all of them (flat, rules fastest) or only those of at least 0 as (sentence, rule, value)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ScorerType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "feedback.domain.compliance._scorer.Scorer",
    .tp_doc = PyDoc_STR("Feature lookup and weight sums of the learned sentence model, compiled."),
    .tp_basicsize = sizeof(Scorer),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Scorer_init,
    .tp_dealloc = (destructor)Scorer_dealloc,
    .tp_methods = Scorer_methods,
};

static struct PyModuleDef scorer_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "feedback.domain.compliance._scorer",
    .m_doc = PyDoc_STR("Compiled scoring for the learned compliance model (see learned.py)."),
    .m_size = -1,
};

PyMODINIT_FUNC PyInit__scorer(void) {
    const char *punctuation = "!\"#&'()*+,-./:;<=>?@[\\]^_`{|}~"; /* string.punctuation less $ and % */
    for (int c = 0; c < 128; c++) TOKENS[c] = (unsigned char)c;
    for (const char *p = punctuation; *p; p++) TOKENS[(unsigned char)*p] = ' ';
    for (int c = '0'; c <= '9'; c++) TOKENS[c] = '0';
    if (PyType_Ready(&ScorerType) < 0) return NULL;
    PyObject *module = PyModule_Create(&scorer_module);
    if (module == NULL) return NULL;
    Py_INCREF(&ScorerType);
    if (PyModule_AddObject(module, "Scorer", (PyObject *)&ScorerType) < 0) {
        Py_DECREF(&ScorerType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
