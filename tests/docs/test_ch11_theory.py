"""Chapter 11 theory pages: the figure renders deterministically, the two pages have the same
structure, and every arithmetic number they state is recomputed here with torch and nnintro and
found in BOTH pages. Run results (accuracies, timings) are quoted from the build's own run of the
tutorial ({{ ch11.key }}); the slow tests check that run: real MNIST from a verified source, at
least 98 % test accuracy, and the claims the prose makes about it."""

from __future__ import annotations

import math
import re
from pathlib import Path

import nbformat
import pytest
import torch
import torch.nn.functional as F
from torch.utils.flop_counter import FlopCounterMode

from nnintro import data
from nnintro.data import mnist, package_index
from tests.conftest import ROOT
from tests.docs.theory import (
    in_both,
    page_structure,
    placeholders,
    read_pages,
    registry,
    table_rows,
)

figures = registry.CHAPTERS["ch11"]
TUTORIAL = ROOT / "docs" / "tutorials" / "11-mnist.py"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """The two pages, with each run of whitespace (line breaks too) made one space."""
    return {lang: " ".join(page.split()) for lang, page in read_pages("11-mnist").items()}


@pytest.fixture(scope="module")
def raw_pages() -> dict[str, str]:
    return read_pages("11-mnist")


# ---------------------------------------------------------------- figure and structure


def test_figure_shows_the_layers_and_their_parameters() -> None:
    texts = [t.get_text() for t in figures.ch11_mlp().axes[0].texts]
    for size, name in zip(figures.CH11_SIZES, ["x", "h_1", "h_2", "z"], strict=True):
        assert f"${name}$: {size}" in texts
    for i, count in enumerate(figures.layer_parameters(), start=1):
        assert f"$W_{i}, b_{i}$\n{count:,}" in texts
    assert "ReLU\ndropout 0.2" in texts and r"$28 \times 28$" in texts


def test_pages_structure(raw_pages: dict[str, str]) -> None:
    ko = page_structure(raw_pages["ko"])
    assert len(ko["display_math"]) == 10
    assert {"../reference/train.md", "../reference/plot.md"} <= set(ko["links"])


# ---------------------------------------------------------------- the data


def test_mnist_sizes(pages: dict[str, str]) -> None:
    train_size, test_size = mnist.OFFICIAL_SIZES[True], mnist.OFFICIAL_SIZES[False]
    assert (train_size, test_size) == (60000, 10000)
    for n in (train_size, test_size, train_size + test_size):
        in_both(pages, f"{n:,}")
    side = figures.CH11_SIDE
    in_both(pages, rf"${side} \times {side}$")
    in_both(pages, rf"${side} \times {side} = {side * side}$")
    assert side * side == figures.CH11_SIZES[0]  # the input layer takes every pixel


def test_pixels_0_to_255_become_0_to_1(pages: dict[str, str]) -> None:
    from PIL import Image
    from torchvision import transforms

    pixels = torch.tensor([[0, 51, 255]], dtype=torch.uint8)
    scaled = transforms.ToTensor()(Image.fromarray(pixels.numpy()))
    torch.testing.assert_close(scaled.view(-1), pixels.view(-1).float() / 255)
    assert scaled.max().item() == 1.0
    in_both(pages, "255")
    in_both(pages, "0–9")
    mean, std = mnist.MNIST_MEAN_STD  # the training pixels' mean and std, in [0, 1]
    in_both(pages, f"{mean}")
    in_both(pages, f"{std}")


def test_fashion_classes_table(raw_pages: dict[str, str]) -> None:
    classes = data.FASHION_MNIST_CLASSES
    assert len(classes) == 10
    for lang, page in raw_pages.items():
        rows = [r for r in table_rows(page, [str(i) for i in range(5)]) if len(r) == 4]
        cells = {int(r[0]): r[1] for r in rows} | {int(r[2]): r[3] for r in rows}
        assert cells == dict(enumerate(classes)), lang


# ---------------------------------------------------------------- the model


