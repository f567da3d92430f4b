"""A small MNIST-format dataset that the tests make themselves: digits drawn with DejaVu fonts.

Real MNIST cannot be downloaded on machines that reach only package registries, so the tests and
offline site builds point ``$NNINTRO_DATA`` at this instead. Each image is a digit 0-9 rendered
with one of matplotlib's bundled DejaVu fonts (12 faces), fitted into a 20x20 box and centred on
its centre of mass as MNIST's digits are, then thickened or thinned, rotated, sheared, scaled,
shifted and noised. The files are written as IDX in torchvision's layout
(``ROOT/MNIST/raw/train-images-idx3-ubyte[.gz]`` ...) beside ``MADE_BY_NNINTRO_TESTS.txt``, which
``nnintro.data.load_mnist`` reports as the data's note, so made data never passes for MNIST.

    python -m tests.made_mnist ROOT [--train 6000] [--test 1000] [--seed 0] [--plain]
"""

import argparse
import functools
import gzip
import math
import struct
from pathlib import Path

import matplotlib
import numpy as np
import torch
import torch.nn.functional as F
from matplotlib.ft2font import FT2Font
from torch import Tensor

from nnintro.data._files import MADE_MARKER

FONTS = sorted(
    p
    for p in (Path(matplotlib.get_data_path()) / "fonts" / "ttf").glob("DejaVu*.ttf")
    if "Display" not in p.name  # the Display faces are for headlines only
)
NOTE = "MADE by nnintro's tests: DejaVu font digits, not real MNIST"
CANVAS = 56  # templates and transforms work at twice MNIST's 28x28, then average 2x2 blocks


