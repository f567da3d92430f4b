"""Classifiers with one linear layer: logistic regression (two classes) and softmax (several)."""

from torch import Tensor, nn

from nnintro._checks import positive_int
from nnintro.models.linear import _check_features


class LogisticRegression(nn.Module):
    r"""Model that returns the probability $H(x) = \sigma(xW^\top + b)$ of class 1 for each row.

    Binary classification: ``nn.Linear(in_features, 1)`` followed by the sigmoid
    $\sigma(z) = 1/(1 + e^{-z})$, like the lecture's ``BinaryClassifier``. Train the probabilities
    with ``F.binary_cross_entropy``; or train ``model.logits(x)``, the scores $z = xW^\top + b$
    before the sigmoid, with ``F.binary_cross_entropy_with_logits``, which stays finite for large
    $|z|$. Predict class 1 where $H(x) \ge 0.5$, that is where $z \ge 0$.

    Args:
        in_features: number of input features (columns of ``x``).
        zero_init: start $W$ and $b$ at 0, as the lecture's first version does.

    Attributes:
        linear: the ``nn.Linear`` layer holding $W$ (shape (1, in_features)) and $b$.
        sigmoid: the ``nn.Sigmoid`` applied to its output.

    Examples:
        >>> import torch
        >>> model = LogisticRegression(2, zero_init=True)
        >>> model(torch.tensor([[1.0, 2.0], [3.0, 1.0]]))  # z = 0: probability 1/2
        tensor([[0.5000],
                [0.5000]], grad_fn=<SigmoidBackward0>)
    """

    def __init__(self, in_features: int, *, zero_init: bool = False) -> None:
        super().__init__()
        positive_int("LogisticRegression", "in_features", in_features)
        self.linear = nn.Linear(in_features, 1)
        self.sigmoid = nn.Sigmoid()
        if zero_init:
            nn.init.zeros_(self.linear.weight)
            nn.init.zeros_(self.linear.bias)

    def logits(self, x: Tensor) -> Tensor:
        r"""Return the scores $z = xW^\top + b$ of shape (n, 1), before the sigmoid.

        Raises:
            ValueError: if the last dimension of ``x`` is not ``in_features``.
        """
        _check_features(self, x)
        return self.linear(x)

    def forward(self, x: Tensor) -> Tensor:
        r"""Return the probabilities $H(x) = \sigma(xW^\top + b)$ of class 1, shape (n, 1).

        Raises:
            ValueError: if the last dimension of ``x`` is not ``in_features``.
        """
        return self.sigmoid(self.logits(x))


class SoftmaxClassifier(nn.Module):
    r"""Model that returns the logits $z = xW^\top + b$, one score per class, for each row of ``x``.

    Multi-class classification (softmax regression): one ``nn.Linear(in_features, num_classes)``,
    like the lecture's ``SoftmaxClassifierModel``. It returns the scores, not probabilities,
    because ``F.cross_entropy(model(x), y)`` applies the softmax itself (as a stable
    ``log_softmax``). The probabilities are $p = \mathrm{softmax}(z)$,
    ``F.softmax(model(x), dim=1)``; the predicted class is $\arg\max_j z_j$,
    ``model(x).argmax(dim=1)``.

    Args:
        in_features: number of input features (columns of ``x``).
        num_classes: number of classes $c$ (outputs per sample).
        zero_init: start $W$ and $b$ at 0, as the lecture's low-level version does.

    Attributes:
        linear: the ``nn.Linear`` layer holding $W$ (shape (num_classes, in_features)) and $b$.

    Examples:
        >>> import torch
        >>> model = SoftmaxClassifier(4, 3)
        >>> model(torch.zeros(8, 4)).shape
        torch.Size([8, 3])
    """

    def __init__(self, in_features: int, num_classes: int, *, zero_init: bool = False) -> None:
        super().__init__()
        positive_int("SoftmaxClassifier", "in_features", in_features)
        positive_int("SoftmaxClassifier", "num_classes", num_classes)
        self.linear = nn.Linear(in_features, num_classes)
        if zero_init:
            nn.init.zeros_(self.linear.weight)
            nn.init.zeros_(self.linear.bias)

    def forward(self, x: Tensor) -> Tensor:
        r"""Return the logits $z = xW^\top + b$ of shape (n, num_classes).

        Raises:
            ValueError: if the last dimension of ``x`` is not ``in_features``.
        """
        _check_features(self, x)
        return self.linear(x)
