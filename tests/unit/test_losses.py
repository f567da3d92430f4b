"""From-scratch softmax, one-hot and cross-entropies against torch.nn.functional.

Values and autograd gradients, including logits so large that the naive formulas give inf or nan,
and the hand-derived gradients sigma(z) - y and softmax(z) - one_hot(y) against autograd.
"""

import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st
from torch import Tensor
from torch.testing import assert_close

from nnintro.functional import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cross_entropy,
    log_softmax,
    one_hot,
    sigmoid,
    softmax,
)

logit = st.floats(-1e4, 1e4, allow_nan=False, width=32)
logit_rows = st.integers(1, 6).flatmap(
    lambda c: st.lists(st.lists(logit, min_size=c, max_size=c), min_size=1, max_size=5)
)


def extreme_logits(dtype: torch.dtype = torch.float32) -> Tensor:
    """Rows of ordinary and huge logits, where e^z overflows and softmax rounds to 0 and 1."""
    rows = [[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0], [-1e4, -1e4, -1e4], [88.0, 89.0, 90.0]]
    return torch.cat([torch.randn(20, 3) * 4, torch.tensor(rows)]).to(dtype)


def grad_of(fn, *inputs: Tensor) -> Tensor:
    """Return the gradient of fn(first input, *rest) with respect to the first input."""
    first = inputs[0].detach().clone().requires_grad_(True)
    fn(first, *inputs[1:]).backward()
    return first.grad


# ---------------------------------------------------------------- softmax, log_softmax


def test_softmax_of_the_lecture_example() -> None:
    p = softmax(torch.tensor([1.0, 2.0, 3.0]))
    assert [round(v, 4) for v in p.tolist()] == [0.0900, 0.2447, 0.6652]
    assert_close(p, F.softmax(torch.tensor([1.0, 2.0, 3.0]), dim=0))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("dim", [0, 1, -1])
def test_softmax_and_log_softmax_equal_pytorch(dtype: torch.dtype, dim: int) -> None:
    z = extreme_logits(dtype)
    assert_close(softmax(z, dim=dim), F.softmax(z, dim=dim))
    assert_close(log_softmax(z, dim=dim), F.log_softmax(z, dim=dim))
    assert torch.isfinite(log_softmax(z, dim=dim)).all()


@pytest.mark.parametrize("fn", [softmax, log_softmax])
def test_softmax_gradients_equal_pytorch(fn) -> None:
    z, weights = extreme_logits(torch.float64), torch.randn(24, 3, dtype=torch.float64)
    theirs = {softmax: F.softmax, log_softmax: F.log_softmax}[fn]
    ours_grad = grad_of(lambda t: (weights * fn(t, dim=1)).sum(), z)
    assert torch.isfinite(ours_grad).all()
    assert_close(ours_grad, grad_of(lambda t: (weights * theirs(t, dim=1)).sum(), z))


def test_log_of_softmax_breaks_where_log_softmax_does_not() -> None:
    z = torch.tensor([1000.0, 0.0])
    naive = torch.exp(z) / torch.exp(z).sum()  # e^{1000} = inf: inf / inf
    assert torch.isnan(naive[0])
    assert torch.log(softmax(z)).tolist() == [0.0, -math.inf]  # p = [1, 0] exactly: log 0
    assert log_softmax(z).tolist() == [0.0, -1000.0]


@given(st.lists(logit, min_size=1, max_size=8), st.floats(-100, 100, allow_nan=False))
def test_softmax_sums_to_one_and_is_shift_invariant(values: list[float], shift: float) -> None:
    z = torch.tensor(values, dtype=torch.float64)
    p = softmax(z)
    assert ((p >= 0) & (p <= 1)).all()
    assert p.sum().item() == pytest.approx(1.0, abs=1e-12)
    assert_close(softmax(z + shift), p)  # softmax(z + c) = softmax(z)
    assert (log_softmax(z) <= 0).all()
    assert_close(log_softmax(z + shift), log_softmax(z))


# ---------------------------------------------------------------- one_hot


def test_one_hot_equals_f_one_hot_and_the_lecture_scatter() -> None:
    torch.manual_seed(1)
    z = torch.rand(3, 5, requires_grad=True)
    y = torch.randint(5, (3,)).long()
    lecture = torch.zeros_like(F.softmax(z, dim=1))
    lecture.scatter_(1, y.unsqueeze(1), 1)
    assert_close(one_hot(y, 5), lecture.detach())
    assert_close(one_hot(y, 5), F.one_hot(y, 5).float())


def test_one_hot_keeps_the_leading_shape_and_dtype() -> None:
    y = torch.tensor([[0, 1], [2, 2]], dtype=torch.int32)
    out = one_hot(y, 4, dtype=torch.float64)
    assert out.shape == (2, 2, 4) and out.dtype == torch.float64
    assert_close(out, F.one_hot(y.long(), 4).double())


