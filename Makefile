# Two commands do everything on a fresh machine (Debian, Python 3.11, no conda):
#   make report   set up .venv if needed, then run the report on seeds/
#   make test     set up .venv if needed, then run the tests
# Both create and reuse .venv; a second run skips what is already installed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test setup lock clean-outputs benchmark

report: $(STAMP)
	$(BIN)/python -m analysis report seeds --run-name seed

test: $(STAMP)
	$(BIN)/python -m pytest

setup: $(STAMP)

# The modules setup.py compiles, as listed in analysis/compiled.py (COMPILED).
COMPILED := $(shell $(PYTHON) -c 'import runpy; print(*(f"analysis/{name}.py" for name in runpy.run_path("analysis/compiled.py")["COMPILED"]))')

# Re-installs only when the install files or the compiled modules change (a module edited since
# it was compiled runs from source, slower, with a warning: analysis/compiled.py).
$(STAMP): pyproject.toml requirements.lock setup.py $(COMPILED)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[test]"
	touch $(STAMP)

# Refresh requirements.lock after changing a pin in pyproject.toml.
lock: $(STAMP)
	{ head -n 3 requirements.lock; $(BIN)/python -m pip freeze --exclude-editable; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench_quotes.py
	$(BIN)/python benchmarks/bench_pipeline.py

# Generated outputs can be deleted and rebuilt by `make report`.
clean-outputs:
	rm -rf reports figures/seed