def _glyph(font: Path, digit: int) -> Tensor:
    """Return ``digit`` in ``font`` on a CANVAS² float canvas: inside a 40² box, mass centred."""
    face = FT2Font(str(font))
    face.set_size(48, 72)
    face.set_text(str(digit))
    face.draw_glyphs_to_bitmap()
    image = torch.from_numpy(np.asarray(face.get_image(), dtype=np.float32) / 255)
    rows, cols = torch.nonzero(image > 0, as_tuple=True)
    image = image[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    # MNIST fits each digit into a 20x20 box (40x40 here), keeping its aspect ratio
    scale = 40 / max(image.shape)
    size = [max(1, round(s * scale)) for s in image.shape]
    image = F.interpolate(image[None, None], size=size, mode="bilinear", antialias=True)[0, 0]
    # place it so that its centre of mass sits at the canvas centre
    ys, xs = torch.meshgrid(torch.arange(size[0]), torch.arange(size[1]), indexing="ij")
    mass = image.sum()
    top = round(CANVAS / 2 - float((ys * image).sum() / mass))
    left = round(CANVAS / 2 - float((xs * image).sum() / mass))
    top, left = min(max(top, 0), CANVAS - size[0]), min(max(left, 0), CANVAS - size[1])
    canvas = torch.zeros(CANVAS, CANVAS)
    canvas[top : top + size[0], left : left + size[1]] = image
    return canvas


@functools.cache
def _templates() -> Tensor:
    """Return every digit in every font, (fonts * 10, CANVAS, CANVAS): index 10 * font + digit."""
    return torch.stack([_glyph(font, digit) for font in FONTS for digit in range(10)])


def make_images(n: int, seed: int = 0) -> tuple[Tensor, Tensor]:
    """Return ``n`` made digit images (uint8, (n, 28, 28)) and their labels (int64, (n,))."""
    gen = torch.Generator().manual_seed(seed)
    templates = _templates()
    labels = torch.arange(n) % 10  # balanced classes, in a random order
    labels = labels[torch.randperm(n, generator=gen)]
    font = torch.randint(len(FONTS), (n,), generator=gen)
    images = templates[font * 10 + labels].unsqueeze(1)

    def uniform(low: float, high: float) -> Tensor:
        return low + (high - low) * torch.rand(n, generator=gen)

    # stroke width: a third thickened by a 3x3 max, a third thinned by a 3x3 min, a third as is
    stroke = torch.randint(3, (n,), generator=gen)
    thick = F.max_pool2d(images, 3, stride=1, padding=1)
    thin = -F.max_pool2d(-images, 3, stride=1, padding=1)
    images = torch.where((stroke == 1)[:, None, None, None], thick, images)
    images = torch.where((stroke == 2)[:, None, None, None], thin, images)
    # affine map from output to input coordinates: rotate, shear, scale, shift
    angle = uniform(-15, 15) * math.pi / 180
    shear = uniform(-0.25, 0.25)
    scale_x, scale_y = uniform(0.85, 1.15), uniform(0.85, 1.15)
    shift_x, shift_y = uniform(-2.5, 2.5) / 14, uniform(-2.5, 2.5) / 14  # up to 2.5 pixels of 28
    cos, sin = torch.cos(angle), torch.sin(angle)
    theta = torch.stack(
        [
            torch.stack([cos / scale_x, (shear * cos - sin) / scale_x, shift_x], 1),
            torch.stack([sin / scale_y, (shear * sin + cos) / scale_y, shift_y], 1),
        ],
        1,
    )
    grid = F.affine_grid(theta, list(images.shape), align_corners=False)
    images = F.grid_sample(images, grid, mode="bilinear", align_corners=False)
    images = F.avg_pool2d(images, 2)  # 56x56 -> 28x28
    images = images / images.amax(dim=(2, 3), keepdim=True).clamp(min=1e-6)  # peak ink = 1
    # noise: Gaussian of a per-image level, plus a few random specks
    level = uniform(0.0, 0.15)[:, None, None, None]
    images = images + level * torch.randn(images.shape, generator=gen)
    specks = torch.rand(images.shape, generator=gen) < 0.01
    images = torch.where(specks, torch.rand(images.shape, generator=gen), images)
    pixels = (images.clamp(0, 1) * 255).round().to(torch.uint8)[:, 0]
    return pixels, labels.to(torch.int64)


def _idx(array: Tensor) -> bytes:
    """Return ``array`` (uint8) in IDX format: magic 0x08 (ubyte), rank, big-endian sizes, bytes."""
    magic = struct.pack(">HBB", 0, 0x08, array.dim())  # two zero bytes, type 0x08, rank
    sizes = struct.pack(f">{array.dim()}I", *array.shape)  # one 32-bit size per dimension
    return magic + sizes + array.contiguous().numpy().tobytes()


def write_made_mnist(
    root: str | Path,
    n_train: int = 6000,
    n_test: int = 1000,
    *,
    seed: int = 0,
    compress: bool = True,
) -> Path:
    """Return the raw folder ``root/MNIST/raw`` after writing a made MNIST-format dataset there.

    ``n_train`` and ``n_test`` images, deterministic for ``seed``; gzipped files
    (``NAME.gz``, as torchvision downloads them) if ``compress``, else plain IDX files.
    """
    raw = Path(root) / "MNIST" / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    splits = {"train": make_images(n_train, seed), "t10k": make_images(n_test, seed + 1)}
    for split, (images, labels) in splits.items():
        for kind, array in (("images-idx3", images), ("labels-idx1", labels.to(torch.uint8))):
            name = f"{split}-{kind}-ubyte"
            if compress:  # mtime=0: the same bytes on every run
                with gzip.GzipFile(raw / f"{name}.gz", "wb", mtime=0) as out:
                    out.write(_idx(array))
            else:
                (raw / name).write_bytes(_idx(array))
    (raw / MADE_MARKER).write_text(
        f"{NOTE}\n\nDigits 0-9 drawn with matplotlib's bundled DejaVu fonts, stroke-varied, "
        f"rotated, sheared, scaled, shifted and noised by tests/made_mnist.py (seed {seed}); "
        f"{n_train} training and {n_test} test images.\n",
        encoding="utf-8",
    )
    return raw


def main() -> None:
    """Write a made dataset from the command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", help="the data root; files go to ROOT/MNIST/raw")
    parser.add_argument("--train", type=int, default=6000, help="training images (6000)")
    parser.add_argument("--test", type=int, default=1000, help="test images (1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--plain", action="store_true", help="write uncompressed IDX files")
    args = parser.parse_args()
    raw = write_made_mnist(
        args.root, args.train, args.test, seed=args.seed, compress=not args.plain
    )
    print(f"made MNIST-format data ({args.train} train, {args.test} test) in {raw}")


if __name__ == "__main__":
    main()
