r"""Logistic regression's figures: the sigmoid $\sigma(Wx + b)$, 0/1 data, and its two costs."""

import math
from collections.abc import Callable, Mapping, Sequence

import torch
from matplotlib.axes import Axes
from torch import Tensor

from nnintro import functional
from nnintro.plot._figure import MAX_WIDTH, Figure, figure, number, plain, styled
from nnintro.plot._figure import flat as _flat

_CURVES = ["C2", "C4", "C1", "C5", "C6"]  # curve colours, apart from the data's C0 and C3


def _signed(value: float) -> str:
    """Return ``value`` as ' + 2' or ' - 2', to end a formula in math mode (which sets a minus)."""
    return f" {'-' if value < 0 else '+'} {abs(value):g}"


@styled
def sigmoid_curves(
    ws: Sequence[float], bs: Sequence[float], *, x_range: tuple[float, float] = (-6.0, 6.0)
) -> Figure:
    r"""Return a Figure of $\sigma(Wx + b)$ for several $W$ ($b = 0$) and several $b$ ($W = 1$).

    Left panel: one curve per $W$ in ``ws``; a larger $|W|$ makes the step steeper, a negative $W$
    flips it. Right panel: one curve per $b$ in ``bs``; $b$ shifts the curve sideways, since
    $H(x) = 0.5$ where $Wx + b = 0$, at $x = -b/W$.

    Examples:
        >>> fig = sigmoid_curves([0.5, 1, 2], [-2, 0, 2])
        >>> [line.get_label() for line in fig.axes[1].lines[:3]]
        ['$b = -2$', '$b = 0$', '$b = 2$']
    """
    lo, hi = x_range
    x = torch.linspace(lo, hi, 301, dtype=torch.float64)
    fig = figure(figsize=(MAX_WIDTH, 3.4), layout="constrained")
    for i, (values, name) in enumerate([(ws, "W"), (bs, "b")]):
        ax = fig.add_subplot(1, 2, i + 1)
        for value in values:
            w, b = (float(value), 0.0) if name == "W" else (1.0, float(value))
            # H(x) = σ(Wx + b)
            ax.plot(
                _flat(x), _flat(functional.sigmoid(w * x + b)), lw=2, label=f"${name} = {value:g}$"
            )
        ax.axhline(0.5, color="gray", ls="--", lw=1)
        fixed = "b = 0" if name == "W" else "W = 1"
        ax.set(xlabel="$x$", ylabel=r"$\sigma(Wx + b)$", title=f"${fixed}$", xlim=x_range)
        ax.set_ylim(-0.05, 1.05)
        ax.grid(True, alpha=0.3)
        ax.legend(loc="upper left" if name == "W" else "lower right")
    w_list = ", ".join(f"{v:g}" for v in ws)
    b_list = ", ".join(f"{v:g}" for v in bs)
    return fig.describe(
        f"시그모이드 곡선 σ(Wx + b) 두 그림: 왼쪽은 b = 0에서 W = {w_list}, 오른쪽은 W = 1에서 "
        f"b = {b_list}. |W|가 클수록 가파르고, b는 곡선을 옆으로 옮깁니다.",
        f"Two panels of sigmoid curves σ(Wx + b): left, W = {w_list} with b = 0; right, "
        f"b = {b_list} with W = 1. A larger |W| makes the step steeper; b shifts it sideways.",
    )


def _crossings(xs: list[float], hs: list[float]) -> list[float]:
    """Return the x where the polyline (xs, hs) crosses 0.5, by linear interpolation."""
    found = []
    for x0, x1, h0, h1 in zip(xs, xs[1:], hs, hs[1:], strict=False):
        if (h0 - 0.5) * (h1 - 0.5) < 0 or (h0 == 0.5 and h1 != 0.5):
            found.append(x0 + (0.5 - h0) * (x1 - x0) / (h1 - h0))
    return found


