"""From-scratch activations against PyTorch's own, and hand derivatives against autograd."""

from collections.abc import Callable

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st
from torch import Tensor
from torch.testing import assert_close

from nnintro.functional import (
    elu,
    elu_grad,
    leaky_relu,
    leaky_relu_grad,
    maxout,
    relu,
    relu_grad,
    sigmoid,
    sigmoid_grad,
    tanh,
    tanh_grad,
)

# (ours, PyTorch's, our hand derivative); keyword arguments differ from the defaults on purpose
CASES: dict[str, tuple[Callable, Callable, Callable]] = {
    "sigmoid": (sigmoid, torch.sigmoid, sigmoid_grad),
    "tanh": (tanh, torch.tanh, tanh_grad),
    "relu": (relu, torch.relu, relu_grad),
    "leaky_relu": (leaky_relu, F.leaky_relu, leaky_relu_grad),
    "leaky_relu_0.2": (
        lambda x: leaky_relu(x, negative_slope=0.2),
        lambda x: F.leaky_relu(x, negative_slope=0.2),
        lambda x: leaky_relu_grad(x, negative_slope=0.2),
    ),
    "elu": (elu, F.elu, elu_grad),
    "elu_1.5": (
        lambda x: elu(x, alpha=1.5),
        lambda x: F.elu(x, alpha=1.5),
        lambda x: elu_grad(x, alpha=1.5),
    ),
}
NAMES = sorted(CASES)
# ordinary values, 0 itself (the corner of ReLU & co.), tiny values, and values whose naive
# exponentials overflow float32 (e^{89} = inf) or float64 (e^{710} = inf)
EXTREME = [-1e4, -1000.0, -100.0, -89.0, -20.0, -1e-8, 0.0, 1e-8, 20.0, 89.0, 100.0, 1000.0, 1e4]
finite = st.floats(-1e4, 1e4, allow_nan=False, width=32)


def autograd_derivative(fn: Callable[[Tensor], Tensor], x: Tensor) -> Tensor:
    """Return d fn(x) / dx element-wise, by autograd."""
    x = x.detach().clone().requires_grad_(True)
    fn(x).sum().backward()
    return x.grad


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_values_equal_pytorch(name: str, dtype: torch.dtype) -> None:
    ours, theirs, _ = CASES[name]
    x = torch.cat([torch.randn(200, dtype=dtype) * 5, torch.tensor(EXTREME, dtype=dtype)])
    out = ours(x)
    assert out.dtype == dtype and torch.isfinite(out).all()
    assert_close(out, theirs(x))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_autograd_gradients_equal_pytorch(name: str, dtype: torch.dtype) -> None:
    ours, theirs, _ = CASES[name]
    x = torch.cat([torch.randn(200, dtype=dtype) * 5, torch.tensor(EXTREME, dtype=dtype)])
    grad = autograd_derivative(ours, x)
    assert torch.isfinite(grad).all()
    assert_close(grad, autograd_derivative(theirs, x))


@pytest.mark.parametrize("name", NAMES)
def test_hand_derivative_equals_autograd(name: str) -> None:
    ours, theirs, derivative = CASES[name]
    x = torch.cat([torch.randn(200, dtype=torch.float64) * 5, torch.tensor(EXTREME).double()])
    assert_close(derivative(x), autograd_derivative(theirs, x))
    assert_close(derivative(x), autograd_derivative(ours, x))


@pytest.mark.parametrize("name", NAMES)
def test_shape_is_kept(name: str) -> None:
    ours, _, derivative = CASES[name]
    x = torch.randn(2, 3, 4)
    assert ours(x).shape == derivative(x).shape == (2, 3, 4)


def test_sigmoid_is_stable_where_the_naive_formula_is_not() -> None:
    x = torch.tensor([-1000.0, 1000.0])
    naive = 1 / (1 + torch.exp(-x))  # e^{1000} = inf: 1/(1+inf) = 0 is right here by luck...
    x.requires_grad_(True)
    naive_grad = autograd_derivative(lambda t: 1 / (1 + torch.exp(-t)), x)
    assert torch.isnan(naive_grad).any()  # ...but its gradient is inf/inf = nan
    assert sigmoid(x.detach()).tolist() == [0.0, 1.0] == naive.tolist()
    assert autograd_derivative(sigmoid, x).tolist() == [0.0, 0.0]


def test_known_values() -> None:
    assert sigmoid(torch.tensor(0.0)).item() == 0.5
    assert sigmoid_grad(torch.tensor(0.0)).item() == 0.25
    assert tanh(torch.tensor(0.0)).item() == 0.0 and tanh_grad(torch.tensor(0.0)).item() == 1.0
    assert elu(torch.tensor(-1e4)).item() == -1.0
    # the derivatives are largest at 0: 1/4 for sigmoid, 1 for tanh
    x = torch.linspace(-10, 10, 2001, dtype=torch.float64)
    assert sigmoid_grad(x).max().item() == 0.25 and tanh_grad(x).max().item() == 1.0


@given(finite)
def test_sigmoid_range_symmetry_and_tanh_identity(value: float) -> None:
    x = torch.tensor(value, dtype=torch.float64)
    s = sigmoid(x).item()
    assert 0.0 <= s <= 1.0
    assert s + sigmoid(-x).item() == pytest.approx(1.0, abs=1e-12)  # σ(−x) = 1 − σ(x)
    assert tanh(x).item() == pytest.approx(2 * sigmoid(2 * x).item() - 1, abs=1e-12)
    assert -1.0 <= tanh(x).item() <= 1.0


@given(st.lists(finite, min_size=1, max_size=12), st.integers(1, 4))
def test_maxout_is_the_max_of_each_group(values: list[float], pieces: int) -> None:
    x = torch.tensor(values * pieces).view(1, -1)  # length divisible by pieces
    out = maxout(x, pieces)
    expected = [max(x[0, j : j + pieces].tolist()) for j in range(0, x.shape[1], pieces)]
    assert out.tolist() == [expected]


def test_maxout_gradient_goes_to_the_largest_of_each_group() -> None:
    x = torch.tensor([[1.0, -2.0, 0.5, 3.0, 7.0, 6.0]], requires_grad=True)
    maxout(x, pieces=3).sum().backward()
    assert x.grad.tolist() == [[1.0, 0.0, 0.0, 0.0, 1.0, 0.0]]


def test_maxout_of_a_linear_layer_shapes() -> None:
    layer = torch.nn.Linear(2, 8)  # 4 maxout units of 2 pieces each
    assert maxout(layer(torch.randn(5, 2)), pieces=2).shape == (5, 4)
    assert maxout(torch.randn(3, 4, 6), pieces=3).shape == (3, 4, 2)


def test_maxout_with_one_piece_is_the_identity() -> None:
    x = torch.randn(4, 5)
    assert_close(maxout(x, pieces=1), x)


def test_maxout_last_dimension_not_divisible_names_shape_and_fix() -> None:
    with pytest.raises(ValueError) as info:
        maxout(torch.zeros(5, 7), pieces=3)
    message = str(info.value)
    assert "(5, 7)" in message and "pieces=3" in message and "multiple of 3" in message


@pytest.mark.parametrize("pieces", [0, -2, 1.5, True])
def test_maxout_rejects_bad_pieces(pieces: object) -> None:
    with pytest.raises(ValueError, match="pieces must be an integer >= 1"):
        maxout(torch.zeros(2, 4), pieces=pieces)


def test_maxout_rejects_a_0d_tensor() -> None:
    with pytest.raises(ValueError, match="0-d"):
        maxout(torch.tensor(1.0), pieces=1)
