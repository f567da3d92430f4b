"""Chapter 2 exercises: shapes (view, unsqueeze, broadcasting), max along a dim, autograd.

>>> import torch
>>> from nnintro.exercises import ch02
>>> bool(ch02.q1.check(lambda t: t.unsqueeze(1)))
True
"""

import torch

from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4", "q5"]


def _shape(value: object, what: tuple[str, str]) -> tuple[int, ...] | None:
    """Return ``value`` (a tuple, list or ``torch.Size`` of sizes, or None) as a tuple or None."""
    if value is None:
        return None
    if isinstance(value, (tuple, list, torch.Size)) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return tuple(value)
    raise Wrong(
        ko=f"{what[0]}: 모양은 `(6, 4)`처럼 정수의 튜플로 쓰세요(오류라면 `None`). 받은 것은 {value!r}입니다.",
        en=f"{what[1]}: write a shape as a tuple of integers such as `(6, 4)` (or `None` for an error), got {value!r}.",
    )


def _shapes(answer: object, count: int, example: str) -> list[tuple[int, ...] | None]:
    if not isinstance(answer, (list, tuple)) or isinstance(answer, torch.Size):
        raise Wrong(
            ko=f"모양 {count}개를 리스트로 넘겨 주세요. 예: `{example}`",
            en=f"Pass a list of {count} shapes, e.g. `{example}`.",
        )
    if len(answer) != count:
        raise Wrong(
            ko=f"식은 {count}개인데 모양이 {len(answer)}개입니다. 식마다 하나씩, 순서대로 쓰세요.",
            en=f"There are {count} expressions but {len(answer)} shapes: give one per expression, in order.",
        )
    return [_shape(a, (f"{k + 1}번", f"Expression {k + 1}")) for k, a in enumerate(answer)]


# ---------------------------------------------------------------- q1: (n,) to (n, 1)


def _check_column(to_column) -> None:
    if not callable(to_column):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(to_column).__name__}입니다. 괄호 없이 `to_column`처럼 씁니다.",
            en=f"Pass the function itself, not {type(to_column).__name__}: write `to_column`, without brackets.",
        )
    for n in (3, 5):
        t = torch.arange(1.0, n + 1)
        try:
            got = to_column(t)
        except RuntimeError as error:
            if n == 3:
                raise
            raise Wrong(
                ko=f"길이 3에서는 되지만 길이 {n}인 텐서에서 오류가 납니다({error}). 크기 3을 직접 적지 말고 `-1`이나 `unsqueeze`를 쓰세요.",
                en=f"It works for length 3 but fails for a tensor of length {n} ({error}): do not write the size 3 into the code; use `-1` or `unsqueeze`.",
            ) from None
        if got is None:
            raise Wrong(
                ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
                en="Your function returns None: is a `return` missing?",
            )
        if not isinstance(got, torch.Tensor):
            raise Wrong(
                ko=f"텐서를 돌려주세요. 받은 것은 {type(got).__name__}입니다.",
                en=f"Return a tensor, got {type(got).__name__}.",
            )
        if tuple(t.shape) != (n,):
            raise Wrong(
                ko=f"함수가 받은 텐서 자체의 모양을 {tuple(t.shape)}(으)로 바꿔 버렸습니다. 밑줄로 끝나는 `unsqueeze_` 같은 제자리 연산 대신 `unsqueeze`를 쓰세요.",
                en=f"Your function changed the shape of the tensor it was given to {tuple(t.shape)}: use `unsqueeze`, not the in-place `unsqueeze_`.",
            )
        shape = tuple(got.shape)
        if shape == (1, n):
            raise Wrong(
                ko=f"모양이 (1, {n})입니다. `unsqueeze(0)`이나 `view(1, -1)`은 크기 1인 차원을 맨 앞에 붙입니다. 뒤에 붙여야 ({n}, 1)이 됩니다.",
                en=f"The shape is (1, {n}): `unsqueeze(0)` and `view(1, -1)` put the new dimension of size 1 in front; it must go at the back to give ({n}, 1).",
            )
        if shape == (n,):
            raise Wrong(
                ko=f"모양이 ({n},) 그대로입니다. 1차원 텐서를 전치(`.T`, `.t()`)하거나 `squeeze`해도 모양은 바뀌지 않습니다. 크기 1인 차원을 새로 붙여야 합니다.",
                en=f"The shape is still ({n},): transposing (`.T`, `.t()`) or squeezing a 1-D tensor changes nothing; a new dimension of size 1 must be added.",
            )
        if shape != (n, 1):
            raise Wrong(
                ko=f"길이 {n}인 텐서에서 모양 {shape}이(가) 나왔습니다. ({n}, 1)이어야 합니다.",
                en=f"A tensor of length {n} gave shape {shape}; it should be ({n}, 1).",
            )
        if got.flatten().tolist() != t.tolist():
            raise Wrong(
                ko=f"모양은 맞지만 값이 {got.flatten().tolist()}(으)로 바뀌었습니다. 원소의 값과 순서는 그대로여야 합니다.",
                en=f"The shape is right, but the values became {got.flatten().tolist()}; the elements must keep their values and order.",
            )


