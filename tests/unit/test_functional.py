"""From-scratch line, mse and mse_line_grad against PyTorch's own (F.mse_loss, autograd)."""

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st
from torch.testing import assert_close

from nnintro.functional import line, mse, mse_line_grad

SHAPES = [(1,), (5,), (3, 1), (4, 3), (2, 3, 4)]
# float32-friendly values: no overflow when squared and summed
finite = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False, width=32)
vectors = st.lists(finite, min_size=1, max_size=20)


def test_line_is_w_x_plus_b() -> None:
    x = torch.tensor([[2.0], [3.0], [4.0], [5.0]])
    assert_close(line(x, 13.0, 1.0), torch.tensor([[27.0], [40.0], [53.0], [66.0]]))
    w, b = torch.tensor(13.0), torch.tensor(1.0)
    assert_close(line(x, w, b), 13 * x + 1)


@pytest.mark.parametrize("shape", SHAPES)
def test_mse_matches_f_mse_loss(shape: tuple[int, ...]) -> None:
    pred, target = torch.randn(shape), torch.randn(shape)
    assert_close(mse(pred, target), F.mse_loss(pred, target))


@pytest.mark.parametrize("shape", SHAPES)
def test_mse_gradient_matches_f_mse_loss(shape: tuple[int, ...]) -> None:
    target = torch.randn(shape)
    ours = torch.randn(shape, requires_grad=True)
    theirs = ours.detach().clone().requires_grad_(True)
    mse(ours, target).backward()
    F.mse_loss(theirs, target).backward()
    assert_close(ours.grad, theirs.grad)


@pytest.mark.parametrize("n", [1, 4, 50])
def test_mse_line_grad_matches_autograd(n: int) -> None:
    x, y = torch.randn(n, 1), torch.randn(n, 1)
    w, b = torch.randn((), requires_grad=True), torch.randn((), requires_grad=True)
    mse(line(x, w, b), y).backward()
    grad_w, grad_b = mse_line_grad(x, y, w.detach(), b.detach())
    assert_close(grad_w, w.grad)
    assert_close(grad_b, b.grad)


def test_mse_line_grad_keeps_the_shape_of_w_and_b() -> None:
    x, y = torch.randn(6, 1), torch.randn(6, 1)
    w, b = torch.randn(1, 1, requires_grad=True), torch.randn(1, requires_grad=True)
    mse(line(x, w, b), y).backward()
    grad_w, grad_b = mse_line_grad(x, y, w.detach(), b.detach())
    assert grad_w.shape == (1, 1) and grad_b.shape == (1,)
    assert_close(grad_w, w.grad)
    assert_close(grad_b, b.grad)


def test_mse_line_grad_by_hand_on_the_worked_example() -> None:
    # H(x) - y = 2, -10, 9, 5 at x = 2, 3, 4, 5
    x = torch.tensor([[2.0], [3.0], [4.0], [5.0]])
    y = torch.tensor([[25.0], [50.0], [44.0], [61.0]])
    grad_w, grad_b = mse_line_grad(x, y, 13.0, 1.0)
    assert grad_w.item() == pytest.approx(2 / 4 * (2 * 2 - 10 * 3 + 9 * 4 + 5 * 5))  # 17.5
    assert grad_b.item() == pytest.approx(2 / 4 * (2 - 10 + 9 + 5))  # 3.0


@given(vectors)
def test_mse_of_identical_tensors_is_zero(values: list[float]) -> None:
    t = torch.tensor(values)
    assert mse(t, t.clone()).item() == 0.0


@given(st.lists(st.tuples(finite, finite), min_size=1, max_size=20))
def test_mse_is_non_negative_symmetric_and_equals_torch(pairs: list[tuple[float, float]]) -> None:
    pred, target = torch.tensor(pairs).T
    assert mse(pred, target).item() >= 0.0
    assert_close(mse(pred, target), mse(target, pred))
    assert_close(mse(pred, target), F.mse_loss(pred, target))


@given(vectors, finite, finite)
def test_mse_line_grad_is_zero_on_a_perfect_line(xs: list[float], w: float, b: float) -> None:
    x = torch.tensor(xs, dtype=torch.float64)
    grad_w, grad_b = mse_line_grad(x, w * x + b, w, b)
    assert grad_w.item() == 0.0 and grad_b.item() == 0.0


def test_mse_shape_mismatch_names_both_shapes_and_the_fix() -> None:
    with pytest.raises(ValueError) as info:
        mse(torch.zeros(3, 1), torch.zeros(3))
    message = str(info.value)
    assert "(3, 1)" in message and "(3,)" in message
    assert "target.view(-1, 1)" in message


def test_mse_shape_mismatch_the_other_way_round_suggests_flattening() -> None:
    with pytest.raises(ValueError, match=r"target\.view\(-1\)"):
        mse(torch.zeros(3), torch.zeros(3, 1))


def test_mse_different_sizes_names_both_shapes() -> None:
    with pytest.raises(ValueError, match=r"\(3, 1\).*\(4, 1\)"):
        mse(torch.zeros(3, 1), torch.zeros(4, 1))


def test_mse_line_grad_shape_mismatch_names_x_and_y() -> None:
    with pytest.raises(ValueError, match=r"x has shape \(3, 1\) but y has shape \(3,\)"):
        mse_line_grad(torch.zeros(3, 1), torch.zeros(3), 0.0, 0.0)


def test_mse_line_grad_rejects_a_vector_w() -> None:
    with pytest.raises(ValueError, match="single numbers"):
        mse_line_grad(torch.zeros(3, 2), torch.zeros(3, 2), torch.zeros(2), 0.0)
