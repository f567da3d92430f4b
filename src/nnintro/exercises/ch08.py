"""Chapter 8 exercises: perceptrons' weights (NOR, a three-input AND), XOR from gates, and ln 2.

>>> from nnintro.exercises import ch08
>>> bool(ch08.q1.check((-1.0, -1.0, 0.5)))
True
>>> bool(ch08.q3.check(0.6931))
True
>>> bool(ch08.q4.check((1.0, 1.0, 1.0, -2.5)))
True
"""

import itertools
import math
from numbers import Real

import torch

from nnintro import gates
from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4"]

INPUTS = list(itertools.product((0, 1), repeat=2))  # (0, 0), (0, 1), (1, 0), (1, 1)
TABLES = {  # outputs on INPUTS
    "AND": [0, 0, 0, 1],
    "NAND": [1, 1, 1, 0],
    "OR": [0, 1, 1, 1],
    "NOR": [1, 0, 0, 0],
    "XOR": [0, 1, 1, 0],
    "XNOR": [1, 0, 0, 1],
}


def _number(value: object) -> bool:
    if isinstance(value, torch.Tensor) and value.numel() == 1:
        value = value.item()
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(value)


def _wrong_inputs(outputs: list[int], target: list[int]) -> str:
    return ", ".join(
        str(x) for x, got, want in zip(INPUTS, outputs, target, strict=True) if got != want
    )


# ---------------------------------------------------------------- q1: a NOR perceptron


def _perceptron(answer, n: int = 2, name: str = "NOR") -> gates.Perceptron:
    """The reader's answer as an n-input Perceptron: a Perceptron, (w1, ..., wn, b) or
    ((w1, ..., wn), b)."""
    if isinstance(answer, gates.Perceptron):
        if answer.n_inputs != n:
            raise Wrong(
                ko=f"입력이 {n}개인 게이트입니다. 가중치가 {answer.n_inputs}개인 퍼셉트론을 받았습니다.",
                en=f"The gate has {n} inputs; this perceptron has {answer.n_inputs} weights.",
            )
        return answer
    if (
        isinstance(answer, (tuple, list))
        and len(answer) == 2
        and isinstance(answer[0], (tuple, list))
    ):
        answer = (*answer[0], answer[1])
    if not (
        isinstance(answer, (tuple, list)) and len(answer) == n + 1 and all(map(_number, answer))
    ):
        names = ", ".join(f"w{i}" for i in range(1, n + 1))
        counts = {2: ("두", "세", "two", "three"), 3: ("세", "네", "three", "four")}[n]
        raise Wrong(
            ko=f"가중치 {counts[0]} 개와 편향을 `({names}, b)`처럼 숫자 {counts[1]} 개로 답하세요.",
            en=f"Answer with the {counts[2]} weights and the bias, {counts[3]} numbers like `({names}, b)`.",
        )
    *weights, b = (float(v) for v in answer)
    return gates.Perceptron(tuple(weights), b, name=name)


