"""Chapter 6 theory pages: figures render deterministically, every arithmetic fact the pages state
is recomputed here with nnintro and torch and found in BOTH the Korean and the English page, and the
results of runs are {{ ch06.key }} placeholders whose values numbers() formats from those runs; the
tests check what those results must satisfy on any CPU, never their last digits."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from nnintro import data, functional
from tests.docs.theory import (
    in_both,
    num,
    quotes,
    read_pages,
    registry,
    table_rows,
)

figures = registry.CHAPTERS["ch06"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return read_pages("06-logistic-regression")


# ---------------------------------------------------------------- why not a line


def line_fit(x: torch.Tensor, y: torch.Tensor) -> tuple[float, float]:
    return figures.least_squares_line(x, y)


def test_least_squares_lines(pages: dict[str, str]) -> None:
    x, y = data.pass_fail()
    assert x.flatten().tolist() == [45, 50, 55, 60, 65, 70]
    assert y.flatten().tolist() == [0, 0, 0, 1, 1, 1]
    w, b = line_fit(x, y)
    in_both(pages, f"$H(x) = {w:.4f}x - {-b:.4f}$")
    assert f"{w * 45 + b:.3f}" == "-0.143" and f"{w * 70 + b:.3f}" == "1.143"
    in_both(pages, "$H = -0.143$")
    in_both(pages, "$H = 1.143$")
    assert (0.5 - b) / w == pytest.approx(57.5)
    in_both(pages, "57.5")
    assert figures.CH06_EXTRA == (100.0, 1.0)
    w7, b7 = line_fit(*figures.with_sample(figures.CH06_EXTRA))
    in_both(pages, f"$H(x) = {w7:.4f}x - {-b7:.4f}$")
    crossing = (0.5 - b7) / w7
    assert crossing > 60  # the student with 60 points is now predicted to fail
    in_both(pages, f"{crossing:.2f}")
    in_both(pages, f"$H(60) = {w7 * 60 + b7:.3f}$")
    assert w7 * 60 + b7 < 0.5


def test_the_sigmoid_in_the_pass_fail_figure(pages: dict[str, str]) -> None:
    w, b = figures.CH06_SIGMOID
    in_both(pages, rf"$\sigma({w:g}x - {-b:g})$")
    assert -b / w == pytest.approx(57.5)
    cost = F.binary_cross_entropy_with_logits(torch.tensor([w * 100 + b]), torch.ones(1)).item()
    in_both(pages, f"${cost:.1e}".replace("e-10", r" \times 10^{-10}$"))
    assert 5.8e-10 < cost < 6.0e-10


# ---------------------------------------------------------------- the sigmoid


def test_sigmoid_facts(pages: dict[str, str]) -> None:
    z = torch.linspace(-10, 10, 2001, dtype=torch.float64)
    assert functional.sigmoid(torch.tensor(0.0)).item() == 0.5
    torch.testing.assert_close(1 - functional.sigmoid(z), functional.sigmoid(-z))
    grad = functional.sigmoid_grad(z)
    assert grad.max().item() == 0.25 and abs(z[grad.argmax()].item()) < 1e-12
    in_both(pages, r"\sigma'(z) = \sigma(z)\left(1 - \sigma(z)\right)")
    in_both(pages, r"$\frac{1}{4}$")


def test_w_and_b_move_the_midpoint(pages: dict[str, str]) -> None:
    assert figures.CH06_WS == (0.5, 1.0, 2.0) and figures.CH06_BS == (-2.0, 0.0, 2.0)
    for b in figures.CH06_BS:  # with W = 1, H(x) = 0.5 at x = -b
        assert functional.sigmoid(torch.tensor(1.0 * -b + b)).item() == 0.5
    in_both(pages, "$x = -b/W$")
    in_both(pages, "$b = 2$")
    in_both(pages, "$x = -2$")
    in_both(pages, "$b = -2$")


def test_the_two_feature_data_table(pages: dict[str, str]) -> None:
    """The table of the lecture's six samples is nnintro.data.logistic_toy(), the data the trained
    model and the boundary figure use."""
    x, y = data.logistic_toy()
    expected = [
        [str(i + 1), *(num(v) for v in row), num(label)]
        for i, (row, label) in enumerate(zip(x.tolist(), y.flatten().tolist(), strict=True))
    ]
    for lang, page in pages.items():
        assert table_rows(page, [str(i) for i in range(1, 7)]) == expected, lang
    in_both(pages, "logistic_toy()")
    # "broadly, the larger x1, the more likely class 1": the classes split along x1
    assert x[y.flatten() == 0, 0].max() < x[y.flatten() == 1, 0].min()


def test_the_threshold_rule(pages: dict[str, str]) -> None:
    """p >= 0.5 is z >= 0, as the pages state: nnintro's sigmoid is 0.5 at 0 and increasing."""
    z = torch.linspace(-1, 1, 2001)
    assert torch.equal(functional.sigmoid(z) >= 0.5, z >= 0)
    assert functional.sigmoid(torch.tensor(0.0)).item() == 0.5
    for text in (r"$p \ge 0.5$", r"$z \ge 0$", r"$\sigma(0) = 0.5$"):
        in_both(pages, text)


