/* Compiled prefilter step of the checker (checker.py, Checker._select): from the literal scan's matches to
 * the alternatives worth running.
 *
 * The Aho-Corasick scan (ahocorasick_rs) reports every occurrence of every literal, sixty or so in a
 * 300-character message. Turning those into the set of literals present (word-start literals only where a
 * word starts) and then into the (rule, alternative) pairs they unlock took about a fifth of a check in
 * Python, most of it waiting on memory: tens of thousands of literal strings, tuples and sets spread over
 * the heap. Prefilter numbers the literals once and keeps the tables as flat integer arrays; a check then
 * touches a few small arrays and builds only its results. checker.py keeps the Python code as the
 * reference and uses it when this module was not built; tests/domain/test_compliance_api.py compares them.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

typedef struct {
    PyObject_HEAD
    Py_ssize_t n_indexes;   /* automaton entries */
    Py_ssize_t n_literals;  /* distinct literal strings */
    PyObject **literals;    /* literal id -> str (strong references) */
    int32_t *at_word;       /* automaton index -> literal id counted at word starts only, or -1 */
    int32_t *anywhere;      /* automaton index -> literal id counted anywhere, or -1 */
    uint32_t *target_start; /* literal id -> its targets (n_literals + 1 offsets) */
    PyObject **target_rule; /* target -> rule index (int, strong reference) */
    PyObject **target_alt;  /* target -> alternative index (int, strong reference) */
    uint32_t *extra_start;  /* target -> its second requirement's literal ids (n_targets + 1 offsets) */
    int32_t *extra;
    int32_t *has_extra;     /* target -> 1 when it has a second requirement */
    Py_ssize_t n_targets;
    PyObject *always;       /* tuple of (rule, alternatives) that need no literal */
    uint32_t *stamp;        /* literal id -> last check that found it present */
    uint32_t generation;
    int32_t *found;         /* literal ids present in the current check */
} Prefilter;

