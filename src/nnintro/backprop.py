r"""Backpropagation by hand: the backward pass of a sigmoid MLP, each step beside its formula.

Shapes follow ``nn.Linear``: a batch ``x`` has one row per sample, shape (n, in); a weight has
shape (out, in) and a layer computes $z = x W^\top + b$. ``grad_out`` is always the gradient of
the (scalar) cost with respect to a function's output, shaped like that output. The cost's
$1/n$ enters once, in ``bce_sigmoid_backward``; after that every gradient is a sum over samples.
The tests compare every function with autograd.
"""

import torch
from torch import Tensor, nn

from nnintro import _checks
from nnintro.functional.losses import binary_cross_entropy
from nnintro.functional.regression import _check_same_shape

__all__ = [
    "bce_sigmoid_backward",
    "linear_backward",
    "manual_gradients",
    "sgd_step",
    "sigmoid_backward",
]


def sigmoid_backward(grad_out: Tensor, out: Tensor) -> Tensor:
    r"""Return $\partial\,\mathrm{cost}/\partial z$ for $h = \sigma(z)$, from $h$ itself.

    $$\frac{\partial\,\mathrm{cost}}{\partial z} = \frac{\partial\,\mathrm{cost}}{\partial h}
    \odot h \odot (1 - h)$$

    Examples:
        >>> sigmoid_backward(torch.tensor([1.0, -2.0]), torch.tensor([0.5, 0.9]))
        tensor([ 0.2500, -0.1800])
    """
    _check_same_shape("sigmoid_backward", "grad_out", grad_out, "out", out)
    # ∂cost/∂z = ∂cost/∂h ⊙ σ'(z), and σ'(z) = σ(z)(1 − σ(z)) = h(1 − h)
    return grad_out * out * (1 - out)


def linear_backward(grad_out: Tensor, x: Tensor, weight: Tensor) -> tuple[Tensor, Tensor, Tensor]:
    r"""Return ``(grad_x, grad_w, grad_b)`` for the layer $z = x W^\top + b$, given $G = \partial\,
    \mathrm{cost}/\partial z$ (``grad_out``, shape (n, out)).

    $$\frac{\partial\,\mathrm{cost}}{\partial x} = G\,W, \qquad
    \frac{\partial\,\mathrm{cost}}{\partial W} = G^\top x, \qquad
    \frac{\partial\,\mathrm{cost}}{\partial b} = \sum_{i=1}^{n} G_i$$

    Shapes: (n, in), (out, in) like ``weight``, and (out,) like the bias.

    Examples:
        >>> grad_x, grad_w, grad_b = linear_backward(
        ...     torch.tensor([[1.0], [2.0]]), torch.tensor([[1.0, 0.0], [1.0, 1.0]]),
        ...     torch.tensor([[3.0, -1.0]]))
        >>> grad_x, grad_w, grad_b
        (tensor([[ 3., -1.],
                [ 6., -2.]]), tensor([[3., 2.]]), tensor([3.]))
    """
    if not (grad_out.dim() == x.dim() == weight.dim() == 2) or (
        x.shape[0] != grad_out.shape[0] or weight.shape != (grad_out.shape[1], x.shape[1])
    ):
        raise ValueError(
            "linear_backward: expected grad_out (n, out), x (n, in) and weight (out, in) as "
            f"nn.Linear stores it, got grad_out {tuple(grad_out.shape)}, x {tuple(x.shape)} and "
            f"weight {tuple(weight.shape)}; pass W.T if your weight is (in, out)"
        )
    # ∂cost/∂x = G W: each input feeds every output, so its gradient sums over the outputs
    grad_x = grad_out @ weight
    # ∂cost/∂W = Gᵀ x: row j is Σ_i G_ij x_i, summed over the samples
    grad_w = grad_out.T @ x
    # ∂cost/∂b = Σ_i G_i
    grad_b = grad_out.sum(dim=0)
    return grad_x, grad_w, grad_b


def bce_sigmoid_backward(out: Tensor, target: Tensor) -> Tensor:
    r"""Return $\partial\,\mathrm{cost}/\partial z$ of the mean binary cross-entropy of
    $\hat y = \sigma(z)$, from the probabilities $\hat y$ (``out``): the error over $n$.

    $$\frac{\partial\,\mathrm{cost}}{\partial z_i} = \frac{\partial\,\mathrm{cost}}{\partial
    \hat y_i}\,\sigma'(z_i) = \frac{1}{n}\,\frac{\hat y_i - y_i}{\hat y_i(1 - \hat y_i)}\,
    \hat y_i(1 - \hat y_i) = \frac{\hat y_i - y_i}{n}$$

    Examples:
        >>> bce_sigmoid_backward(torch.tensor([[0.9], [0.2]]), torch.tensor([[1.0], [0.0]]))
        tensor([[-0.0500],
                [ 0.1000]])
    """
    _check_same_shape("bce_sigmoid_backward", "out", out, "target", target)
    if ((out < 0) | (out > 1)).any():
        raise ValueError(
            "bce_sigmoid_backward: out must be the probabilities σ(z), got values from "
            f"{out.min().item():g} to {out.max().item():g}; apply torch.sigmoid to the logits"
        )
    # n = number of values the cost averages over (F.binary_cross_entropy's mean)
    return (out - target) / out.numel()


