r"""Activation functions' figures: each with its derivative, and the gradient size through depth."""

import math
from collections.abc import Callable, Mapping, Sequence

import torch
from torch import Tensor

from nnintro import functional
from nnintro.plot._figure import MAX_WIDTH, Figure, figure, plain, styled, width

ACTIVATION_NAMES = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "maxout")
_Piece = tuple[float, float]  # (w, b) of one linear piece w x + b of a maxout unit


def _curves(
    name: str, negative_slope: float, alpha: float, pieces: Sequence[_Piece]
) -> tuple[str, Callable[[Tensor], Tensor], Callable[[Tensor], Tensor]]:
    """Return the title, the function and its derivative for the activation ``name``."""
    if name == "leaky_relu":
        return (
            f"Leaky ReLU ($a = {negative_slope:g}$)",
            lambda x: functional.leaky_relu(x, negative_slope),
            lambda x: functional.leaky_relu_grad(x, negative_slope),
        )
    if name == "elu":
        return (
            rf"ELU ($\alpha = {alpha:g}$)",
            lambda x: functional.elu(x, alpha),
            lambda x: functional.elu_grad(x, alpha),
        )
    if name == "maxout":
        return f"maxout ($k = {len(pieces)}$)", lambda x: _maxout(x, pieces), _maxout_grad(pieces)
    plain = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU"}
    if name not in plain:
        raise ValueError(f"activation_grid: unknown activation {name!r}; use {ACTIVATION_NAMES}")
    f, grad = getattr(functional, name), getattr(functional, f"{name}_grad")
    return plain[name], f, grad


def _maxout(x: Tensor, pieces: Sequence[_Piece]) -> Tensor:
    r"""Return $\max_i (w_i x + b_i)$ of the given linear pieces, via ``functional.maxout``."""
    z = torch.stack([w * x + b for w, b in pieces], dim=-1)  # (n, k): the k pieces at each x
    return functional.maxout(z, pieces=len(pieces)).squeeze(-1)


def _maxout_grad(pieces: Sequence[_Piece]) -> Callable[[Tensor], Tensor]:
    """Return a function giving the slope $w_i$ of the winning piece, found by autograd."""

    def grad(x: Tensor) -> Tensor:
        x = x.detach().clone().requires_grad_(True)
        _maxout(x, pieces).sum().backward()
        return x.grad

    return grad


@styled
def activation_grid(
    names: Sequence[str] = ACTIVATION_NAMES,
    *,
    x_range: tuple[float, float] = (-4.0, 4.0),
    negative_slope: float = 0.01,
    alpha: float = 1.0,
    maxout_pieces: Sequence[_Piece] = ((-1.0, -1.0), (0.25, 0.0), (2.0, -2.0)),
    columns: int = 2,
) -> Figure:
    r"""Return a Figure with one panel per activation $f$: $f(x)$ solid and $f'(x)$ dashed.

    The functions and derivatives are those of ``nnintro.functional``: sigmoid
    $\sigma(x) = 1/(1 + e^{-x})$, $\tanh$, $\mathrm{ReLU}(x) = \max(0, x)$, Leaky ReLU
    $\max(ax, x)$ with $a$ = ``negative_slope``, ELU ($x$ or $\alpha(e^{x} - 1)$) and maxout
    $\max_i (w_i x + b_i)$ of ``maxout_pieces`` $(w_i, b_i)$, drawn faint beside it.

    Examples:
        >>> fig = activation_grid(["sigmoid", "leaky_relu"], negative_slope=0.1)
        >>> [ax.get_title() for ax in fig.axes]
        ['sigmoid', 'Leaky ReLU ($a = 0.1$)']
        >>> round(float(max(fig.axes[0].lines[1].get_ydata())), 6)  # largest slope of sigmoid: 1/4
        0.25
    """
    if not names:
        raise ValueError(f"activation_grid: give at least one name from {ACTIVATION_NAMES}")
    lo, hi = x_range
    if not lo < hi:
        raise ValueError(
            f"activation_grid: x_range must be (low, high) with low < high, got {x_range}"
        )
    x = torch.linspace(lo, hi, 401, dtype=torch.float64)
    rows, cols = math.ceil(len(names) / columns), min(len(names), columns)
    fig = figure(figsize=(width(cols, 3.5), 2.6 * rows), layout="constrained")
    for k, name in enumerate(names):
        title, f, grad = _curves(name, negative_slope, alpha, maxout_pieces)
        ax = fig.add_subplot(rows, cols, k + 1)
        if name == "maxout":
            for w, b in maxout_pieces:
                ax.plot(x, w * x + b, color="0.75", lw=1)
        ax.plot(x, f(x), color="C0", lw=2, label="$f(x)$")
        ax.plot(x, grad(x), color="C1", lw=2, ls="--", label="$f'(x)$")
        ax.axhline(0, color="0.5", lw=0.8)
        ax.axvline(0, color="0.5", lw=0.8)
        ax.set(title=title, xlim=(lo, hi), ylim=(-1.6, 3.1), xlabel="$x$")
        ax.grid(True, alpha=0.3)
        if k == 0:
            ax.legend(loc="upper left")
    shown = ", ".join(plain(ax.get_title()) for ax in fig.axes)
    return fig.describe(
        f"활성화 함수 {len(names)}개의 그래프: {shown}. 각 그림에 f(x)는 실선, 도함수 f'(x)는 "
        f"점선, x는 {lo:g}에서 {hi:g}까지.",
        f"Graphs of {len(names)} activation functions: {shown}. Each panel shows f(x) solid and "
        f"its derivative f'(x) dashed, for x from {lo:g} to {hi:g}.",
    )