static void Prefilter_dealloc(Prefilter *self) {
    for (Py_ssize_t i = 0; self->literals && i < self->n_literals; i++) Py_XDECREF(self->literals[i]);
    for (Py_ssize_t t = 0; self->target_rule && t < self->n_targets; t++) {
        Py_XDECREF(self->target_rule[t]);
        Py_XDECREF(self->target_alt[t]);
    }
    PyMem_Free(self->literals);
    PyMem_Free(self->at_word);
    PyMem_Free(self->anywhere);
    PyMem_Free(self->target_start);
    PyMem_Free(self->target_rule);
    PyMem_Free(self->target_alt);
    PyMem_Free(self->extra_start);
    PyMem_Free(self->extra);
    PyMem_Free(self->has_extra);
    PyMem_Free(self->stamp);
    PyMem_Free(self->found);
    Py_XDECREF(self->always);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* The id of literal (a str or None: -1) in ids, a dict from literal to id. */
static int32_t literal_id(PyObject *ids, PyObject *literal) {
    if (literal == Py_None) return -1;
    PyObject *id = PyDict_GetItemWithError(ids, literal);
    if (id == NULL) {
        if (!PyErr_Occurred()) PyErr_Format(PyExc_ValueError, "literal %R is not in the scan", literal);
        return -2;
    }
    return (int32_t)PyLong_AsLong(id);
}

/* Prefilter(at_word, anywhere, unlocks, always): the LiteralScanner's tables and the Checker's (see
 * select()). Every literal in unlocks, as a key or a second requirement, must be one the scan reports. */
static int Prefilter_init(Prefilter *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"at_word", "anywhere", "unlocks", "always", NULL};
    PyObject *at_word, *anywhere, *unlocks, *always;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!O!O!O!", kwlist, &PyTuple_Type, &at_word, &PyTuple_Type,
                                     &anywhere, &PyDict_Type, &unlocks, &PyTuple_Type, &always))
        return -1;
    if (self->literals != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Prefilter is already initialised");
        return -1;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(at_word);
    if (PyTuple_GET_SIZE(anywhere) != n) {
        PyErr_SetString(PyExc_ValueError, "at_word and anywhere must have the same length");
        return -1;
    }
    int ok = -1;
    PyObject *ids = PyDict_New();
    if (ids == NULL) return -1;
    /* Number the distinct literals. */
    self->literals = PyMem_Calloc((size_t)(2 * n + 1), sizeof(PyObject *));
    if (self->literals == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < 2 * n; i++) {
        PyObject *literal = PyTuple_GET_ITEM(i < n ? at_word : anywhere, i % n);
        if (literal == Py_None) continue;
        if (!PyUnicode_Check(literal)) {
            PyErr_SetString(PyExc_TypeError, "literals must be str or None");
            goto done;
        }
        int known = PyDict_Contains(ids, literal);
        if (known < 0) goto done;
        if (known) continue;
        PyObject *id = PyLong_FromSsize_t(self->n_literals);
        if (id == NULL) goto done;
        int failed = PyDict_SetItem(ids, literal, id);
        Py_DECREF(id);
        if (failed < 0) goto done;
        Py_INCREF(literal);
        self->literals[self->n_literals++] = literal;
    }
    self->n_indexes = n;
    self->at_word = PyMem_Malloc(sizeof(int32_t) * ((size_t)n + 1));
    self->anywhere = PyMem_Malloc(sizeof(int32_t) * ((size_t)n + 1));
    self->stamp = PyMem_Calloc((size_t)self->n_literals + 1, sizeof(uint32_t));
    self->found = PyMem_Malloc(sizeof(int32_t) * ((size_t)self->n_literals + 1));
    self->target_start = PyMem_Calloc((size_t)self->n_literals + 1, sizeof(uint32_t));
    if (!self->at_word || !self->anywhere || !self->stamp || !self->found || !self->target_start) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        int32_t w = literal_id(ids, PyTuple_GET_ITEM(at_word, i));
        int32_t a = literal_id(ids, PyTuple_GET_ITEM(anywhere, i));
        if (w < -1 || a < -1) goto done;
        self->at_word[i] = w;
        self->anywhere[i] = a;
    }
    /* Count targets and second-requirement literals per literal id. */
    Py_ssize_t n_targets = 0, n_extra = 0, pos = 0;
    PyObject *literal, *targets;
    while (PyDict_Next(unlocks, &pos, &literal, &targets)) {
        if (!PyTuple_Check(targets)) {
            PyErr_SetString(PyExc_TypeError, "unlocks values must be tuples");
            goto done;
        }
        int32_t id = literal_id(ids, literal);
        if (id < 0) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "an unlock key must be a literal");
            goto done;
        }
        for (Py_ssize_t t = 0; t < PyTuple_GET_SIZE(targets); t++) {
            PyObject *target = PyTuple_GET_ITEM(targets, t);
            if (!PyTuple_Check(target) || PyTuple_GET_SIZE(target) != 3) {
                PyErr_SetString(PyExc_TypeError, "a target must be (rule, alternative, extra)");
                goto done;
            }
            PyObject *extra = PyTuple_GET_ITEM(target, 2);
            if (extra != Py_None) {
                if (!PyAnySet_Check(extra)) {
                    PyErr_SetString(PyExc_TypeError, "a second requirement must be a frozenset");
                    goto done;
                }
                n_extra += PySet_GET_SIZE(extra);
            }
        }
        self->target_start[id + 1] = (uint32_t)PyTuple_GET_SIZE(targets);
        n_targets += PyTuple_GET_SIZE(targets);
    }
    for (Py_ssize_t l = 0; l < self->n_literals; l++) self->target_start[l + 1] += self->target_start[l];
    self->target_rule = PyMem_Calloc((size_t)n_targets + 1, sizeof(PyObject *));
    self->target_alt = PyMem_Calloc((size_t)n_targets + 1, sizeof(PyObject *));
    self->has_extra = PyMem_Calloc((size_t)n_targets + 1, sizeof(int32_t));
    self->extra_start = PyMem_Calloc((size_t)n_targets + 1, sizeof(uint32_t));
    self->extra = PyMem_Malloc(sizeof(int32_t) * ((size_t)n_extra + 1));
    if (!self->target_rule || !self->target_alt || !self->has_extra || !self->extra_start || !self->extra) {
        PyErr_NoMemory();
        goto done;
    }
    self->n_targets = n_targets;
    /* Fill the targets, literal by literal in id order, second requirements in target order. */
    Py_ssize_t extra_at = 0;
    for (Py_ssize_t l = 0; l < self->n_literals; l++) {
        targets = PyDict_GetItemWithError(unlocks, self->literals[l]);
        if (targets == NULL) {
            if (PyErr_Occurred()) goto done;
            continue;
        }
        for (Py_ssize_t t = 0; t < PyTuple_GET_SIZE(targets); t++) {
            PyObject *target = PyTuple_GET_ITEM(targets, t);
            Py_ssize_t k = self->target_start[l] + t;
            PyObject *extra = PyTuple_GET_ITEM(target, 2);
            Py_INCREF(PyTuple_GET_ITEM(target, 0));
            self->target_rule[k] = PyTuple_GET_ITEM(target, 0);
            Py_INCREF(PyTuple_GET_ITEM(target, 1));
            self->target_alt[k] = PyTuple_GET_ITEM(target, 1);
            self->extra_start[k] = (uint32_t)extra_at;
            if (extra != Py_None) {
                self->has_extra[k] = 1;
                PyObject *items = PyObject_GetIter(extra), *item;
                if (items == NULL) goto done;
                while ((item = PyIter_Next(items)) != NULL) {
                    int32_t id = literal_id(ids, item);
                    Py_DECREF(item);
                    if (id < 0) {
                        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "a requirement must be a literal");
                        Py_DECREF(items);
                        goto done;
                    }
                    self->extra[extra_at++] = id;
                }
                Py_DECREF(items);
                if (PyErr_Occurred()) goto done;
            }
        }
    }
    /* Targets were filled in index order, each recording where its literals start: close the last one. */
    self->extra_start[n_targets] = (uint32_t)extra_at;
    Py_INCREF(always);
    self->always = always;
    ok = 0;
