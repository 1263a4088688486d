# eventwire: `make demo` and `make test` set everything up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve assets bench-scale test check lint types bench bench-attribution eval gazetteer clean

$(STAMP): requirements/main.txt requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements/main.txt
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

ASSETS := src/eventwire/serve/static/vendor/.copied
DEMO_DB := out/demo.db

# The map page's browser libraries (Leaflet, markercluster, world-atlas outlines, ...), from npm,
# pinned by package-lock.json, copied next to the page: the page never loads anything remote.
$(ASSETS): package.json package-lock.json $(STAMP)
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	$(BIN)/python -m eventwire.serve.vendor
	touch $(ASSETS)

assets: $(ASSETS)

demo: $(STAMP) $(ASSETS)
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

test: $(STAMP) $(ASSETS)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

types: $(STAMP)
	$(BIN)/mypy

check: lint types test

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

# The pipeline on a local Dask cluster: 2 workers against 1 and against one process.
bench-scale: $(STAMP)
	$(BIN)/python benchmarks/bench_scale.py

# textacy's quotation extractor on PolNeAR dev beside eventwire: the reference to beat. textacy
# is not an eventwire dependency; this installs it (and its numerical stack) into the venv.
bench-attribution: $(STAMP)
	$(BIN)/pip install --quiet --require-hashes -r requirements/textacy.txt
	$(BIN)/python benchmarks/attribution_textacy.py

eval: $(STAMP)
	@for set in geo/lgl geo/gwn geo/geovirus; do echo "== $$set"; $(BIN)/eventwire eval geo --data ../shared/eval/$$set; done
	@echo "== time/tbaq"; $(BIN)/eventwire eval time --data ../shared/eval/time/tbaq
	@echo "== time/meantime"; $(BIN)/eventwire eval time --data ../shared/eval/time/meantime_raw
	@echo "== attribution/polnear-dev"; $(BIN)/eventwire eval attribution --data ../shared/eval/attribution/polnear-dev
	@echo "== events/case2021"; $(BIN)/eventwire eval case --data ../shared/eval/events/case2021
	@echo "== events/event_location"; $(BIN)/eventwire eval evloc --data ../shared/eval/events/event_location
	@echo "== claims/meantime"; $(BIN)/eventwire eval claims --data ../shared/eval/time/meantime_raw
	@echo "== merge"; $(BIN)/eventwire eval merge --data ../shared/eval
	@echo "== events/plover"; $(BIN)/eventwire eval plover --data ../shared/eval/events/plover
	@echo "== events/wikievents-dev"; $(BIN)/eventwire eval wikievents --data ../shared/eval/events/wikievents-dev
	@echo "== events/re3d"; $(BIN)/eventwire eval weapons --data ../shared/eval/events/re3d

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
