# biaslab: two commands do all the set-up (see README.md).
#   make reports   analyse the bundled corpus and build reports/ (HTML, figures, data files)
#   make test      run the whole test suite
#   make evaluate  measure biaslab on the development corpora (DEVDATA) and rewrite docs/validity.md
# Each creates .venv/ on first use and installs what it needs into it.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEVDATA ?= ../shared/devdata
WORKERS ?= 2

.PHONY: reports test lab bench evaluate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,parquet]'
	touch $@ $(VENV)/.installed-run

reports: $(VENV)/.installed-run
	$(BIN)/biaslab report --out reports
	@echo "Reports written to reports/ (open reports/index.html)"

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

lab: $(VENV)/.installed-run
	$(BIN)/jupyter lab notebooks/

bench: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench_throughput.py
	$(BIN)/python benchmarks/bench_memory.py
	$(BIN)/python benchmarks/bench_reports.py

# The report parts only (PolNeAR dev; PTC and NewsMTSC "report"); see docs/validity.md. Not part of `make test`.
evaluate: $(VENV)/.installed-run
	@mkdir -p reports/validity
	$(BIN)/biaslab evaluate polnear $(DEVDATA)/polnear --split dev --workers $(WORKERS) --out reports/validity/polnear.json
	$(BIN)/biaslab evaluate ptc $(DEVDATA)/ptc --split report --workers $(WORKERS) --out reports/validity/ptc.json
	$(BIN)/biaslab evaluate newsmtsc $(DEVDATA)/newsmtsc --split report --workers $(WORKERS) --out reports/validity/newsmtsc.json
	$(BIN)/python -m biaslab.evaluation.report reports/validity docs/validity.md

clean:
	rm -rf $(VENV) reports/*.html reports/*.pdf reports/figures reports/articles reports/data reports/student
