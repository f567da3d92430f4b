"""What a training run leaves behind: its History, and the error raised when it diverges."""

import math
from dataclasses import dataclass, field


@dataclass
class History:
    r"""Record of a training run, one entry per epoch $t$.

    Epochs count from 1, as ``fit``'s log lines do, while the lists count from 0 as Python's do:
    the numbers of epoch $t$ are ``losses[t - 1]``, ``val_losses[t - 1]``; ``best_epoch`` and
    ``stopped_epoch`` are epoch numbers, so the best validation loss is
    ``val_losses[best_epoch - 1]``.

    Attributes:
        losses: the training loss of each epoch: the mean, weighted by batch size, of the loss
            of each batch measured before its update. In full-batch mode that is
            $\mathrm{cost}(W_t, b_t)$ before epoch $t$'s update.
        lr: the learning rate $\alpha$ used.
        val_losses: the loss on the validation data after each epoch (empty without ``val``).
        metrics: for each metric name its value per epoch on the training batches, and under
            ``"val_" + name`` on the validation data.
        seconds: the wall-clock seconds each epoch took, validation included.
        stopped_epoch: the epoch (from 1) after which early stopping ended the run; ``None`` if
            every epoch ran.

    Examples:
        >>> History(losses=[4.0, 1.0, 0.25], lr=0.1).final_loss
        0.25
        >>> history = History(losses=[4.0, 1.0, 0.5], lr=0.1, val_losses=[3.0, 2.0, 2.5])
        >>> history.best_epoch, history.val_losses[history.best_epoch - 1]
        (2, 2.0)
    """

    losses: list[float]
    lr: float
    val_losses: list[float] = field(default_factory=list)
    metrics: dict[str, list[float]] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    stopped_epoch: int | None = None

    @property
    def final_loss(self) -> float:
        """Return the last recorded loss (raises ValueError if nothing was recorded)."""
        if not self.losses:
            raise ValueError("History.final_loss: no losses were recorded")
        return self.losses[-1]

    @property
    def best_epoch(self) -> int | None:
        r"""Return the epoch of the lowest validation loss, $\arg\min_t$ val_loss$_t$ (from 1).

        The first such epoch on ties; None without validation losses. It counts from 1 like the
        log lines: its loss is ``val_losses[best_epoch - 1]``.
        """
        finite = [(v, t) for t, v in enumerate(self.val_losses, start=1) if math.isfinite(v)]
        return min(finite)[1] if finite else None


class DivergenceError(FloatingPointError):
    r"""Error raised by ``fit`` when the loss is no longer finite (NaN or $\pm\infty$).

    ``history`` holds the losses up to that epoch; the last one is the NaN or inf one.

    Examples:
        >>> from nnintro.data import linear_toy
        >>> from nnintro.models import LinearRegression
        >>> from nnintro.train import fit
        >>> x, y = linear_toy()
        >>> try:
        ...     fit(LinearRegression(zero_init=True), x, y, lr=10, epochs=100)
        ... except DivergenceError as error:
        ...     print(len(error.history.losses), error.history.final_loss)
        11 inf
    """

    def __init__(self, message: str, history: History | None = None) -> None:
        super().__init__(message)
        self.history = history

    @classmethod
    def at(cls, loss: float, epoch: int, lr: float, history: History, data_checked: bool):
        """Return ``fit``'s error: the learning rate is the suspect (and unchecked batches)."""
        message = (
            f"loss became {loss} at epoch {epoch} with lr={lr:g}: the learning rate is too large, "
            f"so each step overshoots the minimum; try a smaller lr, e.g. lr={lr / 10:g}"
        )
        if not data_checked:  # batches from an iterable: fit has not looked for NaN in them
            message += " (or the batches hold NaN/inf: check torch.isfinite(xb).all())"
        return cls(message, history)
