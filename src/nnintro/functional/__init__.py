"""Functions of the course written from scratch, each beside its formula.

Like ``torch.nn.functional``, everything is importable from ``nnintro.functional`` directly; the
code lives in one module per topic. The tests compare each function with PyTorch's own.
"""

from nnintro.functional.quadratic_cost import least_squares, max_stable_lr
from nnintro.functional.regression import line, mse, mse_line_grad, mse_linear_grad
from nnintro.functional.scaling import standardize

__all__ = [
    "least_squares",
    "line",
    "max_stable_lr",
    "mse",
    "mse_line_grad",
    "mse_linear_grad",
    "standardize",
]
