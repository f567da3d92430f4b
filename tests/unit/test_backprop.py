"""nnintro.backprop: every hand-derived gradient against autograd, and the errors for bad input."""

import re

import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torch.testing import assert_close

from nnintro import backprop, data, models

SHAPES = [(1, 1, 1), (4, 2, 2), (5, 3, 4), (7, 6, 1)]  # (n, in, out)


@pytest.mark.parametrize(("n", "d_in", "d_out"), SHAPES)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_linear_backward_matches_autograd(n: int, d_in: int, d_out: int, seed: int) -> None:
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(n, d_in, generator=generator, dtype=torch.float64, requires_grad=True)
    w = torch.randn(d_out, d_in, generator=generator, dtype=torch.float64, requires_grad=True)
    b = torch.randn(d_out, generator=generator, dtype=torch.float64, requires_grad=True)
    grad_out = torch.randn(n, d_out, generator=generator, dtype=torch.float64)
    (F.linear(x, w, b) * grad_out).sum().backward()  # ∂/∂z of Σ z ⊙ G is G
    grad_x, grad_w, grad_b = backprop.linear_backward(grad_out, x.detach(), w.detach())
    assert_close(grad_x, x.grad)
    assert_close(grad_w, w.grad)
    assert_close(grad_b, b.grad)
    assert grad_w.shape == w.shape == (d_out, d_in)  # nn.Linear's (out, in)


@pytest.mark.parametrize("shape", [(3,), (4, 1), (2, 5)])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_sigmoid_backward_matches_autograd(shape: tuple[int, ...], dtype: torch.dtype) -> None:
    generator = torch.Generator().manual_seed(len(shape))
    z = (4 * torch.randn(shape, generator=generator)).to(dtype).requires_grad_()
    grad_out = torch.randn(shape, generator=generator).to(dtype)
    h = torch.sigmoid(z)
    (h * grad_out).sum().backward()
    assert_close(backprop.sigmoid_backward(grad_out, h.detach()), z.grad)


def test_sigmoid_backward_passes_at_most_a_quarter() -> None:
    h = torch.sigmoid(torch.linspace(-10, 10, 2001, dtype=torch.float64))
    local = backprop.sigmoid_backward(torch.ones_like(h), h)
    assert local.max().item() == 0.25 and local.min().item() > 0


@pytest.mark.parametrize("shape", [(1, 1), (4, 1), (6, 3)])
def test_bce_sigmoid_backward_matches_autograd(shape: tuple[int, int]) -> None:
    generator = torch.Generator().manual_seed(shape[0])
    z = torch.randn(shape, generator=generator, dtype=torch.float64, requires_grad=True)
    y = torch.randint(0, 2, shape, generator=generator).double()
    F.binary_cross_entropy(torch.sigmoid(z), y).backward()
    assert_close(backprop.bce_sigmoid_backward(torch.sigmoid(z).detach(), y), z.grad)


def sigmoid_mlp(sizes: list[int], seed: int, dtype: torch.dtype) -> models.MLP:
    torch.manual_seed(seed)
    return models.MLP(sizes, activation="sigmoid", output_activation="sigmoid").to(dtype)


@pytest.mark.parametrize("sizes", [[2, 2, 1], [3, 5, 2], [4, 6, 6, 3], [2, 8, 8, 8, 1]])
@pytest.mark.parametrize("seed", [0, 777])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_manual_gradients_match_autograd(sizes: list[int], seed: int, dtype: torch.dtype) -> None:
    model = sigmoid_mlp(sizes, seed, dtype)
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(9, sizes[0], generator=generator).to(dtype)
    y = torch.randint(0, 2, (9, sizes[-1]), generator=generator).to(dtype)
    cost, grads = backprop.manual_gradients(model, x, y)
    assert all(p.grad is None for p in model.parameters())  # it leaves .grad alone
    expected = F.binary_cross_entropy(model(x), y)
    expected.backward()
    assert_close(cost, expected.detach())
    assert list(grads) == [name for name, _ in model.named_parameters()]
    for name, p in model.named_parameters():
        assert_close(grads[name], p.grad, msg=f"{name}: hand and autograd differ")


def test_manual_gradients_of_an_nn_sequential_and_a_list_input() -> None:
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(2, 3), nn.Sigmoid(), nn.Linear(3, 1), nn.Sigmoid())
    x, y = data.xor()
    _, grads = backprop.manual_gradients(model, x.tolist(), y.tolist())
    F.binary_cross_entropy(model(x), y).backward()
    for name, p in model.named_parameters():
        assert_close(grads[name], p.grad)


