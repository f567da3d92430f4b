"""Tests for nnintro.metrics: accuracy of one-column and multi-column outputs, by hand."""

import pytest
import torch

from nnintro.metrics import accuracy, predict_labels


def test_binary_probabilities_and_logits() -> None:
    probs = torch.tensor([[0.1], [0.5], [0.49], [0.99]])
    target = torch.tensor([[0.0], [1.0], [1.0], [1.0]])
    assert predict_labels(probs).view(-1).tolist() == [0, 1, 0, 1]
    assert accuracy(probs, target) == 0.75
    logits = torch.tensor([-3.0, 0.0, 2.0])
    assert accuracy(logits, torch.tensor([0.0, 1.0, 1.0]), threshold=0.0) == 1.0
    # threshold 0.5 on logits would say 2/3; by default logits are refused, not misread
    assert accuracy(logits, torch.tensor([0.0, 1.0, 1.0]), threshold=0.5) == pytest.approx(2 / 3)
    with pytest.raises(ValueError, match=r"from -3 to 2, so they are logits.*threshold=0\.0"):
        accuracy(logits, torch.tensor([0.0, 1.0, 1.0]))


def test_multi_class_takes_the_largest_column() -> None:
    out = torch.tensor([[0.1, 0.7, 0.2], [3.0, -1.0, 0.0], [0.0, 0.0, 5.0], [1.0, 2.0, 0.0]])
    assert predict_labels(out).tolist() == [1, 0, 2, 1]
    assert accuracy(out, torch.tensor([1, 0, 2, 0])) == 0.75


def test_shape_mismatch_names_both_shapes() -> None:
    with pytest.raises(ValueError, match=r"output has shape \(4, 1\) but target has shape \(4,\)"):
        accuracy(torch.zeros(4, 1), torch.zeros(4))
    with pytest.raises(ValueError, match="class indices of shape"):
        accuracy(torch.zeros(4, 3), torch.zeros(4, 3))
    with pytest.raises(ValueError, match="no samples"):
        accuracy(torch.zeros(0, 3), torch.zeros(0, dtype=torch.long))


def test_the_module_exports_its_metrics_only() -> None:
    import nnintro.metrics

    assert nnintro.metrics.__all__ == [
        "accuracy", "confusion_matrix", "per_class_accuracy", "predict_labels"
    ]  # fmt: skip
    namespace: dict = {}
    exec("from nnintro.metrics import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(nnintro.metrics.__all__)
