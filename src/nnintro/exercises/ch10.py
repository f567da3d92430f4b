"""Chapter 10 exercises: the sigmoid's backward step, a gradient of the tiny network by hand, the
bound through sigmoid layers, gradients that accumulate, and the shape of a weight's gradient.

>>> import torch
>>> from nnintro.exercises import ch10
>>> bool(ch10.q1.check(lambda grad_out, out: grad_out * out * (1 - out)))
True
>>> bool(ch10.q5.check((512, 784)))
True
"""

import math

import torch

from nnintro import _checks
from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4", "q5"]


def _number(answer: object, what_ko: str, what_en: str) -> float:
    """``answer`` as a float (a Python number or a one-element tensor), else Wrong."""
    if isinstance(answer, torch.Tensor) and answer.numel() == 1:
        return float(answer)
    if isinstance(answer, (int, float)) and not isinstance(answer, bool):
        return float(answer)
    raise Wrong(
        ko=f"{what_ko}를 숫자 하나로 답하세요. 받은 것은 {answer!r}입니다.",
        en=f"Answer with {what_en}, one number; got {answer!r}.",
    )


# ---------------------------------------------------------------- q1: write sigmoid_backward


def _check_sigmoid_backward(fn) -> None:
    if not callable(fn):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(fn).__name__}입니다. 괄호 없이 `my_sigmoid_backward`처럼 씁니다.",
            en=f"Pass the function itself, not {type(fn).__name__}: write `my_sigmoid_backward`, without brackets.",
        )
    grad_out = torch.tensor([[1.0, -2.0], [0.5, 3.0]])
    out = torch.tensor([[0.5, 0.9], [0.2, 0.7]])
    got = fn(grad_out.clone(), out.clone())
    if got is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    got = _checks.as_tensor("check", "the result", got).to(torch.float32)
    expected = grad_out * out * (1 - out)
    if got.shape != expected.shape:
        raise Wrong(
            ko=f"결과의 모양은 `grad_out`과 같은 {tuple(expected.shape)}여야 하는데 {tuple(got.shape)}입니다. "
            "행렬 곱(`@`)이 아니라 원소별 곱(`*`)을 쓰세요.",
            en=f"The result must have the shape of `grad_out`, {tuple(expected.shape)}, got {tuple(got.shape)}: "
            "use the element-wise product `*`, not the matrix product `@`.",
        )
    if torch.allclose(got, expected, atol=1e-6):
        return
    s = torch.sigmoid(out)
    mistakes = [
        (
            out * (1 - out),
            "`grad_out`을 곱하지 않았습니다. 국소 도함수 $h(1 - h)$에 위에서 내려온 기울기를 곱해야 합니다.",
            "You did not multiply by `grad_out`: the local derivative $h(1 - h)$ times the gradient coming from above.",
        ),
        (
            grad_out * s * (1 - s),
            "`out`에 시그모이드를 한 번 더 적용했습니다. `out`은 이미 $h = \\sigma(z)$이므로 $h(1 - h)$를 바로 쓰면 됩니다.",
            "You applied the sigmoid to `out` again: `out` already is $h = \\sigma(z)$, so use $h(1 - h)$ directly.",
        ),
        (
            grad_out @ (out * (1 - out)),
            "행렬 곱(`@`)을 썼습니다. 원소마다 따로 곱하는 원소별 곱(`*`)을 쓰세요.",
            "You used the matrix product `@`: use the element-wise product `*`, one element at a time.",
        ),
        (
            grad_out * out,
            "$(1 - h)$를 빠뜨렸습니다. $\\sigma'(z) = h(1 - h)$입니다.",
            "The factor $(1 - h)$ is missing: $\\sigma'(z) = h(1 - h)$.",
        ),
        (
            grad_out * (1 - out),
            "$h$를 빠뜨렸습니다. $\\sigma'(z) = h(1 - h)$입니다.",
            "The factor $h$ is missing: $\\sigma'(z) = h(1 - h)$.",
        ),
    ]
    for wrong, ko, en in mistakes:
        if torch.allclose(got, wrong, atol=1e-6):
            raise Wrong(ko=ko, en=en)
    raise Wrong(
        ko="값이 다릅니다. 원소마다 `grad_out * out * (1 - out)`이 되어야 합니다. 예를 들어 `grad_out` 1, `out` 0.5이면 0.25입니다.",
        en="The values differ: each element should be `grad_out * out * (1 - out)`; e.g. `grad_out` 1 and `out` 0.5 "
        "give 0.25.",
    )


