#!/usr/bin/env bash
# Build the course site and serve it at http://127.0.0.1:8000 (Korean at /, English at /en/).
# Creates .venv on first use and installs nnintro with its docs extra.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/venv.sh docs
export NO_MKDOCS_2_WARNING=1
# Chapter 10 loads MNIST (downloaded into ~/.cache/nnintro on first use). Where it is neither there
# nor downloadable (no internet), build on the tests' made MNIST-format digits instead; the
# tutorial prints where its data came from and how many images it has, so this shows on the page.
if [ -z "${NNINTRO_DATA:-}" ] && ! .venv/bin/python -c \
    "from nnintro.data import load_mnist; load_mnist(); load_mnist(train=False)" 2> /dev/null; then
    made=.cache/made-mnist
    [ -f "$made/MNIST/raw/MADE_BY_NNINTRO_TESTS.txt" ] || .venv/bin/python -m tests.made_mnist "$made"
    export NNINTRO_DATA="$PWD/$made"
    echo "NOTICE: real MNIST is not on this machine and could not be downloaded, so chapter 10" >&2
    echo "        runs on MADE digits (DejaVu fonts, 6000 + 1000 images) from $NNINTRO_DATA;" >&2
    echo "        its pages say so. Connect to the internet and run again for the real MNIST." >&2
fi
exec .venv/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8000
