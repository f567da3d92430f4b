"""Chapter 9 exercises: counting parameters, two linear layers as one, the sigmoid's derivative,
and how many updates an epoch makes.

>>> from nnintro.exercises import ch09
>>> bool(ch09.q1.check(337))
True
>>> bool(ch09.q4.check((1, 3000, 60000)))
True
"""

import itertools
import math
from numbers import Real

import torch
from torch import nn

from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4"]


def _integer(value: object) -> int | None:
    """``value`` as an int if it is a whole number (a Python number or a one-element tensor)."""
    if isinstance(value, torch.Tensor) and value.numel() == 1:
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() else None


# ---------------------------------------------------------------- q1: counting parameters

_SIZES = [2, 16, 16, 1]  # the MLP of the theory page's batch-size comparison


def _check_count(answer) -> None:
    count = _integer(answer)
    if count is None:
        raise Wrong(
            ko=f"매개변수의 개수를 정수 하나로 답하세요. 받은 것은 {answer!r}입니다.",
            en=f"Answer with the number of parameters, one integer; got {answer!r}.",
        )
    pairs = list(itertools.pairwise(_SIZES))
    weights = sum(a * b for a, b in pairs)
    biases = sum(b for _, b in pairs)
    if count == weights + biases:
        return
    mistakes = {
        weights: (
            f"{weights}은 가중치만 센 것입니다. 층마다 출력 유닛 하나에 편향이 하나씩 있습니다.",
            f"{weights} counts the weights only: every layer also has one bias per output unit.",
        ),
        weights + biases + _SIZES[0]: (
            "입력층에도 편향을 붙였습니다. 편향은 가중치를 가진 층(은닉층과 출력층)의 유닛마다 하나씩입니다.",
            "You gave the input layer biases too: there is one bias per unit of each layer that has weights "
            "(the hidden layers and the output layer).",
        ),
        sum(_SIZES): (
            f"{sum(_SIZES)}은 유닛(노드)의 수입니다. 매개변수는 유닛을 잇는 가중치와 유닛마다의 편향입니다.",
            f"{sum(_SIZES)} is the number of units (nodes): the parameters are the weights joining units, and one "
            "bias per unit.",
        ),
        math.prod(_SIZES): (
            "층의 크기를 모두 곱했습니다. 이웃한 두 층 사이마다 가중치 d_l × d_(l−1)개가 있고, 그것들을 더합니다.",
            "You multiplied all the layer sizes: each pair of neighbouring layers has d_l × d_(l−1) weights, "
            "and those add up.",
        ),
    }
    if count in mistakes:
        ko, en = mistakes[count]
        raise Wrong(ko=ko, en=en)
    raise Wrong(
        ko="층마다 가중치 d_l × d_(l−1)개와 편향 d_l개를 세어 더하세요. 이웃한 층은 (2, 16), (16, 16), (16, 1)입니다.",
        en="Count d_l × d_(l−1) weights and d_l biases per layer and add them up. The neighbouring layers are "
        "(2, 16), (16, 16) and (16, 1).",
    )


q1 = Question(
    "ch09.q1",
    prompt={
        "ko": "이론 페이지에서 배치 크기를 비교할 때 쓴 2-16-16-1 MLP(입력 2개, 유닛 16개인 은닉층 2개, 출력 1개, 모든 층에 편향)의 "
        "매개변수는 모두 몇 개인가요? 손으로 세어 정수로 답하세요.",
        "en": "How many parameters does the 2-16-16-1 MLP of the theory page's batch-size comparison have (2 inputs, two "
        "hidden layers of 16 units, 1 output, every layer with biases)? Count them by hand and answer with an integer.",
    },
    check=_check_count,
    hint={
        "ko": "강의의 2-10-10-10-1은 $(2 \\cdot 10 + 10) + 2 \\times (10 \\cdot 10 + 10) + (10 \\cdot 1 + 1) = 261$개였습니다. "
        "같은 방법으로 세고, `sum(p.numel() for p in model.parameters())`로 확인해 보세요.",
        "en": "The lecture's 2-10-10-10-1 had $(2 \\cdot 10 + 10) + 2 \\times (10 \\cdot 10 + 10) + (10 \\cdot 1 + 1) = 261$. "
        "Count the same way, and check with `sum(p.numel() for p in model.parameters())`.",
    },
    solution="count = (2 * 16 + 16) + (16 * 16 + 16) + (16 * 1 + 1)  # 48 + 272 + 17 = 337",
    answer="count",
)


# ---------------------------------------------------------------- q2: two linear layers are one


