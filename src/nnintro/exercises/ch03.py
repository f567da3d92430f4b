"""Chapter 3 exercises: linear regression, its cost and gradient descent.

>>> from nnintro.exercises import ch03
>>> bool(ch03.q1.check(lambda pred, target: ((pred - target) ** 2).mean()))
True
"""

import torch

from nnintro.exercises._core import Question, Wrong

__all__ = ["q1"]


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
