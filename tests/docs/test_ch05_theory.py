"""Chapter 5 theory pages: the figure renders deterministically, the code on the pages runs, the
arithmetic the pages state is recomputed and found in BOTH pages, and the results of the lecture's
runs are quoted as {{ ch05.key }} placeholders whose values numbers() formats from those runs; the
tests check what those results must satisfy on any CPU, never their last digits."""

from __future__ import annotations

import math
import re
import warnings

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from nnintro import functional, models, train
from tests.docs.theory import (
    FIGURE_REF,
    filled,
    in_both,
    no_raw_html,
    quotes,
    read_pages,
    registry,
    structure,
    table_rows,
)

STEM = "05-nn-module"
figures = registry.CHAPTERS["ch05"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return read_pages(STEM)


# ---------------------------------------------------------------- figure and structure


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


def test_numbers_format_the_lecture_runs() -> None:
    """numbers() is the formatting of the runs in the figures module, key by key."""
    single, costs1 = figures.lecture_run(1)
    _, costs3 = figures.lecture_run(3)
    assert len(costs1) == len(costs3) == figures.CH05_UPDATES == 2001
    assert figures.numbers() == {
        "single_first_cost": f"{costs1[0]:.4f}",
        "single_prediction": f"{figures.prediction(1):.4f}",
        "single_w": f"{single.weight.item():.4f}",
        "single_b": f"{single.bias.item():.4f}",
        "multi_first_cost": f"{costs3[0]:.4f}",
        "multi_prediction": f"{figures.prediction(3):.4f}",
        "multi_final_cost": f"{costs3[-1]:.4f}",
    }


def test_results_table(pages: dict[str, str]) -> None:
    for key in figures.numbers():
        quotes(pages, "ch05", key)
    expected = {
        "ko": [
            ["$x = 1, 2, 3$, $y = 2, 4, 6$", "`nn.Linear(1, 1)`", "0.01",
             "{{ ch05.single_first_cost }}", "$x = 4$ → {{ ch05.single_prediction }}", "8"],
            ["퀴즈 점수 세 개", "`nn.Linear(3, 1)`", "$10^{-5}$",
             "{{ ch05.multi_first_cost }}", "73, 80, 75 → {{ ch05.multi_prediction }}", "152"],
        ],
    }  # fmt: skip
    expected["en"] = [expected["ko"][0], ["Three quiz scores", *expected["ko"][1][1:]]]
    built = filled(pages, "ch05")
    for lang, page in pages.items():
        first = [row[0] for row in expected[lang]]
        assert table_rows(page, first) == expected[lang], lang
        # and as the build fills it in
        values = [[filled({lang: cell}, "ch05")[lang] for cell in row] for row in expected[lang]]
        assert table_rows(built[lang], first) == values, lang
    in_both(pages, "$W = {{ ch05.single_w }}$, $b = {{ ch05.single_b }}$")


def test_first_costs_are_the_costs_of_the_seeded_layers() -> None:
    """The first cost is the MSE of the seeded initial layer (float64 within float32 rounding)."""
    for n in (1, 3):
        _, costs = figures.lecture_run(n)
        x, y = figures.lecture_data(n)
        torch.manual_seed(1)
        w, b = nn.Linear(n, 1).parameters()
        exact = torch.mean((x.double() @ w.double().T + b.double() - y.double()) ** 2).item()
        assert abs(costs[0] - exact) <= 1e-6 * exact, n


def test_what_the_trained_models_reach(pages: dict[str, str]) -> None:
    """The claims of the pages' results, as they hold on any CPU."""
    single, costs1 = figures.lecture_run(1)
    _, costs3 = figures.lecture_run(3)
    # both costs fall, every 100 epochs (the lecture prints them)
    for costs in (costs1, costs3):
        assert all(costs[i + 100] < costs[i] for i in range(0, 2000, 100))
    # simple linear regression ends almost on y = 2x and predicts 8 for x = 4
    assert abs(single.weight.item() - 2) < 0.01 and abs(single.bias.item()) < 0.01
    assert abs(figures.prediction(1) - 8) < 0.01
    # the multivariable model predicts 151.23 for the first student (the answer is 152)
    assert abs(figures.prediction(3) - 151.23) < 0.01
    # the least-squares cost it has not reached yet (chapter 4, in float64)
    x3, y3 = figures.lecture_data(3)
    w, b = functional.least_squares(x3.double(), y3.double())
    best = functional.mse(x3.double() @ w + b, y3.double()).item()
    assert f"{best:.4f}" == "0.1043" and abs(best - 0.1043) < 4e-5  # not near a rounding edge
    in_both(pages, "0.1043")
    assert best < costs3[-1] < costs3[0]
    in_both(pages, "{{ ch05.multi_final_cost }}")


def test_fit_reproduces_the_lecture_loop(pages: dict[str, str]) -> None:
    """fit with epochs=2001 runs the same computation as the lecture's loop, cost for cost."""
    multi, costs3 = figures.lecture_run(3)
    x3, y3 = figures.lecture_data(3)
    torch.manual_seed(1)
    model = models.LinearRegression(3)
    history = train.fit(model, x3, y3, lr=1e-5, epochs=2001, loss_fn=F.mse_loss)
    assert history.losses == costs3
    torch.testing.assert_close(model.linear.weight, multi.weight)
    assert (figures.CH05_SEED, figures.CH05_LR) == (1, {1: 0.01, 3: 1e-5})
    in_both(pages, "epochs=2001")
    in_both(pages, "`nb_epochs = 2000`")
    assert re.search(r"2,001", pages["ko"]) and re.search(r"2,001", pages["en"])
