"""Linear regression as a module: one ``nn.Linear`` layer, and the input check the models share."""

from torch import Tensor, nn

from nnintro._checks import positive_int


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
        positive_int("LinearRegression", "in_features", in_features)
        positive_int("LinearRegression", "out_features", out_features)
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
            n_out = model.linear.out_features
            c = f", {n_out}" if n_out > 1 else ""  # e.g. SoftmaxClassifier(4, 3)
            hint += f", or build the model as {name}({x.shape[-1]}{c})"
        raise ValueError(
            f"{name}: expected x of shape (n, {n_in}) since in_features={n_in}, "
            f"got shape {tuple(x.shape)}; {hint}"
        )
