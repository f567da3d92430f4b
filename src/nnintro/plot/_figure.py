"""The Figure class every plot helper returns, the ``figure`` function that makes one, and small
helpers the plot modules share."""

import io

import matplotlib
import matplotlib.figure
import torch
from torch import Tensor

ARROW = {"arrowstyle": "->", "mutation_scale": 12}  # style of every arrow
BOX = {"fc": "white", "ec": "none", "pad": 1.5}  # white box behind labels


class Figure(matplotlib.figure.Figure):
    """A matplotlib Figure that Jupyter shows by itself, sharp on high-density screens.

    It renders itself as a PNG at twice its resolution, shown at its normal size, so a cell that
    ends with it shows it even when pyplot was never imported. ``fig.show()`` shows it below the
    cell under Jupyter's inline backend, and in a window of pyplot's backend elsewhere.
    """

    def _repr_png_(self) -> tuple[bytes, dict[str, int]]:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=2 * self.dpi)
        width, height = self.get_size_inches() * self.dpi
        return buffer.getvalue(), {"width": round(width), "height": round(height)}

    def show(self, warn: bool = True) -> None:
        """Show the figure: below the cell under Jupyter's inline backend, else as pyplot does."""
        if self.canvas.manager is None and inline():
            from IPython.display import display

            display(self)
        else:
            super().show(warn)


def inline() -> bool:
    """Return True when pyplot's backend is Jupyter's inline one (without choosing a backend).

    Examples:
        >>> inline()  # a doctest runs outside Jupyter
        False
    """
    try:
        backend = matplotlib.get_backend(auto_select=False)
    except TypeError:  # matplotlib < 3.10 has no auto_select
        backend = matplotlib.rcParams._get_backend_or_none()
    return backend is not None and "inline" in backend.lower()


def figure(**kwargs) -> Figure:
    """Return a new, empty Figure, managed by pyplot unless Jupyter's inline backend is in use.

    ``kwargs`` go to matplotlib's ``Figure`` (``figsize``, ``layout``, ...). Outside Jupyter the
    figure is made by ``plt.figure``, so ``plt.show()`` shows it (from a script or an IPython
    terminal) and ``fig.show()`` works; close it with ``plt.close(fig)``. Under the inline
    backend, which shows every pyplot figure after the cell, pyplot is left out: the cell that
    ends with the figure shows it once.

    Examples:
        >>> import matplotlib.pyplot as plt
        >>> fig = figure(figsize=(4, 3))
        >>> fig.get_size_inches().tolist(), plt.fignum_exists(fig.number)
        ([4.0, 3.0], True)
        >>> plt.close(fig)
    """
    if inline():
        return Figure(**kwargs)
    import matplotlib.pyplot as plt  # imported here: pyplot chooses a backend on first use

    return plt.figure(FigureClass=Figure, **kwargs)


def flat(t: Tensor) -> list[float]:
    """Return the elements of ``t`` as a flat list of Python floats."""
    return torch.as_tensor(t, dtype=torch.float64).detach().flatten().tolist()
