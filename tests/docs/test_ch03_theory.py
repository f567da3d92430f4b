"""Chapter 3 theory pages: figures render deterministically, and every number the pages state
is recomputed here with nnintro and torch and found in BOTH the Korean and the English page.

Every number on these pages is arithmetic, the same on any CPU: the worked example, the cost
curve and the learning-rate table, whose W and cost after 10 updates follow exactly from
W - 2 <- r (W - 2) (computed here with fractions; gradient descent in float64 agrees with them)."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from nnintro import data, functional
from tests.docs.theory import in_both, num, registry, structure, table_rows

ROOT = Path(__file__).resolve().parents[2]
KO = ROOT / "docs" / "theory" / "03-linear-regression.md"
EN = ROOT / "docs" / "theory" / "03-linear-regression.en.md"


figures = registry.CHAPTERS["ch03"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {"ko": KO.read_text(encoding="utf-8"), "en": EN.read_text(encoding="utf-8")}


# ---------------------------------------------------------------- figures


# ---------------------------------------------------------------- same structure


def test_pages_have_same_structure(pages: dict[str, str]) -> None:
    ko, en = structure(pages["ko"]), structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1
    assert ko["display_math"] % 2 == 0
    assert "../tutorials/03-linear-regression.ipynb" in ko["links"]
    assert "../reference/functional.md" in ko["links"]


def test_no_raw_html(pages: dict[str, str]) -> None:
    for lang, page in pages.items():
        assert not re.search(r"<[a-zA-Z/][^>]*>", page), lang


# ---------------------------------------------------------------- the worked example


def study_example() -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    x, y = data.study_hours()
    pred = functional.line(x, figures.CH03_LINE_W, figures.CH03_LINE_B)
    return x, y, pred


def test_worked_example_table(pages: dict[str, str]) -> None:
    x, y, pred = study_example()
    errors = y - pred
    expected = [
        [num(v) for v in (xi, yi, pi, ei, ei**2)]
        for xi, yi, pi, ei in zip(
            x.flatten().tolist(),
            y.flatten().tolist(),
            pred.flatten().tolist(),
            errors.flatten().tolist(),
            strict=True,
        )
    ]
    assert [num(e) for e in errors.flatten().tolist()] == ["−2", "10", "−9", "−5"]
    # the third score carries the lecture slide's value beside ours: "44 (lecture slide: 42)"
    slide = {"ko": "강의 슬라이드: 42", "en": "lecture slide: 42"}
    for lang, page in pages.items():
        rows = table_rows(page, [num(v) for v in x.flatten().tolist()])[: len(expected)]
        assert rows[2][1] == f"{num(y[2].item())} ({slide[lang]})", lang
        assert [[cell.split(" (")[0] for cell in row] for row in rows] == expected, lang
    in_both(pages, f"y = {figures.CH03_LINE_W:g}x + {figures.CH03_LINE_B:g}")


def test_worked_example_squared_sum_and_mse(pages: dict[str, str]) -> None:
    x, y, pred = study_example()
    squares = ((pred - y) ** 2).flatten()
    total = squares.sum().item()
    mse = functional.mse(pred, y).item()
    torch.testing.assert_close(torch.tensor(mse), F.mse_loss(pred, y))
    assert (total, mse) == (210, 52.5)
    in_both(pages, " + ".join(num(s) for s in squares.tolist()) + f" = {total:g}$")
    in_both(pages, f"${total:g} / {len(x)} = {mse:g}$")
    # "100 of the squared sum 210 comes from the student with error 10"
    assert squares.max().item() == 100 and (y - pred).flatten()[squares.argmax()].item() == 10
    in_both(pages, f"{squares.max().item():g}")


def test_signed_errors_cancel(pages: dict[str, str]) -> None:
    _, y, pred = study_example()
    errors = (y - pred).flatten().tolist()
    text = f"{errors[0]:g}" + "".join(f" {'-' if e < 0 else '+'} {abs(e):g}" for e in errors[1:])
    assert sum(errors) == -6
    in_both(pages, f"${text} = {sum(errors):g}$")


def test_lecture_slide_note(pages: dict[str, str]) -> None:
    """The slide prints 42 but its arithmetic (-9, 210, 52.5) needs 44; the library uses 44."""
    _, y, pred = study_example()
    assert y[2].item() == 44
    slide_y = y.clone()
    slide_y[2] = 42
    slide_error = (slide_y - pred)[2].item()
    slide_total = ((pred - slide_y) ** 2).sum().item()
    slide_mse = functional.mse(pred, slide_y).item()
    assert (slide_error, slide_total, slide_mse) == (-11, 250, 62.5)
    in_both(pages, f"$42 - {pred[2].item():g} = {slide_error:g}$")
    for text in ("42", "44", "−9", f"{slide_total:g}", f"{slide_mse:g}", "study_hours()"):
        in_both(pages, text)


# ---------------------------------------------------------------- gradient descent


def toy_cost(w: float) -> torch.Tensor:
    x, y = data.linear_toy()
    return F.mse_loss(x.double() * w + figures.CH03_B, y.double())


def test_cost_curve_formula(pages: dict[str, str]) -> None:
    x, y = data.linear_toy()
    xs, ys = x.flatten().tolist(), y.flatten().tolist()
    assert (xs, ys) == ([1, 2, 3], [2, 4, 6])
    in_both(pages, "$x = 1, 2, 3$")
    in_both(pages, "$y = 2, 4, 6$")
    in_both(pages, f"$b = {figures.CH03_B:g}$")
    coef = Fraction(int(sum(v * v for v in xs)), len(xs))
    w_star = sum(a * b for a, b in zip(xs, ys, strict=True)) / sum(v * v for v in xs)
    assert (coef, w_star) == (Fraction(14, 3), 2)
    in_both(pages, "1^2 + 2^2 + 3^2")
    in_both(pages, rf"\frac{{{coef.numerator}}}{{{coef.denominator}}} (W - {w_star:g})^2")
    for w in (-1.0, 0.0, 1.5, 2.0, 3.0, 4.25):
        torch.testing.assert_close(toy_cost(w).item(), float(coef) * (w - w_star) ** 2)
    in_both(pages, f"$W = {w_star:g}$")


def test_tangent_slope(pages: dict[str, str]) -> None:
    slope = Fraction(28, 3)  # d/dW of (14/3)(W - 2)^2
    in_both(pages, r"\frac{28}{3} (W - 2)")
    for w0 in (-1.0, 0.0, 1.0, 2.0, 3.0):
        w = torch.tensor(w0, dtype=torch.float64, requires_grad=True)
        x, y = data.linear_toy()
        F.mse_loss(x.double() * w, y.double()).backward()
        torch.testing.assert_close(w.grad.item(), float(slope) * (w0 - 2))
    at = figures.CH03_TANGENT_AT
    assert at == 3
    in_both(pages, f"$W = {at:g}$")
    in_both(pages, rf"\frac{{14}}{{3}} \approx {toy_cost(at).item():.2f}$")
    in_both(pages, rf"\frac{{28}}{{3}} \approx {float(slope) * (at - 2):.2f}$")
    assert f"{toy_cost(at).item():.2f}" == "4.67" and f"{float(slope):.2f}" == "9.33"
    # the other side: at W = 1 the slope is -28/3
    in_both(pages, "$W = 1$")
    in_both(pages, r"$-\frac{28}{3}$")
    # the bottom: slope zero at W = 2
    w = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
    x, y = data.linear_toy()
    F.mse_loss(x.double() * w, y.double()).backward()
    assert w.grad.item() == 0


def test_gradients_of_the_worked_example(pages: dict[str, str]) -> None:
    x, y, _ = study_example()
    gw, gb = functional.mse_line_grad(x, y, figures.CH03_LINE_W, figures.CH03_LINE_B)
    w = torch.tensor(figures.CH03_LINE_W, requires_grad=True)
    b = torch.tensor(figures.CH03_LINE_B, requires_grad=True)
    F.mse_loss(w * x + b, y).backward()
    torch.testing.assert_close(torch.as_tensor(gw).reshape(()), w.grad)
    torch.testing.assert_close(torch.as_tensor(gb).reshape(()), b.grad)
    assert (w.grad.item(), b.grad.item()) == (17.5, 3)
    in_both(pages, rf"$\partial \operatorname{{cost}} / \partial W = {w.grad.item():g}$")
    in_both(pages, rf"$\partial \operatorname{{cost}} / \partial b = {b.grad.item():g}$")


# ---------------------------------------------------------------- learning rate


def descend(lr: float, steps: int, w0: float) -> list[float]:
    """W after each of `steps` gradient-descent updates, run by torch.optim.SGD (float64)."""
    x, y = data.linear_toy()
    w = torch.tensor(w0, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.SGD([w], lr=lr)
    path = [w0]
    for _ in range(steps):
        opt.zero_grad()
        F.mse_loss(x.double() * w + figures.CH03_B, y.double()).backward()
        opt.step()
        path.append(w.item())
    return path


def test_divergence_threshold(pages: dict[str, str]) -> None:
    # W - 2 <- (1 - 28 a / 3)(W - 2): converges iff |1 - 28 a / 3| < 1 iff 0 < a < 3/14.
    threshold = Fraction(2) / Fraction(28, 3)
    assert threshold == Fraction(3, 14)
    in_both(pages, rf"$0 < \alpha < \frac{{3}}{{14}} \approx {float(threshold):.3f}$")
    in_both(pages, r"1 - \frac{28 \alpha}{3}")
    below, above = descend(0.21, 400, 0.0), descend(0.22, 400, 0.0)
    assert abs(below[-1] - 2) < 1e-3
    assert abs(above[-1] - 2) > 1e3
    # one step lands on the bottom when r = 0, i.e. alpha = 3/28
    one_step = Fraction(3, 28)
    in_both(pages, rf"$\alpha = \frac{{3}}{{28}} \approx {float(one_step):.3f}$")
    assert descend(float(one_step), 1, 0.0)[-1] == pytest.approx(2.0, abs=1e-12)


def test_optim_sgd_is_the_update_rule(pages: dict[str, str]) -> None:
    """optim.SGD's step is W := W - lr * W.grad, whatever data the gradient came from."""
    x, y = data.linear_toy()
    w = torch.tensor(0.5, requires_grad=True)
    torch.optim.SGD([w], lr=0.01).zero_grad()
    F.mse_loss(x * w, y).backward()
    by_hand = w.item() - 0.01 * w.grad.item()
    torch.optim.SGD([w], lr=0.01).step()
    assert w.item() == pytest.approx(by_hand)
    in_both(pages, r"$W := W - \alpha \frac{\partial \operatorname{cost}}{\partial W}$")
    in_both(pages, "(09-multi-layer-perceptron.md)")
    assert "미니배치(mini-batch)" in pages["ko"] and "mini-batch" in pages["en"]


