"""Chapter 5 exercises: an ``nn.Module`` class, its parameters, and the training loop around it.

>>> from torch import nn
>>> from nnintro.exercises import ch05
>>> bool(ch05.q2.check(4))
True
"""

import inspect

import torch
from torch import Tensor, nn

from nnintro.data import linear_toy, quiz_scores
from nnintro.exercises._core import Feedback, Question, Wrong, _empty, close

__all__ = ["q1", "q2", "q3", "q4"]


def _shape(t: Tensor) -> str:
    return str(tuple(t.shape))


# ---------------------------------------------------------------- q1: write the class


def _build(cls, in_features: int) -> nn.Module:
    """``cls(in_features)``, with the errors learners' classes raise turned into hints."""
    try:
        with torch.random.fork_rng(devices=[]):  # the reader's random numbers stay as they were
            torch.manual_seed(0)
            return cls(in_features)
    except AttributeError as error:
        if "before Module.__init__() call" in str(error):
            raise Wrong(
                ko="`__init__`에서 `super().__init__()`을 먼저 불러야 합니다. 그래야 `nn.Module`이 층과 "
                "매개변수를 기록할 준비를 하고, `self.linear = nn.Linear(...)`가 오류 없이 등록됩니다.",
                en="Call `super().__init__()` first in `__init__`: it prepares `nn.Module` to record layers "
                "and parameters, so that `self.linear = nn.Linear(...)` registers without an error.",
            ) from None
        raise
    except TypeError as error:
        if "argument" in str(error):
            raise Wrong(
                ko=f"`{cls.__name__}({in_features})`을 만들 수 없습니다({error}). `__init__(self, in_features)`처럼 "
                "특성 개수를 인자로 받으세요.",
                en=f"`{cls.__name__}({in_features})` fails ({error}). Take the number of features as an "
                "argument: `__init__(self, in_features)`.",
            ) from None
        raise


def _check_class(cls) -> None:
    if isinstance(cls, nn.Module):
        raise Wrong(
            ko="모델 하나가 아니라 클래스 자체를 넘겨 주세요. 괄호 없이 `MyRegression`처럼 씁니다.",
            en="Pass the class itself, not a model built from it: `MyRegression`, without brackets.",
        )
    if not isinstance(cls, type):
        raise Wrong(
            ko=f"클래스를 넘겨 주세요. 받은 것은 {type(cls).__name__}입니다.",
            en=f"Pass a class, not {type(cls).__name__}.",
        )
    if not issubclass(cls, nn.Module):
        raise Wrong(
            ko="클래스가 `nn.Module`을 상속하지 않습니다. `class MyRegression(nn.Module):`처럼 쓰세요.",
            en="The class does not inherit from `nn.Module`: write `class MyRegression(nn.Module):`.",
        )
    x, _ = quiz_scores()
    for d, inputs in ((3, x), (1, x[:, :1])):
        model = _build(cls, d)
        params = list(model.parameters())
        if not params:
            raise Wrong(
                ko="모델에 매개변수가 하나도 없습니다. 층을 지역 변수가 아니라 `self.linear = nn.Linear(...)`처럼 "
                "속성에 넣어야 `nn.Module`이 등록합니다.",
                en="The model has no parameters. Assign the layer to an attribute, `self.linear = "
                "nn.Linear(...)`, not to a local variable: only then does `nn.Module` register it.",
            )
        count = sum(p.numel() for p in params)
        shapes = sorted(tuple(p.shape) for p in params)
        if d == 1 and count == 4:
            raise Wrong(
                ko="`MyRegression(1)`도 매개변수가 4개입니다. `nn.Linear(3, 1)`로 고정하지 말고 인자 "
                "`in_features`를 쓰세요.",
                en="`MyRegression(1)` has 4 parameters too: use the argument `in_features` instead of a "
                "fixed `nn.Linear(3, 1)`.",
            )
        if shapes == sorted([(1, d), (1,)]):
            pass
        elif shapes == sorted([(d, 1), (d,)]) and d > 1:
            raise Wrong(
                ko=f"매개변수의 모양이 {shapes}입니다. `nn.Linear(1, in_features)`처럼 순서가 바뀌었습니다. "
                "`nn.Linear(입력 수, 출력 수)`이므로 `nn.Linear(in_features, 1)`입니다.",
                en=f"The parameters have shapes {shapes}: the arguments are swapped. It is "
                "`nn.Linear(inputs, outputs)`, so `nn.Linear(in_features, 1)`.",
            )
        else:
            raise Wrong(
                ko=f"`MyRegression({d})`의 매개변수 모양이 {shapes}입니다. `nn.Linear({d}, 1)` 하나, 곧 가중치 (1, {d})와 "
                "편향 (1,)이어야 합니다.",
                en=f"The parameters of `MyRegression({d})` have shapes {shapes}; they should be one "
                f"`nn.Linear({d}, 1)`: a weight (1, {d}) and a bias (1,).",
            )
        try:
            out = model(inputs)
        except NotImplementedError:
            raise Wrong(
                ko="`forward`가 없습니다. `def forward(self, x):`에 입력에서 출력까지의 계산을 적으세요. "
                "이름이 정확히 `forward`여야 `model(x)`가 그것을 부릅니다.",
                en="There is no `forward`: write the computation in `def forward(self, x):`. It must be named "
                "exactly `forward` for `model(x)` to call it.",
            ) from None
        if out is None:
            raise Wrong(
                ko="`forward`가 None을 돌려줍니다. `return self.linear(x)`처럼 결과를 돌려주세요.",
                en="`forward` returns None: return the result, as in `return self.linear(x)`.",
            )
        if not isinstance(out, Tensor) or tuple(out.shape) != (len(inputs), 1):
            got = _shape(out) if isinstance(out, Tensor) else type(out).__name__
            raise Wrong(
                ko=f"입력 ({len(inputs)}, {d})에 대한 출력이 {got}입니다. 샘플마다 예측 하나, ({len(inputs)}, 1)이어야 합니다.",
                en=f"For an input ({len(inputs)}, {d}) the output is {got}; it should be one prediction per "
                f"sample, ({len(inputs)}, 1).",
            )
        weight = next(p for p in params if p.dim() == 2)
        bias = next(p for p in params if p.dim() == 1)
        expected = inputs @ weight.T + bias
        if not torch.allclose(out, expected, atol=1e-4):
            raise Wrong(
                ko="출력이 선형 층의 계산 $XW^\\top + b$와 다릅니다. `forward`는 `self.linear(x)`만 돌려주면 됩니다"
                "(시그모이드 같은 것은 6장에서 붙입니다).",
                en="The output differs from the linear layer's $XW^\\top + b$. `forward` should just return "
                "`self.linear(x)` (a sigmoid comes in chapter 6).",
            )


