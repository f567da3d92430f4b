"""Chapter 4 exercises: multivariable linear regression in matrix form, its gradient, standardizing.

>>> import torch
>>> from nnintro.exercises import ch04
>>> bool(ch04.q1.check((torch.zeros((3, 1), requires_grad=True), torch.zeros(1, requires_grad=True))))
True
"""

import torch
from torch import Tensor

from nnintro.data import quiz_scores
from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4"]


def _tensor(value: object, what: dict[str, str]) -> Tensor:
    """``value`` as a float tensor (a tensor, a list or a number), or Wrong naming ``what``."""
    if isinstance(value, Tensor):
        return value.detach().float()
    try:
        return torch.as_tensor(value, dtype=torch.float32)
    except (TypeError, ValueError, RuntimeError):
        raise Wrong(
            ko=f"{what['ko']}은(는) 텐서여야 하는데 {type(value).__name__}을(를) 받았습니다.",
            en=f"{what['en']} should be a tensor, got {type(value).__name__}.",
        ) from None


def _shape(t: Tensor) -> str:
    return str(tuple(t.shape))


# ---------------------------------------------------------------- q1: W and b with the right shapes


def _check_params(answer) -> None:
    if not isinstance(answer, (tuple, list)) or len(answer) != 2:
        raise Wrong(
            ko="`(W, b)`처럼 가중치와 편향 두 개를 괄호로 묶어 넘겨 주세요.",
            en="Pass the weight and the bias together, as `(W, b)`.",
        )
    w, b = answer
    if not isinstance(w, Tensor) or not isinstance(b, Tensor):
        raise Wrong(
            ko="`W`와 `b`는 `torch.zeros(...)`로 만든 텐서여야 합니다.",
            en="`W` and `b` should be tensors made with `torch.zeros(...)`.",
        )
    x, _ = quiz_scores()
    if tuple(w.shape) == (3,):
        raise Wrong(
            ko="`W`의 모양이 (3,)이면 `x_train @ W`가 (5, 1)이 아니라 (5,)가 됩니다. 정답 `y_train`(5, 1)과 "
            "빼면 브로드캐스팅으로 (5, 5)가 되어 비용이 틀립니다. 열벡터 (3, 1)로 만드세요.",
            en="With `W` of shape (3,), `x_train @ W` has shape (5,), not (5, 1); subtracting `y_train` "
            "(5, 1) then broadcasts to (5, 5) and the cost is wrong. Make `W` a (3, 1) column.",
        )
    if tuple(w.shape) == (1, 3):
        raise Wrong(
            ko="(5, 3) @ (1, 3)은 곱할 수 없습니다. 앞 행렬의 열 수(특성 3개)와 뒤 행렬의 행 수가 같아야 합니다. "
            "(1, 3)은 5장의 `nn.Linear`가 저장하는 모양이고, `x_train @ W`에는 (3, 1)이 필요합니다.",
            en="(5, 3) @ (1, 3) cannot be multiplied: the columns of the first (3 features) must equal the "
            "rows of the second. (1, 3) is how chapter 5's `nn.Linear` stores it; `x_train @ W` needs (3, 1).",
        )
    if w.dim() >= 1 and w.shape[0] == len(x):
        raise Wrong(
            ko=f"`W`의 모양이 {_shape(w)}입니다. 가중치는 학생마다가 아니라 **특성**(퀴즈)마다 하나씩입니다.",
            en=f"`W` has shape {_shape(w)}: there is one weight per **feature** (quiz), not per student.",
        )
    if tuple(w.shape) != (3, 1):
        raise Wrong(
            ko=f"`W`의 모양이 {_shape(w)}입니다. $(5 \\times 3)(? \\times ?) = (5 \\times 1)$이 되려면 어떤 모양이어야 할까요?",
            en=f"`W` has shape {_shape(w)}. What shape makes $(5 \\times 3)(? \\times ?) = (5 \\times 1)$?",
        )
    if b.numel() != 1:
        raise Wrong(
            ko=f"`b`의 모양이 {_shape(b)}입니다. 편향은 숫자 하나이고, 브로드캐스팅으로 다섯 행 모두에 더해집니다. "
            "`torch.zeros(1)`로 만드세요.",
            en=f"`b` has shape {_shape(b)}. The bias is one number, added to all five rows by broadcasting: "
            "make it with `torch.zeros(1)`.",
        )
    if not (w.requires_grad and b.requires_grad):
        which = "`W`" if not w.requires_grad else "`b`"
        raise Wrong(
            ko=f"{which}가 `requires_grad=True`가 아니라서 autograd가 기울기를 계산하지 않고, 학습되지 않습니다.",
            en=f"{which} lacks `requires_grad=True`, so autograd computes no gradient for it and it never learns.",
        )
    if w.detach().abs().sum() != 0 or b.detach().abs().sum() != 0:
        raise Wrong(
            ko="모양은 맞습니다. 강의처럼 모든 값을 0에서 시작하세요(`torch.zeros`).",
            en="The shapes are right. Start every value at 0, as the lecture does (`torch.zeros`).",
        )
    h = x @ w.detach() + b.detach()
    if tuple(h.shape) != (5, 1):  # cannot happen with the shapes above; kept as the last word
        raise Wrong(
            ko=f"`x_train @ W + b`의 모양이 {_shape(h)}입니다. (5, 1)이어야 합니다.",
            en=f"`x_train @ W + b` has shape {_shape(h)}; it should be (5, 1).",
        )