def test_one_step_by_hand_equals_optim_sgd() -> None:
    x, y = data.xor()
    by_hand = sigmoid_mlp([2, 2, 1], 777, torch.float32)
    reference = sigmoid_mlp([2, 2, 1], 777, torch.float32)
    optimizer = torch.optim.SGD(reference.parameters(), lr=1.0)
    for _ in range(3):
        _, grads = backprop.manual_gradients(by_hand, x, y)
        backprop.sgd_step(by_hand, grads, lr=1.0)
        optimizer.zero_grad()
        F.binary_cross_entropy(reference(x), y).backward()
        optimizer.step()
    for p, q in zip(by_hand.parameters(), reference.parameters(), strict=True):
        assert_close(p, q)


# ---------------------------------------------------------------- bad input


def test_linear_backward_names_the_shapes() -> None:
    grad_out, x = torch.zeros(4, 1), torch.zeros(4, 2)
    for bad in [(grad_out, x, torch.zeros(2, 1)), (grad_out, torch.zeros(3, 2), torch.zeros(1, 2))]:
        shapes = ", ".join(str(tuple(t.shape)) for t in bad)
        with pytest.raises(ValueError, match=r"weight \(out, in\) as nn\.Linear") as error:
            backprop.linear_backward(*bad)
        got = re.search(r"got grad_out (.*), x (.*) and weight (\(.*?\));", str(error.value))
        assert ", ".join(got.groups()) == shapes
        assert "pass W.T" in str(error.value)
    with pytest.raises(ValueError, match=r"x \(2,\)"):
        backprop.linear_backward(grad_out, torch.zeros(2), torch.zeros(1, 2))


def test_sigmoid_backward_names_both_shapes() -> None:
    with pytest.raises(ValueError, match=r"grad_out has shape \(4,\) but out has shape \(4, 1\)"):
        backprop.sigmoid_backward(torch.zeros(4), torch.zeros(4, 1))


def test_bce_sigmoid_backward_refuses_logits_and_other_shapes() -> None:
    with pytest.raises(ValueError, match=r"probabilities .* from -2 to 3; apply torch\.sigmoid"):
        backprop.bce_sigmoid_backward(torch.tensor([[-2.0], [3.0]]), torch.tensor([[0.0], [1.0]]))
    with pytest.raises(ValueError, match=r"out has shape \(2, 1\) but target has shape \(2,\)"):
        backprop.bce_sigmoid_backward(torch.tensor([[0.2], [0.3]]), torch.tensor([0.0, 1.0]))


@pytest.mark.parametrize(
    ("model", "found"),
    [
        (
            models.MLP([2, 2, 1], "relu", output_activation="sigmoid"),
            "Linear, ReLU, Linear, Sigmoid",
        ),
        (models.MLP([2, 2, 1], "sigmoid"), "Linear, Sigmoid, Linear]"),
        (nn.Linear(2, 1), "no layers"),
    ],
)
def test_manual_gradients_names_the_layers_it_cannot_handle(model, found: str) -> None:
    x, y = data.xor()
    with pytest.raises(ValueError, match=r"nn\.Linear and nn\.Sigmoid in turn") as error:
        backprop.manual_gradients(model, x, y)
    assert found in str(error.value)


def test_manual_gradients_checks_x_y_and_bias() -> None:
    model = sigmoid_mlp([2, 2, 1], 0, torch.float32)
    x, y = data.xor()
    with pytest.raises(ValueError, match=r"x must have shape \(n, 2\), got \(4, 3\)"):
        backprop.manual_gradients(model, torch.zeros(4, 3), y)
    with pytest.raises(ValueError, match=r"the output has shape \(4, 1\) but y has shape \(4,\)"):
        backprop.manual_gradients(model, x, y.view(-1))
    with pytest.raises(TypeError, match="x must be a tensor"):
        backprop.manual_gradients(model, "xor", y)
    no_bias = nn.Sequential(nn.Linear(2, 1, bias=False), nn.Sigmoid())
    with pytest.raises(ValueError, match="needs a bias"):
        backprop.manual_gradients(no_bias, x, y)


def test_sgd_step_checks_lr_names_and_shapes() -> None:
    model = sigmoid_mlp([2, 2, 1], 0, torch.float32)
    _, grads = backprop.manual_gradients(model, *data.xor())
    with pytest.raises(ValueError, match="lr must be a positive number, got -1"):
        backprop.sgd_step(model, grads, lr=-1)
    with pytest.raises(ValueError, match=r"grads has the names \['0.weight'\]"):
        backprop.sgd_step(model, {"0.weight": grads["0.weight"]}, lr=0.1)
    grads["2.weight"] = grads["2.weight"].T
    with pytest.raises(
        ValueError, match=r"'2.weight' has shape \(1, 2\) but its gradient .*\(2, 1\)"
    ):
        backprop.sgd_step(model, grads, lr=0.1)
