# The MLP Workbook — build, test and render.
# `make test` is what CI runs (.ci/run): it installs gnuplot if it can, then runs
# every unit, parity and rendering test.

SWIFT ?= swift

.PHONY: build test doctest bless clean gnuplot plots release bench fuzz

build:
	$(SWIFT) build

test: gnuplot
	$(SWIFT) build
	$(SWIFT) test
	$(MAKE) doctest

# book.md's expected outputs, listings and quoted numbers against the chapters
doctest:
	$(SWIFT) build
	$(SWIFT) run doctest book.md

# rewrite what drifted in book.md from the real output (keeps elisions and tolerances)
bless:
	$(SWIFT) build
	$(SWIFT) run doctest --bless book.md

# every figure book.md and the README show, into figures/: each chapter's default run
# with --plots (so the figures are the book's outputs), and `mlp train` on the bundled
# two-moons file. A debug build: make test has already made it, and even from scratch
# it is faster overall (measured here: debug 75 s to build and 30 s to run, release
# 115 s to build and 8 s to run). Each figure is a .gp script, rendered to PNG and SVG.
# Everything is drawn into a fresh folder beside figures/ first; only when every
# command succeeded do its files replace figures/*, so a failure changes nothing.
# ChapterTests' FigureCurrencyPlotsTests reads MLP_EXAMPLE and the chapter list here.
FIGURES ?= figures
MLP_EXAMPLE = Tests/Fixtures/mlp/moons.csv --target label --hidden 64 \
  --learning-rate-init 0.02 --early-stopping --n-iter-no-change 40 --max-iter 1000
plots: gnuplot
	$(SWIFT) build
	@bin="$$($(SWIFT) build --show-bin-path)" && \
	mkdir -p $(FIGURES) && \
	fresh="$$(mktemp -d "$(FIGURES).new.XXXXXX")" && \
	trap 'rm -rf "$$fresh"' EXIT && \
	for chapter in chapter1 chapter2 chapter3 chapter4 chapter5; do \
	  echo "$$chapter --plots $(FIGURES)"; \
	  "$$bin/$$chapter" --plots "$$fresh" > /dev/null || exit 1; \
	done && \
	echo "mlp train $(MLP_EXAMPLE) --plots $(FIGURES)" && \
	"$$bin/mlp" train $(MLP_EXAMPLE) --plots "$$fresh" > /dev/null && \
	rm -f $(FIGURES)/*.gp $(FIGURES)/*.png $(FIGURES)/*.svg && \
	mv "$$fresh"/* $(FIGURES)/ && \
	echo "$(FIGURES)/ replaced by $$(ls "$(FIGURES)" | wc -l | tr -d ' ') new files"

# gnuplot renders the figures; tests really run it. On Debian/Ubuntu as root we
# install it; otherwise we say how.
gnuplot:
	@command -v gnuplot >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing gnuplot-nox (needed to render figures)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnuplot-nox >/dev/null; \
	  else \
	    echo "gnuplot is not installed: run 'sudo apt-get install gnuplot-nox' (Debian/Ubuntu)"; \
	    echo "or 'brew install gnuplot' (macOS), then run make test again"; \
	    exit 1; \
	  fi; \
	}

# The release build of every command. On Linux the Swift runtime and Foundation are
# linked into each executable (--static-swift-stdlib): a command then starts about 5 ms
# sooner, a sixth of a whole `mlp train` on the seed's data (measured: W1-mlp, W7).
RELEASE_FLAGS = -c release
ifeq ($(shell uname -s),Linux)
RELEASE_FLAGS += --static-swift-stdlib
endif
release:
	$(SWIFT) build $(RELEASE_FLAGS)

# timings of our workloads against scikit-learn and PyTorch (if $(PYTHON) has them), in
# the release build above; `make bench BENCH_FLAGS=--quick` for a short run
PYTHON ?= python3
BENCH_FLAGS ?=
bench: release
	.build/release/bench --python $(PYTHON) $(BENCH_FLAGS)

clean:
	rm -rf .build

# libFuzzer on the CSV reader, the model/weights JSON reader and the doc-test parser,
# FUZZ_TIME seconds each (Fuzz/README.md). `make test` replays the committed corpus
# (Tests/Fixtures/fuzz/) and seeded mutations of it; this runs the real fuzzer.
FUZZ_TIME ?= 60
fuzz:
	cd Fuzz && $(SWIFT) build -c debug --sanitize fuzzer
	@for t in CSV:csv ModelFile:model Book:book; do \
	  name=$${t%%:*}; dir=$${t##*:}; \
	  mkdir -p Fuzz/.build/corpus/$$dir Fuzz/.build/crashes; \
	  echo "== Fuzz$$name ($(FUZZ_TIME) s) on Tests/Fixtures/fuzz/$$dir"; \
	  Fuzz/.build/debug/Fuzz$$name -max_total_time=$(FUZZ_TIME) -timeout=10 -rss_limit_mb=4096 \
	    -print_final_stats=1 -artifact_prefix=Fuzz/.build/crashes/$$dir- \
	    Fuzz/.build/corpus/$$dir Tests/Fixtures/fuzz/$$dir || exit 1; \
	done
