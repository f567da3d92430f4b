"""Tests for nnintro.gates: the lecture's gates, their truth tables, XOR from two layers."""

import itertools
import math

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from nnintro.gates import AND, NAND, OR, XOR, Perceptron, TwoLayerPerceptron, step, truth_table

INPUTS = list(itertools.product((0, 1), repeat=2))


def test_lecture_weights_and_biases() -> None:
    assert (AND.weights, AND.bias) == ((0.5, 0.5), -0.7)
    assert (NAND.weights, NAND.bias) == ((-0.5, -0.5), 0.7)
    assert (OR.weights, OR.bias) == ((0.6, 0.6), -0.5)


@pytest.mark.parametrize(
    ("gate", "outputs"),
    [(AND, [0, 0, 0, 1]), (NAND, [1, 1, 1, 0]), (OR, [0, 1, 1, 1]), (XOR, [0, 1, 1, 0])],
)
def test_truth_tables(gate, outputs: list[int]) -> None:
    assert truth_table(gate) == [(*x, y) for x, y in zip(INPUTS, outputs, strict=True)]


@pytest.mark.parametrize(("x1", "x2"), INPUTS)
def test_gates_agree_with_python_logic(x1: int, x2: int) -> None:
    assert AND(x1, x2) == int(x1 and x2)
    assert NAND(x1, x2) == int(not (x1 and x2))
    assert OR(x1, x2) == int(x1 or x2)
    assert XOR(x1, x2) == x1 ^ x2


@pytest.mark.parametrize(("x1", "x2"), INPUTS)
def test_xor_is_and_of_nand_and_or(x1: int, x2: int) -> None:
    assert XOR.hidden_outputs(x1, x2) == (NAND(x1, x2), OR(x1, x2))
    assert XOR(x1, x2) == AND(NAND(x1, x2), OR(x1, x2))


def test_weighted_sums_of_and() -> None:
    sums = [AND.weighted_sum(*x) for x in INPUTS]
    assert sums == pytest.approx([-0.7, -0.2, -0.2, 0.3])
    assert [step(z) for z in sums] == [0, 0, 0, 1]


def test_step_is_one_at_zero() -> None:
    # the lecture's rule: the perceptron fires when z >= 0, so z = 0 gives 1
    assert (step(-1e-12), step(0.0), step(1e-12)) == (0, 1, 1)
    assert step(-0.0) == 1
    assert Perceptron((1.0, 1.0), -1.0)(1, 0) == 1  # 1 + 0 - 1 = 0 >= 0
    assert Perceptron((1.0, 1.0), -1.0)(0, 0) == 0  # -1 < 0


@pytest.mark.parametrize("gate", [AND, NAND, OR])
def test_no_lecture_gate_input_lands_on_the_boundary(gate) -> None:
    """The rule at z = 0 (>= or >) cannot change the lecture's gates: no 0/1 input gives z = 0."""
    for x in itertools.product((0, 1), repeat=2):
        assert abs(gate.weighted_sum(*x)) > 0.05, (gate.name, x)
        assert gate(*x) == int(gate.weighted_sum(*x) > 0)  # the strict rule agrees
    for h in {XOR.hidden_outputs(*x) for x in INPUTS}:
        assert abs(AND.weighted_sum(*h)) > 0.05


def test_threshold_form_is_bias_minus_theta() -> None:
    theta = 0.7
    gate = Perceptron((0.5, 0.5), -theta)
    for x in INPUTS:
        assert gate(*x) == int(0.5 * x[0] + 0.5 * x[1] >= theta)


@given(
    st.lists(st.floats(-5, 5), min_size=2, max_size=2),
    st.floats(-5, 5),
    st.lists(st.floats(-5, 5), min_size=2, max_size=2),
)
def test_perceptron_matches_torch_heaviside(weights, bias, x) -> None:
    gate = Perceptron(tuple(weights), bias)
    z = torch.tensor(weights, dtype=torch.float64) @ torch.tensor(x, dtype=torch.float64) + bias
    # heaviside(z, 1) is 1 for z >= 0: the perceptron fires at z = 0 too
    expected = int(torch.heaviside(z, torch.tensor(1.0, dtype=torch.float64)).item())
    if abs(z.item()) > 1e-9:  # away from the line, where rounding could decide
        assert gate(*x) == expected


def test_no_single_line_computes_xor() -> None:
    """Search a grid of (w1, w2, b): every single perceptron gets a corner of XOR wrong."""
    values = [v / 4 for v in range(-8, 9)]
    for w1, w2, b in itertools.product(values, repeat=3):
        gate = Perceptron((w1, w2), b)
        assert [row[-1] for row in truth_table(gate)] != [0, 1, 1, 0]


def test_truth_table_of_three_inputs_and_of_plain_functions() -> None:
    majority = Perceptron((1, 1, 1), -1.5)
    table = truth_table(majority)
    assert len(table) == 8 and table[3] == (0, 1, 1, 1) and table[4] == (1, 0, 0, 0)
    assert truth_table(lambda a, b: a * b) == truth_table(AND)
    assert len(truth_table(lambda a: 1 - a, n_inputs=1)) == 2


def test_wrong_number_of_inputs_says_how_to_call() -> None:
    with pytest.raises(ValueError, match=r"expected 2 inputs.*got 3.*AND\(x1, x2\)"):
        AND(1, 0, 1)
    with pytest.raises(ValueError, match=r"XOR: expected 2 inputs"):
        XOR(1)


@pytest.mark.parametrize("bad", [math.nan, math.inf, "1", None, True, torch.tensor(1.0)])
def test_bad_input_is_named(bad) -> None:
    with pytest.raises(ValueError, match=r"input x2 must be a finite number"):
        OR(0, bad)


def test_bad_weights_and_layers_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one weight"):
        Perceptron((), 0.0)
    with pytest.raises(ValueError, match="finite numbers"):
        Perceptron((0.5, math.nan), 0.0)
    with pytest.raises(ValueError, match=r"3 weights but the hidden layer has 2"):
        TwoLayerPerceptron((NAND, OR), Perceptron((1, 1, 1), -2))
    with pytest.raises(ValueError, match=r"same number of inputs; got input counts \[2, 3\]"):
        TwoLayerPerceptron((NAND, Perceptron((1, 1, 1), 0)), AND)
    with pytest.raises(ValueError, match="n_inputs must be an integer >= 1"):
        truth_table(AND, n_inputs=0)


def test_gates_are_immutable() -> None:
    with pytest.raises(AttributeError):
        AND.bias = 0.0  # type: ignore[misc]
