"""Linear regression's figures: errors of a line, the cost curve, gradient-descent paths."""

import itertools
import math
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.patches import FancyArrowPatch
from torch import Tensor

from nnintro import functional
from nnintro.plot._figure import ARROW as _ARROW
from nnintro.plot._figure import BOX as _BOX
from nnintro.plot._figure import MAX_WIDTH, Figure, figure, number, styled
from nnintro.plot._figure import flat as _flat

_Point = tuple[float, float]


def _cost(x: Tensor, y: Tensor, w: float, b: float) -> float:
    r"""Return $\mathrm{cost}(W) = $ ``mse(line(x, w, b), y)``, computed in float64."""
    return functional.mse(functional.line(x.double(), w, b), y.double()).item()


def _best_w(x: Tensor, y: Tensor, b: float) -> float:
    """Return the W where the slope of cost(W) is 0, for fixed b."""
    xs, ys = _flat(x), _flat(y)
    # ∂cost/∂W = 0  ⇔  W* = Σ_i (y_i − b) x_i / Σ_i x_i²
    return sum((yi - b) * xi for xi, yi in zip(xs, ys, strict=True)) / sum(xi * xi for xi in xs)


def _cost_axes(ax: Axes, x: Tensor, y: Tensor, lo: float, hi: float, b: float) -> list[float]:
    """Draw cost(W) on ``ax`` for W in [lo, hi]; return the costs drawn."""
    ws = [lo + (hi - lo) * i / 200 for i in range(201)]
    costs = [_cost(x, y, w, b) for w in ws]
    ax.plot(ws, costs, color="C0", lw=2)
    span = max(costs) - min(costs)
    ax.set(xlabel="$W$", ylabel=r"$\mathrm{cost}(W)$", xlim=(lo, hi))
    ax.set_ylim(min(costs) - 0.15 * span, max(costs) + 0.05 * span)
    ax.grid(True, alpha=0.3)
    return costs


def _label(ax: Axes, text: str, xy: _Point, offset: _Point, **style: str) -> None:
    """Write ``text`` on a white box, ``offset`` points away from the data point ``xy``."""
    ax.annotate(text, xy=xy, xytext=offset, textcoords="offset points", bbox=_BOX, **style)


@styled
def regression_errors(x: Tensor, y: Tensor, w: float, b: float) -> Figure:
    r"""Return a Figure of the data, the line $H(x) = Wx + b$, and each error $y_i - H(x_i)$.

    A vertical arrow goes from each prediction $H(x_i)$ to its data point $y_i$, labelled with
    the error; the title gives $MSE = \frac{1}{n}\sum_i (H(x_i) - y_i)^2$.

    Examples:
        >>> from nnintro.data import study_hours
        >>> fig = regression_errors(*study_hours(), w=13, b=1)
        >>> fig.axes[0].get_title()
        'MSE = 52.5'
    """
    xs, ys, w, b = _flat(x), _flat(y), float(w), float(b)
    preds = [w * xi + b for xi in xs]  # H(x_i) = W x_i + b
    fig = figure(figsize=(6, 4), layout="constrained")
    ax = fig.add_subplot()
    pad = 0.1 * ((max(xs) - min(xs)) or 1.0)
    ends = [min(xs) - pad, max(xs) + pad]
    label = f"$H(x) = {w:g}x {'-' if b < 0 else '+'} {abs(b):g}$"
    ax.plot(ends, [w * e + b for e in ends], color="C0", label=label)
    ax.plot(xs, preds, "o", color="C0", mfc="white", label="$H(x_i)$")
    ax.plot(xs, ys, "o", color="C1", label="$y_i$", zorder=3)
    for xi, yi, pi in zip(xs, ys, preds, strict=True):
        ax.add_patch(FancyArrowPatch((xi, pi), (xi, yi), lw=1.5, **_ARROW))
        error = f"{yi - pi:g}".replace("-", "−")  # y_i − H(x_i), with a real minus sign
        _label(ax, error, (xi, (yi + pi) / 2), (5, 0), va="center", color="C3")
    cost = functional.mse(functional.line(x, w, b), y).item()
    ax.set(xlabel="$x$", ylabel="$y$", title=f"MSE = {cost:g}")
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left")
    errors = ", ".join(f"{yi - pi:g}" for yi, pi in zip(ys, preds, strict=True))
    line = f"H(x) = {w:g}x {'-' if b < 0 else '+'} {abs(b):g}"
    return fig.describe(
        f"데이터 {len(xs)}개와 직선 {line}. 각 점에서 직선까지 화살표로 그린 오차 y − H(x): "
        f"{errors}. MSE = {cost:g}.",
        f"{len(xs)} data points and the line {line}, with an arrow for each error y − H(x): "
        f"{errors}. MSE = {cost:g}.",
    )


