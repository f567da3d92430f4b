"""The learner mistakes fit, evaluate and the metrics stop, one test per mistake (issue 9).

Each test makes the mistake and asserts the error type and that the message names the fix.
"""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from nnintro import functional, metrics
from nnintro.data import TensorBatches, linear_toy, logistic_toy, softmax_toy
from nnintro.models import MLP, LinearRegression, LogisticRegression, SoftmaxClassifier
from nnintro.train import DivergenceError, evaluate, fit


@pytest.mark.parametrize(("name", "bad"), [("x", float("nan")), ("y", float("inf"))])
def test_nan_or_inf_in_the_data_is_named_before_training(name: str, bad: float) -> None:
    x, y = linear_toy()
    data = {"x": x.clone(), "y": y.clone()}
    data[name][1, 0] = bad
    model = LinearRegression(zero_init=True)
    before = model.state_dict()["linear.weight"].clone()
    with pytest.raises(ValueError, match=rf"fit: {name} holds .* of its 3 values.*isfinite"):
        fit(model, data["x"], data["y"], lr=1e-6, epochs=3)
    assert torch.equal(model.linear.weight, before)  # stopped before any update
    count = "1 NaN and 0 inf" if name == "x" else "0 NaN and 1 inf"
    with pytest.raises(ValueError, match=count):
        evaluate(nn.Linear(1, 1), data["x"], data["y"], loss_fn=F.mse_loss)


def test_empty_data_is_a_clear_error() -> None:
    x, y = torch.zeros(0, 1), torch.zeros(0, 1)
    for batch_size in (None, 2):
        with pytest.raises(ValueError, match="x and y hold no samples"):
            fit(LinearRegression(), x, y, lr=0.01, epochs=3, batch_size=batch_size)
    empty = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=2)
    with pytest.raises(ValueError, match="no samples, the batches are empty"):
        fit(LinearRegression(), empty, lr=0.01, epochs=3)


def test_numpy_arrays_and_lists_are_converted() -> None:
    x, y = linear_toy()
    runs = [
        fit(LinearRegression(zero_init=True), xs, ys, lr=0.01, epochs=5).losses
        for xs, ys in ((x, y), (x.numpy(), y.numpy()), (x.tolist(), y.tolist()))
    ]
    assert runs[0] == runs[1] == runs[2]
    batches = TensorBatches(x.numpy(), [[2.0], [4.0], [6.0]], 2, seed=0)
    assert sorted(yb.item() for _, ys in batches for yb in ys) == [2.0, 4.0, 6.0]
    with pytest.raises(TypeError, match=r"x must be a tensor .*torch\.as_tensor\(x\)"):
        TensorBatches({"a": 1}, y, 2)


def test_float64_data_name_both_dtypes_and_the_fix() -> None:
    x, y = linear_toy()
    for x64 in (x.double(), x.numpy().astype(np.float64)):
        with pytest.raises(TypeError, match=r"x holds torch\.float64 but .* torch\.float32.*"
                           r"x\.float\(\)"):  # fmt: skip
            fit(LinearRegression(), x64, y, lr=0.01, epochs=1)
    with pytest.raises(TypeError, match=r"y holds torch\.float64.*y\.float\(\)"):
        fit(LinearRegression(), x, y.double(), lr=0.01, epochs=1)
    assert fit(LinearRegression().double(), x.double(), y.double(), lr=0.01, epochs=1).losses


def trained_logistic() -> tuple[LogisticRegression, torch.Tensor, torch.Tensor, float]:
    x, y = logistic_toy()
    model = LogisticRegression(2, zero_init=True)
    history = fit(model, x, y, lr=1, epochs=200, loss_fn=F.binary_cross_entropy)
    return model, x, y, history.final_loss