q1 = Question(
    "ch10.q1",
    prompt={
        "ko": "시그모이드 $h = \\sigma(z)$를 거슬러 올라가는 역전파 한 단계를 작성하세요. 함수 `my_sigmoid_backward(grad_out, out)`는 "
        "$\\partial L / \\partial h$(`grad_out`)와 순전파의 출력 $h$(`out`)를 받아 $\\partial L / \\partial z$를 돌려줍니다. "
        "$z$는 받지 않습니다.",
        "en": "Write one backward step through a sigmoid $h = \\sigma(z)$: the function `my_sigmoid_backward(grad_out, out)` "
        "takes $\\partial L / \\partial h$ (`grad_out`) and the forward pass's output $h$ (`out`) and returns "
        "$\\partial L / \\partial z$. It does not get $z$.",
    },
    check=_check_sigmoid_backward,
    hint={
        "ko": "연쇄 법칙: 위에서 내려온 기울기 × 국소 도함수. 시그모이드의 국소 도함수는 출력만으로 쓸 수 있습니다($\\sigma' = \\sigma(1 - \\sigma)$).",
        "en": "Chain rule: the gradient from above times the local derivative. The sigmoid's local derivative can be "
        "written with its output alone ($\\sigma' = \\sigma(1 - \\sigma)$).",
    },
    solution="def my_sigmoid_backward(grad_out, out):\n    return grad_out * out * (1 - out)",
    answer="my_sigmoid_backward",
)


# ---------------------------------------------------------------- q2: the tiny network with y = 0


def _tiny_gradients(y: float) -> dict[str, float]:
    """The theory page's tiny network (x = 2, w1 = 0.5, b1 = −1, w2 = 3, b2 = −1.5) with target y:
    the gradient of L with respect to each parameter, h and z2."""
    start = {"w1": 0.5, "b1": -1.0, "w2": 3.0, "b2": -1.5}
    p = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in start.items()}
    h = torch.sigmoid(p["w1"] * 2.0 + p["b1"])
    z2 = p["w2"] * h + p["b2"]
    h.retain_grad()
    z2.retain_grad()
    target = torch.tensor(y, dtype=torch.float64)
    torch.nn.functional.binary_cross_entropy(torch.sigmoid(z2), target).backward()
    return {**{k: t.grad.item() for k, t in p.items()}, "h": h.grad.item(), "z2": z2.grad.item()}


def _check_tiny_y0(answer) -> None:
    value = _number(answer, "$\\partial L / \\partial w_1$", "$\\partial L / \\partial w_1$")
    now, before = _tiny_gradients(0.0), _tiny_gradients(1.0)
    if close(value, now["w1"]):
        return
    mistakes = [
        (
            before["w1"],
            "그것은 $y = 1$일 때의 값이거나 부호가 반대입니다. 오차는 $\\hat y - y$(예측 − 정답)이고, $y = 0$이면 여기부터 달라집니다.",
            "That is the value for $y = 1$, or the sign is flipped: the error is $\\hat y - y$ (prediction − target), "
            "and with $y = 0$ it changes first.",
        ),
        (
            now["b1"],
            "그것은 $\\partial L / \\partial z_1$(또는 $b_1$의 기울기)입니다. $w_1$까지 가려면 $\\partial z_1 / \\partial w_1 = x$를 한 번 더 곱하세요.",
            "That is $\\partial L / \\partial z_1$ (or $b_1$'s gradient): multiply once more by $\\partial z_1 / \\partial w_1 = x$.",
        ),
        (
            now["h"],
            "그것은 $\\partial L / \\partial h$입니다. 시그모이드의 국소 도함수 $h(1 - h)$와 $x$를 더 곱해야 합니다.",
            "That is $\\partial L / \\partial h$: the sigmoid's local derivative $h(1 - h)$ and $x$ are still to be multiplied in.",
        ),
        (
            now["z2"],
            "그것은 출력층의 오차 $\\partial L / \\partial z_2 = \\hat y - y$입니다. 여기서 $w_1$까지 거슬러 올라가세요.",
            "That is the output error $\\partial L / \\partial z_2 = \\hat y - y$: go on back to $w_1$.",
        ),
    ]
    mistakes.append(
        (
            now["w1"] * 0.25,
            "출력의 $\\sigma'(z_2) = 0.25$를 한 번 더 곱했습니다. $\\hat y - y$는 이미 시그모이드와 BCE를 함께 미분한 값입니다.",
            "You multiplied by the output's $\\sigma'(z_2) = 0.25$ once more: $\\hat y - y$ already is the sigmoid and "
            "BCE differentiated together.",
        )
    )
    for wrong, ko, en in mistakes:
        if close(value, wrong):
            raise Wrong(ko=ko, en=en)
    raise Wrong(
        ko="다릅니다. 순전파 값은 $y$와 상관없이 그대로($h = \\hat y = 0.5$)이고, $\\hat y - y$부터 표를 다시 따라가세요.",
        en="Not quite. The forward values do not depend on $y$ ($h = \\hat y = 0.5$); follow the table again from $\\hat y - y$.",
    )


