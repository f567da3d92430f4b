"""Chapter 9's figures: an MLP, the activations, vanishing gradients, batch sizes, XOR solved.

The constants are the settings the pages state in words; `numbers()` gives the results of the runs
that the pages quote as ``{{ ch09.key }}``. tests/docs/test_ch09_theory.py checks that page text,
figures and numbers agree.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable

import torch
import torch.nn.functional as F
from matplotlib.figure import Figure
from torch import nn

from nnintro import data, metrics, models, plot, train

# Chapter 9: the lecture's XOR network: 2-10-10-10-1 with sigmoids, BCE, SGD lr 1, 10001 epochs.
CH09_XOR_SIZES = [2, 10, 10, 10, 1]
CH09_XOR_SEED = 777
CH09_XOR_LR = 1.0
CH09_XOR_EPOCHS = 10001
# Chapter 9: the activation plot uses the lecture's Leaky ReLU slope a = 0.1 (0.01 is usual).
CH09_LEAKY_SLOPE = 0.1
# Chapter 9: vanishing gradients: DEPTH linear layers of WIDTH units, one batch of BATCH samples.
CH09_DEPTH = 10
CH09_WIDTH = 32
CH09_BATCH = 256
CH09_GRAD_SEED = 0
# Chapter 9: batch vs mini-batch vs stochastic GD on N points of "XOR of signs" (y = [x1 x2 < 0]).
CH09_N = 200
CH09_DATA_SEED = 0
CH09_GD_SIZES = [2, 16, 16, 1]
CH09_GD_LR = 0.1
CH09_GD_EPOCHS = 60
CH09_BATCH_SIZES = (None, 20, 1)


@functools.cache  # the figures and the tests share one run
def trained_xor_mlp() -> tuple[models.MLP, train.History]:
    """The lecture's XOR MLP after its 10001 full-batch epochs, and the History of the run."""
    torch.manual_seed(CH09_XOR_SEED)
    x, y = data.xor()
    model = models.MLP(CH09_XOR_SIZES, activation="sigmoid", output_activation="sigmoid")
    history = train.fit(model, x, y, lr=CH09_XOR_LR, epochs=CH09_XOR_EPOCHS, loss_fn=nn.BCELoss())
    return model, history


def layer_gradient_norms(activation: str, he_init: bool) -> list[float]:
    r"""Return $\|\partial\,\mathrm{cost}/\partial W_l\|$ for each layer of a fresh deep MLP.

    ``he_init`` replaces PyTorch's default init ($\mathcal{U}(\pm 1/\sqrt{d})$) by He's
    $\mathcal{N}(0, 2/d)$ with zero biases. The cost is BCE on random labels of random inputs.
    """
    torch.manual_seed(CH09_GRAD_SEED)
    model = models.MLP([CH09_WIDTH] * CH09_DEPTH + [1], activation=activation)
    if he_init:
        for layer in model.linears:
            nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
            nn.init.zeros_(layer.bias)
    x = torch.randn(CH09_BATCH, CH09_WIDTH)
    y = torch.randint(0, 2, (CH09_BATCH, 1)).float()
    F.binary_cross_entropy_with_logits(model(x), y).backward()
    return [layer.weight.grad.norm().item() for layer in model.linears]


def sign_xor() -> tuple[torch.Tensor, torch.Tensor]:
    """CH09_N points uniform in [-1, 1]^2, labelled 1 where x1 and x2 have different signs."""
    generator = torch.Generator().manual_seed(CH09_DATA_SEED)
    x = torch.rand(CH09_N, 2, generator=generator) * 2 - 1
    return x, (x[:, 0] * x[:, 1] < 0).float().view(-1, 1)


@functools.cache  # the figures and the tests share one run
def gd_variants() -> dict[int | None, train.History]:
    """Train the same MLP from the same start with each batch size; {batch size: History}."""
    x, y = sign_xor()
    histories = {}
    for batch_size in CH09_BATCH_SIZES:
        torch.manual_seed(CH09_DATA_SEED)
        model = models.MLP(CH09_GD_SIZES, activation="tanh", output_activation="sigmoid")
        histories[batch_size] = train.fit(
            model,
            x,
            y,
            lr=CH09_GD_LR,
            epochs=CH09_GD_EPOCHS,
            loss_fn=nn.BCELoss(),
            batch_size=batch_size,
            seed=CH09_DATA_SEED,
            metrics={"accuracy": metrics.accuracy},
        )
    return histories