def test_evaluate_a_one_column_model_uses_binary_cross_entropy() -> None:
    model, x, y, final = trained_logistic()
    result = evaluate(model, x, y)
    with torch.no_grad():
        assert result.loss == pytest.approx(F.binary_cross_entropy(model(x), y).item())
    assert 0 < result.loss <= final  # not the 0.0 of a one-column cross-entropy
    assert result.accuracy == metrics.accuracy(model(x), y)
    with pytest.raises(ValueError, match="cross-entropy of one column is always 0"):
        evaluate(model, x, y, loss_fn=F.cross_entropy)
    logits_model = nn.Linear(2, 1)
    with pytest.raises(ValueError, match="binary_cross_entropy_with_logits"):
        evaluate(logits_model, x, y)
    logits_model.load_state_dict(model.linear.state_dict())  # the same line, as logits
    with_logits = evaluate(logits_model, x, y, loss_fn=F.binary_cross_entropy_with_logits)
    assert with_logits.accuracy == result.accuracy  # threshold 0 on logits
    assert with_logits.loss == pytest.approx(result.loss, rel=1e-5)


@pytest.mark.parametrize("kind", ["long", "bool", "one-hot"])
def test_class_labels_with_the_default_mse_name_cross_entropy(kind: str) -> None:
    x, labels = softmax_toy()
    y = {"long": labels, "bool": labels == 0, "one-hot": F.one_hot(labels, 3).float()}[kind]
    with pytest.raises(ValueError, match=r"but loss_fn is the default.*loss_fn=F\.cross_entropy"):
        fit(SoftmaxClassifier(4, 3), x, y, lr=0.1, epochs=5)
    if kind == "one-hot":  # MSE on one-hot targets on purpose: say so with loss_fn
        assert fit(SoftmaxClassifier(4, 3), x, y, lr=0.1, epochs=5, loss_fn=functional.mse)


def test_float_regression_targets_with_the_default_mse_still_train() -> None:
    x, y = logistic_toy()  # 0/1 floats in one column: the chapter-6 "MSE on 0/1" experiment
    assert fit(LogisticRegression(2), x, y, lr=0.1, epochs=5).losses
    x, y = linear_toy()
    assert fit(LinearRegression(), x, y, lr=0.01, epochs=5).losses


def test_integer_one_hot_targets_to_cross_entropy_suggest_argmax() -> None:
    x, labels = softmax_toy()
    one_hot = F.one_hot(labels, 3)
    with pytest.raises(ValueError, match=r"y\.argmax\(1\)"):
        functional.cross_entropy(torch.zeros(len(x), 3), one_hot)
    for loss_fn in (F.cross_entropy, functional.cross_entropy, nn.CrossEntropyLoss()):
        with pytest.raises(ValueError, match=r"has shape \(8, 3\); pass y\.argmax\(1\)"):
            fit(SoftmaxClassifier(4, 3), x, one_hot, lr=0.1, epochs=1, loss_fn=loss_fn)
    with pytest.raises(ValueError, match=r"y\.view\(-1\)"):
        fit(SoftmaxClassifier(4, 3), x, labels.view(-1, 1), lr=0.1, epochs=1,
            loss_fn=F.cross_entropy)  # fmt: skip


def test_accuracy_refuses_a_label_that_is_not_a_class() -> None:
    scores = torch.eye(10)
    with pytest.raises(ValueError, match=r"accuracy: a target lies outside 0\.\.9 .*max 10"):
        metrics.accuracy(scores, torch.tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]))
    with pytest.raises(ValueError, match=r"outside 0\.\.1"):
        metrics.accuracy(torch.tensor([[0.9], [0.2]]), torch.tensor([[2.0], [0.0]]))


def test_an_optimizer_of_another_model_is_refused() -> None:
    x, y = linear_toy()
    model, other = LinearRegression(), LinearRegression()
    with pytest.raises(ValueError, match=r"holds none of the model's parameters.*model\.param"):
        fit(model, x, y, optimizer=torch.optim.SGD(other.parameters(), lr=0.01), epochs=5)
    with pytest.raises(TypeError, match=r"torch\.optim\.Adam\(model\.parameters\(\)"):
        fit(model, x, y, optimizer=torch.optim.Adam, epochs=5)
    part = torch.optim.SGD([model.linear.bias], lr=0.01)  # training part of a model is fine
    assert fit(model, x, y, optimizer=part, epochs=2).losses


