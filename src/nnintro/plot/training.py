"""Training curves: the loss per epoch of one or more runs."""

import math
from collections.abc import Mapping, Sequence

from nnintro import train
from nnintro.plot._figure import Figure


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
    fig = Figure(figsize=(6, 4), layout="constrained")
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
    return fig
