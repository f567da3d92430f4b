"""The Figure class every plot helper returns, and small helpers the plot modules share."""

import io

import matplotlib.figure
import torch
from torch import Tensor

ARROW = {"arrowstyle": "->", "mutation_scale": 12}  # style of every arrow
BOX = {"fc": "white", "ec": "none", "pad": 1.5}  # white box behind labels


class Figure(matplotlib.figure.Figure):
    """A matplotlib Figure that Jupyter shows by itself, sharp on high-density screens.

    Figures made without pyplot have no display hook in Jupyter unless a pyplot backend is active;
    this one renders itself as a PNG at twice its resolution, shown at its normal size.
    """

    def _repr_png_(self) -> tuple[bytes, dict[str, int]]:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=2 * self.dpi)
        width, height = self.get_size_inches() * self.dpi
        return buffer.getvalue(), {"width": round(width), "height": round(height)}


def flat(t: Tensor) -> list[float]:
    """Return the elements of ``t`` as a flat list of Python floats."""
    return torch.as_tensor(t, dtype=torch.float64).detach().flatten().tolist()
