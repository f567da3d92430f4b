"""Chapter 8's figures: a perceptron, the AND/NAND/OR gates, XOR against one line and two layers.

The constants are the values the pages state in words; the single-layer run's results that the
pages quote (`{{ ch08.key }}`) come from `numbers()`; tests/docs/test_ch08_theory.py checks that
page text, figures and numbers agree.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import torch
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch
from torch import nn

from nnintro import data, gates, plot

# Chapter 8: the lecture's single-layer XOR run: seed, learning rate, steps 0..10000, BCE.
CH08_SEED = 777
CH08_LR = 1.0
CH08_STEPS = 10001
CH08_XOR = [0, 1, 1, 0]  # XOR's labels of (0, 0), (0, 1), (1, 0), (1, 1)


@functools.cache  # the figures and the tests share one run
def single_layer_xor() -> tuple[nn.Sequential, list[float]]:
    """Train the lecture's nn.Linear(2, 1) + nn.Sigmoid on XOR; return it and each step's cost."""
    torch.manual_seed(CH08_SEED)
    x, y = data.xor()
    model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
    criterion = nn.BCELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=CH08_LR)
    costs = []
    for _ in range(CH08_STEPS):
        optimizer.zero_grad()
        cost = criterion(model(x), y)
        cost.backward()
        optimizer.step()
        costs.append(cost.item())
    return model, costs


def epoch_from(costs: list[float], holds: Callable[[float], bool]) -> int:
    """The epoch (counted from 1, as the cost figure counts them) from which on every cost
    satisfies ``holds``; raises ValueError if even the last one does not."""
    if not holds(costs[-1]):
        raise ValueError("the last cost does not satisfy the condition")
    last_failure = max((t for t, c in enumerate(costs, start=1) if not holds(c)), default=0)
    return last_failure + 1


def near_ln2(cost: float) -> bool:
    """Whether the cost is within 1e-4 of ln 2."""
    return abs(cost - math.log(2)) < 1e-4


def at_ln2_to_six_decimals(cost: float) -> bool:
    """Whether the cost prints as ln 2 to six decimals, 0.693147."""
    return f"{cost:.6f}" == f"{math.log(2):.6f}"


def numbers() -> dict[str, str]:
    """The single-layer run's results that the pages quote, formatted as the pages print them."""
    _, costs = single_layer_xor()
    return {
        "first_cost": f"{costs[0]:.4f}",
        "near_ln2_epoch": f"{epoch_from(costs, near_ln2):,}",
        "settled_epoch": f"{epoch_from(costs, at_ln2_to_six_decimals):,}",
    }


# ---------------------------------------------------------------- diagrams


def _node(ax: Axes, xy: tuple[float, float], text: str, *, r: float = 0.32, fc="white") -> None:
    ax.add_patch(Circle(xy, r, fc=fc, ec="black", lw=1.5, zorder=2))
    ax.text(*xy, text, ha="center", va="center", fontsize=13, zorder=3)


def _edge(ax: Axes, a, b, label: str = "", *, r: float = 0.32, at: float = 0.45) -> None:
    """Arrow from node a to node b (both of radius r), labelled at fraction `at` of the way."""
    (xa, ya), (xb, yb) = a, b
    d = math.hypot(xb - xa, yb - ya)
    ux, uy = (xb - xa) / d, (yb - ya) / d
    start, end = (xa + r * ux, ya + r * uy), (xb - r * ux, yb - r * uy)
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="->", mutation_scale=14, lw=1.3))
    if label:
        mx, my = xa + (xb - xa) * at, ya + (yb - ya) * at
        box = {"fc": "white", "ec": "none", "pad": 1}
        ax.text(mx, my, label, ha="center", va="center", fontsize=12, color="C0", bbox=box)


def _canvas(width: float, height: float, xlim, ylim) -> tuple[Figure, Axes]:
    fig = plot.Figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    ax.set(xlim=xlim, ylim=ylim, aspect="equal")
    ax.axis("off")
    return fig, ax


def ch08_perceptron() -> Figure:
    """x1, x2 and the constant 1, weighted by w1, w2 and b, summed, then the step function."""
    fig, ax = _canvas(7, 2.8, (-0.5, 8.2), (-0.6, 2.6))
    x1, x2, one, s, y = (0, 2), (0, 1), (0, 0), (3.2, 1), (7.4, 1)
    _node(ax, x1, "$x_1$")
    _node(ax, x2, "$x_2$")
    _node(ax, one, "$1$", fc="0.9")
    _node(ax, s, r"$\Sigma$", r=0.45)
    for node, w in ((x1, "$w_1$"), (x2, "$w_2$"), (one, "$b$")):
        _edge(ax, node, s, w, r=0.4)
    ax.text(3.2, 0.25, "$z = w_1 x_1 + w_2 x_2 + b$", ha="center", va="top", fontsize=12)
    # the step function, drawn as a small graph in a box
    bx, by, bw = 4.6, 0.55, 1.4
    ax.plot([bx, bx + bw, bx + bw, bx, bx], [by, by, by + 0.9, by + 0.9, by], color="black", lw=1.5)
    ax.plot(
        [bx + 0.1, bx + bw / 2, bx + bw / 2, bx + bw - 0.1],
        [by + 0.2, by + 0.2, by + 0.7, by + 0.7],
        lw=2,
    )
    ax.text(bx + bw / 2, by - 0.3, r"$\mathrm{step}(z)$", ha="center", va="top", fontsize=12)
    ax.add_patch(FancyArrowPatch((3.65, 1), (bx, 1), arrowstyle="->", mutation_scale=14, lw=1.3))
    ax.add_patch(
        FancyArrowPatch((bx + bw, 1), (7.08, 1), arrowstyle="->", mutation_scale=14, lw=1.3)
    )
    _node(ax, y, "$y$")
    return fig


