"""Chapter 7 exercises: softmax, one-hot vectors, the cross-entropy, and the shapes of a layer.

>>> from nnintro.exercises import ch07
>>> bool(ch07.q4.check(2.302585))
True
>>> bool(ch07.q5.check((3, 4)))
True
"""

import math

import torch
import torch.nn.functional as F

from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4", "q5"]


# ---------------------------------------------------------------- what every check here needs


def _function(answer: object, name: str) -> None:
    if not callable(answer):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(answer).__name__}입니다. 괄호 없이 `{name}`처럼 씁니다.",
            en=f"Pass the function itself, not {type(answer).__name__}: write `{name}`, without brackets.",
        )


def _tensor(value: object) -> torch.Tensor:
    """The reader's result as a float tensor, or Wrong saying what came back instead."""
    if value is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    if not isinstance(value, torch.Tensor):
        try:
            value = torch.as_tensor(value, dtype=torch.float32)
        except (TypeError, ValueError, RuntimeError):
            raise Wrong(
                ko=f"텐서를 돌려주세요. 받은 것은 {type(value).__name__}입니다.",
                en=f"Return a tensor, not {type(value).__name__}.",
            ) from None
    return value.detach().float()


def _keepdim(error: RuntimeError) -> Wrong | None:
    """A hint for the broadcasting error of a row sum without keepdim=True, else None."""
    if "must match the size" in str(error):
        return Wrong(
            ko="행마다 구한 값(합이나 최댓값)은 모양이 (n,)이라 모양 (n, c)인 점수와 계산이 맞지 않습니다. "
            "`keepdim=True`를 주어 (n, 1)로 남기세요.",
            en="A value per row (a sum or a maximum) has shape (n,), which does not line up with scores "
            "of shape (n, c): pass `keepdim=True` to keep it as (n, 1).",
        )
    return None


# ---------------------------------------------------------------- q1: softmax

# four samples (rows) of three classes; no row sums to 0, so "no exp" is recognisable
_SCORES = torch.tensor([[1.0, 2.0, 3.0], [1.0, 0.0, -2.0], [0.5, 2.5, 0.0], [2.0, 2.0, 2.0]])


