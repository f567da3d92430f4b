"""Chapter 1 theory pages: figures render deterministically, the two pages have the same structure,
and every number they state (the lecture's table, the two lines and their costs, the prediction,
the image size) is recomputed here with torch and nnintro and found in BOTH pages.

Every number on these pages is arithmetic on the lecture's data, the same on any CPU: the best line
is the exact least-squares solution (checked here with fractions), not a result of training."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest
import torch
import torch.nn.functional as F

from nnintro import functional, models, train
from tests.conftest import ROOT
from tests.docs.theory import (
    FIGURE_REF,
    in_both,
    read_pages,
    registry,
)

figures = registry.CHAPTERS["ch01"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return read_pages("01-machine-learning")


def tables(page: str) -> list[list[list[str]]]:
    """Every Markdown table of ``page`` as a list of rows (header first, rule row dropped)."""
    found, current = [], []
    for line in [*page.splitlines(), ""]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                current.append(cells)
        elif current:
            found.append(current)
            current = []
    return found


def table_with(page: str, header_cell: str) -> list[list[str]]:
    """The body rows of the one table whose header contains ``header_cell``."""
    matches = [t for t in tables(page) if any(header_cell in c for c in t[0])]
    assert len(matches) == 1, f"expected one table with {header_cell!r} in its header"
    return matches[0][1:]


def process_steps(page: str) -> list[str]:
    """The bold names of the numbered steps inside the process diagram's div."""
    block = re.search(r'<div class="ch01-process" markdown>(.*?)</div>', page, re.S)
    assert block, "the process diagram is missing"
    return re.findall(r"^\d\. \*\*(.+?)\*\*$", block.group(1), re.M)


# ---------------------------------------------------------------- figures


def test_parameters_figure_shows_both_lines_with_their_cost() -> None:
    fig = figures.ch01_parameters()
    titles = [ax.get_title() for ax in fig.axes]
    assert titles == ["$H(x) = 5x + 40$,  MSE = 112.5", "$H(x) = 6.6x + 22.9$,  MSE = 24.25"]


# ---------------------------------------------------------------- same structure


def test_pages_have_same_structure(pages: dict[str, str]) -> None:
    def structure(page: str) -> dict[str, object]:
        lines = page.splitlines()
        return {
            "title": sum(1 for line in lines if line.startswith("# ")),
            "headings": [line.split(" ", 1)[0] for line in lines if re.match(r"#{2,6} ", line)],
            "display_math": sum(1 for line in lines if line.strip() == "$$"),
            "inline_math": len(re.findall(r"(?<!\$)\$[^$\n]+\$(?!\$)", page)),
            "figures": FIGURE_REF.findall(page),
            "tables": [[len(row) for row in t] for t in tables(page)],
            "links": re.findall(r"\]\(((?:\.\./)?[\w/.-]+\.(?:md|ipynb))\)", page),
            "html": re.findall(r"<[^>]+>|\{ \.[\w-]+ \}", page),
            "steps": len(process_steps(page)),
        }

    ko, en = structure(pages["ko"]), structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1
    assert ko["display_math"] % 2 == 0
    assert "../tutorials/01-machine-learning.ipynb" in ko["links"]
    assert "../reference/train.md" in ko["links"] and "../reference/models.md" in ko["links"]


