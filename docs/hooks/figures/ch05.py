"""Chapter 5's figure: what nn.Linear(3, 1) computes, drawn as inputs, weights, a sum and a bias.

Only symbols and code names appear in it, so one figure serves both languages.
tests/docs/test_ch05_theory.py checks that the pages reference it and that it renders.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch

from nnintro import plot

# Chapter 5: the layer drawn, nn.Linear(IN_FEATURES, 1), as for the quiz data.
CH05_IN_FEATURES = 3
_ARROW = {"arrowstyle": "-|>", "mutation_scale": 14, "lw": 1.4, "color": "0.25"}


def _node(ax, xy: tuple[float, float], text: str, color: str) -> None:
    """A circle at ``xy`` with ``text`` inside."""
    ax.add_patch(Circle(xy, 0.32, fc=color, ec="0.25", lw=1.4, zorder=2))
    ax.text(*xy, text, ha="center", va="center", fontsize=15, zorder=3)


def _arrow(ax, start: tuple[float, float], end: tuple[float, float], label: str, t: float) -> None:
    """An arrow from ``start`` to ``end`` (shrunk to the circles), ``label`` at fraction ``t``
    (above a flat arrow, to the right of a steep one)."""
    ax.add_patch(FancyArrowPatch(start, end, shrinkA=22, shrinkB=22, **_ARROW))
    x, y = start[0] + t * (end[0] - start[0]), start[1] + t * (end[1] - start[1])
    box = {"fc": "white", "ec": "none", "pad": 1.0}
    steep = abs(end[1] - start[1]) > abs(end[0] - start[0])
    x, y = (x + 0.3, y - 0.2) if steep else (x, y + 0.18)
    ax.text(x, y, label, ha="center", va="bottom", fontsize=14, color="C3", bbox=box)


def ch05_linear_layer() -> Figure:
    """Inputs x_j, weights w_j, the sum with the bias b, and the output H(x) of nn.Linear(3, 1)."""
    n = CH05_IN_FEATURES
    fig = plot.Figure(figsize=(7.5, 3.8), layout="constrained")
    ax = fig.add_subplot()
    ax.set(xlim=(-0.8, 7.6), ylim=(-3.0, 2.0), aspect="equal")
    ax.axis("off")
    total = (3.6, 0.0)
    for j in range(n):
        xy = (0.0, 1.4 - 1.4 * j)
        _node(ax, xy, f"$x_{j + 1}$", "#dbe9f6")
        _arrow(ax, xy, total, f"$w_{j + 1}$", 0.42)
    one = (2.6, -1.7)
    _node(ax, one, "$1$", "#eeeeee")
    _arrow(ax, one, total, "$b$", 0.4)
    _node(ax, total, r"$\Sigma$", "#fde2c8")
    ax.add_patch(FancyArrowPatch(total, (5.6, 0.0), shrinkA=22, shrinkB=2, **_ARROW))
    ax.text(5.7, 0.0, "$H(x)$", ha="left", va="center", fontsize=15)
    formula = r"$H(x) = w_1 x_1 + w_2 x_2 + w_3 x_3 + b = x W^\top + b$"
    ax.text(3.4, -2.95, formula, ha="center", va="bottom", fontsize=13)
    shapes = f"weight: (1, {n})\nbias: (1,)"
    ax.text(5.6, 1.6, shapes, ha="left", va="top", fontsize=12, family="monospace")
    return fig


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch05-linear-layer.svg": ch05_linear_layer,
}