def _check_softmax(my_softmax) -> None:
    _function(my_softmax, "my_softmax")
    try:
        p = _tensor(my_softmax(_SCORES.clone()))
    except RuntimeError as error:
        raise (_keepdim(error) or error) from None
    if tuple(p.shape) != tuple(_SCORES.shape):
        raise Wrong(
            ko=f"결과는 점수와 같은 모양 (4, 3)이어야 하는데 {tuple(p.shape)}입니다. 샘플(행)마다 클래스별 확률이 하나씩 있어야 합니다.",
            en=f"The result should have the scores' shape (4, 3), got {tuple(p.shape)}: one probability per class for each sample (row).",
        )
    if not torch.allclose(p, torch.softmax(_SCORES, dim=1), atol=1e-5):
        if torch.allclose(p, _SCORES / _SCORES.sum(dim=1, keepdim=True), atol=1e-5):
            raise Wrong(
                ko="점수를 점수의 합으로 나눴습니다. 그러면 음수 점수가 음수 '확률'이 됩니다. 먼저 `torch.exp`로 e^z를 구한 뒤 나누세요.",
                en="You divided the scores by their sum, which turns a negative score into a negative 'probability': "
                "take e^z with `torch.exp` first, then divide.",
            )
        if torch.allclose(p.sum(dim=0), torch.ones(3), atol=1e-4):
            raise Wrong(
                ko="열마다 합이 1입니다. `dim=0`(샘플 방향)으로 더했기 때문입니다. 샘플 하나가 한 행이므로 `dim=1`로 더하세요.",
                en="Each column adds up to 1: you summed along `dim=0`, across samples. One sample is one row: sum along `dim=1`.",
            )
        if abs(p.sum().item() - 1) < 1e-4:
            raise Wrong(
                ko="텐서 전체의 합이 1입니다. 모든 원소의 합으로 나누지 말고, 행마다 합을 구하세요(`sum(dim=1, keepdim=True)`).",
                en="The whole tensor adds up to 1: divide by each row's sum (`sum(dim=1, keepdim=True)`), not by the sum of all entries.",
            )
        if not torch.allclose(p.sum(dim=1), torch.ones(4), atol=1e-4):
            raise Wrong(
                ko="행마다 합이 1이 아닙니다. e^(z_i)를 행마다 Σ_j e^(z_j)로 나눴나요?",
                en="The rows do not add up to 1: did you divide each e^(z_i) by its row's Σ_j e^(z_j)?",
            )
        first = ", ".join(f"{v:.4f}" for v in p[0].tolist())
        raise Wrong(
            ko=f"점수 [1, 2, 3]의 소프트맥스는 [0.0900, 0.2447, 0.6652]인데 [{first}]이 나왔습니다. e^(z_i) / Σ_j e^(z_j)를 확인하세요.",
            en=f"The softmax of the scores [1, 2, 3] is [0.0900, 0.2447, 0.6652], got [{first}]: check e^(z_i) / Σ_j e^(z_j).",
        )
    big = torch.tensor([[1000.0, 0.0], [0.0, -1000.0]])
    p = _tensor(my_softmax(big.clone()))
    rows_ok = [bool(torch.isfinite(row).all()) for row in p]
    if rows_ok == [True, False]:
        raise Wrong(
            ko="두 번째 행 [0, −1000]에서 nan이 나옵니다. 텐서 전체의 최댓값(1000)을 빼면 그 행은 e^(−1000)과 e^(−2000)이 모두 0이 됩니다. "
            "행마다 그 행의 최댓값을 빼세요(`z.max(dim=1, keepdim=True).values`).",
            en="The second row, [0, −1000], gives nan: subtracting the whole tensor's maximum (1000) turns both of its "
            "exponentials into 0. Subtract each row's own maximum (`z.max(dim=1, keepdim=True).values`).",
        )
    if not all(rows_ok):
        raise Wrong(
            ko="점수 [1000, 0]에서 nan이나 inf가 나옵니다. float32에서 e^1000은 inf입니다. 소프트맥스는 모든 점수에 같은 수를 빼도 같으므로, "
            "지수를 구하기 전에 행마다 가장 큰 점수를 빼세요.",
            en="The scores [1000, 0] give nan or inf: in float32 e^1000 is inf. The softmax does not change when the same "
            "number is subtracted from every score, so subtract each row's largest score before the exponential.",
        )
    if not torch.allclose(p, torch.tensor([[1.0, 0.0], [1.0, 0.0]]), atol=1e-6):
        raise Wrong(
            ko="큰 점수 [[1000, 0], [0, −1000]]의 소프트맥스는 [[1, 0], [1, 0]]이어야 합니다. 최댓값을 뺀 뒤에도 분모는 같은 행의 합이어야 합니다.",
            en="The softmax of the large scores [[1000, 0], [0, −1000]] should be [[1, 0], [1, 0]]: after subtracting the maximum, "
            "divide by the same row's sum.",
        )


q1 = Question(
    "ch07.q1",
    prompt={
        "ko": "점수 `z`(모양 $(n, c)$, 행 하나가 샘플 하나)를 받아 각 행을 확률로 바꾼 텐서(모양 $(n, c)$)를 돌려주는 함수 `my_softmax`를 "
        "`F.softmax`와 `torch.softmax`를 쓰지 않고 작성하세요. 점수가 $[1000, 0]$처럼 커도 nan이 나오지 않아야 합니다.",
        "en": "Write a function `my_softmax` that takes scores `z` (shape $(n, c)$, one sample per row) and returns each row turned "
        "into probabilities (shape $(n, c)$), without `F.softmax` or `torch.softmax`. Scores as large as $[1000, 0]$ must not give nan.",
    },
    check=_check_softmax,
    hint={
        "ko": "$p_i = e^{z_i} / \\sum_j e^{z_j}$를 행마다 계산합니다. 어느 `dim`으로 더해야 한 행의 합이 되나요? 큰 점수는 이론 페이지의 "
        "'수치 안정성' 절처럼 처리합니다.",
        "en": "Compute $p_i = e^{z_i} / \\sum_j e^{z_j}$ within each row: which `dim` sums one row? Handle large scores as in the "
        "theory page's section on numerical stability.",
    },
    solution="def my_softmax(z):\n"
    "    z = z - z.max(dim=1, keepdim=True).values  # the same softmax, and no e^1000\n"
    "    e = torch.exp(z)\n"
    "    return e / e.sum(dim=1, keepdim=True)",
    answer="my_softmax",
)


