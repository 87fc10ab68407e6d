PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,browse]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/whosaid demo

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n 2 --dist worksteal -q

bench: $(STAMP)
	$(BIN)/pip install -q -e '.[test,bench]'
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/clean.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) *.egg-info
