"""Checking ``fit``'s and ``evaluate``'s arguments and turning them into an optimiser and batches.

Every check names what was wrong and how to fix it, so a beginner's mistake stops with a message
that says what to write instead.
"""

import math
from collections.abc import Iterable

import torch
from torch import Tensor, nn

from nnintro.data.batches import TensorBatches

Batches = Iterable[tuple[Tensor, Tensor]]


def make_optimizer(model: nn.Module, lr: float | None, optimizer: torch.optim.Optimizer | None):
    """Return ``optimizer``, or plain SGD with learning rate ``lr``; exactly one must be given."""
    if (lr is None) == (optimizer is None):
        given = "both" if lr is not None else "neither"
        raise ValueError(
            "fit: give either lr (plain SGD) or optimizer, e.g. "
            f"torch.optim.Adam(model.parameters(), lr=1e-3); got {given}"
        )
    if optimizer is not None:
        return optimizer
    try:
        valid = math.isfinite(lr) and lr > 0
    except TypeError:
        valid = False
    if not valid:
        raise ValueError(f"lr must be a positive number, got {lr!r}")
    return torch.optim.SGD(model.parameters(), lr=lr)


def batches_of(x, y, batch_size: int | None, shuffle: bool, seed: int | None, caller="fit"):
    """Return the batches: ``x`` itself if it yields batches, else batches of the tensors (x, y)."""
    if not isinstance(x, Tensor):
        if y is not None or (batch_size is not None and caller == "fit"):
            raise ValueError(
                f"{caller}: x is already an iterable of batches (e.g. a DataLoader), so give "
                "neither y nor batch_size; or pass tensors x and y and a batch_size"
            )
        return x
    if y is None:
        raise ValueError(
            f"{caller}: x is a tensor, so y (the targets) is needed: {caller}(model, x, y, ...)"
        )
    if len(x) != len(y):
        raise ValueError(
            f"{caller}: x has shape {tuple(x.shape)} but y has shape {tuple(y.shape)}; "
            "they need the same number of samples (rows)"
        )
    if batch_size is None:  # full batch: every epoch is one step on all samples, in order
        return TensorBatches(x, y, max(len(x), 1), shuffle=False)
    return TensorBatches(x, y, batch_size, shuffle=shuffle, seed=seed)


def check_patience(early_stopping: int | None, val) -> int | None:
    """Return the patience of early stopping after checking it (and that there is val data)."""
    if early_stopping is None:
        return None
    if (
        isinstance(early_stopping, bool)
        or not isinstance(early_stopping, int)
        or early_stopping < 1
    ):
        raise ValueError(
            f"early_stopping is the patience in epochs, an integer >= 1; got {early_stopping!r}"
        )
    if val is None:
        raise ValueError(
            "early_stopping watches the validation loss, so it needs val=(x_val, y_val): "
            "samples held out from training, not the test set"
        )
    return early_stopping
