"""Chapter 6 exercises: the sigmoid, the binary cross-entropy, the 0.5 rule and accuracy.

>>> import torch
>>> from nnintro.exercises import ch06
>>> bool(ch06.q1.check(lambda z: 1 / (1 + torch.exp(-z))))
True
"""

import math

import torch
from torch import Tensor

from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4"]


def _function(answer, name: str) -> None:
    if not callable(answer):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(answer).__name__}입니다. 괄호 없이 `{name}`처럼 씁니다.",
            en=f"Pass the function itself, not {type(answer).__name__}: write `{name}`, without brackets.",
        )


def _call(function, *args):
    """``function(*args)``; a math-module function given a tensor becomes a hint."""
    try:
        return function(*args)
    except (TypeError, ValueError) as error:  # math.exp(tensor): "only one element tensors ..."
        if any(s in str(error) for s in ("Tensor", "real number", "one element tensors")):
            raise Wrong(
                ko=f"텐서에 쓸 수 없는 함수를 썼습니다({error}). `math.exp`, `math.log` 대신 `torch.exp`, "
                "`torch.log`를 쓰세요.",
                en=f"A function that does not take tensors was used ({error}): use `torch.exp` and "
                "`torch.log` instead of `math.exp` and `math.log`.",
            ) from None
        raise


def _number(got, what: dict[str, str]) -> float:
    if got is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    if isinstance(got, Tensor) and got.numel() != 1:
        raise Wrong(
            ko=f"결과가 모양 {tuple(got.shape)}의 텐서입니다. {what['ko']}",
            en=f"The result is a tensor of shape {tuple(got.shape)}. {what['en']}",
        )
    try:
        return float(got)
    except (TypeError, ValueError):
        raise Wrong(
            ko=f"결과는 숫자 하나여야 하는데 {type(got).__name__}이(가) 나왔습니다.",
            en=f"The result should be one number, got {type(got).__name__}.",
        ) from None


# ---------------------------------------------------------------- q1: the sigmoid by hand

_Z = torch.tensor([-3.0, -1.0, 0.0, 0.5, 2.0, 5.0])


def _check_sigmoid(my_sigmoid) -> None:
    _function(my_sigmoid, "my_sigmoid")
    got = _call(my_sigmoid, _Z.clone())
    if got is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    if not isinstance(got, Tensor) or got.shape != _Z.shape:
        shape = tuple(got.shape) if isinstance(got, Tensor) else type(got).__name__
        raise Wrong(
            ko=f"입력 (6,)에 대해 {shape}이(가) 나왔습니다. 원소마다 시그모이드를 적용해 같은 모양의 텐서를 돌려주세요.",
            en=f"For an input of shape (6,) the result is {shape}: apply the sigmoid elementwise and return a "
            "tensor of the same shape.",
        )
    got = got.detach().float()

    def same(t: Tensor) -> bool:
        return bool(torch.allclose(got, t, atol=1e-5))

    if same(torch.sigmoid(_Z)):
        return
    if same(torch.sigmoid(-_Z)):
        raise Wrong(
            ko="$\\sigma(-z)$, 곧 $1 - \\sigma(z)$가 나왔습니다. 지수의 부호를 확인하세요: $e^{-z}$입니다. "
            "$z$가 클수록 결과가 1에 가까워야 합니다.",
            en="That is $\\sigma(-z)$, i.e. $1 - \\sigma(z)$. Check the sign of the exponent, $e^{-z}$: the "
            "larger $z$, the closer the result must be to 1.",
        )
    if same(1 + torch.exp(-_Z)):
        raise Wrong(
            ko="`1 / 1 + torch.exp(-z)`는 $1 + e^{-z}$로 계산됩니다. 분모 전체를 괄호로 묶으세요: `1 / (1 + torch.exp(-z))`.",
            en="`1 / 1 + torch.exp(-z)` computes $1 + e^{-z}$: put the whole denominator in brackets, "
            "`1 / (1 + torch.exp(-z))`.",
        )
    if abs(got[2].item() - 0.5) > 1e-5:
        raise Wrong(
            ko=f"$z = 0$에서 {got[2].item():g}이(가) 나왔습니다. $\\sigma(0) = 0.5$여야 합니다. "
            "식 $\\sigma(z) = 1 / (1 + e^{-z})$와 비교해 보세요.",
            en=f"At $z = 0$ the result is {got[2].item():g}; $\\sigma(0)$ must be 0.5. Compare with "
            "$\\sigma(z) = 1 / (1 + e^{-z})$.",
        )
    raise Wrong(
        ko="`torch.sigmoid`와 값이 다릅니다. $\\sigma(z) = 1 / (1 + e^{-z})$입니다.",
        en="The values differ from `torch.sigmoid`. $\\sigma(z) = 1 / (1 + e^{-z})$.",
    )


