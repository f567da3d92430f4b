"""Chapter 3 exercises: linear regression, its cost and gradient descent.

>>> from nnintro.exercises import ch03
>>> bool(ch03.q1.check(lambda pred, target: ((pred - target) ** 2).mean()))
True
>>> bool(ch03.q4.check(2 / 15))
True
"""

import torch

from nnintro.data import linear_toy, study_hours
from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4"]


def _number(value: object, what: tuple[str, str]) -> float:
    """Return ``value`` (a number or a one-element tensor) as a float, or raise Wrong."""
    if isinstance(value, torch.Tensor):
        if value.numel() != 1:
            raise Wrong(
                ko=f"{what[0]}: 숫자 하나여야 하는데 모양 {tuple(value.shape)}의 텐서입니다. 모든 항을 하나로 모으세요.",
                en=f"{what[1]} should be one number, got a tensor of shape {tuple(value.shape)}: reduce all the terms to one.",
            )
        return float(value.detach())
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Wrong(
            ko=f"{what[0]}: 숫자(또는 원소가 하나인 텐서)여야 하는데 {value!r}입니다.",
            en=f"{what[1]} should be a number (or a one-element tensor), got {value!r}.",
        )
    return float(value)


def _check_mse(mse) -> None:
    if not callable(mse):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(mse).__name__}입니다. 괄호 없이 `my_mse`처럼 씁니다.",
            en=f"Pass the function itself, not {type(mse).__name__}: write `my_mse`, without brackets.",
        )
    pred = torch.tensor([[27.0], [40.0], [53.0], [66.0]])  # y = 13x + 1 at x = 2, 3, 4, 5
    target = torch.tensor([[25.0], [50.0], [44.0], [61.0]])
    got = mse(pred, target)
    if got is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    if not isinstance(got, torch.Tensor) or got.numel() != 1:
        shape = tuple(got.shape) if isinstance(got, torch.Tensor) else type(got).__name__
        raise Wrong(
            ko=f"결과는 숫자 하나(원소가 하나인 텐서)여야 하는데 {shape}이 나왔습니다. 모든 오차를 하나로 모으세요.",
            en=f"The result should be one number (a one-element tensor), got {shape}: reduce all the errors to one.",
        )
    value = float(got)
    if abs(value - 210.0) < 1e-3:
        raise Wrong(
            ko="210은 제곱 오차의 합입니다. 평균을 내려면 데이터 개수로 나누세요.",
            en="210 is the sum of the squared errors: divide by the number of examples for the mean.",
        )
    if abs(value - 52.5) > 1e-3:
        raise Wrong(
            ko=f"강의의 예제(오차 −2, 10, −9, −5)에서 52.5가 나와야 하는데 {value:g}이 나왔습니다. 오차를 제곱했나요?",
            en=f"The lecture's example (errors −2, 10, −9, −5) should give 52.5, got {value:g}. Did you square the errors?",
        )


q1 = Question(
    "ch03.q1",
    prompt={
        "ko": "예측 `pred`와 정답 `target`(둘 다 모양 $(n, 1)$의 텐서)을 받아 평균 제곱 오차(MSE)를 돌려주는 함수 `my_mse`를 "
        "`torch.nn.functional`을 쓰지 않고 작성하세요.",
        "en": "Write a function `my_mse` that takes predictions `pred` and targets `target` (tensors of shape $(n, 1)$) "
        "and returns the mean squared error, without `torch.nn.functional`.",
    },
    check=_check_mse,
    hint={
        "ko": "오차 `pred - target`을 제곱한 뒤 평균을 냅니다. 텐서의 `.mean()`을 쓰세요.",
        "en": "Square the errors `pred - target`, then take their mean with the tensor's `.mean()`.",
    },
    solution="def my_mse(pred, target):\n    return ((pred - target) ** 2).mean()",
    answer="my_mse",
)


# ---------------------------------------------------------------- q2: the gradient by hand


