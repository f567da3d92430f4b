"""Broken dataset files (an HTML page, a file cut short, an empty file) are clear errors.

torchvision alone fails on them with a bare AssertionError or a reshape error; the loaders say
which file is broken, how, and how to fetch it again (nnintro.data.idx).
"""

import struct
import warnings
from pathlib import Path

import pytest

from nnintro.data import CorruptFileError, DatasetSizeWarning, load_fashion_mnist, load_mnist
from nnintro.data.__main__ import main
from nnintro.data.idx import problem
from tests.idx_files import write_idx_dataset

HTML = b"\n<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head></html>\n"


def broken(tmp_path: Path, name: str, content: bytes, dataset: str = "MNIST") -> Path:
    """Write a small dataset with plain files, replace the file ``name`` by ``content``."""
    raw = write_idx_dataset(tmp_path, 60, 10, name=dataset, compress=False)
    (raw / name).write_bytes(content)
    return raw / name


def load_error(loader=load_mnist, *args, **kwargs) -> str:
    """The message of the CorruptFileError that loading raises."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DatasetSizeWarning)
        with pytest.raises(CorruptFileError) as caught:
            loader(*args, **kwargs)
    return str(caught.value)


def assert_names_file_and_fix(message: str, path: Path, title: str, loader: str) -> None:
    assert message.startswith(f"{title} file {path} ")
    assert str(path) in message and "(from files placed in the data root)" in message
    assert "delete it, then run `python -m nnintro.data`" in message
    assert f"{loader}(download=True)" in message


def test_an_html_page_saved_as_the_file_is_named(tmp_path) -> None:
    path = broken(tmp_path, "train-images-idx3-ubyte", HTML)
    message = load_error(load_mnist, tmp_path, download=False)
    assert "it is not an IDX file but an HTML page (it starts with '<!DOCTYPE html>'" in message
    assert_names_file_and_fix(message, path, "MNIST", "load_mnist")


def test_a_wrong_magic_number_is_not_idx(tmp_path) -> None:
    labels = struct.pack(">II", 0x0801, 10) + bytes(10)
    broken(tmp_path, "t10k-images-idx3-ubyte", labels)  # a labels file under an images name
    message = load_error(load_mnist, tmp_path, train=False, download=False)
    assert "not an IDX file of images: its first 4 bytes (the magic number) are 0x00000801, " in (
        message
    )
    assert "but they should be 0x00000803" in message


def test_a_truncated_file_says_how_many_bytes_are_missing(tmp_path) -> None:
    raw = write_idx_dataset(tmp_path, 60, 10, name="FashionMNIST", compress=False)
    path = raw / "train-images-idx3-ubyte"
    path.write_bytes(path.read_bytes()[:5000])  # cut short, as by an interrupted download
    message = load_error(load_fashion_mnist, tmp_path, download=False)
    assert "it is truncated: its header announces 60 images of 28x28, so it should hold " in message
    assert "47,056 bytes, but it holds 5,000" in message  # 16 + 60 * 28 * 28
    assert_names_file_and_fix(message, path, "Fashion-MNIST", "load_fashion_mnist")


def test_an_empty_file_is_named_empty(tmp_path) -> None:
    path = broken(tmp_path, "t10k-labels-idx1-ubyte", b"", dataset="FashionMNIST")
    message = load_error(load_fashion_mnist, tmp_path, download=False)
    assert "it is empty (0 bytes)" in message
    assert_names_file_and_fix(message, path, "Fashion-MNIST", "load_fashion_mnist")


def test_every_file_is_checked_before_either_split_loads(tmp_path) -> None:
    broken(tmp_path, "t10k-labels-idx1-ubyte", HTML)
    with pytest.raises(CorruptFileError, match="t10k-labels-idx1-ubyte"):
        load_mnist(tmp_path, train=True, download=False)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (bytes.fromhex("000008"), "truncated: it holds 3 bytes, fewer than its 8-byte header"),
        (bytes.fromhex("00000801 000000"), "fewer than its 8-byte header"),
        (bytes.fromhex("00000801 00000002 0506 07"), "longer than its header says"),
        (b"PK\x03\x04zip", "are 0x504b0304"),
    ],
)
def test_problem_reads_header_and_size(tmp_path, content, said) -> None:
    path = tmp_path / "train-labels-idx1-ubyte"
    path.write_bytes(content)
    assert said in problem(path)


def test_intact_files_have_no_problem(tmp_path) -> None:
    raw = write_idx_dataset(tmp_path, 20, 10, compress=False)
    assert [problem(path) for path in sorted(raw.iterdir())] == [None] * 4


def test_fetching_ahead_reports_a_broken_file(tmp_path, capsys) -> None:
    broken(tmp_path, "train-labels-idx1-ubyte", b"")
    assert main(["--root", str(tmp_path)]) == 1
    assert "train-labels-idx1-ubyte (from files placed in the data root)" in capsys.readouterr().err