q2 = Question(
    "ch10.q2",
    prompt={
        "ko": "이론 페이지의 작은 네트워크($x = 2$, $w_1 = 0.5$, $b_1 = -1$, $w_2 = 3$, $b_2 = -1.5$)에서 정답만 $y = 0$으로 바꾸면 "
        "$\\partial L / \\partial w_1$은 얼마일까요? 손으로 구한 뒤 autograd로 확인하고 숫자로 답하세요.",
        "en": "In the theory page's tiny network ($x = 2$, $w_1 = 0.5$, $b_1 = -1$, $w_2 = 3$, $b_2 = -1.5$), change only the target "
        "to $y = 0$. What is $\\partial L / \\partial w_1$? Work it out by hand, check it with autograd, and answer with a number.",
    },
    check=_check_tiny_y0,
    hint={
        "ko": "순전파의 값은 바뀌지 않습니다. 시그모이드와 BCE를 함께 미분하면 $\\partial L / \\partial z_2 = \\hat y - y$이고, "
        "그다음은 이론 페이지의 표처럼 $w_2$, $h(1 - h)$, $x$를 차례로 곱합니다.",
        "en": "The forward values stay the same. Differentiating the sigmoid and BCE together gives "
        "$\\partial L / \\partial z_2 = \\hat y - y$; then, as in the theory page's table, multiply by $w_2$, $h(1 - h)$ and $x$.",
    },
    solution="dw1 = (0.5 - 0) * 3 * 0.25 * 2  # (ŷ − y) · w2 · h(1 − h) · x = 0.75",
    answer="dw1",
)


# ---------------------------------------------------------------- q3: the bound through k layers


def _check_bound(answer) -> None:
    value = _number(answer, "비율", "the factor")
    k = 5
    if close(value, 0.25**k, tol=1e-3):
        return
    mistakes = [
        (
            0.25 * k,
            "$1/4$에 5를 곱했습니다. 층마다 곱해지므로 거듭제곱 $(1/4)^5$입니다.",
            "You multiplied $1/4$ by 5: a factor per layer multiplies, so it is the power $(1/4)^5$.",
        ),
        (
            0.25 ** (k - 1),
            "하나 모자랍니다. 시그모이드 층 다섯 개를 모두 지나므로 $1/4$가 다섯 번 곱해집니다.",
            "One short: the gradient passes all five sigmoid layers, so $1/4$ multiplies five times.",
        ),
        (
            0.25 ** (k + 1),
            "하나 많습니다. 시그모이드 층은 다섯 개입니다.",
            "One too many: there are five sigmoid layers.",
        ),
        (
            0.5**k,
            "$\\sigma(0) = 1/2$는 시그모이드의 값입니다. 도함수의 최댓값은 $\\sigma'(0) = 1/2 \\cdot 1/2 = 1/4$입니다.",
            "$\\sigma(0) = 1/2$ is the sigmoid's value; its derivative is at most $\\sigma'(0) = 1/2 \\cdot 1/2 = 1/4$.",
        ),
        (
            1.0,
            "1은 ReLU가 켜져 있을 때의 값입니다. 시그모이드의 도함수는 많아야 $1/4$입니다.",
            "1 is what a ReLU that is on passes; the sigmoid's derivative is at most $1/4$.",
        ),
        (
            4.0**k,
            "거꾸로 뒤집었습니다. 기울기는 줄어드니 1보다 작은 수가 답입니다.",
            "Upside down: the gradient shrinks, so the answer is below 1.",
        ),
    ]
    for wrong, ko, en in mistakes:
        if close(value, wrong, tol=1e-3):
            raise Wrong(ko=ko, en=en)
    raise Wrong(
        ko="층마다 많아야 $\\sigma' \\le 1/4$와 가중치 1이 곱해집니다. 다섯 층이면 몇 배일까요?",
        en="Each layer multiplies by at most $\\sigma' \\le 1/4$ and a weight of 1. What factor do five layers give?",
    )