@styled
def binary_curves(
    x: Tensor, y: Tensor, curves: Mapping[str, Callable[[Tensor], Tensor]], *, pad: float = 0.1
) -> Figure:
    r"""Return a Figure of one-feature 0/1 data and hypotheses $H(x)$ drawn over it, one per label.

    ``curves`` maps a label (e.g. a formula in ``$...$``) to a function from an (m, 1) tensor
    of $x$ values to $H(x)$. A dashed line marks $H(x) = 0.5$, and a ring on it each $x$ where a
    curve crosses it: there the prediction $[H(x) \ge 0.5]$ flips between 0 and 1. The $y$-axis
    shows $[-0.5, 1.5]$, so a line leaving $[0, 1]$ is visible.

    Examples:
        >>> from nnintro.data import pass_fail
        >>> fig = binary_curves(*pass_fail(), {"$0.05x - 2.5$": lambda t: 0.05 * t - 2.5})
        >>> [line.get_label() for line in fig.axes[0].lines][:1]
        ['$0.05x - 2.5$']
        >>> fig.axes[0].lines[1].get_xdata()  # the ring where 0.05x - 2.5 = 0.5
        array([60.])
    """
    xs, ys = _flat(x), _flat(y)
    span = (max(xs) - min(xs)) or 1.0
    lo, hi = min(xs) - pad * span, max(xs) + pad * span
    grid = torch.linspace(lo, hi, 301, dtype=x.dtype).view(-1, 1)
    fig = figure(figsize=(6.5, 4), layout="constrained")
    ax = fig.add_subplot()
    crossings = {}
    for i, (label, curve) in enumerate(curves.items()):
        with torch.no_grad():
            h = curve(grid)
        color = _CURVES[i % len(_CURVES)]
        ax.plot(_flat(grid), _flat(h), lw=2, color=color, label=label)
        crossings[plain(label)] = _crossings(_flat(grid), _flat(h))
        for cross in crossings[plain(label)]:
            ax.plot([cross], [0.5], "o", color=color, mfc="white", mew=2, zorder=4)
    for k in (0, 1):
        mine = [(xi, yi) for xi, yi in zip(xs, ys, strict=True) if yi == k]
        if mine:
            ax.plot(*zip(*mine, strict=True), "os"[k], color=f"C{3 if k else 0}", ms=8, zorder=3)
    ax.axhline(0.5, color="gray", ls="--", lw=1)
    ax.set(xlabel="$x$", ylabel="$H(x)$", xlim=(lo, hi), ylim=(-0.5, 1.5))
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left")
    ones = sum(1 for v in ys if v == 1)
    ko = "; ".join(f"{k}: H(x) = 0.5인 x = {', '.join(number(c) for c in v) or '없음'}"
                   for k, v in crossings.items())  # fmt: skip
    en = "; ".join(f"{k}: H(x) = 0.5 at x = {', '.join(number(c) for c in v) or 'none'}"
                   for k, v in crossings.items())  # fmt: skip
    return fig.describe(
        f"0/1 데이터 {len(xs)}개 (y = 1이 {ones}개)와 그 위에 그린 가설 H(x) {len(curves)}개. "
        f"{ko}.",
        f"{len(xs)} samples of 0/1 data ({ones} with y = 1) and {len(curves)} hypotheses H(x) "
        f"drawn over them. {en}.",
    )


def _cost_panel(ax: Axes, ws: list[float], costs: list[float], title: str) -> list[float]:
    """Draw cost(W) on ``ax``, mark each local minimum found on the grid with its W; return them."""
    ax.plot(ws, costs, lw=2, color="C0")
    minima = []
    for i in range(1, len(ws) - 1):
        if costs[i] < costs[i - 1] and costs[i] < costs[i + 1]:
            minima.append(ws[i])
            ax.plot([ws[i]], [costs[i]], "o", color="C3", zorder=3)
            ax.annotate(
                f"$W = {ws[i]:.2f}$",
                (ws[i], costs[i]),
                xytext=(0, -14),
                textcoords="offset points",
                ha="center",
                va="top",
                color="C3",
            )
    span = max(costs) - min(costs) or 1.0
    ax.set_ylim(min(costs) - 0.2 * span, max(costs) + 0.05 * span)
    ax.set(xlabel="$W$", ylabel=r"$\mathrm{cost}(W)$", title=title, xlim=(ws[0], ws[-1]))
    ax.grid(True, alpha=0.3)
    return minima