def _sigmoid_linears(model: nn.Module) -> list[nn.Linear]:
    """The ``nn.Linear`` layers of ``model`` if it is Linear, Sigmoid, Linear, Sigmoid, ..."""
    layers = list(model.children())
    kinds = [type(m).__name__ for m in layers]
    if not layers or len(layers) % 2 or kinds != ["Linear", "Sigmoid"] * (len(layers) // 2):
        raise ValueError(
            "manual_gradients: model must be nn.Linear and nn.Sigmoid in turn, e.g. "
            "MLP([2, 2, 1], 'sigmoid', output_activation='sigmoid'), got "
            f"[{', '.join(kinds) or 'no layers'}]"
        )
    if any(layer.bias is None for layer in layers[::2]):
        raise ValueError("manual_gradients: every nn.Linear needs a bias (bias=True)")
    return layers[::2]


def manual_gradients(model: nn.Module, x: Tensor, y: Tensor) -> tuple[Tensor, dict[str, Tensor]]:
    r"""Return the mean BCE cost of a sigmoid MLP and its gradients, all computed by hand.

    Forward: $h^{(0)} = x$, $h^{(l)} = \sigma(h^{(l-1)} W_l^\top + b_l)$, $\hat y = h^{(L)}$.
    Backward, from $G_L = (\hat y - y)/n$ down to $l = 1$:

    $$\frac{\partial\,\mathrm{cost}}{\partial W_l} = G_l^\top h^{(l-1)}, \quad
    \frac{\partial\,\mathrm{cost}}{\partial b_l} = \sum_i G_{l,i}, \quad
    G_{l-1} = (G_l W_l) \odot h^{(l-1)} \odot (1 - h^{(l-1)})$$

    Args:
        model: ``nn.Linear`` and ``nn.Sigmoid`` in turn, e.g. ``MLP([2, 2, 1], "sigmoid",
            output_activation="sigmoid")``; it is not changed, and no ``.grad`` is touched.
        x: inputs, shape (n, in).
        y: targets in $[0, 1]$, shaped like the output, e.g. (n, 1).

    Returns:
        The cost (0-d) and ``{name: gradient}`` named and shaped as ``model.named_parameters()``.

    Examples:
        >>> from nnintro.models import MLP
        >>> _ = torch.manual_seed(0)
        >>> cost, grads = manual_gradients(MLP([2, 2, 1], "sigmoid", output_activation="sigmoid"),
        ...                                torch.tensor([[0.0, 1.0]]), torch.tensor([[1.0]]))
        >>> {name: tuple(g.shape) for name, g in grads.items()}
        {'0.weight': (2, 2), '0.bias': (2,), '2.weight': (1, 2), '2.bias': (1,)}
    """
    linears = _sigmoid_linears(model)
    x = _checks.as_tensor("manual_gradients", "x", x)
    y = _checks.as_tensor("manual_gradients", "y", y)
    dtype, d_in = linears[0].weight.dtype, linears[0].in_features
    if x.dim() != 2 or x.shape[1] != d_in:
        raise ValueError(f"manual_gradients: x must have shape (n, {d_in}), got {tuple(x.shape)}")
    with torch.no_grad():
        hs = [x.to(dtype)]  # h^(0), h^(1), ..., h^(L): every layer's input and output
        for layer in linears:
            hs.append(torch.sigmoid(hs[-1] @ layer.weight.T + layer.bias))
        y = y.to(dtype)
        _check_same_shape("manual_gradients", "the output", hs[-1], "y", y)
        cost = binary_cross_entropy(hs[-1], y)
        found = {}
        grad_z = bce_sigmoid_backward(hs[-1], y)  # G_L = ∂cost/∂z^(L) = (ŷ − y)/n
        for layer, h_in in zip(reversed(linears), reversed(hs[:-1]), strict=True):
            grad_h, found[id(layer.weight)], found[id(layer.bias)] = linear_backward(
                grad_z, h_in, layer.weight
            )
            grad_z = sigmoid_backward(grad_h, h_in)  # G_{l−1}; unused after the first layer
    return cost, {name: found[id(p)] for name, p in model.named_parameters()}


def sgd_step(model: nn.Module, grads: dict[str, Tensor], lr: float) -> None:
    r"""Update every parameter of ``model`` in place: $\theta := \theta - \alpha\,g_\theta$.

    ``grads`` maps each name of ``model.named_parameters()`` to its gradient (as from
    ``manual_gradients``); ``lr`` is $\alpha$. This is ``optim.SGD(model.parameters(), lr).step()``
    with the gradients taken from ``grads`` instead of ``.grad``.

    Examples:
        >>> layer = nn.Linear(1, 1)
        >>> with torch.no_grad():
        ...     _ = layer.weight.fill_(1.0), layer.bias.fill_(0.0)
        >>> sgd_step(layer, {"weight": torch.tensor([[2.0]]), "bias": torch.tensor([-1.0])}, 0.5)
        >>> layer.weight.item(), layer.bias.item()
        (0.0, 0.5)
    """
    lr = _checks.positive_number("sgd_step", "lr", lr)
    params = dict(model.named_parameters())
    if set(grads) != set(params):
        raise ValueError(
            f"sgd_step: grads has the names {sorted(grads)} but the model's parameters are "
            f"{sorted(params)}; pass the dict manual_gradients returned for this model"
        )
    for name, p in params.items():  # check all before changing any
        _check_same_shape("sgd_step", f"the parameter {name!r}", p, "its gradient", grads[name])
    with torch.no_grad():
        for name, p in params.items():
            p -= lr * grads[name]  # θ := θ − α g_θ