def test_process_diagram(pages: dict[str, str]) -> None:
    assert process_steps(pages["en"]) == [
        "Data",
        "Hypothesis (model)",
        "Cost",
        "Optimizer",
        "Evaluation",
    ]
    assert process_steps(pages["ko"]) == ["데이터", "가설(모델)", "비용", "옵티마이저", "평가"]
    in_both(pages, "2 → 3 → 4")
    for css_class in ("ch01-loop", "ch01-again"):
        in_both(pages, f"{{ .{css_class} }}")
    css = (ROOT / "docs" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    for selector in (".ch01-process", ".ch01-loop", ".ch01-again"):
        assert selector in css


# ---------------------------------------------------------------- regression and classification


def test_lecture_table(pages: dict[str, str]) -> None:
    expected = list(
        zip(
            figures.CH01_HOURS,
            figures.CH01_SCORES,
            figures.CH01_PASS,
            figures.CH01_GRADES,
            strict=True,
        )
    )
    assert expected == [(10, 90, 1, "A"), (9, 80, 1, "B"), (3, 50, 0, "D"), (2, 30, 0, "F")]
    words = {"ko": ("불합격", "합격"), "en": ("fail", "pass")}
    for lang, page in pages.items():
        rows = table_with(page, {"ko": "학점", "en": "Grade"}[lang])
        assert len(rows) == len(expected), lang
        for row, (hours, score, passed, grade) in zip(rows, expected, strict=True):
            assert row == [f"{hours}", f"{score}", f"{words[lang][passed]} ({passed})", grade]
    # a letter grade is one class of the scale the figure shows
    assert set(figures.CH01_GRADES) <= set(figures.CH01_GRADE_SCALE)
    in_both(pages, "(A, B, C, D, F)")


def test_three_targets_figure_axes() -> None:
    score, passed, grade = figures.ch01_three_targets().axes
    assert score.get_title() == r"$y \in [0, 100]$"
    assert passed.get_title() == r"$y \in \{0, 1\}$"
    assert [t.get_text() for t in grade.get_yticklabels()] == list(figures.CH01_GRADE_SCALE)
    assert max(figures.CH01_SCORES) <= 100 and min(figures.CH01_SCORES) >= 0


# ---------------------------------------------------------------- parameters


def exact_best_line() -> tuple[Fraction, Fraction]:
    """The least-squares line of the lecture data in exact arithmetic: W = cov(x, y) / var(x)."""
    xs, ys = figures.CH01_HOURS, figures.CH01_SCORES
    mx, my = Fraction(sum(xs), len(xs)), Fraction(sum(ys), len(ys))
    w = sum((a - mx) * (c - my) for a, c in zip(xs, ys, strict=True)) / sum(
        (a - mx) ** 2 for a in xs
    )
    return w, my - w * mx


def test_two_lines_table(pages: dict[str, str]) -> None:
    x, y = figures.lecture_data()
    w_exact, b_exact = exact_best_line()
    assert (w_exact, b_exact) == (Fraction(66, 10), Fraction(229, 10))
    w, b = figures.best_line()
    assert (w, b) == pytest.approx((float(w_exact), float(b_exact)), abs=1e-9)
    guess = (figures.CH01_GUESS_W, figures.CH01_GUESS_B)
    assert guess == (5, 40)
    columns = [functional.line(x, *line).flatten().tolist() for line in (guess, (w, b))]
    expected = [
        [f"{xi:g}", f"{yi:g}", f"{g:.4g}", f"{p:.4g}"]
        for xi, yi, g, p in zip(x.flatten().tolist(), y.flatten().tolist(), *columns, strict=True)
    ]
    assert [row[3] for row in expected] == ["88.9", "82.3", "42.7", "36.1"]
    guess_cost, best_cost = figures.line_mse(*guess), figures.line_mse(w, b)
    torch.testing.assert_close(
        torch.tensor(best_cost, dtype=torch.float64), F.mse_loss(functional.line(x, w, b), y)
    )
    assert (f"{guess_cost:g}", f"{best_cost:g}") == ("112.5", "24.25")
    exact_cost = sum(
        (w_exact * a + b_exact - c) ** 2
        for a, c in zip(figures.CH01_HOURS, figures.CH01_SCORES, strict=True)
    ) / len(figures.CH01_HOURS)
    assert exact_cost == Fraction(2425, 100) and float(exact_cost) == pytest.approx(best_cost)
    for lang, page in pages.items():
        rows = table_with(page, "$6.6x + 22.9$")
        assert rows[:-1] == expected, lang
        assert rows[-1][2:] == [f"{guess_cost:g}", f"{best_cost:g}"], lang
    in_both(pages, "$H(x) = 5x + 40$")
    in_both(pages, "$H(x) = 6.6x + 22.9$")
    in_both(pages, f"$W = {w:g}$")
    in_both(pages, f"$b = {b:g}$")
    in_both(pages, f"{guess_cost:g}")
    # "the guess predicts the 2-hour student 20 points too high"
    two = figures.CH01_HOURS.index(2)
    assert columns[0][two] - figures.CH01_SCORES[two] == 20
    assert "20점이나 높게" in pages["ko"] and "20 points too high" in pages["en"]


def test_best_line_is_the_minimum_and_gradient_descent_finds_it() -> None:
    x, y = figures.lecture_data()
    w0, b0 = figures.best_line()
    # the gradient is zero there and the cost is convex, so no (W, b) has a smaller cost
    w = torch.tensor(w0, dtype=torch.float64, requires_grad=True)
    b = torch.tensor(b0, dtype=torch.float64, requires_grad=True)
    F.mse_loss(w * x + b, y).backward()
    torch.testing.assert_close(w.grad.item(), 0.0, atol=1e-9, rtol=0)
    torch.testing.assert_close(b.grad.item(), 0.0, atol=1e-9, rtol=0)
    for dw, db in [(0.1, 0), (0, 0.1), (-0.2, 1.0), (0.05, -0.5)]:
        assert figures.line_mse(w0 + dw, b0 + db) > figures.line_mse(w0, b0)
    # training (full-batch gradient descent from W = b = 0) lands on the same line
    model = models.LinearRegression(zero_init=True).double()
    train.fit(model, x, y, lr=0.01, epochs=6000)
    torch.testing.assert_close(model.linear.weight.item(), w0, atol=1e-3, rtol=0)
    torch.testing.assert_close(model.linear.bias.item(), b0, atol=1e-2, rtol=0)


def test_prediction_for_seven_hours(pages: dict[str, str]) -> None:
    w, b = figures.best_line()
    new = figures.CH01_NEW_HOURS
    prediction = functional.line(torch.tensor([[new]]), w, b).item()
    assert f"{prediction:.1f}" == "69.1"
    in_both(pages, rf"$H({new:g}) = {w:g} \times {new:g} + {b:g} = {prediction:.1f}$")
    assert f"{new:g}시간" in pages["ko"] and f"{new:g} hours" in pages["en"]


def test_memorising_model_has_zero_training_cost(pages: dict[str, str]) -> None:
    x, y = figures.lecture_data()

    def memoriser(inputs: torch.Tensor) -> torch.Tensor:
        return y[(inputs - x.T).abs().argmin(dim=1)]

    assert functional.mse(memoriser(x), y).item() == 0
    assert "비용이 0입니다" in pages["ko"] and "its cost is 0" in pages["en"]
    in_both(pages, "overfitting")


# ---------------------------------------------------------------- fields


def test_handwritten_digits(pages: dict[str, str]) -> None:
    side = 28  # an MNIST image's side, in pixels
    in_both(pages, rf"${side} \times {side} = {side * side}$")
    assert "0부터 9까지 10개의 숫자" in pages["ko"]
    assert "the 10 digits from 0 to 9" in pages["en"]
