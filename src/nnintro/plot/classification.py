"""Classification's figures: a classifier's decision boundary over 2-feature data, and softmax."""

from collections.abc import Callable
from typing import Literal

import torch
from matplotlib.colors import ListedColormap
from torch import Tensor, nn

from nnintro import functional, metrics
from nnintro.plot._figure import MAX_WIDTH, Figure, figure, number, styled
from nnintro.plot._figure import flat as _flat

_MARKERS = "osD^v<>p*h"  # one marker per class, so the classes differ without colour too
_LIGHT = ["#aecbe6", "#f6c49a", "#b4dfb4", "#f0b3b3", "#d2c4e6", "#d9bfb8", "#f3c6e5", "#cfcfcf"]


def _outputs(model: Callable[[Tensor], Tensor], x: Tensor) -> Tensor:
    """Return ``model(x)`` without gradients, in eval mode (restored afterwards) for Modules."""
    training = isinstance(model, nn.Module) and model.training
    if training:
        model.eval()
    try:
        with torch.no_grad():
            return model(x)
    finally:
        if training:
            model.train()


def _labels(y: Tensor, n: int) -> Tensor:
    """Return the labels ``y`` as int64 of shape (n,): 0/1 columns and class indices alike."""
    if y.numel() != n or (y.dim() == 2 and y.shape[1] != 1) or y.dim() > 2:
        raise ValueError(
            f"decision_boundary: x holds {n} samples but y has shape {tuple(y.shape)}; give one "
            f"label per sample, shape ({n},) or ({n}, 1)"
        )
    return y.reshape(-1).long()


def _grid(x: Tensor, resolution: int, pad: float) -> tuple[Tensor, Tensor, Tensor]:
    """Return the two meshes of a resolution² grid around ``x`` and its points as (m, 2)."""
    lo, hi = x.amin(dim=0).double(), x.amax(dim=0).double()
    margin = pad * torch.where(hi > lo, hi - lo, torch.ones_like(hi))
    axes = [torch.linspace(a, b, resolution) for a, b in zip(lo - margin, hi + margin, strict=True)]
    mesh1, mesh2 = torch.meshgrid(*axes, indexing="xy")
    return mesh1, mesh2, torch.stack([mesh1.reshape(-1), mesh2.reshape(-1)], dim=1).to(x.dtype)


@styled
def decision_boundary(
    model: Callable[[Tensor], Tensor],
    x: Tensor,
    y: Tensor,
    *,
    output: Literal["auto", "probability", "logit"] = "auto",
    resolution: int = 200,
    pad: float = 0.15,
) -> Figure:
    r"""Return a Figure of 2-feature data over the regions where ``model`` predicts each class.

    ``model`` is any callable (an ``nn.Module``, a function) mapping an (m, 2) tensor to
    (m, 1) outputs for two classes or (m, c) outputs for $c \ge 2$ classes; it is evaluated on a
    grid of ``resolution``² points around the data (``pad`` times the data's range on each side).

    - One output: the background shades $P(y = 1)$ from 0 to 1, and a black line marks the
      decision boundary $P(y = 1) = 0.5$. The outputs are probabilities, or logits $z$ with
      $P(y = 1) = \sigma(z)$ (boundary $z = 0$); ``output="auto"`` takes probabilities if every
      output on the grid is in $[0, 1]$, else logits.
    - $c$ outputs: each region is coloured by the predicted class $\arg\max_j$ of the outputs
      (logits or probabilities alike), with black lines between the regions.

    The samples are drawn by class (colour and marker); the title gives the accuracy on them.

    Raises:
        ValueError: if ``x`` is not (n, 2), ``y`` has not one label per sample, ``output`` is
            unknown, or the model's outputs have the wrong shape.

    Examples:
        >>> x, y = torch.tensor([[0.0, 0.0], [1.0, 1.0]]), torch.tensor([0, 1])
        >>> fig = decision_boundary(lambda t: t.sum(dim=1, keepdim=True) - 1, x, y)
        >>> fig.axes[0].get_title()
        'accuracy = 1'
    """
    if x.dim() != 2 or x.shape[1] != 2:
        raise ValueError(
            f"decision_boundary: x must have shape (n, 2), two features to draw, got "
            f"{tuple(x.shape)}; pick two columns, e.g. x[:, :2]"
        )
    if output not in ("auto", "probability", "logit"):
        raise ValueError(
            f"decision_boundary: output must be 'auto', 'probability' or 'logit', got {output!r}"
        )
    labels = _labels(y, len(x))
    mesh1, mesh2, grid = _grid(x, resolution, pad)
    out, out_x = _outputs(model, grid).double(), _outputs(model, x).double()
    if out.dim() not in (1, 2) or len(out) != len(grid):
        raise ValueError(
            f"decision_boundary: the model must map (m, 2) inputs to (m, 1) or (m, c) outputs, "
            f"but it mapped {tuple(grid.shape)} to {tuple(out.shape)}"
        )
    if out.dim() == 1:  # one output per sample, given as a vector
        out, out_x = out.view(-1, 1), out_x.view(-1, 1)
    fig = figure(figsize=(6, 4.8), layout="constrained")
    ax = fig.add_subplot()
    c = out.shape[1]
    if c == 1:
        if output == "logit" or (output == "auto" and not ((out >= 0) & (out <= 1)).all()):
            out, out_x = functional.sigmoid(out), functional.sigmoid(out_x)  # P(y = 1) = σ(z)
        prob = out.view(mesh1.shape).numpy()
        shade = ax.contourf(
            mesh1,
            mesh2,
            prob,
            levels=[i / 10 for i in range(11)],
            cmap="RdBu_r",
            alpha=0.45,
            vmin=0,
            vmax=1,
        )
        ax.contour(mesh1, mesh2, prob, levels=[0.5], colors="black", linewidths=2)
        fig.colorbar(shade, ax=ax, label="$P(y = 1)$", ticks=[0, 0.25, 0.5, 0.75, 1])
        score = metrics.accuracy(out_x, labels.double().view(-1, 1))
        colors = ["C0", "C3"]
    else:
        regions = out.argmax(dim=1).view(mesh1.shape).numpy()
        cmap = ListedColormap([_LIGHT[k % len(_LIGHT)] for k in range(c)])
        ax.contourf(mesh1, mesh2, regions, levels=[k - 0.5 for k in range(c + 1)], cmap=cmap)
        ax.contour(
            mesh1,
            mesh2,
            regions,
            levels=[k + 0.5 for k in range(c - 1)],
            colors="black",
            linewidths=1,
        )
        score = metrics.accuracy(out_x, labels)
        colors = [f"C{k}" for k in range(c)]
    for k in sorted(set(labels.tolist())):
        mine = x[labels == k]
        ax.scatter(
            _flat(mine[:, 0]),
            _flat(mine[:, 1]),
            marker=_MARKERS[k % len(_MARKERS)],
            color=colors[k % len(colors)],
            edgecolor="black",
            s=60,
            zorder=3,
            label=f"$y = {k}$",
        )
    ax.set(xlabel="$x_1$", ylabel="$x_2$", title=f"accuracy = {score:.4g}")
    ax.legend(loc="best", framealpha=0.9)
    counts = [int((labels == k).sum()) for k in sorted(set(labels.tolist()))]
    if c == 1:
        ko_regions = "배경은 모델이 준 P(y = 1)의 색, 검은 선은 P(y = 1) = 0.5인 결정 경계"
        en_regions = "the background shades the model's P(y = 1); a black line marks the decision "
        en_regions += "boundary P(y = 1) = 0.5"
    else:
        ko_regions = f"배경은 모델이 예측하는 클래스 {c}개의 영역, 검은 선은 그 경계"
        en_regions = f"the background shows the regions of the {c} classes the model predicts, "
        en_regions += "black lines their boundaries"
    return fig.describe(
        f"결정 경계: 특성이 두 개인 샘플 {len(x)}개 (클래스별 {counts}), {ko_regions}. "
        f"이 샘플의 정확도 {number(score, 4)}.",
        f"Decision boundary: {len(x)} samples with two features (per class {counts}); "
        f"{en_regions}. Accuracy on these samples: {number(score, 4)}.",
    )