def _check_grad_w(grad_w) -> None:
    if not callable(grad_w):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(grad_w).__name__}입니다. 괄호 없이 `grad_W`처럼 씁니다.",
            en=f"Pass the function itself, not {type(grad_w).__name__}: write `grad_W`, without brackets.",
        )
    x, y = study_hours()
    w, b = 13.0, 1.0  # the worked example's line: errors H(x) - y are 2, -10, 9, 5
    got = grad_w(x, y, w, b)
    if got is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    value = _number(got, ("결과", "The result"))
    n, errors = len(x), (w * x + b - y).flatten()
    right = (2 / n * (errors * x.flatten()).sum()).item()  # 17.5
    known = [
        (
            right / 2,
            "8.75는 17.5의 절반입니다. $(H(x_i) - y_i)^2$을 미분하면 나오는 2를 빠뜨렸습니다.",
            "8.75 is half of 17.5: the 2 from differentiating $(H(x_i) - y_i)^2$ is missing.",
        ),
        (
            right * n,
            "70은 평균이 아니라 합에서 나온 값입니다. 비용이 평균이므로 기울기도 $n$으로 나눕니다.",
            "70 comes from a sum, not a mean: the cost is a mean, so its gradient is divided by $n$ too.",
        ),
        (
            right * n / 2,
            "35는 2도 빠지고 $n$으로 나누지도 않은 합입니다. 식 $\\frac{2}{n} \\sum_i$를 다시 보세요.",
            "35 is the sum without the 2 and without dividing by $n$: look again at $\\frac{2}{n} \\sum_i$.",
        ),
        (
            -right,
            "부호가 반대입니다. 오차를 $y_i - H(x_i)$로 잡았다면, 미분할 때 $-1$이 하나 더 나옵니다. $H(x_i) - y_i$로 쓰세요.",
            "The sign is flipped: with the error written as $y_i - H(x_i)$, differentiating brings one more factor $-1$. Write $H(x_i) - y_i$.",
        ),
        (
            (2 / n * errors.sum()).item(),
            "3은 $\\partial \\operatorname{cost} / \\partial b$입니다. $W$로 미분하면 연쇄 법칙에 따라 $x_i$가 곱해집니다.",
            "3 is $\\partial \\operatorname{cost} / \\partial b$: differentiating with respect to $W$, the chain rule multiplies each term by $x_i$.",
        ),
    ]
    if not close(value, right):
        for wrong, ko, en in known:
            if close(value, wrong):
                raise Wrong(ko=ko, en=en)
        raise Wrong(
            ko=f"공부 시간 예제의 직선 $13x + 1$에서 17.5가 나와야 하는데 {value:g}이(가) 나왔습니다. 오차 $H(x_i) - y_i$가 2, −10, 9, 5인지부터 확인하세요.",
            en=f"The study-hours line $13x + 1$ should give 17.5, got {value:g}. First check that the errors $H(x_i) - y_i$ are 2, −10, 9, 5.",
        )
    x, y = linear_toy()
    again = _number(grad_w(x, y, 0.5, 1.0), ("결과", "The result"))
    if not close(again, -10.0):
        raise Wrong(
            ko=f"공부 시간 예제는 맞지만, $x = 1, 2, 3$, $y = 2, 4, 6$, $W = 0.5$, $b = 1$에서는 −10이 나와야 하는데 {again:g}이(가) 나왔습니다. 데이터의 개수나 값을 함수 안에 직접 적지 않았나요?",
            en=f"Right for the study hours, but $x = 1, 2, 3$, $y = 2, 4, 6$, $W = 0.5$, $b = 1$ should give −10, got {again:g}. Did you write the number of examples or their values into the function?",
        )


q2 = Question(
    "ch03.q2",
    prompt={
        "ko": "입력 `x`, 정답 `y`(모양 $(n, 1)$의 텐서)와 숫자 `W`, `b`를 받아 평균 제곱 오차의 $W$에 대한 기울기 "
        "$\\frac{\\partial \\operatorname{cost}}{\\partial W} = \\frac{2}{n} \\sum_{i=1}^{n} (W x_i + b - y_i)\\, x_i$를 돌려주는 "
        "함수 `grad_W(x, y, W, b)`를 autograd 없이 작성하세요.",
        "en": "Write a function `grad_W(x, y, W, b)` that takes inputs `x` and targets `y` (tensors of shape $(n, 1)$) and numbers "
        "`W` and `b`, and returns the gradient of the mean squared error with respect to $W$, "
        "$\\frac{\\partial \\operatorname{cost}}{\\partial W} = \\frac{2}{n} \\sum_{i=1}^{n} (W x_i + b - y_i)\\, x_i$, without autograd.",
    },
    check=_check_grad_w,
    hint={
        "ko": "합의 각 항은 세 가지의 곱입니다. 오차 $W x_i + b - y_i$, 입력 $x_i$, 그리고 앞의 $\\frac{2}{n}$입니다. 오차를 모양 $(n, 1)$의 텐서로 먼저 만들어 보세요.",
        "en": "Each term of the sum is a product of three things: the error $W x_i + b - y_i$, the input $x_i$, and the $\\frac{2}{n}$ in front. Make the errors a tensor of shape $(n, 1)$ first.",
    },
    solution="def grad_W(x, y, W, b):\n    return 2 * torch.mean((W * x + b - y) * x)",
    answer="grad_W",
)


