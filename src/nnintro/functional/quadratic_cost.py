r"""The cost of linear regression is a quadratic bowl: its exact minimum and its curvature.

For the model $H(X) = XW + b$ and the cost $\frac{1}{n}\lVert XW + b - y\rVert^2$, write
$\tilde X = [X\ \mathbf{1}]$ (a column of ones appended) and $\theta = [W;\ b]$. Then
``least_squares`` is the bottom of the bowl, $\theta^* = \arg\min_\theta \frac{1}{n}\lVert \tilde X
\theta - y\rVert^2$, and ``max_stable_lr`` is the largest learning rate for which full-batch
gradient descent on this cost does not diverge, $2/\lambda_{\max}$ of the curvature
$\frac{2}{n}\tilde X^\top \tilde X$. The tests compare both with ``torch.linalg`` and with training.
"""

import torch
from torch import Tensor


def _with_ones(fn: str, x: Tensor) -> Tensor:
    r"""Return $\tilde X = [X\ \mathbf{1}]$ in float64 on the CPU; ``x`` must be (n, d), n ≥ 1."""
    if x.dim() != 2 or x.shape[0] == 0:
        hint = "make it a column with x.view(-1, 1)" if x.dim() == 1 else "one sample per row"
        raise ValueError(f"{fn}: x must have shape (n, d), n >= 1, got {tuple(x.shape)}; {hint}")
    x = x.detach().to("cpu", torch.float64)
    return torch.cat([x, torch.ones(len(x), 1, dtype=torch.float64)], dim=1)


def least_squares(x: Tensor, y: Tensor) -> tuple[Tensor, Tensor]:
    r"""Return the $W$ and $b$ that minimise the MSE of $H(X) = XW + b$: the least-squares fit.

    With $\tilde X = [X\ \mathbf{1}]$, the minimum of $\frac{1}{n}\lVert \tilde X\theta - y\rVert^2$
    solves the normal equations

    $$
    \tilde X^\top \tilde X\,\theta^* = \tilde X^\top y, \qquad \theta^* = \begin{bmatrix} W^* \\
    b^* \end{bmatrix},
    $$

    computed with ``torch.linalg.lstsq`` in float64 (driver ``gelsd``). When many $\theta$ reach
    the minimum (fewer samples than parameters, or a feature that copies another) it returns
    the one of smallest norm.

    Args:
        x: inputs, shape (n, d): one sample per row.
        y: targets, shape (n, k).

    Returns:
        ``W`` of shape (d, k) and ``b`` of shape (k,), in the dtype and on the device of ``x``.

    Raises:
        ValueError: if ``x`` is not (n, d), ``y`` is not (n, k), or they differ in n.

    Examples:
        >>> x, y = torch.tensor([[1.0], [2.0], [3.0]]), torch.tensor([[3.0], [5.0], [7.0]])
        >>> w, b = least_squares(x, y)  # y = 2x + 1
        >>> torch.round(w, decimals=4), torch.round(b, decimals=4)
        (tensor([[2.]]), tensor([1.]))
    """
    x_tilde = _with_ones("least_squares", x)
    if y.dim() != 2 or len(y) != len(x):
        hint = "make it a column with y.view(-1, 1)" if y.dim() == 1 else "one row per sample"
        raise ValueError(
            f"least_squares: x has shape {tuple(x.shape)} so y needs shape ({len(x)}, k), "
            f"got {tuple(y.shape)}; {hint}"
        )
    # θ* = argmin_θ ‖X̃θ − y‖²  (the normal equations X̃ᵀX̃ θ* = X̃ᵀy)
    theta = torch.linalg.lstsq(x_tilde, y.detach().to("cpu", torch.float64), driver="gelsd")
    theta = theta.solution.to(x.device, x.dtype)
    # the last row of θ* is b*, the rows above it are W*
    return theta[:-1], theta[-1]


def max_stable_lr(x: Tensor) -> float:
    r"""Return $2/\lambda_{\max}$: above this learning rate gradient descent on the MSE diverges.

    The cost $\frac{1}{n}\lVert \tilde X\theta - y\rVert^2$ of $H(X) = XW + b$ has the same
    curvature (Hessian) everywhere,

    $$
    A = \frac{2}{n}\tilde X^\top \tilde X, \qquad \tilde X = [X\ \mathbf{1}],
    $$

    and one step $\theta := \theta - \alpha A(\theta - \theta^*)$ multiplies the distance to
    $\theta^*$ along each eigenvector of $A$ by $1 - \alpha\lambda$. All of these stay inside
    $(-1, 1)$ exactly when $0 < \alpha < 2/\lambda_{\max}$. The targets do not matter. With one
    feature and no bias this is chapter 3's $2/c$, $c = \frac{2}{n}\sum_i x_i^2$.

    Args:
        x: inputs, shape (n, d); a column of ones for $b$ is appended here.

    Returns:
        $2/\lambda_{\max}(A)$ as a Python float (computed in float64).

    Raises:
        ValueError: if ``x`` is not (n, d).

    Examples:
        >>> round(max_stable_lr(torch.tensor([[1.0], [2.0], [3.0]])), 4)  # W and b of chapter 3
        0.1803
    """
    x_tilde = _with_ones("max_stable_lr", x)
    # A = (2/n) X̃ᵀX̃: the Hessian of the cost, the same at every θ
    curvature = 2 / len(x_tilde) * x_tilde.T @ x_tilde
    # eigvalsh: eigenvalues of a symmetric matrix, in ascending order
    return 2 / torch.linalg.eigvalsh(curvature)[-1].item()
