"""``fit``: the lecture's loop (zero_grad, forward, cost, backward, step) over batches, per epoch.

Around that loop it adds what a beginner needs and nothing that slows it down: clear errors for
bad arguments, ``DivergenceError`` when the loss becomes NaN or inf, a ``History`` of the loss and
metrics on the training and validation data, progress bars, early stopping, and a device.
"""

import copy
import math
import time
from collections.abc import Callable, Iterable, Mapping

import torch
from torch import Tensor, nn

from nnintro import functional
from nnintro.train.arguments import batches_of, check_patience, make_optimizer
from nnintro.train.evaluation import batches_on, measure, pick_device
from nnintro.train.history import DivergenceError, History
from nnintro.train.progress import Progress

Batches = Iterable[tuple[Tensor, Tensor]]
Metric = Callable[[Tensor, Tensor], float]


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
    early_stopping: int | None = None,
    restore_best: bool = True,
    device: str | torch.device | None = None,
    progress: bool | None = None,
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
        early_stopping: patience $p$: stop when the validation loss has not gone below its best
            for $p$ epochs in a row (needs ``val``); ``History.stopped_epoch`` records when.
        restore_best: with ``early_stopping``, end with the weights of the epoch of the lowest
            validation loss (``History.best_epoch``) instead of the last epoch's.
        device: "cpu", "cuda" or "auto" (CUDA if there is a GPU): the model and every batch are
            moved there; ``None`` leaves them where they are.
        progress: progress bars over the epochs and the batches (tqdm): True shows them, False
            never; None shows them only when watched live, in a terminal or in Jupyter with
            ipywidgets, and not in logs or notebooks executed by a build.
        log_every: if $k > 0$, print the epoch's numbers every $k$ epochs and on the last one.
        print_fn: where log lines go.

    Raises:
        ValueError: for a bad ``lr``, ``optimizer``, ``epochs``, ``early_stopping`` or
            ``device``, or mismatched ``x``, ``y``.
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
    optimizer = make_optimizer(model, lr, optimizer)
    if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 1:
        raise ValueError(f"epochs must be an integer >= 1, got {epochs!r}")
    patience = check_patience(early_stopping, val)
    device = pick_device(device)
    if seed is not None:
        torch.manual_seed(seed)
    if device is not None:
        model.to(device)
        if isinstance(x, Tensor) and y is not None:  # move the data once, not every batch
            x, y = x.to(device), y.to(device)
    batches = batches_of(x, y, batch_size, shuffle, seed)
    if isinstance(val, tuple):
        val_x, val_y = val
        if device is not None:
            val_x, val_y = val_x.to(device), val_y.to(device)
        val = batches_of(val_x, val_y, batch_size, shuffle=False, seed=None)
    metrics = dict(metrics or {})
    alpha = optimizer.param_groups[0]["lr"]
    history = History(losses=[], lr=alpha)
    width = len(str(epochs))
    best_state, waited = None, 0  # early stopping: the best weights, epochs since the best
    length = len(batches) if hasattr(batches, "__len__") else None
    # tensors were moved to the device above; batches from an iterable move one by one
    moving = device is not None and not isinstance(x, Tensor)
    with Progress(progress, epochs, length) as bars:
        for epoch in range(1, epochs + 1):
            start = time.perf_counter()
            model.train()
            total, count = 0.0, 0  # Σ_batches loss·n, kept as a tensor while the epoch runs
            sums = dict.fromkeys(metrics, 0.0)
            for xb, yb in batches_on(batches, device) if moving else batches:
                optimizer.zero_grad()
                out = model(xb)
                loss = loss_fn(out, yb)  # cost of this batch before its update
                total, count = total + loss.detach() * len(yb), count + len(yb)
                for name, metric in metrics.items():
                    sums[name] += metric(out.detach(), yb) * len(yb)
                loss.backward()  # ∂cost/∂θ for every parameter θ
                optimizer.step()  # θ := θ − α ∂cost/∂θ for SGD
                bars.batch_done()
            loss_value = float(total / max(count, 1))
            history.losses.append(loss_value)
            if not math.isfinite(loss_value):
                raise DivergenceError(
                    f"loss became {loss_value} at epoch {epoch} with lr={alpha:g}: the learning "
                    "rate is too large, so each step overshoots the minimum; "
                    f"try a smaller lr, e.g. lr={alpha / 10:g}",
                    history,
                )
            numbers = {"loss": loss_value}
            for name in metrics:
                numbers[name] = sums[name] / count
                history.metrics.setdefault(name, []).append(numbers[name])
            if val is not None:
                numbers["val_loss"], val_metrics = measure(model, val, loss_fn, metrics, device)
                history.val_losses.append(numbers["val_loss"])
                for name, value in val_metrics.items():
                    numbers[f"val_{name}"] = value
                    history.metrics.setdefault(f"val_{name}", []).append(value)
            history.seconds.append(time.perf_counter() - start)
            bars.epoch_done(numbers)
            if log_every > 0 and (epoch % log_every == 0 or epoch == epochs):
                log = (
                    f"{k} {v:.6f}" if k.endswith("loss") else f"{k} {v:.4f}"
                    for k, v in numbers.items()
                )
                print_fn(f"epoch {epoch:>{width}}/{epochs}  " + "  ".join(log))
            if patience is None:
                continue
            if history.best_epoch == epoch:  # a new lowest validation loss
                waited = 0
                if restore_best:  # copies, not views: training goes on changing the weights
                    best_state = copy.deepcopy(model.state_dict())
            else:
                waited += 1
            if waited >= patience and epoch < epochs:
                history.stopped_epoch = epoch
                break
    if patience is not None:
        if restore_best and best_state is not None and history.best_epoch != len(history.losses):
            model.load_state_dict(best_state)
        if history.stopped_epoch is not None and log_every > 0:
            print_fn(
                f"early stopping after epoch {history.stopped_epoch}: val_loss has not improved "
                f"for {patience} epochs; best epoch {history.best_epoch}"
                + (" (its weights restored)" if restore_best else "")
            )
    return history