q1 = Question(
    "ch02.q1",
    prompt={
        "ko": "모양이 $(n,)$인 1차원 텐서 `t`를 받아, 같은 값을 모양 $(n, 1)$로 돌려주는 함수 `to_column(t)`를 작성하세요. "
        "예측이 $(3, 1)$인데 정답이 $(3,)$일 때 브로드캐스팅의 함정을 피하는 방법입니다.",
        "en": "Write a function `to_column(t)` that takes a 1-D tensor `t` of shape $(n,)$ and returns the same values with "
        "shape $(n, 1)$. This is how you avoid the broadcasting trap when the prediction is $(3, 1)$ and the target $(3,)$.",
    },
    check=_check_column,
    hint={
        "ko": "크기가 1인 차원을 **뒤에** 하나 붙이면 됩니다. 이론 페이지의 squeeze와 unsqueeze 절, 또는 `view`의 `-1`을 떠올려 보세요.",
        "en": "Add one dimension of size 1 **at the back**. Think of the section on squeeze and unsqueeze, or of `view` with `-1`.",
    },
    solution="def to_column(t):\n    return t.unsqueeze(1)  # or t.view(-1, 1)",
    answer="to_column",
)


# ---------------------------------------------------------------- q2: view with -1

_VIEWS = [((-1, 4), (6, 4)), ((4, -1), (4, 6)), ((2, -1, 3), (2, 4, 3))]
_VIEW_CODE = ", ".join(f"`t.view{args}`" for args, _ in _VIEWS)


def _check_views(answer: object) -> None:
    shapes = _shapes(answer, len(_VIEWS), "[(6, 4), ...]")
    for k, (got, (args, right)) in enumerate(zip(shapes, _VIEWS, strict=True)):
        if got == right:
            continue
        code = f"`t.view{args}`"
        if got is None:
            raise Wrong(
                ko=f"{code}은(는) 오류가 아닙니다. -1 자리를 알맞게 채우면 원소 24개를 그렇게 자를 수 있습니다.",
                en=f"{code} is not an error: 24 elements can be cut that way once -1 is filled in.",
            )
        if -1 in got:
            raise Wrong(
                ko=f"{k + 1}번: 답에 -1을 그대로 썼습니다. -1은 '나머지 크기를 알아서 계산하라'는 뜻이므로, 그 자리에 계산된 수를 쓰세요.",
                en=f"Expression {k + 1}: your answer still has -1 in it. -1 means 'work this size out', so write the size it stands for.",
            )
        product = 1
        for size in got:
            product *= size
        if product != 24:
            raise Wrong(
                ko=f"{code}의 답 {got}은(는) 원소가 {product}개입니다. `view`는 원소의 수를 바꾸지 않으므로 곱이 $2 \\times 3 \\times 4 = 24$여야 합니다.",
                en=f"Your answer {got} for {code} holds {product} elements; `view` keeps the number of elements, so the product must be $2 \\times 3 \\times 4 = 24$.",
            )
        raise Wrong(
            ko=f"{code}의 모양이 {got}이(가) 아닙니다. 적어 준 크기는 그 자리에 그대로 남고, -1이 있는 자리만 계산해서 채웁니다.",
            en=f"{code} does not have shape {got}: the sizes you give stay in their places, and only the place of -1 is worked out.",
        )


