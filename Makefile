# Two commands for a new user: `make serve` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
# the date citations give as "accessed": the last commit's time (reproducible builds), unless set
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
export SOURCE_DATE_EPOCH
export CHROMIUM

.PHONY: serve test site build check bench browser-deps system-deps clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## browser-deps: Debian's chromium and CJK fonts for the browser tests and the typeset test pages
## (playwright's own download is not used), and LibreOffice Calc, which opens the CSV downloads as a
## spreadsheet program does
browser-deps:
	@if [ ! -x $(CHROMIUM) ] || ! fc-list 2>/dev/null | grep -qi "Noto Serif CJK"; then \
	  echo "installing chromium and CJK fonts with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi
	@if ! command -v soffice >/dev/null; then \
	  echo "installing LibreOffice Calc (headless) with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null; \
	fi

## system-deps: the shared libraries OpenCV (under RapidOCR, for scanned pages) loads
system-deps:
	@if ! ldconfig -p | grep -q 'libGL.so.1 ' || ! ldconfig -p | grep -q 'libglib-2.0.so.0 '; then \
	  echo "installing libgl1 and libglib2.0-0 (for OpenCV) with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgl1 libglib2.0-0 >/dev/null; \
	fi

build: $(STAMP) system-deps
	$(BIN)/python -m build_tools build

## serve: build and serve on http://127.0.0.1:8000, rebuilding when seeds/ change
serve: $(STAMP) system-deps
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

## site: the static site in site/
site: $(STAMP) system-deps
	$(BIN)/mkdocs build --strict --site-dir site

check: $(STAMP)
	$(BIN)/python -m build_tools check

## test: every test, the content checks and a strict build
test: $(STAMP) system-deps browser-deps
	$(BIN)/python -m build_tools build
	$(BIN)/mkdocs build --strict --site-dir site
	$(BIN)/python -m build_tools check
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

bench: $(STAMP) system-deps
	$(BIN)/python -m build_tools bench

clean:
	rm -rf site .cache test-artifacts
