"""Linear regression's hypothesis, cost and gradient, written from scratch.

``line`` is the hypothesis $H(x) = Wx + b$, ``mse`` its cost, and ``mse_line_grad`` the gradient
of that cost derived by hand. The tests compare ``mse`` with ``F.mse_loss`` and ``mse_line_grad``
with autograd.
"""

import torch
from torch import Tensor


def _check_same_shape(fn: str, a_name: str, a: Tensor, b_name: str, b: Tensor) -> None:
    """Raise ValueError naming both shapes unless ``a`` and ``b`` have exactly the same shape."""
    if a.shape == b.shape:
        return
    if a.numel() == b.numel():  # same data, different layout: suggest the reshape
        hint = f"e.g. {b_name}.view({', '.join(['-1', *map(str, a.shape[1:])])})"
    else:
        hint = f"they hold {a.numel()} and {b.numel()} numbers; use the same samples for both"
    raise ValueError(
        f"{fn}: {a_name} has shape {tuple(a.shape)} but {b_name} has shape {tuple(b.shape)}; "
        f"make them the same shape ({hint})"
    )


def line(x: Tensor, w: float | Tensor, b: float | Tensor) -> Tensor:
    r"""Return the hypothesis $H(x) = Wx + b$ for every element of ``x``.

    Args:
        x: inputs, e.g. of shape (n, 1).
        w: the weight $W$: a number or a tensor that broadcasts against ``x``.
        b: the bias $b$: a number or a tensor that broadcasts against ``x``.

    Returns:
        $Wx + b$, with the shape of ``x``.

    Examples:
        >>> line(torch.tensor([[2.0], [3.0]]), 13, 1)
        tensor([[27.],
                [40.]])
    """
    # H(x) = W x + b
    return w * x + b


def mse(pred: Tensor, target: Tensor) -> Tensor:
    r"""Return the mean squared error $\frac{1}{n}\sum_{i=1}^{n} (\hat y_i - y_i)^2$ (a 0-d tensor).

    Equals ``torch.nn.functional.mse_loss(pred, target)``, but refuses shapes that differ:
    (3, 1) against (3,) would silently broadcast to a (3, 3) matrix of differences.

    Args:
        pred: predictions $\hat y$.
        target: targets $y$, of the same shape as ``pred``.

    Returns:
        The mean of the squared differences over all $n$ elements.

    Raises:
        ValueError: if the shapes differ; the message names both.

    Examples:
        >>> mse(torch.tensor([27.0, 40.0, 53.0, 66.0]), torch.tensor([25.0, 50.0, 44.0, 61.0]))
        tensor(52.5000)
    """
    _check_same_shape("mse", "pred", pred, "target", target)
    # cost = (1/n) Σ_i (ŷ_i − y_i)²
    return ((pred - target) ** 2).mean()


def mse_line_grad(
    x: Tensor, y: Tensor, w: float | Tensor, b: float | Tensor
) -> tuple[Tensor, Tensor]:
    r"""Return the gradient of the MSE of a line with respect to $W$ and $b$.

    With $\mathrm{cost}(W, b) = \frac{1}{n}\sum_i (Wx_i + b - y_i)^2$ the chain rule gives

    $$
    \frac{\partial\,\mathrm{cost}}{\partial W} = \frac{2}{n}\sum_i (Wx_i + b - y_i)\,x_i, \qquad
    \frac{\partial\,\mathrm{cost}}{\partial b} = \frac{2}{n}\sum_i (Wx_i + b - y_i).
    $$

    Args:
        x: inputs $x_i$.
        y: targets $y_i$, of the same shape as ``x``.
        w: the weight $W$: a number or a one-element tensor.
        b: the bias $b$: a number or a one-element tensor.

    Returns:
        Two tensors, shaped like ``w`` and ``b`` (0-d when they are numbers).

    Raises:
        ValueError: if ``x`` and ``y`` differ in shape, or ``w`` or ``b`` is not one number.

    Examples:
        >>> x, y = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2.0, 4.0, 6.0])
        >>> mse_line_grad(x, y, 0.0, 0.0)
        (tensor(-18.6667), tensor(-8.))
    """
    _check_same_shape("mse_line_grad", "x", x, "y", y)
    w_shape, b_shape = torch.as_tensor(w).shape, torch.as_tensor(b).shape
    if w_shape.numel() != 1 or b_shape.numel() != 1:
        raise ValueError(
            f"mse_line_grad: w and b must be single numbers, got shapes {tuple(w_shape)} "
            f"and {tuple(b_shape)}; for several features use autograd instead"
        )
    # e_i = W x_i + b − y_i
    error = line(x, w, b) - y
    # ∂cost/∂W = (2/n) Σ_i e_i x_i
    grad_w = 2 * (error * x).mean()
    # ∂cost/∂b = (2/n) Σ_i e_i
    grad_b = 2 * error.mean()
    return grad_w.reshape(w_shape), grad_b.reshape(b_shape)


def mse_linear_grad(x: Tensor, y: Tensor, w: Tensor, b: Tensor) -> tuple[Tensor, Tensor]:
    r"""Return the gradient of the MSE of $H(X) = XW + b$ with respect to $W$ and $b$.

    With the errors $e = XW + b - y$ and the cost their mean square over all $N$ entries
    ($N = n$ for one output, as ``F.mse_loss``),
    $\mathrm{cost} = \frac{1}{N}\sum_{i,k} e_{ik}^2$, the chain rule gives

    $$
    \frac{\partial\,\mathrm{cost}}{\partial W} = \frac{2}{N}X^\top e, \qquad
    \frac{\partial\,\mathrm{cost}}{\partial b} = \frac{2}{N}\sum_{i=1}^{n} e_i.
    $$

    Each weight's gradient is a sum of errors times *its* feature $x_{ij}$: large features give
    large gradients. With one feature this is ``mse_line_grad``.

    Args:
        x: inputs, shape (n, d).
        y: targets, shape (n, k).
        w: weights $W$, shape (d, k).
        b: bias $b$, shape (k,).

    Returns:
        Two tensors shaped like ``w`` and ``b``.

    Raises:
        ValueError: if the shapes do not fit together; the message names them.

    Examples:
        >>> x, y = torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1.0], [2.0]])
        >>> mse_linear_grad(x, y, torch.zeros(2, 1), torch.zeros(1))
        (tensor([[ -7.],
                [-10.]]), tensor([-3.]))
    """
    if x.dim() != 2 or w.dim() != 2 or b.dim() != 1 or x.shape[1] != w.shape[0]:
        raise ValueError(
            f"mse_linear_grad: need x (n, d), w (d, k), b (k,); got x {tuple(x.shape)}, "
            f"w {tuple(w.shape)}, b {tuple(b.shape)}"
        )
    pred = x @ w + b
    _check_same_shape("mse_linear_grad", "x @ w + b", pred, "y", y)
    # e = XW + b − y
    error = pred - y
    # ∂cost/∂W = (2/N) Xᵀe, N = number of entries of e
    grad_w = 2 / error.numel() * x.T @ error
    # ∂cost/∂b = (2/N) Σ_i e_i
    grad_b = 2 / error.numel() * error.sum(dim=0)
    return grad_w, grad_b
