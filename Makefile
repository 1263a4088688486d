# eventwire: `make demo` and `make test` set everything up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCKS := requirements/main.txt requirements/dev.txt

.PHONY: demo serve assets bench-scale test check check-locks lock lint types bench \
	bench-attribution eval gazetteer prereqs incident-model clean

# `step NAME, COMMAND, WHAT TO DO`: run a set-up command; when it fails, end with one line that
# names the step and what to do, below the tool's own output.
step = { $(2); } || { echo "make: set-up step '$(1)' failed: $(3)" >&2; exit 1; }

# What must already be on the machine, checked before anything is installed.
prereqs:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "make: eventwire needs Python >= 3.11 as '$(PYTHON)' (the locks are compiled for 3.11);" \
	    "install it or run make PYTHON=/path/to/python3.11" >&2; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "make: '$(PYTHON)' cannot create virtual environments; install its venv module" \
	    "(Debian/Ubuntu: apt-get install python3-venv)" >&2; exit 1; }
	@command -v npm >/dev/null && command -v node >/dev/null || { \
	  echo "make: Node.js and npm are needed for the map page's assets; install them" \
	    "(Debian/Ubuntu: apt-get install nodejs npm)" >&2; exit 1; }

# Exactly the locked set: every lock holds the whole dependency tree (tools/check_locks.py
# checks it), so pip installs each file with --no-deps and resolves nothing against the registry;
# a release published after the lock was written cannot change or break the install. `pip check`
# then fails loudly, naming the package, if a lock is not whole after all.
$(STAMP): $(LOCKS) pyproject.toml
	@$(MAKE) --no-print-directory prereqs
	@rm -rf $(VENV)
	@echo "Setting up $(VENV) from the locked requirements ..."
	@$(call step,virtual environment,$(PYTHON) -m venv $(VENV),$(PYTHON) -m venv could not create $(VENV); check that its venv module works and the disk has room)
	@$(call step,install requirements/main.txt,$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/main.txt,pip could not install the locked runtime packages; check the connection to the package index; a hash mismatch means the lock or the download is wrong)
	@$(call step,install requirements/dev.txt,$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/dev.txt,pip could not install the locked development packages; check the connection to the package index)
	@$(call step,install eventwire,$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .,pip could not install eventwire itself in editable mode; see the error above)
	@$(call step,pip check,$(BIN)/pip check,a locked package lacks a dependency; run make lock to regenerate the locks as the README says under Development)
	@touch $(STAMP)

# The locks compiled from requirements/*.in with pip-tools (locked in dev.txt), keeping every pin
# that still satisfies its .in; `make lock UPGRADE=1` moves every pin to the newest release.
lock: $(STAMP)
	cd requirements && for stem in main dev textacy; do \
	  ../$(BIN)/pip-compile --quiet --allow-unsafe --generate-hashes --strip-extras \
	    --no-emit-index-url --no-emit-find-links \
	    $(if $(UPGRADE),--upgrade) --output-file=$$stem.txt $$stem.in || exit 1; done
	$(BIN)/python tools/check_locks.py

# The incident model (src/eventwire/data/incident_model.json) from the labels in labels/ and the
# texts of ../shared/corpus/ukraine-president-ua; its article threshold by cross-validation on
# those labels, the snippet threshold kept as chosen on CASE's tune half.
incident-model: $(STAMP)
	$(BIN)/python tools/train_incidents.py --snippet-threshold $$($(BIN)/python -c 'import json; print(json.load(open("src/eventwire/data/incident_model.json"))["snippet_threshold"])')

check-locks: $(STAMP)
	$(BIN)/python tools/check_locks.py

ASSETS := src/eventwire/serve/static/vendor/.copied
DEMO_DB := out/demo.db

# The map page's browser libraries (Leaflet, markercluster, world-atlas outlines, ...), from npm,
# pinned by package-lock.json, copied next to the page: the page never loads anything remote.
$(ASSETS): package.json package-lock.json $(STAMP)
	@$(call step,npm ci,npm ci --no-audit --no-fund --ignore-scripts --loglevel=error,npm could not install the page assets from package-lock.json; check the connection to the npm registry)
	@$(call step,copy page assets,$(BIN)/python -m eventwire.serve.vendor,the page's vendor files could not be copied from node_modules; run make assets again after rm -rf node_modules)
	@touch $(ASSETS)

assets: $(ASSETS)

demo: prereqs $(STAMP) $(ASSETS)
	$(BIN)/eventwire extract examples/drones-kyiv-2023-06-10.txt --published 2023-06-10 --format table
	@mkdir -p out && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/eventwire ingest examples/drones-kyiv-2023-06-10.txt --published 2023-06-10 --db $(DEMO_DB)
	$(BIN)/eventwire ingest examples/sample-news.jsonl --db $(DEMO_DB)
	$(BIN)/eventwire events --db $(DEMO_DB) --limit 12
	@echo
	@echo "The map of these events: http://127.0.0.1:8765/  (Ctrl-C stops the server)"
	$(BIN)/eventwire serve $(DEMO_DB)

serve: $(STAMP) $(ASSETS)
	$(BIN)/eventwire serve $(or $(DB),eventwire.db)

test: prereqs $(STAMP) $(ASSETS)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

types: $(STAMP)
	$(BIN)/mypy

check: lint types check-locks test

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

# The pipeline on a local Dask cluster: 2 workers against 1 and against one process.
bench-scale: $(STAMP)
	$(BIN)/python benchmarks/bench_scale.py

# textacy's quotation extractor on PolNeAR dev beside eventwire: the reference to beat. textacy
# is not an eventwire dependency; this installs it (and its numerical stack) into the venv.
bench-attribution: $(STAMP)
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/textacy.txt
	$(BIN)/python benchmarks/attribution_textacy.py

eval: $(STAMP)
	@for set in geo/lgl geo/gwn geo/geovirus; do echo "== $$set"; $(BIN)/eventwire eval geo --data ../shared/eval/$$set; done
	@echo "== time/tbaq"; $(BIN)/eventwire eval time --data ../shared/eval/time/tbaq
	@echo "== time/meantime"; $(BIN)/eventwire eval time --data ../shared/eval/time/meantime_raw
	@echo "== attribution/polnear-dev"; $(BIN)/eventwire eval attribution --data ../shared/eval/attribution/polnear-dev
	@echo "== events/case2021 (check half)"; $(BIN)/eventwire eval case --data ../shared/eval/events/case2021 --half check
	@echo "== events/articles-dev (check half)"; $(BIN)/eventwire eval articles --data ../shared/eval/events/articles-dev --half check
	@echo "== events/event_location"; $(BIN)/eventwire eval evloc --data ../shared/eval/events/event_location
	@echo "== claims/meantime"; $(BIN)/eventwire eval claims --data ../shared/eval/time/meantime_raw
	@echo "== merge"; $(BIN)/eventwire eval merge --data ../shared/eval
	@echo "== events/plover"; $(BIN)/eventwire eval plover --data ../shared/eval/events/plover
	@echo "== events/wikievents-dev"; $(BIN)/eventwire eval wikievents --data ../shared/eval/events/wikievents-dev
	@echo "== events/re3d"; $(BIN)/eventwire eval weapons --data ../shared/eval/events/re3d

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