q1 = Question(
    "ch06.q1",
    prompt={
        "ko": "텐서 `z`를 받아 원소마다 시그모이드 $\\sigma(z) = \\frac{1}{1 + e^{-z}}$를 계산해 돌려주는 함수 "
        "`my_sigmoid`를 `torch.sigmoid` 없이 작성하세요.",
        "en": "Write a function `my_sigmoid` that takes a tensor `z` and returns the sigmoid "
        "$\\sigma(z) = \\frac{1}{1 + e^{-z}}$ of each element, without `torch.sigmoid`.",
    },
    check=_check_sigmoid,
    hint={
        "ko": "`torch.exp`는 텐서의 원소마다 지수를 계산합니다. 괄호의 위치에 주의하세요.",
        "en": "`torch.exp` takes the exponential of each element. Mind where the brackets go.",
    },
    solution="def my_sigmoid(z):\n    return 1 / (1 + torch.exp(-z))",
    answer="my_sigmoid",
)


# ---------------------------------------------------------------- q2: the binary cross-entropy

_P = torch.tensor([[0.1], [0.3], [0.8], [0.6], [0.9], [0.2]])
_Y = torch.tensor([[0.0], [1.0], [1.0], [0.0], [1.0], [0.0]])


def _bce(p: Tensor, y: Tensor, log=torch.log) -> Tensor:
    return -(y * log(p) + (1 - y) * log(1 - p))


def _check_bce(my_bce) -> None:
    _function(my_bce, "my_bce")
    got = _call(my_bce, _P.clone(), _Y.clone())
    if isinstance(got, Tensor) and got.shape == _P.shape:
        raise Wrong(
            ko="샘플마다의 비용 (6, 1)이 나왔습니다. 이진 교차 엔트로피는 그 평균, 숫자 하나입니다. `.mean()`을 붙이세요.",
            en="That is the cost of each sample, (6, 1). The binary cross-entropy is their mean, one number: "
            "add `.mean()`.",
        )
    value = _number(
        got,
        {
            "ko": "모든 샘플의 비용을 평균해 숫자 하나로 만드세요.",
            "en": "Average all samples' costs to one number.",
        },
    )
    per_sample = _bce(_P, _Y)
    want = per_sample.mean().item()
    if close(value, want):
        return
    n = len(_P)
    if close(value, -want):
        raise Wrong(
            ko="부호가 반대입니다. 확률의 로그는 음수이므로 앞에 마이너스를 붙여야 비용이 양수가 됩니다.",
            en="The sign is flipped: the log of a probability is negative, so a minus in front makes the cost "
            "positive.",
        )
    if close(value, want * n):
        raise Wrong(
            ko=f"합을 구했습니다(정답의 {n}배). 샘플 수로 나눈 평균을 쓰세요: `.mean()`.",
            en=f"That is the sum ({n} times the answer): take the mean over the samples, `.mean()`.",
        )
    if close(value, (-_Y * torch.log(_P)).mean().item()):
        raise Wrong(
            ko="정답이 0인 샘플의 항 $(1 - y)\\ln(1 - p)$가 빠졌습니다. 이대로면 $y = 0$인 샘플은 비용이 늘 0입니다.",
            en="The term for label 0, $(1 - y)\\ln(1 - p)$, is missing: as it is, every sample with $y = 0$ "
            "costs 0.",
        )
    if close(value, (-(1 - _Y) * torch.log(1 - _P)).mean().item()):
        raise Wrong(
            ko="정답이 1인 샘플의 항 $y \\ln p$가 빠졌습니다.",
            en="The term for label 1, $y \\ln p$, is missing.",
        )
    if close(value, want / math.log(10)) or close(value, want / math.log(2)):
        raise Wrong(
            ko="밑이 10(또는 2)인 로그를 썼습니다. 이진 교차 엔트로피는 자연로그 $\\ln$을 씁니다. `torch.log`가 $\\ln$입니다.",
            en="That log has base 10 (or 2). The binary cross-entropy uses the natural log $\\ln$, which is "
            "`torch.log`.",
        )
    if close(value, _bce(torch.sigmoid(_P), _Y).mean().item()):
        raise Wrong(
            ko="`p`에 시그모이드를 한 번 더 적용했습니다. `p`는 이미 확률이므로 그대로 로그에 넣습니다. "
            "시그모이드 전의 점수(logit)를 받는 것은 `F.binary_cross_entropy_with_logits`입니다.",
            en="The sigmoid was applied to `p` once more. `p` is already a probability and goes into the log "
            "as it is; scores before the sigmoid (logits) are what `F.binary_cross_entropy_with_logits` takes.",
        )
    if close(value, (-(_Y * torch.log(1 - _P) + (1 - _Y) * torch.log(_P))).mean().item()):
        raise Wrong(
            ko="두 로그가 바뀌었습니다. $y$에는 $\\ln p$가, $1 - y$에는 $\\ln(1 - p)$가 곱해집니다.",
            en="The two logs are swapped: $y$ multiplies $\\ln p$ and $1 - y$ multiplies $\\ln(1 - p)$.",
        )
    raise Wrong(
        ko=f"{value:g}이(가) 나왔습니다. $-\\frac{{1}}{{n}}\\sum_i [y_i \\ln p_i + (1 - y_i)\\ln(1 - p_i)]$를 "
        "샘플마다 계산한 뒤 평균하세요.",
        en=f"Got {value:g}. Compute $-\\frac{{1}}{{n}}\\sum_i [y_i \\ln p_i + (1 - y_i)\\ln(1 - p_i)]$: each "
        "sample's term, then the mean.",
    )


