"""Perceptron gates' figures: the four 0/1 inputs, each perceptron's line and where it outputs 1."""

import itertools
from collections.abc import Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap

from nnintro.gates import Gate, Perceptron, TwoLayerPerceptron
from nnintro.plot._figure import Figure, figure, styled, width

_CORNERS = list(itertools.product((0, 1), repeat=2))  # (0, 0), (0, 1), (1, 0), (1, 1)
_LO, _HI, _GRID = -0.25, 1.25, 121  # the square drawn, and grid points per side for the shading


def _lines(gate: Gate) -> list[Perceptron]:
    """Return the perceptrons whose lines $w \\cdot x + b = 0$ cut the input plane."""
    if isinstance(gate, Perceptron):
        return [gate]
    if isinstance(gate, TwoLayerPerceptron):
        return list(gate.hidden)
    return []


def _draw_line(ax: Axes, p: Perceptron, color: str) -> None:
    r"""Draw the line $w_1 x_1 + w_2 x_2 + b = 0$ across the square, labelled with its equation."""
    (w1, w2), b = p.weights, p.bias
    if w2 != 0:  # x2 = −(w1 x1 + b) / w2
        xs = [_LO, _HI]
        ys = [-(w1 * v + b) / w2 for v in xs]
    else:  # vertical: x1 = −b / w1
        xs, ys = [-b / w1] * 2, [_LO, _HI]
    terms = f"{w1:g}x_1 {'-' if w2 < 0 else '+'} {abs(w2):g}x_2 {'-' if b < 0 else '+'} {abs(b):g}"
    ax.plot(xs, ys, color=color, lw=2, label=f"${terms} = 0$")


@styled
def gate_regions(
    gates: Mapping[str, Gate], *, targets: Sequence[int] | None = None, columns: int = 2
) -> Figure:
    r"""Return a Figure with one panel per gate: where it outputs 1, its lines, and the 4 inputs.

    Each panel shades the inputs $x \in [-0.25, 1.25]^2$ where the gate outputs 1, draws the line
    $w_1 x_1 + w_2 x_2 + b = 0$ of each perceptron (for a ``TwoLayerPerceptron``, of its hidden
    ones), and marks the corners $(0, 0), (0, 1), (1, 0), (1, 1)$: filled for $y = 1$, hollow for
    $y = 0$. With ``targets`` (the wanted $y$ of the four corners, e.g. XOR's ``[0, 1, 1, 0]``)
    the corners show the targets, a red ring marks each one the gate gets wrong, and the title
    gives the accuracy, the number of corners it gets right out of 4.

    Examples:
        >>> from nnintro.gates import AND, OR
        >>> fig = gate_regions({"AND": AND, "OR": OR}, targets=[0, 1, 1, 0])
        >>> [ax.get_title() for ax in fig.axes]
        ['AND: accuracy 1/4', 'OR: accuracy 3/4']
    """
    if targets is not None and (len(targets) != 4 or set(targets) - {0, 1}):
        raise ValueError(
            f"gate_regions: targets must be the 4 labels (0 or 1) of {_CORNERS}, got {targets!r}"
        )
    if not gates:
        raise ValueError("gate_regions: give at least one gate, e.g. {'AND': nnintro.gates.AND}")
    n = len(gates)
    rows, cols = (n + columns - 1) // columns, min(n, columns)
    two_lines = max(len(_lines(gate)) for gate in gates.values()) > 1
    panel = width(cols, 3.3) / cols  # square panels, a title above, the lines' equations below
    fig = figure(figsize=(panel * cols, (panel + (1.3 if two_lines else 1.0)) * rows),
                 layout="constrained")  # fmt: skip
    grid = [_LO + (_HI - _LO) * i / (_GRID - 1) for i in range(_GRID)]
    for k, (name, gate) in enumerate(gates.items()):
        ax = fig.add_subplot(rows, cols, k + 1)
        # shade where the gate outputs 1 (rows of the image run along x2)
        image = [[gate(x1, x2) for x1 in grid] for x2 in grid]
        cmap = ListedColormap(["white", "#c6dbef"])
        ax.imshow(image, origin="lower", extent=(_LO, _HI, _LO, _HI), cmap=cmap, vmin=0, vmax=1)
        for i, p in enumerate(_lines(gate)):
            _draw_line(ax, p, f"C{i}")
        outputs = [gate(*x) for x in _CORNERS]
        labels = outputs if targets is None else list(targets)
        for (x1, x2), y in zip(_CORNERS, labels, strict=True):
            ax.plot(x1, x2, "o", ms=11, mec="black", mfc="black" if y else "white", zorder=3)
        wrong = [x for x, y, out in zip(_CORNERS, labels, outputs, strict=True) if y != out]
        for x1, x2 in wrong:
            ax.plot(x1, x2, "o", ms=20, mfc="none", mec="C3", mew=2.5, zorder=4)
        title = name if targets is None else f"{name}: accuracy {4 - len(wrong)}/4"
        ax.set(title=title, xlim=(_LO, _HI), ylim=(_LO, _HI), xlabel="$x_1$", ylabel="$x_2$")
        ax.set(xticks=[0, 1], yticks=[0, 1], aspect="equal")
        if ax.lines and _lines(gate):
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), frameon=False,
                      handlelength=1.2, borderaxespad=0)  # fmt: skip
    ko, en = [], []
    for name, gate in gates.items():
        ones = [x for x in _CORNERS if gate(*x)]
        where = ", ".join(f"({a}, {b})" for a, b in ones) or "없음"
        where_en = ", ".join(f"({a}, {b})" for a, b in ones) or "none"
        ko.append(f"{name}: 출력 1인 입력 {where}")
        en.append(f"{name}: outputs 1 at {where_en}")
    if targets is not None:
        ko.append(f"목표 y = {list(targets)}, 틀린 입력은 빨간 원")
        en.append(f"targets y = {list(targets)}, wrong inputs ringed in red")
    return fig.describe(
        f"입력 평면 위의 게이트 {len(gates)}개: 출력이 1인 영역은 색칠, 퍼셉트론의 직선과 네 입력 "
        f"(0, 0), (0, 1), (1, 0), (1, 1). {'; '.join(ko)}.",
        f"{len(gates)} gates on the input plane: the region where each outputs 1 is shaded, with "
        f"its perceptrons' lines and the four inputs. {'; '.join(en)}.",
    )