# ---------------------------------------------------------------- MSE vs BCE


def noisy() -> tuple[torch.Tensor, torch.Tensor]:
    assert figures.CH06_NOISY == (50.0, 1.0)
    x, y = figures.with_sample(figures.CH06_NOISY)
    return x.double(), y.double()


def cost_of(name: str, w: float) -> float:
    x, y = noisy()
    z = w * x + figures.CH06_COST_B
    if name == "MSE":
        return F.mse_loss(torch.sigmoid(z), y).item()
    return F.binary_cross_entropy_with_logits(z, y).item()


def local_minima(name: str) -> list[float]:
    lo, hi = figures.CH06_COST_W_RANGE
    ws = torch.linspace(lo, hi, 601, dtype=torch.float64).tolist()
    costs = [cost_of(name, w) for w in ws]
    return [ws[i] for i in range(1, 600) if costs[i - 1] > costs[i] < costs[i + 1]]


def test_mse_has_two_valleys_and_bce_one(pages: dict[str, str]) -> None:
    assert figures.CH06_COST_B == -40
    in_both(pages, "$b = -40$")
    mse_minima, bce_minima = local_minima("MSE"), local_minima("BCE")
    assert [f"{w:.2f}" for w in mse_minima] == ["0.70", "0.80"]
    assert [f"{w:.2f}" for w in bce_minima] == ["0.75"]
    for w in (*mse_minima, *bce_minima):
        in_both(pages, f"$W = {w:.2f}$")
    low, high = (cost_of("MSE", w) for w in mse_minima)
    assert low < high
    in_both(pages, f"{low:.3f}")
    in_both(pages, f"{high:.3f}")


def test_mse_plateaus(pages: dict[str, str]) -> None:
    _, y = noisy()
    assert cost_of("MSE", -5.0) == pytest.approx(y.mean().item())  # all H = 0: mean of y²
    assert cost_of("MSE", 5.0) == pytest.approx(1 - y.mean().item())  # all H = 1
    assert y.sum().item() == 4 and len(y) == 7
    in_both(pages, r"$\frac{4}{7} \approx 0.571$")
    in_both(pages, r"$\frac{3}{7} \approx 0.429$")


def test_gradient_descent_stops_where_the_page_says(pages: dict[str, str]) -> None:
    starts = figures.CH06_DESCENT_STARTS
    assert (figures.CH06_DESCENT_LR, figures.CH06_DESCENT_STEPS) == (0.001, 1000)
    assert starts == (0.4, 0.6, 0.9, 1.1)
    for text in ("0.001", "1,000", "(0.4, 0.6, 0.9, 1.1)", "$W = 0.4$", "$W = 0.6$", "$W = 0.9$"):
        in_both(pages, text)
    # the pages quote the runs, and numbers() formats them
    values = figures.numbers()
    runs = {"mse_from_04": ("MSE", 0.4), "mse_from_06": ("MSE", 0.6), "mse_from_09": ("MSE", 0.9)}
    for key, (cost, w0) in runs.items():
        assert values[key] == f"{figures.descent(cost, w0):.3f}", key
        quotes(pages, "ch06", key)
    quotes(pages, "ch06", "bce_descent")
    # what the pages say of the runs, on any CPU: MSE stays put on its flat stretch at 0.4 ...
    assert abs(figures.descent("MSE", 0.4) - 0.4) < 1e-3
    # ... reaches the lowest valley from 0.6 and stops in the higher one from 0.9
    low, high = local_minima("MSE")
    assert abs(figures.descent("MSE", 0.6) - low) < 0.01
    assert abs(figures.descent("MSE", 0.9) - high) < 0.01
    # BCE reaches its single valley from all four starts, the same value as the pages print it
    (valley,) = local_minima("BCE")
    ends = [figures.descent("BCE", w0) for w0 in starts]
    assert all(abs(w - valley) < 0.01 for w in ends)
    assert {f"{w:.3f}" for w in ends} == {values["bce_descent"]}


# ---------------------------------------------------------------- cross-entropy


def test_per_sample_costs(pages: dict[str, str]) -> None:
    one = torch.ones(1)
    good = functional.binary_cross_entropy(torch.tensor([0.9]), one).item()
    bad = functional.binary_cross_entropy(torch.tensor([0.1]), one).item()
    assert (f"{good:.3f}", f"{bad:.3f}") == ("0.105", "2.303")
    in_both(pages, r"$-\ln 0.9 \approx 0.105$")
    in_both(pages, r"$-\ln 0.1 \approx 2.303$")


def test_initial_cost_is_log_2(pages: dict[str, str]) -> None:
    x, y = data.logistic_toy()
    h = functional.sigmoid(x @ torch.zeros(2, 1) + 0)
    cost = F.binary_cross_entropy(h, y)
    torch.testing.assert_close(functional.binary_cross_entropy(h, y), cost)
    assert cost.item() == pytest.approx(math.log(2))
    in_both(pages, rf"$-\ln 0.5 = \ln 2 \approx {math.log(2):.4f}$")


