# The MLP Workbook — build, test and render.
# `make test` is what CI runs (.ci/run): it installs gnuplot if it can, then runs
# every unit, parity and rendering test.

SWIFT ?= swift

.PHONY: build test doctest bless clean gnuplot bench

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

# timings of our workloads against scikit-learn and PyTorch (if $(PYTHON) has them), in
# a release build of every product; `make bench BENCH_FLAGS=--quick` for a short run
PYTHON ?= python3
BENCH_FLAGS ?=
bench:
	$(SWIFT) build -c release
	.build/release/bench --python $(PYTHON) $(BENCH_FLAGS)

clean:
	rm -rf .build