@styled
def cost_curve(
    x: Tensor,
    y: Tensor,
    *,
    w_range: tuple[float, float] | None = None,
    b: float = 0.0,
    tangent_at: float | None = None,
) -> Figure:
    r"""Return a Figure of the cost $\frac{1}{n}\sum_i (Wx_i + b - y_i)^2$ over $W$ ($b$ fixed).

    The minimum, where the slope $\partial\,\mathrm{cost}/\partial W$ is 0, is marked (green). With
    ``tangent_at``, the tangent at that $W$ is drawn (red) with its slope written next to it.
    ``w_range`` is ``(lo, hi)`` of $W$; by default the minimum $\pm 3$.

    Examples:
        >>> from nnintro.data import linear_toy
        >>> fig = cost_curve(*linear_toy(), w_range=(-1, 5), tangent_at=4)
        >>> len(fig.axes[0].lines)  # the curve, then a tangent and a point at W = 2 and W = 4
        5
    """
    w_star = _best_w(x, y, b)
    lo, hi = w_range if w_range is not None else (w_star - 3, w_star + 3)
    fig = figure(figsize=(6, 4), layout="constrained")
    ax = fig.add_subplot()
    bottom = min(_cost_axes(ax, x, y, lo, hi, b))
    for w0 in [w_star] if tangent_at is None else [w_star, float(tangent_at)]:
        c0, at_min = _cost(x, y, w0, b), w0 == w_star
        # slope of the tangent: ∂cost/∂W at W0 (0 at the minimum)
        slope = 0.0 if at_min else functional.mse_line_grad(x.double(), y.double(), w0, b)[0].item()
        color = "C2" if at_min else "C3"
        room = (c0 - bottom) / abs(slope) if slope else math.inf  # keep the tangent in view
        half = (hi - lo) / 10 if at_min else max((hi - lo) / 20, min((hi - lo) / 6, 0.9 * room))
        ax.plot([w0 - half, w0 + half], [c0 - slope * half, c0 + slope * half], "--", color=color)
        ax.plot([w0], [c0], "o", color=color, zorder=3)
        side = 0 if at_min else 1 if w0 < w_star else -1  # write the slope inside the bowl
        ha, va = ["right", "center", "left"][side + 1], "top" if at_min else "center"
        text = rf"$\partial\,\mathrm{{cost}}/\partial W = {slope:.3g}$"
        _label(ax, text, (w0, c0), (10 * side, -8 if at_min else 0), ha=ha, va=va, color=color)
    ko = f"비용 곡선: W = {lo:g}에서 {hi:g}까지의 cost(W) (b = {b:g}), 기울기가 0인 최소점 "
    ko += f"W = {number(w_star)}"
    en = f"Cost curve: cost(W) for W from {lo:g} to {hi:g} (b = {b:g}), lowest where the slope "
    en += f"is 0, at W = {number(w_star)}"
    if tangent_at is not None:
        slope = functional.mse_line_grad(x.double(), y.double(), float(tangent_at), b)[0].item()
        ko += f"; W = {tangent_at:g}에서의 접선, 기울기 {number(slope)}"
        en += f"; the tangent at W = {tangent_at:g}, slope {number(slope)}"
    return fig.describe(ko + ".", en + ".")