def test_parameter_table(pages: dict[str, str], raw_pages: dict[str, str]) -> None:
    layers = figures.lecture_mlp().linears
    expected = []
    for i, layer in enumerate(layers, start=1):
        out, inp = layer.weight.shape
        expected.append(
            [str(i), f"{out} × {inp}", f"{layer.weight.numel():,}", f"{layer.bias.numel():,}",
             f"{layer.weight.numel() + layer.bias.numel():,}"]
        )  # fmt: skip
    weights = sum(layer.weight.numel() for layer in layers)
    biases = sum(layer.bias.numel() for layer in layers)
    total = sum(p.numel() for p in figures.lecture_mlp().parameters())
    assert (weights, biases, total) == (668672, 1034, 669706)
    for lang, page in raw_pages.items():
        assert table_rows(page, ["1", "2", "3"])[:3] == expected, lang
        total_row = table_rows(page, ["합계" if lang == "ko" else "Total"])
        assert total_row == [[total_row[0][0], "", f"{weights:,}", f"{biases:,}", f"{total:,}"]]
    share = round(100 * (layers[0].weight.numel() + layers[0].bias.numel()) / total)
    assert share == 60
    in_both(pages, f"{share}%")


def test_the_lecture_mlp_equals_net_and_returns_ten_logits() -> None:
    torch.manual_seed(0)
    model = figures.lecture_mlp()
    torch.manual_seed(0)
    fc = [torch.nn.Linear(784, 512), torch.nn.Linear(512, 512), torch.nn.Linear(512, 10)]
    for ours, net in zip(model.linears, fc, strict=True):
        assert torch.equal(ours.weight, net.weight) and torch.equal(ours.bias, net.bias)
    assert model(torch.zeros(4, 1, 28, 28)).shape == (4, 10)


def test_dropout_scales_kept_values(pages: dict[str, str]) -> None:
    p = figures.CH11_DROPOUT
    assert p == 0.2
    in_both(pages, f"$p = {p:g}$")
    in_both(pages, f"$1/{1 - p:g} = {1 / (1 - p):g}$")
    dropout = torch.nn.Dropout(p)
    torch.manual_seed(0)
    out = dropout(torch.ones(100000))
    assert set(out.unique().tolist()) == {0.0, 1.25}
    assert out.mean().item() == pytest.approx(1.0, abs=0.01)  # E[m h / (1 - p)] = h
    dropout.eval()
    assert torch.equal(dropout(torch.ones(5)), torch.ones(5))


# ---------------------------------------------------------------- cost and optimiser


def test_cross_entropy_formula_and_ln_10(pages: dict[str, str]) -> None:
    z, y = torch.randn(6, 10, dtype=torch.float64), torch.tensor([0, 3, 9, 1, 1, 5])
    by_formula = -z[torch.arange(6), y] + torch.logsumexp(z, dim=1)
    torch.testing.assert_close(by_formula.mean(), F.cross_entropy(z, y))
    uniform = F.cross_entropy(torch.zeros(1, 10), torch.tensor([4])).item()
    assert uniform == pytest.approx(math.log(10))
    in_both(pages, rf"\ln 10 \approx {math.log(10):.3f}")


def test_adam_formula_and_defaults(pages: dict[str, str]) -> None:
    defaults = torch.optim.Adam([torch.zeros(1, requires_grad=True)]).defaults
    assert defaults["betas"] == (0.9, 0.999) and defaults["eps"] == 1e-8
    assert figures.CH11_LR == 0.002
    in_both(pages, r"$\beta_1 = 0.9$, $\beta_2 = 0.999$")
    in_both(pages, r"\epsilon = 10^{-8}")
    in_both(pages, rf"$\alpha_0 = {figures.CH11_LR}$")
    # three steps of torch's Adam equal the page's update rule
    theta = torch.tensor([1.0, -2.0], dtype=torch.float64, requires_grad=True)
    adam = torch.optim.Adam([theta], lr=0.001)
    mine, m, v = theta.detach().clone(), torch.zeros(2, dtype=torch.float64), 0
    for t in range(1, 4):
        adam.zero_grad()
        (theta**2 * torch.tensor([3.0, 0.5], dtype=torch.float64)).sum().backward()
        g = mine * 2 * torch.tensor([3.0, 0.5], dtype=torch.float64)
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g**2
        m_hat, v_hat = m / (1 - 0.9**t), v / (1 - 0.999**t)
        mine = mine - 0.001 * m_hat / (v_hat.sqrt() + 1e-8)
        adam.step()
        torch.testing.assert_close(theta.detach(), mine)


