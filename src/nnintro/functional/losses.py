r"""Classification's softmax, one-hot labels and cross-entropy costs, written from scratch.

Two numerical habits keep them finite for large logits $z$: softmax subtracts $\max_j z_j$ first
(it does not change the result), and the log of a softmax or a sigmoid is computed as one
log-sum-exp expression instead of ``log`` of a probability that has already rounded to 0 or 1.
The tests compare each function with ``torch.nn.functional``, values and gradients alike.
"""

import torch
from torch import Tensor

from nnintro import _checks
from nnintro.functional.regression import _check_same_shape


def softmax(z: Tensor, dim: int = -1) -> Tensor:
    r"""Return the softmax $p_i = \frac{e^{z_i}}{\sum_j e^{z_j}}$ along ``dim``: positive, sum 1.

    Subtracting $m = \max_j z_j$ first gives the same $p$ (the factor $e^{-m}$ cancels) without
    overflow: $e^{1000}$ is $\infty$ in float32, $e^{1000 - 1000} = 1$.

    Examples:
        >>> softmax(torch.tensor([1.0, 2.0, 3.0]))
        tensor([0.0900, 0.2447, 0.6652])
    """
    # z − max z: the largest exponent is e^0 = 1 (the max is a constant: no gradient through it)
    e = torch.exp(z - z.amax(dim=dim, keepdim=True).detach())
    # p_i = e^{z_i} / Σ_j e^{z_j}
    return e / e.sum(dim=dim, keepdim=True)


def log_softmax(z: Tensor, dim: int = -1) -> Tensor:
    r"""Return the log-softmax $\log p_i = z_i - \log\sum_j e^{z_j}$ along ``dim``, all $\le 0$.

    With $m = \max_j z_j$: $\log\sum_j e^{z_j} = m + \log\sum_j e^{z_j - m}$. Unlike
    ``torch.log(softmax(z))``, it stays finite when a $p_i$ rounds to 0.

    Examples:
        >>> log_softmax(torch.tensor([1000.0, 0.0]))
        tensor([    0., -1000.])
    """
    # shifted = z − m with m = max_j z_j (a constant: no gradient through it)
    shifted = z - z.amax(dim=dim, keepdim=True).detach()
    # log p_i = z_i − log Σ_j e^{z_j} = (z_i − m) − log Σ_j e^{z_j − m}
    return shifted - torch.log(torch.exp(shifted).sum(dim=dim, keepdim=True))


def one_hot(y: Tensor, num_classes: int, dtype: torch.dtype = torch.float32) -> Tensor:
    r"""Return the one-hot encoding of class indices ``y``: a new last dimension of ``num_classes``.

    Row $i$ is $e_{y_i}$: 1 at position $y_i$, 0 elsewhere (``zeros.scatter_`` as in the lecture).

    Raises:
        TypeError: if ``y`` does not hold integers (e.g. float labels; use ``y.long()``).
        ValueError: if a label is outside $0, \dots,$ ``num_classes`` $- 1$.

    Examples:
        >>> one_hot(torch.tensor([0, 2]), num_classes=3)
        tensor([[1., 0., 0.],
                [0., 0., 1.]])
    """
    if y.dtype.is_floating_point or y.dtype.is_complex or y.dtype == torch.bool:
        raise TypeError(
            f"one_hot: y must hold integer class indices (0, 1, 2, ...), got dtype {y.dtype}; "
            "convert with y.long() if the values are whole numbers"
        )
    _checks.positive_int("one_hot", "num_classes", num_classes)
    _check_labels("one_hot", y, num_classes)
    # zeros of shape (..., c), then a 1 at index y_i of each row
    out = torch.zeros(*y.shape, num_classes, dtype=dtype, device=y.device)
    return out.scatter_(-1, y.long().unsqueeze(-1), 1)


def binary_cross_entropy(p: Tensor, y: Tensor) -> Tensor:
    r"""Return the binary cross-entropy of probabilities ``p`` against labels ``y`` (a 0-d tensor).

    $$\mathrm{cost} = -\frac{1}{n}\sum_{i=1}^{n}\big[y_i\log p_i + (1 - y_i)\log(1 - p_i)\big]$$

    As in ``F.binary_cross_entropy``, each $\log$ is clamped at $-100$, so $p_i = 0$ or 1 costs
    at most 100 instead of $\infty$; there its gradient is 0 here (PyTorch returns a huge finite
    number). For logits $z$ with $p = \sigma(z)$, use ``binary_cross_entropy_with_logits``.

    Raises:
        ValueError: if the shapes differ or a ``p`` is outside $[0, 1]$ (logits, not probabilities).

    Examples:
        >>> binary_cross_entropy(torch.tensor([0.5, 0.9]), torch.tensor([1.0, 0.0]))
        tensor(1.4979)
    """
    _check_same_shape("binary_cross_entropy", "p", p, "y", y)
    if ((p < 0) | (p > 1)).any():
        raise ValueError(
            f"binary_cross_entropy: p must be probabilities in [0, 1], got values from "
            f"{p.min().item():g} to {p.max().item():g}; apply a sigmoid first, or pass the raw "
            "outputs (logits) to binary_cross_entropy_with_logits"
        )
    # log p_i and log(1 − p_i), each at least −100
    log_p, log_q = _log_clamped(p), _log_clamped(1 - p)
    # cost = −(1/n) Σ_i [y_i log p_i + (1 − y_i) log(1 − p_i)]
    return -(y * log_p + (1 - y) * log_q).mean()


