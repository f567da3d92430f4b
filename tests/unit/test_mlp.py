"""Tests for nnintro.models.MLP and collapse_linear: layers, the lecture's XOR model, collapse."""

import re

import pytest
import torch
from torch import nn
from torch.testing import assert_close

from nnintro import data, metrics, train
from nnintro.models import MLP, Dropout, collapse_linear


def lecture_xor_model() -> nn.Sequential:
    """The lecture's 2-10-10-10-1 sigmoid network, written out as in the lecture."""
    return nn.Sequential(
        nn.Linear(2, 10), nn.Sigmoid(),
        nn.Linear(10, 10), nn.Sigmoid(),
        nn.Linear(10, 10), nn.Sigmoid(),
        nn.Linear(10, 1), nn.Sigmoid(),
    )  # fmt: skip


def test_layers_in_order() -> None:
    model = MLP([2, 10, 10, 10, 1], activation="sigmoid", output_activation="sigmoid")
    kinds = [type(m).__name__ for m in model]
    assert kinds == ["Linear", "Sigmoid"] * 4
    assert [(m.in_features, m.out_features) for m in model.linears] == [
        (2, 10),
        (10, 10),
        (10, 10),
        (10, 1),
    ]
    assert model.sizes == [2, 10, 10, 10, 1]


def test_dropout_after_hidden_activations_only_and_flatten_first() -> None:
    model = MLP([784, 512, 512, 10], activation="relu", dropout=0.2, flatten=True)
    kinds = [type(m).__name__ for m in model]
    assert kinds == ["Flatten", "Linear", "ReLU", "Dropout", "Linear", "ReLU", "Dropout", "Linear"]
    assert all(m.p == 0.2 for m in model if isinstance(m, nn.Dropout))
    assert model(torch.zeros(3, 1, 28, 28)).shape == (3, 10)


@pytest.mark.parametrize(
    ("activation", "cls"),
    [("sigmoid", nn.Sigmoid), ("tanh", nn.Tanh), ("relu", nn.ReLU), ("elu", nn.ELU)],
)
def test_activation_by_name(activation: str, cls: type[nn.Module]) -> None:
    model = MLP([3, 4, 4, 2], activation=activation)
    assert [type(m) for m in model if not isinstance(m, nn.Linear)] == [cls, cls]


def test_activation_by_class_and_factory_gives_each_layer_its_own_module() -> None:
    model = MLP([3, 4, 4, 1], activation=lambda: nn.LeakyReLU(0.1))
    acts = [m for m in model if isinstance(m, nn.LeakyReLU)]
    assert len(acts) == 2 and acts[0] is not acts[1] and acts[0].negative_slope == 0.1
    assert isinstance(MLP([3, 4, 1], activation=nn.Tanh)[1], nn.Tanh)
    assert isinstance(MLP([3, 4, 1], activation="leaky_relu")[1], nn.LeakyReLU)


def test_same_seed_gives_the_lectures_weights() -> None:
    torch.manual_seed(777)
    ours = MLP([2, 10, 10, 10, 1], activation="sigmoid", output_activation="sigmoid")
    torch.manual_seed(777)
    lecture = lecture_xor_model()
    for a, b in zip(ours.parameters(), lecture.parameters(), strict=True):
        assert torch.equal(a, b)
    x, _ = data.xor()
    assert_close(ours(x), lecture(x))


def test_lecture_xor_mlp_reaches_accuracy_one() -> None:
    """The lecture's run: seed 777, BCE, SGD lr 1, 10001 steps; all four XOR inputs right."""
    torch.manual_seed(777)
    x, y = data.xor()
    model = MLP([2, 10, 10, 10, 1], activation="sigmoid", output_activation="sigmoid")
    history = train.fit(model, x, y, lr=1.0, epochs=10001, loss_fn=nn.BCELoss())
    with torch.no_grad():
        out = model(x)
    assert metrics.accuracy(out, y) == 1.0
    assert history.final_loss < 1e-3
    # long plateau near ln 2 first (the gradients reaching the first layers are tiny) ...
    assert abs(history.losses[1000] - 0.6931) < 1e-3
    # ... then the fall
    assert out.view(-1).tolist()[1] > 0.999 and out.view(-1).tolist()[0] < 1e-3