q3 = Question(
    "ch10.q3",
    prompt={
        "ko": "유닛이 하나씩인 시그모이드 층 5개를 잇고 가중치를 모두 1로 두었습니다. 출력에서 입력까지 거슬러 올라가면 기울기는 많아야 몇 배가 될까요? "
        "숫자로 답하세요(분수는 `1 / 8`처럼 계산식으로 써도 됩니다).",
        "en": "Five sigmoid layers of one unit each are chained, every weight 1. Going back from the output to the input, at "
        "most what factor of the gradient arrives? Answer with a number (a fraction may be written as an expression, "
        "like `1 / 8`).",
    },
    check=_check_bound,
    hint={
        "ko": "연쇄 법칙으로 층마다 $\\sigma'(z_l) \\, w_l$이 곱해집니다. $\\sigma'$의 최댓값은 9장에서 구했습니다.",
        "en": "By the chain rule every layer multiplies in $\\sigma'(z_l) \\, w_l$. Chapter 9 found the largest value of $\\sigma'$.",
    },
    solution="factor = (1 / 4) ** 5  # = 1/1024",
    answer="factor",
)


# ---------------------------------------------------------------- q4: backward twice


def _check_twice(answer) -> None:
    if answer is None:
        raise Wrong(
            ko="`w1.grad`가 None입니다. `w1`을 `requires_grad=True`로 만들고 `backward()`를 불렀나요?",
            en="`w1.grad` is None: did you create `w1` with `requires_grad=True` and call `backward()`?",
        )
    value = _number(answer, "`w1.grad`", "`w1.grad`")
    once = -0.75
    if close(value, 2 * once):
        return
    if close(value, once):
        raise Wrong(
            ko="한 번의 값(−0.75)입니다. 순전파와 `backward()`를 두 번 하고, 그 사이에 `.grad`를 지우지 마세요.",
            en="That is the value of one pass (−0.75): do the forward pass and `backward()` twice, without clearing "
            "`.grad` in between.",
        )
    if close(value, 3 * once):
        raise Wrong(
            ko="세 번 더해졌습니다. 순전파와 `backward()`를 두 번만 하세요. 셀을 여러 번 실행했다면 `w1`을 다시 만드세요.",
            en="It was added three times: do the forward pass and `backward()` twice only. If you ran the cell more than "
            "once, create `w1` again.",
        )
    if close(value, 0.0):
        raise Wrong(
            ko="0입니다. `zero_grad()`나 `w1.grad.zero_()`로 지운 뒤에 넘겼나요? 지우지 않을 때 어떻게 되는지가 질문입니다.",
            en="It is 0: did you clear it with `zero_grad()` or `w1.grad.zero_()` before passing it? The question is what "
            "happens without clearing.",
        )
    raise Wrong(
        ko="이론 페이지의 작은 네트워크 값($x = 2$, $y = 1$, $w_1 = 0.5$, ...)을 그대로 썼는지 확인하세요. 한 번의 $\\partial L / \\partial w_1$은 −0.75입니다.",
        en="Check that you used the theory page's tiny network ($x = 2$, $y = 1$, $w_1 = 0.5$, ...): one pass gives "
        "$\\partial L / \\partial w_1 = -0.75$.",
    )


