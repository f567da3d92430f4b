"""Chapter 4's figures: cost contours of raw vs standardized features, and the gap to least squares.

The constants are the settings the pages state in words; `numbers()` gives the results of the
training runs that the pages quote (`{{ ch04.key }}`), from the same runs that draw the gap figure.
tests/docs/test_ch04_theory.py checks that page text, figures and numbers agree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import torch
from matplotlib.figure import Figure
from torch import Tensor

from nnintro import data, functional, plot

# Chapter 4: the lecture's learning rate on raw scores, and ours on standardized scores.
CH04_LR_RAW = 1e-5
CH04_LR_STD = 0.1
# Chapter 4: the contour slice (w1 and b move, w2 and w3 stay at least squares) and its view.
CH04_VARY = ("w1", "b")
CH04_RANGES_RAW = ((-0.5, 2.0), (-60.0, 60.0))
CH04_RANGES_STD = ((-180.0, 200.0), (-10.0, 370.0))
CH04_START = (0.0, 0.0)
CH04_STEPS = 30
# Chapter 4: epochs of the learning curves (the gap to the least-squares cost), the epochs of the
# gap table, the longer raw-score run the text quotes, and the lecture's run (epochs 0 to 20).
CH04_EPOCHS = 2000
CH04_TABLE_EPOCHS = (20, 200, 2000)
CH04_LONG_EPOCHS = 20_000
CH04_LECTURE_EPOCHS = 20


def train_costs(x: Tensor, y: Tensor, lr: float, epochs: int) -> list[float]:
    """Costs after 0, 1, ..., epochs updates of SGD from W = 0, b = 0 (float32, as the lecture)."""
    w = torch.zeros((x.shape[1], 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w, b], lr=lr)
    costs = []
    for _ in range(epochs):
        cost = torch.mean((x @ w + b - y) ** 2)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return [*costs, torch.mean((x @ w + b - y) ** 2).item()]


@functools.cache
def runs() -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The costs after 0, 1, ... updates of the two runs the pages show, trained once per build:
    raw scores (lr 1e-5, CH04_LONG_EPOCHS) and standardized scores (lr 0.1, CH04_EPOCHS)."""
    x, y = data.quiz_scores()
    z, _, _ = functional.standardize(x)
    raw = train_costs(x, y, CH04_LR_RAW, CH04_LONG_EPOCHS)
    std = train_costs(z, y, CH04_LR_STD, CH04_EPOCHS)
    return tuple(raw), tuple(std)


def best_cost() -> float:
    """cost* = the MSE of the least-squares solution on the raw scores (float64)."""
    x, y = data.quiz_scores()
    w, b = functional.least_squares(x.double(), y.double())
    return functional.mse(x.double() @ w + b, y.double()).item()


def numbers() -> dict[str, str]:
    """What the pages quote from the runs: the lecture's last cost and the gaps cost − cost*."""
    raw, std = runs()
    best = best_cost()
    values = {"lecture_cost": f"{raw[CH04_LECTURE_EPOCHS]:.3f}"}
    for epochs in CH04_TABLE_EPOCHS:
        values[f"gap_raw_{epochs}"] = f"{raw[epochs] - best:.3g}"
        values[f"gap_std_{epochs}"] = f"{std[epochs] - best:.2g}"
    values[f"gap_raw_{CH04_LONG_EPOCHS}"] = f"{raw[CH04_LONG_EPOCHS] - best:.2g}"
    return values


def ch04_contours() -> Figure:
    """The (w1, b) slice of the cost: a narrow valley for raw scores, a round bowl standardized."""
    x, y = data.quiz_scores()
    z, _, _ = functional.standardize(x)
    fig = plot.Figure(figsize=(plot.MAX_WIDTH, 3.5), layout="constrained")
    left, right = fig.subplots(1, 2)
    for ax, features, lr, ranges in (
        (left, x, CH04_LR_RAW, CH04_RANGES_RAW),
        (right, z, CH04_LR_STD, CH04_RANGES_STD),
    ):
        w, b = functional.least_squares(features, y)
        plot.cost_contour(
            features, y, w, b, vary=CH04_VARY, ranges=ranges, start=CH04_START, lr=lr,
            steps=CH04_STEPS, ax=ax,
        )  # fmt: skip
    right.set_aspect("equal")
    return fig


def ch04_gap() -> Figure:
    """cost − cost* per epoch for raw scores (lr 1e-5) and standardized scores (lr 0.1)."""
    raw, std = runs()
    best = best_cost()
    fig = plot.loss_history(
        {
            r"$x$, $\alpha = 10^{-5}$": [c - best for c in raw[: CH04_EPOCHS + 1]],
            r"$z$, $\alpha = 0.1$": [c - best for c in std],
        }
    )
    fig.axes[0].set_ylabel(r"$\mathrm{cost} - \mathrm{cost}^*$")
    return fig


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch04-contours.svg": ch04_contours,
    "ch04-gap.svg": ch04_gap,
}
