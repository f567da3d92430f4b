"""Chapter 10's figures: the computational graph of a tiny network, and XOR trained by hand.

The constants are the settings the pages state in words; `numbers()` gives the results of the runs
that the pages quote as ``{{ ch10.key }}``. tests/docs/test_ch10_theory.py checks that page text,
figures and numbers agree.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import torch
from matplotlib.figure import Figure
from torch import nn

from nnintro import backprop, data, metrics, models, plot

# Chapter 10: the tiny network x -> z1 = w1 x + b1 -> h = σ(z1) -> z2 = w2 h + b2 -> ŷ = σ(z2)
# -> cost = BCE(ŷ, y). Chosen so that z1 = z2 = 0: every value is exact arithmetic.
CH10_TINY = {"x": 2.0, "w1": 0.5, "b1": -1.0, "w2": 3.0, "b2": -1.5, "y": 1.0}
# Chapter 10: the lecture's 2-2-1 XOR network (lab 08-2): seed 777, sigmoids, BCE, SGD lr 1.
CH10_SIZES = [2, 2, 1]
CH10_SEED = 777
CH10_LR = 1.0
CH10_STEPS = 5001  # updates 0..5000, each on all four points


def tiny_network() -> dict[str, float]:
    """The tiny network's forward values and every gradient ``d_<name>``, by autograd (float64)."""
    leaf = {
        k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in CH10_TINY.items()
    }
    z1 = leaf["w1"] * leaf["x"] + leaf["b1"]
    h = torch.sigmoid(z1)
    z2 = leaf["w2"] * h + leaf["b2"]
    y_hat = torch.sigmoid(z2)
    cost = nn.functional.binary_cross_entropy(y_hat, leaf["y"])
    inner = {"z1": z1, "h": h, "z2": z2, "y_hat": y_hat}
    for t in inner.values():
        t.retain_grad()
    cost.backward()
    values = {name: t.item() for name, t in {**leaf, **inner, "cost": cost}.items()}
    for name, t in {**leaf, **inner}.items():
        values[f"d_{name}"] = t.grad.item()
    return values


def xor_model() -> models.MLP:
    """The 2-2-1 sigmoid MLP as the lecture builds it after torch.manual_seed(777)."""
    torch.manual_seed(CH10_SEED)
    return models.MLP(CH10_SIZES, activation="sigmoid", output_activation="sigmoid")


def first_step() -> dict[str, object]:
    """One update of the XOR network: the start, the cost and gradients by hand and by autograd,
    and the cost after the update."""
    x, y = data.xor()
    model = xor_model()
    start = {name: p.detach().clone() for name, p in model.named_parameters()}
    with torch.no_grad():
        y_hat = model(x)
    cost, grads = backprop.manual_gradients(model, x, y)
    nn.functional.binary_cross_entropy(model(x), y).backward()
    autograd = {name: p.grad.clone() for name, p in model.named_parameters()}
    backprop.sgd_step(model, grads, CH10_LR)
    cost_after, _ = backprop.manual_gradients(model, x, y)
    return {
        "start": start,
        "y_hat": y_hat,
        "cost": cost.item(),
        "grads": grads,
        "autograd": autograd,
        "cost_after": cost_after.item(),
    }


@functools.cache  # the figures and the tests share one run
def xor_training() -> tuple[models.MLP, list[float], list[float]]:
    """Train the XOR network twice from the same start, by hand and with autograd + optim.SGD.

    Returns the hand-trained model and the cost before each update of the two runs.
    """
    x, y = data.xor()
    by_hand, manual_costs = xor_model(), []
    for _ in range(CH10_STEPS):
        cost, grads = backprop.manual_gradients(by_hand, x, y)
        backprop.sgd_step(by_hand, grads, CH10_LR)
        manual_costs.append(cost.item())
    model, autograd_costs = xor_model(), []
    optimizer = torch.optim.SGD(model.parameters(), lr=CH10_LR)
    for _ in range(CH10_STEPS):
        optimizer.zero_grad()
        cost = nn.functional.binary_cross_entropy(model(x), y)
        cost.backward()
        optimizer.step()
        autograd_costs.append(cost.item())
    return by_hand, manual_costs, autograd_costs


# ---------------------------------------------------------------- numbers the pages quote