@styled
def descent_paths(
    x: Tensor, y: Tensor, lrs: Sequence[float], *, w0: float, steps: int, b: float = 0.0
) -> Figure:
    r"""Return a Figure with one panel per learning rate $\alpha$: gradient descent on cost(W).

    Each panel draws the cost curve and the iterates $W_0 = $ ``w0``,
    $W_{t+1} = W_t - \alpha\,\partial\,\mathrm{cost}/\partial W(W_t)$ joined by arrows
    (``b`` fixed).
    A path that moves away from the minimum is drawn until it is 4 times as far as $W_0$ (the
    last arrow is cut at the frame) and its panel says "diverges"; the axes stay finite.

    Examples:
        >>> from nnintro.data import linear_toy
        >>> fig = descent_paths(*linear_toy(), [0.01, 0.1, 0.3], w0=0.0, steps=10)
        >>> [ax.get_title() for ax in fig.axes]
        ['$\\alpha = 0.01$', '$\\alpha = 0.1$', '$\\alpha = 0.3$']
    """
    if not lrs or steps < 0:
        raise ValueError(f"descent_paths: need at least one lr and steps >= 0, got {lrs}, {steps}")
    w_star = _best_w(x, y, b)
    d0 = abs(w0 - w_star) or 1.0
    cols = len(lrs) if len(lrs) <= 3 else 2  # at most 3 panels in a row, else 2 per row
    rows = math.ceil(len(lrs) / cols)
    fig = figure(figsize=(min(MAX_WIDTH, 3.4 * cols), 3.0 * rows), layout="constrained")
    ko, en = [], []
    for i, lr in enumerate(lrs):
        ws = [float(w0)]
        for _ in range(steps):
            grad_w = functional.mse_line_grad(x.double(), y.double(), ws[-1], b)[0].item()
            # W := W − α ∂cost/∂W
            ws.append(ws[-1] - lr * grad_w)
            if not abs(ws[-1] - w_star) <= 4 * d0:
                break  # far away (or not finite): stop; the last arrow is cut at the frame
        diverges = not abs(ws[-1] - w_star) <= abs(ws[0] - w_star)
        half = 1.2 * max(abs(w - w_star) for w in ws if abs(w - w_star) <= 4 * d0)
        ax = fig.add_subplot(rows, cols, i + 1)
        _cost_axes(ax, x, y, w_star - half, w_star + half, b)
        points = [(w, c) for w in ws if math.isfinite(c := _cost(x, y, w, b))]
        ax.plot(*zip(*points, strict=True), "o", color="C3", ms=4, zorder=3)
        for start, end in itertools.pairwise(points):
            ax.add_patch(FancyArrowPatch(start, end, color="C3", **_ARROW))
        note = "diverges" if diverges else f"$W_{{{len(ws) - 1}}} = {ws[-1]:.3g}$"
        end = f"W_{len(ws) - 1} = {ws[-1]:.3g}"
        ko.append(f"α = {lr:g}: " + ("발산" if diverges else end))
        en.append(f"α = {lr:g}: " + ("diverges" if diverges else end))
        color = "C3" if diverges else "black"
        ax.text(
            0.5, 0.95, note, transform=ax.transAxes, ha="center", va="top", color=color, bbox=_BOX
        )
        ax.set(title=f"$\\alpha = {lr:g}$", ylabel=r"$\mathrm{cost}(W)$" if i % cols == 0 else "")
    return fig.describe(
        f"학습률 {len(lrs)}개로 W = {w0:g}에서 출발한 경사 하강법 {steps}단계의 경로를 비용 곡선 "
        f"위에 화살표로 그린 그림. {'; '.join(ko)}.",
        f"Gradient descent from W = {w0:g} for {steps} steps with {len(lrs)} learning rates, "
        f"drawn as arrows on the cost curve. {'; '.join(en)}.",
    )