def _weight(v: float) -> str:
    return f"${v:g}$".replace("-", "−")


def ch08_xor_network() -> Figure:
    """XOR as two layers: NAND and OR on the inputs, AND on their outputs, weights on the edges."""
    fig, ax = _canvas(7, 3.6, (-0.6, 8.0), (-1.1, 3.1))
    inputs = [(0, 2.2), (0, 0.6)]  # x1, x2
    hidden = {gates.NAND: (3.5, 2.4), gates.OR: (3.5, 0.4)}  # h1, h2
    out = (6.6, 1.4)
    for i, xy in enumerate(inputs, start=1):
        _node(ax, xy, f"$x_{i}$")
    for (gate, xy), w_out in zip(hidden.items(), gates.AND.weights, strict=True):
        for ixy, w in zip(inputs, gate.weights, strict=True):
            # label each edge near its own input, so crossing edges keep their labels apart
            _edge(ax, ixy, xy, _weight(w), r=0.45, at=0.3 if ixy == inputs[0] else 0.7)
        _edge(ax, xy, out, _weight(w_out), r=0.5)
    for gate, xy in (*hidden.items(), (gates.AND, out)):
        _node(ax, xy, gate.name, r=0.5)
        ax.text(xy[0], xy[1] + 0.62, f"$b = {gate.bias:g}$".replace("-", "−"), ha="center")
    ax.add_patch(FancyArrowPatch((7.1, 1.4), (7.8, 1.4), arrowstyle="->", mutation_scale=14))
    ax.text(7.85, 1.4, "$y$", va="center", fontsize=13)
    caption = r"$h_1 = \mathrm{NAND}(x_1, x_2)$,  $h_2 = \mathrm{OR}(x_1, x_2)$"
    ax.text(3.5, -0.75, caption, ha="center", fontsize=12)
    return fig


# ---------------------------------------------------------------- planes


def ch08_gates() -> Figure:
    """AND, NAND and OR: each perceptron's line, the side where it outputs 1, the four inputs."""
    return plot.gate_regions({"AND": gates.AND, "NAND": gates.NAND, "OR": gates.OR})


def ch08_xor_one_line() -> Figure:
    """XOR's four points against the lines of AND, OR and NAND: each line gets a point wrong."""
    return plot.gate_regions(
        {"AND": gates.AND, "OR": gates.OR, "NAND": gates.NAND}, targets=CH08_XOR
    )


def ch08_xor_two_layer() -> Figure:
    """Left: XOR = the band between the NAND and OR lines. Right: the points in (h1, h2)."""
    fig = plot.gate_regions({"XOR": gates.XOR, "AND": gates.AND}, columns=2)
    left, right = fig.axes
    left.set_title(r"$(x_1, x_2)$")
    # the right panel: the hidden layer's outputs (h1, h2) = (NAND, OR) of each input
    for line in right.lines[1:]:
        line.remove()
    # where each input's label goes, in points from its (h1, h2): (0, 1) and (1, 0) share (1, 1)
    offsets = {(0, 0): (0, -20), (0, 1): (-34, 6), (1, 0): (-34, -12), (1, 1): (0, -20)}
    for (x1, x2), target in zip(offsets, CH08_XOR, strict=True):
        h1, h2 = gates.XOR.hidden_outputs(x1, x2)
        right.plot(h1, h2, "o", ms=11, mec="black", mfc="black" if target else "white", zorder=3)
        right.annotate(
            f"$x = ({x1}, {x2})$",
            (h1, h2),
            xytext=offsets[(x1, x2)],
            textcoords="offset points",
            ha="center",
            fontsize=12,
            bbox={"fc": "white", "ec": "none", "pad": 0.5, "alpha": 0.8},
        )
    right.set(title=r"$(h_1, h_2)$", xlabel="$h_1$", ylabel="$h_2$")
    return fig


def ch08_single_layer_cost() -> Figure:
    """The single-layer run's cost per epoch (full-batch step) on a log axis, flat at ln 2."""
    _, costs = single_layer_xor()
    fig = plot.loss_history({"$\\mathrm{Linear}(2, 1) + \\sigma$": costs}, log_y=False)
    ax = fig.axes[0]
    ax.axhline(math.log(2), color="C3", ls="--", lw=1.5, label=r"$\ln 2 \approx 0.6931$")
    ax.set_xscale("log")
    ax.legend()
    return fig


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch08-perceptron.svg": ch08_perceptron,
    "ch08-gates.svg": ch08_gates,
    "ch08-xor-one-line.svg": ch08_xor_one_line,
    "ch08-xor-network.svg": ch08_xor_network,
    "ch08-xor-two-layer.svg": ch08_xor_two_layer,
    "ch08-single-layer-cost.svg": ch08_single_layer_cost,
}
