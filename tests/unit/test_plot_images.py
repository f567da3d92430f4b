"""Tests for nnintro.plot's image, evaluation and training-curve figures: what each one holds."""

import re
from collections.abc import Iterator

import matplotlib.pyplot as plt
import pytest
import torch

from nnintro import plot
from nnintro.plot.images import MISTAKE
from nnintro.train import Evaluation, History
from tests.unit.test_plot import all_texts, assert_renders

# words allowed outside $...$ math; class names of datasets come on top
ALLOWED_WORDS = {"epoch", "loss", "accuracy", "train", "val", "best", "predicted", "true"}
CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat"]


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    """Outside Jupyter the helpers' figures are pyplot's: close the ones each test made."""
    yield
    plt.close("all")


def assert_language_neutral(fig, extra: set[str] = frozenset()) -> None:
    allowed = ALLOWED_WORDS | {w for name in CLASSES for w in re.findall(r"[A-Za-z]{2,}", name)}
    for ax in fig.axes:
        labels = [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        for text in all_texts(fig) + labels:
            words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\$[^$]*\$", "", text))
            assert set(words) <= allowed | extra, text


def test_image_grid_titles_and_marks_mistakes() -> None:
    images = torch.rand(5, 1, 28, 28)
    fig = plot.image_grid(images, torch.tensor([0, 1, 2, 3, 4]), torch.tensor([0, 2, 2, 3, 1]),
                          classes=CLASSES, ncols=3)  # fmt: skip
    titles = [ax.get_title() for ax in fig.axes]
    # long "true → predicted" titles go on two lines
    assert titles == ["T-shirt/top", "Trouser\n→ Pullover", "Pullover", "Dress", "Coat\n→ Trouser"]
    mistakes = [ax.title.get_color() == MISTAKE for ax in fig.axes]
    framed = [ax.spines["left"].get_visible() for ax in fig.axes]
    assert mistakes == framed == [False, True, False, False, True]
    assert [ax.get_subplotspec().get_geometry()[:2] for ax in fig.axes] == [(2, 3)] * 5
    torch.testing.assert_close(
        torch.as_tensor(fig.axes[1].images[0].get_array()), images[1, 0], check_dtype=False
    )
    assert_language_neutral(fig)
    assert_renders(fig)


def test_image_grid_takes_outputs_flat_images_and_no_labels() -> None:
    outputs = torch.tensor([[0.1, 2.0], [3.0, 0.0]])  # predicts 1, 0
    fig = plot.image_grid(torch.rand(2, 784), torch.tensor([1, 1]), outputs)
    assert [ax.get_title() for ax in fig.axes] == ["1", "1 → 0"]
    assert fig.axes[0].images[0].get_array().shape == (28, 28)
    fig = plot.image_grid(torch.rand(3, 28, 28))
    assert [ax.get_title() for ax in fig.axes] == ["", "", ""]
    assert not any(ax.spines["left"].get_visible() for ax in fig.axes)


def test_image_grid_bad_input() -> None:
    with pytest.raises(ValueError, match="783 is not a square"):
        plot.image_grid(torch.rand(2, 783))
    with pytest.raises(ValueError, match=r"got \(2, 2, 28, 28\)"):
        plot.image_grid(torch.rand(2, 2, 28, 28))
    with pytest.raises(ValueError, match="3 images but 2 labels"):
        plot.image_grid(torch.rand(3, 28, 28), torch.tensor([0, 1]))
    with pytest.raises(ValueError, match="give labels too"):
        plot.image_grid(torch.rand(3, 28, 28), predictions=torch.tensor([0, 1, 2]))
    with pytest.raises(ValueError, match="pass a slice"):
        plot.image_grid(torch.rand(300, 28, 28))


def test_pixel_values_writes_every_pixel() -> None:
    image = torch.zeros(1, 28, 28)
    image[0, 10, 5], image[0, 3, 7] = 0.5, 1.0
    fig = plot.pixel_values(image)
    (ax,) = fig.axes
    texts = ax.texts
    assert len(texts) == 28 * 28
    by_place = {(round(t.get_position()[1]), round(t.get_position()[0])): t for t in texts}
    assert by_place[(10, 5)].get_text() == "0.50" and by_place[(3, 7)].get_text() == "1.00"
    assert sum(t.get_text() == "0" for t in texts) == 28 * 28 - 2
    # white text on dark pixels (below max / 2.5), black on light ones
    assert by_place[(0, 0)].get_color() == "white" and by_place[(3, 7)].get_color() == "black"
    assert fig.get_size_inches().tolist() == [plot.MAX_WIDTH] * 2  # a page column, square
    assert_renders(fig)


def test_pixel_values_needs_one_grey_image() -> None:
    with pytest.raises(ValueError, match=r"got shape \(2, 28, 28\); pick one image"):
        plot.pixel_values(torch.rand(2, 28, 28))
    fig = plot.pixel_values(torch.tensor([[0.123, 0.0]]), decimals=1)
    assert [t.get_text() for t in fig.axes[0].texts] == ["0.1", "0"]


def test_confusion_matrix_figure() -> None:
    matrix = torch.tensor([[8, 2, 0], [1, 9, 0], [0, 5, 5]])
    fig = plot.confusion_matrix(matrix, classes=CLASSES[:3])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["8", "2", "0", "1", "9", "0", "0", "5", "5"]
    colours = torch.as_tensor(ax.images[0].get_array())
    torch.testing.assert_close(colours[2], torch.tensor([0.0, 0.5, 0.5]), check_dtype=False)
    assert [t.get_text() for t in ax.get_xticklabels()] == CLASSES[:3]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("predicted", "true")
    assert_language_neutral(fig)
    assert_renders(fig)
    evaluation = Evaluation(0.1, 0.7, torch.zeros(3), matrix, torch.zeros(1), torch.zeros(1))
    assert [t.get_text() for t in plot.confusion_matrix(evaluation).axes[0].texts][:2] == ["8", "2"]


def test_confusion_matrix_bad_input() -> None:
    with pytest.raises(ValueError, match=r"square \(C, C\) matrix, got \(2, 3\)"):
        plot.confusion_matrix(torch.zeros(2, 3))
    with pytest.raises(ValueError, match="2 classes in the matrix but 3 names"):
        plot.confusion_matrix(torch.zeros(2, 2), classes=["a", "b", "c"])


def test_training_curves_train_and_val() -> None:
    metrics = {"accuracy": [0.5, 0.8, 0.9], "val_accuracy": [0.6, 0.7, 0.65]}
    history = History([1.0, 0.5, 0.4], lr=0.01, val_losses=[0.8, 0.6, 0.7], metrics=metrics)
    fig = plot.training_curves(history)
    loss, acc = fig.axes
    assert [ax.get_title() for ax in fig.axes] == ["loss", "accuracy"]
    assert [line.get_ydata().tolist() for line in loss.lines[:2]] == [
        [1.0, 0.5, 0.4],
        [0.8, 0.6, 0.7],
    ]
    assert acc.lines[1].get_ydata().tolist() == [0.6, 0.7, 0.65]
    assert list(loss.lines[2].get_xdata()) == [2, 2]  # the best epoch's dotted line
    assert_language_neutral(fig)
    assert_renders(fig)


def test_training_curves_without_validation_or_metric() -> None:
    fig = plot.training_curves(History([1.0, 0.5], lr=0.1))
    (ax,) = fig.axes
    assert [line.get_label() for line in ax.lines] == ["train"]
