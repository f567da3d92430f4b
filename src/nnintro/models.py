"""Small ``torch.nn.Module`` models of the course, each a thin, readable class."""

from torch import Tensor, nn


class LinearRegression(nn.Module):
    r"""Model that returns $H(x) = xW^\top + b$ for each row of ``x``: one ``nn.Linear`` layer.

    With one input feature this is the line $H(x) = Wx + b$; with several it is the matrix form
    $H(X) = XW^\top + b$ of multivariable linear regression.

    Args:
        in_features: number of input features (columns of ``x``).
        out_features: number of outputs per sample.
        zero_init: start $W$ and $b$ at 0, as the lecture does, instead of PyTorch's random init.

    Attributes:
        linear: the ``nn.Linear`` layer holding $W$ (``linear.weight``) and $b$ (``linear.bias``).

    Examples:
        >>> import torch
        >>> model = LinearRegression(zero_init=True)
        >>> model.linear.weight.item(), model.linear.bias.item()
        (0.0, 0.0)
        >>> model(torch.tensor([[1.0], [2.0]])).shape
        torch.Size([2, 1])
    """

    def __init__(
        self, in_features: int = 1, out_features: int = 1, *, zero_init: bool = False
    ) -> None:
        super().__init__()
        self.linear = nn.Linear(in_features, out_features)
        if zero_init:
            nn.init.zeros_(self.linear.weight)
            nn.init.zeros_(self.linear.bias)

    def forward(self, x: Tensor) -> Tensor:
        r"""Return $H(x) = xW^\top + b$ of shape (n, out_features) for x of shape (n, in_features).

        Raises:
            ValueError: if the last dimension of ``x`` is not ``in_features``.
        """
        _check_features(self, x)
        return self.linear(x)


def _check_features(model: nn.Module, x: Tensor) -> None:
    """Raise ValueError unless x has shape (n, in_features) for the model's ``linear`` layer."""
    n_in = model.linear.in_features
    if x.dim() == 0 or x.shape[-1] != n_in:
        name = type(model).__name__
        hint = f"give x the shape (n, {n_in})"
        if x.dim() == 1 and n_in == 1:
            hint = "make x a column with x.view(-1, 1)"
        elif x.dim() >= 2:
            c = f", {model.linear.out_features}" if isinstance(model, SoftmaxClassifier) else ""
            hint += f", or build the model as {name}({x.shape[-1]}{c})"
        raise ValueError(
            f"{name}: expected x of shape (n, {n_in}) since in_features={n_in}, "
            f"got shape {tuple(x.shape)}; {hint}"
        )


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
