"""Training curves: the loss per epoch of several runs; loss and accuracy, train vs validation."""

import math
from collections.abc import Mapping, Sequence

from matplotlib.axes import Axes

from nnintro import train
from nnintro.plot._figure import Figure, figure, number, plain, styled, width


@styled
def loss_history(
    histories: Mapping[str, Sequence[float]] | train.History, *, log_y: bool = True
) -> Figure:
    r"""Return a Figure of the loss $\mathrm{cost}(W_t, b_t)$ per epoch $t$, one line per label.

    ``histories`` is ``{label: losses}`` or one ``train.History`` (labelled with its $\alpha$).
    Non-finite values (NaN, inf) are dropped, and so are values $\le 0$ on the log scale.

    Examples:
        >>> fig = loss_history({"a": [4.0, 2.0, float("nan")], "b": [3.0, 1.0]})
        >>> [len(line.get_xdata()) for line in fig.axes[0].lines]
        [2, 2]
    """
    if isinstance(histories, train.History):
        histories = {f"$\\alpha = {histories.lr:g}$": histories.losses}
    fig = figure(figsize=(6, 4), layout="constrained")
    ax = fig.add_subplot()
    for label, losses in histories.items():
        kept = [(t, float(v)) for t, v in enumerate(losses, start=1) if math.isfinite(v)]
        kept = [(t, v) for t, v in kept if v > 0 or not log_y]
        ax.plot([t for t, _ in kept], [v for _, v in kept], label=label, lw=2)
    if log_y:
        ax.set_yscale("log")
    ax.set(xlabel="epoch", ylabel=r"$\mathrm{cost}$")
    ax.grid(True, which="both", alpha=0.3)
    if histories:
        ax.legend()
    ends = {plain(label): kept for label, kept in _ends(histories, log_y).items()}
    ko = "; ".join(
        f"{k}: 에폭 {a}의 {number(va)}에서 에폭 {b}의 {number(vb)}로"
        for k, (a, va, b, vb) in ends.items()
    )
    en = "; ".join(
        f"{k}: from {number(va)} at epoch {a} to {number(vb)} at epoch {b}"
        for k, (a, va, b, vb) in ends.items()
    )
    scale = (" (로그 눈금)", " (log scale)") if log_y else ("", "")
    return fig.describe(
        f"비용 곡선: 에폭마다의 비용{scale[0]}. {ko}.".replace(". .", "."),
        f"Cost curve: the cost per epoch{scale[1]}. {en}.".replace(". .", "."),
    )


def _ends(histories: Mapping[str, Sequence[float]], log_y: bool) -> dict[str, tuple]:
    """Return each line's first and last drawn point: (epoch, value, epoch, value)."""
    ends = {}
    for label, losses in histories.items():
        kept = [(t, float(v)) for t, v in enumerate(losses, start=1) if math.isfinite(v)]
        kept = [(t, v) for t, v in kept if v > 0 or not log_y]
        if kept:
            ends[label] = (*kept[0], *kept[-1])
    return ends


def _curve(ax: Axes, values: Sequence[float], label: str, style: str) -> None:
    """Plot ``values`` against epochs 1, 2, ... on ``ax`` (non-finite values dropped)."""
    kept = [(t, float(v)) for t, v in enumerate(values, start=1) if math.isfinite(v)]
    ax.plot([t for t, _ in kept], [v for _, v in kept], style, label=label, lw=2, ms=4)


@styled
def training_curves(history: train.History, *, metric: str = "accuracy") -> Figure:
    r"""Return a Figure of a run's loss and ``metric`` per epoch, training vs validation.

    The left panel shows the training loss (the mean over each epoch's batches, measured while
    the weights change) and the validation loss (measured after the epoch); the right panel the
    same for ``metric`` when the History has it. A dotted line marks the epoch of the lowest
    validation loss, ``History.best_epoch``.

    Examples:
        >>> from nnintro.train import History
        >>> h = History([1.0, 0.6, 0.5], lr=0.1, val_losses=[0.9, 0.7, 0.8],
        ...             metrics={"accuracy": [0.6, 0.8, 0.85], "val_accuracy": [0.6, 0.7, 0.7]})
        >>> fig = training_curves(h)
        >>> [ax.get_title() for ax in fig.axes], fig.axes[0].get_legend_handles_labels()[1]
        (['loss', 'accuracy'], ['train', 'val', 'best epoch 2'])
    """
    panels = [("loss", history.losses, history.val_losses)]
    if metric in history.metrics:
        panels.append((metric, history.metrics[metric], history.metrics.get(f"val_{metric}", [])))
    fig = figure(figsize=(width(len(panels), 3.6), 3.4), layout="constrained")
    best = history.best_epoch
    for i, (name, values, val_values) in enumerate(panels):
        ax = fig.add_subplot(1, len(panels), i + 1)
        _curve(ax, values, "train", "o-")
        if val_values:
            _curve(ax, val_values, "val", "s--")
        if best is not None:
            ax.axvline(best, color="gray", ls=":", lw=1.5, label=f"best epoch {best}")
        ax.set(title=name, xlabel="epoch")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(True, alpha=0.3)
        ax.legend()
    last = len(history.losses)
    ko = [f"훈련 비용 {number(history.losses[-1])}"] if last else []
    en = [f"training cost {number(history.losses[-1])}"] if last else []
    if history.val_losses:
        ko.append(f"검증 비용 {number(history.val_losses[-1])}")
        en.append(f"validation cost {number(history.val_losses[-1])}")
    for name, values, val_values in panels[1:]:
        if values:
            ko.append(f"훈련 {name} {number(values[-1])}")
            en.append(f"training {name} {number(values[-1])}")
        if val_values:
            ko.append(f"검증 {name} {number(val_values[-1])}")
            en.append(f"validation {name} {number(val_values[-1])}")
    best_ko = f" 검증 비용이 가장 낮은 에폭: {best}." if best is not None else ""
    best_en = f" Lowest validation cost at epoch {best}." if best is not None else ""
    return fig.describe(
        f"학습 곡선: 에폭마다의 훈련 데이터와 검증 데이터의 비용과 {metric}. "
        f"에폭 {last}에서 {', '.join(ko)}.{best_ko}".replace("accuracy", "정확도"),
        f"Training curves: cost and {metric} per epoch on the training and validation data. "
        f"At epoch {last}: {', '.join(en)}.{best_en}",
    )
