"""Chapter 5's figure: what nn.Linear(3, 1) computes, drawn as inputs, weights, a sum and a bias.

Only symbols and code names appear in it, so one figure serves both languages.
The module also holds the lecture's two training runs, whose results the pages quote through
`numbers()`; tests/docs/test_ch05_theory.py checks the figure, the runs and the pages.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import torch
import torch.nn.functional as F
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch
from torch import nn

from nnintro import data, plot

# Chapter 5: the layer drawn, nn.Linear(IN_FEATURES, 1), as for the quiz data.
CH05_IN_FEATURES = 3
# Chapter 5: the lecture's runs: torch.manual_seed(1), then nn.Linear(n, 1) trained by SGD on
# F.mse_loss over range(nb_epochs + 1) with nb_epochs = 2000, i.e. 2,001 updates.
CH05_SEED = 1
CH05_UPDATES = 2001
CH05_LR = {1: 0.01, 3: 1e-5}  # in_features -> learning rate
CH05_NEW_INPUT = {1: (4.0,), 3: (73.0, 80.0, 75.0)}  # in_features -> the input the page predicts


def lecture_data(in_features: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The lecture's data: x = 1, 2, 3 and y = 2x for one feature, the quiz scores for three."""
    return data.linear_toy() if in_features == 1 else data.quiz_scores()


@functools.cache  # the pages' numbers and the tests share one run
def lecture_run(in_features: int) -> tuple[nn.Linear, list[float]]:
    """Train nn.Linear(in_features, 1) as the lecture does; return it and the cost before each
    update (2,001 costs, epochs 0 to 2000)."""
    x, y = lecture_data(in_features)
    torch.manual_seed(CH05_SEED)
    model = nn.Linear(in_features, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=CH05_LR[in_features])
    costs = []
    for _ in range(CH05_UPDATES):
        cost = F.mse_loss(model(x), y)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return model, costs


def prediction(in_features: int) -> float:
    """What the trained model of `lecture_run(in_features)` predicts for CH05_NEW_INPUT."""
    model, _ = lecture_run(in_features)
    with torch.no_grad():
        return model(torch.tensor([CH05_NEW_INPUT[in_features]])).item()


def numbers() -> dict[str, str]:
    """The results of the two runs that the pages quote, formatted as the pages print them."""
    single, single_costs = lecture_run(1)
    _, multi_costs = lecture_run(3)
    return {
        "single_first_cost": f"{single_costs[0]:.4f}",
        "single_prediction": f"{prediction(1):.4f}",
        "single_w": f"{single.weight.item():.4f}",
        "single_b": f"{single.bias.item():.4f}",
        "multi_first_cost": f"{multi_costs[0]:.4f}",
        "multi_prediction": f"{prediction(3):.4f}",
        "multi_final_cost": f"{multi_costs[-1]:.4f}",
    }


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
