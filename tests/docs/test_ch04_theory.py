"""Chapter 4 theory pages: figures render deterministically, the arithmetic the pages state is
recomputed here (exactly where it can be) and found in BOTH the Korean and the English page, and
the numbers they quote from training runs ({{ ch04.key }}) are the formatting of runs that have the
properties the text claims on any CPU (e.g. within 0.1% of exact gradient-descent arithmetic)."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import pytest
import torch

from nnintro import data, functional
from tests.docs.theory import (
    filled,
    in_both,
    no_raw_html,
    num,
    quotes,
    read_pages,
    registry,
    structure,
    table_rows,
)

STEM = "04-multivariable-linear-regression"
figures = registry.CHAPTERS["ch04"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return read_pages(STEM)


def with_ones(x: torch.Tensor) -> torch.Tensor:
    """[X 1] in float64."""
    return torch.cat([x.double(), torch.ones(len(x), 1, dtype=torch.float64)], dim=1)


def curvature_eigenvalues(x: torch.Tensor) -> torch.Tensor:
    """Eigenvalues (ascending) of A = (2/n) X̃ᵀX̃."""
    x_tilde = with_ones(x)
    return torch.linalg.eigvalsh(2 / len(x) * x_tilde.T @ x_tilde)


def sgd(x: torch.Tensor, lr: float, epochs: int) -> list[float]:
    """The lecture's loop (float32, zeros, optim.SGD); costs after 0, 1, ..., epochs updates."""
    _, y = data.quiz_scores()
    w = torch.zeros((x.shape[1], 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([w, b], lr=lr)
    costs = []
    for _ in range(epochs + 1):
        cost = torch.nn.functional.mse_loss(x @ w + b, y)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return costs


def exact_gaps(features: torch.Tensor, lr: float, epochs: list[int]) -> dict[int, float]:
    """cost − cost* after each of ``epochs`` updates of gradient descent from 0, in exact
    arithmetic (float64): θ_t − θ* = (I − αA)^t (0 − θ*) and cost − cost* = ½ δᵀAδ."""
    _, y = data.quiz_scores()
    x_tilde = with_ones(features)
    a = 2 / len(x_tilde) * x_tilde.T @ x_tilde
    theta = torch.linalg.lstsq(x_tilde, y.double()).solution
    step = torch.eye(len(a), dtype=torch.float64) - lr * a
    gaps = {}
    for t in epochs:
        delta = torch.linalg.matrix_power(step, t) @ -theta
        gaps[t] = (delta.T @ a @ delta).item() / 2
    return gaps


@pytest.fixture(scope="module")
def best_cost() -> float:
    x, y = data.quiz_scores()
    solution = torch.linalg.lstsq(with_ones(x), y.double()).solution
    return torch.mean((with_ones(x) @ solution - y.double()) ** 2).item()


@pytest.fixture(scope="module")
def values() -> dict[str, str]:
    """The numbers the build quotes on the pages (docs/hooks/figures/ch04.py numbers())."""
    return figures.numbers()


# ---------------------------------------------------------------- figures and structure


def test_pages_have_same_structure(pages: dict[str, str]) -> None:
    ko, en = structure(pages["ko"]), structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1 and ko["display_math"] % 2 == 0
    assert f"../tutorials/{STEM}.ipynb" in ko["links"]
    assert "../reference/functional.md" in ko["links"] and "../reference/plot.md" in ko["links"]
    assert all(no_raw_html(page) for page in pages.values())


# ---------------------------------------------------------------- data and hypothesis


def test_data_table_and_matrix(pages: dict[str, str]) -> None:
    x, y = data.quiz_scores()
    expected = [
        [str(i + 1), *(num(v) for v in row), num(t)]
        for i, (row, t) in enumerate(zip(x.tolist(), y.flatten().tolist(), strict=True))
    ]
    for lang, page in pages.items():
        assert table_rows(page, [str(i) for i in range(1, 6)]) == expected, lang
        for row in x.int().tolist():  # the rows of the matrix X and of H(X)
            assert " & ".join(map(str, row)) in page, (lang, row)
            assert f"{row[0]} w_1 + {row[1]} w_2 + {row[2]} w_3 + b" in page, (lang, row)
    assert tuple(x.shape) == (5, 3) and tuple(y.shape) == (5, 1)
    in_both(pages, r"X:\ 5 \times 3")
    in_both(pages, r"W:\ 3 \times 1")
    in_both(pages, r"H(X):\ 5 \times 1")
    in_both(pages, "quiz_scores()")


def test_separate_weights_equal_the_matrix_form() -> None:
    x, _ = data.quiz_scores()
    w = torch.tensor([[0.3], [-0.2], [0.5]])
    separate = x[:, :1] * w[0] + x[:, 1:2] * w[1] + x[:, 2:] * w[2] + 1.5
    torch.testing.assert_close(separate, x @ w + 1.5)


# ---------------------------------------------------------------- gradient and lecture run


def test_gradient_table_at_zero(pages: dict[str, str]) -> None:
    """At W = 0, b = 0 the cost and the gradient are exact arithmetic on the integer scores."""
    x, y = data.quiz_scores()
    rows = [[int(v) for v in row] for row in x.tolist()]
    targets = [int(t) for t in y.flatten().tolist()]
    n = len(targets)
    cost0 = Fraction(sum(t * t for t in targets), n)  # every prediction is 0
    exact = [
        -Fraction(2, n) * sum(t * row[j] for t, row in zip(targets, rows, strict=True))
        for j in range(3)
    ]
    exact.append(-Fraction(2, n) * sum(targets))
    assert f"{float(cost0):.1f}" == "29661.8"
    in_both(pages, "29661.8")
    # autograd and nnintro's formula give the same gradient, to float32 rounding
    w = torch.zeros((3, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    cost = torch.nn.functional.mse_loss(x @ w + b, y)
    cost.backward()
    grads = [*w.grad.flatten().tolist(), b.grad.item()]
    ours = functional.mse_linear_grad(x, y, w.detach(), b.detach())
    torch.testing.assert_close(torch.cat([ours[0].flatten(), ours[1]]), torch.tensor(grads))
    assert cost.item() == pytest.approx(float(cost0), rel=1e-6)
    assert grads == pytest.approx([float(g) for g in exact], rel=1e-6)
    lr = Fraction(1, 10**5)
    steps = [float(-lr * g) for g in exact]
    grad_cells = [num(float(g)) for g in exact]
    step_cells = [*(f"{s:.3f}" for s in steps[:3]), f"{steps[3]:.5f}"]
    assert grad_cells == ["−29401.2", "−29360", "−29738", "−342"]
    for lang, page in pages.items():
        rows = [row[1:] for row in page.splitlines() if row.startswith("|")]
        cells = [[c.strip() for c in row.strip("|").split("|")][1:] for row in rows]
        assert grad_cells in cells and step_cells in cells, lang
    assert round(steps[3], 4) == 0.0034 and round(steps[0], 2) == 0.29
    in_both(pages, "0.0034")
    in_both(pages, "0.29")
    # "about 85 times": the weights' gradients over the bias's gradient
    assert 84 < exact[0] / exact[3] < 88


def separate_weights(epochs: int) -> list[float]:
    """The lecture's first loop, one weight per feature (float32); costs before each update."""
    x, y = data.quiz_scores()
    x1, x2, x3 = x[:, :1], x[:, 1:2], x[:, 2:]
    w1, w2, w3, b = (torch.zeros(1, requires_grad=True) for _ in range(4))
    optimizer = torch.optim.SGD([w1, w2, w3, b], lr=1e-5)
    costs = []
    for _ in range(epochs + 1):
        cost = torch.mean((x1 * w1 + x2 * w2 + x3 * w3 + b - y) ** 2)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return costs


def test_lecture_run_last_cost(pages: dict[str, str], values: dict[str, str]) -> None:
    x, _ = data.quiz_scores()
    last = figures.CH04_LECTURE_EPOCHS
    assert last == 20
    run = figures.runs()[0][: last + 1]  # 21 updates, epochs 0 to 20; the last line prints run[20]
    quotes(pages, "ch04", "lecture_cost")
    assert values["lecture_cost"] == f"{run[last]:.3f}"
    in_both(pages, "lr=1e-5")
    # the cost falls at every update, to a little above cost* (0.10), from 29661.8
    assert all(a > b for a, b in itertools.pairwise(run))
    assert 1 < run[last] < 2
    assert run[0] == pytest.approx(29661.8, rel=1e-6)
    # the separate-weights code and the matrix code (with F.mse_loss) give the same costs up to
    # float32 rounding error, not necessarily digit for digit
    for costs in (separate_weights(last), sgd(x, 1e-5, last)):
        assert costs == pytest.approx(run, rel=1e-4)


# ---------------------------------------------------------------- learning rate


def test_largest_stable_learning_rate(pages: dict[str, str]) -> None:
    x, _ = data.quiz_scores()
    eig = curvature_eigenvalues(x)
    lam_max, lam_min = eig[-1].item(), eig[0].item()
    assert functional.max_stable_lr(x) == pytest.approx(2 / lam_max)
    in_both(pages, rf"$\lambda_{{\max}} \approx {lam_max:.0f}$")
    in_both(pages, rf"$2/\lambda_{{\max}} \approx {2 / lam_max * 1e5:.3f} \times 10^{{-5}}$")
    in_both(pages, f"{lam_min:.4f}")
    in_both(pages, rf"$1 - 10^{{-5}} \times {lam_min:.4f}$")
    in_both(pages, rf"{lam_max / lam_min / 1e6:.2f} \times 10^{{6}}")
    # "about a 4.5th of the limit"
    assert round((2 / lam_max) / 1e-5, 1) == 4.5
    # the trace: (2/n) Σ (x_i1² + x_i2² + x_i3² + 1), almost all of it in λ_max
    trace = eig.sum().item()
    assert trace == pytest.approx(2 / 5 * (x.double() ** 2 + 0).sum().item() + 2)
    in_both(pages, f"= {trace:.1f}$")
    assert lam_max / trace > 0.999
    # doubling the scores nearly quadruples λ_max, so the usable lr shrinks to nearly a quarter
    quarter = functional.max_stable_lr(x) / 4
    assert functional.max_stable_lr(2 * x) == pytest.approx(quarter, rel=1e-3)


@pytest.mark.parametrize(
    ("lr", "text", "diverges"),
    [(4.5e-5, r"$4.5 \times 10^{-5}$", False), (4.6e-5, r"$4.6 \times 10^{-5}$", True),
     (1e-4, "$10^{-4}$", True)],
)  # fmt: skip
def test_limit_by_training(pages: dict[str, str], lr: float, text: str, diverges: bool) -> None:
    x, _ = data.quiz_scores()
    costs = sgd(x, lr, 2000)
    assert (not math.isfinite(costs[-1])) == diverges
    in_both(pages, text)
    if lr == 1e-4:  # "grows more than tenfold at every update"
        assert all(b / a > 10 for a, b in itertools.pairwise(costs[:7]))


def test_standardized_curvature(pages: dict[str, str]) -> None:
    x, _ = data.quiz_scores()
    z, mean, std = functional.standardize(x)
    torch.testing.assert_close(mean, x.mean(dim=0))
    torch.testing.assert_close(std, x.std(dim=0, correction=0))
    in_both(pages, r"$\mu = (" + ", ".join(f"{m:.1f}" for m in mean.tolist()) + ")$")
    in_both(pages, r"$\sigma = (" + ", ".join(f"{s:.2f}" for s in std.tolist()) + ")$")
    eig = curvature_eigenvalues(z)
    in_both(pages, rf"$\lambda_{{\max}} \approx {eig[-1].item():.3f}$")
    in_both(pages, rf"$2/\lambda_{{\max}} \approx {2 / eig[-1].item():.4f}$")
    in_both(pages, f"{eig[-1].item() / eig[0].item():.0f}")
    assert f"{eig[-1].item() / eig[0].item():.0f}" == "1276"
    ratio = functional.max_stable_lr(z) / functional.max_stable_lr(x)
    assert round(ratio, -2) == 7600
    in_both(pages, "7,600")
    # the quizzes are correlated: corr(x1, x3)
    corr = torch.corrcoef(x.double().T)[0, 2].item()
    in_both(pages, f"{corr:.3f}")


def test_slice_curvatures(pages: dict[str, str]) -> None:
    """The (w1, b) slice: raw curvatures differ by thousands; standardized both equal 2."""
    x, _ = data.quiz_scores()
    z, _, _ = functional.standardize(x.double())
    for features, expect_round in ((x.double(), False), (z, True)):
        cols = with_ones(features)[:, [0, 3]]
        a = 2 / 5 * cols.T @ cols
        if expect_round:
            torch.testing.assert_close(a, 2 * torch.eye(2, dtype=torch.float64))
        else:
            assert 1000 < a[0, 0] / a[1, 1] < 10000
    assert figures.CH04_VARY == ("w1", "b") and figures.CH04_STEPS == 30
    in_both(pages, "30")
    in_both(pages, "$0.1$")


def test_unstandardize_formula() -> None:
    """w_j = w_z,j / σ_j and b = b_z − Σ w_z,j μ_j / σ_j give the same predictions."""
    x, y = data.quiz_scores()
    x = x.double()
    z, mean, std = functional.standardize(x)
    w_z, b_z = functional.least_squares(z, y.double())
    w = w_z / std.view(-1, 1)
    b = b_z - (w_z.flatten() * mean / std).sum()
    torch.testing.assert_close(x @ w + b, z @ w_z + b_z)
    w_star, b_star = functional.least_squares(x, y.double())
    torch.testing.assert_close(w, w_star)
    torch.testing.assert_close(b, b_star)


# ---------------------------------------------------------------- least squares


def test_least_squares_solution(pages: dict[str, str], best_cost: float) -> None:
    x, y = data.quiz_scores()
    w, b = functional.least_squares(x.double(), y.double())
    solution = torch.linalg.lstsq(with_ones(x), y.double()).solution
    torch.testing.assert_close(torch.cat([w.flatten(), b]), solution.flatten())
    # the normal equations hold
    x_tilde = with_ones(x)
    torch.testing.assert_close(x_tilde.T @ x_tilde @ solution, x_tilde.T @ y.double())
    in_both(pages, "$W^* = (" + ", ".join(f"{v:.4f}" for v in w.flatten().tolist()) + ")$")
    in_both(pages, f"$b^* = {b.item():.3f}$")
    in_both(pages, rf"$\operatorname{{cost}}^* = {best_cost:.4f}$")
    # the standardized problem has the same best cost
    z, _, _ = functional.standardize(x.double())
    w_z, b_z = functional.least_squares(z, y.double())
    assert functional.mse(z @ w_z + b_z, y.double()).item() == pytest.approx(best_cost)


def test_gap_table(pages: dict[str, str], best_cost: float, values: dict[str, str]) -> None:
    x, y = data.quiz_scores()
    z, _, _ = functional.standardize(x.double())
    assert (figures.CH04_LR_RAW, figures.CH04_LR_STD, figures.CH04_EPOCHS) == (1e-5, 0.1, 2000)
    table, long = figures.CH04_TABLE_EPOCHS, figures.CH04_LONG_EPOCHS
    assert (table, long) == ((20, 200, 2000), 20_000)
    raw, std = figures.runs()
    assert (len(raw), len(std)) == (long + 1, figures.CH04_EPOCHS + 1)
    assert figures.best_cost() == pytest.approx(best_cost, rel=1e-9)
    raw_gap = {e: raw[e] - best_cost for e in (*table, long)}
    std_gap = {e: std[e] - best_cost for e in table}
    # the quoted numbers are this run's gaps, formatted as the table prints them
    for e in table:
        assert values[f"gap_raw_{e}"] == f"{raw[e] - figures.best_cost():.3g}"
        assert values[f"gap_std_{e}"] == f"{std[e] - figures.best_cost():.2g}"
    assert values[f"gap_raw_{long}"] == f"{raw[long] - figures.best_cost():.2g}"
    for lang, page in pages.items():
        rows = table_rows(page, [str(e) for e in table])
        assert rows == [
            [str(e), f"{{{{ ch04.gap_raw_{e} }}}}", f"{{{{ ch04.gap_std_{e} }}}}"] for e in table
        ], lang
        rows = table_rows(filled(pages, "ch04")[lang], [str(e) for e in table])
        assert rows == [[str(e), values[f"gap_raw_{e}"], values[f"gap_std_{e}"]] for e in table]
    for key in [*(f"gap_{kind}_{e}" for kind in ("raw", "std") for e in table), f"gap_raw_{long}"]:
        quotes(pages, "ch04", key)
    in_both(pages, "20,000")
    # float32 training follows exact gradient-descent arithmetic closely, on any CPU
    exact_raw = exact_gaps(x, figures.CH04_LR_RAW, [*table, long])
    exact_std = exact_gaps(z, figures.CH04_LR_STD, list(table))
    for e, gap in raw_gap.items():
        assert gap == pytest.approx(exact_raw[e], rel=1e-3), e
    for e, gap in std_gap.items():
        assert gap == pytest.approx(exact_std[e], rel=1e-2, abs=1e-5), e
    # the text: the raw gap drops steeply within a few epochs (from the cost 29661.8 at 0 to
    # below 2 at 20), then hardly shrinks; a gap remains after 20,000; standardized scores get
    # far lower in 200 epochs than raw scores in 20,000
    assert raw[0] - best_cost > 10_000 and raw_gap[20] < 2
    assert raw_gap[200] > raw_gap[20] / 2
    gaps = [raw_gap[e] for e in (*table, long)]
    assert all(a > b > 0.05 for a, b in itertools.pairwise(gaps))
    assert 0 < std_gap[200] < raw_gap[long] / 10 and 0 < std_gap[2000] < raw_gap[2000] / 100
    # the figure draws the first CH04_EPOCHS updates of the same runs
    assert figures.train_costs(x, y, 1e-5, 200) == list(raw[:201])
