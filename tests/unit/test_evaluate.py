"""Tests for the confusion matrix, accuracy per class and nnintro.train.evaluate, by hand."""

import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st

from nnintro.metrics import accuracy, confusion_matrix, per_class_accuracy
from nnintro.train import Evaluation, evaluate, fit

# Ten samples of three classes, worked out by hand:
#   target     0 0 0 0 1 1 1 2 2 2
#   predicted  0 0 1 2 1 1 0 2 2 2
# class 0: 2 of 4 right (one taken for 1, one for 2); class 1: 2 of 3 (one for 0); class 2: 3 of 3.
TARGET = torch.tensor([0, 0, 0, 0, 1, 1, 1, 2, 2, 2])
PREDICTED = torch.tensor([0, 0, 1, 2, 1, 1, 0, 2, 2, 2])
MATRIX = [[2, 1, 1], [1, 2, 0], [0, 0, 3]]


def logits_for(labels: torch.Tensor, classes: int = 3) -> torch.Tensor:
    """Logits whose largest entry sits at each label (and that differ from a one-hot)."""
    return F.one_hot(labels, classes).float() * 3.0 - 1.0 + 0.1 * torch.arange(classes)


def test_confusion_matrix_by_hand() -> None:
    assert confusion_matrix(PREDICTED, TARGET).tolist() == MATRIX
    assert confusion_matrix(logits_for(PREDICTED), TARGET).tolist() == MATRIX
    assert confusion_matrix(PREDICTED, TARGET).dtype == torch.int64
    # rows sum to the samples per class, the diagonal to the correct predictions
    matrix = confusion_matrix(PREDICTED, TARGET)
    assert matrix.sum(dim=1).tolist() == [4, 3, 3]
    assert matrix.diag().sum().item() / 10 == accuracy(logits_for(PREDICTED), TARGET) == 0.7


def test_per_class_accuracy_by_hand() -> None:
    expected = [2 / 4, 2 / 3, 3 / 3]
    torch.testing.assert_close(per_class_accuracy(PREDICTED, TARGET).tolist(), expected)
    torch.testing.assert_close(per_class_accuracy(logits_for(PREDICTED), TARGET).tolist(), expected)


def test_a_class_without_samples() -> None:
    matrix = confusion_matrix(torch.tensor([0, 3]), torch.tensor([0, 0]), num_classes=4)
    assert matrix.tolist() == [[1, 0, 0, 1], [0] * 4, [0] * 4, [0] * 4]
    per_class = per_class_accuracy(torch.tensor([0, 3]), torch.tensor([0, 0]), num_classes=4)
    assert per_class[0].item() == 0.5 and all(math.isnan(v) for v in per_class[1:].tolist())


def test_binary_one_column_outputs() -> None:
    probs = torch.tensor([[0.9], [0.2], [0.6], [0.4]])
    target = torch.tensor([[1.0], [0.0], [0.0], [1.0]])
    # predicted 1, 0, 1, 0: one each of true/false negatives and positives
    assert confusion_matrix(probs, target).tolist() == [[1, 1], [1, 1]]
    logits = torch.tensor([2.0, -1.0, -0.5, -3.0])  # predicts 1, 0, 0, 0 with threshold 0
    assert confusion_matrix(logits, target.view(-1), threshold=0.0).tolist() == [[2, 0], [1, 1]]
    assert per_class_accuracy(logits, target.view(-1), threshold=0.0).tolist() == [1.0, 0.5]


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=60))
def test_confusion_matrix_counts_every_pair(pairs: list[tuple[int, int]]) -> None:
    target = torch.tensor([t for t, _ in pairs])
    predicted = torch.tensor([p for _, p in pairs])
    matrix = confusion_matrix(predicted, target, num_classes=5)
    for i in range(5):
        for j in range(5):
            assert matrix[i, j].item() == sum(1 for t, p in pairs if (t, p) == (i, j))
    for i, value in enumerate(per_class_accuracy(predicted, target, num_classes=5).tolist()):
        count = sum(1 for t, _ in pairs if t == i)
        right = sum(1 for t, p in pairs if t == p == i)
        assert math.isnan(value) if count == 0 else value == pytest.approx(right / count)


def test_number_of_classes_from_the_outputs_or_the_labels() -> None:
    assert confusion_matrix(logits_for(torch.tensor([0]), 5), torch.tensor([0])).shape == (5, 5)
    assert confusion_matrix(torch.tensor([1, 2]), torch.tensor([0, 0])).shape == (3, 3)