def tex(value: float, digits: int = 3) -> str:
    """A number inside the pages' math: 4 decimals, or ``digits`` digits times a power of ten
    below 0.01."""
    if value == 0 or abs(value) >= 0.01:
        return f"{value:.4f}"
    mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"


def numbers() -> dict[str, str]:
    """The results of this chapter's runs that the pages quote, formatted as the pages print."""
    step = first_step()
    values = {"cost_start": f"{step['cost']:.4f}", "cost_after": f"{step['cost_after']:.4f}"}
    for i, v in enumerate(step["y_hat"].view(-1).tolist(), start=1):
        values[f"y_hat_{i}"] = f"{v:.4f}"
    for prefix, tensors in (("start", step["start"]), ("grad", step["grads"])):
        for name, t in tensors.items():  # 0.weight -> w1, 0.bias -> b1, 2.weight -> w2, ...
            key = f"{prefix}_{parameter_symbol(name)}"
            for index, v in zip(_indices(t), t.flatten().tolist(), strict=True):
                values[f"{key}_{index}"] = f"{v:.4f}" if prefix == "start" else tex(v)
    model, manual, auto = xor_training()
    x, y = data.xor()
    with torch.no_grad():
        out = model(x)
    values["train_cost"] = f"{manual[-1]:.4f}"
    values["train_max_diff"] = tex(max(abs(a - b) for a, b in zip(manual, auto, strict=True)), 1)
    values["train_below_0_6"] = str(next(t for t, c in enumerate(manual) if c < 0.6))
    values["train_accuracy"] = str(float(metrics.accuracy(out, y)))
    for (a, b), v in zip(((0, 0), (0, 1), (1, 0), (1, 1)), out.view(-1).tolist(), strict=True):
        values[f"train_output_{a}{b}"] = f"{v:.4f}"
    return values


def parameter_symbol(name: str) -> str:
    """``w1`` for the MLP's ``0.weight``, ``b1`` for ``0.bias``, ``w2`` for ``2.weight``, ..."""
    index, kind = name.split(".")
    return f"{kind[0]}{int(index) // 2 + 1}"


def _indices(t: torch.Tensor) -> list[str]:
    """Names of the entries of a weight (``11``, ``12``, ...) or a bias (``1``, ``2``, ...)."""
    if t.dim() == 1:
        return [str(i + 1) for i in range(len(t))]
    return [f"{i + 1}{j + 1}" for i in range(t.shape[0]) for j in range(t.shape[1])]


# ---------------------------------------------------------------- figures

# The tiny network's nodes: name (a key of tiny_network()) -> position in inches and label
NODES = {
    "w1": ((0.3, 0.0), "$w_1$"),
    "x": ((0.3, 1.25), "$x$"),
    "b1": ((0.3, -1.25), "$b_1$"),
    "z1": ((1.5, 0.0), "$z_1$"),
    "h": ((2.65, 0.0), "$h$"),
    "w2": ((2.65, 1.25), "$w_2$"),
    "b2": ((2.65, -1.25), "$b_2$"),
    "z2": ((3.85, 0.0), "$z_2$"),
    "y_hat": ((4.9, 0.0), r"$\hat y$"),
    "y": ((6.25, 1.25), "$y$"),
    "cost": ((6.25, 0.0), "$L$"),
}
# Edges (from, to, the local derivative ∂to/∂from); y is data, so its edge carries no derivative
EDGES = [
    ("w1", "z1", "x"),
    ("x", "z1", "w_1"),
    ("b1", "z1", "1"),
    ("z1", "h", "h(1 - h)"),
    ("h", "z2", "w_2"),
    ("w2", "z2", "h"),
    ("b2", "z2", "1"),
    ("z2", "y_hat", r"\hat y(1 - \hat y)"),
    ("y_hat", "cost", r"-y/\hat y$" "\n" r"$+ (1 - y)/(1 - \hat y)"),
    ("y", "cost", ""),
]


def local_derivatives(v: dict[str, float]) -> dict[tuple[str, str], float]:
    """The value of each edge's local derivative ∂to/∂from at the tiny network's values ``v``."""
    return {
        ("w1", "z1"): v["x"],
        ("x", "z1"): v["w1"],
        ("b1", "z1"): 1.0,
        ("z1", "h"): v["h"] * (1 - v["h"]),
        ("h", "z2"): v["w2"],
        ("w2", "z2"): v["h"],
        ("b2", "z2"): 1.0,
        ("z2", "y_hat"): v["y_hat"] * (1 - v["y_hat"]),
        ("y_hat", "cost"): -v["y"] / v["y_hat"] + (1 - v["y"]) / (1 - v["y_hat"]),
    }