def _check_nor(answer) -> None:
    perceptron = _perceptron(answer)
    outputs = [perceptron(*x) for x in INPUTS]
    if outputs == TABLES["NOR"]:
        return
    sums = [perceptron.weighted_sum(*x) for x in INPUTS]
    on_line = [
        x
        for x, z, want in zip(INPUTS, sums, TABLES["NOR"], strict=True)
        if abs(z) < 1e-12 and not want
    ]
    if on_line:
        where = ", ".join(map(str, on_line))
        raise Wrong(
            ko=f"입력 {where}에서 z = 0입니다. 퍼셉트론은 z ≥ 0이면 1을 내므로(이 과정과 강의의 규칙) 여기서 1이 나옵니다. "
            "0이 나와야 하는 입력은 z < 0이 되도록 편향을 조금 낮추세요.",
            en=f"The input {where} gives z = 0. The perceptron fires when z ≥ 0 (the course's and the lecture's rule), so "
            "it outputs 1 there. Lower the bias a little so that the inputs that must give 0 have z < 0.",
        )
    for name, ko, en in (
        (
            "OR",
            "이것은 OR입니다. NOR은 OR의 반대(not OR)입니다. 가중치와 편향의 부호를 모두 뒤집으면 어떻게 될까요?",
            "This is OR. NOR is its opposite (not OR): what happens if you flip the sign of every weight and the bias?",
        ),
        (
            "NAND",
            "이것은 NAND입니다. 입력이 하나만 1이어도 0이 나와야 합니다. w1 + b < 0, w2 + b < 0이 되게 하세요.",
            "This is NAND. A single input of 1 must already give 0: make w1 + b < 0 and w2 + b < 0.",
        ),
        (
            "AND",
            "이것은 AND입니다. NOR은 두 입력이 모두 0일 때만 1입니다.",
            "This is AND. NOR is 1 only when both inputs are 0.",
        ),
    ):
        if outputs == TABLES[name]:
            raise Wrong(ko=ko, en=en)
    wrong = _wrong_inputs(outputs, TABLES["NOR"])
    raise Wrong(
        ko=f"입력 {wrong}에서 틀립니다(출력 {outputs}, NOR은 [1, 0, 0, 0]). 네 입력의 z를 계산해서 부호를 확인하세요.",
        en=f"Wrong at the input {wrong} (outputs {outputs}, NOR is [1, 0, 0, 0]): work out z for the four inputs and check its sign.",
    )


q1 = Question(
    "ch08.q1",
    prompt={
        "ko": "두 입력이 모두 0일 때만 1을 내는 NOR 게이트(진리표 $[1, 0, 0, 0]$)를 퍼셉트론 하나로 만드세요. 퍼셉트론은 "
        "$z = w_1 x_1 + w_2 x_2 + b \\ge 0$이면 1, 아니면 0을 냅니다. 가중치와 편향을 `(w1, w2, b)`로 답하세요.",
        "en": "Make a NOR gate, which outputs 1 only when both inputs are 0 (truth table $[1, 0, 0, 0]$), from one perceptron. "
        "The perceptron outputs 1 if $z = w_1 x_1 + w_2 x_2 + b \\ge 0$ and 0 otherwise. Answer with the weights and bias "
        "as `(w1, w2, b)`.",
    },
    check=_check_nor,
    hint={
        "ko": "입력 $(0, 0)$에서는 $z = b$입니다. $b$의 부호는? 입력 하나만 1이면 $z = w_1 + b$나 $w_2 + b$입니다. 이것은 0보다 작아야 합니다.",
        "en": "At the input $(0, 0)$, $z = b$: which sign must $b$ have? With one input at 1, $z = w_1 + b$ or $w_2 + b$, "
        "which must be below 0.",
    },
    solution="nor = (-1.0, -1.0, 0.5)  # z = 0.5, -0.5, -0.5, -1.5 on (0, 0), (0, 1), (1, 0), (1, 1)",
    answer="nor",
)


# ---------------------------------------------------------------- q2: XOR from NAND, OR and AND