@pytest.mark.parametrize("y", [torch.tensor([0.0, 1.0]), torch.tensor([True, False])])
def test_one_hot_rejects_non_integer_labels(y: Tensor) -> None:
    with pytest.raises(TypeError, match=r"integer class indices.*y\.long\(\)"):
        one_hot(y, 3)


@pytest.mark.parametrize("labels", [[0, 3], [-1, 1]])
def test_one_hot_rejects_labels_out_of_range(labels: list[int]) -> None:
    with pytest.raises(ValueError, match=r"0 \.\.\. 2 for 3 classes"):
        one_hot(torch.tensor(labels), 3)


@pytest.mark.parametrize("c", [0, -1, 2.0])
def test_one_hot_rejects_bad_num_classes(c: object) -> None:
    with pytest.raises(ValueError, match="num_classes must be an integer >= 1"):
        one_hot(torch.tensor([0]), c)


# ---------------------------------------------------------------- binary cross-entropy


def probabilities(n: int = 50) -> tuple[Tensor, Tensor]:
    p = torch.rand(n, 1, dtype=torch.float64) * (1 - 2e-4) + 1e-4  # in [1e-4, 1 − 1e-4]
    return p, torch.randint(0, 2, (n, 1)).double()


def test_binary_cross_entropy_equals_pytorch_values_and_gradients() -> None:
    p, y = probabilities()
    assert_close(binary_cross_entropy(p, y), F.binary_cross_entropy(p, y))
    assert_close(grad_of(binary_cross_entropy, p, y), grad_of(F.binary_cross_entropy, p, y))
    soft = torch.rand_like(y)  # labels between 0 and 1 work too
    assert_close(binary_cross_entropy(p, soft), F.binary_cross_entropy(p, soft))


def test_binary_cross_entropy_of_certain_mistakes_is_clamped_at_100() -> None:
    p, y = torch.tensor([0.0, 1.0, 0.0, 1.0]), torch.tensor([1.0, 0.0, 0.0, 1.0])
    assert_close(binary_cross_entropy(p, y), F.binary_cross_entropy(p, y))
    assert binary_cross_entropy(p, y).item() == pytest.approx(200 / 4)
    grad = grad_of(binary_cross_entropy, p, y)
    assert torch.isfinite(grad).all()


def test_binary_cross_entropy_per_label_is_minus_log() -> None:
    # y = 1: cost −log H;  y = 0: cost −log(1 − H)
    h = torch.tensor([0.8])
    assert binary_cross_entropy(h, torch.ones(1)).item() == pytest.approx(-math.log(0.8))
    assert binary_cross_entropy(h, torch.zeros(1)).item() == pytest.approx(-math.log(0.2))


def test_binary_cross_entropy_refuses_logits_and_names_the_fix() -> None:
    with pytest.raises(ValueError, match=r"from -3 to 2.*binary_cross_entropy_with_logits"):
        binary_cross_entropy(torch.tensor([-3.0, 2.0]), torch.tensor([0.0, 1.0]))


def test_binary_cross_entropy_shape_mismatch_names_both_shapes() -> None:
    with pytest.raises(ValueError, match=r"p has shape \(6, 1\) but y has shape \(6,\)"):
        binary_cross_entropy(torch.full((6, 1), 0.5), torch.zeros(6))


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_bce_with_logits_equals_pytorch_for_extreme_logits(dtype: torch.dtype) -> None:
    z = torch.cat([torch.randn(40) * 5, torch.tensor([-1e4, -1000.0, -100.0, 0.0, 100.0, 1e4])])
    z = z.to(dtype).view(-1, 1)
    y = torch.randint(0, 2, z.shape).to(dtype)
    ours = binary_cross_entropy_with_logits(z, y)
    assert torch.isfinite(ours)
    assert_close(ours, F.binary_cross_entropy_with_logits(z, y))
    ours_grad = grad_of(binary_cross_entropy_with_logits, z, y)
    assert_close(ours_grad, grad_of(F.binary_cross_entropy_with_logits, z, y))
    # hand gradient: ∂cost/∂z_i = (σ(z_i) − y_i) / n
    assert_close(ours_grad, (sigmoid(z) - y) / len(z))


def test_bce_with_logits_at_zero_has_gradient_sigma_0_minus_y() -> None:
    z, y = torch.zeros(2), torch.tensor([0.0, 1.0])
    assert grad_of(binary_cross_entropy_with_logits, z, y).tolist() == [0.25, -0.25]


def test_bce_with_logits_is_bce_of_sigmoid_where_that_is_accurate() -> None:
    z, y = torch.randn(30, 1, dtype=torch.float64) * 3, torch.randint(0, 2, (30, 1)).double()
    assert_close(binary_cross_entropy_with_logits(z, y), binary_cross_entropy(sigmoid(z), y))


