"""Functions of the course written from scratch, each beside its formula.

Like ``torch.nn.functional``, everything is importable from ``nnintro.functional`` directly; the
code lives in one module per topic. The tests compare each function with PyTorch's own.
"""

from nnintro.functional.regression import line, mse, mse_line_grad

__all__ = [
    "line",
    "mse",
    "mse_line_grad",
]
