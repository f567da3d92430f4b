"""The lecture's small datasets, exactly as the lecture gives them.

Each function returns ``(x, y)``: the inputs ``x`` (float32, one sample per row) and the targets
``y`` (float32 columns for regression and binary labels, int64 class indices for multi-class).
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

    $$
    \frac{1}{4}\sum_{i=1}^{4} \big(y_i - H(x_i)\big)^2 = \frac{4 + 100 + 81 + 25}{4}
    = \frac{210}{4} = 52.5.
    $$

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


def quiz_scores() -> tuple[Tensor, Tensor]:
    r"""Return three quiz scores ``x`` (5×3) and the final exam score ``y`` (5×1) of five students.

    Multivariable linear regression fits $H(X) = XW + b$ with $X$ of shape (5, 3) and
    $W$ of shape (3, 1).

    Returns:
        ``x`` = [[73, 80, 75], [93, 88, 93], [89, 91, 90], [96, 98, 100], [73, 66, 70]] and
        ``y`` = [[152], [185], [180], [196], [142]], both float32.

    Examples:
        >>> x, y = quiz_scores()
        >>> x.shape, y.shape
        (torch.Size([5, 3]), torch.Size([5, 1]))
        >>> x[0].tolist(), y[0].item()
        ([73.0, 80.0, 75.0], 152.0)
    """
    x = [[73, 80, 75], [93, 88, 93], [89, 91, 90], [96, 98, 100], [73, 66, 70]]
    return torch.tensor(x, dtype=torch.float32), _column([152, 185, 180, 196, 142])


def pass_fail() -> tuple[Tensor, Tensor]:
    r"""Return exam scores ``x`` and pass (1) / fail (0) labels ``y``: logistic regression's intro.

    Scores 45, 50 and 55 fail; 60, 65 and 70 pass. No line $Wx + b$ fits 0/1 labels well, which
    is why logistic regression squashes it with a sigmoid: $H(x) = \sigma(Wx + b)$.

    Returns:
        ``x`` = [[45], [50], [55], [60], [65], [70]] and ``y`` = [[0], [0], [0], [1], [1], [1]],
        both float32 of shape (6, 1).

    Examples:
        >>> x, y = pass_fail()
        >>> list(zip(x.view(-1).tolist(), y.view(-1).tolist()))[2:4]
        [(55.0, 0.0), (60.0, 1.0)]
    """
    return _column([45, 50, 55, 60, 65, 70]), _column([0, 0, 0, 1, 1, 1])


def logistic_toy() -> tuple[Tensor, Tensor]:
    r"""Return the lecture's six 2-feature samples ``x`` (6×2) with binary labels ``y`` (6×1).

    Returns:
        ``x`` = [[1, 2], [2, 3], [3, 1], [4, 3], [5, 3], [6, 2]] and
        ``y`` = [[0], [0], [0], [1], [1], [1]], both float32.

    Examples:
        >>> x, y = logistic_toy()
        >>> x.shape, y.view(-1).tolist()
        (torch.Size([6, 2]), [0.0, 0.0, 0.0, 1.0, 1.0, 1.0])
    """
    x = [[1, 2], [2, 3], [3, 1], [4, 3], [5, 3], [6, 2]]
    return torch.tensor(x, dtype=torch.float32), _column([0, 0, 0, 1, 1, 1])


def softmax_toy() -> tuple[Tensor, Tensor]:
    r"""Return the lecture's eight 4-feature samples ``x`` (8×4) and class indices ``y`` (8,).

    Three classes $c \in \{0, 1, 2\}$; ``y`` is int64, as ``F.cross_entropy`` expects.

    Returns:
        ``x`` (float32, shape (8, 4)) and ``y`` = [2, 2, 2, 1, 1, 1, 0, 0] (int64, shape (8,)).

    Examples:
        >>> x, y = softmax_toy()
        >>> x.shape, y.dtype, y.tolist()
        (torch.Size([8, 4]), torch.int64, [2, 2, 2, 1, 1, 1, 0, 0])
    """
    x = [
        [1, 2, 1, 1],
        [2, 1, 3, 2],
        [3, 1, 3, 4],
        [4, 1, 5, 5],
        [1, 7, 5, 5],
        [1, 2, 5, 6],
        [1, 6, 6, 6],
        [1, 7, 7, 7],
    ]
    return torch.tensor(x, dtype=torch.float32), torch.tensor([2, 2, 2, 1, 1, 1, 0, 0])


def xor() -> tuple[Tensor, Tensor]:
    r"""Return the four XOR inputs ``x`` (4×2) and labels ``y`` (4×1): $y = x_1 \oplus x_2$.

    No single line separates the 1s, (0, 1) and (1, 0), from the 0s, (0, 0) and (1, 1).

    Returns:
        ``x`` = [[0, 0], [0, 1], [1, 0], [1, 1]] and ``y`` = [[0], [1], [1], [0]], both float32.

    Examples:
        >>> x, y = xor()
        >>> y.view(-1).tolist()
        [0.0, 1.0, 1.0, 0.0]
    """
    x = [[0, 0], [0, 1], [1, 0], [1, 1]]
    return torch.tensor(x, dtype=torch.float32), _column([0, 1, 1, 0])