def test_arguments_in_the_wrong_form_say_which_form() -> None:
    x, y = softmax_toy()
    model = SoftmaxClassifier(4, 3)
    with pytest.raises(TypeError, match=r"loss_fn=CrossEntropyLoss is a class.*"
                       r"CrossEntropyLoss\(\)"):  # fmt: skip
        fit(model, x, y, lr=0.1, epochs=1, loss_fn=nn.CrossEntropyLoss)
    with pytest.raises(TypeError, match=r"metrics takes a dict .*\{'accuracy': accuracy\}"):
        fit(model, x, y, lr=0.1, epochs=1, loss_fn=F.cross_entropy, metrics=[metrics.accuracy])
    with pytest.raises(TypeError, match=r"val takes the pair \(x_val, y_val\)"):
        fit(model, x, y, lr=0.1, epochs=1, loss_fn=F.cross_entropy, val=x)
    settings = dict(lr=0.1, epochs=2, loss_fn=F.cross_entropy)
    torch.manual_seed(0)
    as_list = fit(SoftmaxClassifier(4, 3), x, y, val=[x, y], **settings).val_losses
    torch.manual_seed(0)
    assert fit(SoftmaxClassifier(4, 3), x, y, val=(x, y), **settings).val_losses == as_list


@pytest.mark.parametrize(
    "model",
    [
        LogisticRegression(2),
        MLP([2, 3, 1], output_activation="sigmoid"),
        nn.Sequential(nn.Linear(2, 1), nn.Sigmoid()),
    ],
)
def test_a_sigmoid_twice_is_refused(model: nn.Module) -> None:
    x, y = logistic_toy()
    for loss_fn in (F.binary_cross_entropy_with_logits, nn.BCEWithLogitsLoss()):
        with pytest.raises(ValueError, match=r"ends in a sigmoid.*F\.binary_cross_entropy\b"):
            fit(model, x, y, lr=0.1, epochs=1, loss_fn=loss_fn)


def test_a_softmax_before_cross_entropy_is_refused() -> None:
    x, y = softmax_toy()
    model = nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1))
    with pytest.raises(ValueError, match=r"ends in nn\.Softmax.*remove"):
        fit(model, x, y, lr=0.1, epochs=1, loss_fn=F.cross_entropy)


def test_accuracy_of_one_column_logits_needs_threshold_0() -> None:
    logits = torch.tensor([[-2.0], [0.3], [4.0]])
    y = torch.tensor([[0.0], [1.0], [1.0]])
    with pytest.raises(ValueError, match=r"logits, not probabilities.*threshold=0\.0"):
        metrics.accuracy(logits, y)
    assert metrics.accuracy(logits, y, threshold=0.0) == 1.0
    assert metrics.accuracy(torch.sigmoid(logits), y) == 1.0


def test_device_gpu_names_the_device_strings() -> None:
    x, y = linear_toy()
    with pytest.raises(
        ValueError, match=r"device='gpu' is not a device name; use 'cuda', 'cpu' or 'auto'"
    ):
        fit(LinearRegression(), x, y, lr=0.01, epochs=1, device="gpu")
    with pytest.raises(ValueError, match="'cuda', 'cpu' or 'auto'"):
        evaluate(nn.Linear(1, 2), x, torch.tensor([0, 1, 0]), device="gpu")


def test_divergence_on_unchecked_batches_also_suspects_the_data() -> None:
    x, y = linear_toy()
    y = y.clone()
    y[0, 0] = float("nan")
    with pytest.raises(DivergenceError, match=r"lr=0\.001 \(or the batches hold NaN/inf"):
        fit(LinearRegression(), TensorBatches(x, y, 3, shuffle=False), lr=0.01, epochs=2)


def test_large_finite_data_are_not_taken_for_inf() -> None:
    from nnintro._checks import finite

    big = torch.full((4, 2), 3e38)  # their float32 sum overflows to inf; each value is finite
    assert finite("fit", "x", big) is big
    big[2, 1] = float("-inf")
    with pytest.raises(ValueError, match="0 NaN and 1 inf of its 8 values"):
        finite("fit", "x", big)
