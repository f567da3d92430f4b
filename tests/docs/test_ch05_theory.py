"""Chapter 5 theory pages: the figure renders deterministically, the code on the pages runs, and
every number the pages state is recomputed here with torch (and nnintro) and found in BOTH pages."""

from __future__ import annotations

import math
import re
import warnings
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from nnintro import data, functional, models, train
from tests.conftest import load_hook
from tests.docs.theory import (
    FIGURE_REF,
    in_both,
    no_raw_html,
    read_pages,
    structure,
    table_rows,
)

STEM = "05-nn-module"
registry = load_hook("figures")
figures = registry.CHAPTERS["ch05"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return read_pages(STEM)


def lecture_run(model: nn.Module, x: torch.Tensor, y: torch.Tensor, lr: float) -> list[float]:
    """The lecture's loop: nb_epochs = 2000, range(nb_epochs + 1); the cost before each update."""
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    costs = []
    for _ in range(2000 + 1):
        cost = F.mse_loss(model(x), y)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return costs


# ---------------------------------------------------------------- figure and structure


def test_figure_renders_deterministic_svg(tmp_path: Path) -> None:
    (name,) = figures.FIGURES
    first = registry.render(name, tmp_path / "a").read_bytes()
    second = registry.render(name, tmp_path / "b").read_bytes()
    assert b"<svg" in first[:2000] and first == second
    assert figures.CH05_IN_FEATURES == 3


def test_pages_have_same_structure(pages: dict[str, str]) -> None:
    ko, en = structure(pages["ko"]), structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1 and ko["display_math"] % 2 == 0
    assert ko["figures"] == ["ch05-linear-layer.svg"] == list(figures.FIGURES)
    assert f"../tutorials/{STEM}.ipynb" in ko["links"]
    assert {"../reference/models.md", "../reference/train.md"} <= set(ko["links"])
    assert all(no_raw_html(page) for page in pages.values())
    assert FIGURE_REF.findall(pages["en"]) == FIGURE_REF.findall(pages["ko"])


def test_code_on_the_pages_defines_the_lecture_classes(pages: dict[str, str]) -> None:
    (python,) = {block for block in structure(pages["ko"])["code"] if "class " in block}
    namespace: dict = {"nn": nn}
    exec(python.removeprefix("```python\n").removesuffix("```"), namespace)
    for name, n_in in (("LinearRegressionModel", 1), ("MultivariateLinearRegressionModel", 3)):
        torch.manual_seed(1)
        model = namespace[name]()
        torch.manual_seed(1)
        bare = nn.Linear(n_in, 1)
        torch.testing.assert_close(model.linear.weight, bare.weight)
        # print(model) as the pages show it
        if n_in == 3:
            in_both(pages, str(model))


# ---------------------------------------------------------------- nn.Linear


def test_shapes_and_parameter_counts(pages: dict[str, str]) -> None:
    layer = nn.Linear(3, 1)
    assert tuple(layer.weight.shape) == (1, 3) and tuple(layer.bias.shape) == (1,)
    x = torch.randn(5, 3)
    torch.testing.assert_close(layer(x), x @ layer.weight.T + layer.bias)
    counts = [sum(p.numel() for p in nn.Linear(n, 1).parameters()) for n in (1, 3)]
    assert counts == [2, 4]
    expected = {
        "ko": [["가중치", "`W`, 모양 (3, 1)", "`weight`, 모양 (1, 3)"]],
        "en": [["Weight", "`W`, shape (3, 1)", "`weight`, shape (1, 3)"]],
    }
    for lang, page in pages.items():
        assert table_rows(page, ["가중치", "Weight"]) == expected[lang], lang
    in_both(pages, "`nn.Linear(1, 1)`")
    in_both(pages, "`nn.Linear(3, 1)`")
    assert (
        "2개, `nn.Linear(3, 1)`은 4개" in pages["ko"]
        and "2 for `nn.Linear(1, 1)` and 4" in pages["en"]
    )


def test_initialisation_bound(pages: dict[str, str]) -> None:
    bound = 1 / math.sqrt(3)
    in_both(pages, rf"$1/\sqrt{{3}} \approx {bound:.3f}$")
    in_both(pages, f"$-{bound:.3f}$")
    torch.manual_seed(0)
    values = torch.cat([torch.cat([p.flatten() for p in nn.Linear(3, 1).parameters()])
                        for _ in range(2000)])  # fmt: skip
    assert values.abs().max() <= bound and values.abs().max() > 0.99 * bound
    assert abs(values.mean().item()) < 0.02


def test_seeded_initial_values(pages: dict[str, str]) -> None:
    torch.manual_seed(1)
    w, b = nn.Linear(1, 1).parameters()
    in_both(pages, f"$W = {w.item():.4f}$, $b = {b.item():.4f}$")
    assert (f"{w.item():.4f}", f"{b.item():.4f}") == ("0.5153", "-0.4414")
    torch.manual_seed(1)
    w, b = nn.Linear(3, 1).parameters()
    text = ", ".join(f"{v:.4f}" for v in w.flatten().tolist())
    in_both(pages, f"$W = ({text})$, $b = {b.item():.4f}$")
    # the nnintro model draws the same values after the same seed
    torch.manual_seed(1)
    ours = models.LinearRegression(3)
    torch.testing.assert_close(ours.linear.weight, w)


def test_missing_super_init_is_an_error() -> None:
    class Broken(nn.Module):
        def __init__(self) -> None:
            self.linear = nn.Linear(1, 1)

    with pytest.raises(AttributeError, match=r"before Module.__init__\(\) call"):
        Broken()


def test_plain_tensors_are_not_registered() -> None:
    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.plain = torch.zeros(1, requires_grad=True)
            self.param = nn.Parameter(torch.zeros(1))

    assert [name for name, _ in Model().named_parameters()] == ["param"]


def test_eval_and_train_reach_every_module() -> None:
    outer = nn.Sequential(nn.Linear(3, 2), nn.Sequential(nn.Linear(2, 1)))
    outer.eval()
    assert not any(m.training for m in outer.modules())
    outer.train()
    assert all(m.training for m in outer.modules())


# ---------------------------------------------------------------- the cost


def test_mse_loss_and_the_shape_warning(pages: dict[str, str]) -> None:
    pred, target = torch.tensor([[1.0], [2.0], [3.0]]), torch.tensor([2.0, 4.0, 6.0])
    torch.testing.assert_close(
        F.mse_loss(pred, target.view(-1, 1)), torch.mean((pred - 2 * pred) ** 2)
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wrong = F.mse_loss(pred, target)
    assert caught and "different to the input size" in str(caught[0].message)
    torch.testing.assert_close(wrong, torch.mean((pred - target) ** 2))  # the (3, 3) matrix
    assert (pred - target).shape == (3, 3) and wrong.item() != F.mse_loss(
        pred.view(-1), target
    ).item()
    with pytest.raises(ValueError, match=r"\(3, 1\).*\(3,\)"):
        functional.mse(pred, target)
    in_both(pages, "(3, 3)")
    in_both(pages, "target.view(-1, 1)")


# ---------------------------------------------------------------- training results


def test_results_table(pages: dict[str, str]) -> None:
    x1, y1 = data.linear_toy()
    torch.manual_seed(1)
    single = nn.Linear(1, 1)
    costs1 = lecture_run(single, x1, y1, 0.01)
    x3, y3 = data.quiz_scores()
    torch.manual_seed(1)
    multi = nn.Linear(3, 1)
    costs3 = lecture_run(multi, x3, y3, 1e-5)
    with torch.no_grad():
        pred1 = single(torch.tensor([[4.0]])).item()
        pred3 = multi(torch.tensor([[73.0, 80.0, 75.0]])).item()
    expected = {
        "ko": [
            ["$x = 1, 2, 3$, $y = 2, 4, 6$", "`nn.Linear(1, 1)`", "0.01", f"{costs1[0]:.4f}",
             f"$x = 4$ → {pred1:.4f}", "8"],
            ["퀴즈 점수 세 개", "`nn.Linear(3, 1)`", "$10^{-5}$", f"{costs3[0]:.4f}",
             f"73, 80, 75 → {pred3:.4f}", "152"],
        ],
    }  # fmt: skip
    expected["en"] = [expected["ko"][0], ["Three quiz scores", *expected["ko"][1][1:]]]
    for lang, page in pages.items():
        first = [row[0] for row in expected[lang]]
        assert table_rows(page, first) == expected[lang], lang
    assert (f"{pred1:.4f}", f"{pred3:.4f}") == ("7.9989", "151.2305")
    in_both(pages, f"$W = {single.weight.item():.4f}$, $b = {single.bias.item():.4f}$")
    in_both(pages, f"{costs3[-1]:.4f}")
    # the least-squares cost the multivariable model has not reached yet
    w, b = functional.least_squares(x3.double(), y3.double())
    best = functional.mse(x3.double() @ w + b, y3.double()).item()
    assert best < costs3[-1]
    in_both(pages, f"{best:.4f}")
    # fit with epochs=2001 reproduces the lecture's loop exactly
    torch.manual_seed(1)
    model = models.LinearRegression(3)
    history = train.fit(model, x3, y3, lr=1e-5, epochs=2001, loss_fn=F.mse_loss)
    assert history.losses == costs3
    torch.testing.assert_close(model.linear.weight, multi.weight)
    in_both(pages, "epochs=2001")
    in_both(pages, "`nb_epochs = 2000`")
    assert re.search(r"2,001", pages["ko"]) and re.search(r"2,001", pages["en"])
