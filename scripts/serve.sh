#!/usr/bin/env bash
# Build the course site and serve it at http://127.0.0.1:8000 (Korean at /, English at /en/).
# Creates .venv with Python 3.11+ on first use and installs nnintro with its docs extra.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[docs]'
.venv/bin/python -m ipykernel install --sys-prefix --name python3 > /dev/null
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8000
