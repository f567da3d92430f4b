"""least_squares, max_stable_lr, standardize and mse_linear_grad against torch (lstsq, autograd,
eigvalsh, std) and against training itself."""

import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st
from torch.testing import assert_close

from nnintro.data import linear_toy, quiz_scores
from nnintro.functional import (
    least_squares,
    max_stable_lr,
    mse,
    mse_line_grad,
    mse_linear_grad,
    standardize,
)
from nnintro.models import LinearRegression
from nnintro.train import DivergenceError, fit

# ---------------------------------------------------------------- mse_linear_grad


@pytest.mark.parametrize(("n", "d", "k"), [(1, 1, 1), (5, 3, 1), (7, 4, 2), (50, 10, 3)])
def test_mse_linear_grad_matches_autograd(n: int, d: int, k: int) -> None:
    x, y = torch.randn(n, d), torch.randn(n, k)
    w = torch.randn(d, k, requires_grad=True)
    b = torch.randn(k, requires_grad=True)
    F.mse_loss(x @ w + b, y).backward()
    grad_w, grad_b = mse_linear_grad(x, y, w.detach(), b.detach())
    assert_close(grad_w, w.grad)
    assert_close(grad_b, b.grad)


def test_mse_linear_grad_with_one_feature_is_mse_line_grad() -> None:
    x, y = linear_toy()
    grad_w, grad_b = mse_linear_grad(x, y, torch.tensor([[0.5]]), torch.tensor([1.0]))
    line_w, line_b = mse_line_grad(x, y, 0.5, 1.0)
    assert_close(grad_w.flatten(), line_w.view(1))
    assert_close(grad_b, line_b.view(1))


def test_mse_linear_grad_on_quiz_scores_at_zero() -> None:
    x, y = quiz_scores()
    grad_w, grad_b = mse_linear_grad(x, y, torch.zeros(3, 1), torch.zeros(1))
    # at W = 0, b = 0 the errors are −y: ∂/∂W = −(2/n) Xᵀy, ∂/∂b = −(2/n) Σ y
    assert_close(grad_w, -2 / 5 * x.T @ y)
    assert grad_b.item() == pytest.approx(-2 / 5 * (152 + 185 + 180 + 196 + 142))


def test_mse_linear_grad_extreme_inputs_stay_finite_and_match_autograd() -> None:
    x = torch.tensor([[1e15, -1e-15], [3e15, 2e-15]], dtype=torch.float64)
    y = torch.tensor([[1e15], [-1e15]], dtype=torch.float64)
    w = torch.tensor([[1e-3], [1e3]], dtype=torch.float64, requires_grad=True)
    b = torch.tensor([1e10], dtype=torch.float64, requires_grad=True)
    F.mse_loss(x @ w + b, y).backward()
    grad_w, grad_b = mse_linear_grad(x, y, w.detach(), b.detach())
    assert torch.isfinite(grad_w).all() and torch.isfinite(grad_b).all()
    assert_close(grad_w, w.grad)
    assert_close(grad_b, b.grad)


@pytest.mark.parametrize(
    ("x", "y", "w", "b", "names"),
    [
        ((5, 3), (5, 1), (2, 1), (1,), "w (2, 1)"),
        ((5,), (5, 1), (1, 1), (1,), "x (5,)"),
        ((5, 3), (5,), (3, 1), (1,), "y has shape (5,)"),
        ((5, 3), (5, 1), (3, 1), (1, 1), "b (1, 1)"),
    ],
)
def test_mse_linear_grad_shape_errors_name_the_shapes(x, y, w, b, names) -> None:
    with pytest.raises(ValueError, match=names.replace("(", r"\(").replace(")", r"\)")):
        mse_linear_grad(torch.zeros(x), torch.zeros(y), torch.zeros(w), torch.zeros(b))


# ---------------------------------------------------------------- least_squares


@pytest.mark.parametrize(("n", "d", "k"), [(2, 1, 1), (5, 3, 1), (20, 4, 2), (100, 10, 1)])
def test_least_squares_matches_torch_lstsq(n: int, d: int, k: int) -> None:
    x, y = torch.randn(n, d, dtype=torch.float64), torch.randn(n, k, dtype=torch.float64)
    w, b = least_squares(x, y)
    x_tilde = torch.cat([x, torch.ones(n, 1, dtype=torch.float64)], dim=1)
    expected = torch.linalg.lstsq(x_tilde, y).solution
    assert w.shape == (d, k) and b.shape == (k,)
    assert_close(torch.cat([w, b.view(1, k)]), expected)


