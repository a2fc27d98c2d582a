# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app app

.PHONY: run test install lint bench clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py $(wildcard feedback/domain/compliance/*.c) | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py $(wildcard feedback/domain/compliance/*.c) | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

## run: install, create or migrate the database in instance/, start the web app and the job worker.
run: $(VENV)/.installed
	$(FLASK) db upgrade
	@echo "Starting the background worker and the web app on http://127.0.0.1:5000 (Ctrl-C stops both)"
	@$(BIN)/huey_consumer feedback.jobs.huey --workers 1 --worker-type thread --quiet & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(FLASK) run --host 127.0.0.1 --port 5000

## test: install the test extras, lint, and run the whole suite (again on PostgreSQL if TEST_DATABASE_URL is set).
test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --follow-imports=silent feedback/domain
	$(BIN)/pytest
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
	  echo "== again on PostgreSQL ($$TEST_DATABASE_URL) =="; \
	  FEEDBACK_TEST_BACKEND=postgres $(BIN)/pytest -m "not browser" --ignore=tests/domain; \
	fi

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --follow-imports=silent feedback/domain

## bench: the benchmark scripts (they print figures; some need ../shared/data and skip without it).
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/sentiment_accuracy.py
