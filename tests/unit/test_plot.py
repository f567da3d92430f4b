"""Tests for nnintro.plot: what each figure holds."""

import math
import re
from collections.abc import Iterator

import matplotlib.pyplot as plt
import pytest
import torch
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch

from nnintro import plot
from nnintro.data import linear_toy, study_hours
from nnintro.models import LinearRegression
from nnintro.train import DivergenceError, History, fit

# words allowed outside $...$ math: abbreviations, and the words nnintro.plot translates (shown in
# Korean on Korean pages, see test_plot_pages.py)
ALLOWED_WORDS = {"MSE", "BCE", *" ".join(plot.WORDS).split()}


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    """Outside Jupyter the helpers' figures are pyplot's: close the ones each test made."""
    yield
    plt.close("all")


def arrows(fig: Figure, panel: int = 0) -> list[FancyArrowPatch]:
    return [p for p in fig.axes[panel].patches if isinstance(p, FancyArrowPatch)]


def all_texts(fig: Figure) -> list[str]:
    texts = []
    for ax in fig.axes:
        texts += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        texts += [t.get_text() for t in ax.texts]
        if ax.get_legend() is not None:
            texts += [t.get_text() for t in ax.get_legend().get_texts()]
    return texts


def assert_language_neutral(fig: Figure) -> None:
    for text in all_texts(fig):
        words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\$[^$]*\$", "", text))
        assert set(words) <= ALLOWED_WORDS, text


def assert_renders(fig: Figure) -> None:
    assert isinstance(fig, Figure)
    png, meta = fig._repr_png_()  # what Jupyter shows
    width, height = fig.get_size_inches() * fig.dpi  # shown at 1x, drawn at 2x
    assert png.startswith(b"\x89PNG")
    assert (meta["width"], meta["height"]) == (round(width), round(height))
    assert meta["alt"] and "No description" not in meta["alt"]


def test_regression_errors_on_the_worked_example() -> None:
    fig = plot.regression_errors(*study_hours(), w=13, b=1)
    (ax,) = fig.axes
    assert ax.get_title() == "MSE = 52.5"
    assert len(ax.lines) == 3  # the line, the predictions, the data
    assert len(arrows(fig)) == 4
    assert [t.get_text() for t in ax.texts] == ["−2", "10", "−9", "−5"]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("$x$", "$y$")
    assert_language_neutral(fig)
    assert_renders(fig)


def test_regression_errors_with_a_perfect_fit_and_tensor_parameters() -> None:
    x, y = linear_toy()
    fig = plot.regression_errors(x, y, torch.tensor(2.0), torch.tensor(0.0))
    assert fig.axes[0].get_title() == "MSE = 0"
    assert [t.get_text() for t in fig.axes[0].texts] == ["0", "0", "0"]
    assert_renders(fig)


def test_cost_curve_marks_the_minimum() -> None:
    fig = plot.cost_curve(*linear_toy(), w_range=(-1, 5))
    (ax,) = fig.axes
    assert len(ax.lines) == 3  # curve, flat tangent, minimum point
    assert ax.lines[2].get_xydata().tolist() == [[2.0, 0.0]]
    assert ax.get_xlim() == (-1, 5)
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("$W$", r"$\mathrm{cost}(W)$")
    assert_language_neutral(fig)
    assert_renders(fig)


def test_cost_curve_tangent_has_the_slope_of_the_cost() -> None:
    fig = plot.cost_curve(*linear_toy(), w_range=(-1, 5), tangent_at=4)
    ax = fig.axes[0]
    assert len(ax.lines) == 5
    (w1, w2), (c1, c2) = ax.lines[3].get_data()
    slope = (c2 - c1) / (w2 - w1)
    assert slope == pytest.approx(2 / 3 * (4 - 2) * (1 + 4 + 9))  # (2/n) Σ (W x_i - y_i) x_i
    assert "18.7" in ax.texts[1].get_text()
    assert_language_neutral(fig)


def test_cost_curve_default_range_is_around_the_minimum() -> None:
    fig = plot.cost_curve(*study_hours(), b=1.0)
    lo, hi = fig.axes[0].get_xlim()
    w_best = fig.axes[0].lines[2].get_xdata()[0]
    assert lo < w_best < hi and hi - lo == pytest.approx(6)


