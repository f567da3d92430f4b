r"""Cost surfaces: the cost of $H(X) = XW + b$ over two of its parameters, seen from above.

The MSE of linear regression is a quadratic bowl in $(W, b)$. Fixing all parameters but two cuts
a 2-D slice of it; ``cost_contour`` draws that slice as contour lines, marks its lowest point and
can draw the path of gradient descent on it. Round contours mean one learning rate suits every
direction; long, thin ones (a valley) mean it does not.
"""

import torch
from matplotlib.axes import Axes
from matplotlib.figure import Figure as MplFigure
from torch import Tensor

from nnintro import functional
from nnintro.plot._figure import BOX as _BOX
from nnintro.plot._figure import STYLE, Figure, figure, styled

_Range = tuple[float, float]


def _index(name: str, d: int) -> int:
    """Return the position of parameter ``name`` ("w1".."wd" or "b") in θ = [w_1 … w_d, b]."""
    if name == "b":
        return d
    if name.startswith("w") and name[1:].isdigit() and 1 <= int(name[1:]) <= d:
        return int(name[1:]) - 1
    raise ValueError(f"cost_contour: unknown parameter {name!r}; use 'w1' to 'w{d}' or 'b'")


def _label(name: str) -> str:
    """Return the axis label of a parameter: 'w12' → '$w_{12}$', 'b' → '$b$'."""
    return "$b$" if name == "b" else f"$w_{{{name[1:]}}}$"


def _math(value: float) -> str:
    """Return value as mathtext: 0.1 → '0.1', 1e-05 → '10^{-5}', 3e-05 → '3 \\times 10^{-5}'"""
    text = f"{value:g}"
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    power = f"10^{{{int(exponent)}}}"
    return power if mantissa == "1" else rf"{mantissa} \times {power}"


