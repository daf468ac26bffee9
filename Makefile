# Two commands do all set-up: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared

.PHONY: install demo test lint eval bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f out/demo.duckdb
	mkdir -p out
	$(BIN)/coder code data/sample/articles.jsonl --db out/demo.duckdb
	$(BIN)/coder stats --db out/demo.duckdb
	$(BIN)/coder query "SELECT event_date, sub_event_type, actor1, actor2, location, iso3, fatalities FROM events ORDER BY event_date LIMIT 15" --db out/demo.duckdb

test: $(STAMP) lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check coder tests scripts
	$(BIN)/mypy coder scripts

eval: $(STAMP)
	@if [ -f $(SHARED)/data/dev/acled_dev.jsonl ]; then \
		$(BIN)/coder evaluate $(SHARED)/data/dev/acled_dev.jsonl --shift-days 3; \
	else \
		echo "make eval: $(SHARED)/data/dev/acled_dev.jsonl is not here; skipping."; \
	fi
	@if [ -f $(SHARED)/data/dev/geoparsing_dev.jsonl ]; then \
		$(BIN)/coder evaluate-geo $(SHARED)/data/dev/geoparsing_dev.jsonl; \
	else \
		echo "make eval: $(SHARED)/data/dev/geoparsing_dev.jsonl is not here; skipping."; \
	fi
	$(BIN)/coder evaluate tests/data/news_gold.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_2.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_3.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_4.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_5.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_6.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_7.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_8.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_9.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_10.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_11.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_12.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_13.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_14.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_15.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_16.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_17.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_18.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_19.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_20.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_21.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_22.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_23.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_24.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_25.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_26.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_27.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_28.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_29.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_30.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_31.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_32.jsonl
	$(BIN)/coder evaluate tests/data/news_gold_33.jsonl

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
