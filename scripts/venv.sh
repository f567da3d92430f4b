#!/usr/bin/env bash
# Create .venv (Python 3.11+) if needed and install nnintro in it, editable, with the extra $1
# ("docs" to build the site, "test" for everything the tests need); register its Jupyter kernel.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[$1]"
.venv/bin/python -m ipykernel install --sys-prefix --name python3 > /dev/null
