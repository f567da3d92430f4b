"""Activation functions written from scratch, each beside the derivative the course derives.

Every function works element-wise on a tensor of any shape (``maxout`` on groups of the last
dimension). The tests compare each one with PyTorch's own (``torch.sigmoid``, ``F.elu``, ...) and
each ``*_grad`` with autograd, including large $|x|$, where a naive formula overflows.
"""

import torch
from torch import Tensor

from nnintro._checks import positive_int


def sigmoid(x: Tensor) -> Tensor:
    r"""Return the logistic sigmoid $\sigma(x) = \frac{1}{1 + e^{-x}}$, a number in $[0, 1]$.

    Computed without overflow: with $e = e^{-|x|} \le 1$,
    $\sigma(x) = \frac{1}{1 + e}$ for $x \ge 0$ and $\sigma(x) = \frac{e}{1 + e}$ for $x < 0$
    (the naive $e^{-x}$ is $\infty$ for $x = -1000$).

    Examples:
        >>> sigmoid(torch.tensor([-1000.0, 0.0, 2.0, 1000.0]))
        tensor([0.0000, 0.5000, 0.8808, 1.0000])
    """
    # e = e^{−|x|} ∈ (0, 1] (chosen per side, so the gradient at 0 is that of the x ≥ 0 side)
    e = torch.exp(torch.where(x >= 0, -x, x))
    # σ(x) = 1 / (1 + e^{−x}) for x ≥ 0,  e^{x} / (1 + e^{x}) for x < 0
    return torch.where(x >= 0, 1 / (1 + e), e / (1 + e))


def sigmoid_grad(x: Tensor) -> Tensor:
    r"""Return the derivative $\sigma'(x) = \sigma(x)\,\big(1 - \sigma(x)\big)$, at most $1/4$.

    Computed as $\sigma(x)\,\sigma(-x)$, which is the same because $1 - \sigma(x) = \sigma(-x)$,
    but stays accurate for large $x$, where $1 - \sigma(x)$ in float32 loses its digits.

    Examples:
        >>> sigmoid_grad(torch.tensor([0.0, 10.0]))
        tensor([2.5000e-01, 4.5396e-05])
    """
    # σ'(x) = σ(x)(1 − σ(x)) = σ(x)σ(−x)
    return sigmoid(x) * sigmoid(-x)


def tanh(x: Tensor) -> Tensor:
    r"""Return $\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}$, a number in $[-1, 1]$.

    Computed as $\frac{1 - e^{-2|x|}}{1 + e^{-2|x|}}$ with the sign of $x$ (no overflow), using
    $e^{a} - 1 = $ ``expm1(a)``, which stays exact near $x = 0$. Also $\tanh(x) = 2\sigma(2x) - 1$.

    Examples:
        >>> tanh(torch.tensor([-1000.0, 0.0, 1.0]))
        tensor([-1.0000,  0.0000,  0.7616])
    """
    # a = −2|x| (chosen per side, so the gradient at 0 is that of the x ≥ 0 side)
    a = torch.where(x >= 0, -2 * x, 2 * x)
    # tanh(|x|) = (1 − e^{a}) / (1 + e^{a}) = −expm1(a) / (2 + expm1(a))
    m = torch.expm1(a)
    t = -m / (2 + m)
    return torch.where(x >= 0, t, -t)


def tanh_grad(x: Tensor) -> Tensor:
    r"""Return the derivative $\tanh'(x) = 1 - \tanh^2(x)$, at most 1.

    Examples:
        >>> tanh_grad(torch.tensor([0.0, 3.0]))
        tensor([1.0000, 0.0099])
    """
    # tanh'(x) = 1 − tanh²(x)
    return 1 - tanh(x) ** 2


def relu(x: Tensor) -> Tensor:
    r"""Return the rectified linear unit $\mathrm{ReLU}(x) = \max(0, x)$.

    Examples:
        >>> relu(torch.tensor([-2.0, 0.0, 3.0]))
        tensor([0., 0., 3.])
    """
    # ReLU(x) = x if x > 0 else 0
    return torch.where(x > 0, x, torch.zeros_like(x))


