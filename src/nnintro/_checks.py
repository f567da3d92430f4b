"""Small argument checks shared by the package: each names the argument, the value and the fix.

A learner's mistake should stop at the call that made it, with a message that says what to write
instead, not ten frames deep inside torch. Each helper returns the checked value, so a check reads
as one assignment: ``epochs = positive_int("fit", "epochs", epochs)``. ``caller`` is the name of
the public function the message starts with ("" for none).
"""

import math
from numbers import Real

import torch
from torch import Tensor


def _says(caller: str, text: str) -> str:
    return f"{caller}: {text}" if caller else text


def positive_int(caller: str, name: str, value: object) -> int:
    """Return ``value`` if it is an integer >= 1 (not a bool), else raise ValueError.

    Examples:
        >>> positive_int("fit", "epochs", 3)
        3
        >>> positive_int("fit", "epochs", 2.5)
        Traceback (most recent call last):
        ...
        ValueError: fit: epochs must be an integer >= 1, got 2.5
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(_says(caller, f"{name} must be an integer >= 1, got {value!r}"))
    return value


def positive_number(caller: str, name: str, value: object) -> float:
    """Return ``value`` if it is a finite real number > 0 (not a bool), else raise ValueError.

    Examples:
        >>> positive_number("fit", "lr", 0.1)
        0.1
        >>> positive_number("fit", "lr", "0.1")
        Traceback (most recent call last):
        ...
        ValueError: fit: lr must be a positive number, got '0.1'
    """
    number = isinstance(value, Real) and not isinstance(value, bool)
    if not (number and math.isfinite(value) and value > 0):
        raise ValueError(_says(caller, f"{name} must be a positive number, got {value!r}"))
    return value


def as_tensor(caller: str, name: str, value: object) -> Tensor:
    """Return ``value`` as a tensor: a tensor as it is, a numpy array or a list converted.

    The conversion is ``torch.as_tensor``, which keeps the values and the numpy dtype (float64
    stays float64); anything else raises TypeError naming the type.

    Examples:
        >>> as_tensor("fit", "y", [[1.0], [2.0]])
        tensor([[1.],
                [2.]])
    """
    if isinstance(value, Tensor):
        return value
    try:
        return torch.as_tensor(value)
    except (TypeError, ValueError, RuntimeError) as error:
        raise TypeError(
            _says(caller, f"{name} must be a tensor (or a numpy array or a list of numbers), ")
            + f"got {type(value).__name__} ({error}); pass tensors: torch.as_tensor({name})"
        ) from None


def finite(caller: str, name: str, t: Tensor) -> Tensor:
    """Return ``t`` if every value is finite, else raise ValueError counting its NaN and inf.

    Examples:
        >>> finite("fit", "x", torch.tensor([1.0, float("nan"), float("inf")]))
        Traceback (most recent call last):
        ...
        ValueError: fit: x holds 1 NaN and 1 inf of its 3 values; a model trained on them learns NaN. Drop those rows (keep = torch.isfinite(x); x, y = x[keep], y[keep]) or fill them (torch.nan_to_num)
    """  # noqa: E501
    # NaN or ±inf make the sum non-finite: one fast reduction (isfinite(t).all() is 20x slower)
    if not t.is_floating_point() or bool(t.sum().isfinite()):
        return t
    nan, inf = int(torch.isnan(t).sum()), int(torch.isinf(t).sum())
    if nan == inf == 0:  # the sum overflowed: large values, all finite
        return t
    rows = f"torch.isfinite({name})" + (".flatten(1).all(dim=1)" if t.dim() > 1 else "")
    raise ValueError(
        _says(caller, f"{name} holds {nan} NaN and {inf} inf of its {t.numel()} values; ")
        + f"a model trained on them learns NaN. Drop those rows (keep = {rows}; "
        "x, y = x[keep], y[keep]) or fill them (torch.nan_to_num)"
    )