q4 = Question(
    "ch10.q4",
    prompt={
        "ko": "이론 페이지의 작은 네트워크를 만들고 순전파와 `L.backward()`를 **두 번** 하되, 그 사이에 `.grad`를 지우지 마세요. "
        "그다음 `w1.grad`를 넘기세요. 무엇이 나올지 먼저 예측해 보세요.",
        "en": "Build the theory page's tiny network and do the forward pass and `L.backward()` **twice**, without clearing "
        "`.grad` in between; then pass `w1.grad`. Predict the result first.",
    },
    check=_check_twice,
    hint={
        "ko": "같은 그래프에 `backward()`를 두 번 부르면 오류가 납니다. 순전파(`h = ...`부터 `L = ...`까지)를 다시 한 뒤 `backward()`를 부르세요. "
        "`backward()`는 `.grad`를 덮어쓸까요, 더할까요?",
        "en": "Calling `backward()` twice on the same graph is an error: redo the forward pass (from `h = ...` to `L = ...`) "
        "before each `backward()`. Does `backward()` overwrite `.grad`, or add to it?",
    },
    solution=(
        "import torch.nn.functional as F\n\n"
        "x, y = torch.tensor(2.0), torch.tensor(1.0)\n"
        "w1 = torch.tensor(0.5, requires_grad=True)\n"
        "b1 = torch.tensor(-1.0, requires_grad=True)\n"
        "w2 = torch.tensor(3.0, requires_grad=True)\n"
        "b2 = torch.tensor(-1.5, requires_grad=True)\n"
        "for _ in range(2):\n"
        "    h = torch.sigmoid(w1 * x + b1)\n"
        "    y_hat = torch.sigmoid(w2 * h + b2)\n"
        "    L = F.binary_cross_entropy(y_hat, y)\n"
        "    L.backward()\n"
        "print(w1.grad)  # tensor(-1.5000): −0.75 added twice"
    ),
    answer="w1.grad",
)


# ---------------------------------------------------------------- q5: the shape of a weight's gradient


def _check_shape(answer) -> None:
    if isinstance(answer, torch.Tensor):
        answer = tuple(answer.shape) if answer.dim() > 1 else answer.tolist()
    try:
        shape = tuple(int(d) for d in answer)
    except (TypeError, ValueError):
        raise Wrong(
            ko=f"모양을 `(행, 열)`처럼 튜플로 답하세요. 받은 것은 {answer!r}입니다.",
            en=f"Answer with the shape as a tuple, `(rows, columns)`; got {answer!r}.",
        ) from None
    if shape == (512, 784):
        return
    if shape == (784, 512):
        raise Wrong(
            ko="그것은 (입력 수, 출력 수)입니다. `nn.Linear`는 가중치를 (출력 수, 입력 수)로 저장하고, 기울기는 가중치와 같은 모양입니다.",
            en="That is (inputs, outputs). `nn.Linear` stores its weight as (outputs, inputs), and the gradient has the "
            "weight's shape.",
        )
    if shape in ((512,), (784,)):
        raise Wrong(
            ko="그것은 편향(또는 한 샘플)의 모양입니다. 가중치는 2차원입니다.",
            en="That is the shape of a bias (or of one sample); the weight is 2-D.",
        )
    if len(shape) == 1 and shape[0] == 512 * 784:
        raise Wrong(
            ko="원소의 개수는 맞지만 모양을 물었습니다. 행과 열 두 수로 답하세요.",
            en="That is the number of elements; the question asks for the shape, two numbers.",
        )
    if math.prod(shape) != 512 * 784 or len(shape) != 2:
        raise Wrong(
            ko="`nn.Linear(784, 512)`의 가중치는 입력 784개를 출력 512개로 보냅니다. 기울기는 가중치와 같은 모양입니다.",
            en="The weight of `nn.Linear(784, 512)` maps 784 inputs to 512 outputs; the gradient has the weight's shape.",
        )
    raise Wrong(
        ko="다시 생각해 보세요. (출력 수, 입력 수)입니다.", en="Think again: (outputs, inputs)."
    )


q5 = Question(
    "ch10.q5",
    prompt={
        "ko": "11장의 MLP의 첫 층 `nn.Linear(784, 512)`에서 `backward()` 뒤의 `layer.weight.grad`는 어떤 모양일까요? "
        "먼저 예측한 뒤 확인하고 튜플로 답하세요(`torch.Size`도 됩니다).",
        "en": "In the first layer of chapter 11's MLP, `nn.Linear(784, 512)`, what shape does `layer.weight.grad` have "
        "after `backward()`? Predict it, check it, and answer with a tuple (a `torch.Size` works too).",
    },
    check=_check_shape,
    hint={
        "ko": "기울기는 언제나 그 매개변수와 같은 모양입니다. `nn.Linear`의 가중치 모양 약속은 5장에서 봤습니다.",
        "en": "A gradient always has the shape of its parameter. Chapter 5 showed how `nn.Linear` shapes its weight.",
    },
    solution=(
        "import torch.nn as nn\n\n"
        "layer = nn.Linear(784, 512)\n"
        "layer(torch.randn(3, 784)).sum().backward()\n"
        "shape = tuple(layer.weight.grad.shape)  # (512, 784)"
    ),
    answer="shape",
)
