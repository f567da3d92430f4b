"""Multi-layer perceptrons: ``MLP`` stacks linear layers and activations; ``collapse_linear`` shows
why the activations are needed (linear layers alone multiply into one)."""

import itertools
import math
from collections.abc import Callable, Sequence

import torch
from torch import Tensor, nn

from nnintro._checks import positive_int
from nnintro.models.dropout import Dropout

# Activations MLP accepts by name; each maps to the nn.Module class that computes it.
ACTIVATIONS: dict[str, type[nn.Module]] = {
    "sigmoid": nn.Sigmoid,
    "tanh": nn.Tanh,
    "relu": nn.ReLU,
    "leaky_relu": nn.LeakyReLU,
    "elu": nn.ELU,
}
Activation = str | Callable[[], nn.Module] | None


def _activation(value: Activation, what: str) -> nn.Module | None:
    """Return a new module for ``value`` (name, class or factory), or None for no activation."""
    if value is None:
        return None
    if isinstance(value, str):
        if value not in ACTIVATIONS:
            raise ValueError(
                f"MLP: unknown {what} {value!r}; use one of {sorted(ACTIVATIONS)}, None, or an "
                "nn.Module class such as nn.LeakyReLU (or a factory, lambda: nn.LeakyReLU(0.1))"
            )
        return ACTIVATIONS[value]()
    if isinstance(value, nn.Module):
        raise ValueError(
            f"MLP: {what} got the module instance {value!r}; pass its class "
            f"({type(value).__name__}) or a factory (lambda: ...), one new module per layer"
        )
    module = value() if callable(value) else None
    if not isinstance(module, nn.Module):
        raise ValueError(
            f"MLP: {what} must be a name, None, or a callable returning an nn.Module, got {value!r}"
        )
    return module


class MLP(nn.Sequential):
    r"""Multi-layer perceptron that returns $f_L(\dots f_2(f_1(x)))$ with $f_l(h) = g(W_l h + b_l)$.

    ``sizes`` $= [d_0, d_1, \dots, d_L]$ gives $L$ ``nn.Linear`` layers, $d_{l-1} \to d_l$; the
    hidden activation $g$ follows every layer but the last, then ``dropout`` if $p > 0$ (a
    ``Dropout``: ``nn.Dropout``'s rule, faster on CPUs); the last layer is followed by
    ``output_activation`` only. The layers are created in order, so under the
    same ``torch.manual_seed`` the weights equal those of the same ``nn.Sequential`` written out.

    Args:
        sizes: the list of layer widths $[d_0, \dots, d_L]$, input first, at least two:
            ``MLP([784, 10])``, not ``MLP(784, 10)`` (the second argument is ``activation``).
        activation: hidden activation $g$: ``"sigmoid"``, ``"tanh"``, ``"relu"``,
            ``"leaky_relu"``, ``"elu"``, an ``nn.Module`` class or factory, or ``None`` for none
            (then the network is linear and collapses to one layer).
        dropout: probability $p$ of the ``Dropout`` after each hidden activation (0: none).
        output_activation: the same choices, after the last layer; ``None`` keeps raw outputs
            (logits), which ``F.cross_entropy`` and ``nn.BCEWithLogitsLoss`` expect.
        flatten: start with ``nn.Flatten()``, so images of shape (n, 1, 28, 28) become (n, 784).

    Examples:
        >>> import torch
        >>> model = MLP([2, 10, 10, 10, 1], activation="sigmoid", output_activation="sigmoid")
        >>> model(torch.zeros(4, 2)).shape
        torch.Size([4, 1])
        >>> MLP([784, 512, 10], dropout=0.2, flatten=True)
        MLP(
          (0): Flatten(start_dim=1, end_dim=-1)
          (1): Linear(in_features=784, out_features=512, bias=True)
          (2): ReLU()
          (3): Dropout(p=0.2, inplace=False)
          (4): Linear(in_features=512, out_features=10, bias=True)
        )
    """

    def __init__(
        self,
        sizes: Sequence[int],
        activation: Activation = "relu",
        *,
        dropout: float = 0.0,
        output_activation: Activation = None,
        flatten: bool = False,
    ) -> None:
        sizes = _check_sizes(sizes, activation)
        if not 0 <= dropout < 1:
            raise ValueError(f"MLP: dropout must be a probability in [0, 1), got {dropout!r}")
        layers: list[nn.Module] = [nn.Flatten()] if flatten else []
        for layer, (d_in, d_out) in enumerate(itertools.pairwise(sizes), start=1):
            layers.append(nn.Linear(d_in, d_out))  # W_l h + b_l
            last = layer == len(sizes) - 1
            g = _activation(
                output_activation if last else activation,
                "output_activation" if last else "activation",
            )
            if g is not None:
                layers.append(g)  # g(W_l h + b_l)
            if not last and dropout > 0:
                layers.append(Dropout(dropout))
        super().__init__(*layers)
        self.sizes = sizes
        self.flatten = flatten

    @property
    def linears(self) -> list[nn.Linear]:
        """Return the ``nn.Linear`` layers, first to last."""
        return [m for m in self if isinstance(m, nn.Linear)]

    def forward(self, x: Tensor) -> Tensor:
        r"""Return the output for ``x`` of shape (n, $d_0$) (any (n, ...) of $d_0$ if ``flatten``).

        Raises:
            ValueError: if ``x`` does not have $d_0$ features; the message names both shapes.
        """
        d0, shape = self.sizes[0], tuple(x.shape)
        if self.flatten:  # (n, ...) → (n, d0)
            ok = len(shape) >= 2 and math.prod(shape[1:]) == d0
        else:
            ok = len(shape) >= 1 and shape[-1] == d0
        if not ok:
            hint = f"give x the shape (n, {d0})"
            if not self.flatten and len(shape) > 2 and math.prod(shape[1:]) == d0:
                hint = "build the model with flatten=True, or pass x.view(len(x), -1)"
            raise ValueError(
                f"MLP: expected x of shape (n, {d0}) since sizes[0]={d0}, got shape {shape}; {hint}"
            )
        return super().forward(x)


