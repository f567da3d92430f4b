"""Datasets of the course, as tensors.

Everything is importable from ``nnintro.data`` directly; the code lives in one module per topic:
``nnintro.data.toy`` holds the lecture's small datasets, ``nnintro.data.batches`` the mini-batch
iterator over in-memory tensors, ``nnintro.data.mnist`` the MNIST and Fashion-MNIST loaders
(returning ``nnintro.data.images.ImageData``, after ``nnintro.data.idx`` checked their files),
``nnintro.data.package_index`` MNIST's second, checksum-verified source. ``python -m nnintro.data``
fetches both datasets ahead of time.
"""

from nnintro.data.batches import TensorBatches
from nnintro.data.mnist import (
    FASHION_MNIST_CLASSES,
    FASHION_MNIST_MEAN_STD,
    MNIST_MEAN_STD,
    CorruptFileError,
    DatasetNotFoundError,
    DatasetSizeWarning,
    ImageData,
    load_fashion_mnist,
    load_mnist,
)
from nnintro.data.toy import (
    linear_toy,
    logistic_toy,
    pass_fail,
    quiz_scores,
    softmax_toy,
    study_hours,
    xor,
)

__all__ = [
    "FASHION_MNIST_CLASSES",
    "FASHION_MNIST_MEAN_STD",
    "MNIST_MEAN_STD",
    "CorruptFileError",
    "DatasetNotFoundError",
    "DatasetSizeWarning",
    "ImageData",
    "TensorBatches",
    "linear_toy",
    "load_fashion_mnist",
    "load_mnist",
    "logistic_toy",
    "pass_fail",
    "quiz_scores",
    "softmax_toy",
    "study_hours",
    "xor",
]
