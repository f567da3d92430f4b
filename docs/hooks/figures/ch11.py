"""Chapter 11's figure: the lecture's 784-512-512-10 MLP, from a 28 x 28 image to 10 logits.

The constants are the values the pages state in words; tests/docs/test_ch11_theory.py checks that
page text, figure and numbers agree.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Rectangle

from nnintro import models, plot

# Chapter 11: the lecture's MLP: layer widths, hidden activation and dropout probability.
CH11_SIZES = [784, 512, 512, 10]
CH11_DROPOUT = 0.2
CH11_SIDE = 28  # MNIST images are 28 x 28 pixels
# Chapter 11: the recipe of the tutorial: Adam's first learning rate (then a cosine decay over the
# MNIST epochs, on normalized pixels), batch size, epochs, held-out samples; Fashion-MNIST is
# trained with nnintro.train.fit at a constant learning rate.
CH11_LR = 0.002
CH11_FASHION_LR = 0.001
CH11_BATCH = 256
CH11_LECTURE_BATCH = 20
CH11_LECTURE_LR = 0.01
CH11_LECTURE_EPOCHS = 15
CH11_MNIST_EPOCHS = 6
CH11_FASHION_EPOCHS = 5
CH11_VAL = 10000
CH11_PATIENCE = 3
CH11_SEED = 0


def lecture_mlp() -> models.MLP:
    """The lecture's MLP as ``nnintro.models.MLP`` (weights as ``Net()`` under the same seed)."""
    return models.MLP(CH11_SIZES, activation="relu", dropout=CH11_DROPOUT, flatten=True)


def layer_parameters() -> list[int]:
    """Weights plus biases of each linear layer of the lecture's MLP."""
    return [sum(p.numel() for p in layer.parameters()) for layer in lecture_mlp().linears]


def _seven() -> torch.Tensor:
    """A 28 x 28 '7' drawn with two strokes: a bar and a slanted line (deterministic)."""
    rows, cols = torch.meshgrid(torch.arange(28.0), torch.arange(28.0), indexing="ij")
    bar = ((rows - 7).abs() <= 1.2) & (cols >= 7) & (cols <= 21)
    slant = ((cols - (21 - 0.5 * (rows - 7))).abs() <= 1.3) & (rows >= 7) & (rows <= 23)
    return (bar | slant).float()


def _box(ax: Axes, x: float, height: float, top: str, bottom: str, colour: str) -> None:
    """A layer of the network: a column with its size above and its operation below."""
    ax.add_patch(Rectangle((x - 0.12, -height / 2), 0.24, height, fc=colour, ec="0.25", lw=1.2))
    ax.text(x, height / 2 + 0.08, top, ha="center", va="bottom")
    ax.text(x, -height / 2 - 0.08, bottom, ha="center", va="top", linespacing=1.3)


def _arrow(ax: Axes, x0: float, x1: float, label: str) -> None:
    ax.add_patch(FancyArrowPatch((x0, 0), (x1, 0), arrowstyle="->", mutation_scale=14, lw=1.3))
    ax.text((x0 + x1) / 2, 0.08, label, ha="center", va="bottom", linespacing=1.3)


def ch11_mlp() -> Figure:
    """28 x 28 image -> 784 inputs -> 512 -> 512 -> 10 logits, with each layer's parameters.
    Drawn in inches, as wide as a theory page's column."""
    width, height = 6.85, 2.9
    fig = plot.Figure(figsize=(width, height))
    fig.words.update({"dropout": "드롭아웃"})
    ax = fig.add_axes((0, 0, 1, 1))
    ax.imshow(_seven().numpy(), cmap="gray", extent=(0.05, 0.85, -0.4, 0.4))
    ax.text(0.45, 0.5, rf"${CH11_SIDE} \times {CH11_SIDE}$", ha="center", va="bottom")
    _arrow(ax, 0.95, 1.5, "flatten")
    widths = CH11_SIZES
    heights = [2.0, 1.6, 1.6, 1.1]
    names = ["x", "h_1", "h_2", "z"]
    below = ["", "ReLU\ndropout 0.2", "ReLU\ndropout 0.2", "logits"]
    xs = [1.7, 2.85, 4.0, 5.15]
    colours = ["#e8eef8", "#fbe3d0", "#fbe3d0", "#dff0d8"]
    for x, size, tall, name, text, colour in zip(
        xs, widths, heights, names, below, colours, strict=True
    ):
        _box(ax, x, tall, f"${name}$: {size}", text, colour)
    for i, count in enumerate(layer_parameters()):
        label = rf"$W_{i + 1}, b_{i + 1}$" + f"\n{count:,}"
        _arrow(ax, xs[i] + 0.17, xs[i + 1] - 0.17, label)
    _arrow(ax, 5.32, 6.05, "softmax")
    ax.text(6.1, 0, r"$\hat p \in \mathbb{R}^{10}$", ha="left", va="center")
    ax.set(xlim=(0, width), ylim=(-height / 2, height / 2), aspect="equal")
    ax.axis("off")
    return fig


FIGURES: dict[str, Callable[[], Figure]] = {"ch11-mlp.svg": ch11_mlp}