def _check_xor(my_xor) -> None:
    if not callable(my_xor):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(my_xor).__name__}입니다. 괄호 없이 `my_xor`처럼 씁니다.",
            en=f"Pass the function itself, not {type(my_xor).__name__}: write `my_xor`, without brackets.",
        )
    outputs = []
    for x in INPUTS:
        y = my_xor(*x)
        if isinstance(y, torch.Tensor) and y.numel() == 1:
            y = y.item()
        if y is None:
            raise Wrong(
                ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
                en="Your function returns None: is a `return` missing?",
            )
        if isinstance(y, (tuple, list)):
            raise Wrong(
                ko=f"{x}에서 {y!r}처럼 값이 여러 개 나왔습니다. 은닉층의 두 출력을 마지막 게이트 하나에 넣어 0 또는 1 하나를 돌려주세요.",
                en=f"{x} gives several values, {y!r}: feed the hidden layer's two outputs into one last gate and return one 0 or 1.",
            )
        if y not in (0, 1):
            raise Wrong(
                ko=f"{x}에서 {y!r}이 나왔습니다. 게이트의 출력은 0 또는 1입니다.",
                en=f"{x} gives {y!r}: a gate outputs 0 or 1.",
            )
        outputs.append(int(y))
    if outputs == TABLES["XOR"]:
        return
    for name, ko, en in (
        (
            "XNOR",
            "출력이 XOR과 정반대입니다(XNOR). 은닉층은 맞으니 마지막 게이트를 다시 보세요. 두 조건이 '모두' 참일 때 1이어야 합니다.",
            "The outputs are exactly XOR's opposite (XNOR). The hidden layer is right; look at the last gate: it must give 1 "
            "when both conditions hold.",
        ),
        (
            "OR",
            "이것은 OR입니다. (1, 1)에서도 1이 나옵니다. '둘 다 1은 아니다'(NAND)라는 조건도 함께 요구하세요.",
            "This is OR: (1, 1) gives 1 too. Also require 'not both are 1' (NAND).",
        ),
        (
            "NAND",
            "이것은 NAND입니다. (0, 0)에서도 1이 나옵니다. '하나 이상이 1이다'(OR)라는 조건도 함께 요구하세요.",
            "This is NAND: (0, 0) gives 1 too. Also require 'at least one is 1' (OR).",
        ),
        (
            "AND",
            "이것은 AND입니다. (1, 1)에서만 1이 나옵니다. 은닉층에 AND 대신 '둘 다 1은 아니다'(NAND)를 넣어 보세요.",
            "This is AND: only (1, 1) gives 1. Put 'not both are 1' (NAND) in the hidden layer instead of AND.",
        ),
    ):
        if outputs == TABLES[name]:
            raise Wrong(ko=ko, en=en)
    if len(set(outputs)) == 1:
        raise Wrong(
            ko=f"네 입력 모두에서 {outputs[0]}이 나옵니다. 은닉층의 두 게이트가 서로 다른 조건('하나 이상', '둘 다는 아님')을 재야 합니다.",
            en=f"All four inputs give {outputs[0]}: the two hidden gates must test different conditions ('at least one', 'not both').",
        )
    raise Wrong(
        ko=f"입력 {_wrong_inputs(outputs, TABLES['XOR'])}에서 틀립니다(출력 {outputs}, XOR은 [0, 1, 1, 0]). 은닉층 (h1, h2)를 표로 적어 보세요.",
        en=f"Wrong at the input {_wrong_inputs(outputs, TABLES['XOR'])} (outputs {outputs}, XOR is [0, 1, 1, 0]): write "
        "down the hidden outputs (h1, h2) as a table.",
    )


q2 = Question(
    "ch08.q2",
    prompt={
        "ko": "`nnintro.gates`의 `AND`, `NAND`, `OR` 퍼셉트론만 조합해서 XOR을 계산하는 함수 `my_xor(x1, x2)`를 작성하세요. "
        "첫 층에 게이트 두 개, 둘째 층에 게이트 하나를 씁니다.",
        "en": "Write a function `my_xor(x1, x2)` that computes XOR by combining only the perceptrons `AND`, `NAND` and `OR` "
        "of `nnintro.gates`: two gates in the first layer, one in the second.",
    },
    check=_check_xor,
    hint={
        "ko": "XOR은 '하나 이상이 1이다'와 '둘 다 1은 아니다'가 동시에 참일 때 1입니다. 각 조건은 어느 게이트인가요?",
        "en": "XOR is 1 when 'at least one is 1' and 'not both are 1' hold at the same time. Which gate is each condition?",
    },
    solution="from nnintro.gates import AND, NAND, OR\n\n\n"
    "def my_xor(x1, x2):\n"
    "    h1 = NAND(x1, x2)  # not both are 1\n"
    "    h2 = OR(x1, x2)  # at least one is 1\n"
    "    return AND(h1, h2)",
    answer="my_xor",
)


# ---------------------------------------------------------------- q3: where the single layer stalls