def test_cosine_decay_is_what_torch_schedules(pages: dict[str, str]) -> None:
    lr0, epochs = figures.CH11_LR, figures.CH11_MNIST_EPOCHS
    optimizer = torch.optim.Adam([torch.zeros(1, requires_grad=True)], lr=lr0)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    for e in range(epochs):  # alpha_e = alpha_0 / 2 (1 + cos(pi e / E))
        assert scheduler.get_last_lr()[0] == pytest.approx(
            lr0 / 2 * (1 + math.cos(math.pi * e / epochs))
        )
        optimizer.step()
        scheduler.step()
    in_both(pages, r"\alpha_e = \frac{\alpha_0}{2} \left( 1 + \cos \frac{\pi e}{E} \right)")
    in_both(pages, "CosineAnnealingLR")


def test_lecture_settings_and_updates_per_epoch(pages: dict[str, str]) -> None:
    lecture, ours = figures.CH11_LECTURE_BATCH, figures.CH11_BATCH
    assert (lecture, figures.CH11_LECTURE_LR, figures.CH11_LECTURE_EPOCHS) == (20, 0.01, 15)
    in_both(pages, r"$\alpha = 0.01$")
    assert "15 에폭" in pages["ko"] and "15 epochs" in pages["en"]
    x = torch.empty(60000, 1)
    batches = data.TensorBatches(x, x, ours, shuffle=False)
    sizes = [len(xb) for xb, _ in batches]
    assert len(data.TensorBatches(x, x, lecture)) == 60000 // lecture == 3000
    assert (len(sizes), sizes.count(256), sizes[-1]) == (235, 234, 96)
    in_both(pages, r"\frac{60000}{20} = 3000")
    in_both(pages, r"\left\lceil \frac{60000}{256} \right\rceil = 235")
    assert "256장짜리 234개와 96장짜리 1개" in pages["ko"]
    assert "234 batches of 256 images and one of 96" in pages["en"]


# ---------------------------------------------------------------- speed


def test_memory_of_the_training_images(pages: dict[str, str]) -> None:
    nbytes = torch.empty(60000, 1, 28, 28).element_size() * 60000 * 784
    assert nbytes == 188_160_000
    in_both(pages, r"$60000 \times 784 \times 4$")
    assert "188MB" in pages["ko"] and "188 MB" in pages["en"]


def test_flops_of_forward_and_training(pages: dict[str, str]) -> None:
    model, n = figures.lecture_mlp(), 64
    x, y = torch.rand(n, 1, 28, 28), torch.randint(0, 10, (n,))
    with FlopCounterMode(display=False) as counter:
        model(x)
    forward = counter.get_total_flops() // n
    with FlopCounterMode(display=False) as counter:
        F.cross_entropy(model(x), y).backward()
    training = counter.get_total_flops() // n
    assert forward == 2 * 668672 == 1337344
    assert training == 2 * 668672 + 2 * 668672 + 2 * (262144 + 5120) == 3209216
    in_both(pages, "2 \\times 668{,}672 + 2 \\times 668{,}672 + 2 \\times (262{,}144 + 5{,}120)"
            " = 3{,}209{,}216")  # fmt: skip
    in_both(pages, r"$2 \times 668{,}672 = 1{,}337{,}344$")
    ratio = f"{training / forward:.1f}"
    assert f"{ratio}배" in pages["ko"] and f"{ratio} times" in pages["en"]
    epoch = training * 60000 / 1e9
    assert round(epoch) == 193
    in_both(pages, r"3{,}209{,}216 \times 60000 \approx 193 \text{ GFLOP}")


RUN_NUMBERS = ["threads", "gflops", "floor_seconds", "lecture_epoch_seconds", "epoch_seconds",
               "train_seconds", "mnist_accuracy", "fashion_accuracy", "fashion_gap"]  # fmt: skip