def _layers() -> tuple[nn.Linear, nn.Linear]:
    """Linear(3, 4) then Linear(4, 2), with weights from a fixed generator (no global seed)."""
    generator = torch.Generator().manual_seed(9)
    first, second = nn.Linear(3, 4), nn.Linear(4, 2)
    with torch.no_grad():
        for layer in (first, second):
            layer.weight.copy_(torch.randn(layer.weight.shape, generator=generator))
            layer.bias.copy_(torch.randn(layer.bias.shape, generator=generator))
    return first, second


def _pair(answer) -> tuple[torch.Tensor, torch.Tensor]:
    if isinstance(answer, nn.Linear):
        return answer.weight.detach(), answer.bias.detach()
    if answer is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return W, b`를 빠뜨리지 않았나요?",
            en="Your function returns None: is `return W, b` missing?",
        )
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2):
        raise Wrong(
            ko="합친 층의 가중치와 편향 두 개를 `return W, b`처럼 돌려주세요.",
            en="Return the merged layer's weight and bias, two things: `return W, b`.",
        )
    try:
        return tuple(torch.as_tensor(t).detach().float() for t in answer)  # type: ignore[return-value]
    except (TypeError, ValueError, RuntimeError):
        raise Wrong(
            ko="W와 b는 텐서여야 합니다.",
            en="W and b must be tensors.",
        ) from None


def _check_combine(combine) -> None:
    if not callable(combine):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(combine).__name__}입니다. 괄호 없이 `combine`처럼 씁니다.",
            en=f"Pass the function itself, not {type(combine).__name__}: write `combine`, without brackets.",
        )
    first, second = _layers()
    try:
        w, b = _pair(combine(first, second))
    except RuntimeError as error:
        text = str(error)
        if "cannot be multiplied" in text:
            raise Wrong(
                ko="행렬 곱의 모양이 맞지 않습니다. `nn.Linear`의 가중치는 (출력 수, 입력 수)이고, 입력은 첫 층을 먼저 지나므로 "
                "W = W2 W1(`W2 @ W1`) 순서입니다.",
                en="The shapes do not multiply: `nn.Linear`'s weight is (outputs, inputs), and the input passes the first "
                "layer first, so W = W2 W1 (`W2 @ W1`), in that order.",
            ) from None
        if "must match the size" in text:
            raise Wrong(
                ko="b1(4개)과 b2(2개)는 크기가 달라 바로 더할 수 없습니다. b1은 첫 층의 출력에 더해진 뒤 둘째 층의 W2를 "
                "지나므로 W2 b1 + b2입니다.",
                en="b1 (4 values) and b2 (2 values) cannot be added directly: b1 is added to the first layer's "
                "output, which then passes W2, so the bias is W2 b1 + b2.",
            ) from None
        raise
    with torch.no_grad():
        w1, b1, w2, b2 = first.weight, first.bias, second.weight, second.bias
        expected_w, expected_b = w2 @ w1, w2 @ b1 + b2
    if tuple(w.shape) == (3, 2) and torch.allclose(w, expected_w.T, atol=1e-5):
        raise Wrong(
            ko="W가 전치되어 (3, 2)입니다. 두 층이 `nn.Linear`이므로 합친 층도 `nn.Linear`처럼 (출력 수, 입력 수) = (2, 3)이어야 합니다: "
            "`W2 @ W1`.",
            en="W is transposed, (3, 2): the layers are `nn.Linear`, so the merged one is too, (outputs, inputs) = (2, 3): "
            "`W2 @ W1`.",
        )
    if tuple(w.shape) != (2, 3):
        raise Wrong(
            ko=f"W의 모양은 (출력 2, 입력 3) = (2, 3)이어야 하는데 {tuple(w.shape)}입니다.",
            en=f"W should have shape (2 outputs, 3 inputs) = (2, 3), got {tuple(w.shape)}.",
        )
    if not torch.allclose(w, expected_w, atol=1e-5):
        raise Wrong(
            ko="W의 값이 틀립니다. 식 W2 (W1 x + b1) + b2를 전개해서 x에 곱해지는 행렬을 찾으세요.",
            en="W has the wrong values: expand W2 (W1 x + b1) + b2 and find the matrix that multiplies x.",
        )
    if b.numel() != 2:
        raise Wrong(
            ko=f"b는 출력마다 하나씩 2개여야 하는데 {b.numel()}개입니다.",
            en=f"b should hold 2 values, one per output, got {b.numel()}.",
        )
    b = b.reshape(2)
    for mistaken, ko, en in (
        (
            w2 @ b1,
            "b2를 더하지 않았습니다. 둘째 층도 편향을 더합니다.",
            "b2 is missing: the second layer adds its bias too.",
        ),
        (
            b2,
            "W2 b1이 빠졌습니다. 첫 층의 편향 b1도 둘째 층의 W2를 지나 출력에 들어갑니다.",
            "W2 b1 is missing: the first layer's bias b1 passes the second layer's W2 into the output too.",
        ),
    ):
        if torch.allclose(b, mistaken.detach(), atol=1e-5):
            raise Wrong(ko=ko, en=en)
    if not torch.allclose(b, expected_b.detach(), atol=1e-5):
        raise Wrong(
            ko="b의 값이 틀립니다. 식 W2 (W1 x + b1) + b2를 전개해서 x가 없는 항을 모으세요.",
            en="b has the wrong values: expand W2 (W1 x + b1) + b2 and collect the terms without x.",
        )


q2 = Question(
    "ch09.q2",
    prompt={
        "ko": "활성화 함수 없이 이어 붙인 두 층 `layer1 = nn.Linear(3, 4)`, `layer2 = nn.Linear(4, 2)`를 받아, 같은 일을 하는 층 하나의 "
        "가중치와 편향을 돌려주는 함수 `combine(layer1, layer2)`를 작성하세요(`return W, b`). `W`는 `nn.Linear`처럼 "
        "(출력 수, 입력 수) 모양입니다.",
        "en": "Write a function `combine(layer1, layer2)` that takes two layers chained without an activation, "
        "`layer1 = nn.Linear(3, 4)` and `layer2 = nn.Linear(4, 2)`, and returns the weight and bias of the single layer "
        "that does the same (`return W, b`), with `W` shaped like `nn.Linear`'s, (outputs, inputs).",
    },
    check=_check_combine,
    hint={
        "ko": "$W_2 (W_1 x + b_1) + b_2$를 전개하세요. 층의 가중치와 편향은 `layer1.weight`, `layer1.bias`입니다.",
        "en": "Expand $W_2 (W_1 x + b_1) + b_2$. A layer's weight and bias are `layer1.weight` and `layer1.bias`.",
    },
    solution="def combine(layer1, layer2):\n"
    "    W = layer2.weight @ layer1.weight  # (2, 4) @ (4, 3) = (2, 3)\n"
    "    b = layer2.weight @ layer1.bias + layer2.bias\n"
    "    return W, b",
    answer="combine",
)


# ---------------------------------------------------------------- q3: the sigmoid's derivative


def _check_sigmoid_bound(answer) -> None:
    if close(answer, 0.25, 1e-4):
        return
    for mistaken, ko, en in (
        (
            0.5,
            "0.5는 x = 0에서 시그모이드의 값 σ(0)입니다. 도함수 σ(x)(1 − σ(x))의 값을 구하세요.",
            "0.5 is the sigmoid's value at x = 0, σ(0): evaluate the derivative σ(x)(1 − σ(x)).",
        ),
        (
            1.0,
            "1은 tanh와 ReLU의 도함수의 최댓값입니다. 시그모이드는 더 작습니다.",
            "1 is the largest derivative of tanh and of ReLU: the sigmoid's is smaller.",
        ),
        (
            0.0,
            "0은 도함수가 다가가는 값(포화)입니다. 가장 큰 값은 x = 0에서 나옵니다.",
            "0 is where the derivative tends (saturation): its largest value is at x = 0.",
        ),
        (
            4.0,
            "4는 1/4의 역수입니다.",
            "4 is the reciprocal of 1/4.",
        ),
    ):
        if close(answer, mistaken, 1e-3):
            raise Wrong(ko=ko, en=en)
    raise Wrong(
        ko="σ'(x) = σ(x)(1 − σ(x))는 σ(x) = 0.5일 때 가장 큽니다. 그 값은?",
        en="σ'(x) = σ(x)(1 − σ(x)) is largest where σ(x) = 0.5. What is it there?",
    )


q3 = Question(
    "ch09.q3",
    prompt={
        "ko": "시그모이드의 도함수 $\\sigma'(x)$가 가질 수 있는 가장 큰 값은 얼마인가요? 숫자로 답하세요. 층을 하나 지날 때마다 "
        "기울기에 곱해지는 이 값이 기울기 소실의 원인입니다.",
        "en": "What is the largest value the sigmoid's derivative $\\sigma'(x)$ can take? Answer with a number. This factor, "
        "multiplied into the gradient at every layer, is behind vanishing gradients.",
    },
    check=_check_sigmoid_bound,
    hint={
        "ko": "$\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))$입니다. $p(1 - p)$는 $p$가 얼마일 때 가장 클까요?",
        "en": "$\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))$. For which $p$ is $p(1 - p)$ largest?",
    },
    solution="bound = 0.5 * (1 - 0.5)  # sigma(0) = 0.5, so sigma'(0) = 1/4",
    answer="bound",
)


# ---------------------------------------------------------------- q4: updates per epoch

_N = 60_000  # MNIST's training data, chapter 11


def _check_updates(answer) -> None:
    if isinstance(answer, torch.Tensor):
        answer = answer.flatten().tolist()
    if not (isinstance(answer, (tuple, list)) and len(answer) == 3):
        raise Wrong(
            ko="세 방식의 에폭당 갱신 횟수를 `(배치, 미니배치, 확률적)` 순서로 세 수를 묶어 답하세요.",
            en="Answer with the updates per epoch of the three methods as three numbers, in the order "
            "`(batch, mini-batch, stochastic)`.",
        )
    counts = [_integer(v) for v in answer]
    if None in counts:
        raise Wrong(
            ko="갱신 횟수는 정수입니다.",
            en="Numbers of updates are integers.",
        )
    expected = [1, _N // 20, _N]
    if counts == expected:
        return
    if counts == expected[::-1]:
        raise Wrong(
            ko="순서가 거꾸로입니다. `(배치, 미니배치, 확률적)` 순서로 답하세요. 배치 경사 하강법은 전체 데이터로 한 번 갱신합니다.",
            en="The order is reversed: answer `(batch, mini-batch, stochastic)`. Batch gradient descent makes one update "
            "from all the data.",
        )
    if counts[1] == 20:
        raise Wrong(
            ko="20은 한 번 갱신에 쓰는 샘플 수(배치 크기)입니다. 한 에폭에 갱신은 n / B번 일어납니다.",
            en="20 is the number of samples per update (the batch size): one epoch makes n / B updates.",
        )
    if counts[1] == _N * 20:
        raise Wrong(
            ko="n에 배치 크기를 곱했습니다. 한 에폭은 샘플을 한 번씩 보는 것이므로 갱신은 n / B번입니다.",
            en="You multiplied n by the batch size: an epoch sees each sample once, so it makes n / B updates.",
        )
    if counts[2] != _N:
        raise Wrong(
            ko="확률적 경사 하강법은 샘플 하나마다 갱신하므로 한 에폭에 n번 갱신합니다. `optim.SGD`라는 이름과 상관없이, "
            "한 걸음에 넘기는 데이터의 수가 방식을 정합니다.",
            en="Stochastic gradient descent updates once per sample, n times per epoch. Whatever the name `optim.SGD` "
            "says, the amount of data passed per step decides the method.",
        )
    if counts[0] != 1:
        raise Wrong(
            ko="배치 경사 하강법은 한 번 갱신에 전체 데이터를 쓰므로, 한 에폭에 한 번 갱신합니다.",
            en="Batch gradient descent uses all the data for one update, so it updates once per epoch.",
        )
    raise Wrong(
        ko="미니배치 경사 하강법은 한 에폭에 n / B번 갱신합니다.",
        en="Mini-batch gradient descent makes n / B updates per epoch.",
    )


q4 = Question(
    "ch09.q4",
    prompt={
        "ko": "11장의 MNIST 훈련 데이터는 $n = 60000$개입니다. 세 경우 모두 `optim.SGD`로 학습할 때, 한 에폭에 갱신이 몇 번 "
        "일어나나요? 배치 경사 하강법(전체 데이터), 미니배치 경사 하강법(`batch_size=20`), 확률적 경사 하강법(`batch_size=1`)의 "
        "순서로 `(a, b, c)`처럼 답하세요.",
        "en": "Chapter 11's MNIST training data are $n = 60000$ images. Training with `optim.SGD` in all three cases, how "
        "many updates does one epoch make with batch gradient descent (all the data), mini-batch gradient descent "
        "(`batch_size=20`) and stochastic gradient descent (`batch_size=1`)? Answer in that order, like `(a, b, c)`.",
    },
    check=_check_updates,
    hint={
        "ko": "한 에폭은 모든 샘플을 한 번씩 보는 것이고, 갱신 한 번에 샘플 $B$개를 씁니다. `optim.SGD`는 넘겨받은 데이터로 한 걸음 갈 "
        "뿐입니다.",
        "en": "An epoch sees every sample once, and each update uses $B$ samples. `optim.SGD` just takes one step with "
        "the data it is given.",
    },
    solution="updates = (1, 60000 // 20, 60000)  # n / B updates per epoch, B = n, 20, 1",
    answer="updates",
)
