"""The learner mistakes ``fit`` and ``evaluate`` stop: bad data, and outputs that miss the loss.

``check_data`` looks at tensors before any training: same number of rows, some rows at all, no NaN
or inf, the model's float dtype. ``check_outputs`` looks at the first batch's outputs and targets
next to the loss: class labels with the default MSE, one column with cross-entropy, a one-hot
``y`` where class indices belong, a sigmoid or softmax applied twice.
"""

import torch.nn.functional as F
from torch import Tensor, nn

from nnintro import _checks, functional
from nnintro.models import LogisticRegression

# losses recognised by identity (functions) or by class (modules)
CROSS_ENTROPY = (F.cross_entropy, functional.cross_entropy, nn.CrossEntropyLoss)
WITH_LOGITS = (
    F.binary_cross_entropy_with_logits,
    functional.binary_cross_entropy_with_logits,
    nn.BCEWithLogitsLoss,
)


def is_loss(loss_fn: object, family: tuple) -> bool:
    """Return True if ``loss_fn`` is one of ``family``'s functions or an instance of its class."""
    return any(loss_fn is f for f in family[:-1]) or isinstance(loss_fn, family[-1])


def ends_in(model: nn.Module, kind: type[nn.Module]) -> bool:
    """Return True if ``model`` certainly applies ``kind`` last (an nn.Sequential ending in it)."""
    if kind is nn.Sigmoid and isinstance(model, LogisticRegression):
        return True
    while isinstance(model, nn.Sequential) and len(model):
        model = model[-1]
    return isinstance(model, kind)


def check_data(caller: str, model: nn.Module, x: object, y: object) -> tuple[Tensor, Tensor]:
    """Return ``x`` and ``y`` as tensors after checking them (numpy arrays and lists convert)."""
    x, y = _checks.as_tensor(caller, "x", x), _checks.as_tensor(caller, "y", y)
    if len(x) != len(y):
        raise ValueError(
            f"{caller}: x has shape {tuple(x.shape)} but y has shape {tuple(y.shape)}; "
            "they need the same number of samples (rows)"
        )
    if len(x) == 0:
        raise ValueError(
            f"{caller}: x and y hold no samples (0 rows); check how they were loaded or split"
        )
    dtype = next((p.dtype for p in model.parameters() if p.is_floating_point()), None)
    for name, t in (("x", x), ("y", y)):
        _checks.finite(caller, name, t)
        if dtype is not None and t.is_floating_point() and t.dtype != dtype:
            raise TypeError(
                f"{caller}: {name} holds {t.dtype} but the model's parameters are {dtype}; "
                f"convert it: {name}.float() for float32 (torch.from_numpy keeps numpy's float64)"
            )
    return x, y


def is_one_hot(y: Tensor) -> bool:
    """Return True if ``y`` is (n, c), c >= 2, with rows of 0s and a single 1."""
    if y.dim() != 2 or y.shape[1] < 2:
        return False
    return bool(((y == 0) | (y == 1)).all() and (y.sum(dim=1) == 1).all())


def check_outputs(
    caller: str, loss_fn: object, model: nn.Module, pred: Tensor, y: Tensor, *, mse_default=False
) -> None:
    """Raise ValueError if the outputs ``pred`` and targets ``y`` do not suit ``loss_fn``."""
    if mse_default and (not y.is_floating_point() or is_one_hot(y)):
        what = (
            "is one-hot (rows of 0s and a single 1)"
            if y.is_floating_point()
            else (f"holds class labels ({y.dtype})")
        )
        raise ValueError(
            f"{caller}: y {what}, but loss_fn is the default, the mean squared error of "
            "regression. For classification pass loss_fn=F.cross_entropy (one output per class, "
            "y the class indices: y.argmax(1) of a one-hot y), or for one output column "
            "loss_fn=F.binary_cross_entropy with y.float(). For regression on these numbers "
            "pass loss_fn=nnintro.functional.mse and a float y"
        )
    one_column = pred.dim() == 1 or (pred.dim() == 2 and pred.shape[1] == 1)
    if is_loss(loss_fn, CROSS_ENTROPY):
        if one_column:
            raise ValueError(
                f"{caller}: the model returns one column, and the cross-entropy of one column "
                "is always 0 (the softmax of one number is 1). For two classes and one output "
                "use loss_fn=F.binary_cross_entropy (probabilities, e.g. LogisticRegression) or "
                "F.binary_cross_entropy_with_logits (logits); or give the model one output per "
                "class"
            )
        if not y.is_floating_point() and y.dim() == 2:
            fix = "y.view(-1)" if y.shape[1] == 1 else "y.argmax(1) (y looks one-hot)"
            raise ValueError(
                f"{caller}: cross-entropy takes one class index per sample, y of shape "
                f"({len(y)},), but y has shape {tuple(y.shape)}; pass {fix}"
            )
        if ends_in(model, nn.Softmax):
            raise ValueError(
                f"{caller}: the model ends in nn.Softmax, but cross-entropy applies the softmax "
                "itself: remove the model's last nn.Softmax and give it the raw scores (logits)"
            )
    if is_loss(loss_fn, WITH_LOGITS) and ends_in(model, nn.Sigmoid):
        raise ValueError(
            f"{caller}: the model ends in a sigmoid (it returns probabilities), and the "
            "with-logits loss applies the sigmoid again; use loss_fn=F.binary_cross_entropy, or "
            "drop the model's sigmoid (LogisticRegression's scores are model.logits(x))"
        )


def classifier_loss(model: nn.Module, pred: Tensor):
    """Return evaluate's default loss for outputs ``pred``: cross-entropy, or BCE of a sigmoid."""
    if pred.dim() == 2 and pred.shape[1] >= 2:
        return F.cross_entropy
    if ends_in(model, nn.Sigmoid):
        return F.binary_cross_entropy
    raise ValueError(
        "evaluate: the model returns one column, and it does not end in a sigmoid, so evaluate "
        "cannot tell probabilities from logits; pass loss_fn=F.binary_cross_entropy_with_logits "
        "(logits) or loss_fn=F.binary_cross_entropy with threshold=0.5 (probabilities)"
    )


def checked_on_first_call(caller: str, loss_fn, model: nn.Module, *, mse_default=False):
    """Return ``loss_fn`` wrapped so its first call runs ``check_outputs`` before computing."""
    first = True

    def loss(pred: Tensor, y: Tensor) -> Tensor:
        nonlocal first
        if first:
            first = False
            check_outputs(caller, loss_fn, model, pred, y, mse_default=mse_default)
        return loss_fn(pred, y)

    return loss