def test_bce_of_sigmoid_saturates_where_the_logits_version_does_not() -> None:
    z, y = torch.tensor([1000.0]), torch.tensor([0.0])  # sure of class 1 and wrong
    assert binary_cross_entropy(sigmoid(z), y).item() == 100.0  # 1 − σ(1000) = 0: clamped
    assert binary_cross_entropy_with_logits(z, y).item() == 1000.0  # the true cost
    assert torch.isinf(-torch.log(1 - torch.sigmoid(z))).all()  # unclamped: inf


def test_bce_with_logits_shape_mismatch_names_both_shapes() -> None:
    with pytest.raises(ValueError, match=r"z has shape \(4,\) but y has shape \(4, 1\)"):
        binary_cross_entropy_with_logits(torch.zeros(4), torch.zeros(4, 1))


# ---------------------------------------------------------------- cross entropy


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_cross_entropy_equals_pytorch_with_class_indices(dtype: torch.dtype) -> None:
    z = extreme_logits(dtype)
    y = torch.randint(0, 3, (len(z),))
    ours = cross_entropy(z, y)
    assert torch.isfinite(ours)
    assert_close(ours, F.cross_entropy(z, y))
    assert_close(grad_of(cross_entropy, z, y), grad_of(F.cross_entropy, z, y))
    # hand gradient: ∂cost/∂z_ij = (p_ij − [j = y_i]) / n
    assert_close(grad_of(cross_entropy, z, y), (softmax(z) - one_hot(y, 3, dtype=dtype)) / len(z))


def test_cross_entropy_equals_pytorch_with_probabilities() -> None:
    z = extreme_logits(torch.float64)
    y = F.softmax(torch.randn_like(z), dim=1)
    assert_close(cross_entropy(z, y), F.cross_entropy(z, y))
    assert_close(grad_of(cross_entropy, z, y), grad_of(F.cross_entropy, z, y))
    labels = torch.randint(0, 3, (len(z),))
    assert_close(cross_entropy(z, one_hot(labels, 3, torch.float64)), cross_entropy(z, labels))


def test_cross_entropy_levels_of_the_lecture_agree() -> None:
    torch.manual_seed(1)
    z, y = torch.rand(3, 5), torch.randint(5, (3,))
    low = (one_hot(y, 5) * -torch.log(F.softmax(z, dim=1))).sum(dim=1).mean()
    for cost in (cross_entropy(z, y), F.nll_loss(F.log_softmax(z, dim=1), y)):
        assert_close(cost, low)


def test_binary_cross_entropy_is_two_class_cross_entropy() -> None:
    # logits (0, z) give p(class 1) = e^z / (1 + e^z) = σ(z)
    z, y = torch.randn(10, dtype=torch.float64) * 3, torch.randint(0, 2, (10,))
    two_class = torch.stack([torch.zeros_like(z), z], dim=1)
    assert_close(cross_entropy(two_class, y), binary_cross_entropy_with_logits(z, y.double()))


@given(logit_rows, st.data())
def test_cross_entropy_is_non_negative(rows: list[list[float]], data: st.DataObject) -> None:
    z = torch.tensor(rows, dtype=torch.float64)
    labels = data.draw(st.lists(st.integers(0, z.shape[1] - 1), min_size=len(z), max_size=len(z)))
    cost = cross_entropy(z, torch.tensor(labels))
    assert math.isfinite(cost.item()) and cost.item() >= 0
    assert_close(cost, F.cross_entropy(z, torch.tensor(labels)))


@given(st.lists(logit, min_size=1, max_size=10), st.data())
def test_binary_cross_entropies_are_non_negative(values: list[float], data: st.DataObject) -> None:
    z = torch.tensor(values, dtype=torch.float64)
    y = torch.tensor(
        data.draw(st.lists(st.sampled_from([0.0, 1.0]), min_size=len(z), max_size=len(z)))
    )
    y = y.double()
    with_logits = binary_cross_entropy_with_logits(z, y).item()
    assert math.isfinite(with_logits) and with_logits >= 0
    assert 0 <= binary_cross_entropy(sigmoid(z), y).item() <= 100


def test_cross_entropy_wants_two_dimensional_logits() -> None:
    with pytest.raises(ValueError, match=r"shape \(n, c\).*got \(3,\).*view\(1, -1\)"):
        cross_entropy(torch.zeros(3), torch.tensor([0]))


def test_cross_entropy_label_shape_mismatch_names_both_shapes() -> None:
    with pytest.raises(ValueError, match=r"\(8, 3\) but y has shape \(8, 1\).*\(8,\)"):
        cross_entropy(torch.zeros(8, 3), torch.zeros(8, 1, dtype=torch.long))


def test_cross_entropy_float_class_indices_suggest_long() -> None:
    with pytest.raises(ValueError, match=r"float y has shape \(8,\).*y\.long\(\)"):
        cross_entropy(torch.zeros(8, 3), torch.zeros(8))


def test_cross_entropy_label_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"0 \.\.\. 2 for 3 classes, got labels from 0 to 3"):
        cross_entropy(torch.zeros(2, 3), torch.tensor([0, 3]))