q2 = Question(
    "ch06.q2",
    prompt={
        "ko": "확률 `p`와 정답 `y`(둘 다 모양 $(n, 1)$, `y`는 0 또는 1)를 받아 이진 교차 엔트로피 "
        "$-\\frac{1}{n}\\sum_i [y_i \\ln p_i + (1 - y_i)\\ln(1 - p_i)]$를 돌려주는 함수 `my_bce`를 "
        "`F.binary_cross_entropy` 없이 작성하세요.",
        "en": "Write a function `my_bce` that takes probabilities `p` and labels `y` (both of shape $(n, 1)$, "
        "`y` 0 or 1) and returns the binary cross-entropy "
        "$-\\frac{1}{n}\\sum_i [y_i \\ln p_i + (1 - y_i)\\ln(1 - p_i)]$, without `F.binary_cross_entropy`.",
    },
    check=_check_bce,
    hint={
        "ko": "`torch.log`가 자연로그 $\\ln$입니다. 샘플마다 대괄호 안을 계산하고, 부호를 바꾼 뒤 `.mean()`으로 평균합니다.",
        "en": "`torch.log` is the natural log $\\ln$. Compute the bracket for each sample, flip the sign, and "
        "average with `.mean()`.",
    },
    solution="def my_bce(p, y):\n    return -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()",
    answer="my_bce",
)


# ---------------------------------------------------------------- q3: labels from scores

_SCORES = torch.tensor([-1.2, 0.0, 0.3, 2.5, -0.01, 0.7])
_SCORES_TEXT = "$z = (-1.2,\\ 0,\\ 0.3,\\ 2.5,\\ -0.01,\\ 0.7)$"


