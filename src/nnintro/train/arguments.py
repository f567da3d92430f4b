"""Checking ``fit``'s and ``evaluate``'s arguments and turning them into an optimiser, batches.

Every check names what was wrong and how to fix it, so a beginner's mistake stops with a message
that says what to write instead.
"""

from collections.abc import Iterable, Mapping

import torch
from torch import Tensor, nn

from nnintro import _checks
from nnintro.data.batches import TensorBatches
from nnintro.train.checks import check_data

Batches = Iterable[tuple[Tensor, Tensor]]


def make_optimizer(model: nn.Module, lr: float | None, optimizer: torch.optim.Optimizer | None):
    """Return ``optimizer``, or plain SGD with learning rate ``lr``; exactly one must be given."""
    if (lr is None) == (optimizer is None):
        given = "both" if lr is not None else "neither"
        raise ValueError(
            "fit: give either lr (plain SGD) or optimizer, e.g. "
            f"torch.optim.Adam(model.parameters(), lr=1e-3); got {given}"
        )
    if optimizer is None:
        return torch.optim.SGD(model.parameters(), lr=_checks.positive_number("", "lr", lr))
    if not isinstance(optimizer, torch.optim.Optimizer):
        raise TypeError(
            f"fit: optimizer must be an optimiser built on the model, got {optimizer!r}; "
            "e.g. optimizer=torch.optim.Adam(model.parameters(), lr=1e-3)"
        )
    ours = {id(p) for p in model.parameters()}
    held = {id(p) for group in optimizer.param_groups for p in group["params"]}
    if ours and not ours & held:
        raise ValueError(
            "fit: the optimizer holds none of the model's parameters, so its steps would never "
            "change the model; build it on this model: torch.optim.Adam(model.parameters(), ...)"
        )
    return optimizer


def check_loss_fn(caller: str, loss_fn: object) -> None:
    """Raise TypeError unless ``loss_fn`` is a function or loss object (not a class)."""
    if isinstance(loss_fn, type):
        raise TypeError(
            f"{caller}: loss_fn={loss_fn.__name__} is a class; pass an instance, "
            f"loss_fn={loss_fn.__name__}(), or a function such as F.cross_entropy"
        )
    if not callable(loss_fn):
        raise TypeError(
            f"{caller}: loss_fn must be a function loss_fn(pred, y) such as F.cross_entropy, "
            f"got {loss_fn!r}"
        )


def check_metrics(metrics: object) -> dict:
    """Return ``metrics`` as a dict {name: function}, or raise TypeError naming that form."""
    form = "metrics takes a dict {name: fn(pred, y)}, e.g. metrics={'accuracy': accuracy}"
    if metrics is None:
        return {}
    if not isinstance(metrics, Mapping):
        raise TypeError(f"fit: {form}; got {type(metrics).__name__} {metrics!r}")
    for name, fn in metrics.items():
        if not isinstance(name, str) or not callable(fn) or isinstance(fn, type):
            raise TypeError(f"fit: {form}; got {name!r}: {fn!r}")
    return dict(metrics)


def check_patience(early_stopping: int | None, val) -> int | None:
    """Return the patience of early stopping after checking it (and that there is val data)."""
    if early_stopping is None:
        return None
    _checks.positive_int("fit", "early_stopping (the patience in epochs)", early_stopping)
    if val is None:
        raise ValueError(
            "early_stopping watches the validation loss, so it needs val=(x_val, y_val): "
            "samples held out from training, not the test set"
        )
    return early_stopping


def pick_device(device: str | torch.device | None) -> torch.device | None:
    """Return the torch.device for ``device``: "cpu", "cuda", "auto" (CUDA if available) or None.

    Examples:
        >>> pick_device("cpu"), pick_device(None)
        (device(type='cpu'), None)
    """
    if device is None:
        return None
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        device = torch.device(device)
    except (RuntimeError, TypeError):
        raise ValueError(
            f"device={device!r} is not a device name; use 'cuda', 'cpu' or 'auto' ('cuda' is "
            "an NVIDIA GPU, 'auto' takes it when there is one)"
        ) from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(
            "device='cuda' but torch finds no CUDA GPU here (torch.cuda.is_available() is "
            "False); use device='cpu', or device='auto' to take a GPU only when there is one"
        )
    return device


def is_data(x: object) -> bool:
    """Return True for a tensor or a numpy array (data), False for anything else (batches?)."""
    return isinstance(x, Tensor) or hasattr(x, "__array__")


class OnDevice:
    """The batches of an iterable, each moved to ``device`` as it is drawn (``len()`` kept)."""

    def __init__(self, batches: Batches, device: torch.device) -> None:
        self.batches, self.device = batches, device

    def __len__(self) -> int:
        return len(self.batches)

    def __iter__(self):
        for xb, yb in self.batches:
            yield xb.to(self.device, non_blocking=True), yb.to(self.device, non_blocking=True)


def batches_of(caller, model, x, y, batch_size, shuffle, seed, device=None) -> Batches:
    """Return the batches: ``x`` itself if it yields batches, else batches of the data (x, y).

    Data (tensors, numpy arrays or lists with ``y``) are checked by ``check_data`` and moved to
    ``device`` once here; the batches of an iterable move one by one as they are drawn.
    """
    if y is None and not is_data(x):
        if batch_size is not None and caller == "fit":
            raise ValueError(
                "fit: x is already an iterable of batches (e.g. a DataLoader), so give no "
                "batch_size; or pass tensors x and y and a batch_size"
            )
        return x if device is None else OnDevice(x, device)
    if y is None:
        raise ValueError(
            f"{caller}: x is a tensor, so y (the targets) is needed: {caller}(model, x, y, ...)"
        )
    if not is_data(x) and not isinstance(x, list | tuple):
        raise ValueError(
            f"{caller}: x is already an iterable of batches (e.g. a DataLoader), so give "
            "neither y nor batch_size; or pass tensors x and y and a batch_size"
        )
    x, y = check_data(caller, model, x, y)
    if device is not None:
        x, y = x.to(device), y.to(device)
    if batch_size is None:  # full batch: every epoch is one step on all samples, in order
        return TensorBatches(x, y, len(x), shuffle=False)
    return TensorBatches(x, y, batch_size, shuffle=shuffle, seed=seed)


def val_batches(model, val, batch_size, device) -> Batches | None:
    """Return the batches of ``val``: a pair (x_val, y_val) of data, or an iterable of batches."""
    if val is None:
        return None
    if isinstance(val, list | tuple) and len(val) == 2 and is_data(val[0]):
        x, y = val
        return batches_of("fit: val", model, x, y, batch_size, False, None, device)
    if is_data(val) or not isinstance(val, Iterable):
        raise TypeError(
            "fit: val takes the pair (x_val, y_val) or an iterable of (x, y) batches such as a "
            f"DataLoader, got {type(val).__name__}"
        )
    return val if device is None else OnDevice(val, device)