class _ClassQuestion(Question):
    """A question whose answer is a class: a class whose methods are all still ``...`` (the
    tutorial's starter) reads as no answer yet, as a starter function does."""

    def check(self, answer: object = ...) -> Feedback:
        if isinstance(answer, type):
            methods = [f for f in vars(answer).values() if inspect.isfunction(f)]
            if all(_empty(f) for f in methods):
                return super().check()
        return super().check(answer)


q1 = _ClassQuestion(
    "ch05.q1",
    prompt={
        "ko": "특성 개수 `in_features`를 인자로 받아, `nn.Linear` 하나로 샘플마다 예측 하나를 내는 `nn.Module` 클래스 "
        "`MyRegression`을 작성하세요. 확인은 `MyRegression(3)`과 `MyRegression(1)`을 만들어 매개변수의 모양과 "
        "출력의 모양 $(n, 1)$을 봅니다. 모델이 아니라 클래스를 넘기세요.",
        "en": "Write an `nn.Module` class `MyRegression` that takes the number of features `in_features` and "
        "predicts one number per sample with one `nn.Linear`. The check builds `MyRegression(3)` and "
        "`MyRegression(1)` and looks at the parameters' shapes and the output's shape $(n, 1)$. Pass the class, "
        "not a model.",
    },
    check=_check_class,
    hint={
        "ko": "이론 페이지의 `LinearRegressionModel`에서 `nn.Linear(1, 1)`의 1 하나를 인자로 바꾸면 됩니다. "
        "`__init__`의 첫 줄을 잊지 마세요.",
        "en": "Take the theory page's `LinearRegressionModel` and turn one of the 1s of `nn.Linear(1, 1)` into "
        "the argument. Do not forget the first line of `__init__`.",
    },
    solution="from torch import nn\n\n\n"
    "class MyRegression(nn.Module):\n"
    "    def __init__(self, in_features):\n"
    "        super().__init__()\n"
    "        self.linear = nn.Linear(in_features, 1)\n\n"
    "    def forward(self, x):\n"
    "        return self.linear(x)",
    answer="MyRegression",
)


# ---------------------------------------------------------------- q2: how many parameters


