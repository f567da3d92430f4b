"""``fit``: ``train_one_epoch`` (the lecture's loop over batches) once per epoch, and around it.

Around that loop it adds what a beginner needs and nothing that slows it down: clear errors for
bad arguments and data, ``DivergenceError`` when the loss becomes NaN or inf, a ``History`` of the
loss and metrics on the training and validation data, progress bars, early stopping, a device.
"""

import copy
import math
import time
from collections.abc import Callable, Iterable, Mapping

import torch
from torch import Tensor, nn

from nnintro import functional
from nnintro._checks import positive_int
from nnintro.train.arguments import (
    batches_of,
    check_loss_fn,
    check_metrics,
    check_patience,
    make_optimizer,
    pick_device,
    val_batches,
)
from nnintro.train.checks import checked_on_first_call
from nnintro.train.epoch import train_one_epoch
from nnintro.train.evaluation import measure
from nnintro.train.history import DivergenceError, History
from nnintro.train.progress import Progress, length_of, log_line

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
    loss_fn: Callable[[Tensor, Tensor], Tensor] | None = None,
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
    Each epoch is one call of ``train_one_epoch``, the loop to read (and copy).

    Before the first update ``fit`` checks the data and the first batch's outputs against the
    loss, and stops a learner's usual mistakes with a message that names the fix: NaN or inf in
    ``x`` or ``y``, no samples, a float64 ``x`` for a float32 model, class labels (integer, bool
    or one-hot ``y``) with the default regression loss, one output column with cross-entropy, a
    sigmoid or softmax applied twice, an optimiser built on another model's parameters.

    Args:
        model: the model to train, in place. It is in training mode during the epochs and in
            evaluation mode (``model.eval()``) when ``fit`` returns, with or without ``val``:
            ready to predict; call ``model.train()`` before training it further by hand.
        x: inputs, one sample per row, as a tensor (numpy arrays and lists are converted by
            ``torch.as_tensor``, keeping their dtype); or an iterable of ``(inputs, targets)``
            batches such as a ``DataLoader`` or ``nnintro.data.TensorBatches`` (then without
            ``y``; its batches are not checked for NaN or dtypes).
        y: targets, one sample per row.
        epochs: number of passes over the data ($\ge 1$).
        lr: the learning rate $\alpha > 0$ of plain SGD; give either ``lr`` or ``optimizer``.
        optimizer: an optimiser already built on ``model.parameters()``, e.g. Adam.
        loss_fn: the cost, ``loss_fn(output, target)``, a function or a loss object such as
            ``nn.BCELoss()``. By default (None) ``functional.mse``, the cost of regression, which
            refuses class labels: an integer or bool ``y``, or a float one-hot ``y`` (n, c); for
            classification pass ``F.cross_entropy`` (or ``F.binary_cross_entropy`` for one
            column), and to fit MSE to such targets on purpose pass ``functional.mse`` and a
            float ``y``.
        batch_size: samples per update; ``None`` for all of them.
        shuffle: draw a new batch order every epoch (mini-batch and stochastic modes).
        seed: if given, ``torch.manual_seed(seed)`` is called first (dropout and other random
            layers) and the batch order is seeded, so a run is reproducible.
        metrics: a dict ``{name: fn(output, target) -> float}``, e.g. ``{"accuracy": accuracy}``
            with ``nnintro.metrics.accuracy``; averaged over each epoch's batches.
        val: validation data ``(x_val, y_val)`` (a tuple or a list) or an iterable of its
            batches, measured after every epoch on all of it at once (``loss_fn`` of all outputs).
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

    Returns:
        The ``History`` of the run: the loss of each epoch (and validation loss and metrics).

    Raises:
        ValueError: for a bad ``lr``, ``optimizer``, ``epochs``, ``early_stopping`` or
            ``device``; for data that are empty, mismatched or hold NaN/inf; for outputs and
            targets that do not suit the loss.
        TypeError: for an argument of the wrong kind (``loss_fn`` a class, ``metrics`` a list,
            ``x`` float64 for a float32 model).
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
    epochs = positive_int("fit", "epochs", epochs)
    if loss_fn is not None:
        check_loss_fn("fit", loss_fn)
    metrics, patience = check_metrics(metrics), check_patience(early_stopping, val)
    device = pick_device(device)
    if seed is not None:
        torch.manual_seed(seed)
    if device is not None:
        model.to(device)
    batches = batches_of("fit", model, x, y, batch_size, shuffle, seed, device)
    val = val_batches(model, val, batch_size, device)
    history = History(losses=[], lr=optimizer.param_groups[0]["lr"])
    given = functional.mse if loss_fn is None else loss_fn
    checked = checked_on_first_call("fit", given, model, mse_default=loss_fn is None)
    best_state, waited = None, 0  # early stopping: the best weights, epochs since the best
    sums, seen = dict.fromkeys(metrics, 0.0), [0]  # this epoch's Σ metric·n_b and Σ n_b
    with Progress(progress, epochs, length_of(batches)) as bars:

        def on_batch(pred: Tensor, yb: Tensor) -> None:
            for name, metric in metrics.items():
                sums[name] += float(metric(pred, yb)) * len(yb)
            seen[0] += len(yb)
            bars.batch_done()

        for epoch in range(1, epochs + 1):
            start, seen[0] = time.perf_counter(), 0
            sums.update(dict.fromkeys(metrics, 0.0))
            loss = train_one_epoch(model, batches, checked, optimizer, on_batch)
            history.losses.append(loss)
            if not math.isfinite(loss):
                raise DivergenceError.at(
                    loss, epoch, history.lr, history, data_checked=y is not None
                )
            numbers = {"loss": loss}
            for name in metrics:
                numbers[name] = sums[name] / seen[0]
                history.metrics.setdefault(name, []).append(numbers[name])
            if val is not None:
                numbers["val_loss"], val_metrics = measure(model, val, given, metrics)
                history.val_losses.append(numbers["val_loss"])
                for name, value in val_metrics.items():
                    numbers[f"val_{name}"] = value
                    history.metrics.setdefault(f"val_{name}", []).append(value)
            history.seconds.append(time.perf_counter() - start)
            bars.epoch_done(numbers)
            if log_every > 0 and (epoch % log_every == 0 or epoch == epochs):
                print_fn(log_line(epoch, epochs, numbers))
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
    model.eval()  # trained: ready to predict (call model.train() to train on by hand)
    return history
