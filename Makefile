PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f eventwire.db eventwire.db-wal eventwire.db-shm
	$(BIN)/eventwire watch add escalation --actor IDN --actor MYS --recipient IDN --recipient MYS \
	  --type THREATEN --type PROTEST --type SANCTION --type MOBILIZE --type COERCE --type ASSAULT \
	  --measure incidents --levels 1,3,6 --window 7
	$(BIN)/eventwire ingest examples/corpus
	$(BIN)/eventwire docs list
	$(BIN)/eventwire report
	$(BIN)/eventwire alerts --evidence

lint: $(STAMP)
	$(BIN)/ruff check src tests eval bench
	$(BIN)/mypy

# two CPUs: the tests that neither time nor kill processes run on two workers, one test file per
# worker at a time; those that do (Ray, SIGKILL) run alone afterwards, so no other load skews them
test: $(STAMP) lint
	$(BIN)/pytest -n 2 --dist loadfile -m 'not serial'
	$(BIN)/pytest -m serial


eval: $(STAMP)
	$(BIN)/python -m eval.run_all

bench: $(STAMP)
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) eventwire.db eventwire.db-wal eventwire.db-shm