def _check_sizes(sizes: Sequence[int], activation: object) -> list[int]:
    """Return ``sizes`` as a list after checking it holds at least two integers >= 1."""
    if isinstance(sizes, int):  # MLP(784, 10): the widths given one by one
        second = isinstance(activation, int) and not isinstance(activation, bool)
        rest = f", {activation}" if second else ", ..."
        raise ValueError(
            f"MLP: sizes is one list of layer widths, input first: MLP([{sizes}{rest}]); "
            f"got the single number {sizes!r}"
        )
    sizes = list(sizes)
    if len(sizes) < 2:
        raise ValueError(
            "MLP: sizes must list at least two layer widths [inputs, ..., outputs], "
            f"e.g. [2, 10, 1]; got {sizes!r}"
        )
    for i, d in enumerate(sizes):
        positive_int("MLP", f"sizes[{i}]", d)
    return sizes


def collapse_linear(*layers: nn.Linear) -> nn.Linear:
    r"""Return the one ``nn.Linear`` equal to ``layers`` applied in order with nothing in between.

    Two linear layers are one,

    $$W_2(W_1 x + b_1) + b_2 = (W_2 W_1)x + (W_2 b_1 + b_2),$$

    and by induction any number of them, so depth without a nonlinearity adds nothing.

    Raises:
        ValueError: if there is no layer or one's outputs do not fit the next one's inputs.

    Examples:
        >>> import torch
        >>> first, second = nn.Linear(2, 3), nn.Linear(3, 1)
        >>> x = torch.randn(5, 2)
        >>> torch.allclose(collapse_linear(first, second)(x), second(first(x)), atol=1e-6)
        True
    """
    if not layers or not all(isinstance(layer, nn.Linear) for layer in layers):
        raise ValueError(
            "collapse_linear: give one or more nn.Linear layers, "
            f"got {[type(m).__name__ for m in layers]}"
        )
    weight, bias = layers[0].weight.detach(), _bias(layers[0])
    for layer in layers[1:]:
        if layer.in_features != weight.shape[0]:
            raise ValueError(
                f"collapse_linear: a layer with {weight.shape[0]} outputs is followed by "
                f"{layer}, which takes {layer.in_features} inputs; the sizes must chain"
            )
        w = layer.weight.detach()
        # W = W_2 W_1,  b = W_2 b_1 + b_2
        weight, bias = w @ weight, w @ bias + _bias(layer)
    # skip_init: no random initialisation, so the global random generator is left untouched
    d_out, d_in = weight.shape
    merged = nn.utils.skip_init(nn.Linear, d_in, d_out, device=weight.device, dtype=weight.dtype)
    with torch.no_grad():
        merged.weight.copy_(weight)
        merged.bias.copy_(bias)
    return merged


def _bias(layer: nn.Linear) -> Tensor:
    """Return the layer's bias, or zeros if it was built with ``bias=False``."""
    b = layer.bias
    return b.detach() if b is not None else layer.weight.new_zeros(layer.out_features)