def _check_count(answer) -> None:
    if isinstance(answer, (list, tuple)) or hasattr(answer, "__next__"):
        raise Wrong(
            ko="매개변수 목록이 아니라 개수(숫자 하나)를 넘겨 주세요.",
            en="Pass the count (one number), not the list of parameters.",
        )
    if close(answer, 4):
        return
    if close(answer, 3):
        raise Wrong(
            ko="가중치 3개만 셌습니다. 편향도 학습하는 매개변수입니다.",
            en="You counted the 3 weights only: the bias is a learned parameter too.",
        )
    if close(answer, 2):
        raise Wrong(
            ko="2는 `model.parameters()`가 내주는 텐서의 개수(`weight`와 `bias`)입니다. 그 안에 든 숫자를 세세요. "
            "`p.numel()`이 텐서 하나의 원소 수입니다.",
            en="2 is the number of tensors `model.parameters()` yields (`weight` and `bias`). Count the numbers "
            "inside them: `p.numel()` is the number of elements of one tensor.",
        )
    raise Wrong(
        ko="입력 수 × 출력 수만큼의 가중치에 출력 수만큼의 편향을 더합니다.",
        en="It is inputs × outputs weights plus one bias per output.",
    )


q2 = Question(
    "ch05.q2",
    prompt={
        "ko": "`nn.Linear(3, 1)`이 학습하는 숫자(매개변수)는 모두 몇 개일까요? 먼저 예상한 다음 "
        "`sum(p.numel() for p in nn.Linear(3, 1).parameters())`로 확인하고, 그 수를 넘기세요.",
        "en": "How many numbers (parameters) does `nn.Linear(3, 1)` learn? Predict first, then check with "
        "`sum(p.numel() for p in nn.Linear(3, 1).parameters())`, and pass that number.",
    },
    check=_check_count,
    hint={
        "ko": "특성마다 가중치 하나, 그리고 편향입니다.",
        "en": "One weight per feature, and the bias.",
    },
    solution="count = 3 * 1 + 1",
    answer="count",
)


# ---------------------------------------------------------------- q3: what parameters() yields


def _check_shapes(answer) -> None:
    try:
        shapes = [tuple(s) for s in answer]
    except TypeError:
        raise Wrong(
            ko="모양들의 목록을 넘겨 주세요. 예: `[(2, 5), (7,)]`.",
            en="Pass a list of shapes, e.g. `[(2, 5), (7,)]`.",
        ) from None
    if shapes == [(1, 3), (1,)]:
        return
    if shapes == [(3, 1), (1,)]:
        raise Wrong(
            ko="4장에서 직접 만든 `W`의 모양 (3, 1)입니다. `nn.Linear`는 가중치를 (출력 수, 입력 수)로 저장합니다.",
            en="That is the shape of chapter 4's hand-made `W`, (3, 1). `nn.Linear` stores its weight as "
            "(outputs, inputs).",
        )
    if shapes == [(1,), (1, 3)] or shapes == [(1,), (3, 1)]:
        raise Wrong(
            ko="순서가 바뀌었습니다. `nn.Linear`는 `weight`를 먼저, `bias`를 나중에 만듭니다.",
            en="The order is swapped: `nn.Linear` creates `weight` first and `bias` second.",
        )
    if len(shapes) == 1:
        raise Wrong(
            ko="텐서 하나만 적었습니다. 편향도 매개변수입니다.",
            en="That is one tensor only: the bias is a parameter too.",
        )
    raise Wrong(
        ko="`for p in model.parameters(): print(p.shape)`로 직접 확인해 보세요.",
        en="Look for yourself: `for p in model.parameters(): print(p.shape)`.",
    )


q3 = Question(
    "ch05.q3",
    prompt={
        "ko": "`model = nn.Linear(3, 1)`일 때 `model.parameters()`는 어떤 텐서들을 어떤 순서로 내줄까요? "
        "각 텐서의 모양을 차례대로 목록으로 넘기세요. 예: `[(2, 5), (7,)]`.",
        "en": "With `model = nn.Linear(3, 1)`, which tensors does `model.parameters()` yield, in which order? "
        "Pass the shape of each, in order, as a list, e.g. `[(2, 5), (7,)]`.",
    },
    check=_check_shapes,
    hint={
        "ko": "이론 페이지의 표에서 `nn.Linear(3, 1)` 열을 보세요. 가중치의 모양은 (출력 수, 입력 수)입니다.",
        "en": "See the `nn.Linear(3, 1)` column of the theory page's table: the weight's shape is (outputs, inputs).",
    },
    solution="from torch import nn\n\nshapes = [tuple(p.shape) for p in nn.Linear(3, 1).parameters()]",
    answer="shapes",
)


# ---------------------------------------------------------------- q4: the training loop

_LR, _EPOCHS = 0.1, 3


def _reference(updates: int, zero_grad: bool = True) -> list[float]:
    """The weight and bias of a seeded ``nn.Linear(1, 1)`` after ``updates`` steps on linear_toy()."""
    x, y = linear_toy()
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(1)
        model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=_LR)
    for _ in range(updates):
        cost = torch.mean((model(x) - y) ** 2)
        if zero_grad:
            optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return [p.item() for p in model.parameters()]