q1 = Question(
    "ch04.q1",
    prompt={
        "ko": "퀴즈 데이터 `x_train`의 모양은 (5, 3)입니다(학생 5명, 퀴즈 3개). `x_train @ W + b`가 학생마다 예측 하나, "
        "모양 (5, 1)을 내도록 가중치 `W`와 편향 `b`를 강의처럼 0으로, 학습할 수 있게(`requires_grad=True`) 만들고 "
        "`params = (W, b)`로 묶어 넘기세요.",
        "en": "The quiz data `x_train` have shape (5, 3) (5 students, 3 quizzes). Create the weight `W` and the "
        "bias `b`, zeros as in the lecture and trainable (`requires_grad=True`), so that `x_train @ W + b` gives "
        "one prediction per student, shape (5, 1). Pass them together as `params = (W, b)`.",
    },
    check=_check_params,
    hint={
        "ko": "모양의 규칙은 $(n \\times d)(d \\times 1) = (n \\times 1)$입니다. 가중치는 특성마다 하나, 편향은 모두 합쳐 하나입니다.",
        "en": "The shape rule is $(n \\times d)(d \\times 1) = (n \\times 1)$: one weight per feature, one bias in all.",
    },
    solution="W = torch.zeros((3, 1), requires_grad=True)\nb = torch.zeros(1, requires_grad=True)\nparams = (W, b)",
    answer="params",
)


# ---------------------------------------------------------------- q2: predict a score by hand

_W2 = (0.8, 0.4, 0.8)
_B2 = 4.0


def _check_prediction(answer) -> None:
    x, _ = quiz_scores()
    first = x[0].tolist()  # 73, 80, 75
    expected = sum(w * v for w, v in zip(_W2, first, strict=True)) + _B2  # 154.4
    if isinstance(answer, Tensor) and answer.numel() == 5:
        raise Wrong(
            ko="다섯 학생의 예측을 모두 넘겼습니다. 첫 번째 학생(73, 80, 75)의 예측 하나만 넘겨 주세요.",
            en="That is all five students' predictions: pass only the first student's (73, 80, 75).",
        )
    if close(answer, expected - _B2):
        raise Wrong(
            ko="편향 $b = 4$를 더하는 것을 잊었습니다.",
            en="You forgot to add the bias $b = 4$.",
        )
    if close(answer, expected):
        return
    try:
        value = float(answer)
    except (TypeError, ValueError):
        raise Wrong(
            ko=f"숫자 하나(또는 원소가 하나인 텐서)를 넘겨 주세요. 받은 것은 {type(answer).__name__}입니다.",
            en=f"Pass one number (or a one-element tensor), not {type(answer).__name__}.",
        ) from None
    for row, scores in enumerate(x.tolist()[1:], start=2):
        if close(value, sum(w * v for w, v in zip(_W2, scores, strict=True)) + _B2):
            raise Wrong(
                ko=f"{row}번째 학생의 예측입니다. 첫 번째 학생(73, 80, 75)의 예측을 구하세요.",
                en=f"That is student {row}'s prediction; the question asks for the first (73, 80, 75).",
            )
    raise Wrong(
        ko=f"{value:g}은(는) 아닙니다. 퀴즈 점수마다 그 가중치를 곱해 더한 뒤 편향을 더하세요: "
        "$w_1 x_1 + w_2 x_2 + w_3 x_3 + b$.",
        en=f"Not {value:g}. Multiply each quiz score by its weight, add them up, then add the bias: "
        "$w_1 x_1 + w_2 x_2 + w_3 x_3 + b$.",
    )