q2 = Question(
    "ch02.q2",
    prompt={
        "ko": f"`t = torch.arange(24).view(2, 3, 4)`일 때 {_VIEW_CODE}의 모양을 **먼저 손으로** 예측해서 "
        "튜플 세 개의 리스트 `shapes`로 쓰세요(예: `[(6, 4), ...]`). 그다음 코드로 확인해 보세요.",
        "en": f"With `t = torch.arange(24).view(2, 3, 4)`, predict **by hand first** the shapes of {_VIEW_CODE}, and write "
        "them as a list `shapes` of three tuples (e.g. `[(6, 4), ...]`). Then check them in code.",
    },
    check=_check_views,
    hint={
        "ko": "원소는 $2 \\times 3 \\times 4 = 24$개이고, `view`는 원소 수를 바꾸지 않습니다. 적힌 크기의 곱으로 24를 나누면 -1 자리의 크기가 나옵니다.",
        "en": "There are $2 \\times 3 \\times 4 = 24$ elements, and `view` keeps that number. Dividing 24 by the product of the sizes given yields the size in place of -1.",
    },
    solution="shapes = [(6, 4), (4, 6), (2, 4, 3)]",
    answer="shapes",
)


# ---------------------------------------------------------------- q3: broadcasting

_BROADCAST = [("x + u", (2, 3)), ("x + v", None), ("w - u", (3, 3))]


def _check_broadcast(answer: object) -> None:
    shapes = _shapes(answer, len(_BROADCAST), "[(2, 3), None, ...]")
    x_plus_u, x_plus_v, w_minus_u = shapes
    if x_plus_v is not None:
        raise Wrong(
            ko="`x + v`는 오류입니다. 규칙 1에 따라 $(2,)$는 **앞쪽**에 1이 붙어 $(1, 2)$가 되고, 뒤에서부터 비교하면 2와 3이 달라서 늘릴 수 없습니다. 행마다 더하려면 `v.unsqueeze(1)`($(2, 1)$)을 쓰세요.",
            en="`x + v` is an error. By rule 1, $(2,)$ gets its 1 at the **front**, $(1, 2)$, and compared from the back, 2 and 3 differ and neither is 1. To add one number per row, use `v.unsqueeze(1)`, of shape $(2, 1)$.",
        )
    if w_minus_u != (3, 3):
        raise Wrong(
            ko=f"`w - u`의 모양은 {w_minus_u}이(가) 아닙니다. 이것이 브로드캐스팅의 함정입니다. $(3,)$는 $(1, 3)$이 되고, $(3, 1)$과 $(1, 3)$은 둘 다 늘어납니다.",
            en=f"`w - u` does not have shape {w_minus_u}. This is the broadcasting trap: $(3,)$ becomes $(1, 3)$, and $(3, 1)$ and $(1, 3)$ are both stretched.",
        )
    if x_plus_u != (2, 3):
        raise Wrong(
            ko=f"`x + u`의 모양은 {x_plus_u}이(가) 아닙니다. $(3,)$는 $(1, 3)$이 되고, 크기 1인 dim 0이 2로 늘어납니다.",
            en=f"`x + u` does not have shape {x_plus_u}: $(3,)$ becomes $(1, 3)$, and its dim 0 of size 1 is stretched to 2.",
        )


q3 = Question(
    "ch02.q3",
    prompt={
        "ko": "`x`의 모양이 $(2, 3)$, `u`가 $(3,)$, `v`가 $(2,)$, `w`가 $(3, 1)$일 때 "
        + ", ".join(f"`{code}`" for code, _ in _BROADCAST)
        + "의 결과의 모양을 **먼저 손으로** 예측해서 리스트 `broadcast_shapes`로 쓰세요. 오류가 나는 식은 `None`으로 씁니다.",
        "en": "With `x` of shape $(2, 3)$, `u` of shape $(3,)$, `v` of shape $(2,)$ and `w` of shape $(3, 1)$, predict **by hand first** "
        "the shapes of "
        + ", ".join(f"`{code}`" for code, _ in _BROADCAST)
        + ", and write them as a list `broadcast_shapes`; write `None` for an expression that is an error.",
    },
    check=_check_broadcast,
    hint={
        "ko": "브로드캐스팅의 두 규칙을 차례로 씁니다. 차원이 적은 쪽의 앞에 1을 붙이고, 뒤에서부터 크기를 비교해 1인 쪽을 늘립니다.",
        "en": "Apply the two broadcasting rules in turn: add 1s at the front of the tensor with fewer dimensions, then compare sizes from the back and stretch the 1s.",
    },
    solution="broadcast_shapes = [(2, 3), None, (3, 3)]",
    answer="broadcast_shapes",
)