done:
    Py_DECREF(ids);
    return ok;
}

static int is_word_char(Py_UCS4 ch) { return ch == '_' || Py_UNICODE_ISALNUM(ch); }

/* Mark literal id present in this check. */
static inline void mark(Prefilter *self, int32_t id, Py_ssize_t *count) {
    if (id >= 0 && self->stamp[id] != self->generation) {
        self->stamp[id] = self->generation;
        self->found[(*count)++] = id;
    }
}

/* select(matches, text) -> (present, selected): the set of literals present in text (as collapse() gives
 * it) judging by the scan's (index, start, end) matches, and {rule: set of alternatives} they unlock, with
 * the alternatives that need no literal, exactly as Checker._select_python computes them. */
static PyObject *Prefilter_select(Prefilter *self, PyObject *args) {
    PyObject *matches_arg, *text;
    if (self->literals == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Prefilter is not initialised");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "OU", &matches_arg, &text)) return NULL;
    PyObject *matches = PySequence_Fast(matches_arg, "matches must be a sequence");
    if (matches == NULL) return NULL;
    PyObject *present = PySet_New(NULL), *selected = PyDict_New(), *result = NULL;
    if (present == NULL || selected == NULL) goto done;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text), count = 0;
    if (++self->generation == 0) { /* wrapped round: forget every stamp */
        memset(self->stamp, 0, sizeof(uint32_t) * ((size_t)self->n_literals + 1));
        self->generation = 1;
    }
    for (Py_ssize_t m = 0; m < PySequence_Fast_GET_SIZE(matches); m++) {
        PyObject *match = PySequence_Fast_GET_ITEM(matches, m);
        if (!PyTuple_Check(match) || PyTuple_GET_SIZE(match) != 3) {
            PyErr_SetString(PyExc_TypeError, "a match must be (index, start, end)");
            goto done;
        }
        Py_ssize_t index = PyLong_AsSsize_t(PyTuple_GET_ITEM(match, 0));
        Py_ssize_t start = PyLong_AsSsize_t(PyTuple_GET_ITEM(match, 1));
        if ((index == -1 || start == -1) && PyErr_Occurred()) goto done;
        if (index < 0 || index >= self->n_indexes || start < 0 || start > size) {
            PyErr_SetString(PyExc_ValueError, "match out of range");
            goto done;
        }
        mark(self, self->anywhere[index], &count);
        int32_t id = self->at_word[index];
        if (id >= 0 && (start == 0 || !is_word_char(PyUnicode_READ(kind, data, start - 1))))
            mark(self, id, &count);
    }
    for (Py_ssize_t a = 0; a < PyTuple_GET_SIZE(self->always); a++) {
        PyObject *rule, *alternatives;
        if (!PyArg_ParseTuple(PyTuple_GET_ITEM(self->always, a), "OO", &rule, &alternatives)) goto done;
        PyObject *alts = PySet_New(alternatives);
        if (alts == NULL) goto done;
        int failed = PyDict_SetItem(selected, rule, alts);
        Py_DECREF(alts);
        if (failed < 0) goto done;
    }
    for (Py_ssize_t f = 0; f < count; f++) {
        int32_t id = self->found[f];
        if (PySet_Add(present, self->literals[id]) < 0) goto done;
        for (uint32_t k = self->target_start[id]; k < self->target_start[id + 1]; k++) {
            if (self->has_extra[k]) {
                int any = 0;
                for (uint32_t e = self->extra_start[k]; e < self->extra_start[k + 1] && !any; e++)
                    any = self->stamp[self->extra[e]] == self->generation;
                if (!any) continue;
            }
            PyObject *alts = PyDict_GetItemWithError(selected, self->target_rule[k]);
            if (alts == NULL) {
                if (PyErr_Occurred()) goto done;
                alts = PySet_New(NULL);
                if (alts == NULL) goto done;
                int failed = PyDict_SetItem(selected, self->target_rule[k], alts);
                Py_DECREF(alts); /* selected holds it */
                if (failed < 0) goto done;
            }
            if (PySet_Add(alts, self->target_alt[k]) < 0) goto done;
        }
    }
    result = PyTuple_Pack(2, present, selected);
done:
    Py_XDECREF(present);
    Py_XDECREF(selected);
    Py_DECREF(matches);
    return result;
}

