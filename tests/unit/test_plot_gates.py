"""Tests for nnintro.plot.gate_regions: the shaded region, the lines and the marked mistakes."""

import pytest

from nnintro import plot
from nnintro.gates import AND, NAND, OR, XOR, Perceptron


def test_one_panel_per_gate_with_its_line() -> None:
    fig = plot.gate_regions({"AND": AND, "NAND": NAND, "OR": OR})
    assert [ax.get_title() for ax in fig.axes] == ["AND", "NAND", "OR"]
    ax = fig.axes[0]
    (x1a, x1b), (x2a, x2b) = ax.lines[0].get_data()
    for x1, x2 in ((x1a, x2a), (x1b, x2b)):  # both ends lie on 0.5 x1 + 0.5 x2 - 0.7 = 0
        assert AND.weighted_sum(float(x1), float(x2)) == pytest.approx(0.0, abs=1e-12)
    assert ax.lines[0].get_label() == "$0.5x_1 + 0.5x_2 - 0.7 = 0$"


def test_corners_and_shading_follow_the_gate() -> None:
    fig = plot.gate_regions({"OR": OR})
    ax = fig.axes[0]
    corners = ax.lines[1:5]
    filled = [line.get_markerfacecolor() == "black" for line in corners]
    assert filled == [False, True, True, True]  # OR: 0, 1, 1, 1
    image = ax.images[0].get_array()
    assert image[0, 0] == 0 and image[-1, -1] == 1  # (−0.25, −0.25) is 0, (1.25, 1.25) is 1


def test_xor_targets_ring_the_mistakes_of_single_perceptrons() -> None:
    gates = {"AND": AND, "OR": OR, "NAND": NAND, "XOR": XOR}
    fig = plot.gate_regions(gates, targets=[0, 1, 1, 0])
    titles = [ax.get_title() for ax in fig.axes]
    assert titles == [
        "AND: accuracy 1/4",
        "OR: accuracy 3/4",
        "NAND: accuracy 3/4",
        "XOR: accuracy 4/4",
    ]
    xor_ax = fig.axes[3]
    assert len([line for line in xor_ax.lines if line.get_label().startswith("$")]) == 2  # NAND, OR
    rings = [line for line in fig.axes[1].lines if line.get_markersize() == 20]
    assert [(line.get_xdata()[0], line.get_ydata()[0]) for line in rings] == [(1, 1)]


def test_vertical_line_and_plain_functions() -> None:
    vertical = Perceptron((1.0, 0.0), -0.5)
    fig = plot.gate_regions({"v": vertical, "f": lambda a, b: a * b}, columns=1)
    assert len(fig.axes) == 2
    xs, _ = fig.axes[0].lines[0].get_data()
    assert list(xs) == [0.5, 0.5]
    assert not [line for line in fig.axes[1].lines if line.get_label().startswith("$")]


@pytest.mark.parametrize("targets", [[0, 1, 1], [0, 1, 2, 0]])
def test_bad_targets(targets) -> None:
    with pytest.raises(ValueError, match="targets must be the 4 labels"):
        plot.gate_regions({"AND": AND}, targets=targets)


def test_no_gates() -> None:
    with pytest.raises(ValueError, match="at least one gate"):
        plot.gate_regions({})