# ---------------------------------------------------------------- q3: start right of the minimum

_START, _LR = (
    5.0,
    0.1,
)  # section 7's loop: x = 1, 2, 3, y = 2x, b = 0; the gradient is (28/3)(W - 2)


def _check_first_step(answer: object) -> None:
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        raise Wrong(
            ko="`(기울기, 한 걸음 뒤의 W)`처럼 숫자 두 개를 튜플로 넘겨 주세요.",
            en="Pass two numbers as a tuple: `(gradient, W after one step)`.",
        )
    gradient = _number(answer[0], ("기울기", "The gradient"))
    w_after = _number(answer[1], ("한 걸음 뒤의 W", "W after one step"))
    right = 28 / 3 * (_START - 2)  # 28
    if close(gradient, -right):
        raise Wrong(
            ko="기울기의 부호가 반대입니다. $W = 5$는 바닥 $W = 2$의 오른쪽이라서, $W$를 키우면 비용이 커집니다. 그러니 기울기는 양수입니다.",
            en="The gradient has the wrong sign: $W = 5$ is to the right of the bottom, $W = 2$, where increasing $W$ increases the cost, so the gradient is positive.",
        )
    if close(gradient, right / 2):
        raise Wrong(
            ko="기울기가 절반입니다. 7절의 코드처럼 `2 * torch.mean(...)`으로, 2를 곱했나요?",
            en="The gradient is half what it should be: did you multiply by 2, as in `2 * torch.mean(...)` in section 7?",
        )
    if not close(gradient, right):
        raise Wrong(
            ko=f"첫 걸음의 기울기는 {gradient:g}이(가) 아닙니다. 7절의 반복문에서 시작점만 `W = torch.full((1,), 5.0)`으로 바꿔 실행하고 Step 0 줄을 읽으세요.",
            en=f"The first gradient is not {gradient:g}. Run section 7's loop with only the start changed to `W = torch.full((1,), 5.0)` and read the line of step 0.",
        )
    if close(w_after, _START):
        raise Wrong(
            ko="5는 갱신하기 **전**의 $W$입니다. Step 0 줄은 갱신 전의 값을 출력하므로, 한 걸음 뒤의 $W$는 Step 1 줄에 있습니다.",
            en="5 is $W$ **before** the update: the line of step 0 prints the values before updating, so $W$ after one step is on the line of step 1.",
        )
    if close(w_after, _START + _LR * right):
        raise Wrong(
            ko="$W$가 커졌습니다. 갱신 식은 $W := W - \\alpha \\cdot$(기울기)로 기울기를 **빼므로**, 기울기가 양수이면 $W$는 작아져서 바닥 쪽으로 움직입니다.",
            en="$W$ went up. The update $W := W - \\alpha \\cdot$(gradient) **subtracts** the gradient, so with a positive gradient $W$ decreases, towards the bottom.",
        )
    if not close(w_after, _START - _LR * right):
        raise Wrong(
            ko=f"한 걸음 뒤의 $W$는 {w_after:g}이(가) 아닙니다. $W - \\alpha \\cdot$(기울기)를 학습률 $\\alpha = 0.1$로 계산해 보세요.",
            en=f"$W$ after one step is not {w_after:g}: compute $W - \\alpha \\cdot$(gradient) with the learning rate $\\alpha = 0.1$.",
        )


q3 = Question(
    "ch03.q3",
    prompt={
        "ko": "7절에서 직접 구현한 경사 하강법을 시작점만 최솟값의 오른쪽인 `W = torch.full((1,), 5.0)`으로 바꿔 실행하세요. "
        "첫 걸음의 기울기와 한 걸음 뒤의 $W$를 튜플 `first_step = (gradient, W_after)`로 넘기세요. "
        "기울기의 부호는 무엇이고, $W$는 어느 쪽으로 움직이나요?",
        "en": "Run the hand-written gradient descent of section 7 with only the start changed to `W = torch.full((1,), 5.0)`, "
        "to the right of the minimum. Pass the gradient of the first step and $W$ after one step as a tuple "
        "`first_step = (gradient, W_after)`. What is the sign of the gradient, and which way does $W$ move?",
    },
    check=_check_first_step,
    hint={
        "ko": "출력의 각 줄은 갱신하기 전의 $W$와 그 자리의 기울기입니다. 비용 곡선에서 $W = 5$는 바닥의 어느 쪽에 있나요?",
        "en": "Each printed line shows $W$ before its update and the gradient there. On the cost curve, which side of the bottom is $W = 5$?",
    },
    solution="x_train, y_train = torch.FloatTensor([[1], [2], [3]]), torch.FloatTensor([[2], [4], [6]])\n"
    "W = torch.full((1,), 5.0)\n"
    "gradient = 2 * torch.mean((x_train * W - y_train) * x_train)  # 28: positive\n"
    "W_after = W - 0.1 * gradient  # 2.2: W moves down, towards 2\n"
    "first_step = (gradient, W_after)",
    answer="first_step",
)


