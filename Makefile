# Two commands for a new user: `make serve` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
export CHROMIUM

.PHONY: serve test site build check bench browser-deps clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## browser-deps: Debian's chromium for the browser tests (playwright's own download is not used)
## and LibreOffice Calc, which opens the CSV downloads as a spreadsheet program does
browser-deps:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "installing chromium and CJK fonts with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi
	@if ! command -v soffice >/dev/null; then \
	  echo "installing LibreOffice Calc (headless) with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null; \
	fi

build: $(STAMP)
	$(BIN)/python -m build_tools build

## serve: build and serve on http://127.0.0.1:8000, rebuilding when seeds/ change
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

## site: the static site in site/
site: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

check: $(STAMP)
	$(BIN)/python -m build_tools check

## test: every test, the content checks and a strict build
test: $(STAMP) browser-deps
	$(BIN)/python -m build_tools build
	$(BIN)/mkdocs build --strict --site-dir site
	$(BIN)/python -m build_tools check
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m build_tools bench

clean:
	rm -rf site .cache test-artifacts
