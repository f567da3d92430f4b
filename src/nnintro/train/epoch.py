"""``train_one_epoch``: the lecture's training loop, once over the batches. Copy it freely."""

from collections.abc import Callable, Iterable

import torch
from torch import Tensor, nn


def train_one_epoch(
    model: nn.Module,
    batches: Iterable[tuple[Tensor, Tensor]],
    loss_fn: Callable[[Tensor, Tensor], Tensor],
    optimizer: torch.optim.Optimizer,
    on_batch: Callable[[Tensor, Tensor], object] | None = None,
) -> float:
    r"""Return the mean loss of one epoch in which every batch updates the parameters once.

    For each batch $(x, y)$: the prediction $H(x)$, its cost, the gradients
    $\partial\,\mathrm{cost}/\partial\theta$, and one step of the optimiser, for SGD
    $\theta := \theta - \alpha\,\partial\,\mathrm{cost}/\partial\theta$. The result is
    $\frac{1}{n}\sum_b n_b\,\mathrm{cost}_b$: each batch's cost, measured before its update,
    weighted by its $n_b$ samples. ``fit`` runs this function once per epoch.

    Args:
        model: the model to train, in place; put in training mode (dropout on).
        batches: ``(x, y)`` pairs, e.g. a ``DataLoader`` or ``nnintro.data.TensorBatches``.
        loss_fn: the cost, ``loss_fn(pred, y)``, e.g. ``F.cross_entropy``.
        optimizer: built on ``model.parameters()``, e.g. ``torch.optim.SGD(..., lr=0.1)``.
        on_batch: if given, called as ``on_batch(pred, y)`` after each update (``fit``
            measures its metrics there).

    Raises:
        ValueError: if ``batches`` yields no samples.

    Examples:
        >>> import torch.nn.functional as F
        >>> from nnintro.data import linear_toy
        >>> from nnintro.models import LinearRegression
        >>> x, y = linear_toy()  # the lecture's x = 1, 2, 3 and y = 2, 4, 6
        >>> model = LinearRegression(zero_init=True)  # W = b = 0
        >>> optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
        >>> for epoch in range(3):  # full batch: one batch, all samples
        ...     print(f"{train_one_epoch(model, [(x, y)], F.mse_loss, optimizer):.4f}")
        18.6667
        14.7710
        11.6915
    """
    model.train()  # training mode: dropout is on (models without dropout do not change)
    total, count = 0.0, 0
    for x, y in batches:
        pred = model(x)  # the prediction H(x)
        loss = loss_fn(pred, y)  # the cost of this batch
        optimizer.zero_grad()  # forget the gradients of the previous batch
        loss.backward()  # ∂cost/∂θ for every parameter θ
        optimizer.step()  # θ := θ − α ∂cost/∂θ for SGD
        total += loss.item() * len(y)  # Σ_b cost_b · n_b
        count += len(y)
        if on_batch is not None:
            on_batch(pred.detach(), y)
    if count == 0:
        raise ValueError("train_one_epoch: no samples, the batches are empty")
    return total / count