# ---------------------------------------------------------------- q4: max along a dim

_T4 = [[1, 5, 2], [4, 3, 6]]


def _check_indices(answer: object) -> None:
    t = torch.tensor(_T4)
    right = t.max(dim=0).indices.tolist()
    if (isinstance(answer, (int, float)) and not isinstance(answer, bool)) or (
        isinstance(answer, torch.Tensor) and answer.dim() == 0
    ):
        if int(answer) == t.argmax().item():
            raise Wrong(
                ko=f"{int(answer)}은(는) `dim` 없이 부른 `t.argmax()`, 즉 모든 원소를 한 줄로 폈을 때 가장 큰 6의 위치입니다. `dim=0`이면 열마다 하나씩 답이 나옵니다.",
                en=f"{int(answer)} is `t.argmax()` without `dim`: the position of the largest element, 6, with all elements laid out in one line. With `dim=0` there is one answer per column.",
            )
    if not isinstance(answer, (list, tuple, torch.Tensor)):
        raise Wrong(
            ko=f"번호의 리스트(또는 텐서)로 답하세요. 받은 것은 {answer!r}입니다.",
            en=f"Answer with a list (or tensor) of indices, got {answer!r}.",
        )
    got = [int(v) for v in (answer.tolist() if isinstance(answer, torch.Tensor) else answer)]
    if got == right:
        return
    if got == t.max(dim=1).indices.tolist():
        raise Wrong(
            ko="이것은 `dim=1`의 답(행마다 하나)입니다. `dim=0`은 dim 0(행)을 없애면서 위에서 아래로 비교하므로, 열마다 하나씩 3개가 남습니다.",
            en="That is the answer for `dim=1`, one per row. `dim=0` removes dim 0, the rows, comparing from top to bottom, so one value per column is left: three of them.",
        )
    if got == t.max(dim=0).values.tolist():
        raise Wrong(
            ko="이것은 최댓값(`values`)입니다. 묻는 것은 그 최댓값이 있는 행의 번호(`indices`)입니다.",
            en="Those are the maxima (`values`); the question asks for the row each one is in (`indices`).",
        )
    if got == [i + 1 for i in right]:
        raise Wrong(
            ko="번호가 하나씩 큽니다. PyTorch의 번호는 0부터 셉니다. 첫 행이 0, 둘째 행이 1입니다.",
            en="Each index is one too large: PyTorch counts from 0, so the first row is 0 and the second is 1.",
        )
    raise Wrong(
        ko=f"{got}이(가) 아닙니다. 열마다 위아래 두 수 가운데 큰 쪽이 몇 번째 행(0 또는 1)에 있는지 적으세요.",
        en=f"Not {got}. For each column, write the row (0 or 1) holding the larger of its two numbers.",
    )


q4 = Question(
    "ch02.q4",
    prompt={
        "ko": f"`t = torch.tensor({_T4})`일 때 `t.max(dim=0).indices`는 무엇일까요? **먼저 손으로** 답을 정해 리스트 `indices`로 쓰고, "
        "그다음 코드로 확인해 보세요. 이 번호들이 무엇을 뜻하는지도 말로 설명해 보세요.",
        "en": f"With `t = torch.tensor({_T4})`, what is `t.max(dim=0).indices`? Decide **by hand first**, write it as a list "
        "`indices`, then check in code. Also say in words what these indices mean.",
    },
    check=_check_indices,
    hint={
        "ko": "`dim=0`으로 줄이면 dim 0이 사라지므로 결과의 모양은 $(3,)$입니다. 열 하나씩 보면서, 가장 큰 수가 있는 행의 번호를 적습니다.",
        "en": "Reducing over `dim=0` removes dim 0, so the result has shape $(3,)$. Take one column at a time and write the row of its largest number.",
    },
    solution=f"t = torch.tensor({_T4})\nindices = t.max(dim=0).indices  # or by hand: [1, 0, 1]",
    answer="indices",
)