def test_learning_rate_table(pages: dict[str, str]) -> None:
    steps, w0 = figures.CH03_STEPS, figures.CH03_W0
    assert (steps, w0) == (10, 0.0)
    in_both(pages, f"$W = {w0:g}$")
    in_both(pages, f"{toy_cost(w0).item():.2f}")  # the initial cost 18.67
    assert f"{toy_cost(w0).item():.2f}" == "18.67"
    assert f"{steps}번" in pages["ko"] and f"{steps} updates" in pages["en"]
    expected = []
    for lr in figures.CH03_LRS:
        # exact: W_t - 2 = r^t (W_0 - 2) and cost(W) = (14/3)(W - 2)^2
        r = 1 - Fraction(28, 3) * Fraction(str(lr))
        w_end = 2 + r**steps * (Fraction(w0) - 2)
        cost = Fraction(14, 3) * (w_end - 2) ** 2
        expected.append(
            [num(lr), num(float(r), ".3f"), num(float(w_end), ".3f"), num(float(cost), ".2f")]
        )
        # gradient descent (torch.optim.SGD, float64) follows the exact arithmetic
        path = descend(lr, steps, w0)
        assert (path[1] - 2) == pytest.approx(float(r) * (w0 - 2))
        assert path[-1] == pytest.approx(float(w_end), rel=1e-9, abs=1e-12)
        assert toy_cost(path[-1]).item() == pytest.approx(float(cost), rel=1e-9, abs=1e-12)
        x, y = data.linear_toy()
        gw, _ = functional.mse_line_grad(x, y, path[-2], figures.CH03_B)
        assert path[-1] == pytest.approx(path[-2] - lr * float(gw), rel=1e-5)
    assert [row[0] for row in expected] == ["0.01", "0.1", "0.25"]
    lrs = [num(lr) for lr in figures.CH03_LRS]
    for lang, page in pages.items():
        rows = [row[:4] for row in table_rows(page, lrs)]
        assert rows == expected, lang
    # small converges slowly, middle converges, large diverges
    slow, good, large = (descend(lr, 50, w0)[-1] for lr in figures.CH03_LRS)
    assert abs(slow - 2) > 1e-2 and abs(good - 2) < 1e-12 and abs(large - 2) > 1e6
    assert figures.CH03_LRS[0] < 3 / 14 and figures.CH03_LRS[1] < 3 / 14 < figures.CH03_LRS[2]
    in_both(pages, "lr=0.01")