def test_least_squares_has_zero_gradient() -> None:
    x, y = quiz_scores()
    w, b = least_squares(x.double(), y.double())
    grad_w, grad_b = mse_linear_grad(x.double(), y.double(), w, b)
    assert grad_w.abs().max() < 1e-7 and grad_b.abs().max() < 1e-7


def test_least_squares_recovers_an_exact_plane() -> None:
    x = torch.tensor([[1.0, 2.0], [2.0, 0.0], [3.0, 5.0], [4.0, 1.0]])
    y = x @ torch.tensor([[2.0], [-1.0]]) + 0.5
    w, b = least_squares(x, y)
    assert w.dtype == torch.float32
    assert_close(w, torch.tensor([[2.0], [-1.0]]))
    assert_close(b, torch.tensor([0.5]))


@given(st.lists(st.floats(-50, 50, allow_nan=False), min_size=3, max_size=20, unique=True))
def test_least_squares_no_line_does_better(xs: list[float]) -> None:
    x = torch.tensor(xs, dtype=torch.float64).view(-1, 1)
    y = torch.sin(x) * 3 + 0.1 * x
    w, b = least_squares(x, y)
    best = mse(x @ w + b, y).item()
    for dw, db in [(1e-3, 0), (-1e-3, 0), (0, 1e-3), (0, -1e-3)]:
        assert mse(x @ (w + dw) + b + db, y).item() >= best - 1e-12


def test_least_squares_rank_deficient_gives_the_smallest_norm() -> None:
    x = torch.tensor([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]], dtype=torch.float64)  # a copied feature
    y = torch.tensor([[2.0], [4.0], [6.0]], dtype=torch.float64)
    w, b = least_squares(x, y)
    assert_close(x @ w + b, y)
    assert_close(w, torch.tensor([[1.0], [1.0]], dtype=torch.float64))  # not (2, 0) or (0, 2)
    assert abs(b.item()) < 1e-10


@pytest.mark.parametrize(
    ("x", "y", "message"),
    [
        ((5,), (5, 1), r"got \(5,\); make it a column with x\.view\(-1, 1\)"),
        ((0, 3), (0, 1), r"got \(0, 3\)"),
        ((5, 3), (5,), r"y needs shape \(5, k\), got \(5,\); make it a column"),
        ((5, 3), (4, 1), r"x has shape \(5, 3\) so y needs shape \(5, k\), got \(4, 1\)"),
    ],
)
def test_least_squares_errors(x, y, message) -> None:
    with pytest.raises(ValueError, match=message):
        least_squares(torch.zeros(x), torch.zeros(y))


# ---------------------------------------------------------------- max_stable_lr


def test_max_stable_lr_is_two_over_the_largest_eigenvalue() -> None:
    x, _ = quiz_scores()
    x_tilde = torch.cat([x.double(), torch.ones(5, 1, dtype=torch.float64)], dim=1)
    hessian = torch.autograd.functional.hessian(
        lambda theta: F.mse_loss(x_tilde @ theta, torch.zeros(5, dtype=torch.float64)),
        torch.zeros(4, dtype=torch.float64),
    )
    assert max_stable_lr(x) == pytest.approx(2 / torch.linalg.eigvalsh(hessian)[-1].item())
    assert max_stable_lr(x) == pytest.approx(4.544e-5, rel=1e-3)


def test_max_stable_lr_separates_convergence_from_divergence() -> None:
    """fit converges just below the limit and raises DivergenceError just above it."""
    x, y = quiz_scores()
    limit = max_stable_lr(x)
    torch.manual_seed(0)
    below = fit(LinearRegression(3, zero_init=True), x, y, lr=0.97 * limit, epochs=3000)
    assert below.final_loss < below.losses[0] and math.isfinite(below.final_loss)
    with pytest.raises(DivergenceError):
        fit(LinearRegression(3, zero_init=True), x, y, lr=1.03 * limit, epochs=3000)


def test_max_stable_lr_of_chapter_3() -> None:
    x, _ = linear_toy()
    # A = (2/3) [[14, 6], [6, 3]]: λ_max = (2/3)(17 + sqrt(11² + 4·6²)) / 2
    assert max_stable_lr(x) == pytest.approx(2 / ((17 + math.sqrt(11**2 + 4 * 6**2)) / 3))


def test_max_stable_lr_rejects_a_vector() -> None:
    with pytest.raises(ValueError, match=r"max_stable_lr: x must have shape \(n, d\)"):
        max_stable_lr(torch.zeros(4))


# ---------------------------------------------------------------- standardize


