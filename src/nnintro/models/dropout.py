"""Dropout that draws its mask as ``torch.rand(...) < q``: ``nn.Dropout``'s rule, faster on CPUs."""

import torch
from torch import Tensor, nn


class Dropout(nn.Dropout):
    r"""Dropout layer: in training it returns $y = x \odot m / q$, in evaluation $y = x$.

    Each unit is kept with probability $q = 1 - p$, independently:
    $m_i \sim \mathrm{Bernoulli}(q)$, drawn as ``torch.rand(x.shape) < q`` from torch's global
    generator, so ``torch.manual_seed`` makes the masks reproducible. Kept units are scaled by
    $1/q$, which keeps the mean, $\mathbb{E}[y_i] = x_i$; the gradient is
    $\partial y_i / \partial x_i = m_i / q$, so it flows through the kept units only. This is
    ``nn.Dropout``'s rule (and this class is an ``nn.Dropout``, with the same ``p`` and
    ``inplace``); only the random draws differ. On CPUs ``nn.Dropout`` draws its mask with
    ``bernoulli_``, which takes two to three times as long as ``torch.rand``; in a training step of
    the course's MLP 784-512-512-10 its two layers cost about as much as all the matrix products.

    Args:
        p: probability $p$ of dropping (zeroing) a unit, $0 \le p \le 1$.
        inplace: overwrite the input instead of returning a new tensor.

    Examples:
        >>> import torch
        >>> dropout = Dropout(0.5)
        >>> _ = torch.manual_seed(0)
        >>> dropout(torch.ones(8))  # kept units scaled by 1/(1 - 0.5) = 2
        tensor([2., 0., 2., 2., 2., 0., 2., 0.])
        >>> dropout.eval()(torch.ones(3))  # evaluation: the identity
        tensor([1., 1., 1.])
    """

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None:
        super().__init__(p, inplace)  # checks 0 <= p <= 1

    def forward(self, x: Tensor) -> Tensor:
        r"""Return $x \odot m / q$ in training mode (new masks each call), ``x`` itself in eval."""
        if not self.training or self.p == 0:
            return x
        keep = 1.0 - self.p  # q
        uniform = torch.rand(x.shape, device=x.device)  # U(0, 1): below q with probability q
        # m / q: 1/q where the unit is kept, 0 where it is dropped (0 everywhere when p = 1)
        scaled_mask = uniform.lt_(keep).to(x.dtype).mul_(1.0 / keep if keep > 0 else 0.0)
        return x.mul_(scaled_mask) if self.inplace else x * scaled_mask