def _check_train(my_train) -> None:
    if not callable(my_train):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(my_train).__name__}입니다.",
            en=f"Pass the function itself, not {type(my_train).__name__}.",
        )
    x, y = linear_toy()
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(1)
        model = nn.Linear(1, 1)
    start = [p.item() for p in model.parameters()]
    my_train(model, x, y, _LR, _EPOCHS)
    got = [p.item() for p in model.parameters()]

    def same(values: list[float]) -> bool:
        return all(abs(a - b) < 1e-5 for a, b in zip(got, values, strict=True))

    if same(start):
        raise Wrong(
            ko="모델의 매개변수가 그대로입니다. 옵티마이저를 `model.parameters()`로 만들고, 에폭마다 `cost.backward()` 뒤에 "
            "`optimizer.step()`을 부르세요.",
            en="The model's parameters did not change. Build the optimizer from `model.parameters()` and call "
            "`optimizer.step()` after `cost.backward()` at every epoch.",
        )
    if same(_reference(_EPOCHS)):
        return
    if same(_reference(_EPOCHS, zero_grad=False)):
        raise Wrong(
            ko="`optimizer.zero_grad()`를 빠뜨렸습니다. `backward()`는 기울기를 `.grad`에 더하기 때문에, 지우지 않으면 "
            "앞 에폭의 기울기가 쌓입니다.",
            en="`optimizer.zero_grad()` is missing: `backward()` adds the gradient to `.grad`, so without "
            "clearing it the gradients of earlier epochs pile up.",
        )
    if same(_reference(_EPOCHS + 1)):
        raise Wrong(
            ko=f"{_EPOCHS + 1}번 갱신했습니다. `epochs={_EPOCHS}`이면 `range(epochs)`로 {_EPOCHS}번입니다. 강의의 "
            "`range(nb_epochs + 1)`은 한 번 더 갱신합니다.",
            en=f"That is {_EPOCHS + 1} updates. `epochs={_EPOCHS}` means `range(epochs)`, {_EPOCHS} updates; "
            "the lecture's `range(nb_epochs + 1)` makes one more.",
        )
    for updates in (1, _EPOCHS - 1):
        if same(_reference(updates)):
            raise Wrong(
                ko=f"{updates}번만 갱신했습니다. 에폭마다 한 번, `epochs`번 갱신하세요.",
                en=f"That is {updates} update(s) only: update once per epoch, `epochs` times.",
            )
    raise Wrong(
        ko="결과가 다릅니다. 에폭마다 예측 → 비용(MSE) → `zero_grad()` → `backward()` → `step()` 순서인지, "
        "학습률로 `lr`을 썼는지 확인하세요.",
        en="The result differs. Check the order at every epoch, prediction → cost (MSE) → `zero_grad()` → "
        "`backward()` → `step()`, and that the learning rate is `lr`.",
    )


q4 = Question(
    "ch05.q4",
    prompt={
        "ko": "모델 `model`, 데이터 `x`, `y`, 학습률 `lr`, 에폭 수 `epochs`를 받아 `torch.optim.SGD`와 평균 제곱 오차로 "
        "`epochs`번 갱신하는 함수 `my_train`을 작성하세요. 돌려줄 것은 없습니다. 확인은 시드를 고정한 `nn.Linear(1, 1)`을 "
        "$x = 1, 2, 3$, $y = 2, 4, 6$으로 학습률 0.1, 3 에폭 학습시켜 결과를 비교합니다.",
        "en": "Write a function `my_train` that takes a model `model`, data `x` and `y`, a learning rate `lr` and a "
        "number of epochs `epochs`, and updates the model `epochs` times with `torch.optim.SGD` and the mean "
        "squared error. It returns nothing. The check trains a seeded `nn.Linear(1, 1)` on $x = 1, 2, 3$, "
        "$y = 2, 4, 6$ with learning rate 0.1 for 3 epochs and compares the result.",
    },
    check=_check_train,
    hint={
        "ko": "옵티마이저에는 `model.parameters()`를 넘깁니다. 루프 안은 3장과 같은 네 줄입니다: 비용, `zero_grad`, "
        "`backward`, `step`.",
        "en": "The optimizer gets `model.parameters()`. Inside the loop are chapter 3's four lines: the cost, "
        "`zero_grad`, `backward`, `step`.",
    },
    solution="import torch.nn.functional as F\n\n\n"
    "def my_train(model, x, y, lr, epochs):\n"
    "    optimizer = torch.optim.SGD(model.parameters(), lr=lr)\n"
    "    for epoch in range(epochs):\n"
    "        cost = F.mse_loss(model(x), y)\n"
    "        optimizer.zero_grad()\n"
    "        cost.backward()\n"
    "        optimizer.step()",
    answer="my_train",
)