def test_run_results_are_quoted_from_the_build(raw_pages: dict[str, str]) -> None:
    """Timings and accuracies are the build's: placeholders, never typed-in numbers."""
    for lang, page in raw_pages.items():
        assert sorted(set(placeholders(page))) == sorted(f"ch11.{k}" for k in RUN_NUMBERS), lang
        assert r"$193 / {{ ch11.gflops }} \approx {{ ch11.floor_seconds }}$" in page
    for text in ("217", "4.2–4.7", "1.7–2.0", "AMD EPYC", "87–88", "예상합니다", "expected"):
        assert not any(text in page for page in raw_pages.values()), text


# ---------------------------------------------------------------- the tutorial's recipe


def test_the_tutorial_uses_the_recipe_the_pages_describe(pages: dict[str, str]) -> None:
    source = TUTORIAL.read_text(encoding="utf-8")
    for text in (
        f"batch_size = {figures.CH11_BATCH}",
        f"optim.Adam(model.parameters(), lr={figures.CH11_LR})",
        "CosineAnnealingLR(optimizer, T_max=n_epochs)",
        "x_train_n = (x_train - mean) / std",
        f"n_epochs = {figures.CH11_MNIST_EPOCHS}",
        f"lr={figures.CH11_FASHION_LR}",
        f"epochs={figures.CH11_FASHION_EPOCHS}",
        f"early_stopping={figures.CH11_PATIENCE}",
        f"x[-{figures.CH11_VAL}:]",
        f"seed={figures.CH11_SEED}",
        f"nn.Dropout({figures.CH11_DROPOUT})",
        f"lr={figures.CH11_LECTURE_LR}",
        f"batch_size={figures.CH11_LECTURE_BATCH}",
    ):
        assert text in source, text
    in_both(pages, f"{figures.CH11_VAL:,}")
    epochs = figures.CH11_MNIST_EPOCHS
    assert f"{epochs} 에폭" in pages["ko"] and f"{epochs} epochs" in pages["en"]
    assert "다섯 에폭" in pages["ko"] and "five epochs" in pages["en"]
    assert figures.CH11_FASHION_EPOCHS == 5
    in_both(pages, "98.40%")  # Keras's mnist_mlp.py, a cited result
    assert "20 에폭" in pages["ko"] and "after 20 epochs" in pages["en"]


# ---------------------------------------------------------------- the machine-learning process

# this chapter's section, chapter 1's heading it links to, the link, chapter 1's five steps
PROCESS = {
    "ko": ("## 머신러닝의 과정으로 돌아보기", "## 머신러닝의 과정",
           "01-machine-learning.md#머신러닝의-과정",
           ["데이터", "모델", "비용", "옵티마이저", "평가"]),
    "en": ("## Looking back: the machine-learning process", "## The machine-learning process",
           "01-machine-learning.md#the-machine-learning-process",
           ["Data", "Model", "Cost", "Optimizer", "Evaluation"]),
}  # fmt: skip


def section(page: str, heading: str) -> str:
    """The text of ``page`` from ``heading`` to the next heading of its level."""
    start = page.index(f"{heading}\n")
    end = page.find("\n## ", start + len(heading))
    return page[start : end if end != -1 else None]


def test_the_process_section_walks_chapter_1s_steps_with_this_chapters_recipe(
    raw_pages: dict[str, str],
) -> None:
    """Chapter 1's five steps, in its order and words, each with what chapter 11 did there."""
    chapter_1 = read_pages("01-machine-learning")
    total = sum(p.numel() for p in figures.lecture_mlp().parameters())
    train_size, test_size = mnist.OFFICIAL_SIZES[True], mnist.OFFICIAL_SIZES[False]
    for lang, page in raw_pages.items():
        heading, chapter_1_heading, link, steps = PROCESS[lang]
        assert f"\n{chapter_1_heading}\n" in chapter_1[lang], "the link's anchor is this heading"
        text = section(page, heading)
        assert f"]({link})" in text
        assert re.findall(r"^\d\. \*\*([^*]+)\*\*", text, flags=re.M) == steps
        flat = " ".join(text.split())
        for fact in (
            f"{train_size:,}", f"{test_size:,}", f"{figures.CH11_VAL:,}",
            "-".join(map(str, figures.CH11_SIZES)), f"{figures.CH11_DROPOUT:g}", f"{total:,}",
            "nn.CrossEntropyLoss", r"$\ln 10$", f"{figures.CH11_LR}", f"{figures.CH11_BATCH}",
            f"{figures.CH11_LECTURE_LR}", f"{figures.CH11_LECTURE_BATCH}", "optim.SGD",
            "{{ ch11.mnist_accuracy }}", "{{ ch11.fashion_accuracy }}",
        ):  # fmt: skip
            assert fact in flat, (lang, fact)
        epochs = {"ko": "{} 에폭", "en": "{} epochs"}[lang]
        for n in (figures.CH11_MNIST_EPOCHS, figures.CH11_LECTURE_EPOCHS):
            assert epochs.format(n) in flat, (lang, n)
    # the section sits right before the summary
    for lang, heading in (("ko", "## 정리"), ("en", "## Summary")):
        page = raw_pages[lang]
        assert page.index(PROCESS[lang][0]) < page.index(heading)
        assert "\n## " not in page[page.index(PROCESS[lang][0]) + 3 : page.index(heading)]


