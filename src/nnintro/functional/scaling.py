r"""Feature scaling: standardise each input column to mean 0 and standard deviation 1.

Features measured in large units (quiz scores near 85) make the cost of linear regression a long,
narrow valley, so gradient descent needs a tiny learning rate. ``standardize`` rescales each
column; it returns the mean and standard deviation it used, so that new data (a test set, a new
student) is scaled with the *training* statistics.
"""

import torch
from torch import Tensor


def standardize(
    x: Tensor, mean: Tensor | None = None, std: Tensor | None = None
) -> tuple[Tensor, Tensor, Tensor]:
    r"""Return ``(z, mean, std)``: each column of ``x`` shifted by its mean, divided by its std.

    For column $j$ with mean $\mu_j = \frac{1}{n}\sum_i x_{ij}$ and standard deviation
    $\sigma_j = \sqrt{\frac{1}{n}\sum_i (x_{ij} - \mu_j)^2}$ (dividing by $n$, as
    ``torch.std(..., correction=0)``),

    $$
    z_{ij} = \frac{x_{ij} - \mu_j}{\sigma_j}.
    $$

    Give ``mean`` and ``std`` (both) to scale new data with statistics computed before, e.g.
    on the training set; otherwise they are computed from ``x`` over its rows.

    Args:
        x: data, shape (n, d): one sample per row.
        mean: $\mu$, shape (d,), or None to compute it from ``x``.
        std: $\sigma$, shape (d,), or None to compute it from ``x``.

    Returns:
        ``z`` shaped like ``x``, and the ``mean`` and ``std`` used, each of shape (d,).

    Raises:
        ValueError: if ``x`` is not a floating-point (n, d) tensor, only one of ``mean``/``std``
            is given, their shape is not (d,), or a standard deviation is 0 or not finite (a
            constant column).

    Examples:
        >>> z, mean, std = standardize(torch.tensor([[1.0, 10.0], [3.0, 30.0]]))
        >>> z, mean, std
        (tensor([[-1., -1.],
                [ 1.,  1.]]), tensor([ 2., 20.]), tensor([ 1., 10.]))
        >>> standardize(torch.tensor([[5.0, 40.0]]), mean, std)[0]  # new data, same statistics
        tensor([[3., 2.]])
    """
    if x.dim() != 2 or x.shape[0] == 0:
        hint = "make it a column with x.view(-1, 1)" if x.dim() == 1 else "one sample per row"
        raise ValueError(f"standardize: x must have shape (n, d), got {tuple(x.shape)}; {hint}")
    if not x.is_floating_point():
        raise ValueError(f"standardize: x has dtype {x.dtype}; convert it with x.float() first")
    if (mean is None) != (std is None):
        raise ValueError(
            "standardize: give both mean and std (e.g. the ones returned for the training data), "
            "or neither to compute them from x"
        )
    if mean is None:
        # μ_j = (1/n) Σ_i x_ij,  σ_j = sqrt((1/n) Σ_i (x_ij − μ_j)²)
        mean, std = x.mean(dim=0), x.std(dim=0, correction=0)
    d = x.shape[1]
    for name, stat in (("mean", mean), ("std", std)):
        if stat.shape != (d,):
            raise ValueError(
                f"standardize: x has shape {tuple(x.shape)} so {name} needs shape ({d},), "
                f"got {tuple(stat.shape)}"
            )
    bad = torch.nonzero(~(torch.isfinite(std) & (std > 0))).flatten().tolist()
    if bad:
        raise ValueError(
            f"standardize: column(s) {bad} of x have standard deviation {std[bad].tolist()}; "
            "a constant column carries no information: drop it before standardising"
        )
    # z_ij = (x_ij − μ_j) / σ_j
    return (x - mean) / std, mean, std
