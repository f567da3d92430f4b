"""The training loop of the course: full-batch, mini-batch or stochastic, stopped if it diverges.

``fit`` is the loop of the lecture (zero_grad, forward, cost, backward, step) over batches, with
the checks a beginner needs: a clear error for bad arguments, and ``DivergenceError`` when the loss
becomes NaN or inf because the learning rate is too large. It records a ``History`` of the loss
and of any metrics per epoch, on the training data and, if given, on validation data.
"""

import math
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import torch
from torch import Tensor, nn

from nnintro import functional
from nnintro.data.batches import TensorBatches

Batches = Iterable[tuple[Tensor, Tensor]]
Metric = Callable[[Tensor, Tensor], float]


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
    r"""Record of a training run, one entry per epoch $t$.

    Attributes:
        losses: the training loss of each epoch: the mean, weighted by batch size, of the loss
            of each batch measured before its update. In full-batch mode that is
            $\mathrm{cost}(W_t, b_t)$ before epoch $t$'s update.
        lr: the learning rate $\alpha$ used.
        val_losses: the loss on the validation data after each epoch (empty without ``val``).
        metrics: for each metric name its value per epoch on the training batches, and under
            ``"val_" + name`` on the validation data.
        seconds: the wall-clock seconds each epoch took, validation included.

    Examples:
        >>> History(losses=[4.0, 1.0, 0.25], lr=0.1).final_loss
        0.25
    """

    losses: list[float]
    lr: float
    val_losses: list[float] = field(default_factory=list)
    metrics: dict[str, list[float]] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)

    @property
    def final_loss(self) -> float:
        """Return the last recorded loss (raises ValueError if nothing was recorded)."""
        if not self.losses:
            raise ValueError("History.final_loss: no losses were recorded")
        return self.losses[-1]


def _optimizer(model: nn.Module, lr: float | None, optimizer: torch.optim.Optimizer | None):
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


def _batches(x, y, batch_size: int | None, shuffle: bool, seed: int | None) -> Batches:
    """Return the training batches: ``x`` itself if it yields batches, else batches of (x, y)."""
    if not isinstance(x, Tensor):
        if y is not None or batch_size is not None:
            raise ValueError(
                "fit: x is already an iterable of batches (e.g. a DataLoader), so give neither y "
                "nor batch_size; or pass tensors x and y and a batch_size"
            )
        return x
    if y is None:
        raise ValueError("fit: x is a tensor, so y (the targets) is needed: fit(model, x, y, ...)")
    if len(x) != len(y):
        raise ValueError(
            f"fit: x has shape {tuple(x.shape)} but y has shape {tuple(y.shape)}; "
            "they need the same number of samples (rows)"
        )
    if batch_size is None:  # full batch: every epoch is one step on all samples, in order
        return TensorBatches(x, y, max(len(x), 1), shuffle=False)
    return TensorBatches(x, y, batch_size, shuffle=shuffle, seed=seed)


def _measure(model: nn.Module, batches: Batches, loss_fn, metrics: Mapping[str, Metric]):
    """Return the mean loss and metrics of ``model`` over ``batches`` in eval mode, without grad."""
    model.eval()
    total, count, sums = 0.0, 0, dict.fromkeys(metrics, 0.0)
    with torch.no_grad():
        for xb, yb in batches:
            out, n = model(xb), len(yb)
            total += loss_fn(out, yb).item() * n
            for name, metric in metrics.items():
                sums[name] += metric(out, yb) * n
            count += n
    return total / count, {name: value / count for name, value in sums.items()}