q2 = Question(
    "ch04.q2",
    prompt={
        "ko": "가중치가 $W = (0.8, 0.4, 0.8)^\\top$, 편향이 $b = 4$인 모델은 첫 번째 학생(퀴즈 73, 80, 75점)의 기말 점수를 "
        "얼마로 예측할까요? 손으로 계산하거나 코드로 구해서 숫자 하나로 넘기세요.",
        "en": "What final score does the model with weights $W = (0.8, 0.4, 0.8)^\\top$ and bias $b = 4$ predict "
        "for the first student (quizzes 73, 80, 75)? Work it out by hand or with code and pass one number.",
    },
    check=_check_prediction,
    hint={
        "ko": "$H(x) = w_1 x_1 + w_2 x_2 + w_3 x_3 + b$입니다. 코드로는 `x_train[:1] @ W + b`입니다.",
        "en": "$H(x) = w_1 x_1 + w_2 x_2 + w_3 x_3 + b$; in code, `x_train[:1] @ W + b`.",
    },
    solution="W = torch.tensor([[0.8], [0.4], [0.8]])\nb = 4\nscore = (torch.tensor([[73.0, 80.0, 75.0]]) @ W + b).item()",
    answer="score",
)


# ---------------------------------------------------------------- q3: the gradient in matrix form

_W3 = torch.tensor([[0.5], [0.5], [1.0]])
_B3 = torch.tensor([1.0])


def _reference_grad(x: Tensor, y: Tensor, w: Tensor, b: Tensor) -> tuple[Tensor, Tensor]:
    """The gradient of the MSE at (w, b), by autograd."""
    w, b = w.clone().requires_grad_(True), b.clone().requires_grad_(True)
    torch.mean((x @ w + b - y) ** 2).backward()
    return w.grad, b.grad