Norms = Mapping[str, Sequence[float]]


@styled
def gradient_norms(norms: Norms | Mapping[str, Norms], *, reference: Norms | None = None) -> Figure:
    r"""Return a Figure of the gradient norm $\|\partial \mathrm{cost}/\partial W_l\|$ of layer $l$.

    ``norms`` is ``{label: [norm of layer 1, ..., norm of layer L]}``, one line per label, layer 1
    (next to the input) on the left, on a log scale; or ``{title: {label: norms}}`` for one panel
    per title, sharing the axes. ``reference`` lines, such as a bound $\propto (1/4)^{L-l}$, are
    drawn dotted and grey in every panel.

    Examples:
        >>> fig = gradient_norms({"sigmoid": [1e-6, 1e-4, 1e-2], "ReLU": [0.1, 0.2, 0.1]})
        >>> fig.axes[0].get_yscale(), fig.axes[0].lines[0].get_xdata().tolist()
        ('log', [1, 2, 3])
        >>> fig = gradient_norms({"A": {"sigmoid": [1e-6, 1e-2]}, "B": {"sigmoid": [0.1, 0.2]}})
        >>> [ax.get_title() for ax in fig.axes]
        ['A', 'B']
    """
    if not norms or not all(norms.values()):
        raise ValueError("gradient_norms: give at least one line, {label: [norm per layer]}")
    nested = isinstance(next(iter(norms.values())), Mapping)
    panels: Mapping[str, Norms] = norms if nested else {"": norms}
    cols = min(len(panels), 2)  # two panels a row: more would shrink the text
    rows = math.ceil(len(panels) / cols)
    size = (6, 4) if len(panels) == 1 else (MAX_WIDTH, 3.6 * rows)
    fig = figure(figsize=size, layout="constrained")
    axes = fig.subplots(rows, cols, sharey=True, squeeze=False).flatten()
    for ax in axes[len(panels) :]:
        ax.remove()
    for ax, (title, lines) in zip(axes, panels.items(), strict=False):
        for label, values in lines.items():
            ax.plot(range(1, len(values) + 1), list(values), "o-", lw=2, label=label)
        for label, values in (reference or {}).items():
            ax.plot(range(1, len(values) + 1), list(values), ":", color="0.4", lw=1.5, label=label)
        ax.set_yscale("log")
        ax.set(title=title, xlabel="$l$")
        ax.set_xticks(range(1, max(len(v) for v in lines.values()) + 1))
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
    for ax in axes[::cols]:
        ax.set_ylabel(r"$\|\partial\,\mathrm{cost} / \partial W_l\|$")
    ko, en = [], []
    for title, lines in panels.items():
        for label, values in lines.items():
            where = f"{plain(title)}, " if title else ""
            ko.append(f"{where}{plain(label)}: 층 1에서 {values[0]:.2g}, 층 {len(values)}에서 "
                      f"{values[-1]:.2g}")  # fmt: skip
            en.append(f"{where}{plain(label)}: {values[0]:.2g} at layer 1, {values[-1]:.2g} at "
                      f"layer {len(values)}")  # fmt: skip
    return fig.describe(
        f"층마다의 기울기 크기 (로그 눈금), 층 1은 입력 쪽. {'; '.join(ko)}.",
        f"Gradient norm per layer (log scale), layer 1 next to the input. {'; '.join(en)}.",
    )
