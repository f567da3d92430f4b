r"""Logic gates built from Rosenblatt's perceptron: AND, NAND, OR, and XOR from two layers of them.

A perceptron outputs 1 when the weighted sum of its inputs reaches a threshold $\theta$, else 0;
writing the bias as $b = -\theta$,

$$y = \operatorname{step}\Big(\sum_i w_i x_i + b\Big), \qquad
\operatorname{step}(z) = \begin{cases} 1 & z \ge 0 \\ 0 & z < 0. \end{cases}$$

At $z = 0$ exactly it fires (outputs 1), as the lecture writes it; no 0/1 input of the lecture's
gates lands on $z = 0$.

``AND``, ``NAND`` and ``OR`` are single perceptrons with the lecture's weights and biases. No
single perceptron computes XOR (its 1s cannot be cut off from its 0s by one line); two layers do:

$$\operatorname{XOR}(x_1, x_2) = \operatorname{AND}\big(\operatorname{NAND}(x_1, x_2),
\operatorname{OR}(x_1, x_2)\big).$$
"""

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from numbers import Real

from nnintro._checks import positive_int

__all__ = [
    "AND",
    "NAND",
    "OR",
    "XOR",
    "Gate",
    "Perceptron",
    "TwoLayerPerceptron",
    "step",
    "truth_table",
]


def step(z: float) -> int:
    r"""Return the step function's value: 1 if $z \ge 0$, else 0.

    $$\operatorname{step}(z) = \begin{cases} 1 & z \ge 0 \\ 0 & z < 0 \end{cases}$$

    Examples:
        >>> step(0.3), step(0.0), step(-0.2)
        (1, 1, 0)
    """
    return 1 if z >= 0 else 0


def _is_number(value: object) -> bool:
    """Return whether ``value`` is a finite real number (``bool`` does not count)."""
    return not isinstance(value, bool) and isinstance(value, Real) and math.isfinite(value)


def _check_inputs(name: str, inputs: Sequence[object], n_inputs: int) -> None:
    """Raise a ValueError naming the problem if ``inputs`` are not ``n_inputs`` finite numbers."""
    if len(inputs) != n_inputs:
        args = ", ".join(f"x{i + 1}" for i in range(n_inputs))
        raise ValueError(
            f"{name}: expected {n_inputs} inputs (one per weight), got {len(inputs)}: "
            f"{tuple(inputs)}; call it as {name}({args})"
        )
    for i, value in enumerate(inputs, start=1):
        if not _is_number(value):
            raise ValueError(
                f"{name}: input x{i} must be a finite number such as 0 or 1, got {value!r}; "
                "for a tensor, convert each element with .item()"
            )


@dataclass(frozen=True)
class Perceptron:
    r"""A perceptron: called on inputs $x$, it returns $\operatorname{step}(w \cdot x + b)$, 0 or 1.

    $$y = \operatorname{step}(w_1 x_1 + \dots + w_k x_k + b) =
    \begin{cases} 1 & w_1 x_1 + \dots + w_k x_k \ge \theta \\ 0 & \text{otherwise,} \end{cases}
    \qquad \theta = -b.$$

    Args:
        weights: the weights $w_1, \dots, w_k$, one per input.
        bias: the bias $b$, minus the threshold $\theta$.
        name: the name used in error messages and in ``repr``.

    Raises:
        ValueError: if there are no weights, or a weight or the bias is not a finite number.

    Examples:
        >>> gate = Perceptron((0.5, 0.5), -0.7)
        >>> gate(1, 1), gate(1, 0)
        (1, 0)
        >>> gate.weighted_sum(1, 1)  # 0.5 + 0.5 - 0.7
        0.30000000000000004
    """

    weights: tuple[float, ...]
    bias: float
    name: str = "Perceptron"

    def __post_init__(self) -> None:
        weights = tuple(self.weights)
        if not weights:
            raise ValueError(f"{self.name}: give at least one weight, e.g. weights=(0.5, 0.5)")
        if not all(_is_number(v) for v in (*weights, self.bias)):
            raise ValueError(
                f"{self.name}: weights and bias must be finite numbers, "
                f"got weights={weights!r}, bias={self.bias!r}"
            )
        object.__setattr__(self, "weights", weights)

    @property
    def n_inputs(self) -> int:
        """Return the number of inputs $k$ (one per weight)."""
        return len(self.weights)

    def weighted_sum(self, *inputs: float) -> float:
        r"""Return $z = w_1 x_1 + \dots + w_k x_k + b$, which the step function compares with 0."""
        _check_inputs(self.name, inputs, self.n_inputs)
        # z = Σ_i w_i x_i + b
        return sum(w * x for w, x in zip(self.weights, inputs, strict=True)) + self.bias

    def __call__(self, *inputs: float) -> int:
        r"""Return $\operatorname{step}(w \cdot x + b)$: 1 or 0."""
        return step(self.weighted_sum(*inputs))