# ---------------------------------------------------------------- q2: one-hot vectors


def _check_one_hot(my_one_hot) -> None:
    _function(my_one_hot, "my_one_hot")
    for labels, c in (([0, 2, 1], 5), ([2, 2, 2, 1, 1, 1, 0, 0], 3)):
        y = torch.tensor(labels)
        n = len(labels)
        try:
            out = _tensor(my_one_hot(y.clone(), c))
        except RuntimeError as error:
            if "same number of dimensions" in str(error):
                raise Wrong(
                    ko="`scatter_`의 위치 텐서는 결과와 차원 수가 같아야 합니다. 모양 (n,)인 `y`를 `y.unsqueeze(1)`로 (n, 1)로 바꿔 넘기세요.",
                    en="`scatter_` needs an index with as many dimensions as the result: turn `y` of shape (n,) into (n, 1) "
                    "with `y.unsqueeze(1)`.",
                ) from None
            if "out of bounds" in str(error):
                raise Wrong(
                    ko="정답 번호가 열 범위를 벗어납니다. 결과는 모양 (n, c)로, 열이 클래스 수 `c`만큼 있어야 합니다.",
                    en="A label falls outside the columns: the result has shape (n, c), one column per class, `c` of them.",
                ) from None
            raise
        if tuple(out.shape) == (c, n):
            raise Wrong(
                ko=f"모양이 ({c}, {n})으로 뒤집혔습니다. 샘플 하나가 한 행이므로 모양은 (n, c) = ({n}, {c})입니다.",
                en=f"The shape ({c}, {n}) is transposed: one sample per row makes it (n, c) = ({n}, {c}).",
            )
        if out.dim() == 2 and out.shape[0] == n and out.shape[1] != c:
            raise Wrong(
                ko=f"열이 {out.shape[1]}개입니다. 열은 클래스 수 `c`(여기서 {c})만큼 있어야 합니다. `y`에 나오지 않은 클래스에도 자리가 필요하니 "
                "`y.max() + 1`이 아니라 받은 `c`를 쓰세요.",
                en=f"There are {out.shape[1]} columns: there must be one per class, `c` of them (here {c}). Classes missing "
                "from `y` need a column too, so use the `c` you are given, not `y.max() + 1`.",
            )
        if tuple(out.shape) != (n, c):
            raise Wrong(
                ko=f"결과의 모양은 (n, c) = ({n}, {c})여야 하는데 {tuple(out.shape)}입니다.",
                en=f"The result should have shape (n, c) = ({n}, {c}), got {tuple(out.shape)}.",
            )
        expected = torch.eye(c)[y]
        if not torch.equal(out, expected):
            if out.sum().item() == n and bool((out[:, 0] == 1).all()):
                raise Wrong(
                    ko="1이 모두 첫 번째 열에 있습니다. `scatter_(0, ...)`은 행을 고릅니다. 열(클래스)을 고르려면 `scatter_(1, ...)`입니다.",
                    en="All the 1s are in the first column: `scatter_(0, ...)` chooses rows. To choose columns (classes), "
                    "use `scatter_(1, ...)`.",
                )
            row = ", ".join(f"{v:g}" for v in out[0].tolist())
            raise Wrong(
                ko=f"행 i는 `y[i]`번째 자리만 1이고 나머지는 0이어야 합니다. y = {labels}의 첫 행은 "
                f"{expected[0].int().tolist()}인데 [{row}]입니다.",
                en=f"Row i must be 1 at position `y[i]` and 0 elsewhere. For y = {labels} the first row is "
                f"{expected[0].int().tolist()}, got [{row}].",
            )