def test_no_activation_collapses_to_one_linear_layer() -> None:
    """W2(W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2), for a 3-layer linear stack too."""
    model = MLP([4, 8, 6, 3], activation=None).double()
    first, second, third = model.linears
    x = torch.randn(16, 4, dtype=torch.float64)
    weight = third.weight @ second.weight @ first.weight
    bias = third.weight @ (second.weight @ first.bias + second.bias) + third.bias
    assert_close(model(x), x @ weight.T + bias)
    merged = collapse_linear(*model.linears)
    assert_close(merged(x), model(x))
    assert merged.weight.shape == (3, 4)


def test_a_nonlinearity_does_not_collapse() -> None:
    model = MLP([2, 8, 1], activation="relu").double()
    merged = collapse_linear(*model.linears)
    x = torch.randn(64, 2, dtype=torch.float64)
    assert (model(x) - merged(x)).abs().max() > 1e-3


def test_collapse_linear_leaves_the_random_generator_alone() -> None:
    layers = (nn.Linear(2, 3), nn.Linear(3, 1, bias=False))
    state = torch.get_rng_state()
    merged = collapse_linear(*layers)
    assert torch.equal(torch.get_rng_state(), state)
    x = torch.randn(5, 2)
    assert_close(merged(x), layers[1](layers[0](x)))


def test_shape_errors_name_both_shapes() -> None:
    model = MLP([784, 10])
    with pytest.raises(ValueError, match=r"\(n, 784\).*\(2, 1, 28, 28\).*flatten=True"):
        model(torch.zeros(2, 1, 28, 28))
    with pytest.raises(ValueError, match=r"\(n, 2\).*got shape \(4, 3\)"):
        MLP([2, 1])(torch.zeros(4, 3))
    with pytest.raises(ValueError, match=r"got shape \(784,\)"):
        MLP([784, 10], flatten=True)(torch.zeros(784))


@pytest.mark.parametrize("sizes", [[], [3]])
def test_fewer_than_two_sizes(sizes) -> None:
    with pytest.raises(ValueError, match=r"at least two layer widths.*e\.g\. \[2, 10, 1\]"):
        MLP(sizes)


@pytest.mark.parametrize(("sizes", "bad"), [([3, 0, 1], "sizes[1]"), ([2.0, 1], "sizes[0]"),
                                            ([True, 1], "sizes[0]")])  # fmt: skip
def test_bad_size_is_named(sizes, bad) -> None:
    with pytest.raises(ValueError, match=rf"MLP: {re.escape(bad)} must be an integer >= 1"):
        MLP(sizes)


def test_widths_given_one_by_one_show_the_list() -> None:
    """MLP(784, 10) reads 10 as the activation; the message shows the call to write."""
    with pytest.raises(ValueError, match=r"one list of layer widths.*MLP\(\[784, 10\]\)"):
        MLP(784, 10)
    with pytest.raises(ValueError, match=r"MLP\(\[784, \.\.\.\]\)"):
        MLP(784, "relu")


def test_dropout_layers_are_dropout_with_its_semantics() -> None:
    """MLP's dropout: kept units scaled by 1/(1 - p) in training, none dropped in eval."""
    model = MLP([4, 2000, 3], activation=None, dropout=0.5)
    assert isinstance(model[1], Dropout)
    torch.manual_seed(0)
    hidden = model[1](torch.ones(1, 2000))
    assert set(hidden.unique().tolist()) == {0.0, 2.0}
    x = torch.randn(5, 4)
    model.eval()
    assert torch.equal(model(x), model[2](model[0](x)))


def test_bad_activation_and_dropout() -> None:
    with pytest.raises(ValueError, match=r"unknown activation 'relu6'"):
        MLP([2, 2, 1], activation="relu6")
    with pytest.raises(ValueError, match=r"module instance.*pass its class \(ReLU\)"):
        MLP([2, 2, 1], activation=nn.ReLU())
    with pytest.raises(ValueError, match=r"callable returning an nn\.Module"):
        MLP([2, 2, 1], output_activation=lambda: 3)
    with pytest.raises(ValueError, match=r"dropout must be a probability in \[0, 1\), got 1"):
        MLP([2, 2, 1], dropout=1)


def test_collapse_linear_errors() -> None:
    with pytest.raises(ValueError, match=r"one or more nn\.Linear"):
        collapse_linear()
    with pytest.raises(ValueError, match=r"got \['Linear', 'ReLU'\]"):
        collapse_linear(nn.Linear(2, 2), nn.ReLU())
    with pytest.raises(ValueError, match=r"3 outputs is followed by.*takes 4 inputs"):
        collapse_linear(nn.Linear(2, 3), nn.Linear(4, 1))