def binary_cross_entropy_with_logits(z: Tensor, y: Tensor) -> Tensor:
    r"""Return the binary cross-entropy of $p = \sigma(z)$ for logits ``z``, computed stably.

    Putting $p_i = \sigma(z_i)$ into ``binary_cross_entropy`` and simplifying gives

    $$\mathrm{cost} = \frac{1}{n}\sum_{i=1}^{n}\big[\max(z_i, 0) - z_i y_i
    + \log\big(1 + e^{-|z_i|}\big)\big]$$

    which is finite for every finite $z_i$, with gradient $\partial\,\mathrm{cost}/\partial z_i =
    (\sigma(z_i) - y_i)/n$. Equals ``F.binary_cross_entropy_with_logits``
    (``nn.BCEWithLogitsLoss``).

    Raises:
        ValueError: if the shapes of ``z`` and ``y`` differ.

    Examples:
        >>> binary_cross_entropy_with_logits(torch.tensor([1000.0, -2.0]), torch.tensor([0.0, 0.0]))
        tensor(500.0635)
    """
    _check_same_shape("binary_cross_entropy_with_logits", "z", z, "y", y)
    positive = z >= 0
    # max(z, 0) and −|z|, both taking the z ≥ 0 side at z = 0 (so the gradient there is σ(0) − y)
    relu_z = torch.where(positive, z, 0.0)
    minus_abs_z = torch.where(positive, -z, z)
    # cost = (1/n) Σ_i [max(z_i, 0) − z_i y_i + log(1 + e^{−|z_i|})]
    return (relu_z - z * y + torch.log1p(torch.exp(minus_abs_z))).mean()


def cross_entropy(logits: Tensor, y: Tensor) -> Tensor:
    r"""Return the cross-entropy of ``softmax(logits)`` against targets ``y`` (a 0-d tensor).

    $$\mathrm{cost} = -\frac{1}{n}\sum_{i=1}^{n}\sum_{j=1}^{c} y_{ij}\log p_{ij}
    = -\frac{1}{n}\sum_{i=1}^{n}\log p_{i, y_i}$$

    with $\log p_{ij}$ from ``log_softmax(logits, dim=1)``. ``y`` is either class indices
    (integers of shape (n,), the second form) or one row of probabilities per sample (float of
    shape (n, c), e.g. one-hot, the first form). Equals ``F.cross_entropy(logits, y)``, which
    also takes raw scores (logits), not probabilities.

    Raises:
        ValueError: if ``logits`` is not (n, c), ``y`` does not fit it, or a label is out of range.

    Examples:
        >>> cross_entropy(torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([2]))
        tensor(0.4076)
    """
    if logits.dim() != 2:
        raise ValueError(
            f"cross_entropy: logits must have shape (n, c), n samples by c classes, got "
            f"{tuple(logits.shape)}; for one sample use logits.view(1, -1)"
        )
    n, c = logits.shape
    log_p = log_softmax(logits, dim=1)
    if y.dtype.is_floating_point:
        if y.shape != logits.shape:
            raise ValueError(
                f"cross_entropy: logits have shape {(n, c)} but the float y has shape "
                f"{tuple(y.shape)}; give class indices as integers (y.long()) of shape ({n},), "
                f"or probabilities (e.g. one-hot) as floats of shape {(n, c)}"
            )
        # cost = −(1/n) Σ_i Σ_j y_ij log p_ij
        return -(y * log_p).sum(dim=1).mean()
    if y.shape != (n,):
        one_hot_y = y.dim() == 2 and y.shape[1] == c > 1
        fix = "y.argmax(1) of a one-hot y" if one_hot_y else "e.g. y.view(-1)"
        raise ValueError(
            f"cross_entropy: logits have shape {(n, c)} but y has shape {tuple(y.shape)}; "
            f"y must hold one class index per sample, shape ({n},) ({fix})"
        )
    _check_labels("cross_entropy", y, c)
    # cost = −(1/n) Σ_i log p_{i, y_i}: pick column y_i of row i
    return -log_p.gather(1, y.long().unsqueeze(1)).mean()


def _log_clamped(t: Tensor) -> Tensor:
    """Return log(t) clamped at -100 like PyTorch's BCE, with gradient 0 (not nan) where t = 0."""
    safe = torch.where(t > 0, t, 1.0)  # log(1) = 0 where t = 0: no 0/0 in log's gradient
    return torch.where(t > 0, torch.log(safe), -100.0).clamp(min=-100)


def _check_labels(fn: str, y: Tensor, num_classes: int) -> None:
    """Raise ValueError unless every label in ``y`` is one of 0, ..., num_classes - 1."""
    if y.numel() and (y.min() < 0 or y.max() >= num_classes):
        raise ValueError(
            f"{fn}: labels must be 0 ... {num_classes - 1} for {num_classes} classes, got labels "
            f"from {y.min().item()} to {y.max().item()}; check the number of classes"
        )
