"""An image dataset held in memory: images, labels, class names, and where they came from."""

from collections.abc import Iterator
from dataclasses import dataclass

from torch import Tensor


@dataclass(frozen=True, eq=False, repr=False)
class ImageData:
    r"""Images ``x`` and labels ``y`` of one split of an image dataset, with where they came from.

    Unpacks as ``x, y = data``; ``len(data)`` is the number of images $N$; ``repr(data)`` is a
    one-line summary: name, split, size, shape, classes and source.

    Attributes:
        name: the dataset, e.g. ``"MNIST"``.
        train: True for the training split, False for the test split.
        x: float32 images of shape $(N, 1, 28, 28)$, pixels in $[0, 1]$ (or normalised).
        y: int64 class indices of shape $(N,)$.
        classes: the class names; ``classes[y[i]]`` names the class of image ``i``.
        source: where the files came from, e.g. ``"torchvision's mirrors (MD5-verified)"``.
        folder: the folder the files were read from, written under ``~`` or
            ``$NNINTRO_DATA`` when it lies there (safe to print on a page).

    Examples:
        >>> import torch
        >>> data = ImageData("demo", True, torch.zeros(2, 1, 28, 28), torch.tensor([0, 1]),
        ...                  ["a", "b"], "a test", "~/data/demo")
        >>> x, y = data
        >>> len(data), x.shape, data
        (2, torch.Size([2, 1, 28, 28]), demo train: 2 images 1x28x28, 2 classes, from a test)
    """

    name: str
    train: bool
    x: Tensor
    y: Tensor
    classes: list[str]
    source: str
    folder: str = ""

    def __len__(self) -> int:
        return len(self.y)

    def __iter__(self) -> Iterator[Tensor]:
        return iter((self.x, self.y))

    def __repr__(self) -> str:
        shape = "x".join(str(size) for size in self.x.shape[1:])
        split = "train" if self.train else "test"
        return (
            f"{self.name} {split}: {len(self)} images {shape}, "
            f"{len(self.classes)} classes, from {self.source}"
        )