q2 = Question(
    "ch07.q2",
    prompt={
        "ko": "클래스 번호 `y`(모양 $(n,)$, 정수)와 클래스 수 `c`를 받아 원-핫 벡터를 행으로 쌓은 텐서(모양 $(n, c)$)를 돌려주는 함수 "
        "`my_one_hot`을 작성하세요. 강의의 예에서 `my_one_hot(torch.tensor([0, 2, 1]), 5)`의 첫 행은 $[1, 0, 0, 0, 0]$입니다.",
        "en": "Write a function `my_one_hot` that takes class numbers `y` (shape $(n,)$, integers) and the number of classes `c`, "
        "and returns the one-hot vectors stacked as rows (shape $(n, c)$). In the lecture's example, the first row of "
        "`my_one_hot(torch.tensor([0, 2, 1]), 5)` is $[1, 0, 0, 0, 0]$.",
    },
    check=_check_one_hot,
    hint={
        "ko": "0으로 채운 $(n, c)$ 텐서에서 각 행의 `y[i]`번째 열에 1을 씁니다. `scatter_`의 첫 인자는 방향(dim)이고, 위치 텐서는 결과와 "
        "차원 수가 같아야 합니다.",
        "en": "Start from zeros of shape $(n, c)$ and write a 1 in column `y[i]` of each row. The first argument of `scatter_` is "
        "the direction (dim), and its index must have as many dimensions as the result.",
    },
    solution="def my_one_hot(y, c):\n"
    "    one_hot = torch.zeros(len(y), c)\n"
    "    return one_hot.scatter_(1, y.unsqueeze(1), 1)",
    answer="my_one_hot",
)


# ---------------------------------------------------------------- q3: the cross-entropy


def _lecture_example() -> tuple[torch.Tensor, torch.Tensor]:
    """The lecture's scores and labels: seed 1, rand(3, 5), randint(5, (3,)) -> labels [0, 2, 1]."""
    generator = torch.Generator().manual_seed(1)
    z = torch.rand(3, 5, generator=generator)
    return z, torch.randint(5, (3,), generator=generator)


