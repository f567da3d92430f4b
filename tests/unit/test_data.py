"""Tests for nnintro.data, including the lecture's worked example of the cost function."""

import torch
import torch.nn.functional as F
from torch.testing import assert_close

from nnintro import data, functional


def test_linear_toy_is_the_lecture_data() -> None:
    x, y = data.linear_toy()
    assert x.shape == y.shape == (3, 1)
    assert x.dtype == y.dtype == torch.float32
    assert x.view(-1).tolist() == [1.0, 2.0, 3.0]
    assert y.view(-1).tolist() == [2.0, 4.0, 6.0]


def test_study_hours_shapes() -> None:
    x, y = data.study_hours()
    assert x.shape == y.shape == (4, 1)
    assert x.dtype == y.dtype == torch.float32
    assert x.view(-1).tolist() == [2.0, 3.0, 4.0, 5.0]


def test_study_hours_reproduces_the_worked_example() -> None:
    """Line y = 13x + 1: predictions 27, 40, 53, 66; errors -2, 10, -9, -5; 210; MSE 52.5."""
    x, y = data.study_hours()
    pred = functional.line(x, 13.0, 1.0)
    assert pred.view(-1).tolist() == [27.0, 40.0, 53.0, 66.0]
    errors = y - pred  # the lecture's error: data minus prediction
    assert errors.view(-1).tolist() == [-2.0, 10.0, -9.0, -5.0]
    assert (errors**2).sum().item() == 210.0
    assert functional.mse(pred, y).item() == 52.5
    assert F.mse_loss(pred, y).item() == 52.5


def test_the_slides_score_42_would_not_reproduce_the_worked_example() -> None:
    """Why study_hours uses 44: with the slide's 42 the numbers are -11, 250 and 62.5."""
    x, _ = data.study_hours()
    y_slide = torch.tensor([[25.0], [50.0], [42.0], [61.0]])
    errors = y_slide - functional.line(x, 13.0, 1.0)
    assert errors.view(-1).tolist() == [-2.0, 10.0, -11.0, -5.0]
    assert (errors**2).sum().item() == 250.0
    assert_close(functional.mse(functional.line(x, 13.0, 1.0), y_slide), torch.tensor(62.5))


def test_loaders_return_fresh_tensors() -> None:
    x, _ = data.linear_toy()
    x += 100
    assert data.linear_toy()[0].view(-1).tolist() == [1.0, 2.0, 3.0]