def test_gradient_formula_equals_autograd(pages: dict[str, str]) -> None:
    x, y = data.logistic_toy()
    w = torch.randn(2, 1, requires_grad=True)
    b = torch.randn(1, requires_grad=True)
    h = torch.sigmoid(x @ w + b)
    F.binary_cross_entropy(h, y).backward()
    n = len(x)
    torch.testing.assert_close(((h - y) * x).sum(dim=0, keepdim=True).T.detach() / n, w.grad)
    torch.testing.assert_close((h - y).sum().view(1).detach() / n, b.grad)
    in_both(pages, r"\frac{1}{n} \sum_{i=1}^{n} \left( H(x_i) - y_i \right) x_i")


# ---------------------------------------------------------------- the trained model


def test_training_result(pages: dict[str, str]) -> None:
    assert (figures.CH06_LR, figures.CH06_UPDATES) == (1.0, 1001)
    model, history = figures.logistic_run()
    (w1, w2), b = model.linear.weight.detach().flatten().tolist(), model.linear.bias.item()
    # the pages quote the run the boundary figure draws, and numbers() formats it
    values = figures.numbers()
    assert {key: values[key] for key in ("first_cost", "final_cost", "w1", "w2", "b", "minus_b",
                                         "slope")} == {
        "first_cost": f"{history.losses[0]:.6f}",
        "final_cost": f"{history.losses[-1]:.6f}",
        "w1": f"{w1:.4f}",
        "w2": f"{w2:.4f}",
        "b": f"{b:.4f}",
        "minus_b": f"{-b:.4f}",
        "slope": f"{-w1 / w2:.2f}",
    }  # fmt: skip
    for key in ("first_cost", "final_cost", "w1", "w2", "b", "minus_b", "slope"):
        quotes(pages, "ch06", key)
    in_both(pages, "${{ ch06.w1 }} x_1 + {{ ch06.w2 }} x_2 - {{ ch06.minus_b }} = 0$")
    in_both(pages, r"$-w_1 / w_2 \approx {{ ch06.slope }}$")
    # the lecture's own loop on bare W and b (epochs 0 ... 1000) is the same training
    x, y = data.logistic_toy()
    w = torch.zeros(2, 1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([w, bias], lr=figures.CH06_LR)
    costs = []
    for _ in range(figures.CH06_UPDATES):
        cost = F.binary_cross_entropy(torch.sigmoid(x @ w + bias), y)
        costs.append(cost.item())
        opt.zero_grad()
        cost.backward()
        opt.step()
    torch.testing.assert_close(model.linear.weight.detach(), w.detach().T)
    torch.testing.assert_close(model.linear.bias.detach(), bias.detach())
    assert len(history.losses) == len(costs) and abs(history.losses[-1] - costs[-1]) < 1e-6
    # what the pages say, on any CPU: the cost starts at ln 2 (W = b = 0) and falls all the way
    assert abs(history.losses[0] - math.log(2)) < 1e-6
    assert all(history.losses[t + 100] < history.losses[t] for t in range(0, 1000, 100))
    assert history.losses[-1] < 0.1 * history.losses[0]
    assert b < 0 and -w1 / w2 < 0  # the boundary as the pages write it: ... - |b| = 0
    assert w1 > 2 * w2 > 0  # "the weight of x1 is the larger": the model looks mainly at x1
    h = model(x).detach().flatten()
    assert (h[:3] < 0.04).all() and (h[3:] > 0.95).all()
    assert ((h >= 0.5).float() == y.flatten()).all()  # accuracy 1
    for text in ("0.04", "0.95"):
        in_both(pages, text)


# ---------------------------------------------------------------- numerical stability


def test_float32_rounding_points(pages: dict[str, str]) -> None:
    assert torch.sigmoid(torch.tensor(17.0)).item() == 1.0
    assert torch.sigmoid(torch.tensor(16.0)).item() < 1.0
    assert torch.sigmoid(torch.tensor(-89.0)).item() == 0.0
    assert torch.sigmoid(torch.tensor(-88.0)).item() > 0.0
    in_both(pages, r"$z \ge 17$")
    in_both(pages, r"$z \le -89$")
    in_both(pages, "$-100$")


def test_clamped_bce_versus_logits(pages: dict[str, str]) -> None:
    z, y = torch.tensor([1000.0], requires_grad=True), torch.zeros(1)
    F.binary_cross_entropy(torch.sigmoid(z), y).backward()
    clamped, clamped_grad = F.binary_cross_entropy(torch.sigmoid(z), y).item(), z.grad.item()
    z.grad = None
    F.binary_cross_entropy_with_logits(z, y).backward()
    exact, exact_grad = F.binary_cross_entropy_with_logits(z, y).item(), z.grad.item()
    assert (clamped, clamped_grad, exact, exact_grad) == (100.0, 0.0, 1000.0, 1.0)
    assert functional.binary_cross_entropy_with_logits(z.detach(), y).item() == 1000.0
    in_both(pages, "$z = 1000$")
    in_both(pages, r"$\sigma(z) - y = 1$")
    in_both(pages, r"\max(z, 0) - zy + \ln\left(1 + e^{-|z|}\right)")