def test_pages_link_the_chapters_they_build_on(raw_pages: dict[str, str]) -> None:
    """Cross-entropy (7), batch sizes (9) and the forward and backward passes (10)."""
    theory = ROOT / "docs" / "theory"
    for lang, page in raw_pages.items():
        for target in ("07-softmax-classification.md", "09-multi-layer-perceptron.md",
                       "10-backpropagation.md"):  # fmt: skip
            assert f"]({target})" in page, (lang, target)
            assert (theory / target).exists(), target


# ---------------------------------------------------------------- the build's run


@pytest.fixture(scope="module")
def run(site_builds) -> dict:
    """The numbers and the stream output of the site build's run of the chapter-11 tutorial."""
    built = site_builds[0].site.parent / ".cache" / "tutorials" / "executed"
    (path,) = built.glob("11-mnist-*.ipynb")
    nb = nbformat.read(path, as_version=4)
    text = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    return {**nb.metadata["nnintro"]["numbers"], "output": text}


def percent(text: str) -> float:
    return float(text.rstrip("%")) / 100


@pytest.mark.slow
def test_the_build_ran_on_the_real_mnist(run: dict) -> None:
    assert run["mnist_source"] in ("torchvision's mirrors (MD5-verified)", package_index.SOURCE)
    assert "MNIST train: 60000 images 1x28x28, 10 classes, from" in run["output"]
    assert "MNIST test: 10000 images 1x28x28, 10 classes, from" in run["output"]
    assert re.search(r"files in (~|\$NNINTRO_DATA|\$XDG_CACHE_HOME)/", run["output"])
    assert str(Path.home()) not in run["output"]
    assert run["mnist_epochs"] == str(figures.CH11_MNIST_EPOCHS)


@pytest.mark.slow
def test_the_build_reaches_98_percent_and_what_the_prose_says(run: dict) -> None:
    """What the pages claim of the run, checked on the run the pages quote."""
    mnist_accuracy, fashion_accuracy = (
        percent(run["mnist_accuracy"]),
        percent(run["fashion_accuracy"]),
    )
    assert mnist_accuracy >= 0.98
    assert float(run["train_seconds"]) < 60  # "well under a minute" on 2 cores
    assert 0.80 <= fashion_accuracy <= mnist_accuracy - 0.02  # "N percentage points below"
    assert int(run["fashion_gap"]) == round(100 * (mnist_accuracy - fashion_accuracy))
    assert run["fashion_hardest"] == "Shirt"  # "the lowest per-class accuracy"
    assert run["shirt_confused_with"] == "Coat, Pullover, T-shirt/top"
    assert percent(run["fashion_trouser_bag"]) > 0.93  # "nearly always right"
    assert float(run["lecture_epoch_seconds"]) > float(run["epoch_seconds"])  # "several times"
    assert float(run["floor_seconds"]) <= float(run["epoch_seconds"])


@pytest.mark.slow
def test_the_built_pages_show_the_runs_numbers(run: dict, site_builds) -> None:
    site = site_builds[1].site
    for page in ("theory/11-mnist/index.html", "en/theory/11-mnist/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert "{{" not in html.replace("{{,}}", "")
        for key in RUN_NUMBERS:
            assert run[key] in html, (page, key)
