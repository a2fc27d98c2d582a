/* Compiled scoring for the learned sentence model (learned.py): the same features and sums, in C.
 *
 * learned.py scores a sentence by looking up its words, their crude stems and its adjacent word pairs in
 * a dictionary of about 50,000 features and adding up the weights of those it has. In Python that is a
 * few hundred dictionary operations per message, and the dictionaries (several MB of objects) push the
 * rule patterns out of the processor's caches. Here the same lookup is a compact hash table over UTF-8
 * feature keys. learned.py keeps the Python code as the reference and uses this module when it was
 * built; tests/domain/test_compliance_learned.py checks that both give the same scores.
 *
 * Tokens follow learned.sentence_words exactly: ASCII punctuation except $ and % reads as a space, ASCII
 * digits read as "0", other characters are kept, and tokens are split on whatever str.split() splits on.
 * Stems follow learned.stem: the first of ies, ing, ed, es, s, ly, er, est that ends the word and leaves at
 * least three characters gives "~" + the rest.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_TOKEN 256 /* bytes; longer tokens cannot be features (none is near this long) */

typedef struct {
    PyObject_HEAD
    Py_ssize_t n_rows;      /* feature rows, row 0 being the bias row */
    Py_ssize_t n_rules;
    uint32_t mask;          /* hash table size - 1 */
    int32_t *slots;         /* row of each slot, -1 for empty */
    uint64_t *hashes;       /* hash of each row's key */
    uint32_t *key_start;    /* offsets of each row's key in keys (n_rows + 1 entries) */
    char *keys;
    uint32_t *weight_start; /* offsets of each row's weights (n_rows + 1 entries) */
    uint16_t *weight_rule;
    double *weight;
    double *base;           /* row 0: bias less threshold, per rule */
    /* Last sentence that counted each row. Shared by every call: safe because a sentence is scored in one
     * stretch without calls into Python, so the GIL is never released inside it. */
    uint32_t *stamp;
    uint32_t generation;
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

static int32_t lookup(const Scorer *self, const char *key, Py_ssize_t n) {
    uint64_t h = hash_bytes(key, n);
    uint32_t slot = (uint32_t)h & self->mask;
    for (;;) {
        int32_t row = self->slots[slot];
        if (row < 0) return -1;
        if (self->hashes[row] == h) {
            uint32_t a = self->key_start[row], b = self->key_start[row + 1];
            if ((Py_ssize_t)(b - a) == n && memcmp(self->keys + a, key, (size_t)n) == 0) return row;
        }
        slot = (slot + 1) & self->mask;
    }
}

static void Scorer_dealloc(Scorer *self) {
    PyMem_Free(self->slots);
    PyMem_Free(self->hashes);
    PyMem_Free(self->key_start);
    PyMem_Free(self->keys);
    PyMem_Free(self->weight_start);
    PyMem_Free(self->weight_rule);
    PyMem_Free(self->weight);
    PyMem_Free(self->base);
    PyMem_Free(self->stamp);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Scorer(keys, weights, base): keys[i] is the UTF-8 key of row i + 1, weights[i] its (rule, weight) pairs,
 * base the bias less the threshold of each rule (row 0). */
static int Scorer_init(Scorer *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"keys", "weights", "base", NULL};
    PyObject *keys_arg, *weights_arg, *base_arg;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOO", kwlist, &keys_arg, &weights_arg, &base_arg)) return -1;
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
    self->slots = PyMem_Malloc(sizeof(int32_t) * size);
    self->hashes = PyMem_Calloc((size_t)self->n_rows, sizeof(uint64_t));
    self->key_start = PyMem_Calloc((size_t)self->n_rows + 1, sizeof(uint32_t));
    self->keys = PyMem_Malloc((size_t)key_bytes + 1);
    self->weight_start = PyMem_Calloc((size_t)self->n_rows + 1, sizeof(uint32_t));
    self->weight_rule = PyMem_Malloc(sizeof(uint16_t) * ((size_t)n_weights + 1));
    self->weight = PyMem_Malloc(sizeof(double) * ((size_t)n_weights + 1));
    self->base = PyMem_Malloc(sizeof(double) * (size_t)self->n_rules);
    self->stamp = PyMem_Calloc((size_t)self->n_rows, sizeof(uint32_t));
    if (!self->slots || !self->hashes || !self->key_start || !self->keys || !self->weight_start ||
        !self->weight_rule || !self->weight || !self->base || !self->stamp) {
        PyErr_NoMemory();
        goto done;
    }
    for (uint32_t s = 0; s < size; s++) self->slots[s] = -1;
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
        memcpy(self->keys + key_at, data, (size_t)len);
        self->key_start[row] = key_at;
        key_at += (uint32_t)len;
        self->key_start[row + 1] = key_at;
        uint64_t h = hash_bytes(data, len);
        self->hashes[row] = h;
        if (lookup(self, data, len) >= 0) {
            PyErr_Format(PyExc_ValueError, "duplicate feature key %R", key);
            goto done;
        }
        uint32_t slot = (uint32_t)h & self->mask;
        while (self->slots[slot] >= 0) slot = (slot + 1) & self->mask;
        self->slots[slot] = (int32_t)row;

        PyObject *pairs = PySequence_Fast(PySequence_Fast_GET_ITEM(weights, i), "weights must be sequences");
        if (pairs == NULL) goto done;
        self->weight_start[row] = weight_at;
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
            self->weight_rule[weight_at] = (uint16_t)rule;
            self->weight[weight_at] = value;
            weight_at++;
        }
        self->weight_start[row + 1] = weight_at;
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

/* Count a row once per sentence: add its weights to the sentence's sums. */
static void count_row(Scorer *self, int32_t row, double *sums) {
    if (row < 0 || self->stamp[row] == self->generation) return;
    self->stamp[row] = self->generation;
    for (uint32_t k = self->weight_start[row]; k < self->weight_start[row + 1]; k++)
        sums[self->weight_rule[k]] += self->weight[k];
}

/* One token ends: count its word, its stem and the pair it makes with the previous token. */
static void count_token(Scorer *self, const char *tok, Py_ssize_t len, Py_ssize_t chars, char *prev,
                        Py_ssize_t *prev_len, double *sums) {
    char buf[2 * MAX_TOKEN + 2];
    if (len < 0) { /* too long to be a feature, and so is any pair with it */
        *prev_len = -1;
        return;
    }
    count_row(self, lookup(self, tok, len), sums);
    for (size_t s = 0; s < sizeof(SUFFIXES) / sizeof(SUFFIXES[0]); s++) {
        Py_ssize_t sl = (Py_ssize_t)strlen(SUFFIXES[s]);
        if (len >= sl && memcmp(tok + len - sl, SUFFIXES[s], (size_t)sl) == 0 && chars - sl >= 3) {
            buf[0] = '~';
            memcpy(buf + 1, tok, (size_t)(len - sl));
            count_row(self, lookup(self, buf, len - sl + 1), sums);
            break;
        }
    }
    if (*prev_len >= 0) {
        memcpy(buf, prev, (size_t)*prev_len);
        buf[*prev_len] = ' ';
        memcpy(buf + *prev_len + 1, tok, (size_t)len);
        count_row(self, lookup(self, buf, *prev_len + 1 + len), sums);
    }
    memcpy(prev, tok, (size_t)len);
    *prev_len = len;
}

/* Score one sentence text[start:end]; returns 1 when it holds a token, 0 when blank. */
static int score_sentence(Scorer *self, int kind, const void *data, Py_ssize_t start, Py_ssize_t end,
                          double *sums) {
    char tok[MAX_TOKEN], prev[MAX_TOKEN];
    Py_ssize_t len = 0, chars = 0, prev_len = -1;
    int any = 0;
    self->generation++;
    if (self->generation == 0) { /* wrapped round: forget every stamp */
        memset(self->stamp, 0, sizeof(uint32_t) * (size_t)self->n_rows);
        self->generation = 1;
    }
    memcpy(sums, self->base, sizeof(double) * (size_t)self->n_rules);
    for (Py_ssize_t i = start; i <= end; i++) {
        Py_UCS4 ch = i < end ? PyUnicode_READ(kind, data, i) : ' ';
        if (ch < 128) ch = TOKENS[ch];
        if (Py_UNICODE_ISSPACE(ch)) {
            if (chars > 0) {
                any = 1;
                count_token(self, tok, len, chars, prev, &prev_len, sums);
            }
            len = chars = 0;
        } else {
            if (len >= 0) len = put_utf8(tok, len, ch);
            chars++;
        }
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
 * 0, as (sentence, rule, value) triples. */
static PyObject *Scorer_margins(Scorer *self, PyObject *args) {
    PyObject *text, *bounds_arg;
    int passing = 0;
    if (!PyArg_ParseTuple(args, "UO|p", &text, &bounds_arg, &passing)) return NULL;
    PyObject *bounds = PySequence_Fast(bounds_arg, "bounds must be a sequence of (start, end)");
    if (bounds == NULL) return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    PyObject *spans = PyList_New(0), *values = PyList_New(0), *result = NULL;
    double *sums = PyMem_Malloc(sizeof(double) * (size_t)self->n_rules);
    if (spans == NULL || values == NULL || sums == NULL) {
        if (sums == NULL) PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t b = 0; b < PySequence_Fast_GET_SIZE(bounds); b++) {
        Py_ssize_t start, end;
        PyObject *span = PySequence_Fast_GET_ITEM(bounds, b);
        if (read_bounds(span, size, &start, &end) < 0) goto done;
        if (!score_sentence(self, kind, data, start, end, sums)) continue;
        Py_ssize_t row = PyList_GET_SIZE(spans);
        PyObject *pair = Py_BuildValue("(nn)", start, end);
        if (pair == NULL || PyList_Append(spans, pair) < 0) {
            Py_XDECREF(pair);
            goto done;
        }
        Py_DECREF(pair);
        for (Py_ssize_t r = 0; r < self->n_rules; r++) {
            PyObject *item;
            if (!passing)
                item = PyFloat_FromDouble(sums[r]);
            else if (sums[r] >= 0.0)
                item = Py_BuildValue("(nnd)", row, r, sums[r]);
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
