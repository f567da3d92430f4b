"""Tests for the classification figures of nnintro.plot: what each holds, and their errors."""

import math
from collections.abc import Iterator

import matplotlib.pyplot as plt
import pytest
import torch
from torch import nn

from nnintro import plot
from nnintro.data import logistic_toy, pass_fail, softmax_toy, xor
from nnintro.models import LogisticRegression, SoftmaxClassifier
from tests.unit.test_plot import assert_language_neutral, assert_renders

WORDS = {"accuracy", "MSE", "BCE"}  # the only words outside math in these figures


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    """Outside Jupyter the helpers' figures are pyplot's: close the ones each test made."""
    yield
    plt.close("all")


def neutral(fig) -> None:
    for ax in fig.axes:
        for word in WORDS:  # strip the allowed words, then check as chapter 3 does
            ax.set_title(ax.get_title().replace(word, ""))
    assert_language_neutral(fig)


def separating_line(t: torch.Tensor) -> torch.Tensor:
    """Logits z = x1 + x2 - 5 of a fixed line, as a plain function."""
    return t[:, :1] + t[:, 1:] - 5


# ---------------------------------------------------------------- decision_boundary


def test_binary_boundary_from_a_probability_model() -> None:
    x, y = logistic_toy()
    model = LogisticRegression(2)
    with torch.no_grad():
        model.linear.weight.copy_(torch.tensor([[2.0, 1.0]]))
        model.linear.bias.fill_(-9.0)  # 2 x1 + x2 = 9 separates the six samples
    fig = plot.decision_boundary(model, x, y)
    ax = fig.axes[0]
    assert ax.get_title() == "accuracy = 1"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["$y = 0$", "$y = 1$"]
    assert len(fig.axes) == 2 and fig.axes[1].get_ylabel() == "$P(y = 1)$"  # the colour bar
    boundary = ax.collections[-3].get_paths()[0].vertices  # the black line P = 0.5
    assert torch.allclose(
        2 * torch.tensor(boundary[:, 0]) + torch.tensor(boundary[:, 1]),
        torch.full((len(boundary),), 9.0, dtype=torch.float64),
        atol=0.05,
    )
    neutral(fig)
    assert_renders(fig)


def test_binary_boundary_from_logits_is_the_same_picture() -> None:
    x, y = logistic_toy()
    as_logits = plot.decision_boundary(separating_line, x, y)  # auto: outputs leave [0, 1]
    as_probs = plot.decision_boundary(lambda t: torch.sigmoid(separating_line(t)), x, y)
    forced = plot.decision_boundary(separating_line, x, y, output="logit")
    for fig in (as_logits, forced):
        assert fig.axes[0].get_title() == as_probs.axes[0].get_title()
        line, expected = fig.axes[0].collections[-3], as_probs.axes[0].collections[-3]
        assert line.get_paths()[0].vertices == pytest.approx(expected.get_paths()[0].vertices)


def test_binary_boundary_reports_the_accuracy_of_a_wrong_model() -> None:
    x, y = logistic_toy()
    fig = plot.decision_boundary(lambda t: -separating_line(t), x, y.view(-1))
    assert fig.axes[0].get_title() == "accuracy = 0"


def test_multi_class_regions_and_a_module_left_in_training_mode() -> None:
    x, y = xor()
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Dropout(0.5), nn.Linear(8, 3))
    model.train()
    fig = plot.decision_boundary(model, x, y.view(-1).long())
    assert model.training  # restored after the figure was drawn in eval mode
    assert len(fig.axes) == 1  # no colour bar for class regions
    title = fig.axes[0].get_title()
    assert title.startswith("accuracy = ")
    again = plot.decision_boundary(model, x, y.view(-1).long())
    assert again.axes[0].get_title() == title  # eval mode: no dropout noise
    assert_renders(fig)


