#!/usr/bin/env bash
# Run every check: lint, unit tests and doctests, tutorials, the site build and the browser tests.
# Creates .venv with Python 3.11+ on first use and installs nnintro with its test extra.
# The browser tests need Debian's chromium and fonts-noto-cjk (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
.venv/bin/python -m ipykernel install --sys-prefix --name python3 > /dev/null
.venv/bin/ruff check .
.venv/bin/ruff format --check .
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/python -m pytest "$@"
