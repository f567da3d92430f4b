"""Run the benchmark: python -m nnintro.bench [--quick] [--json PATH]."""

from nnintro.bench import main

main()