def fit(
    model: nn.Module,
    x: Tensor | Batches,
    y: Tensor | None = None,
    *,
    epochs: int,
    lr: float | None = None,
    optimizer: torch.optim.Optimizer | None = None,
    loss_fn: Callable[[Tensor, Tensor], Tensor] = functional.mse,
    batch_size: int | None = None,
    shuffle: bool = True,
    seed: int | None = None,
    metrics: Mapping[str, Metric] | None = None,
    val: tuple[Tensor, Tensor] | Batches | None = None,
    log_every: int = 0,
    print_fn: Callable[[str], object] = print,
) -> History:
    r"""Return the History of training ``model`` on ``(x, y)`` by (mini-batch) gradient descent.

    Each epoch visits every sample once, in batches, and each batch updates every parameter
    $\theta$ by the optimiser's rule; by default plain gradient descent
    $\theta := \theta - \alpha\,\partial\,\mathrm{cost}/\partial\theta$ (``torch.optim.SGD`` with
    ``lr`` $= \alpha$). ``batch_size=None`` is full-batch gradient descent (one update per epoch),
    ``batch_size=1`` stochastic gradient descent, anything between mini-batch gradient descent.

    Args:
        model: the model to train, in place (in training mode during the epochs).
        x: inputs, one sample per row; or an iterable of ``(inputs, targets)`` batches such as
            a ``DataLoader`` or ``nnintro.data.TensorBatches`` (then without ``y``).
        y: targets, one sample per row.
        epochs: number of passes over the data ($\ge 1$).
        lr: the learning rate $\alpha > 0$ of plain SGD; give either ``lr`` or ``optimizer``.
        optimizer: an optimiser already built on ``model.parameters()``, e.g. Adam.
        loss_fn: the cost, ``loss_fn(output, target)``; by default ``functional.mse``.
        batch_size: samples per update; ``None`` for all of them.
        shuffle: draw a new batch order every epoch (mini-batch and stochastic modes).
        seed: if given, ``torch.manual_seed(seed)`` is called first (dropout and other random
            layers) and the batch order is seeded, so a run is reproducible.
        metrics: ``{name: fn(output, target) -> float}``, e.g. ``{"accuracy": accuracy}`` with
            ``nnintro.metrics.accuracy``; averaged over each epoch's batches.
        val: validation data ``(x_val, y_val)`` or its batches, measured after every epoch.
        log_every: if $k > 0$, print the epoch's numbers every $k$ epochs and on the last one.
        print_fn: where log lines go.

    Raises:
        ValueError: for a bad ``lr`` or ``optimizer``, ``epochs < 1``, or mismatched ``x``, ``y``.
        DivergenceError: if the loss becomes NaN or inf (the learning rate is too large).

    Examples:
        >>> from nnintro.data import linear_toy
        >>> from nnintro.models import LinearRegression
        >>> x, y = linear_toy()
        >>> history = fit(LinearRegression(zero_init=True), x, y, lr=0.01, epochs=3, log_every=1)
        epoch 1/3  loss 18.666666
        epoch 2/3  loss 14.770963
        epoch 3/3  loss 11.691541
        >>> history = fit(LinearRegression(), x, y, lr=0.01, epochs=5, batch_size=1, seed=0)
        >>> len(history.losses), len(history.seconds)
        (5, 5)
    """
    optimizer = _optimizer(model, lr, optimizer)
    if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 1:
        raise ValueError(f"epochs must be an integer >= 1, got {epochs!r}")
    if seed is not None:
        torch.manual_seed(seed)
    batches = _batches(x, y, batch_size, shuffle, seed)
    if isinstance(val, tuple):
        val = _batches(*val, batch_size, shuffle=False, seed=None)
    metrics = dict(metrics or {})
    alpha = optimizer.param_groups[0]["lr"]
    history = History(losses=[], lr=alpha)
    width = len(str(epochs))
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        model.train()
        total, count = 0.0, 0  # Σ_batches loss·n, kept as a tensor while the epoch runs
        sums = dict.fromkeys(metrics, 0.0)
        for xb, yb in batches:
            optimizer.zero_grad()
            out = model(xb)
            loss = loss_fn(out, yb)  # cost of this batch before its update
            total, count = total + loss.detach() * len(yb), count + len(yb)
            for name, metric in metrics.items():
                sums[name] += metric(out.detach(), yb) * len(yb)
            loss.backward()  # ∂cost/∂θ for every parameter θ
            optimizer.step()  # θ := θ − α ∂cost/∂θ for SGD
        loss_value = float(total / max(count, 1))
        history.losses.append(loss_value)
        if not math.isfinite(loss_value):
            raise DivergenceError(
                f"loss became {loss_value} at epoch {epoch} with lr={alpha:g}: the learning "
                "rate is too large, so each step overshoots the minimum; "
                f"try a smaller lr, e.g. lr={alpha / 10:g}",
                history,
            )
        log = [f"loss {loss_value:.6f}"]
        for name in metrics:
            history.metrics.setdefault(name, []).append(sums[name] / count)
            log.append(f"{name} {sums[name] / count:.4f}")
        if val is not None:
            val_loss, val_metrics = _measure(model, val, loss_fn, metrics)
            history.val_losses.append(val_loss)
            log.append(f"val_loss {val_loss:.6f}")
            for name, value in val_metrics.items():
                history.metrics.setdefault(f"val_{name}", []).append(value)
                log.append(f"val_{name} {value:.4f}")
        history.seconds.append(time.perf_counter() - start)
        if log_every > 0 and (epoch % log_every == 0 or epoch == epochs):
            print_fn(f"epoch {epoch:>{width}}/{epochs}  " + "  ".join(log))
    return history