def _check_cross_entropy(my_cross_entropy) -> None:
    _function(my_cross_entropy, "my_cross_entropy")
    z, y = _lecture_example()
    got = _tensor(my_cross_entropy(z.clone(), y.clone()))
    n, c = z.shape
    if got.numel() == n:
        raise Wrong(
            ko=f"샘플마다 하나씩, 값이 {n}개 나왔습니다. 비용은 숫자 하나입니다. 샘플들의 비용을 평균하세요(`.mean()`).",
            en=f"You got {n} values, one per sample: the cost is one number, the mean over the samples (`.mean()`).",
        )
    if got.numel() != 1:
        raise Wrong(
            ko=f"비용은 숫자 하나(원소가 하나인 텐서)여야 하는데 모양 {tuple(got.shape)}이 나왔습니다.",
            en=f"The cost should be one number (a one-element tensor), got shape {tuple(got.shape)}.",
        )
    value = got.item()
    expected = F.cross_entropy(z, y).item()
    if not close(value, expected, 1e-4):
        p, log_p = F.softmax(z, dim=1), F.log_softmax(z, dim=1)
        mistakes = [
            (
                F.cross_entropy(p, y).item(),
                "소프트맥스를 두 번 적용했습니다. `F.cross_entropy`(와 log-sum-exp 식)는 점수를 받아 스스로 소프트맥스를 계산하므로, "
                "확률을 넘기면 안 됩니다.",
                "The softmax was applied twice: `F.cross_entropy` (and the log-sum-exp formula) takes scores and computes the "
                "softmax itself, so do not pass it probabilities.",
            ),
            (
                -expected,
                "비용이 음수입니다. 확률의 로그는 0 이하이므로 −ln p처럼 앞에 마이너스를 붙여야 합니다.",
                "The cost is negative: the log of a probability is at most 0, so it needs the minus sign, −ln p.",
            ),
            (
                expected * n,
                f"샘플 {n}개의 비용을 더했습니다. 평균을 내려면 샘플 수로 나누세요(`.mean()`).",
                f"You added up the costs of the {n} samples: for the mean, divide by the number of samples (`.mean()`).",
            ),
            (
                expected / c,
                f"원소 {n}×{c}개 전체로 평균을 냈습니다. 행마다 더한 뒤(`sum(dim=1)`) 샘플 {n}개로 평균하세요.",
                f"You averaged over all {n}×{c} entries: sum each row (`sum(dim=1)`), then average over the {n} samples.",
            ),
            (
                (-log_p).mean().item(),
                "모든 클래스의 −ln p를 평균했습니다. 정답 클래스의 확률만 씁니다. 원-핫 벡터를 곱하거나 `[torch.arange(n), y]`로 고르세요.",
                "You averaged −ln p over every class: only the right class's probability counts. Multiply by the one-hot "
                "vectors, or pick it with `[torch.arange(n), y]`.",
            ),
            (
                (-log_p).sum(dim=1).mean().item(),
                "모든 클래스의 −ln p를 더했습니다. 정답 클래스의 확률만 씁니다. 원-핫 벡터를 곱하거나 `[torch.arange(n), y]`로 고르세요.",
                "You added −ln p over every class: only the right class's probability counts. Multiply by the one-hot "
                "vectors, or pick it with `[torch.arange(n), y]`.",
            ),
            (
                expected / math.log(10),
                "상용로그(`torch.log10`)를 썼습니다. 교차 엔트로피는 자연로그 ln, PyTorch에서는 `torch.log`입니다.",
                "That is the base-10 log (`torch.log10`): the cross-entropy uses the natural log ln, `torch.log` in PyTorch.",
            ),
            (
                expected / math.log(2),
                "밑이 2인 로그(`torch.log2`)를 썼습니다. 교차 엔트로피는 자연로그 ln, PyTorch에서는 `torch.log`입니다.",
                "That is the base-2 log (`torch.log2`): the cross-entropy uses the natural log ln, `torch.log` in PyTorch.",
            ),
        ]
        for mistaken, ko, en in mistakes:
            if close(value, mistaken, 1e-4):
                raise Wrong(ko=ko, en=en)
        raise Wrong(
            ko=f"강의의 예(시드 1의 `torch.rand(3, 5)`, 정답 [0, 2, 1])에서 비용은 {expected:.4f}인데 {value:.4f}이 나왔습니다. "
            "정답 클래스 확률의 −ln을 평균했나요?",
            en=f"On the lecture's example (seed 1's `torch.rand(3, 5)`, labels [0, 2, 1]) the cost is {expected:.4f}, got "
            f"{value:.4f}: is it the mean of −ln of the right class's probability?",
        )
    big = _tensor(my_cross_entropy(torch.tensor([[1000.0, 0.0]]), torch.tensor([1])))
    if not math.isfinite(big.item()):
        raise Wrong(
            ko="점수 [1000, 0], 정답 1에서 비용이 inf나 nan입니다. `torch.log(softmax)`는 확률 e^(−1000)이 0으로 반올림되어 ln 0이 됩니다. "
            "로그를 먼저 정리한 `F.log_softmax`(log-sum-exp)를 쓰세요.",
            en="The scores [1000, 0] with label 1 give inf or nan: in `torch.log(softmax)` the probability e^(−1000) rounds to 0 "
            "and its log is ln 0. Use `F.log_softmax` (log-sum-exp), which works the log out first.",
        )
    if not close(big.item(), 1000.0, 1e-4):
        raise Wrong(
            ko=f"점수 [1000, 0], 정답 1에서 비용은 1000이어야 하는데 {big.item():g}입니다.",
            en=f"The scores [1000, 0] with label 1 should cost 1000, got {big.item():g}.",
        )


