"""Where the image datasets' files come from: the data root, extra folders, and what went wrong.

The data root is the first of: an explicit ``root``; ``$NNINTRO_DATA``; the per-user cache
(``$XDG_CACHE_HOME/nnintro``, else ``~/.cache/nnintro``). torchvision reads the four uncompressed
IDX files from ``ROOT/<Name>/raw/``; gzipped copies found there, or in an extra folder such as
Debian's ``/usr/share/datasets/fashion-mnist``, are unpacked into that folder on first use. A
``SOURCE.txt`` beside the files says where they came from (a download, a package, an extra folder).
"""

import gzip
import os
import shutil
import tempfile
import zlib
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
# Written into a raw folder by whatever put the files there: one line saying where they came from.
SOURCE = "SOURCE.txt"
# What a raw folder's files are, when nothing recorded their source: someone put them there.
PLACED = "files placed in the data root"
# Environment variables: the data root, and "1" to forbid downloads (offline builds, CI).
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


def shown(path: Path) -> str:
    """Return ``path`` as a page may print it: under ``$NNINTRO_DATA``, ``$XDG_CACHE_HOME`` or
    ``~`` if it lies there.

    A page built on one machine then never spells out that machine's home or data folder.

    Examples:
        >>> shown(Path.home() / "data" / "MNIST")
        '~/data/MNIST'
    """
    bases = [(Path.home(), "~")]
    for name in (DATA_ENV, "XDG_CACHE_HOME"):  # the most specific first
        if os.environ.get(name):
            bases.insert(-1, (Path(os.environ[name]).expanduser(), f"${name}"))
    path = path.absolute()
    for base, name in bases:
        if path.is_relative_to(base.absolute()):
            return "/".join([name, *path.relative_to(base.absolute()).parts])
    return str(path)


def record_source(raw: Path, source: str) -> None:
    """Write ``source``, a one-line description of where ``raw``'s files came from, beside them."""
    (raw / SOURCE).write_text(source + "\n", encoding="utf-8")


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
            try:
                with gzip.open(folder / f"{name}.gz", "rb") as packed:
                    shutil.copyfileobj(packed, out)
            except BaseException:
                os.unlink(out.name)  # leave no half-written temporary file behind
                raise
        os.chmod(out.name, 0o644)  # readable like any unpacked file (temp files are 0600)
        os.replace(out.name, raw / name)  # readers never see a half-written file


def find_files(raw: Path, extra: Sequence[Extra] = ()) -> str | None:
    """Return where the four files in ``raw`` came from, unpacking them there if needed; None if
    neither ``raw`` nor any extra folder holds them.

    ``raw`` is searched first, then each extra folder. Files from an extra folder are unpacked (or
    copied) into ``raw``, which records their source.
    """
    if not all((raw / f).is_file() for f in FILES):
        places = [(raw, PLACED), *((e.folder, e.what) for e in extra)]
        found = next(((folder, what) for folder, what in places if _available(folder)), None)
        if found is None:
            return None
        folder, what = found
        try:
            if folder != raw:  # record the source first: the four plain files come last
                raw.mkdir(parents=True, exist_ok=True)
                record_source(raw, what)
            _unpack(folder, raw)
        except (OSError, EOFError, zlib.error) as error:  # unwritable, or a broken .gz file
            raise OSError(
                f"found the files in {folder} but cannot unpack them into {raw} ({error}); "
                f"check that the .gz files are intact, or pass a writable root or set "
                f"{DATA_ENV} to a writable folder"
            ) from error
    source = raw / SOURCE
    return source.read_text(encoding="utf-8").strip() if source.is_file() else PLACED


def not_found_message(
    title: str, call: str, raw: Path, why: str, extra: Sequence[Extra], download: str, fetch: str
) -> str:
    """Return the error text: files expected, folders searched, why no download, how to fix it.

    ``why`` says how the data root was chosen (see ``data_root``); ``download`` says why
    nothing was downloaded; ``call`` is the loader's name, e.g. ``"load_mnist"``; ``fetch`` says
    where a download would come from.
    """
    root = raw.parent.parent
    searched = [f"  {raw}  (data root {root}, chosen from {why})"]
    searched += [f"  {e.folder}  ({e.what})" for e in extra]
    fixes = [
        f"  - let {call}(download=True) fetch them (with ${OFFLINE_ENV} unset) {fetch}; every "
        f"file is checked against its MD5 sum and saved in {raw}",
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