def relu_grad(x: Tensor) -> Tensor:
    r"""Return the derivative $\mathrm{ReLU}'(x) = 1$ for $x > 0$ and $0$ otherwise.

    At $x = 0$, where ReLU has a corner, this is 0, as in PyTorch's autograd.

    Examples:
        >>> relu_grad(torch.tensor([-2.0, 0.0, 3.0]))
        tensor([0., 0., 1.])
    """
    return (x > 0).to(x.dtype)


def leaky_relu(x: Tensor, negative_slope: float = 0.01) -> Tensor:
    r"""Return $\mathrm{LeakyReLU}(x) = x$ for $x > 0$ and $ax$ otherwise ($a$: ``negative_slope``).

    Examples:
        >>> leaky_relu(torch.tensor([-2.0, 0.0, 3.0]), negative_slope=0.1)
        tensor([-0.2000,  0.0000,  3.0000])
    """
    # LeakyReLU(x) = x if x > 0 else a·x
    return torch.where(x > 0, x, negative_slope * x)


def leaky_relu_grad(x: Tensor, negative_slope: float = 0.01) -> Tensor:
    r"""Return the derivative $\mathrm{LeakyReLU}'(x) = 1$ for $x > 0$ and $a$ otherwise.

    Examples:
        >>> leaky_relu_grad(torch.tensor([-2.0, 0.0, 3.0]), negative_slope=0.1)
        tensor([0.1000, 0.1000, 1.0000])
    """
    return torch.where(x > 0, 1.0, negative_slope).to(x.dtype)


def elu(x: Tensor, alpha: float = 1.0) -> Tensor:
    r"""Return $\mathrm{ELU}(x) = x$ for $x > 0$ and $\alpha\,(e^{x} - 1)$ otherwise.

    For $x \to -\infty$ it approaches $-\alpha$ smoothly instead of ReLU's hard 0.

    Examples:
        >>> elu(torch.tensor([-1000.0, -1.0, 0.0, 2.0]))
        tensor([-1.0000, -0.6321,  0.0000,  2.0000])
    """
    # α(e^{x} − 1) on min(x, 0): e^{x} of a large x would overflow (and poison the gradient)
    negative = alpha * torch.expm1(torch.where(x > 0, torch.zeros_like(x), x))
    # ELU(x) = x if x > 0 else α(e^{x} − 1)
    return torch.where(x > 0, x, negative)


def elu_grad(x: Tensor, alpha: float = 1.0) -> Tensor:
    r"""Return the derivative $\mathrm{ELU}'(x) = 1$ for $x > 0$ and $\alpha e^{x}$ otherwise.

    Examples:
        >>> elu_grad(torch.tensor([-1.0, 0.0, 2.0]))
        tensor([0.3679, 1.0000, 1.0000])
    """
    # ELU'(x) = α e^{x} for x ≤ 0 (min(x, 0) keeps e^{x} finite), 1 for x > 0
    return torch.where(x > 0, torch.ones_like(x), alpha * torch.exp(x.clamp(max=0)))


def maxout(x: Tensor, pieces: int) -> Tensor:
    r"""Return the maximum of each group of ``pieces`` consecutive features of the last dimension.

    With the last dimension split into groups $g_1, \dots, g_m$ of $k$ = ``pieces`` features,
    $\mathrm{maxout}(x)_j = \max_{i \in g_j} x_i$; a Maxout unit is the maximum of $k$ linear
    functions, so $x$ is usually the output of a layer with $m k$ outputs.
    The last dimension shrinks from $m k$ to $m$.

    Raises:
        ValueError: if ``pieces`` is not a positive integer or does not divide the last dimension.

    Examples:
        >>> maxout(torch.tensor([[1.0, -2.0, 0.5, 3.0]]), pieces=2)
        tensor([[1., 3.]])
    """
    pieces = positive_int("maxout", "pieces", pieces)
    if x.dim() == 0 or x.shape[-1] % pieces != 0:
        size = x.shape[-1] if x.dim() else "none (a 0-d tensor)"
        raise ValueError(
            f"maxout: x has shape {tuple(x.shape)}, whose last dimension ({size}) cannot be split "
            f"into groups of pieces={pieces}; give the layer before maxout a multiple of "
            f"{pieces} outputs"
        )
    # (..., m·k) → (..., m, k): group j holds features j·k, ..., j·k + k − 1
    groups = x.reshape(*x.shape[:-1], x.shape[-1] // pieces, pieces)
    # maxout(x)_j = max over group j
    return groups.amax(dim=-1)