def batch_label(batch_size: int | None) -> str:
    return f"$B = {batch_size or CH09_N}$"


# ---------------------------------------------------------------- numbers the pages quote

# The XOR cost story: the plateau is where the cost stays this close to ln 2; then the cost falls
# below ESCAPE, and from some update on it stays below SOLVED.
CH09_PLATEAU_TOLERANCE = 1e-3
CH09_ESCAPE = 0.6
CH09_SOLVED = 0.01


def xor_cost_story(costs: list[float]) -> dict[str, int]:
    """The updates (numbered from 0, as the lecture does) at which the XOR cost story turns.

    ``plateau_end``: the last update t such that updates 1..t are all within
    CH09_PLATEAU_TOLERANCE of ln 2; ``below_escape``: the first update below CH09_ESCAPE;
    ``peak``: the update of the highest cost from then on (the cost may jump up on the way down);
    ``solved``: the first update from which every cost is below CH09_SOLVED.
    """
    ln2 = math.log(2)
    far = [t for t in range(1, len(costs)) if abs(costs[t] - ln2) >= CH09_PLATEAU_TOLERANCE]
    plateau_end = (far[0] if far else len(costs)) - 1
    below_escape = next(t for t, c in enumerate(costs) if c < CH09_ESCAPE)
    peak = max(range(below_escape, len(costs)), key=costs.__getitem__)
    solved = 1 + max(t for t, c in enumerate(costs) if c >= CH09_SOLVED)
    return {
        "plateau_end": plateau_end,
        "below_escape": below_escape,
        "peak": peak,
        "solved": solved,
    }


def norm_text(value: float) -> str:
    """A gradient norm as the table prints it: 2 digits, exponent below 0.01, Unicode minus."""
    return format(value, ".2g" if value >= 0.01 else ".1e").replace("-", "−")


def numbers() -> dict[str, str]:
    """The results of this chapter's runs that the pages quote, formatted as the pages print."""
    model, history = trained_xor_mlp()
    costs = history.losses
    story = xor_cost_story(costs)
    x, y = data.xor()
    with torch.no_grad():
        out = model(x)
    values = {
        "xor_first_cost": f"{costs[0]:.4f}",
        "xor_plateau_end": str(story["plateau_end"]),
        "xor_below_0_6": str(story["below_escape"]),
        "xor_peak": f"{costs[story['peak']]:.2f}",
        "xor_peak_step": str(story["peak"]),
        "xor_below_0_01": str(story["solved"]),
        "xor_final_cost": f"{costs[-1]:.6f}",
        "xor_accuracy": str(float(metrics.accuracy(out, y))),
    }
    for (a, b), value in zip(((0, 0), (0, 1), (1, 0), (1, 1)), out.view(-1).tolist(), strict=True):
        values[f"xor_output_{a}{b}"] = f"{value:.4f}"
    for init, he in (("default", False), ("he", True)):
        for activation in ("sigmoid", "relu"):
            norms = layer_gradient_norms(activation, he)
            key = f"grad_{init}_{activation}"
            values[f"{key}_layer{CH09_DEPTH}"] = norm_text(norms[-1])
            values[f"{key}_layer1"] = norm_text(norms[0])
            values[f"{key}_ratio"] = format(norms[-1] / norms[0], ".2g").replace("-", "−")
    histories = gd_variants()
    for batch_size, gd in histories.items():
        b = batch_size or CH09_N
        values[f"gd_cost_b{b}"] = f"{gd.losses[-1]:.4f}"
        values[f"gd_accuracy_b{b}"] = f"{gd.metrics['accuracy'][-1]:.3g}"
    # by epoch 6, B = 20 has made as many updates (60) as B = n makes in its 60 epochs
    assert CH09_GD_EPOCHS // (CH09_N // 20) == 6
    values["gd_cost_b20_epoch6"] = f"{histories[20].losses[5]:.4f}"
    values["gd_lowest_b1"] = f"{min(histories[1].losses):.4f}"
    return values


