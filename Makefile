# Two commands on a fresh machine: `make demo` (extract the bundled demo articles) and
# `make test` (the test suite). Both create the virtual environment on first use.
# `make serve` browses the demo articles in the web app at http://127.0.0.1:8000/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo serve test lint evaluate bench clean

$(BIN)/onrecord: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(BIN)/onrecord

demo: $(BIN)/onrecord
	$(BIN)/onrecord demo

# The web app over a corpus of the demo articles (demo.db, made on first use).
serve: $(BIN)/onrecord
	test -e demo.db || $(BIN)/onrecord ingest src/onrecord/demo --db demo.db
	$(BIN)/onrecord serve --db demo.db

test: lint
	$(BIN)/pytest

lint: $(BIN)/onrecord
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy src

# Needs ../shared (the seed article and PolNeAR dev) beside the checkout.
evaluate: $(BIN)/onrecord
	$(BIN)/onrecord evaluate tests/fixtures/gold.jsonl
	for gold in tests/fixtures/*/gold.jsonl; do \
		echo "== $$gold"; $(BIN)/onrecord evaluate $$gold || exit 1; \
	done
	$(BIN)/onrecord evaluate ../shared/seed/gold.jsonl
	$(BIN)/onrecord evaluate ../shared/data/polnear/dev.jsonl

bench: $(BIN)/onrecord
	$(BIN)/python benchmarks/bench_speed.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
