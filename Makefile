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
	$(BIN)/onrecord evaluate tests/fixtures/speakers/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind1/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind2/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind3/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind4/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind5/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind6/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind7/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind8/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind9/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind10/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind11/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/en_blind12/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_heldout/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind2/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind3/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind4/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind5/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind6/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind7/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind8/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind9/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind10/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind11/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind12/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind13/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind14/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind15/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind16/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind17/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind18/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind19/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind20/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind21/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind22/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind23/gold.jsonl
	$(BIN)/onrecord evaluate tests/fixtures/fr_blind24/gold.jsonl
	$(BIN)/onrecord evaluate ../shared/seed/gold.jsonl
	$(BIN)/onrecord evaluate ../shared/data/polnear/dev.jsonl

bench: $(BIN)/onrecord
	$(BIN)/python benchmarks/bench_speed.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