q3 = Question(
    "ch07.q3",
    prompt={
        "ko": "점수 `z`(모양 $(n, c)$, 소프트맥스를 거치기 전)와 클래스 번호 `y`(모양 $(n,)$)를 받아 교차 엔트로피 비용을 돌려주는 함수 "
        "`my_cross_entropy`를 `F.cross_entropy`와 `F.nll_loss` 없이 작성하세요(`F.log_softmax`는 써도 됩니다). 점수가 $[1000, 0]$처럼 "
        "커도 비용이 inf가 되면 안 됩니다.",
        "en": "Write a function `my_cross_entropy` that takes scores `z` (shape $(n, c)$, before any softmax) and class numbers "
        "`y` (shape $(n,)$) and returns the cross-entropy cost, without `F.cross_entropy` or `F.nll_loss` (`F.log_softmax` is "
        "allowed). Scores as large as $[1000, 0]$ must not make the cost inf.",
    },
    check=_check_cross_entropy,
    hint={
        "ko": "샘플마다 정답 클래스가 받은 확률의 $-\\ln$을 구하고 평균합니다. 로그 확률은 점수에서 바로 구하는 편이 안전합니다.",
        "en": "For each sample take $-\\ln$ of the probability of its right class, then average. Log-probabilities are safest "
        "computed from the scores directly.",
    },
    solution="import torch.nn.functional as F\n\n\n"
    "def my_cross_entropy(z, y):\n"
    "    log_p = F.log_softmax(z, dim=1)  # ln p, by log-sum-exp\n"
    "    return -log_p[torch.arange(len(y)), y].mean()",
    answer="my_cross_entropy",
)


# ---------------------------------------------------------------- q4: the cost at the start


def _check_first_cost(answer) -> None:
    expected = math.log(10)
    if close(answer, expected, 1e-4 / expected):
        return
    mistakes = [
        (
            0.1,
            "0.1은 각 클래스의 확률 1/10입니다. 비용은 정답 클래스 확률의 −ln입니다.",
            "0.1 is each class's probability, 1/10: the cost is −ln of the right class's probability.",
        ),
        (
            -expected,
            "부호가 반대입니다. ln(1/10)은 음수이고, 비용은 −ln(1/10)입니다.",
            "The sign is flipped: ln(1/10) is negative, and the cost is −ln(1/10).",
        ),
        (
            1.0,
            "log₁₀ 10 = 1입니다. 교차 엔트로피의 로그는 자연로그 ln입니다.",
            "log₁₀ 10 = 1: the cross-entropy's log is the natural log ln.",
        ),
        (
            math.log2(10),
            "밑이 2인 로그입니다. 교차 엔트로피의 로그는 자연로그 ln입니다.",
            "That is the base-2 log: the cross-entropy's log is the natural log ln.",
        ),
        (
            math.log(3),
            "ln 3은 클래스가 3개인 강의 데이터의 값입니다. 클래스가 10개이면요?",
            "ln 3 is the value for the lecture's data with 3 classes. What about 10 classes?",
        ),
        (
            0.0,
            "비용 0은 정답 클래스에 확률 1을 줄 때입니다. 처음에는 모든 클래스의 확률이 같습니다.",
            "A cost of 0 means probability 1 for the right class. At the start every class has the same probability.",
        ),
    ]
    for mistaken, ko, en in mistakes:
        if close(answer, mistaken, 1e-3):
            raise Wrong(ko=ko, en=en)
    if close(answer, expected, 1e-2):
        raise Wrong(
            ko="거의 맞았습니다. 소수점 넷째 자리까지 써 주세요.",
            en="Almost: give it to four decimal places.",
        )
    raise Wrong(
        ko="W = 0, b = 0이면 모든 점수가 0이라 모든 확률이 1/c입니다. 그러면 비용은 얼마일까요?",
        en="With W = 0 and b = 0 every score is 0, so every probability is 1/c. What does that cost?",
    )


q4 = Question(
    "ch07.q4",
    prompt={
        "ko": "손글씨 숫자(클래스 10개)를 분류하는 소프트맥스 회귀를 $W = 0$, $b = 0$으로 시작합니다. 학습 전 첫 비용(교차 엔트로피)은 "
        "얼마인가요? 먼저 손으로 예측하고, 소수점 넷째 자리까지 숫자로 답하세요.",
        "en": "A softmax regression for handwritten digits (10 classes) starts from $W = 0$, $b = 0$. What is its first cost "
        "(cross-entropy), before any training? Predict it by hand, then answer with a number to four decimal places.",
    },
    check=_check_first_cost,
    hint={
        "ko": "모든 점수가 같으면 소프트맥스는 모든 클래스에 같은 확률을 줍니다. 클래스가 3개인 강의 데이터에서는 첫 비용이 $\\ln 3$이었습니다.",
        "en": "Equal scores get equal probabilities from the softmax. On the lecture's data with 3 classes the first cost was $\\ln 3$.",
    },
    solution="import math\n\nfirst_cost = math.log(10)  # -ln(1/10): every class gets probability 1/10",
    answer="first_cost",
)