# ---------------------------------------------------------------- figures


def ch09_network() -> Figure:
    """The lecture's 2-10-10-10-1 network: every unit joined to every unit of the next layer."""
    fig = plot.Figure(figsize=(plot.MAX_WIDTH, 3.6), layout="constrained")
    ax = fig.add_subplot()
    ax.axis("off")
    columns = [[(4 * k, (n - 1) / 2 - i) for i in range(n)] for k, n in enumerate(CH09_XOR_SIZES)]
    for left, right in itertools.pairwise(columns):
        for a in left:
            for b in right:
                ax.plot([a[0], b[0]], [a[1], b[1]], color="0.75", lw=0.5, zorder=1)
    names = ["$x$", "$h^{(1)}$", "$h^{(2)}$", "$h^{(3)}$", r"$\hat y$"]
    for k, (column, name) in enumerate(zip(columns, names, strict=True)):
        xs, ys = zip(*column, strict=True)
        last = k == len(columns) - 1
        color = "C1" if k == 0 else "C2" if last else "C0"
        ax.scatter(xs, ys, s=110, color=color, edgecolor="black", zorder=2)
        ax.text(4 * k, -5.6, name, ha="center", va="top", fontsize=13)
        ax.text(4 * k, 5.3, f"${len(column)}$", ha="center", fontsize=12)
    ax.set(xlim=(-1.5, 17.5), ylim=(-6.8, 6))
    return fig


def ch09_activations() -> Figure:
    """Sigmoid, tanh, ReLU, Leaky ReLU (a = 0.1), ELU and maxout, each with its derivative."""
    return plot.activation_grid(negative_slope=CH09_LEAKY_SLOPE)


def ch09_vanishing() -> Figure:
    """Gradient norm per layer, sigmoid vs ReLU, with PyTorch's default init and with He init."""
    panels = {}
    for title, he in ((r"$\mathcal{U}(\pm 1/\sqrt{d})$", False), (r"$\mathcal{N}(0, 2/d)$", True)):
        panels[title] = {
            "sigmoid": layer_gradient_norms("sigmoid", he),
            "ReLU": layer_gradient_norms("relu", he),
        }
    top = panels[r"$\mathcal{U}(\pm 1/\sqrt{d})$"]["sigmoid"][-1]
    bound = [top * 0.25 ** (CH09_DEPTH - layer) for layer in range(1, CH09_DEPTH + 1)]
    return plot.gradient_norms(panels, reference={r"$\propto (1/4)^{L - l}$": bound})


def ch09_gd_variants() -> Figure:
    """Cost per epoch of batch (B = n), mini-batch (B = 20) and stochastic (B = 1) descent."""
    histories = gd_variants()
    fig = plot.loss_history({batch_label(b): h.losses for b, h in histories.items()})
    fig.axes[0].set_title(rf"$n = {CH09_N}$,  $\alpha = {CH09_GD_LR:g}$")
    return fig


def ch09_xor_loss() -> Figure:
    """The XOR MLP's cost per epoch: a long plateau at ln 2, then the fall."""
    _, history = trained_xor_mlp()
    fig = plot.loss_history({"2-10-10-10-1": history.losses})
    fig.axes[0].axhline(math.log(2), color="C3", ls="--", lw=1.5, label=r"$\ln 2$")
    fig.axes[0].legend()
    return fig


def ch09_xor_boundary() -> Figure:
    """Where the trained XOR MLP predicts 1, over the input plane, with the four points."""
    model, _ = trained_xor_mlp()
    x, y = data.xor()
    return plot.decision_boundary(model, x, y)


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch09-network.svg": ch09_network,
    "ch09-activations.svg": ch09_activations,
    "ch09-vanishing.svg": ch09_vanishing,
    "ch09-gd-variants.svg": ch09_gd_variants,
    "ch09-xor-loss.svg": ch09_xor_loss,
    "ch09-xor-boundary.svg": ch09_xor_boundary,
}
