"""Fetch MNIST and Fashion-MNIST into the data root ahead of time: ``python -m nnintro.data``.

Set-up for offline work (a site build, the tests, a train journey): afterwards the loaders read
the files without the network. Prints each split and where it came from; exits with status 1 and
the loader's explanation when a dataset cannot be fetched or one of its files is broken.
"""

import argparse
import sys

from nnintro.data import CorruptFileError, DatasetNotFoundError, load_fashion_mnist, load_mnist


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnintro.data", description=__doc__)
    parser.add_argument("--root", help="data root (default: $NNINTRO_DATA, else ~/.cache/nnintro)")
    args = parser.parse_args(argv)
    for load in (load_mnist, load_fashion_mnist):
        try:
            for train in (True, False):
                data = load(args.root, train=train)
                print(f"{data}\n  in {data.folder}")
        except (DatasetNotFoundError, CorruptFileError) as error:
            print(error, file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