def _text(value: float) -> str:
    return f"{value:g}".replace("-", "−")


# Labels beside the side arrows of a node move off the arrows: the value above and the gradient
# below a node start at its centre (left-aligned) or end there (right-aligned)
ALIGN = {("z1", "value"): "left", ("z1", "grad"): "left", ("z2", "value"): "left",
         ("z2", "grad"): "left", ("b1", "value"): "right", ("b2", "value"): "right",
         ("w2", "grad"): "right"}  # fmt: skip


def ch10_graph() -> Figure:
    """The tiny network as a computational graph: the forward value above each node (black),
    ∂L/∂node below it (red), and the local derivative on each edge (blue). Drawn in inches, as
    wide as a theory page's column."""
    v = tiny_network()
    local = local_derivatives(v)
    width, height = 6.85, 3.8
    fig = plot.Figure(figsize=(width, height))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.axis("off")
    ax.set(xlim=(0, width), ylim=(-height / 2, height / 2))
    arrow = {"arrowstyle": "-|>", "color": "0.35", "lw": 1.4, "shrinkA": 14, "shrinkB": 14}
    for source, target, symbol in EDGES:
        (x0, y0), (x1, y1) = NODES[source][0], NODES[target][0]
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops=arrow)
        if not symbol:
            continue
        label = "$1$" if symbol == "1" else f"${symbol}$\n$= {_text(local[source, target])}$"
        if target == "cost":  # the longest label: below the arrow and the gradients
            ax.text((x0 + x1) / 2, -0.28, label, ha="center", va="top", color="C0")
        elif y0 == y1:  # along the chain: above the arrow
            ax.text((x0 + x1) / 2, 0.1, label, ha="center", va="bottom", color="C0")
        else:  # from a side node: beside the arrow, away from the chain's labels
            at = ((x0 + x1) / 2 + 0.35, y0 / 2 + (0.1 if y0 > 0 else -0.1))
            ax.text(*at, label, ha="center", va="center", color="C0")
    shift = {"left": -0.1, "center": 0.0, "right": 0.1}
    for name, ((x, y), label) in NODES.items():
        ax.scatter([x], [y], s=650, color="white", edgecolor="black", lw=1.5, zorder=3)
        ax.text(x, y, label, ha="center", va="center", fontsize=14, zorder=4)
        if name == "cost":  # right of the node: y's edge comes from above
            ax.text(x + 0.22, y + 0.12, r"$\ln 2$", ha="left", va="bottom")
        else:
            ha = ALIGN.get((name, "value"), "center")
            ax.text(x + shift[ha], y + 0.22, _text(v[name]), ha=ha, va="bottom")
        if name not in ("x", "y"):  # data: no gradient needed
            grad = "1" if name == "cost" else _text(v[f"d_{name}"])
            ha = ALIGN.get((name, "grad"), "center")
            ax.text(x + shift[ha], y - 0.22, grad, ha=ha, va="top", color="C3")
    key = [
        ("black", "$v$"),
        ("C3", r"$\partial L / \partial v$"),
        ("C0", r"$\partial v' / \partial v$"),
    ]
    for i, (color, text) in enumerate(key):
        ax.text(4.55, 1.55 - 0.3 * i, text, color=color, va="center")
    return fig


def ch10_xor_manual() -> Figure:
    """XOR's cost per update, trained with the hand-derived gradients and with autograd."""
    _, manual, auto = xor_training()
    fig = plot.loss_history({"by hand": manual, "autograd": auto})
    ax = fig.axes[0]
    ax.lines[0].set(lw=4, alpha=0.5)
    ax.lines[1].set(ls="--", lw=1.5, color="black")
    ax.axhline(math.log(2), color="C3", ls=":", lw=1.5, label=r"$\ln 2$")
    ax.legend()
    fig.words.update({"by hand": "손으로 계산", "autograd": "자동 미분"})
    return fig


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch10-graph.svg": ch10_graph,
    "ch10-xor-manual.svg": ch10_xor_manual,
}