# ---------------------------------------------------------------- q5: autograd

_W5 = 2.0  # z = 3 w^3 at w = 2: dz/dw = 9 w^2 = 36


def _check_derivative(answer: object) -> None:
    if isinstance(answer, torch.Tensor):
        answer = answer.detach()  # `z` itself still requires grad
    if isinstance(answer, torch.Tensor) and answer.numel() != 1:
        raise Wrong(
            ko=f"숫자 하나로 답하세요. 모양 {tuple(answer.shape)}의 텐서를 받았습니다.",
            en=f"Answer with one number; got a tensor of shape {tuple(answer.shape)}.",
        )
    right = 9 * _W5**2
    if close(answer, right):
        return
    known = [
        (
            2 * right,
            "72는 36의 두 배입니다. `backward()`를 두 번 부르면(셀을 다시 실행하면) `.grad`에 기울기가 더해집니다. `w.grad.zero_()`로 지우거나 `w`를 새로 만든 뒤 한 번만 부르세요.",
            "72 is twice 36: calling `backward()` twice (running the cell again) adds to `.grad`. Clear it with `w.grad.zero_()` or make `w` again, and call it once.",
        ),
        (
            3 * _W5**3,
            "24는 미분값이 아니라 $z$ 자체의 값 $3 \\cdot 2^3$입니다. `z`가 아니라 `w.grad`를 보세요.",
            "24 is not the derivative but the value of $z$ itself, $3 \\cdot 2^3$: look at `w.grad`, not at `z`.",
        ),
        (
            3 * _W5**2,
            "12는 $3w^2$입니다. $w^3$을 미분한 $3w^2$에 앞의 계수 3을 곱하는 것을 잊었습니다.",
            "12 is $3w^2$: the derivative of $w^3$ is $3w^2$, and it still has to be multiplied by the coefficient 3 in front.",
        ),
        (
            9 * _W5,
            "18은 $9w$입니다. $w^3$의 미분은 $3w^2$이므로 $w$가 제곱으로 남습니다.",
            "18 is $9w$: the derivative of $w^3$ is $3w^2$, so $w$ stays squared.",
        ),
    ]
    for value, ko, en in known:
        if close(answer, value):
            raise Wrong(ko=ko, en=en)
    if isinstance(answer, (str, bytes)) or not close(answer, right, tol=float("inf")):
        raise Wrong(
            ko=f"숫자 하나(또는 원소가 하나인 텐서, 예: `w.grad`)로 답하세요. 받은 것은 {answer!r}입니다.",
            en=f"Answer with one number (or a one-element tensor such as `w.grad`), got {answer!r}.",
        )
    raise Wrong(
        ko=f"{float(answer):g}이(가) 나왔습니다. $\\frac{{d}}{{dw}} w^3 = 3w^2$에서 시작해 계수와 $w = 2$를 차례로 넣어 보세요.",
        en=f"You got {float(answer):g}. Start from $\\frac{{d}}{{dw}} w^3 = 3w^2$, then put in the coefficient and $w = 2$.",
    )


q5 = Question(
    "ch02.q5",
    prompt={
        "ko": "$z = 3w^3$을 $w = 2$에서 미분한 값 $dz/dw$를 손으로 구한 뒤, `requires_grad=True`인 `w`와 `backward()`로 확인하고 "
        "그 값을 `grad`로 넘기세요(숫자나 `w.grad`).",
        "en": "Work out by hand the derivative $dz/dw$ of $z = 3w^3$ at $w = 2$, check it with a `w` that has "
        "`requires_grad=True` and `backward()`, and pass the value as `grad` (a number or `w.grad`).",
    },
    check=_check_derivative,
    hint={
        "ko": "$\\frac{d}{dw} w^3 = 3w^2$입니다. 코드에서는 `w = torch.tensor(2.0, requires_grad=True)`로 시작하고, `backward()`는 한 번만 부릅니다.",
        "en": "$\\frac{d}{dw} w^3 = 3w^2$. In code, start from `w = torch.tensor(2.0, requires_grad=True)` and call `backward()` only once.",
    },
    solution="w = torch.tensor(2.0, requires_grad=True)\nz = 3 * w**3\nz.backward()\ngrad = w.grad  # 9 * 2**2 = 36",
    answer="grad",
)