# ---------------------------------------------------------------- q4: the largest learning rate


def _check_limit(answer: object) -> None:
    limit = _number(answer, ("답", "The answer"))
    xs = [1.0, 2.0, 3.0, 4.0]
    c = 2 * sum(v * v for v in xs) / len(xs)  # 15
    if close(limit, 2 / c, tol=1e-3):
        return
    known = [
        (
            c,
            "15는 $c$입니다. 묻는 것은 학습률의 경계 $2/c$입니다.",
            "15 is $c$; the question asks for the learning-rate limit $2/c$.",
        ),
        (
            1 / c,
            "$1/c$는 한 걸음 만에 바닥에 닿는 학습률($1 - \\alpha c = 0$)입니다. 발산하기 시작하는 경계는 $1 - \\alpha c = -1$, 즉 $2/c$입니다.",
            "$1/c$ is the learning rate that lands on the bottom in one step ($1 - \\alpha c = 0$); divergence starts at $1 - \\alpha c = -1$, that is $2/c$.",
        ),
        (
            3 / 14,
            "$3/14$는 $x = 1, 2, 3$일 때의 경계입니다. $x$가 네 개가 되면 $c$를 다시 계산해야 합니다.",
            "$3/14$ is the limit for $x = 1, 2, 3$; with four values of $x$, compute $c$ again.",
        ),
        (
            2 / (2 * sum(v * v for v in xs)),
            "평균 대신 합을 썼습니다. $c = \\frac{2}{n} \\sum_i x_i^2$에서 $n = 4$로 나누세요.",
            "That uses the sum instead of the mean: $c = \\frac{2}{n} \\sum_i x_i^2$ divides by $n = 4$.",
        ),
        (
            2 / (c / 2),
            "$c$에서 2를 빠뜨렸습니다. $c = \\frac{2}{n} \\sum_i x_i^2$입니다.",
            "The 2 is missing from $c$: $c = \\frac{2}{n} \\sum_i x_i^2$.",
        ),
    ]
    for wrong, ko, en in known:
        if close(limit, wrong, tol=1e-3):
            raise Wrong(ko=ko, en=en)
    raise Wrong(
        ko=f"{limit:g}이(가) 나왔습니다. 먼저 $c = \\frac{{2}}{{n}} \\sum_i x_i^2$를 $x = 1, 2, 3, 4$로 계산하세요.",
        en=f"You got {limit:g}. First compute $c = \\frac{{2}}{{n}} \\sum_i x_i^2$ for $x = 1, 2, 3, 4$.",
    )


q4 = Question(
    "ch03.q4",
    prompt={
        "ko": "8.1절의 식으로, `x_train`이 `[[1], [2], [3], [4]]`이고 `y_train`이 `[[2], [4], [6], [8]]`일 때 $W$만 학습하는 경사 하강법이 "
        "수렴하는 학습률의 경계 $2/c$를 계산해 `limit`으로 넘기세요(소수점 아래 넷째 자리까지). 그다음 경계 바로 아래와 위의 학습률로 "
        "`nnintro.plot.descent_paths`를 그려 확인해 보세요.",
        "en": "Using the formula of section 8.1, compute the learning-rate limit $2/c$ below which gradient descent on $W$ alone converges "
        "when `x_train` is `[[1], [2], [3], [4]]` and `y_train` is `[[2], [4], [6], [8]]`, and pass it as `limit` (to four decimal places). "
        "Then check it by drawing `nnintro.plot.descent_paths` with learning rates just below and just above the limit.",
    },
    check=_check_limit,
    hint={
        "ko": "$c = \\frac{2}{n} \\sum_i x_i^2$입니다. $x$가 네 개이므로 $n = 4$이고, $1^2 + 2^2 + 3^2 + 4^2$를 먼저 구하세요.",
        "en": "$c = \\frac{2}{n} \\sum_i x_i^2$. There are four values of $x$, so $n = 4$; work out $1^2 + 2^2 + 3^2 + 4^2$ first.",
    },
    solution="x = torch.FloatTensor([[1], [2], [3], [4]])\n"
    "c = 2 * torch.mean(x**2)  # 15\n"
    "limit = 2 / c  # 0.1333",
    answer="limit",
)
