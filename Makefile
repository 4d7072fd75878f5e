# Bondwise: `make run` sets everything up and starts the assistant; `make test` sets
# everything up and runs every test. Both skip what is already done.
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Python 3.10 (Rasa 3.6 needs it): the first candidate that really runs 3.10 (a pyenv
# shim on PATH can exist and still fail when 3.10 is not the selected version).
PYTHON310 ?= $(shell for p in $$(ls -d $$HOME/.pyenv/versions/3.10.*/bin/python3.10 2>/dev/null) $$(command -v python3.10 2>/dev/null); do "$$p" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null && echo "$$p" && break; done)
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa

export BONDWISE_DATABASE_URL ?= sqlite:///var/bondwise.db
export BONDWISE_ACTION_URL ?= http://localhost:5055/webhook
# No telemetry or crash reports leave this machine: conversations may be sensitive.
export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONWARNINGS ?= ignore::DeprecationWarning

STAMPS := .stamps
INSTALLED := $(STAMPS)/installed
SPACY_MODEL := build/spacy_en_bondwise/meta.json
KNOWLEDGE := $(STAMPS)/knowledge
HELPLINES := data/responses/helplines.yml
MODEL := models/bondwise.tar.gz
WIDGET := web/node_modules/rasa-webchat/module/index.js
CHROMIUM ?= /usr/bin/chromium
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null)

.PHONY: FORCE run test setup validate conversations pytest bench benchmark-nlu benchmark-risk benchmark-console stock-race audit console cluster clean browser

$(PY):
	@test -n "$(PYTHON310)" || { echo "Python 3.10 not found (install it, or set PYTHON310=/path/to/python3.10)"; exit 1; }
	$(PYTHON310) -m venv $(VENV)

$(INSTALLED): pyproject.toml constraints.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@mkdir -p $(STAMPS) var && touch $@

# The packages are order-only prerequisites: installing a test tool must not retrain.
$(SPACY_MODEL): bondwise/tools/build_spacy.py | $(INSTALLED)
	$(PY) -m bondwise.tools.build_spacy

$(KNOWLEDGE): bondwise/knowledge/content.yml bondwise/knowledge/sources.yml bondwise/tools/build_knowledge.py | $(INSTALLED)
	$(PY) -m bondwise.tools.build_knowledge
	@touch $@

$(HELPLINES): bondwise/helplines/directory.yml bondwise/helplines/directory.py bondwise/tools/build_helplines.py | $(INSTALLED)
	$(PY) -m bondwise.tools.build_helplines
	@touch $@

# The list of training files, rewritten only when it changes: deleting a data file must
# retrain too, and a deletion touches no file's timestamp.
TRAINING_LIST := $(STAMPS)/training-files
# The kept sets the classifier learns from (classifier.kept_sets: all but the gate set).
RISK_SETS := $(filter-out tests/data/risk_eval.yml,$(wildcard tests/data/risk_*.yml))
$(TRAINING_LIST): FORCE
	@mkdir -p $(STAMPS)
	@printf '%s\n' $(sort $(TRAINING_INPUTS) $(wildcard bondwise/risk/training/*.yml) $(RISK_SETS)) > $@.new
	@cmp -s $@.new $@ && rm $@.new || mv $@.new $@

# --force: the risk classifier also learns from bondwise/risk/training/ and the kept sets
# of tests/data (and is shaped by classifier.py), which Rasa's own change detection does not see.
$(MODEL): $(TRAINING_INPUTS) $(SPACY_MODEL) $(KNOWLEDGE) $(HELPLINES) $(wildcard bondwise/risk/training/*.yml) $(RISK_SETS) \
          bondwise/risk/classifier.py bondwise/risk/normalize.py bondwise/nlu/intent_ensemble.py bondwise/nlu/linear_selector.py $(TRAINING_LIST)
	$(RASA) train --force --fixed-model-name bondwise --out models
	@touch $@

FORCE:

# The web widget, installed from npm (exact versions in web/package-lock.json) and served
# by the project itself.
$(WIDGET): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# The browser tests drive Debian's chromium; Playwright downloads no browser here.
browser:
	@test -x $(CHROMIUM) || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  apt-get install -y -q chromium >/dev/null; } || { \
	  echo "chromium not found at $(CHROMIUM): install Debian's chromium (apt-get install chromium) or set CHROMIUM=/path"; exit 1; }
	@test -x $(CHROMIUM) || { echo "chromium still missing at $(CHROMIUM)"; exit 1; }

setup: $(MODEL) $(WIDGET)

run: setup
	$(PY) -m bondwise.tools.run

# Needs no model: fails fast, before any training.
validate: $(SPACY_MODEL) $(KNOWLEDGE) $(HELPLINES)
	$(PY) -m bondwise.tools.validate

conversations: setup
	$(RASA) test core --model $(MODEL) --stories tests/conversations \
	  --fail-on-prediction-errors --out results/conversations

pytest: setup browser
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest

test: validate conversations pytest

# Ours against the `rasa init` starter assistant: latency, throughput, memory, start-up.
bench: setup
	$(PY) -m bondwise.tools.bench

benchmark-nlu: setup
	$(PY) -m bondwise.tools.benchmark_nlu

benchmark-risk: setup
	$(PY) -m bondwise.tools.benchmark_risk

benchmark-console: $(INSTALLED)
	$(PY) -m bondwise.tools.benchmark_console

# Rasa's stock RedisLockStore on the scale test's workload, round by round (figures).
stock-race: setup
	$(PY) -m tests.stock_lock_race

# Known vulnerabilities in the pinned packages (README, "Dependency audit"). pip-audit runs
# from its own virtual environment: its dependencies would clash with Rasa's pins.
# --strict: a package it could not look up fails the audit instead of passing silently.
AUDIT_VENV := build/audit-venv
audit: constraints.txt
	@test -x $(AUDIT_VENV)/bin/pip-audit || { $(PYTHON310) -m venv $(AUDIT_VENV) && \
	  $(AUDIT_VENV)/bin/pip install -q pip-audit==2.10.1; }
	$(AUDIT_VENV)/bin/pip-audit --requirement constraints.txt --no-deps --disable-pip --strict --desc

# The staff console alone (`make run` starts it with the assistant).
console: $(INSTALLED)
	$(PY) -m bondwise.console

# Several Rasa servers behind a load balancer, on PostgreSQL and Redis (README).
cluster: setup
	$(PY) -m bondwise.scale.cluster

clean:
	rm -rf build models/*.tar.gz results $(STAMPS) web/node_modules
