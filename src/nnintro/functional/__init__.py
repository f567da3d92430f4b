"""Functions of the course written from scratch, each beside its formula.

Like ``torch.nn.functional``, everything is importable from ``nnintro.functional`` directly; the
code lives in one module per topic. The tests compare each function with PyTorch's own.
"""

from nnintro.functional.activations import (
    elu,
    elu_grad,
    leaky_relu,
    leaky_relu_grad,
    maxout,
    relu,
    relu_grad,
    sigmoid,
    sigmoid_grad,
    tanh,
    tanh_grad,
)
from nnintro.functional.losses import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cross_entropy,
    log_softmax,
    one_hot,
    softmax,
)
from nnintro.functional.quadratic_cost import least_squares, max_stable_lr
from nnintro.functional.regression import line, mse, mse_line_grad, mse_linear_grad
from nnintro.functional.scaling import standardize

__all__ = [
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "cross_entropy",
    "elu",
    "elu_grad",
    "leaky_relu",
    "leaky_relu_grad",
    "least_squares",
    "line",
    "log_softmax",
    "max_stable_lr",
    "maxout",
    "mse",
    "mse_line_grad",
    "mse_linear_grad",
    "one_hot",
    "relu",
    "relu_grad",
    "sigmoid",
    "sigmoid_grad",
    "softmax",
    "standardize",
    "tanh",
    "tanh_grad",
]
