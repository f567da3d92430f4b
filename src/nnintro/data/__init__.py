"""Datasets of the course, as tensors.

Everything is importable from ``nnintro.data`` directly; the code lives in one module per topic:
``nnintro.data.toy`` holds the lecture's small datasets, ``nnintro.data.batches`` the mini-batch
iterator over in-memory tensors.
"""

from nnintro.data.batches import TensorBatches
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
    "TensorBatches",
    "linear_toy",
    "logistic_toy",
    "pass_fail",
    "quiz_scores",
    "softmax_toy",
    "study_hours",
    "xor",
]
