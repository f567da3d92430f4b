"""Tests for nnintro.plot.cost_contour: the slice's minimum, its contours, the descent path."""

import itertools
import math
import re
from collections.abc import Iterator

import matplotlib.pyplot as plt
import pytest
import torch
from matplotlib.figure import Figure as MplFigure

from nnintro import functional, plot
from nnintro.data import linear_toy, quiz_scores


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    """Outside Jupyter the helpers' figures are pyplot's: close the ones each test made."""
    yield
    plt.close("all")


def texts(fig: MplFigure) -> list[str]:
    ax = fig.axes[0]
    return [ax.get_title(), ax.get_xlabel(), ax.get_ylabel(), *(t.get_text() for t in ax.texts)]


def assert_language_neutral(fig: MplFigure) -> None:
    for text in texts(fig):
        words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\$[^$]*\$", "", text))
        assert set(words) <= {"diverges"}, text


def test_minimum_of_a_slice_through_least_squares_is_least_squares() -> None:
    x, y = quiz_scores()
    w, b = functional.least_squares(x, y)
    fig = plot.cost_contour(x, y, w, b, vary=("w1", "b"))
    ax = fig.axes[0]
    (dot,) = [line for line in ax.lines if line.get_marker() == "o" and len(line.get_xdata()) == 1]
    torch.testing.assert_close(
        torch.tensor(dot.get_xydata()[0]), torch.tensor([w[0, 0].item(), b.item()]).double(),
        rtol=1e-4, atol=1e-3,
    )  # fmt: skip
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("$w_{1}$", "$b$")
    assert isinstance(fig, plot.Figure)
    assert_language_neutral(fig)


def test_minimum_of_a_slice_elsewhere_solves_the_two_parameter_problem() -> None:
    x, y = quiz_scores()
    x, y = x.double(), y.double()
    w = torch.tensor([0.5, 0.2, 0.9], dtype=torch.float64)
    fig = plot.cost_contour(x, y, w, 3.0, vary=("w2", "w3"))
    dot = next(line for line in fig.axes[0].lines if len(line.get_xdata()) == 1)
    u, v = dot.get_xydata()[0]
    # the gradient with respect to w2 and w3 vanishes there
    point = torch.tensor([[0.5], [u], [v]], dtype=torch.float64)
    grad_w, _ = functional.mse_linear_grad(x, y, point, torch.tensor([3.0], dtype=torch.float64))
    assert grad_w[1:].abs().max() < 1e-6
    assert (fig.axes[0].get_xlabel(), fig.axes[0].get_ylabel()) == ("$w_{2}$", "$w_{3}$")


def test_contour_levels_are_the_cost() -> None:
    """The filled contours' levels go from the slice's minimum cost upwards, quadratically."""
    x, y = linear_toy()
    ranges = ((1, 3), (-1, 1))
    fig = plot.cost_contour(x, y, torch.tensor([2.0]), 0.0, vary=("w1", "b"), ranges=ranges)
    fill = fig.axes[0].collections[0]
    levels = list(fill.levels)
    assert levels[0] == pytest.approx(0.0, abs=1e-9)  # y = 2x exactly: the minimum cost is 0
    steps = [b - a for a, b in itertools.pairwise(levels)]
    assert all(later > earlier for earlier, later in itertools.pairwise(steps))
    # the top level is the largest cost in the frame, at a corner: W = 3, b = 1 (or 1, -1)
    corner = functional.mse(3 * x + 1, y).item()
    assert levels[-1] == pytest.approx(corner, rel=1e-6)


def test_descent_path_matches_sgd_on_the_slice() -> None:
    x, y = quiz_scores()
    w, b = functional.least_squares(x, y)
    fig = plot.cost_contour(x, y, w, b, start=(0.0, 0.0), lr=1e-5, steps=4)
    path = next(line for line in fig.axes[0].lines if line.get_color() == "C3")
    # the same 4 steps with torch.optim.SGD on (w1, b), w2 and w3 fixed
    w1 = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    b0 = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([w1, b0], lr=1e-5)
    expected = [(0.0, 0.0)]
    for _ in range(4):
        weights = torch.cat([w1, w[1:, 0].double()]).view(-1, 1)
        optimizer.zero_grad()
        functional.mse(x.double() @ weights + b0, y.double()).backward()
        optimizer.step()
        expected.append((w1.item(), b0.item()))
    drawn = torch.tensor(path.get_xydata())
    torch.testing.assert_close(drawn, torch.tensor(expected, dtype=torch.float64))
    assert fig.axes[0].get_title() == "$\\alpha = 10^{-5}$"


@pytest.mark.parametrize("lr", [2e-4, 1.0, 1e300])  # the (w1, b) slice allows up to 1.37e-4
def test_diverging_path_is_cut_and_marked(lr: float) -> None:
    x, y = quiz_scores()
    w, b = functional.least_squares(x, y)
    fig = plot.cost_contour(x, y, w, b, ranges=((-1, 2), (-60, 60)), start=(0, 0), lr=lr, steps=50)
    ax = fig.axes[0]
    assert "diverges" in [t.get_text() for t in ax.texts]
    path = next(line for line in ax.lines if line.get_color() == "C3")
    assert len(path.get_xdata()) < 51
    assert all(math.isfinite(v) for v in (*ax.get_xlim(), *ax.get_ylim()))
    assert ax.get_xlim() == (-1, 2)
    assert_language_neutral(fig)
    fig._repr_png_()  # renders


def test_draws_into_a_given_axes() -> None:
    x, y = quiz_scores()
    z, _, _ = functional.standardize(x)
    w, b = functional.least_squares(z, y)
    fig = plot.Figure(figsize=(8, 4))
    left, right = fig.subplots(1, 2)
    assert plot.cost_contour(z, y, w, b, ax=right) is fig
    assert not left.collections and right.collections
    assert right.get_title() == ""  # no path, no title


def test_title_of_a_learning_rate_with_a_mantissa() -> None:
    x, y = quiz_scores()
    w, b = functional.least_squares(x, y)
    fig = plot.cost_contour(x, y, w, b, start=(0, 0), lr=2.5e-5, steps=1)
    assert fig.axes[0].get_title() == "$\\alpha = 2.5 \\times 10^{-5}$"


@pytest.mark.parametrize(
    ("vary", "message"),
    [(("w4", "b"), "unknown parameter 'w4'; use 'w1' to 'w3' or 'b'"),
     (("w1", "w1"), "two different parameters"), (("c", "b"), "unknown parameter 'c'")],
)  # fmt: skip
def test_bad_parameter_names(vary: tuple[str, str], message: str) -> None:
    x, y = quiz_scores()
    with pytest.raises(ValueError, match=re.escape(message)):
        plot.cost_contour(x, y, torch.zeros(3), 0.0, vary=vary)


def test_shape_errors_name_the_shapes() -> None:
    x, y = quiz_scores()
    with pytest.raises(ValueError, match=r"y \(5,\)"):
        plot.cost_contour(x, y.view(-1), torch.zeros(3), 0.0)
    with pytest.raises(ValueError, match=r"w \(2,\)"):
        plot.cost_contour(x, y, torch.zeros(2), 0.0)