@styled
def cost_contour(
    x: Tensor,
    y: Tensor,
    w: Tensor,
    b: float | Tensor,
    *,
    vary: tuple[str, str] = ("w1", "b"),
    ranges: tuple[_Range, _Range] | None = None,
    start: tuple[float, float] | None = None,
    lr: float = 0.0,
    steps: int = 0,
    ax: Axes | None = None,
) -> MplFigure:
    r"""Return a Figure of the cost's contours over two parameters of $H(X) = XW + b$.

    The cost is $\frac{1}{n}\lVert XW + b - y\rVert^2$ as a function of the two parameters named in
    ``vary``; the others stay fixed at ``w`` and ``b``.
    On the slice the cost is $c^* + \delta^\top A\,\delta$ with $\delta$ the offset from the
    slice's minimum (green dot) and $A = \frac{1}{n}\tilde X_{pq}^\top \tilde X_{pq}$ built from the
    two columns of $\tilde X = [X\ \mathbf 1]$ that the parameters multiply. Contours are drawn at
    $c^* + (k/12)^2 (c_{\max} - c^*)$, $k = 1, \dots, 12$: evenly spaced rings for a round bowl.
    With ``start`` and ``lr``, ``steps`` updates of gradient descent on the slice,
    $\theta_{pq} := \theta_{pq} - \alpha\,\partial\,\mathrm{cost}/\partial\theta_{pq}$, are drawn
    (red); a path that leaves the frame far behind is cut there and marked "diverges".

    Args:
        x: inputs, shape (n, d).
        y: targets, shape (n, 1).
        w: the weights at which the slice is taken, shape (d,) or (d, 1).
        b: the bias at which the slice is taken.
        vary: the two parameters on the axes: ``"w1"`` to ``"wd"`` or ``"b"``.
        ranges: ``((lo, hi), (lo, hi))`` of the two axes; by default the minimum $\pm$ 1.3 times
            the farthest of ``start`` and the given point (at least 1).
        start: the first point of the descent path, in the two varied parameters.
        lr: the learning rate $\alpha$ of the path.
        steps: the number of updates drawn.
        ax: draw into this Axes (e.g. one panel of a larger figure) instead of a new Figure.

    Returns:
        The Figure drawn on (the Figure of ``ax`` when it is given).

    Raises:
        ValueError: for an unknown or repeated parameter name, or shapes that do not fit.

    Examples:
        >>> from nnintro.data import quiz_scores
        >>> x, y = quiz_scores()
        >>> w, b = functional.least_squares(x, y)
        >>> fig = cost_contour(x, y, w, b.item(), vary=("w1", "b"), start=(0, 0), lr=1e-5, steps=5)
        >>> fig.axes[0].get_xlabel(), fig.axes[0].get_ylabel(), fig.axes[0].get_title()
        ('$w_{1}$', '$b$', '$\\alpha = 10^{-5}$')
    """
    n, d = x.shape if x.dim() == 2 else (len(x), 0)
    if x.dim() != 2 or y.shape != (n, 1) or torch.as_tensor(w).numel() != d:
        raise ValueError(
            f"cost_contour: need x (n, d), y (n, 1) and w with d numbers; got x {tuple(x.shape)}, "
            f"y {tuple(y.shape)}, w {tuple(torch.as_tensor(w).shape)}"
        )
    p, q = (_index(name, d) for name in vary)
    if p == q:
        raise ValueError(f"cost_contour: vary needs two different parameters, got {vary}")
    x64 = torch.cat([x.detach().double(), torch.ones(n, 1, dtype=torch.float64)], dim=1)
    y64 = y.detach().double().flatten()
    theta = torch.cat([torch.as_tensor(w).double().flatten(), torch.as_tensor(b).double().view(1)])
    # the rest of the model: r = y − Σ_{j ∉ {p, q}} θ_j x̃_j
    others = [j for j in range(d + 1) if j not in (p, q)]
    rest = y64 - x64[:, others] @ theta[others]
    cols = x64[:, [p, q]]
    low = torch.linalg.lstsq(cols, rest.view(-1, 1), driver="gelsd").solution.flatten().tolist()
    # cost = c* + δᵀAδ with A = (1/n) X̃_pqᵀ X̃_pq
    a = (cols.T @ cols / n).tolist()
    c_min = ((cols @ torch.tensor(low, dtype=torch.float64) - rest) ** 2).mean().item()

    def cost(u: Tensor | float, v: Tensor | float) -> Tensor | float:
        du, dv = u - low[0], v - low[1]
        return c_min + a[0][0] * du * du + 2 * a[0][1] * du * dv + a[1][1] * dv * dv

    if ranges is None:
        far = [max(1.0, abs(theta[k].item() - low[i])) for i, k in enumerate((p, q))]
        if start is not None:
            far = [max(f, abs(s - m)) for f, s, m in zip(far, start, low, strict=True)]
        ranges = tuple((m - 1.3 * f, m + 1.3 * f) for m, f in zip(low, far, strict=True))
    (u0, u1), (v0, v1) = ranges
    uu, vv = torch.meshgrid(
        torch.linspace(u0, u1, 101, dtype=torch.float64),
        torch.linspace(v0, v1, 101, dtype=torch.float64),
        indexing="xy",
    )
    grid = cost(uu, vv)
    top = grid.max().item()
    levels = [c_min + (k / 12) ** 2 * (top - c_min) for k in range(13)]
    if ax is None:
        ax = figure(figsize=(5, 4.5), layout="constrained").add_subplot()
    fill = ax.contourf(
        uu.numpy(), vv.numpy(), grid.numpy(), levels=levels, cmap="Blues_r", alpha=0.8
    )
    fill.set_rasterized(True)  # a picture, not thousands of vector paths, in SVG output
    ax.contour(uu.numpy(), vv.numpy(), grid.numpy(), levels=levels[1:], colors="C0", linewidths=0.6)
    ax.plot([low[0]], [low[1]], "o", color="C2", ms=7, zorder=4)
    if start is not None and steps > 0:
        path, diverges = [tuple(map(float, start))], False
        for _ in range(steps):
            point = theta.clone()
            point[[p, q]] = torch.tensor(path[-1], dtype=torch.float64)
            grad_w, grad_b = functional.mse_linear_grad(
                x64[:, :d], y64.view(-1, 1), point[:d].view(-1, 1), point[d:]
            )
            grad = torch.cat([grad_w.flatten(), grad_b])
            # θ_pq := θ_pq − α ∂cost/∂θ_pq
            path.append((path[-1][0] - lr * grad[p].item(), path[-1][1] - lr * grad[q].item()))
            # stop once the path is two frame widths from the centre (NaN compares False)
            u, v = path[-1]
            far_u, far_v = abs(u - (u0 + u1) / 2) / (u1 - u0), abs(v - (v0 + v1) / 2) / (v1 - v0)
            if not (far_u <= 2 and far_v <= 2):
                diverges = True
                break
        us, vs = zip(*path, strict=True)
        ax.plot(us, vs, "o-", color="C3", ms=3, lw=1.2, zorder=3)
        ax.set_title(f"$\\alpha = {_math(lr)}$")
        if diverges:
            style = {"ha": "center", "va": "top", "color": "C3", "bbox": _BOX}
            ax.text(0.5, 0.95, "diverges", transform=ax.transAxes, **style)
    ax.set(xlabel=_label(vary[0]), ylabel=_label(vary[1]), xlim=(u0, u1), ylim=(v0, v1))
    ax.tick_params(labelsize=STYLE["xtick.labelsize"])  # an Axes made outside style() too
    ax.xaxis.label.set_fontsize(STYLE["axes.labelsize"])
    ax.yaxis.label.set_fontsize(STYLE["axes.labelsize"])
    names = f"{vary[0]}, {vary[1]}"
    ko = f"비용의 등고선: ({names})에 대한 비용, 최소점 ({low[0]:.3g}, {low[1]:.3g})"
    en = f"Contours of the cost over ({names}), lowest at ({low[0]:.3g}, {low[1]:.3g})"
    if start is not None and steps > 0:
        end = f"({path[-1][0]:.3g}, {path[-1][1]:.3g})"
        ko += f"; 학습률 {lr:g}로 ({start[0]:g}, {start[1]:g})에서 출발한 경사 하강법 {steps}단계"
        en += f"; gradient descent from ({start[0]:g}, {start[1]:g}), learning rate {lr:g}, "
        en += f"{steps} steps"
        ko += ", 발산" if diverges else f", 끝점 {end}"
        en += ", diverges" if diverges else f", ending at {end}"
    if isinstance(ax.figure, Figure):
        ax.figure.describe(ko + ".", en + ".")
    return ax.figure