@styled
def softmax_bars(z: Tensor) -> Figure:
    r"""Return a Figure of scores $z_i$ (left) and their softmax $p_i = e^{z_i} / \sum_j e^{z_j}$.

    One bar per class, each labelled with its value; the probabilities keep the order of the
    scores and add up to 1.

    Examples:
        >>> fig = softmax_bars(torch.tensor([1.0, 2.0, 3.0]))
        >>> [t.get_text() for t in fig.axes[1].texts]
        ['0.0900', '0.2447', '0.6652']
    """
    if z.dim() != 1:
        raise ValueError(
            f"softmax_bars: z must be one row of scores, shape (c,), got {tuple(z.shape)}"
        )
    p = functional.softmax(z.double())
    fig = figure(figsize=(MAX_WIDTH, 3.4), layout="constrained")
    classes = list(range(len(z)))
    for i, (values, name, fmt) in enumerate(
        [(_flat(z), "z_i", "{:g}"), (_flat(p), "p_i", "{:.4f}")]
    ):
        ax = fig.add_subplot(1, 2, i + 1)
        ax.bar(classes, values, color=[f"C{k}" for k in classes])
        for k, v in zip(classes, values, strict=True):
            ax.annotate(
                fmt.format(v),
                (k, v),
                xytext=(0, 3 if v >= 0 else -3),
                textcoords="offset points",
                ha="center",
                va="bottom" if v >= 0 else "top",
            )
        top = max(max(values), 0)
        ax.set_ylim(min(min(values), 0) * 1.2, top * 1.2 or 1)
        ax.set(xlabel="$i$", ylabel=f"${name}$", xticks=classes)
        ax.grid(True, axis="y", alpha=0.3)
    fig.axes[0].set_title("$z$")
    total = (
        " + ".join(f"p_{k}" for k in classes)
        if len(z) <= 4
        else rf"p_0 + \cdots + p_{{{len(z) - 1}}}"
    )
    fig.axes[1].set_title(r"$p = \mathrm{softmax}(z)$,  $" + total + " = 1$")
    scores = ", ".join(f"{v:g}" for v in _flat(z))
    probs = ", ".join(f"{v:.4f}" for v in _flat(p))
    return fig.describe(
        f"막대그래프 두 개: 점수 z = ({scores})와 그 소프트맥스 p = ({probs}); 확률의 순서는 "
        f"점수의 순서와 같고 합은 1.",
        f"Two bar charts: the scores z = ({scores}) and their softmax p = ({probs}); the "
        f"probabilities keep the order of the scores and add up to 1.",
    )