def test_multi_class_accuracy_counts_argmax() -> None:
    x = torch.tensor([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    fig = plot.decision_boundary(
        lambda t: torch.stack([-t.sum(1), t[:, 0], t[:, 1]], 1), x, torch.tensor([0, 1, 2, 2])
    )
    assert (
        fig.axes[0].get_title() == "accuracy = 0.75"
    )  # (1, 1) is a tie of classes 1 and 2: argmax picks 1
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["$y = 0$", "$y = 1$", "$y = 2$"]


def test_softmax_classifier_on_two_features() -> None:
    x, y = softmax_toy()
    model = SoftmaxClassifier(2, 3)
    fig = plot.decision_boundary(model, x[:, :2], y)
    neutral(fig)


def test_boundary_needs_two_features() -> None:
    x, y = softmax_toy()
    with pytest.raises(ValueError, match=r"shape \(n, 2\).*got \(8, 4\).*x\[:, :2\]"):
        plot.decision_boundary(SoftmaxClassifier(4, 3), x, y)


def test_boundary_needs_one_label_per_sample() -> None:
    x, _ = logistic_toy()
    with pytest.raises(ValueError, match=r"6 samples but y has shape \(5,\)"):
        plot.decision_boundary(separating_line, x, torch.zeros(5))


def test_boundary_names_a_model_output_of_the_wrong_shape() -> None:
    x, y = logistic_toy()
    with pytest.raises(ValueError, match=r"mapped \(40000, 2\) to \(1,\)"):
        plot.decision_boundary(lambda t: t.sum().view(1), x, y)


def test_boundary_rejects_an_unknown_output_kind() -> None:
    x, y = logistic_toy()
    with pytest.raises(ValueError, match="'auto', 'probability' or 'logit', got 'probs'"):
        plot.decision_boundary(separating_line, x, y, output="probs")


# ---------------------------------------------------------------- logistic regression figures


def test_sigmoid_curves_one_line_per_value() -> None:
    fig = plot.sigmoid_curves([0.5, 1, 2], [-2, 0, 2])
    left, right = fig.axes
    assert [line.get_label() for line in left.lines[:3]] == ["$W = 0.5$", "$W = 1$", "$W = 2$"]
    assert [ax.get_title() for ax in fig.axes] == ["$b = 0$", "$W = 1$"]
    # every curve of the right panel is 0.5 at x = -b/W = -b
    for line, b in zip(right.lines[:3], [-2, 0, 2], strict=True):
        xs, hs = line.get_data()
        i = min(range(len(xs)), key=lambda j: abs(xs[j] + b))
        assert hs[i] == pytest.approx(0.5, abs=1e-9)
    neutral(fig)
    assert_renders(fig)


def test_binary_curves_mark_where_each_curve_crosses_one_half() -> None:
    x, y = pass_fail()
    fig = plot.binary_curves(x, y, {"$a$": lambda t: 0.05 * t - 2.5, "$b$": lambda t: 0 * t + 2})
    lines = fig.axes[0].lines
    assert lines[0].get_label() == "$a$"
    assert lines[1].get_xdata().tolist() == pytest.approx([60.0])  # 0.05x - 2.5 = 0.5
    assert lines[2].get_label() == "$b$"  # the constant 2 never crosses 0.5: no ring
    assert fig.axes[0].get_ylim() == (-0.5, 1.5)
    neutral(fig)
    assert_renders(fig)


def test_sigmoid_costs_marks_the_minima() -> None:
    x, y = torch.tensor([[-1.0], [1.0]]), torch.tensor([[0.0], [1.0]])
    fig = plot.sigmoid_costs(x, y, b=0.0, w_range=(-4, 4))
    assert [ax.get_title() for ax in fig.axes] == ["MSE", "BCE"]
    # separable data: both costs fall all the way to the right end, no interior minimum
    assert all(not ax.texts for ax in fig.axes)
    mse = fig.axes[0].lines[0].get_ydata()
    assert mse[0] == pytest.approx(torch.sigmoid(torch.tensor(4.0)).item() ** 2)
    neutral(fig)
    assert_renders(fig)


def test_sigmoid_costs_finds_two_mse_minima_and_one_bce_minimum() -> None:
    x, y = pass_fail()
    x, y = torch.cat([x, torch.tensor([[50.0]])]), torch.cat([y, torch.tensor([[1.0]])])
    fig = plot.sigmoid_costs(x, y, b=-40.0, w_range=(0.3, 1.2))
    assert [t.get_text() for t in fig.axes[0].texts] == ["$W = 0.70$", "$W = 0.80$"]
    assert [t.get_text() for t in fig.axes[1].texts] == ["$W = 0.75$"]
    assert fig._suptitle.get_text() == r"$H(x) = \sigma(Wx - 40)$"


def test_sigmoid_costs_errors() -> None:
    with pytest.raises(ValueError, match="one label per sample"):
        plot.sigmoid_costs(torch.zeros(3, 1), torch.zeros(2, 1), b=0.0, w_range=(0, 1))
    with pytest.raises(ValueError, match="at least 3"):
        plot.sigmoid_costs(torch.zeros(3, 1), torch.zeros(3, 1), b=0.0, w_range=(0, 1), points=2)


def test_log_costs_are_minus_log() -> None:
    fig = plot.log_costs()
    one, zero = fig.axes[0].lines
    h, cost = one.get_data()
    assert cost[len(h) // 2] == pytest.approx(-math.log(h[len(h) // 2]))
    h, cost = zero.get_data()
    assert cost[-1] == pytest.approx(-math.log(1 - h[-1]))
    assert_renders(fig)


def test_softmax_bars_of_the_lecture_example() -> None:
    fig = plot.softmax_bars(torch.tensor([1.0, 2.0, 3.0]))
    assert [t.get_text() for t in fig.axes[0].texts] == ["1", "2", "3"]
    assert [t.get_text() for t in fig.axes[1].texts] == ["0.0900", "0.2447", "0.6652"]
    heights = [bar.get_height() for bar in fig.axes[1].patches]
    assert sum(heights) == pytest.approx(1.0)
    neutral(fig)
    assert_renders(fig)


def test_softmax_bars_wants_one_row() -> None:
    with pytest.raises(ValueError, match=r"shape \(c,\), got \(2, 3\)"):
        plot.softmax_bars(torch.zeros(2, 3))
