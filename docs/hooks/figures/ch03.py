"""Chapter 3's figures: the errors of a line, the cost curve and gradient-descent paths.

The constants are the values the pages state in words; tests/docs/test_ch03_theory.py checks that
page text, figures and numbers agree.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

from nnintro import data, plot

# Chapter 3: the worked example's line y = 13x + 1.
CH03_LINE_W = 13.0
CH03_LINE_B = 1.0
# Chapter 3: the cost curve over W with b fixed, and where its tangent is drawn.
CH03_B = 0.0
CH03_W_RANGE = (-1.0, 5.0)
CH03_TANGENT_AT = 3.0
# Chapter 3: gradient descent from W0 for STEPS updates with a small, a good and a too large lr.
CH03_LRS = (0.01, 0.1, 0.25)
CH03_W0 = 0.0
CH03_STEPS = 10


def ch03_errors() -> Figure:
    """Study hours vs scores, the line 13x + 1 and the error of each point."""
    x, y = data.study_hours()
    return plot.regression_errors(x, y, CH03_LINE_W, CH03_LINE_B)


def ch03_cost_curve() -> Figure:
    """cost(W) = (14/3)(W - 2)^2 on x = 1, 2, 3, y = 2, 4, 6 with its tangent at W = 3."""
    x, y = data.linear_toy()
    return plot.cost_curve(x, y, w_range=CH03_W_RANGE, b=CH03_B, tangent_at=CH03_TANGENT_AT)


def ch03_learning_rates() -> Figure:
    """Gradient-descent paths on the same cost for a too small, a good and a too large lr."""
    x, y = data.linear_toy()
    return plot.descent_paths(x, y, CH03_LRS, w0=CH03_W0, steps=CH03_STEPS, b=CH03_B)


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch03-errors.svg": ch03_errors,
    "ch03-cost-curve.svg": ch03_cost_curve,
    "ch03-learning-rates.svg": ch03_learning_rates,
}