static PyMethodDef Prefilter_methods[] = {
    {"select", (PyCFunction)Prefilter_select, METH_VARARGS,
     "select(matches, text) -> (present, selected): the literals present and the alternatives they "
     "unlock, as Checker._select_python computes them."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject PrefilterType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "feedback.domain.compliance._prefilter.Prefilter",
    .tp_doc = PyDoc_STR("The checker's prefilter tables as flat arrays, and the step from scan to alternatives."),
    .tp_basicsize = sizeof(Prefilter),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Prefilter_init,
    .tp_dealloc = (destructor)Prefilter_dealloc,
    .tp_methods = Prefilter_methods,
};

static struct PyModuleDef prefilter_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "feedback.domain.compliance._prefilter",
    .m_doc = PyDoc_STR("Compiled prefilter step of the compliance checker (see checker.py)."),
    .m_size = -1,
};

PyMODINIT_FUNC PyInit__prefilter(void) {
    if (PyType_Ready(&PrefilterType) < 0) return NULL;
    PyObject *module = PyModule_Create(&prefilter_module);
    if (module == NULL) return NULL;
    Py_INCREF(&PrefilterType);
    if (PyModule_AddObject(module, "Prefilter", (PyObject *)&PrefilterType) < 0) {
        Py_DECREF(&PrefilterType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