def _check_stall(answer) -> None:
    ln2 = math.log(2)
    if close(answer, ln2, 5e-4):
        return
    mistakes = [
        (
            0.5,
            "0.5는 모델의 출력(확률)이자 정확도입니다. 비용은 출력 0.5의 이진 교차 엔트로피, −ln 0.5입니다.",
            "0.5 is the model's output (a probability), and its accuracy: the cost is the binary cross-entropy of the output 0.5, −ln 0.5.",
        ),
        (
            -ln2,
            "부호가 반대입니다. ln 0.5는 음수이고, 비용은 −ln 0.5입니다.",
            "The sign is flipped: ln 0.5 is negative, and the cost is −ln 0.5.",
        ),
        (
            math.log10(2),
            "log₁₀ 2입니다. 이진 교차 엔트로피의 로그는 자연로그 ln입니다(`torch.log`).",
            "That is log₁₀ 2: the binary cross-entropy's log is the natural log ln (`torch.log`).",
        ),
        (
            1.0,
            "log₂ 2 = 1입니다. 이진 교차 엔트로피의 로그는 자연로그 ln입니다(`torch.log`).",
            "That is log₂ 2 = 1: the binary cross-entropy's log is the natural log ln (`torch.log`).",
        ),
        (
            0.25,
            "0.25는 출력 0.5의 평균 제곱 오차(MSE)입니다. 이 실험의 비용은 이진 교차 엔트로피(BCE)입니다.",
            "0.25 is the mean squared error of the output 0.5: this experiment's cost is the binary cross-entropy (BCE).",
        ),
        (
            4 * ln2,
            "네 샘플의 비용을 더했습니다. 비용은 평균입니다.",
            "You added up the four samples' costs: the cost is their mean.",
        ),
        (
            0.0,
            "비용이 0이면 XOR을 풀었다는 뜻입니다. 한 층으로는 풀 수 없습니다.",
            "A cost of 0 would mean XOR is solved: one layer cannot solve it.",
        ),
    ]
    for mistaken, ko, en in mistakes:
        if close(answer, mistaken, 1e-3):
            raise Wrong(ko=ko, en=en)
    if close(answer, ln2, 1e-2):
        raise Wrong(
            ko="거의 맞았습니다. 소수점 넷째 자리까지 써 주세요.",
            en="Almost: give it to four decimal places.",
        )
    raise Wrong(
        ko="학습이 끝나면 네 입력 모두에서 출력이 0.5입니다. 정답이 1이든 0이든, 그 샘플의 이진 교차 엔트로피는 얼마인가요?",
        en="After training the output is 0.5 for all four inputs. Whether the answer is 1 or 0, what is that sample's "
        "binary cross-entropy?",
    )


q3 = Question(
    "ch08.q3",
    prompt={
        "ko": "강의의 실험처럼 `nn.Linear(2, 1)`과 시그모이드 한 층을 XOR의 네 점으로 학습하면, 이진 교차 엔트로피 비용이 어떤 값에서 "
        "멈춥니다. 그 값을 소수점 넷째 자리까지 숫자로 답하세요. 실행하기 전에 식으로 구해 보세요.",
        "en": "Trained on XOR's four points as in the lecture, one layer of `nn.Linear(2, 1)` and a sigmoid stops at some "
        "value of the binary cross-entropy cost. Give that value as a number to four decimal places; work it out from the "
        "formula before running anything.",
    },
    check=_check_stall,
    hint={
        "ko": "멈춘 모델의 가중치와 편향은 거의 0입니다. 그러면 $z$와 출력 $\\sigma(z)$는 얼마인가요?",
        "en": "The stalled model's weights and bias are almost 0. What are $z$ and the output $\\sigma(z)$ then?",
    },
    solution="import math\n\nstall = math.log(2)  # -ln 0.5 for every sample, whatever its answer",
    answer="stall",
)


# ---------------------------------------------------------------- q4: a three-input AND

INPUTS3 = list(itertools.product((0, 1), repeat=3))  # (0, 0, 0), (0, 0, 1), ..., (1, 1, 1)
AND3 = [int(all(x)) for x in INPUTS3]