@dataclass(frozen=True)
class TwoLayerPerceptron:
    r"""Perceptrons in two layers: called on $x$ it returns $\mathrm{out}(h_1(x), \dots, h_m(x))$.

    Every hidden perceptron $h_j$ sees all inputs; the output perceptron sees the hidden outputs.

    Args:
        hidden: the perceptrons of the hidden layer, all with the same number of inputs.
        output: the output perceptron, with one weight per hidden perceptron.
        name: the name used in error messages and in ``repr``.

    Raises:
        ValueError: if the layers do not fit together; the message names both sizes.

    Examples:
        >>> net = TwoLayerPerceptron((NAND, OR), AND, name="XOR")
        >>> net(0, 1), net(1, 1)
        (1, 0)
        >>> net.hidden_outputs(0, 1)  # (NAND(0, 1), OR(0, 1))
        (1, 1)
    """

    hidden: tuple[Perceptron, ...]
    output: Perceptron
    name: str = "TwoLayerPerceptron"

    def __post_init__(self) -> None:
        hidden = tuple(self.hidden)
        sizes = {p.n_inputs for p in hidden}
        if not hidden or len(sizes) != 1:
            raise ValueError(
                f"{self.name}: the hidden layer needs at least one perceptron, all with the same "
                f"number of inputs; got input counts {[p.n_inputs for p in hidden]}"
            )
        if self.output.n_inputs != len(hidden):
            raise ValueError(
                f"{self.name}: the output perceptron has {self.output.n_inputs} weights but the "
                f"hidden layer has {len(hidden)} perceptrons; give it one weight per hidden one"
            )
        object.__setattr__(self, "hidden", hidden)

    @property
    def n_inputs(self) -> int:
        """Return the number of inputs the network takes."""
        return self.hidden[0].n_inputs

    def hidden_outputs(self, *inputs: float) -> tuple[int, ...]:
        r"""Return the hidden layer's outputs $(h_1(x), \dots, h_m(x))$, each 0 or 1."""
        _check_inputs(self.name, inputs, self.n_inputs)
        return tuple(p(*inputs) for p in self.hidden)

    def __call__(self, *inputs: float) -> int:
        r"""Return $\mathrm{out}(h_1(x), \dots, h_m(x))$: 1 or 0."""
        return self.output(*self.hidden_outputs(*inputs))


# The lecture's weights (w1, w2) and biases b; any w, b with the same signs of w·x + b would do.
AND = Perceptron((0.5, 0.5), -0.7, name="AND")  # fires only when x1 + x2 >= 1.4
NAND = Perceptron((-0.5, -0.5), 0.7, name="NAND")  # AND with every sign flipped: NOT AND
OR = Perceptron((0.6, 0.6), -0.5, name="OR")  # fires when x1 + x2 >= 5/6
# XOR(x1, x2) = AND(NAND(x1, x2), OR(x1, x2)): "at least one" and "not both"
XOR = TwoLayerPerceptron((NAND, OR), AND, name="XOR")

Gate = Callable[..., int]  # what truth_table accepts: a function of 0/1 inputs returning 0 or 1


def truth_table(gate: Gate, n_inputs: int | None = None) -> list[tuple[int, ...]]:
    r"""Return the truth table of ``gate``: a row $(x_1, \dots, x_k, y)$ per 0/1 input combination.

    The rows run through $(0, \dots, 0)$ to $(1, \dots, 1)$ in binary order, $2^k$ rows in all.

    Args:
        gate: a ``Perceptron``, a ``TwoLayerPerceptron`` or any function of 0/1 inputs.
        n_inputs: the number of inputs $k$; by default the gate's ``n_inputs``, else 2.

    Examples:
        >>> truth_table(AND)
        [(0, 0, 0), (0, 1, 0), (1, 0, 0), (1, 1, 1)]
        >>> [row[-1] for row in truth_table(XOR)]
        [0, 1, 1, 0]
    """
    k = n_inputs if n_inputs is not None else getattr(gate, "n_inputs", 2)
    k = positive_int("truth_table", "n_inputs", k)
    return [(*x, gate(*x)) for x in itertools.product((0, 1), repeat=k)]
