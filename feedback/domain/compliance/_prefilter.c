/* Compiled prefilter step of the checker (checker.py, Checker._select): from the literal scan's matches to
 * the alternatives worth running.
 *
 * The Aho-Corasick scan (ahocorasick_rs) reports every occurrence of every literal, a hundred or more in a
 * 300-character message. Turning those into the set of literals present (word-start literals only where a
 * word starts) and then into the (rule, alternative) pairs they unlock was about a fifth of a check in
 * Python. This module does the same loops in C; checker.py keeps the Python code as the reference and
 * uses it when this module was not built. tests/domain/test_compliance_engine.py compares them.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static int is_word_char(Py_UCS4 ch) { return ch == '_' || Py_UNICODE_ISALNUM(ch); }

/* Add literal to present unless it is None; returns -1 on error. */
static int add_literal(PyObject *present, PyObject *literal) {
    if (literal == Py_None) return 0;
    return PySet_Add(present, literal);
}

/* Is no element of required in present? (required is a frozenset, usually of a few literals.) */
static int disjoint(PyObject *required, PyObject *present) {
    PyObject *items = PyObject_GetIter(required), *item;
    if (items == NULL) return -1;
    int result = 1;
    while ((item = PyIter_Next(items)) != NULL) {
        int found = PySet_Contains(present, item);
        Py_DECREF(item);
        if (found != 0) {
            result = found < 0 ? -1 : 0;
            break;
        }
    }
    Py_DECREF(items);
    return PyErr_Occurred() ? -1 : result;
}

/* select(matches, text, at_word, anywhere, unlocks, always) -> (present, selected)
 *
 * matches: (index, start, end) of each literal occurrence in text; at_word[index] / anywhere[index]: the
 * word-start literal / the plain literal that index stands for, or None; unlocks: literal -> tuple of
 * (rule, alternative, second requirement or None); always: (rule, alternatives) that need no literal.
 * Returns the set of literals present and {rule: set of alternatives}, as Checker._select does. */
static PyObject *select_alternatives(PyObject *module, PyObject *args) {
    PyObject *matches_arg, *text, *at_word, *anywhere, *unlocks, *always;
    if (!PyArg_ParseTuple(args, "OUO!O!O!O!", &matches_arg, &text, &PyTuple_Type, &at_word, &PyTuple_Type,
                          &anywhere, &PyDict_Type, &unlocks, &PyTuple_Type, &always))
        return NULL;
    PyObject *matches = PySequence_Fast(matches_arg, "matches must be a sequence");
    if (matches == NULL) return NULL;
    PyObject *present = PySet_New(NULL), *selected = PyDict_New(), *result = NULL;
    if (present == NULL || selected == NULL) goto done;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text), n_literals = PyTuple_GET_SIZE(at_word);
    if (PyTuple_GET_SIZE(anywhere) != n_literals) {
        PyErr_SetString(PyExc_ValueError, "at_word and anywhere must have the same length");
        goto done;
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
        if (index < 0 || index >= n_literals || start < 0 || start > size) {
            PyErr_SetString(PyExc_ValueError, "match out of range");
            goto done;
        }
        if (add_literal(present, PyTuple_GET_ITEM(anywhere, index)) < 0) goto done;
        PyObject *literal = PyTuple_GET_ITEM(at_word, index);
        if (literal != Py_None && (start == 0 || !is_word_char(PyUnicode_READ(kind, data, start - 1)))) {
            if (PySet_Add(present, literal) < 0) goto done;
        }
    }
    for (Py_ssize_t a = 0; a < PyTuple_GET_SIZE(always); a++) {
        PyObject *rule, *alternatives;
        if (!PyArg_ParseTuple(PyTuple_GET_ITEM(always, a), "OO", &rule, &alternatives)) goto done;
        PyObject *alts = PySet_New(alternatives);
        if (alts == NULL) goto done;
        int failed = PyDict_SetItem(selected, rule, alts);
        Py_DECREF(alts);
        if (failed < 0) goto done;
    }
    /* The literals present, as a list: the loop below only reads present, but a set iterator would do
     * more work per item. */
    PyObject *literals = PySequence_List(present), *literal;
    if (literals == NULL) goto done;
    for (Py_ssize_t l = 0; l < PyList_GET_SIZE(literals); l++) {
        literal = PyList_GET_ITEM(literals, l);
        PyObject *targets = PyDict_GetItemWithError(unlocks, literal);
        if (targets == NULL) {
            if (PyErr_Occurred()) goto fail;
            continue;
        }
        if (!PyTuple_Check(targets)) {
            PyErr_SetString(PyExc_TypeError, "unlocks values must be tuples");
            goto fail;
        }
        for (Py_ssize_t t = 0; t < PyTuple_GET_SIZE(targets); t++) {
            PyObject *target = PyTuple_GET_ITEM(targets, t);
            if (!PyTuple_Check(target) || PyTuple_GET_SIZE(target) != 3) {
                PyErr_SetString(PyExc_TypeError, "a target must be (rule, alternative, extra)");
                goto fail;
            }
            PyObject *rule = PyTuple_GET_ITEM(target, 0), *alt = PyTuple_GET_ITEM(target, 1);
            PyObject *extra = PyTuple_GET_ITEM(target, 2);
            if (extra != Py_None) {
                if (!PyAnySet_Check(extra)) {
                    PyErr_SetString(PyExc_TypeError, "a second requirement must be a frozenset");
                    goto fail;
                }
                int none = disjoint(extra, present);
                if (none < 0) goto fail;
                if (none) continue;
            }
            PyObject *alts = PyDict_GetItemWithError(selected, rule);
            if (alts == NULL) {
                if (PyErr_Occurred()) goto fail;
                alts = PySet_New(NULL);
                if (alts == NULL) goto fail;
                int failed = PyDict_SetItem(selected, rule, alts);
                Py_DECREF(alts); /* selected holds it */
                if (failed < 0) goto fail;
            }
            if (PySet_Add(alts, alt) < 0) goto fail;
        }
    }
    result = PyTuple_Pack(2, present, selected);
fail:
    Py_DECREF(literals);
done:
    Py_XDECREF(present);
    Py_XDECREF(selected);
    Py_DECREF(matches);
    return result;
}

static PyMethodDef methods[] = {
    {"select", select_alternatives, METH_VARARGS,
     "select(matches, text, at_word, anywhere, unlocks, always) -> (present, selected): the literals "
     "present and the alternatives they unlock, as Checker._select computes them."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef prefilter_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "feedback.domain.compliance._prefilter",
    .m_doc = PyDoc_STR("Compiled prefilter step of the compliance checker (see checker.py)."),
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__prefilter(void) { return PyModule_Create(&prefilter_module); }