def _check_and3(answer) -> None:
    perceptron = _perceptron(answer, 3, "AND3")
    outputs = [perceptron(*x) for x in INPUTS3]
    if outputs == AND3:
        return
    sums = [perceptron.weighted_sum(*x) for x in INPUTS3]
    on_line = [
        x for x, z, want in zip(INPUTS3, sums, AND3, strict=True) if abs(z) < 1e-12 and not want
    ]
    if on_line:
        where = ", ".join(map(str, on_line))
        raise Wrong(
            ko=f"입력 {where}에서 z = 0입니다. 퍼셉트론은 z ≥ 0이면 1을 내므로 여기서 1이 나옵니다. "
            "편향을 조금 낮춰서, 세 입력이 모두 1일 때만 z ≥ 0이 되게 하세요.",
            en=f"The input {where} gives z = 0. The perceptron fires when z ≥ 0, so it outputs 1 there. Lower the bias "
            "a little so that only all three inputs at 1 give z ≥ 0.",
        )
    if outputs[0] == 1:
        raise Wrong(
            ko="입력 (0, 0, 0)에서도 1이 나옵니다. 그때 z = b이므로 편향은 음수여야 합니다.",
            en="The input (0, 0, 0) gives 1 too. There z = b, so the bias must be negative.",
        )
    if outputs == [int(sum(x) >= 2) for x in INPUTS3]:
        raise Wrong(
            ko="입력 두 개만 1이어도 1이 나옵니다(다수결). 입력이 둘인 AND의 값을 그대로 쓰면 이렇게 됩니다. "
            "편향을 더 낮춰서, 1이 두 개일 때는 z < 0이 되게 하세요.",
            en="Two inputs at 1 already give 1 (a majority vote): that is what the two-input AND's values do here. "
            "Lower the bias so that two 1s still give z < 0.",
        )
    if not any(outputs):
        raise Wrong(
            ko="(1, 1, 1)에서도 0이 나옵니다. 편향이 너무 낮아서 세 가중치를 모두 더해도 z < 0입니다.",
            en="Even (1, 1, 1) gives 0: the bias is so low that all three weights together leave z < 0.",
        )
    wrong = ", ".join(
        str(x) for x, got, want in zip(INPUTS3, outputs, AND3, strict=True) if got != want
    )
    raise Wrong(
        ko=f"입력 {wrong}에서 틀립니다. 세 입력이 모두 1일 때만 1이어야 합니다. 여덟 입력의 z를 계산해 보세요.",
        en=f"Wrong at the input {wrong}: only all three inputs at 1 may give 1. Work out z for the eight inputs.",
    )


q4 = Question(
    "ch08.q4",
    prompt={
        "ko": "세 입력이 모두 1일 때만 1을 내는 세 입력 AND를 퍼셉트론 하나로 만드세요. 퍼셉트론은 "
        "$z = w_1 x_1 + w_2 x_2 + w_3 x_3 + b \\ge 0$이면 1을 냅니다. 가중치와 편향을 `(w1, w2, w3, b)`로 답하세요. "
        "`nnintro.gates.truth_table(nnintro.gates.Perceptron((w1, w2, w3), b))`로 여덟 줄의 진리표를 확인할 수 있습니다.",
        "en": "Make a three-input AND, which outputs 1 only when all three inputs are 1, from one perceptron. The "
        "perceptron outputs 1 if $z = w_1 x_1 + w_2 x_2 + w_3 x_3 + b \\ge 0$. Answer with the weights and bias as "
        "`(w1, w2, w3, b)`. `nnintro.gates.truth_table(nnintro.gates.Perceptron((w1, w2, w3), b))` shows the eight-row "
        "truth table.",
    },
    check=_check_and3,
    hint={
        "ko": "가중치를 모두 1로 두면 $z$는 (1의 개수) $+ b$입니다. 1이 세 개일 때는 $z \\ge 0$, 두 개일 때는 $z < 0$이 되는 $b$는?",
        "en": "With every weight 1, $z$ is (the number of 1s) $+ b$. Which $b$ gives $z \\ge 0$ for three 1s and $z < 0$ for two?",
    },
    solution="and3 = (1.0, 1.0, 1.0, -2.5)  # z = (number of 1s) - 2.5 >= 0 only for three 1s",
    answer="and3",
)
