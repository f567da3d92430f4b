"""Chapter 2's figures: tensors drawn as grids of numbered cells.

Every grid is computed by running the PyTorch operation it shows on the lecture's tensors, so a
figure cannot disagree with PyTorch. Labels are code, shapes and numbers only (the same figure is on
the Korean and the English page). tests/docs/test_ch02_theory.py renders them and checks the pages.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Rectangle

from nnintro.plot import MAX_WIDTH
from nnintro.plot import Figure as NNFigure

SCALE = 0.42  # inches per cell
PALETTE = ("#c6dbef", "#fdd0a2", "#c7e9c0", "#dadaeb")  # fill of x, y, z, ... (light blue first)
HIGHLIGHT = "#fdae6b"  # cells an index or slice selects
PLAIN = "#f0f0f0"
ARROW = {"arrowstyle": "-|>", "mutation_scale": 12, "lw": 1.2, "color": "0.25"}

# The lecture's tensors (chapter 2 of the lecture notebook), as nested lists.
CH02_T1 = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
CH02_T2 = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]
CH02_FT = [[[0, 1, 2], [3, 4, 5]], [[6, 7, 8], [9, 10, 11]]]
CH02_REDUCE = [[1.0, 2.0], [3.0, 4.0]]
CH02_CAT = ([[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]])
CH02_STACK = ([1.0, 4.0], [2.0, 5.0], [3.0, 6.0])


def _canvas(width: float, height: float) -> tuple[Figure, Axes]:
    """A figure whose data units are cells: x to the right, y downwards, no axes drawn.

    At most ``MAX_WIDTH`` wide, so that a theory page shows it at its natural size: its text is
    then as large as the page's.
    """
    if width * SCALE > MAX_WIDTH:
        raise ValueError(f"{width} cells are wider than a theory page's column")
    fig = NNFigure(figsize=(width * SCALE, height * SCALE))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set(xlim=(0, width), ylim=(height, 0), aspect="equal")
    ax.axis("off")
    return fig, ax


def _grid(
    ax: Axes,
    values: torch.Tensor,
    x: float,
    y: float,
    fill: Callable[[int, int], str] | str = PLAIN,
    *,
    ghost: bool = False,
) -> None:
    """Draw a 1-D or 2-D tensor as cells with their values, top-left corner at (x, y).

    A 1-D tensor is drawn as one row. ``fill(i, j)`` or one colour fills the cells; ``ghost`` draws
    dashed cells with grey numbers (copies that broadcasting makes without storing them).
    """
    rows = values.view(1, -1) if values.dim() == 1 else values
    for i, row in enumerate(rows.tolist()):
        for j, value in enumerate(row):
            face = fill(i, j) if callable(fill) else fill
            style = {"ls": "--", "ec": "0.55", "alpha": 0.55} if ghost else {"ec": "0.2"}
            ax.add_patch(Rectangle((x + j, y + i), 1, 1, fc=face, lw=1, **style))
            color = "0.45" if ghost else "black"
            ax.text(x + j + 0.5, y + i + 0.5, f"{value:g}", ha="center", va="center", color=color)


def _caption(ax: Axes, x: float, y: float, text: str, **style: object) -> None:
    ax.text(x, y, text, ha="center", va="center", family="monospace", **style)


def _shape(t: torch.Tensor) -> str:
    return str(tuple(t.shape))


def _arrow(ax: Axes, start: tuple[float, float], end: tuple[float, float]) -> None:
    ax.add_patch(FancyArrowPatch(start, end, **ARROW))


def ch02_tensors() -> Figure:
    """A 1-D tensor (7,) above; a 2-D tensor (4, 3) and a 3-D tensor (2, 2, 3) below, with dims."""
    t1, t2, ft = torch.tensor(CH02_T1), torch.tensor(CH02_T2), torch.tensor(CH02_FT)
    fig, ax = _canvas(15, 11.4)
    _grid(ax, t1, 1, 1.2)
    for j in range(len(t1)):  # index from the front (above) and from the back (below)
        ax.text(j + 1.5, 0.6, f"{j}", ha="center", va="center", color="C0")
        ax.text(j + 1.5, 2.8, f"{j - len(t1)}", ha="center", va="center", color="C3")
    _caption(ax, 11.2, 1.7, f"dim() = {t1.dim()}\nshape = {_shape(t1)}")
    _grid(ax, t2, 1.5, 5.3)
    _arrow(ax, (1.0, 5.3), (1.0, 9.3))
    ax.text(0.45, 7.3, "dim 0", rotation=90, ha="center", va="center")
    _arrow(ax, (1.5, 4.8), (4.5, 4.8))
    ax.text(3.0, 4.2, "dim 1", ha="center", va="center")
    _caption(ax, 3.0, 10.6, f"dim() = {t2.dim()}\nshape = {_shape(t2)}")
    for k in range(ft.shape[0]):  # a 3-D tensor is a stack of 2-D tensors along dim 0
        _grid(ax, ft[k], 7 + 4 * k, 5.8, PALETTE[k])
        _caption(ax, 8.5 + 4 * k, 5.2, f"ft[{k}]")
    _arrow(ax, (7, 8.3), (14, 8.3))
    ax.text(10.5, 8.9, "dim 0", ha="center", va="center")
    _caption(ax, 10.5, 10.6, f"dim() = {ft.dim()}\nshape = {_shape(ft)}")
    return fig


def ch02_slicing() -> Figure:
    """What t[2:5] (above), t[:, 1] and t[:, :-1] (below) select, highlighted in the lecture's
    tensors."""
    t1, t2 = torch.arange(len(CH02_T1)), torch.arange(12).view(4, 3)  # positions, not values
    picks = [  # (positions, code, what it picks, left, top)
        (t1, "t[2:5]", t1[2:5], 2.5, 0.0),
        (t2, "t[:, 1]", t2[:, 1], 1.0, 3.6),
        (t2, "t[:, :-1]", t2[:, :-1], 7.0, 3.6),
    ]
    fig, ax = _canvas(11, 9.6)
    for positions, code, picked, x, y in picks:
        chosen = set(picked.flatten().tolist())
        values = torch.tensor(CH02_T1 if positions.dim() == 1 else CH02_T2)
        rows, cols = (1, *positions.shape) if positions.dim() == 1 else positions.shape

        def fill(i: int, j: int, chosen: set[int] = chosen, cols: int = cols) -> str:
            return HIGHLIGHT if i * cols + j in chosen else PLAIN

        _grid(ax, values, x, y + 1.0, fill)
        _caption(ax, x + cols / 2, y + 0.4, code, weight="bold")
        _caption(ax, x + cols / 2, y + rows + 1.6, f"shape {_shape(picked)}")
    return fig


def ch02_reduce() -> Figure:
    """sum over dim 0 (down the columns) and over dim 1 (along the rows) of [[1, 2], [3, 4]]."""
    t = torch.tensor(CH02_REDUCE)
    fig, ax = _canvas(13, 6.2)
    for x, dim in [(1.0, 0), (8.0, 1)]:
        _grid(ax, t, x, 1)
        result = t.sum(dim=dim)
        if dim == 0:  # the rows disappear: one number per column
            for j in range(2):
                _arrow(ax, (x + j + 0.5, 3.05), (x + j + 0.5, 3.85))
            _grid(ax, result, x, 4, PALETTE[2])
        else:  # the columns disappear: one number per row
            for i in range(2):
                _arrow(ax, (x + 2.05, 1 + i + 0.5), (x + 2.85, 1 + i + 0.5))
            _grid(ax, result.view(-1, 1), x + 3, 1, PALETTE[2])
        _caption(ax, x + 1.5, 0.4, f"t.sum(dim={dim})", weight="bold")
        _caption(ax, x + 1.5, 5.6, f"{_shape(t)} → {_shape(result)}")
    return fig


def ch02_broadcast() -> Figure:
    """[[1, 2]] + [[3], [4]] stretched to (2, 2); the trap (3, 1) - (3,) giving (3, 3)."""
    m1, m2 = torch.tensor([[1.0, 2.0]]), torch.tensor([[3.0], [4.0]])
    a, b = torch.tensor([[1.0], [2.0], [3.0]]), torch.tensor([1.0, 2.0, 3.0])
    fig, ax = _canvas(15.4, 9.3)
    rows = [(m1, "+", m2, m1 + m2, 0.5, "m1 + m2"), (a, "−", b, a - b, 4.8, "a - b")]
    for left, op, right, result, y, code in rows:
        out = tuple(result.shape)
        for k, (t, x) in enumerate([(left, 0.5), (right, 4.9)]):
            t2 = t.view(1, -1) if t.dim() == 1 else t
            _grid(ax, t2.expand(out), x, y, PALETTE[k], ghost=True)
            _grid(ax, t2, x, y, PALETTE[k])
            _caption(ax, x + out[1] / 2, y + out[0] + 0.5, _shape(t))
        ax.text(4.2, y + out[0] / 2, op, ha="center", va="center", fontsize=18)
        ax.text(8.6, y + out[0] / 2, "=", ha="center", va="center", fontsize=16)
        _grid(ax, result, 9.3, y, PALETTE[2])
        _caption(ax, 9.3 + out[1] / 2, y + out[0] + 0.5, _shape(result), weight="bold")
        _caption(ax, 14.0, y + out[0] / 2, code)
    return fig


def ch02_view() -> Figure:
    """The 12 elements of ft (2, 2, 3) keep their order in view([-1, 3]) (to the right, above)
    and in view([-1, 1, 3]) (to the right, below)."""
    ft = torch.tensor(CH02_FT, dtype=torch.float32)
    fig, ax = _canvas(15.6, 12)
    for k in range(2):
        _grid(ax, ft[k], 0.5, 3.4 + 2.4 * k, PALETTE[k])
    _caption(ax, 2, 2.8, _shape(ft), weight="bold")
    flat = ft.view([-1, 3])
    _arrow(ax, (3.8, 3.9), (8.7, 3.9))
    _caption(ax, 6.2, 3.3, "view([-1, 3])")
    _grid(ax, flat, 9, 1.1, lambda i, j: PALETTE[i // 2])
    _caption(ax, 10.5, 0.5, _shape(flat), weight="bold")
    thin = ft.view([-1, 1, 3])
    _arrow(ax, (3.8, 7.3), (8.7, 7.3))
    _caption(ax, 6.2, 6.7, "view([-1, 1, 3])")
    for k in range(thin.shape[0]):  # four (1, 3) matrices, stacked along dim 0
        _grid(ax, thin[k], 9, 6.8 + 1.3 * k, PALETTE[k // 2])
        _caption(ax, 13.8, 7.3 + 1.3 * k, f"[{k}] {_shape(thin[k])}")
    _caption(ax, 10.5, 6.2, _shape(thin), weight="bold")
    return fig


def ch02_cat_stack() -> Figure:
    """cat along dim 0 and 1 of two (2, 2) tensors (above); stack along dim 0 and 1 of three (2,)
    ones (below). Each row shows its inputs once and both results."""
    x, y = (torch.tensor(v) for v in CH02_CAT)
    owner = torch.tensor([[0, 0], [0, 0]]), torch.tensor([[1, 1], [1, 1]])
    vectors = [torch.tensor(v) for v in CH02_STACK]
    ids = [torch.full((2,), float(k)) for k in range(3)]
    fig, ax = _canvas(15.4, 13.0)
    rows = [  # code, inputs, their names, the step between them, top, and both results
        ("torch.cat([x, y], dim=…)", [x, y], "xy", 2.6, 0.0,
         [(torch.cat([x, y], dim=d), torch.cat(owner, dim=d)) for d in (0, 1)]),
        ("torch.stack([x, y, z], dim=…)", vectors, "xyz", 2.3, 7.4,
         [(torch.stack(vectors, dim=d), torch.stack(ids, dim=d)) for d in (0, 1)]),
    ]  # fmt: skip
    for code, inputs, names, step, top, results in rows:
        ax.text(0.3, top + 0.4, code, ha="left", va="center", family="monospace", weight="bold")
        span = step * (len(inputs) - 1) + 2  # every input is 2 cells wide
        for k, (t, name) in enumerate(zip(inputs, names, strict=True)):
            _caption(ax, 0.5 + step * k + 1, top + 1.6, name)
            _grid(ax, t, 0.5 + step * k, top + 2.2, PALETTE[k])
        bottom = top + 2.2 + (2 if inputs[0].dim() == 2 else 1)
        _caption(ax, 0.5 + span / 2, bottom + 0.6, " ".join(_shape(t) for t in inputs))
        _arrow(ax, (0.8 + span, top + 3.2), (1.8 + span, top + 3.2))
        grid_x = 2.3 + span
        for dim, (result, source) in enumerate(results):
            _caption(ax, grid_x + result.shape[1] / 2, top + 1.6, f"dim={dim}", weight="bold")
            _grid(ax, result, grid_x, top + 2.2, lambda i, j, s=source: PALETTE[int(s[i, j])])
            shape_y = top + 2.2 + result.shape[0] + 0.6
            _caption(ax, grid_x + result.shape[1] / 2, shape_y, _shape(result))
            grid_x += result.shape[1] + 1.2
    return fig


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch02-tensors.svg": ch02_tensors,
    "ch02-slicing.svg": ch02_slicing,
    "ch02-reduce.svg": ch02_reduce,
    "ch02-broadcast.svg": ch02_broadcast,
    "ch02-view.svg": ch02_view,
    "ch02-cat-stack.svg": ch02_cat_stack,
}