def test_standardize_matches_torch() -> None:
    x = torch.randn(30, 4, dtype=torch.float64) * torch.tensor([1.0, 10.0, 100.0, 0.01]) + 50
    z, mean, std = standardize(x)
    assert_close(mean, x.mean(dim=0))
    assert_close(std, x.std(dim=0, correction=0))
    assert_close(z.mean(dim=0), torch.zeros(4, dtype=torch.float64), atol=1e-12, rtol=0)
    assert_close(z.std(dim=0, correction=0), torch.ones(4, dtype=torch.float64))


def test_standardize_new_data_uses_the_given_statistics() -> None:
    x, _ = quiz_scores()
    _, mean, std = standardize(x)
    new = torch.tensor([[73.0, 80.0, 75.0], [100.0, 100.0, 100.0]])
    z_new, mean_back, std_back = standardize(new, mean, std)
    assert mean_back is mean and std_back is std
    assert_close(z_new, (new - mean) / std)


@given(st.lists(st.floats(-1e3, 1e3, allow_nan=False), min_size=2, max_size=30))
def test_standardize_is_mean_zero_std_one_unless_constant(values: list[float]) -> None:
    x = torch.tensor(values, dtype=torch.float64).view(-1, 1)
    if x.std(correction=0).item() < 1e-6:
        return
    z, _, _ = standardize(x)
    assert abs(z.mean().item()) < 1e-9
    assert z.std(correction=0).item() == pytest.approx(1.0)


def test_standardize_makes_the_learning_rate_limit_far_larger() -> None:
    x, _ = quiz_scores()
    z, _, _ = standardize(x)
    assert max_stable_lr(z) / max_stable_lr(x) > 5000


def test_standardize_constant_column_is_a_clear_error() -> None:
    x = torch.tensor([[1.0, 5.0, 2.0], [2.0, 5.0, 3.0]])
    with pytest.raises(ValueError, match=r"column\(s\) \[1\].*\[0\.0\].*constant column"):
        standardize(x)
    _, mean, _ = standardize(x[:, [0, 2]])
    with pytest.raises(ValueError, match=r"column\(s\) \[0\]"):
        standardize(x[:, [0, 2]], mean, torch.tensor([float("inf"), 1.0]))


def test_standardize_integer_data_asks_for_float() -> None:
    with pytest.raises(ValueError, match=r"dtype torch.int64; convert it with x.float\(\)"):
        standardize(torch.tensor([[1, 2], [3, 4]]))


@pytest.mark.parametrize(
    ("x", "mean", "std", "message"),
    [
        ((4,), None, None, r"x must have shape \(n, d\), got \(4,\); make it a column"),
        ((4, 2), (2,), None, "give both mean and std"),
        ((4, 2), None, (2,), "give both mean and std"),
        ((4, 2), (3,), (2,), r"mean needs shape \(2,\), got \(3,\)"),
        ((4, 2), (2,), (1, 2), r"std needs shape \(2,\), got \(1, 2\)"),
    ],
)
def test_standardize_bad_input(x, mean, std, message) -> None:
    mean = None if mean is None else torch.zeros(mean)
    std = None if std is None else torch.ones(std)
    with pytest.raises(ValueError, match=message):
        standardize(torch.randn(x), mean, std)


# ---------------------------------------------------------------- training approaches least squares


def test_trained_multivariable_model_approaches_least_squares() -> None:
    """The lecture's model (raw scores, lr 1e-5) gets closer to the least-squares cost with more
    epochs; on standardized scores, fit reaches it and the parameters match."""
    x, y = quiz_scores()
    w_star, b_star = least_squares(x.double(), y.double())
    best = mse(x.double() @ w_star + b_star, y.double()).item()
    model = LinearRegression(3, zero_init=True)
    gaps = []
    for _ in range(3):
        history = fit(model, x, y, lr=1e-5, epochs=1000)
        gaps.append(history.final_loss - best)
    assert gaps[0] > gaps[1] > gaps[2] > 0

    z, mean, std = standardize(x)
    model = LinearRegression(3, zero_init=True)
    history = fit(model, z, y, lr=0.3, epochs=3000)  # the gap is below 2e-5 by epoch 2000
    assert history.final_loss - best < 1e-4
    w_z = model.linear.weight.detach().double().T
    b_z = model.linear.bias.detach().double()
    # back to raw units: w = w_z / σ, b = b_z − Σ w_z μ / σ
    w = w_z / std.double().view(-1, 1)
    b = b_z - (w_z.flatten() * mean.double() / std.double()).sum()
    assert_close(w, w_star, atol=2e-2, rtol=0)
    assert_close(b, b_star, atol=0.5, rtol=0)