def test_descent_paths_one_panel_per_learning_rate() -> None:
    fig = plot.descent_paths(*linear_toy(), [0.01, 0.1, 0.2], w0=0.0, steps=10)
    assert len(fig.axes) == 3
    assert [ax.get_title() for ax in fig.axes] == [
        "$\\alpha = 0.01$",
        "$\\alpha = 0.1$",
        "$\\alpha = 0.2$",
    ]
    for i, ax in enumerate(fig.axes):
        assert len(arrows(fig, i)) == 10
        assert len(ax.lines[1].get_xdata()) == 11  # W_0 ... W_10
    assert "$W_{10} = 2$" in [t.get_text() for t in fig.axes[1].texts]
    assert_language_neutral(fig)
    assert_renders(fig)


@pytest.mark.parametrize("lr", [0.25, 0.5, 10.0, 1e300])
def test_descent_paths_with_a_diverging_lr_stays_finite(lr: float) -> None:
    fig = plot.descent_paths(*linear_toy(), [0.1, lr], w0=4.0, steps=30)
    ax = fig.axes[1]
    assert "diverges" in [t.get_text() for t in ax.texts]
    assert "diverges" not in [t.get_text() for t in fig.axes[0].texts]
    for limit in (*ax.get_xlim(), *ax.get_ylim()):
        assert math.isfinite(limit) and abs(limit) < 1e4
    assert len(arrows(fig, 1)) < 30  # the path is cut once it is far away
    assert_renders(fig)


def test_descent_paths_needs_learning_rates() -> None:
    with pytest.raises(ValueError, match="at least one lr"):
        plot.descent_paths(*linear_toy(), [], w0=0.0, steps=5)


def test_loss_history_from_a_mapping_drops_non_finite_values() -> None:
    fig = plot.loss_history({"a": [4.0, math.nan, 1.0, math.inf], "b": [3.0, 2.0, 1.0]})
    (ax,) = fig.axes
    assert [line.get_label() for line in ax.lines] == ["a", "b"]
    assert ax.lines[0].get_xdata().tolist() == [1, 3]
    assert ax.lines[0].get_ydata().tolist() == [4.0, 1.0]
    assert ax.get_yscale() == "log"
    assert_language_neutral(fig)
    assert_renders(fig)


def test_loss_history_linear_scale_keeps_zero() -> None:
    fig = plot.loss_history({"a": [1.0, 0.0]}, log_y=False)
    assert fig.axes[0].get_yscale() == "linear"
    assert fig.axes[0].lines[0].get_ydata().tolist() == [1.0, 0.0]
    log_fig = plot.loss_history({"a": [1.0, 0.0]})
    assert log_fig.axes[0].lines[0].get_ydata().tolist() == [1.0]


def test_loss_history_from_a_history_and_a_diverged_run() -> None:
    x, y = linear_toy()
    history = fit(LinearRegression(zero_init=True), x, y, lr=0.01, epochs=100)
    fig = plot.loss_history(history)
    assert [line.get_label() for line in fig.axes[0].lines] == ["$\\alpha = 0.01$"]
    assert len(fig.axes[0].lines[0].get_xdata()) == 100
    with pytest.raises(DivergenceError) as info:
        fit(LinearRegression(zero_init=True), x, y, lr=10, epochs=100)
    diverged = info.value.history
    fig = plot.loss_history(diverged)
    assert len(fig.axes[0].lines[0].get_xdata()) == len(diverged.losses) - 1
    assert_renders(fig)


def test_loss_history_accepts_an_empty_history() -> None:
    fig = plot.loss_history(History(losses=[], lr=0.1))
    assert len(fig.axes[0].lines) == 1


def test_figures_save_to_png(tmp_path) -> None:
    path = tmp_path / "errors.png"
    plot.regression_errors(*study_hours(), w=13, b=1).savefig(path)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_descent_paths_wraps_four_panels_into_two_rows() -> None:
    fig = plot.descent_paths(*linear_toy(), [0.01, 0.1, 0.2, 0.25], w0=0.0, steps=10)
    grids = [ax.get_subplotspec().get_geometry()[:2] for ax in fig.axes]
    assert grids == [(2, 2)] * 4
    assert [bool(ax.get_ylabel()) for ax in fig.axes] == [True, False, True, False]
