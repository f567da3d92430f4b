"""Chapter 8 theory pages: figures render deterministically, every arithmetic fact the pages state
is recomputed here with nnintro and torch and found in BOTH the Korean and the English page, and the
single-layer run's results are {{ ch08.key }} placeholders whose values numbers() formats from that
run; the tests check what those results must satisfy on any CPU, never their last digits."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from nnintro import data, gates, metrics
from tests.docs.theory import (
    in_both,
    num,
    quotes,
    registry,
    table_rows,
    twin_structure,
)

ROOT = Path(__file__).resolve().parents[2]
KO = ROOT / "docs" / "theory" / "08-perceptron.md"
EN = ROOT / "docs" / "theory" / "08-perceptron.en.md"
INPUTS = list(itertools.product((0, 1), repeat=2))

figures = registry.CHAPTERS["ch08"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {"ko": KO.read_text(encoding="utf-8"), "en": EN.read_text(encoding="utf-8")}


@pytest.fixture(scope="module")
def run() -> tuple[torch.nn.Sequential, list[float]]:
    """The lecture's single-layer XOR run (seed 777, BCE, SGD lr 1, 10001 steps)."""
    return figures.single_layer_xor()


# ---------------------------------------------------------------- figures and structure


def test_pages_have_same_structure(pages: dict[str, str]) -> None:
    ko, en = twin_structure(pages["ko"]), twin_structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1 and len(ko["display_math"]) == 8
    assert ko["links"] == ["../tutorials/08-perceptron.ipynb", "../reference/gates.md"]


def test_no_raw_html(pages: dict[str, str]) -> None:
    for lang, page in pages.items():
        assert not re.search(r"<[a-zA-Z/][^>]*>", page), lang


# ---------------------------------------------------------------- gates


def test_truth_table(pages: dict[str, str]) -> None:
    expected = [
        [str(x1), str(x2), *(str(g(x1, x2)) for g in (gates.AND, gates.NAND, gates.OR, gates.XOR))]
        for x1, x2 in INPUTS
    ]
    for lang, page in pages.items():
        rows = [r for r in table_rows(page, ["0", "1"]) if len(r) == 6]
        assert rows == expected, lang


def test_lecture_weights_table(pages: dict[str, str]) -> None:
    for lang, page in pages.items():
        rows = table_rows(page, ["AND", "NAND", "OR"])
        assert rows == [
            [g.name, *(num(w) for w in g.weights), num(g.bias)]
            for g in (gates.AND, gates.NAND, gates.OR)
        ], lang


def test_weighted_sums_table(pages: dict[str, str]) -> None:
    expected = [
        [str(x1), str(x2)]
        + [num(round(g.weighted_sum(x1, x2), 10)) for g in (gates.AND, gates.NAND, gates.OR)]
        for x1, x2 in INPUTS
    ]
    for lang, page in pages.items():
        rows = [r for r in table_rows(page, ["0", "1"]) if len(r) == 5 and "." in r[2]]
        assert rows == expected, lang
    # the worked sums: both inputs 1, one input 1
    assert gates.AND.weighted_sum(1, 1) == pytest.approx(0.3)
    assert gates.AND.weighted_sum(1, 0) == pytest.approx(-0.2)
    in_both(pages, r"$0.5 + 0.5 - 0.7 = 0.3 \ge 0$")
    in_both(pages, "$0.5 - 0.7 = -0.2 < 0$")
    # "no z in the table is exactly 0": the rule at z = 0 cannot change these gates
    for g in (gates.AND, gates.NAND, gates.OR):
        assert all(abs(g.weighted_sum(*x)) > 0.05 for x in INPUTS)
        assert [g(*x) for x in INPUTS] == [int(g.weighted_sum(*x) > 0) for x in INPUTS]


def test_nand_is_and_with_signs_flipped() -> None:
    assert gates.NAND.weights == tuple(-w for w in gates.AND.weights)
    assert gates.NAND.bias == -gates.AND.bias
    for x in INPUTS:
        assert gates.NAND.weighted_sum(*x) == pytest.approx(-gates.AND.weighted_sum(*x))


def test_another_and(pages: dict[str, str]) -> None:
    other = gates.Perceptron((1, 1), -1.5)
    assert gates.truth_table(other) == gates.truth_table(gates.AND)
    in_both(pages, "$(w_1, w_2, b) = (1, 1, -1.5)$")


def test_gate_lines(pages: dict[str, str]) -> None:
    # w1 = w2 = w: the line w x1 + w x2 + b = 0 is x1 + x2 = -b / w
    for gate, text, value in (
        (gates.AND, "1.4", 1.4),
        (gates.NAND, "1.4", 1.4),
        (gates.OR, "5/6", 5 / 6),
    ):
        w1, w2 = gate.weights
        assert w1 == w2
        assert -gate.bias / w1 == pytest.approx(value)
        in_both(pages, f"$x_1 + x_2 = {text}")
    in_both(pages, f"\\approx {5 / 6:.2f}$")
    in_both(pages, "$0.5 x_1 + 0.5 x_2 - 0.7 = 0$")