def _check_labels(answer) -> None:
    try:
        labels = torch.as_tensor(answer).detach().flatten().float()
    except (TypeError, ValueError, RuntimeError):
        raise Wrong(
            ko="0과 1로 된 목록이나 텐서를 넘겨 주세요. 예: `[0, 1, 1, 0, 0, 1]`.",
            en="Pass a list or a tensor of 0s and 1s, e.g. `[0, 1, 1, 0, 0, 1]`.",
        ) from None
    if labels.numel() != len(_SCORES):
        raise Wrong(
            ko=f"점수는 {len(_SCORES)}개인데 값이 {labels.numel()}개입니다. 점수마다 클래스 하나씩입니다.",
            en=f"There are {len(_SCORES)} scores but {labels.numel()} values: one class per score.",
        )
    if torch.allclose(labels, torch.sigmoid(_SCORES), atol=1e-3):
        raise Wrong(
            ko="확률 $\\sigma(z)$를 넘겼습니다. 규칙을 적용해 클래스(0 또는 1)로 바꾸세요.",
            en="Those are the probabilities $\\sigma(z)$: apply the rule to turn them into classes, 0 or 1.",
        )
    want = (_SCORES >= 0).float()
    if torch.equal(labels, want):
        return
    if torch.equal(labels, (_SCORES > 0).float()):
        raise Wrong(
            ko="$z = 0$인 샘플이 틀렸습니다. $\\sigma(0) = 0.5$이고 규칙은 $p \\ge 0.5$이므로, $z = 0$은 클래스 1입니다.",
            en="The sample with $z = 0$ is wrong: $\\sigma(0) = 0.5$ and the rule is $p \\ge 0.5$, so $z = 0$ "
            "is class 1.",
        )
    if torch.equal(labels, (_SCORES >= 0.5).float()) or torch.equal(
        labels, (_SCORES > 0.5).float()
    ):
        raise Wrong(
            ko="점수 $z$를 0.5와 비교했습니다. 0.5와 비교하는 것은 확률 $p = \\sigma(z)$이고, $p \\ge 0.5$는 $z \\ge 0$과 "
            "같습니다. 점수는 0과 비교하세요.",
            en="You compared the scores $z$ with 0.5. It is the probability $p = \\sigma(z)$ that is compared "
            "with 0.5, and $p \\ge 0.5$ is the same as $z \\ge 0$: compare the scores with 0.",
        )
    if torch.equal(labels, 1 - want):
        raise Wrong(
            ko="0과 1이 모두 바뀌었습니다. 확률이 0.5 이상(점수가 0 이상)이면 클래스 1입니다.",
            en="Every 0 and 1 is swapped: a probability of at least 0.5 (a score of at least 0) is class 1.",
        )
    wrong = int((labels != want).sum())
    raise Wrong(
        ko=f"{wrong}개가 틀렸습니다. 점수마다 $z \\ge 0$이면 1, 아니면 0입니다.",
        en=f"{wrong} are wrong. For each score, 1 if $z \\ge 0$, else 0.",
    )


q3 = Question(
    "ch06.q3",
    prompt={
        "ko": f"로지스틱 회귀 모델이 여섯 샘플에 점수(logit) {_SCORES_TEXT}를 냈습니다. 확률 $p = \\sigma(z)$가 "
        "0.5 이상이면 클래스 1로 예측할 때, 여섯 샘플의 예측 클래스를 0과 1의 목록(또는 텐서)으로 넘기세요.",
        "en": f"A logistic regression model gives six samples the scores (logits) {_SCORES_TEXT}. Predicting "
        "class 1 when the probability $p = \\sigma(z)$ is at least 0.5, pass the six predicted classes as a list "
        "(or a tensor) of 0s and 1s.",
    },
    check=_check_labels,
    hint={
        "ko": "$\\sigma(0) = 0.5$이고 시그모이드는 증가 함수입니다. 그러면 $p \\ge 0.5$는 $z$에 대한 어떤 조건일까요?",
        "en": "$\\sigma(0) = 0.5$ and the sigmoid is increasing. So what condition on $z$ is $p \\ge 0.5$?",
    },
    solution="z = torch.tensor([-1.2, 0.0, 0.3, 2.5, -0.01, 0.7])\nlabels = (torch.sigmoid(z) >= 0.5).float()",
    answer="labels",
)


# ---------------------------------------------------------------- q4: accuracy

_CASES = (
    (
        torch.tensor([[0.1], [0.5], [0.8], [0.4], [0.9], [0.3]]),
        torch.tensor([[0.0], [1.0], [1.0], [1.0], [1.0], [0.0]]),
    ),
    (torch.tensor([[0.7], [0.2], [0.5]]), torch.tensor([[1.0], [0.0], [0.0]])),
)


