"""Chapter 1's figures: one input, three kinds of target; a guessed line and the best line.

The data are the lecture's: four students who studied 10, 9, 3 and 2 hours, with their score,
pass/fail and letter grade. The constants are what the pages state in their tables;
tests/docs/test_ch01_theory.py checks that page text, figures and computation agree.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from nnintro import functional
from nnintro.plot import MAX_WIDTH
from nnintro.plot import Figure as NNFigure

# The lecture's four students: hours studied, then three targets for the same inputs.
CH01_HOURS = (10, 9, 3, 2)
CH01_SCORES = (90, 80, 50, 30)  # regression: a number
CH01_PASS = (1, 1, 0, 0)  # binary classification: pass (1) or fail (0)
CH01_GRADES = ("A", "B", "D", "F")  # multi-class classification: one letter of GRADE_SCALE
CH01_GRADE_SCALE = ("F", "D", "C", "B", "A")  # bottom to top of the figure's y axis
# A line someone might guess before training: every hour adds 5 points to a base of 40.
CH01_GUESS_W = 5.0
CH01_GUESS_B = 40.0
# The new input the pages predict for.
CH01_NEW_HOURS = 7.0


def lecture_data() -> tuple[torch.Tensor, torch.Tensor]:
    """Return hours ``x`` and scores ``y`` of the four students, float64 of shape (4, 1)."""
    x = torch.tensor(CH01_HOURS, dtype=torch.float64).view(-1, 1)
    y = torch.tensor(CH01_SCORES, dtype=torch.float64).view(-1, 1)
    return x, y


def best_line() -> tuple[float, float]:
    """Return (W, b) of the line with the smallest MSE on the lecture data (least squares)."""
    x, y = lecture_data()
    # [x 1] [W b]^T ≈ y, solved for the smallest sum of squared errors
    solution = torch.linalg.lstsq(torch.cat([x, torch.ones_like(x)], dim=1), y).solution
    w, b = solution.flatten().tolist()
    return round(w, 10), round(b, 10)


def line_mse(w: float, b: float) -> float:
    """Return the MSE of the line H(x) = Wx + b on the lecture data."""
    x, y = lecture_data()
    return functional.mse(functional.line(x, w, b), y).item()


def _equation(w: float, b: float) -> str:
    return f"$H(x) = {w:g}x {'-' if b < 0 else '+'} {abs(b):g}$"


def _points(ax: Axes, ys: list[float], title: str) -> None:
    ax.plot(CH01_HOURS, ys, "o", color="C1", ms=8, zorder=3)
    ax.set(xlabel="$x$", title=title, xlim=(0, 11), xticks=range(0, 12, 2))
    ax.grid(True, alpha=0.3)


def ch01_three_targets() -> Figure:
    """The same hours x with three targets: a score, pass/fail, and a letter grade."""
    fig = NNFigure(figsize=(MAX_WIDTH, 2.9), layout="constrained")
    score, passed, grade = fig.subplots(1, 3)
    _points(score, list(CH01_SCORES), r"$y \in [0, 100]$")
    score.set(ylim=(0, 100), ylabel="$y$")
    _points(passed, list(CH01_PASS), r"$y \in \{0, 1\}$")
    passed.set(ylim=(-0.3, 1.3), yticks=[0, 1])
    levels = [CH01_GRADE_SCALE.index(g) for g in CH01_GRADES]
    _points(grade, levels, r"$y \in \{A, B, C, D, F\}$")
    grade.set(ylim=(-0.5, 4.5), yticks=range(5), yticklabels=CH01_GRADE_SCALE)
    return fig


def ch01_parameters() -> Figure:
    """The data with a guessed line and with the best line, each with its errors and MSE."""
    x, y = lecture_data()
    fig = NNFigure(figsize=(MAX_WIDTH, 3.5), layout="constrained")
    lines = [(CH01_GUESS_W, CH01_GUESS_B), best_line()]
    for ax, (w, b) in zip(fig.subplots(1, 2, sharey=True), lines, strict=True):
        ends = [0.0, 11.0]
        ax.plot(ends, [w * e + b for e in ends], color="C0", lw=2)
        for xi, yi in zip(x.flatten().tolist(), y.flatten().tolist(), strict=True):
            ax.plot([xi, xi], [w * xi + b, yi], color="C3", lw=1.5)  # the error y_i - H(x_i)
        _points(ax, y.flatten().tolist(), f"{_equation(w, b)},  MSE = {line_mse(w, b):g}")
        ax.set(ylim=(0, 105))
    # the trained model answers a new input: H(7) on the best line
    w, b = best_line()
    new_y = w * CH01_NEW_HOURS + b
    ax.plot([CH01_NEW_HOURS], [new_y], "o", color="C2", mfc="white", mew=2, ms=8, zorder=4)
    ax.annotate(
        f"$H({CH01_NEW_HOURS:g}) = {new_y:g}$",
        (CH01_NEW_HOURS, new_y),
        xytext=(8, -14),
        textcoords="offset points",
        color="C2",
    )
    fig.axes[0].set(ylabel="$y$")
    return fig


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch01-three-targets.svg": ch01_three_targets,
    "ch01-parameters.svg": ch01_parameters,
}