@styled
def sigmoid_costs(
    x: Tensor, y: Tensor, *, b: float, w_range: tuple[float, float], points: int = 601
) -> Figure:
    r"""Return a Figure of two costs of $H(x) = \sigma(Wx + b)$ over $W$ ($b$ fixed), side by side.

    Left: the mean squared error $\frac{1}{n}\sum_i (H(x_i) - y_i)^2$; right: the binary
    cross-entropy

    $$-\frac{1}{n}\sum_i \big[y_i \ln H(x_i) + (1 - y_i)\ln(1 - H(x_i))\big].$$

    Each local minimum found on the grid of ``points`` values of $W$ is marked with its $W$.
    With a sigmoid inside, the MSE can have flat stretches and several local minima
    (non-convex); the cross-entropy is convex in $W$.

    Examples:
        >>> x, y = torch.tensor([[-1.0], [1.0]]), torch.tensor([[0.0], [1.0]])
        >>> fig = sigmoid_costs(x, y, b=0.0, w_range=(-4, 4))
        >>> [ax.get_title() for ax in fig.axes]
        ['MSE', 'BCE']
    """
    if points < 3:
        raise ValueError(f"sigmoid_costs: points must be at least 3, got {points}")
    lo, hi = w_range
    ws = torch.linspace(lo, hi, points, dtype=torch.float64)
    xs, ys = x.double().view(1, -1), y.double().view(1, -1)
    if xs.shape != ys.shape:
        raise ValueError(
            f"sigmoid_costs: x has shape {tuple(x.shape)} but y has shape {tuple(y.shape)}; "
            "give one label per sample"
        )
    # z = W x_i + b for every W of the grid (rows) and every sample (columns)
    z = ws.view(-1, 1) * xs + b
    mse = ((functional.sigmoid(z) - ys) ** 2).mean(dim=1)
    # BCE from the logits z: finite even where σ(z) rounds to 0 or 1
    bce = torch.stack([functional.binary_cross_entropy_with_logits(row, ys[0]) for row in z])
    fig = figure(figsize=(MAX_WIDTH, 3.6), layout="constrained")
    minima = {}
    for i, (costs, title) in enumerate([(mse, "MSE"), (bce, "BCE")]):
        minima[title] = _cost_panel(fig.add_subplot(1, 2, i + 1), _flat(ws), _flat(costs), title)
    fig.suptitle(f"$H(x) = \\sigma(Wx{_signed(b)})$")
    found = {k: ", ".join(f"{w:.2f}" for w in v) for k, v in minima.items()}
    return fig.describe(
        f"H(x) = σ(Wx{_signed(b)})의 두 비용을 W = {lo:g}에서 {hi:g}까지 그린 그림: 왼쪽 MSE의 "
        f"극소점 W = {found['MSE']}, 오른쪽 BCE의 극소점 W = {found['BCE']}.",
        f"Two costs of H(x) = σ(Wx{_signed(b)}) for W from {lo:g} to {hi:g}: left, MSE with "
        f"local minima at W = {found['MSE']}; right, BCE with minima at W = {found['BCE']}.",
    )


@styled
def log_costs() -> Figure:
    r"""Return a Figure of each sample's cost over $H(x) \in (0, 1)$: $-\log H$ and $-\log(1 - H)$.

    For $y = 1$ the cost $-\log H(x)$ is 0 at $H(x) = 1$ and grows without bound as
    $H(x) \to 0$; for $y = 0$ the cost $-\log(1 - H(x))$ is its mirror image.

    Examples:
        >>> [line.get_label() for line in log_costs().axes[0].lines]
        ['$y = 1$: $-\\log H(x)$', '$y = 0$: $-\\log(1 - H(x))$']
    """
    h = [i / 400 for i in range(1, 400)]
    fig = figure(figsize=(6, 4), layout="constrained")
    ax = fig.add_subplot()
    ax.plot(h, [-math.log(v) for v in h], lw=2, color="C3", label="$y = 1$: $-\\log H(x)$")
    ax.plot(h, [-math.log(1 - v) for v in h], lw=2, color="C0", label="$y = 0$: $-\\log(1 - H(x))$")
    ax.set(xlabel="$H(x)$", ylabel=r"$\mathrm{cost}$", xlim=(0, 1), ylim=(0, 5))
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper center")
    return fig.describe(
        "샘플 하나의 비용을 H(x)에 따라 그린 두 곡선: y = 1이면 −log H(x), H(x) = 1에서 0이고 "
        "H(x)가 0으로 갈수록 끝없이 커짐; y = 0이면 −log(1 − H(x)), 그 거울상.",
        "Two curves of one sample's cost against H(x): for y = 1, −log H(x), 0 at H(x) = 1 and "
        "growing without bound as H(x) goes to 0; for y = 0, −log(1 − H(x)), its mirror image.",
    )
