# newstally — set-up, tests, evaluation and benchmarks.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
STAMP  := $(VENV)/.installed

.PHONY: install demo test fuzz eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install  ## extract the figures from the example reports
	@echo "== claims in examples/ (one row per figure) =="
	$(BIN)/newstally extract examples/*.txt --format table
	@echo
	@echo "== one summary line per report =="
	$(BIN)/newstally extract examples/*.txt --summary
	@echo
	@echo "== the reports as events, with reconciled figures (database: demo.db) =="
	rm -f demo.db
	$(BIN)/newstally ingest examples/ --db demo.db
	$(BIN)/newstally events --db demo.db
	@echo
	@echo "== to browse them: $(BIN)/newstally serve --db demo.db  (then open http://127.0.0.1:8000/) =="

test: install
	$(BIN)/python -m pytest

fuzz: install  ## every reader, the cleaner, the number parser and extraction: 10,000 hostile inputs each
	NEWSTALLY_FUZZ=$${NEWSTALLY_FUZZ:-10000} $(BIN)/python -m pytest tests/test_fuzz.py -q -p no:cacheprovider

eval: install  ## score against the dev sets in ../shared (skips when absent)
	SHARED=$(SHARED) $(BIN)/python eval/run_eval.py

bench: install  ## throughput and peak memory
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis
