"""Check MNIST-format (IDX) files before torchvision reads them: magic number, header and size.

An IDX file starts with a 4-byte magic number: two zero bytes, the type code ``0x08`` (unsigned
byte) and the number of dimensions $d$, so ``0x00000803`` for images and ``0x00000801`` for
labels. The $d$ sizes follow as big-endian 32-bit integers, then one byte per value. A download
or copy that went wrong leaves something else under the file's name: an HTML error page, a file
cut short, an empty file. torchvision then fails with a bare ``AssertionError`` or a reshape error;
``check_files`` says instead which file is broken, how, and how to fetch it again.
"""

import math
import struct
from pathlib import Path

# The magic number of each kind of file: type code 0x08 (unsigned byte), number of dimensions.
MAGIC = {"images": 0x00000803, "labels": 0x00000801}


class CorruptFileError(ValueError):
    """Error raised when a dataset file is not the IDX file it should be (HTML, cut short, empty).

    Its message names the file, says what is wrong with it and how to fetch it again.

    Examples:
        >>> issubclass(CorruptFileError, ValueError)
        True
    """


def problem(path: Path) -> str | None:
    r"""Return what is wrong with the IDX file at ``path``, or None if its header and size agree.

    A file of $d$ dimensions with sizes $n_1, \dots, n_d$ holds $4 + 4d + n_1 \cdots n_d$ bytes.
    The kind (images or labels) is read from the file's name, e.g. ``t10k-labels-idx1-ubyte``.

    Examples:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "t10k-labels-idx1-ubyte"
        >>> _ = path.write_bytes(bytes.fromhex("00000801 00000003 050004"))
        >>> print(problem(path))
        None
        >>> _ = path.write_bytes(bytes.fromhex("00000801 00000003 05"))
        >>> problem(path)
        'it is truncated: its header announces 3 labels, so it should hold 11 bytes, but it holds 9'
    """
    kind = "images" if "-images-" in path.name else "labels"
    size = path.stat().st_size
    if size == 0:
        return "it is empty (0 bytes)"
    with open(path, "rb") as file:
        head = file.read(64)
    magic = struct.pack(">I", MAGIC[kind])
    if head[:4] != magic[: len(head[:4])]:
        if head.lstrip()[:1] == b"<" and b"html" in head.lower():
            start = head.lstrip()[:15].decode("ascii", "replace")
            return (
                f"it is not an IDX file but an HTML page (it starts with {start!r}), "
                "such as an error page a download saved under the file's name"
            )
        return (
            f"it is not an IDX file of {kind}: its first 4 bytes (the magic number) are "
            f"0x{head[:4].hex()}, but they should be 0x{magic.hex()}"
        )
    ndim = MAGIC[kind] & 0xFF
    header = 4 + 4 * ndim
    if size < header:
        return f"it is truncated: it holds {size} bytes, fewer than its {header}-byte header"
    shape = struct.unpack(f">{ndim}I", head[4:header])
    expected = header + math.prod(shape)
    if size == expected:
        return None
    what = f"{shape[0]:,} {kind}" + (" of " + "x".join(map(str, shape[1:])) if ndim > 1 else "")
    how = "truncated" if size < expected else "longer than its header says"
    return (
        f"it is {how}: its header announces {what}, so it should hold {expected:,} bytes, "
        f"but it holds {size:,}"
    )


def check_files(title: str, loader: str, raw: Path, names: list[str], source: str) -> None:
    """Raise CorruptFileError naming the first of ``raw``'s files ``names`` that is not intact.

    ``title`` names the dataset, ``loader`` its loading function, ``source`` where the files came
    from (all three appear in the message).

    Examples:
        >>> check_files("MNIST", "load_mnist", Path("/nowhere"), [], "a test")  # nothing to check
    """
    for name in names:
        what = problem(raw / name)
        if what is not None:
            raise CorruptFileError(
                f"{title} file {raw / name} (from {source}) cannot be read: {what}.\n"
                f"To fetch it again: delete it, then run `python -m nnintro.data` (or call "
                f"{loader}(download=True)); or copy an intact {name} (or {name}.gz) into {raw}."
            )
