"""A minimal full-batch training loop that stops when the loss diverges.

``fit`` is the loop of the lecture (zero_grad, forward, cost, backward, step) with the checks a
beginner needs: a clear error for bad arguments, and ``DivergenceError`` when the loss becomes
NaN or inf because the learning rate is too large.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import Tensor, nn

from nnintro import functional


class DivergenceError(FloatingPointError):
    r"""Error raised by ``fit`` when the loss is no longer finite (NaN or $\pm\infty$).

    ``history`` holds the losses up to that epoch; the last one is the NaN or inf one.

    Examples:
        >>> from nnintro.data import linear_toy
        >>> from nnintro.models import LinearRegression
        >>> x, y = linear_toy()
        >>> try:
        ...     fit(LinearRegression(zero_init=True), x, y, lr=10, epochs=100)
        ... except DivergenceError as error:
        ...     print(len(error.history.losses), error.history.final_loss)
        11 inf
    """

    def __init__(self, message: str, history: "History | None" = None) -> None:
        super().__init__(message)
        self.history = history


@dataclass
class History:
    r"""Record of a training run: the loss $\mathrm{cost}(W_t, b_t)$ of each epoch $t$ and $\alpha$.

    Attributes:
        losses: one loss per epoch, measured before that epoch's update.
        lr: the learning rate $\alpha$ used.

    Examples:
        >>> History(losses=[4.0, 1.0, 0.25], lr=0.1).final_loss
        0.25
    """

    losses: list[float]
    lr: float

    @property
    def final_loss(self) -> float:
        """Return the last recorded loss (raises ValueError if nothing was recorded)."""
        if not self.losses:
            raise ValueError("History.final_loss: no losses were recorded")
        return self.losses[-1]


def fit(
    model: nn.Module,
    x: Tensor,
    y: Tensor,
    *,
    lr: float,
    epochs: int,
    loss_fn: Callable[[Tensor, Tensor], Tensor] = functional.mse,
    log_every: int = 0,
    print_fn: Callable[[str], object] = print,
) -> History:
    r"""Return the History of training ``model`` on ``(x, y)`` by full-batch gradient descent.

    Each epoch uses all samples once and updates every parameter $\theta$ of the model by
    $\theta := \theta - \alpha\,\partial\,\mathrm{cost}/\partial\theta$ (``torch.optim.SGD`` with
    ``lr`` $= \alpha$).

    Args:
        model: the model to train, in place.
        x: inputs, one sample per row.
        y: targets, one sample per row.
        lr: the learning rate $\alpha > 0$.
        epochs: number of updates ($\ge 1$).
        loss_fn: the cost, ``loss_fn(pred, target)``; by default ``functional.mse``.
        log_every: if $k > 0$, print the loss every $k$ epochs and on the last epoch.
        print_fn: where log lines go.

    Raises:
        ValueError: for ``lr`` that is not a positive number, ``epochs < 1``, or
            ``len(x) != len(y)``.
        DivergenceError: if the loss becomes NaN or inf (the learning rate is too large).

    Examples:
        >>> from nnintro.data import linear_toy
        >>> from nnintro.models import LinearRegression
        >>> x, y = linear_toy()
        >>> history = fit(LinearRegression(zero_init=True), x, y, lr=0.01, epochs=3, log_every=1)
        epoch 1/3  loss 18.666666
        epoch 2/3  loss 14.770963
        epoch 3/3  loss 11.691541
    """
    try:
        valid_lr = math.isfinite(lr) and lr > 0
    except TypeError:
        valid_lr = False
    if not valid_lr:
        raise ValueError(f"lr must be a positive number, got {lr!r}")
    if not isinstance(epochs, int) or epochs < 1:
        raise ValueError(f"epochs must be an integer >= 1, got {epochs}")
    if len(x) != len(y):
        raise ValueError(
            f"fit: x has shape {tuple(x.shape)} but y has shape {tuple(y.shape)}; "
            "they need the same number of samples (rows)"
        )
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    history = History(losses=[], lr=lr)
    width = len(str(epochs))
    for epoch in range(1, epochs + 1):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)  # cost(W, b) before this epoch's update
        history.losses.append(loss.item())
        if not torch.isfinite(loss):
            raise DivergenceError(
                f"loss became {loss.item()} at epoch {epoch} with lr={lr:g}: the learning rate "
                "is too large, so each step overshoots the minimum; "
                f"try a smaller lr, e.g. lr={lr / 10:g}",
                history,
            )
        if log_every > 0 and (epoch % log_every == 0 or epoch == epochs):
            print_fn(f"epoch {epoch:>{width}}/{epochs}  loss {loss.item():.6f}")
        loss.backward()  # ∂cost/∂θ for every parameter θ
        optimizer.step()  # θ := θ − α ∂cost/∂θ
    return history
