"""Tests for nnintro.plot.activation_grid and gradient_norms: the curves drawn are the functions."""

import math
import re
from collections.abc import Iterator

import matplotlib.pyplot as plt
import pytest
import torch
import torch.nn.functional as F
from matplotlib.figure import Figure

from nnintro import plot

# words allowed outside $...$ math: the figures appear on Korean and English pages alike
ALLOWED_WORDS = {"sigmoid", "tanh", "ReLU", "Leaky", "ELU", "maxout"}


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    """Outside Jupyter the helpers' figures are pyplot's: close the ones each test made."""
    yield
    plt.close("all")


def texts(fig: Figure) -> list[str]:
    out = []
    for ax in fig.axes:
        out += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        if ax.get_legend() is not None:
            out += [t.get_text() for t in ax.get_legend().get_texts()]
    return out


def assert_language_neutral(fig: Figure) -> None:
    for text in texts(fig):
        words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\$[^$]*\$", "", text))
        assert set(words) <= ALLOWED_WORDS, text


def curve(fig: Figure, panel: int, index: int) -> tuple[torch.Tensor, torch.Tensor]:
    x, y = fig.axes[panel].lines[index].get_data()
    return torch.as_tensor(x, dtype=torch.float64), torch.as_tensor(y, dtype=torch.float64)


TORCH = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": F.relu,
    "leaky_relu": lambda x: F.leaky_relu(x, 0.1),
    "elu": F.elu,
}


@pytest.mark.parametrize("name", list(TORCH))
def test_each_panel_draws_the_function_and_its_autograd_derivative(name: str) -> None:
    fig = plot.activation_grid([name], negative_slope=0.1)
    x, f = curve(fig, 0, 0)
    _, df = curve(fig, 0, 1)
    torch.testing.assert_close(f, TORCH[name](x))
    xg = x.clone().requires_grad_(True)
    TORCH[name](xg).sum().backward()
    torch.testing.assert_close(df, xg.grad)


def test_default_grid_has_six_panels_with_derivative_bounds() -> None:
    fig = plot.activation_grid()
    assert [ax.get_title() for ax in fig.axes] == [
        "sigmoid",
        "tanh",
        "ReLU",
        "Leaky ReLU ($a = 0.01$)",
        r"ELU ($\alpha = 1$)",
        "maxout ($k = 3$)",
    ]
    assert curve(fig, 0, 1)[1].max().item() == pytest.approx(0.25, abs=1e-4)  # σ' ≤ 1/4
    assert curve(fig, 1, 1)[1].max().item() == pytest.approx(1.0, abs=1e-3)  # tanh' ≤ 1
    assert_language_neutral(fig)
    png, _ = fig._repr_png_()
    assert png.startswith(b"\x89PNG")


def test_maxout_panel_is_the_max_of_its_pieces_and_their_slopes() -> None:
    pieces = ((-1.0, -1.0), (0.25, 0.0), (2.0, -2.0))
    fig = plot.activation_grid(["maxout"], maxout_pieces=pieces)
    ax = fig.axes[0]
    assert len(ax.lines) == len(pieces) + 2 + 2  # pieces, f, f', the two axes
    x, f = curve(fig, 0, 3)
    _, df = curve(fig, 0, 4)
    z = torch.stack([w * x + b for w, b in pieces])
    torch.testing.assert_close(f, z.max(dim=0).values)
    slopes = torch.tensor([w for w, _ in pieces], dtype=torch.float64)
    torch.testing.assert_close(df, slopes[z.argmax(dim=0)])


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="unknown activation 'softplus'"):
        plot.activation_grid(["softplus"])
    with pytest.raises(ValueError, match="low < high"):
        plot.activation_grid(x_range=(2, -2))
    with pytest.raises(ValueError, match="at least one name"):
        plot.activation_grid([])
    with pytest.raises(ValueError, match="at least one line"):
        plot.gradient_norms({})


def test_gradient_norms_one_line_per_label_and_dotted_references() -> None:
    norms = {"sigmoid": [1e-8, 1e-5, 1e-2], "ReLU": [0.1, 0.2, 0.15]}
    bound = [(1 / 4) ** (3 - layer) for layer in (1, 2, 3)]
    fig = plot.gradient_norms(norms, reference={r"$(1/4)^{L-l}$": bound})
    (ax,) = fig.axes
    assert ax.get_yscale() == "log"
    assert [line.get_label() for line in ax.lines] == ["sigmoid", "ReLU", r"$(1/4)^{L-l}$"]
    assert ax.lines[0].get_ydata().tolist() == norms["sigmoid"]
    assert ax.lines[2].get_linestyle() == ":"
    assert [t for t in ax.get_xticks()] == [1, 2, 3]
    assert all(math.isfinite(v) for v in ax.get_ylim())
    assert_language_neutral(fig)


def test_gradient_norms_one_panel_per_title_sharing_the_y_axis() -> None:
    panels = {"$A$": {"sigmoid": [1e-9, 1e-1]}, "$B$": {"sigmoid": [1e-3, 1e-1], "ReLU": [1, 1]}}
    fig = plot.gradient_norms(panels, reference={"$r$": [0.25, 1.0]})
    left, right = fig.axes
    assert [left.get_title(), right.get_title()] == ["$A$", "$B$"]
    assert [len(left.lines), len(right.lines)] == [2, 3]  # the reference is in every panel
    assert left.get_ylim() == right.get_ylim()
    assert left.get_ylabel() and not right.get_ylabel()


def test_gradient_norms_refuses_empty_lines() -> None:
    with pytest.raises(ValueError, match="at least one line"):
        plot.gradient_norms({"$A$": {}})