def _check_grad(my_grad) -> None:
    if not callable(my_grad):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(my_grad).__name__}입니다. 괄호 없이 `my_grad`처럼 씁니다.",
            en=f"Pass the function itself, not {type(my_grad).__name__}: write `my_grad`, without brackets.",
        )
    x, y = quiz_scores()
    got = my_grad(x, y, _W3.clone(), _B3.clone())
    if got is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return grad_W, grad_b`를 빠뜨리지 않았나요?",
            en="Your function returns None: is `return grad_W, grad_b` missing?",
        )
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise Wrong(
            ko="`return grad_W, grad_b`처럼 두 기울기를 함께 돌려주세요.",
            en="Return both gradients, as `return grad_W, grad_b`.",
        )
    grad_w = _tensor(got[0], {"ko": "`grad_W`", "en": "`grad_W`"})
    grad_b = _tensor(got[1], {"ko": "`grad_b`", "en": "`grad_b`"})
    want_w, want_b = _reference_grad(x, y, _W3, _B3)
    if tuple(grad_w.shape) == (1, 3):
        raise Wrong(
            ko="`grad_W`의 모양이 (1, 3)입니다. 기울기는 `W`와 같은 모양 (3, 1)이어야 합니다. "
            "`error.T @ x` 대신 `x.T @ error`로 계산하세요.",
            en="`grad_W` has shape (1, 3); a gradient has the shape of `W`, (3, 1). "
            "Compute `x.T @ error` instead of `error.T @ x`.",
        )
    if tuple(grad_w.shape) != (3, 1):
        raise Wrong(
            ko=f"`grad_W`의 모양이 {_shape(grad_w)}입니다. `W`와 같은 (3, 1)이어야 합니다. "
            "오차를 특성 쪽으로 모으는 곱, $X^\\top e$를 쓰세요.",
            en=f"`grad_W` has shape {_shape(grad_w)}; it should be (3, 1), like `W`. "
            "Use the product that collects the errors per feature, $X^\\top e$.",
        )
    if grad_b.numel() != 1:
        raise Wrong(
            ko=f"`grad_b`의 모양이 {_shape(grad_b)}입니다. 편향은 하나이므로 기울기도 숫자 하나입니다. 오차를 모두 더하세요.",
            en=f"`grad_b` has shape {_shape(grad_b)}: one bias, so one number. Add up all the errors.",
        )

    def same(w: Tensor, b: Tensor) -> bool:
        return bool(torch.allclose(grad_w, w, rtol=1e-4, atol=1e-3)) and close(grad_b, b.item())

    if same(want_w, want_b):
        return
    if same(-want_w, -want_b):
        raise Wrong(
            ko="부호가 반대입니다. 오차는 `y - 예측`이 아니라 `예측 - y`, 곧 $e = XW + b - y$입니다.",
            en="The sign is flipped: the error is `prediction - y`, not `y - prediction`: $e = XW + b - y$.",
        )
    if same(want_w / 2, want_b / 2):
        raise Wrong(
            ko="정답의 절반입니다. 제곱 $e^2$을 미분하면 $2e$가 되므로 $\\frac{2}{n}$을 곱해야 합니다.",
            en="That is half the answer: the derivative of $e^2$ is $2e$, so the factor is $\\frac{2}{n}$.",
        )
    n = len(x)
    if same(want_w * n, want_b * n) or same(want_w * n / 2, want_b * n / 2):
        raise Wrong(
            ko=f"정답의 {n}배입니다(또는 그 절반). 비용이 평균 제곱 오차이므로 데이터 개수 $n = {n}$으로 나누세요.",
            en=f"That is {n} times the answer (or half that): the cost is a mean, so divide by $n = {n}$.",
        )
    no_bias_w, no_bias_b = _reference_grad(x, y, _W3, torch.zeros(1))
    if same(no_bias_w, no_bias_b):
        raise Wrong(
            ko="오차에 편향이 빠졌습니다. $e = XW + b - y$로, `b`까지 더한 예측에서 정답을 빼세요.",
            en="The bias is missing from the error: $e = XW + b - y$, so subtract the targets from the "
            "prediction with `b` added.",
        )
    if torch.allclose(grad_w, want_w, rtol=1e-4, atol=1e-3):
        raise Wrong(
            ko="`grad_W`는 맞습니다. `grad_b`는 $\\frac{2}{n}\\sum_i e_i$, 곧 오차에 아무것도 곱하지 않고 더한 값입니다.",
            en="`grad_W` is right. `grad_b` is $\\frac{2}{n}\\sum_i e_i$: the errors added up, multiplied by nothing.",
        )
    raise Wrong(
        ko="autograd의 값과 다릅니다. 오차 `error = x @ W + b - y`를 먼저 구한 뒤 "
        "$\\frac{2}{n} X^\\top e$와 $\\frac{2}{n}\\sum_i e_i$를 계산하세요.",
        en="This differs from autograd. First compute the errors `error = x @ W + b - y`, then "
        "$\\frac{2}{n} X^\\top e$ and $\\frac{2}{n}\\sum_i e_i$.",
    )


q3 = Question(
    "ch04.q3",
    prompt={
        "ko": "입력 `x`(n, 3), 정답 `y`(n, 1), 가중치 `W`(3, 1), 편향 `b`(1,)를 받아 평균 제곱 오차의 기울기 "
        "`(grad_W, grad_b)`를 돌려주는 함수 `my_grad`를 autograd 없이 작성하세요. 확인은 퀴즈 데이터에서 autograd의 값과 비교합니다.",
        "en": "Write a function `my_grad` that takes inputs `x` (n, 3), targets `y` (n, 1), weights `W` (3, 1) and "
        "bias `b` (1,) and returns the gradient of the mean squared error, `(grad_W, grad_b)`, without autograd. "
        "The check compares it with autograd on the quiz data.",
    },
    check=_check_grad,
    hint={
        "ko": "$e = XW + b - y$라고 하면 $\\frac{\\partial \\operatorname{cost}}{\\partial W} = \\frac{2}{n} X^\\top e$, "
        "$\\frac{\\partial \\operatorname{cost}}{\\partial b} = \\frac{2}{n} \\sum_i e_i$입니다. `x.T`가 $X^\\top$입니다.",
        "en": "With $e = XW + b - y$: $\\frac{\\partial \\operatorname{cost}}{\\partial W} = \\frac{2}{n} X^\\top e$ and "
        "$\\frac{\\partial \\operatorname{cost}}{\\partial b} = \\frac{2}{n} \\sum_i e_i$. `x.T` is $X^\\top$.",
    },
    solution="def my_grad(x, y, W, b):\n"
    "    n = len(x)\n"
    "    error = x @ W + b - y\n"
    "    grad_W = 2 / n * x.T @ error\n"
    "    grad_b = 2 / n * error.sum(dim=0)\n"
    "    return grad_W, grad_b",
    answer="my_grad",
)


# ---------------------------------------------------------------- q4: standardize the features


def _check_standardize(my_standardize) -> None:
    if not callable(my_standardize):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(my_standardize).__name__}입니다.",
            en=f"Pass the function itself, not {type(my_standardize).__name__}.",
        )
    x, _ = quiz_scores()
    got = my_standardize(x.clone())
    if got is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    if isinstance(got, (tuple, list)):  # (z, mean, std), like nnintro.functional.standardize
        got = got[0]
    z = _tensor(got, {"ko": "결과", "en": "The result"})
    if z.shape != x.shape:
        raise Wrong(
            ko=f"결과의 모양이 {_shape(z)}입니다. 입력과 같은 (5, 3)이어야 합니다. 평균과 표준편차를 빼고 나눈 `z`를 돌려주세요.",
            en=f"The result has shape {_shape(z)}; it should be (5, 3), like the input. Return `z`, "
            "not the mean or the standard deviation.",
        )
    mean, std = x.mean(dim=0), x.std(dim=0, correction=0)
    want = (x - mean) / std

    def same(t: Tensor) -> bool:
        return bool(torch.allclose(z, t, atol=1e-4))

    if same(want):
        return
    if same((x - mean) / x.std(dim=0)):
        raise Wrong(
            ko="`x.std(dim=0)`은 기본값으로 $n - 1$로 나눕니다. 이 장의 $\\sigma$는 $n$으로 나누므로 "
            "`x.std(dim=0, correction=0)`을 쓰세요.",
            en="`x.std(dim=0)` divides by $n - 1$ by default; this chapter's $\\sigma$ divides by $n$: "
            "use `x.std(dim=0, correction=0)`.",
        )
    if same((x - x.mean()) / x.std(correction=0)) or same((x - x.mean()) / x.std()):
        raise Wrong(
            ko="모든 값을 한꺼번에 평균 냈습니다. 특성(열)마다 따로 구하도록 `dim=0`을 주세요.",
            en="You took the mean over all values at once: compute it per feature (column) with `dim=0`.",
        )
    by_row = x.mean(dim=1, keepdim=True)
    if same((x - by_row) / x.std(dim=1, keepdim=True, correction=0)) or same(
        (x - by_row) / x.std(dim=1, keepdim=True)
    ):
        raise Wrong(
            ko="학생(행)마다 평균을 냈습니다. 표준화는 특성(열)마다 하므로 `dim=1`이 아니라 `dim=0`입니다.",
            en="You took the mean per student (row). Standardizing works per feature (column): `dim=0`, not `dim=1`.",
        )
    if same(x / std) or same(x / x.std(dim=0)):
        raise Wrong(
            ko="표준편차로 나누기 전에 평균 $\\mu_j$를 빼야 합니다.",
            en="Subtract the mean $\\mu_j$ before dividing by the standard deviation.",
        )
    if same(x - mean):
        raise Wrong(
            ko="평균은 뺐습니다. 이제 표준편차 $\\sigma_j$로 나누세요.",
            en="The mean is subtracted; now divide by the standard deviation $\\sigma_j$.",
        )
    if same((x - mean) / std**2):
        raise Wrong(
            ko="분산(표준편차의 제곱)으로 나눴습니다. 표준편차로 나누세요.",
            en="You divided by the variance (the squared standard deviation): divide by the standard deviation.",
        )
    raise Wrong(
        ko="표준화한 값이 다릅니다. 열마다 $z_{ij} = (x_{ij} - \\mu_j) / \\sigma_j$입니다. "
        "결과의 열마다 평균이 0, 표준편차가 1인지 확인해 보세요.",
        en="The standardized values differ. Per column, $z_{ij} = (x_{ij} - \\mu_j) / \\sigma_j$; check that "
        "every column of your result has mean 0 and standard deviation 1.",
    )


q4 = Question(
    "ch04.q4",
    prompt={
        "ko": "특성 `x`(n, d)를 받아 열(특성)마다 평균 0, 표준편차 1로 표준화한 `z`를 돌려주는 함수 `my_standardize`를 "
        "`nnintro.functional.standardize` 없이 작성하세요. 표준편차는 이론 페이지처럼 $n$으로 나눕니다.",
        "en": "Write a function `my_standardize` that takes features `x` (n, d) and returns `z`, each column "
        "(feature) shifted to mean 0 and scaled to standard deviation 1, without `nnintro.functional.standardize`. "
        "The standard deviation divides by $n$, as on the theory page.",
    },
    check=_check_standardize,
    hint={
        "ko": "`x.mean(dim=0)`은 열마다의 평균입니다. 표준편차에는 `correction=0`을 주어야 $n$으로 나눕니다.",
        "en": "`x.mean(dim=0)` is the mean of each column. Give the standard deviation `correction=0` to divide by $n$.",
    },
    solution="def my_standardize(x):\n"
    "    mean = x.mean(dim=0)\n"
    "    std = x.std(dim=0, correction=0)\n"
    "    return (x - mean) / std",
    answer="my_standardize",
)