# ---------------------------------------------------------------- q5: the shape of nn.Linear's weight


def _shape(answer) -> tuple | None:
    if isinstance(answer, torch.Size):
        return tuple(answer)
    if isinstance(answer, (tuple, list)) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in answer
    ):
        return tuple(answer)
    return None


def _check_weight_shape(answer) -> None:
    shape = _shape(answer)
    if shape is None:
        if isinstance(answer, (int, float)) and answer == 12:
            raise Wrong(
                ko="12는 원소의 개수입니다. 모양을 `(행, 열)` 튜플로 답하세요.",
                en="12 is the number of entries: answer with the shape, a `(rows, columns)` tuple.",
            )
        raise Wrong(
            ko=f"모양을 `(3, 7)`처럼 정수 튜플로 답하세요. 받은 것은 {answer!r}입니다.",
            en=f"Answer with the shape as a tuple of integers, like `(3, 7)`; got {answer!r}.",
        )
    if shape == (3, 4):
        return
    if shape == (4, 3):
        raise Wrong(
            ko="(4, 3)은 이 장의 XW에서 쓴 W(특성 × 클래스)의 모양입니다. `nn.Linear`는 가중치를 (출력 수, 입력 수)로 저장하고 "
            "xWᵀ + b를 계산합니다. 이론 페이지의 '가중치 행렬의 세 가지 관례' 표를 보세요.",
            en="(4, 3) is the shape of this chapter's W in XW (features × classes). `nn.Linear` stores its weight as "
            "(outputs, inputs) and computes xWᵀ + b: see 'Three conventions for the weight matrix' on the theory page.",
        )
    if shape in {(3,), (1, 3)}:
        raise Wrong(
            ko=f"{shape}은 편향 `bias`의 모양에 가깝습니다. `weight`는 입력 4개와 출력 3개를 모두 잇습니다.",
            en=f"{shape} is close to the shape of the `bias`: the `weight` joins all 4 inputs to all 3 outputs.",
        )
    if shape in {(8, 3), (8, 4)}:
        raise Wrong(
            ko="그건 데이터나 출력의 모양입니다(샘플 8개). 가중치의 모양은 샘플 수와 상관없습니다.",
            en="That is the shape of the data or of the output (8 samples): a weight's shape does not depend on the number of samples.",
        )
    raise Wrong(
        ko=f"{shape}이 아닙니다. `nn.Linear(in_features, out_features)`의 가중치는 출력마다 입력 수만큼의 수를 가집니다.",
        en=f"Not {shape}: the weight of `nn.Linear(in_features, out_features)` holds, for each output, one number per input.",
    )


q5 = Question(
    "ch07.q5",
    prompt={
        "ko": "특성 4개, 클래스 3개인 강의의 모델 `nn.Linear(4, 3)`에서 `weight`의 모양은 무엇일까요? 실행해 보기 전에 예측하고, "
        "`(3, 7)`처럼 튜플로 답하세요.",
        "en": "In the lecture's model `nn.Linear(4, 3)`, with 4 features and 3 classes, what is the shape of `weight`? Predict "
        "it before running anything, and answer with a tuple like `(3, 7)`.",
    },
    check=_check_weight_shape,
    hint={
        "ko": "이 장의 $XW$에서는 $W$가 (특성 × 클래스)였습니다. `nn.Linear`도 같은 관례를 쓸까요? 이론 페이지의 '가중치 행렬의 세 가지 관례'를 보세요.",
        "en": "In this chapter's $XW$, $W$ was (features × classes). Does `nn.Linear` follow the same convention? See "
        "'Three conventions for the weight matrix' on the theory page.",
    },
    solution="weight_shape = (3, 4)  # (out_features, in_features): tuple(nn.Linear(4, 3).weight.shape)",
    answer="weight_shape",
)