# ---------------------------------------------------------------- XOR


def test_no_line_separates_xor_on_a_fine_grid() -> None:
    values = torch.linspace(-3, 3, 61, dtype=torch.float64)
    params = torch.cartesian_prod(values, values, values)  # (w1, w2, b)
    x = torch.tensor(INPUTS, dtype=torch.float64)
    z = x @ params[:, :2].T + params[:, 2]
    for fires in (z >= 0, z > 0):  # the course's rule, and the strict one: the same limit
        right = (fires.long() == torch.tensor([[0], [1], [1], [0]])).sum(dim=0)
        assert right.max().item() == 3


def test_inequality_argument(pages: dict[str, str]) -> None:
    for text in (
        r"\quad b < 0",
        r"\quad w_2 + b \ge 0",
        r"\quad w_1 + b \ge 0",
        r"\quad w_1 + w_2 + b < 0",
        r"$w_1 + w_2 + 2b \ge 0$",
        r"$w_1 + w_2 + b \ge -b$",
        "$-b > 0$",
        "$w_1 + w_2 + b > 0$",
    ):
        in_both(pages, text)


def test_single_lines_on_xor(pages: dict[str, str]) -> None:
    target = [0, 1, 1, 0]
    right = {g.name: sum(g(*x) == t for x, t in zip(INPUTS, target, strict=True)) for g in
             (gates.AND, gates.OR, gates.NAND)}  # fmt: skip
    assert right == {"AND": 1, "OR": 3, "NAND": 3}
    assert "OR와 NAND는 네 점 가운데 3개를 맞히지만" in pages["ko"]
    assert "OR and NAND get 3 of the four points right" in pages["en"]
    assert figures.CH08_XOR == target


def test_hidden_layer_table(pages: dict[str, str]) -> None:
    expected = [
        [
            str(x1),
            str(x2),
            *(str(h) for h in gates.XOR.hidden_outputs(x1, x2)),
            str(gates.XOR(x1, x2)),
        ]
        for x1, x2 in INPUTS
    ]
    for lang, page in pages.items():
        rows = [r for r in table_rows(page, ["0", "1"]) if len(r) == 5 and "." not in r[2]]
        assert rows == expected, lang
    assert [row[-1] for row in expected] == ["0", "1", "1", "0"]
    # where the hidden layer moves the four inputs
    moved = {x: gates.XOR.hidden_outputs(*x) for x in INPUTS}
    assert moved == {(0, 0): (1, 0), (0, 1): (1, 1), (1, 0): (1, 1), (1, 1): (0, 1)}


# ---------------------------------------------------------------- the single-layer experiment


def test_settings_of_the_run(pages: dict[str, str]) -> None:
    assert (figures.CH08_SEED, figures.CH08_LR, figures.CH08_STEPS) == (777, 1.0, 10001)
    for text in ("torch.manual_seed(777)", "nn.Linear(2, 1)", "nn.Sigmoid()", "10001"):
        in_both(pages, text)


def test_single_layer_cost_ends_at_ln2(pages: dict[str, str], run) -> None:
    _, costs = run
    ln2 = math.log(2)
    # the pages quote the run the figure draws, and numbers() formats it
    near = figures.epoch_from(costs, lambda c: abs(c - ln2) < 1e-4)
    settled = figures.epoch_from(costs, lambda c: f"{c:.6f}" == "0.693147")
    assert figures.numbers() == {
        "first_cost": f"{costs[0]:.4f}",
        "near_ln2_epoch": f"{near:,}",
        "settled_epoch": f"{settled:,}",
    }
    for key in ("first_cost", "near_ln2_epoch", "settled_epoch"):
        quotes(pages, "ch08", key)
    # the first cost is that of the seeded layer (float64 of the same initial values)
    torch.manual_seed(figures.CH08_SEED)
    start = torch.nn.Linear(2, 1)
    exact = bce(torch.cat([start.weight.detach().flatten(), start.bias.detach()]).double()).item()
    assert abs(costs[0] - exact) < 1e-6
    # what the pages say, on any CPU: the cost starts above ln 2, falls quickly to it ...
    assert costs[0] > ln2 + 0.01
    assert near < settled < 1000  # "falls quickly"; after that it only settles in the last digits
    assert abs(costs[-1] - ln2) < 1e-4
    # ... and from then on stays within 1e-4 of ln 2, and later prints as 0.693147
    assert all(abs(c - ln2) < 1e-4 for c in costs[near - 1 :])
    assert not abs(costs[near - 2] - ln2) < 1e-4
    assert all(f"{c:.6f}" == "0.693147" for c in costs[settled - 1 :])
    in_both(pages, "$10^{-4}$")
    in_both(pages, f"{ln2:.6f}")
    in_both(pages, rf"\ln 2 \approx {ln2:.4f}")