def _check_accuracy(my_accuracy) -> None:
    _function(my_accuracy, "my_accuracy")
    for prob, y in _CASES:
        try:
            got = _call(my_accuracy, prob.clone(), y.clone())
        except RuntimeError as error:
            if "dtype" in str(error) or "Bool" in str(error):
                raise Wrong(
                    ko=f"참/거짓(bool) 텐서는 평균을 낼 수 없습니다({error}). `.float()`로 바꾼 뒤 `.mean()`을 쓰세요.",
                    en=f"A tensor of booleans has no mean ({error}): convert it with `.float()`, then `.mean()`.",
                ) from None
            raise
        value = _number(
            got,
            {
                "ko": "맞힌 비율, 숫자 하나를 돌려주세요.",
                "en": "Return the fraction right, one number.",
            },
        )
        pred = (prob >= 0.5).float()
        want = (pred == y).float().mean().item()
        if close(value, want):
            continue
        n = len(y)
        if close(value, want * n):
            raise Wrong(
                ko="맞힌 개수를 돌려줍니다. 정확도는 맞힌 **비율**이므로 샘플 수로 나누세요.",
                en="That is the number right. Accuracy is the **fraction** right: divide by the number of samples.",
            )
        if close(value, want * 100):
            raise Wrong(
                ko="백분율입니다. 0과 1 사이의 비율로 돌려주세요(`nnintro.metrics.accuracy`처럼).",
                en="That is a percentage: return a fraction between 0 and 1 (as `nnintro.metrics.accuracy` does).",
            )
        if close(value, ((prob > 0.5).float() == y).float().mean().item()):
            raise Wrong(
                ko="확률이 정확히 0.5인 샘플이 틀렸습니다. 규칙은 $p \\ge 0.5$이면 1입니다(`>=`).",
                en="The sample with probability exactly 0.5 is wrong: the rule is 1 when $p \\ge 0.5$ (`>=`).",
            )
        if close(value, (prob == y).float().mean().item()):
            raise Wrong(
                ko="확률을 정답과 바로 비교했습니다. 먼저 $p \\ge 0.5$로 예측 클래스(0 또는 1)를 만든 뒤 비교하세요.",
                en="You compared the probabilities with the labels directly. First turn them into predicted "
                "classes (0 or 1) with $p \\ge 0.5$, then compare.",
            )
        if close(value, (pred.view(-1) == y).float().mean().item()):
            raise Wrong(
                ko=f"모양이 ({n},)인 예측과 ({n}, 1)인 정답을 비교하면 브로드캐스팅으로 ({n}, {n})이 됩니다. 두 모양을 맞추세요.",
                en=f"Comparing predictions of shape ({n},) with labels of shape ({n}, 1) broadcasts to ({n}, {n}): "
                "make the shapes equal.",
            )
        raise Wrong(
            ko=f"{value:g}이(가) 나왔습니다. 예측 `p >= 0.5`가 정답 `y`와 같은 샘플의 비율을 구하세요.",
            en=f"Got {value:g}. Compute the fraction of samples whose prediction `p >= 0.5` equals the label `y`.",
        )


q4 = Question(
    "ch06.q4",
    prompt={
        "ko": "확률 `prob`와 정답 `y`(둘 다 모양 $(n, 1)$)를 받아, $p \\ge 0.5$이면 1로 예측했을 때의 정확도(맞힌 샘플의 비율, "
        "0과 1 사이의 숫자)를 돌려주는 함수 `my_accuracy`를 작성하세요.",
        "en": "Write a function `my_accuracy` that takes probabilities `prob` and labels `y` (both of shape "
        "$(n, 1)$) and returns the accuracy, the fraction of samples right (a number between 0 and 1), when "
        "class 1 is predicted for $p \\ge 0.5$.",
    },
    check=_check_accuracy,
    hint={
        "ko": "예측 `prob >= 0.5`와 `y`를 `==`로 비교하면 참/거짓 텐서가 나옵니다. 그것을 숫자로 바꿔 평균하면 비율입니다.",
        "en": "Comparing the predictions `prob >= 0.5` with `y` by `==` gives a tensor of booleans; as numbers, "
        "their mean is the fraction.",
    },
    solution="def my_accuracy(prob, y):\n    prediction = (prob >= 0.5).float()\n    return (prediction == y).float().mean().item()",
    answer="my_accuracy",
)