def test_bad_input_names_the_problem() -> None:
    with pytest.raises(ValueError, match=r"output has shape \(4, 3\) but target has shape \(3,\)"):
        confusion_matrix(torch.zeros(4, 3), torch.zeros(3, dtype=torch.long))
    with pytest.raises(ValueError, match=r"3 columns .* num_classes=5"):
        confusion_matrix(torch.zeros(4, 3), torch.zeros(4, dtype=torch.long), num_classes=5)
    with pytest.raises(ValueError, match=r"a target lies outside 0\.\.2 \(min 0, max 7\)"):
        confusion_matrix(torch.zeros(2, 3), torch.tensor([0, 7]))
    with pytest.raises(ValueError, match=r"a predicted label lies outside 0\.\.1"):
        confusion_matrix(torch.tensor([0, 5]), torch.tensor([0, 1]), num_classes=2)
    with pytest.raises(ValueError, match="class indices, got non-integer"):
        confusion_matrix(torch.zeros(2, 3), torch.tensor([0.5, 1.0]))
    with pytest.raises(ValueError, match="labels"):
        confusion_matrix(torch.zeros(2, 3, dtype=torch.long), torch.tensor([0, 1]))


# ---------------------------------------------------------------- evaluate


def test_evaluate_by_hand() -> None:
    logits = logits_for(PREDICTED)
    result = evaluate(torch.nn.Identity(), logits, TARGET)
    assert isinstance(result, Evaluation)
    assert result.accuracy == 0.7
    assert result.confusion.tolist() == MATRIX
    torch.testing.assert_close(result.per_class_accuracy.tolist(), [0.5, 2 / 3, 1.0])
    assert result.loss == pytest.approx(F.cross_entropy(logits, TARGET).item())
    assert result.predictions.tolist() == PREDICTED.tolist()
    assert result.targets.tolist() == TARGET.tolist()
    assert result.mistakes.tolist() == [2, 3, 6]


def test_evaluate_in_batches_equals_all_at_once() -> None:
    logits = logits_for(PREDICTED) + torch.randn(10, 3)
    whole = evaluate(torch.nn.Identity(), logits, TARGET)
    for batches in (3, 1):
        part = evaluate(torch.nn.Identity(), logits, TARGET, batch_size=batches)
        assert part.loss == pytest.approx(whole.loss)
        assert torch.equal(part.confusion, whole.confusion)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(logits, TARGET), 4)
    from_loader = evaluate(torch.nn.Identity(), loader, device="cpu")
    assert torch.equal(from_loader.confusion, whole.confusion)
    assert from_loader.loss == pytest.approx(whole.loss)


def test_evaluate_runs_the_model_in_eval_mode_without_gradients() -> None:
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Dropout(0.9))
    x, y = torch.randn(50, 2), torch.randint(0, 2, (50,))
    first, second = evaluate(model, x, y), evaluate(model, x, y)
    assert first.loss == second.loss  # dropout is off: the same outputs every time
    model.eval()
    with torch.no_grad():
        assert first.loss == pytest.approx(F.cross_entropy(model(x), y).item())
    assert all(p.grad is None for p in model.parameters())


def test_evaluate_a_trained_model_with_its_loss_fn() -> None:
    torch.manual_seed(0)
    x = torch.randn(200, 2)
    y = (x[:, 0] > 0).float().view(-1, 1)
    model = torch.nn.Sequential(torch.nn.Linear(2, 1), torch.nn.Sigmoid())
    fit(model, x, y, lr=1.0, epochs=200, loss_fn=F.binary_cross_entropy)
    result = evaluate(model, x, y, loss_fn=F.binary_cross_entropy)
    assert result.accuracy == accuracy(model(x), y) > 0.95
    assert result.confusion.shape == (2, 2) and result.confusion.sum().item() == 200


def test_evaluate_bad_input() -> None:
    with pytest.raises(ValueError, match=r"evaluate: x has shape \(3, 2\) but y has shape \(2,\)"):
        evaluate(torch.nn.Identity(), torch.zeros(3, 2), torch.zeros(2, dtype=torch.long))
    with pytest.raises(ValueError, match=r"y .* is needed"):
        evaluate(torch.nn.Identity(), torch.zeros(3, 2))
    with pytest.raises(ValueError, match="no samples"):
        evaluate(torch.nn.Identity(), [])