def test_single_layer_outputs_and_accuracy(run) -> None:
    model, _ = run
    params = torch.cat([p.detach().flatten() for p in model.parameters()]).abs()
    assert 1e-8 < params.max().item() < 1e-6  # "about 10^-7"
    x, y = data.xor()
    with torch.no_grad():
        out = model(x)
    assert out.view(-1).tolist() == [0.5, 0.5, 0.5, 0.5]
    # the course's rule p >= 0.5 predicts 1 everywhere; the lecture code's > 0.5 predicts 0
    assert (out >= 0.5).all() and not (out > 0.5).any()
    assert metrics.accuracy(out, y, threshold=0.5) == 0.5  # accuracy counts out >= 0.5 as 1 ...
    assert ((out > 0.5).float() == y).float().mean().item() == 0.5  # ... and the lecture > 0.5


def test_thresholds_are_the_courses(pages: dict[str, str]) -> None:
    """The perceptron fires at z >= 0 (gates.step), as both pages state; no strict rule is left."""
    assert gates.step(0.0) == 1 and gates.step(-1e-12) == 0
    in_both(pages, r"1 & z \ge 0 \\ 0 & z < 0")
    in_both(pages, r"$p \ge 0.5$")
    for lang, page in pages.items():
        assert page.count("z > 0") == 1, lang  # only as the alternative that changes nothing
        assert page.count("> 0.5") == page.count("`> 0.5`") == 1, lang  # the lecture's code
    assert "규칙을 $z > 0$으로 바꿔도" in pages["ko"]
    assert "With the rule $z > 0$ instead" in pages["en"]


def test_ln2_is_the_cost_of_one_half(pages: dict[str, str]) -> None:
    for y in (0.0, 1.0):
        cost = F.binary_cross_entropy(torch.tensor([0.5]), torch.tensor([y])).item()
        assert cost == pytest.approx(math.log(2))
    in_both(pages, r"-\ln 0.5 = \ln 2 \approx 0.6931")
    in_both(pages, r"$\sigma(0) = 0.5$")


def bce(params: torch.Tensor) -> torch.Tensor:
    x, y = data.xor()
    x, y = x.double(), y.double()
    return F.binary_cross_entropy_with_logits(x @ params[:2] + params[2], y.view(-1))


def test_gradient_is_zero_at_the_origin(pages: dict[str, str]) -> None:
    _, y = data.xor()
    residual = (0.5 - y).view(-1)  # p_i - y_i at w = 0, b = 0
    assert residual.tolist() == [0.5, -0.5, -0.5, 0.5]
    in_both(pages, "$0.5, -0.5, -0.5, 0.5$")
    params = torch.zeros(3, dtype=torch.float64, requires_grad=True)
    bce(params).backward()
    assert params.grad.tolist() == [0.0, 0.0, 0.0]
    # the page's three sums, term by term
    in_both(pages, r"\tfrac{1}{4} (0.5 - 0.5 - 0.5 + 0.5) = 0")
    in_both(pages, r"\tfrac{1}{4} (0.5 \cdot 0 - 0.5 \cdot 0 - 0.5 \cdot 1 + 0.5 \cdot 1) = 0")
    in_both(pages, r"\tfrac{1}{4} (0.5 \cdot 0 - 0.5 \cdot 1 - 0.5 \cdot 0 + 0.5 \cdot 1) = 0")


def test_origin_is_the_unique_minimum() -> None:
    """Strict convexity: the Hessian is positive definite and no (w, b) beats ln 2."""
    x, _ = data.xor()
    a = torch.cat([x, torch.ones(4, 1)], dim=1).double()  # rows (x_i1, x_i2, 1)
    assert torch.linalg.matrix_rank(a).item() == 3
    hessian = torch.autograd.functional.hessian(bce, torch.zeros(3, dtype=torch.float64))
    torch.testing.assert_close(hessian, a.T @ a / 16)  # (1/4) Σ σ'(0) a_i a_iᵀ, σ'(0) = 1/4
    assert torch.linalg.eigvalsh(hessian).min().item() > 0
    generator = torch.Generator().manual_seed(0)
    params = torch.randn(20000, 3, generator=generator, dtype=torch.float64) * 2
    z = a @ params.T  # (4, 20000): z_i = w·x_i + b for each (w1, w2, b)
    _, y = data.xor()
    costs = F.binary_cross_entropy_with_logits(z, y.double().expand_as(z), reduction="none").mean(
        dim=0
    )
    assert costs.min().item() > math.log(2)
