"""Where the image datasets' files come from: the data root, extra folders, and what went wrong.

The data root is the first of: an explicit ``root``; ``$NNINTRO_DATA``; the per-user cache
(``$XDG_CACHE_HOME/nnintro``, else ``~/.cache/nnintro``). torchvision reads the four uncompressed
IDX files from ``ROOT/<Name>/raw/``; gzipped copies found there, or in an extra folder such as
Debian's ``/usr/share/datasets/fashion-mnist``, are unpacked into that folder on first use.
"""

import gzip
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

# The four files of an MNIST-format dataset, in torchvision's names.
FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)
# Beside files that nnintro's tests drew themselves; its first line is reported as the data's note.
MADE_MARKER = "MADE_BY_NNINTRO_TESTS.txt"
# Written into a raw folder whose files were unpacked from another folder; holds that folder.
ORIGIN = "UNPACKED_FROM.txt"
# Environment variables: the data root, and "1" to forbid downloads (the tests set it).
DATA_ENV, OFFLINE_ENV = "NNINTRO_DATA", "NNINTRO_OFFLINE"


class Extra(NamedTuple):
    """A folder searched after the data root: where it is, what it is, how to fill it."""

    folder: Path
    what: str
    fix: str


class DatasetNotFoundError(FileNotFoundError):
    """Error raised when a dataset's files are neither on disk nor downloadable.

    Its message names the files expected, every folder searched, and how to provide them.

    Examples:
        >>> issubclass(DatasetNotFoundError, FileNotFoundError)
        True
    """


def cache_dir() -> Path:
    """Return the per-user cache folder: ``$XDG_CACHE_HOME/nnintro``, else ``~/.cache/nnintro``.

    Examples:
        >>> cache_dir().name
        'nnintro'
    """
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "nnintro"


def data_root(root: str | os.PathLike | None = None) -> tuple[Path, str]:
    """Return the data root and why it was chosen: ``root``, else ``$NNINTRO_DATA``, else the cache.

    Examples:
        >>> data_root("/data")
        (PosixPath('/data'), 'the root argument')
    """
    if root is not None:
        return Path(root).expanduser().absolute(), "the root argument"
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV]).expanduser().absolute(), f"${DATA_ENV}"
    return cache_dir().absolute(), f"the per-user cache (no root given, ${DATA_ENV} not set)"


def offline() -> bool:
    """Return True when ``$NNINTRO_OFFLINE`` forbids downloads (set to 1, true or yes)."""
    return os.environ.get(OFFLINE_ENV, "").strip().lower() in ("1", "true", "yes")


def _available(folder: Path) -> bool:
    """Return True if ``folder`` holds each of the four files, plain or gzipped."""
    return all((folder / f).is_file() or (folder / f"{f}.gz").is_file() for f in FILES)


def _unpack(folder: Path, raw: Path) -> None:
    """Write the plain files that ``raw`` lacks, unpacking ``folder/NAME.gz`` (atomic per file)."""
    raw.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        if (raw / name).is_file() and folder == raw:
            continue
        if not (folder / f"{name}.gz").is_file():  # plain file in an extra folder: copy it
            shutil.copyfile(folder / name, raw / name)
            continue
        with tempfile.NamedTemporaryFile(dir=raw, prefix=f".{name}.", delete=False) as out:
            with gzip.open(folder / f"{name}.gz", "rb") as packed:
                shutil.copyfileobj(packed, out)
        os.chmod(out.name, 0o644)  # readable like any unpacked file (temp files are 0600)
        os.replace(out.name, raw / name)  # readers never see a half-written file


def find_files(raw: Path, extra: Sequence[Path] = ()) -> Path | None:
    """Return the folder the four files came from, unpacked into ``raw``; None if none holds them.

    ``raw`` is searched first, then each folder of ``extra``. Files from an extra folder are
    unpacked (or copied) into ``raw``, which records where they came from.
    """
    if all((raw / f).is_file() for f in FILES):
        origin = raw / ORIGIN
        return Path(origin.read_text(encoding="utf-8").strip()) if origin.is_file() else raw
    for folder in (raw, *extra):
        if not _available(folder):
            continue
        try:
            if folder != raw:  # record the origin first: the four plain files come last
                raw.mkdir(parents=True, exist_ok=True)
                (raw / ORIGIN).write_text(f"{folder}\n", encoding="utf-8")
                if (folder / MADE_MARKER).is_file():  # made data stays marked as made
                    shutil.copyfile(folder / MADE_MARKER, raw / MADE_MARKER)
            _unpack(folder, raw)
        except OSError as error:
            raise OSError(
                f"found the files in {folder} but cannot unpack them into {raw} ({error}); "
                f"pass a writable root or set {DATA_ENV} to a writable folder"
            ) from error
        return folder
    return None


def note(raw: Path) -> str:
    """Return the first line of ``raw``'s made-data marker, or "" for data not made by tests."""
    marker = raw / MADE_MARKER
    if not marker.is_file():
        return ""
    lines = marker.read_text(encoding="utf-8").strip().splitlines()
    return lines[0] if lines else "made by nnintro's tests"


def not_found_message(
    title: str, call: str, raw: Path, why: str, extra: Sequence[Extra], download: str
) -> str:
    """Return the error text: files expected, folders searched, why no download, how to fix it.

    ``why`` says how the data root was chosen (see ``data_root``); ``download`` says why
    nothing was downloaded; ``call`` is the loader's name, e.g. ``"load_mnist"``.
    """
    root = raw.parent.parent
    searched = [f"  {raw}  (data root {root}, chosen from {why})"]
    searched += [f"  {e.folder}  ({e.what})" for e in extra]
    fixes = [
        f"  - let {call}(download=True) fetch them on a machine with internet access (with "
        f"${OFFLINE_ENV} unset); torchvision checks their MD5 sums and saves them in {raw}",
        f"  - or copy the four files (plain or .gz) into {raw}",
        f"  - or put them in FOLDER/{raw.parent.name}/raw and pass root=FOLDER or set "
        f"{DATA_ENV}=FOLDER",
    ]
    fixes += [f"  - or {e.fix}" for e in extra]
    return "\n".join(
        [
            f"{title} not found, and {download}.",
            "Expected these four files (each may also be gzipped, NAME.gz):",
            *(f"  {name}" for name in FILES),
            "Searched:",
            *searched,
            "To provide them:",
            *fixes,
        ]
    )
