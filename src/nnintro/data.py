"""The lecture's toy datasets, as float32 column tensors of shape (n, 1).

Each loader returns ``(x, y)``: the inputs ``x`` and the targets ``y``, one sample per row.
"""

import torch
from torch import Tensor


def _column(values: list[float]) -> Tensor:
    """Return ``values`` as a float32 column tensor of shape (n, 1)."""
    return torch.tensor(values, dtype=torch.float32).view(-1, 1)


def linear_toy() -> tuple[Tensor, Tensor]:
    r"""Return the lecture's first training data ``(x_train, y_train)``, three points on $y = 2x$.

    The points lie exactly on $y = 2x$, so the best line $H(x) = Wx + b$ has $W = 2$ and $b = 0$.

    Returns:
        ``x`` = [[1], [2], [3]] and ``y`` = [[2], [4], [6]], both float32 of shape (3, 1).

    Examples:
        >>> x, y = linear_toy()
        >>> x.shape, y.view(-1).tolist()
        (torch.Size([3, 1]), [2.0, 4.0, 6.0])
    """
    return _column([1, 2, 3]), _column([2, 4, 6])


def study_hours() -> tuple[Tensor, Tensor]:
    r"""Return hours studied ``x`` and exam scores ``y`` of the cost-function worked example.

    For the line $H(x) = 13x + 1$ the predictions are 27, 40, 53, 66, the errors
    $y_i - H(x_i)$ are $-2, 10, -9, -5$, and the cost is
    $$\frac{1}{4}\sum_{i=1}^{4} \big(y_i - H(x_i)\big)^2 = \frac{4 + 100 + 81 + 25}{4}
    = \frac{210}{4} = 52.5.$$

    Note:
        The lecture's slide lists the third score as 42, but its own numbers (error $-9$,
        squared sum 210, MSE 52.5) need 44, because $44 - 53 = -9$. With 42 the error would be
        $-11$, the squared sum 250 and the MSE 62.5. We use 44 so that data and arithmetic agree.

    Returns:
        ``x`` = [[2], [3], [4], [5]] (hours) and ``y`` = [[25], [50], [44], [61]] (scores),
        both float32 of shape (4, 1).

    Examples:
        >>> x, y = study_hours()
        >>> y.view(-1).tolist()
        [25.0, 50.0, 44.0, 61.0]
        >>> (y - (13 * x + 1)).view(-1).tolist()
        [-2.0, 10.0, -9.0, -5.0]
    """
    return _column([2, 3, 4, 5]), _column([25, 50, 44, 61])
