"""Chapter 1 exercises: kinds of problems, parameters, a training/test split and the RMSE.

>>> from nnintro.exercises import ch01
>>> bool(ch01.q4.check(112.5**0.5))
True
"""

import math

import torch

from nnintro._checks import as_tensor
from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4"]


def _label(value: object, labels: dict[str, str], where: tuple[str, str], allowed: str) -> str:
    """Return the canonical label of ``value`` (Korean or English, any case and spacing).

    ``where`` names the item in Korean and in English.
    """
    ko, en = where
    if not isinstance(value, str):
        raise Wrong(
            ko=f"{ko}: 문자열로 답하세요({allowed}). 받은 것은 {type(value).__name__}입니다.",
            en=f"{en}: answer with a string ({allowed}), got {type(value).__name__}.",
        )
    key = "".join(value.lower().replace("-", " ").replace("_", " ").split())
    if key not in labels:
        raise Wrong(
            ko=f"{ko}: {value!r}은(는) 쓸 수 있는 답이 아닙니다. {allowed} 가운데 하나로 답하세요.",
            en=f"{en}: {value!r} is not one of the answers; use one of {allowed}.",
        )
    return labels[key]


def _count(wrong: int, total: int) -> str:
    return f"{wrong} of {total} {'is' if wrong == 1 else 'are'} wrong."


# ---------------------------------------------------------------- q1: regression or classification

_KINDS = {
    "regression": "regression",
    "회귀": "regression",
    "binary": "binary",
    "binaryclassification": "binary",
    "이진분류": "binary",
    "이진": "binary",
    "multiclass": "multi-class",
    "multiclassclassification": "multi-class",
    "다중분류": "multi-class",
    "다중": "multi-class",
    "classification": "classification",  # not enough: which kind?
    "분류": "classification",
}
_KIND_NAMES = '"regression", "binary", "multi-class"'

# (task in Korean, task in English, its kind, why, in Korean and English)
_TASKS = [
    (
        "공부 시간으로 시험 점수(0점부터 100점)를 예측하기",
        "Predict an exam score (0 to 100 points) from the hours studied",
        "regression",
        "점수는 연속적인 수입니다. 90점을 85점으로 예측하면 '5점만큼' 틀린 것처럼, 얼마나 가까운지가 의미 있습니다.",
        "a score is a continuous number: predicting 85 for 90 is wrong 'by 5 points', so closeness means something.",
    ),
    (
        "메일이 스팸인지 아닌지 가려내기",
        "Tell whether an e-mail is spam or not",
        "binary",
        "답은 '스팸'과 '스팸 아님', 두 범주 가운데 하나입니다.",
        "the answer is one of two categories, spam or not spam.",
    ),
    (
        "손글씨 숫자 이미지가 0부터 9 가운데 어느 숫자인지 맞히기",
        "Tell which digit, 0 to 9, a handwritten image shows",
        "multi-class",
        "숫자처럼 보여도 10개의 범주입니다. 7을 8로 읽는 것이 7을 1로 읽는 것보다 '덜 틀린' 것이 아니므로 회귀가 아닙니다.",
        "they look like numbers but are 10 categories: reading a 7 as an 8 is not 'less wrong' than reading it as a 1, so this is not regression.",
    ),
    (
        "얼굴 사진으로 그 사람의 나이를 예측하기",
        "Predict a person's age from a photo of the face",
        "regression",
        "나이는 정수로 말하지만 크기가 있는 수입니다. 41살을 40살로 예측하면 1살만큼만 틀린 것이므로 회귀입니다(1장의 표에도 있습니다).",
        "we say ages in whole years, but an age is a quantity: predicting 40 for 41 is wrong by only one year, so this is regression (it is in chapter 1's table).",
    ),
    (
        "공부 시간으로 학점(A, B, C, D, F)을 맞히기",
        "Predict the letter grade (A, B, C, D, F) from the hours studied",
        "multi-class",
        "학점은 다섯 범주 가운데 하나입니다.",
        "a letter grade is one of five categories.",
    ),
]


def _check_kinds(answer: object) -> None:
    if isinstance(answer, str) or not isinstance(answer, (list, tuple)):
        raise Wrong(
            ko=f"과제마다 답을 하나씩, 다섯 개를 리스트로 넘겨 주세요. 예: `[{_KIND_NAMES}, ...]`",
            en=f"Pass a list of five answers, one per task, e.g. `[{_KIND_NAMES}, ...]`.",
        )
    if len(answer) != len(_TASKS):
        raise Wrong(
            ko=f"과제는 {len(_TASKS)}개인데 답이 {len(answer)}개입니다. 과제 순서대로 하나씩 쓰세요.",
            en=f"There are {len(_TASKS)} tasks but {len(answer)} answers: give one per task, in order.",
        )
    kinds = [
        _label(a, _KINDS, (f"{k + 1}번", f"Task {k + 1}"), _KIND_NAMES)
        for k, a in enumerate(answer)
    ]
    if "classification" in kinds:
        k = kinds.index("classification")
        raise Wrong(
            ko=f'{k + 1}번: "분류"만으로는 부족합니다. 범주가 둘이면 "binary", 셋 이상이면 "multi-class"입니다.',
            en=f'Task {k + 1}: "classification" is not enough: two categories make "binary", three or more "multi-class".',
        )
    wrong = [k for k, (kind, task) in enumerate(zip(kinds, _TASKS, strict=True)) if kind != task[2]]
    if wrong:
        k = wrong[0]
        _, _, _, why_ko, why_en = _TASKS[k]
        raise Wrong(
            ko=f"{len(_TASKS)}개 가운데 {len(wrong)}개가 틀렸습니다. {k + 1}번: {why_ko}",
            en=f"{_count(len(wrong), len(_TASKS))} Task {k + 1}: {why_en}",
        )


def _task_list(lang: int) -> str:
    return " ".join(f"({k + 1}) {task[lang]}." for k, task in enumerate(_TASKS))


q1 = Question(
    "ch01.q1",
    prompt={
        "ko": "다섯 과제가 각각 회귀인지, 이진 분류인지, 다중 분류인지 고르세요. "
        f"{_task_list(0)} 답은 과제 순서대로 "
        f"{_KIND_NAMES} 가운데 하나씩 쓴 리스트 `kinds`입니다.",
        "en": "For each of the five tasks, say whether it is regression, binary classification or "
        f"multi-class classification. {_task_list(1)} The answer is a list `kinds` with one of "
        f"{_KIND_NAMES} per task, in order.",
    },
    check=_check_kinds,
    hint={
        "ko": "정답 $y$가 어떤 값인지 보세요. 가까운 값일수록 덜 틀린 것인 수라면 회귀, 정해진 범주 가운데 하나라면 범주의 개수를 세어 이진 분류와 다중 분류를 가립니다.",
        "en": "Look at what kind of value the answer $y$ is. A number where a closer guess is less wrong means regression; one of a fixed set of categories means classification, and the number of categories tells binary from multi-class.",
    },
    solution='kinds = ["regression", "binary", "multi-class", "regression", "multi-class"]',
    answer="kinds",
)


# ---------------------------------------------------------------- q2: parameter or hyperparameter

_ROLES = {
    "parameter": "parameter",
    "매개변수": "parameter",
    "파라미터": "parameter",
    "hyperparameter": "hyperparameter",
    "하이퍼파라미터": "hyperparameter",
}
_ROLE_NAMES = '"parameter", "hyperparameter"'
_VALUES = {  # name: (role, what it is in Korean, in English, why in Korean, why in English)
    "W": (
        "parameter",
        "직선의 가중치 $W$",
        "the line's weight $W$",
        "$W$는 옵티마이저가 비용을 줄이도록 고쳐 나가는 값, 즉 데이터에서 배우는 값입니다.",
        "$W$ is what the optimizer changes to lower the cost: it is learned from the data.",
    ),
    "b": (
        "parameter",
        "직선의 편향 $b$",
        "the line's bias $b$",
        "처음 값 0은 사람이 정했지만, $b$ 자체는 학습하면서 바뀌는, 데이터에서 배우는 값입니다.",
        "people chose its starting value 0, but $b$ itself changes during training: it is learned from the data.",
    ),
    "lr": (
        "hyperparameter",
        "학습률 `lr=0.01`",
        "the learning rate `lr=0.01`",
        "학습률은 학습 전에 사람이 정하고, 학습하는 동안 바뀌지 않습니다. `optim.SGD`에 넘기는 인자라고 해서 매개변수(학습하는 값)는 아닙니다.",
        "the learning rate is chosen by people before training and does not change during it; being an argument of `optim.SGD` does not make it a learned parameter.",
    ),
    "epochs": (
        "hyperparameter",
        "에폭 수 `epochs = 2000`",
        "the number of epochs `epochs = 2000`",
        "학습을 몇 번 되풀이할지는 학습 전에 사람이 정하는 값입니다.",
        "how many times training repeats is chosen by people before training.",
    ),
}


def _check_roles(answer: object) -> None:
    if not isinstance(answer, dict):
        raise Wrong(
            ko=f'이름마다 답을 적은 딕셔너리를 넘겨 주세요. 예: `{{"W": ..., "b": ..., "lr": ..., "epochs": ...}}`. 받은 것은 {type(answer).__name__}입니다.',
            en=f'Pass a dict with one answer per name, e.g. `{{"W": ..., "b": ..., "lr": ..., "epochs": ...}}`; got {type(answer).__name__}.',
        )
    missing = [name for name in _VALUES if name not in answer]
    if missing:
        raise Wrong(
            ko=f"딕셔너리에 {', '.join(missing)}이(가) 없습니다. 키는 {', '.join(_VALUES)} 네 개입니다.",
            en=f"The dict lacks {', '.join(missing)}; its keys are the four names {', '.join(_VALUES)}.",
        )
    roles = {
        name: _label(answer[name], _ROLES, (f"`{name}`", f"`{name}`"), _ROLE_NAMES)
        for name in _VALUES
    }
    wrong = [name for name, (role, *_) in _VALUES.items() if roles[name] != role]
    if wrong:
        _, what_ko, what_en, why_ko, why_en = _VALUES[wrong[0]]
        raise Wrong(
            ko=f"{len(_VALUES)}개 가운데 {len(wrong)}개가 틀렸습니다. {what_ko}: {why_ko}",
            en=f"{_count(len(wrong), len(_VALUES))} {what_en[0].upper()}{what_en[1:]}: {why_en}",
        )


q2 = Question(
    "ch01.q2",
    prompt={
        "ko": "튜토리얼의 직선 모델에서 다음 값은 각각 매개변수(parameter)인가요, 하이퍼파라미터(hyperparameter)인가요? "
        + ", ".join(f"`{name}`({v[1]})" for name, v in _VALUES.items())
        + ". "
        f"이름을 키로, {_ROLE_NAMES} 가운데 하나를 값으로 하는 딕셔너리 `roles`로 답하세요.",
        "en": "In the tutorial's line model, which of these values are parameters and which are hyperparameters: "
        + ", ".join(f"`{name}` ({v[2]})" for name, v in _VALUES.items())
        + "? Answer with a dict `roles` whose keys are the names "
        f"and whose values are {_ROLE_NAMES}.",
    },
    check=_check_roles,
    hint={
        "ko": "학습하는 동안 옵티마이저가 바꾸는 값인지, 학습을 시작하기 전에 사람이 정하고 그대로 두는 값인지 물어보세요.",
        "en": "Ask whether the optimizer changes the value during training, or people set it before training and leave it.",
    },
    solution='roles = {"W": "parameter", "b": "parameter", "lr": "hyperparameter", "epochs": "hyperparameter"}',
    answer="roles",
)


# ---------------------------------------------------------------- q3: a training/test split


def _indices(value: object, name: str) -> torch.Tensor:
    try:
        t = as_tensor("", name, value)
    except TypeError as error:
        raise Wrong(
            ko=f"{name}은(는) 번호의 텐서나 리스트여야 합니다: {error}",
            en=f"{name} must be a tensor or a list of indices: {error}",
        ) from None
    if t.dim() != 1 or t.is_floating_point() or t.dtype == torch.bool:
        raise Wrong(
            ko=f"{name}은(는) 정수 번호가 한 줄로 늘어선 1차원 텐서여야 하는데, 모양 {tuple(t.shape)}, 자료형 {t.dtype}입니다. `torch.randperm(n)`을 잘라서 만드세요.",
            en=f"{name} must be a 1-D tensor of integer indices, got shape {tuple(t.shape)} and dtype {t.dtype}; slice `torch.randperm(n)`.",
        )
    return t


def _check_split(split) -> None:
    if not callable(split):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(split).__name__}입니다. 괄호 없이 `split`처럼 씁니다.",
            en=f"Pass the function itself, not {type(split).__name__}: write `split`, without brackets.",
        )
    for n, n_test in ((12, 4), (100, 20), (100, 20)):
        result = split(n, n_test)
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            raise Wrong(
                ko="`(train_idx, test_idx)`처럼 번호 묶음 두 개를 돌려주세요. `return`을 빠뜨리지 않았나요?",
                en="Return two sets of indices, `(train_idx, test_idx)`. Is a `return` missing?",
            )
        train, test = _indices(result[0], "train_idx"), _indices(result[1], "test_idx")
        sizes = (len(train), len(test))
        if sizes == (n_test, n - n_test) and n_test != n - n_test:
            raise Wrong(
                ko=f"split({n}, {n_test})의 훈련 데이터가 {sizes[0]}개, 테스트 데이터가 {sizes[1]}개입니다. 둘이 바뀌었습니다: 테스트 데이터가 {n_test}개입니다.",
                en=f"split({n}, {n_test}) gives {sizes[0]} training and {sizes[1]} test indices: the two are swapped; the test part has {n_test}.",
            )
        everything = torch.cat([train, test])
        if not set(everything.tolist()) <= set(range(n)):
            raise Wrong(
                ko=f"split({n}, {n_test})의 번호 가운데 0부터 {n - 1}까지를 벗어난 것이 있습니다. 번호는 0부터 셉니다.",
                en=f"Some indices of split({n}, {n_test}) are outside 0 to {n - 1}: indices count from 0.",
            )
        if len(set(train.tolist())) < len(train) or len(set(test.tolist())) < len(test):
            raise Wrong(
                ko=f"split({n}, {n_test})에서 같은 번호가 두 번 나옵니다. 같은 번호가 되풀이될 수 있는 `torch.randint` 대신, 0부터 {n - 1}까지를 한 번씩 섞는 `torch.randperm`을 쓰세요.",
                en=f"split({n}, {n_test}) repeats an index. Use `torch.randperm`, which shuffles 0 to {n - 1} each once, not `torch.randint`, which can repeat a number.",
            )
        both = set(train.tolist()) & set(test.tolist())
        if both:
            raise Wrong(
                ko=f"split({n}, {n_test})에서 번호 {sorted(both)[0]}이(가) 훈련 데이터와 테스트 데이터에 모두 들어 있습니다. 자르는 위치가 하나 어긋나지 않았나요? `perm[:k]`와 `perm[k:]`는 겹치지 않습니다.",
                en=f"split({n}, {n_test}) puts index {sorted(both)[0]} in both the training and the test part. Is a cut off by one? `perm[:k]` and `perm[k:]` never overlap.",
            )
        if sizes != (n - n_test, n_test):
            raise Wrong(
                ko=f"split({n}, {n_test})의 크기가 훈련 {sizes[0]}개, 테스트 {sizes[1]}개입니다. 훈련 {n - n_test}개, 테스트 {n_test}개여야 합니다.",
                en=f"split({n}, {n_test}) gives {sizes[0]} training and {sizes[1]} test indices; it should be {n - n_test} and {n_test}.",
            )
        if n == 100 and everything.tolist() == list(range(n)):
            raise Wrong(
                ko="번호가 0, 1, 2, … 순서 그대로입니다. 섞지 않고 나누면 데이터가 모인 순서에 따라 훈련 데이터와 테스트 데이터의 성격이 달라질 수 있습니다. 먼저 섞으세요.",
                en="The indices come in order 0, 1, 2, …: splitting without shuffling lets the order in which data were collected make the two parts differ. Shuffle first.",
            )


q3 = Question(
    "ch01.q3",
    prompt={
        "ko": "데이터 `n`개의 번호 0부터 `n - 1`을 무작위로 섞어, 훈련 데이터의 번호 `n - n_test`개와 테스트 데이터의 번호 `n_test`개로 "
        "나누는 함수 `split(n, n_test)`를 작성하세요. `(train_idx, test_idx)`를 돌려줍니다. 튜토리얼의 3절은 `n = 12`, `n_test = 4`입니다.",
        "en": "Write a function `split(n, n_test)` that shuffles the indices 0 to `n - 1` of `n` examples and splits them into "
        "`n - n_test` training indices and `n_test` test indices, returning `(train_idx, test_idx)`. "
        "Section 3 of the tutorial has `n = 12` and `n_test = 4`.",
    },
    check=_check_split,
    hint={
        "ko": "`torch.randperm(n)`으로 섞은 뒤, 한 위치에서 잘라 앞부분과 뒷부분으로 나눕니다. 자르는 위치가 어디인지 세어 보세요.",
        "en": "Shuffle with `torch.randperm(n)`, then cut it at one position into a front and a back part. Count where the cut goes.",
    },
    solution="def split(n, n_test):\n    perm = torch.randperm(n)\n    return perm[: n - n_test], perm[n - n_test :]",
    answer="split",
)


# ---------------------------------------------------------------- q4: the RMSE by hand

_HOURS, _SCORES = (10, 9, 3, 2), (90, 80, 50, 30)  # the lecture's four students (chapter 1)
_GUESS = (5, 40)  # the guessed line H(x) = 5x + 40


def _guess_errors() -> list[float]:
    w, b = _GUESS
    return [w * x + b - y for x, y in zip(_HOURS, _SCORES, strict=True)]


def _check_rmse(answer: object) -> None:
    errors = _guess_errors()
    squares = [e * e for e in errors]
    mse = sum(squares) / len(squares)
    rmse = math.sqrt(mse)
    if isinstance(answer, torch.Tensor) and answer.numel() != 1:
        raise Wrong(
            ko=f"답은 숫자 하나여야 하는데 모양 {tuple(answer.shape)}의 텐서입니다. 학생마다의 값을 하나로 모으세요.",
            en=f"The answer is one number, but this is a tensor of shape {tuple(answer.shape)}: combine the students' values into one.",
        )
    if isinstance(answer, (str, bytes)) or not close(answer, 0.0, tol=math.inf):
        raise Wrong(
            ko=f"숫자 하나로 답하세요. 받은 것은 {answer!r}입니다.",
            en=f"Answer with one number, got {answer!r}.",
        )
    if close(answer, rmse, tol=1e-3):
        return
    known = [
        (
            mse,
            "평균 제곱 오차(MSE)입니다. RMSE는 그 제곱근입니다.",
            "the mean squared error (MSE); the RMSE is its square root.",
        ),
        (
            sum(squares),
            "제곱 오차의 합입니다. 평균을 낸 뒤 제곱근을 씌우세요.",
            "the sum of the squared errors: take the mean, then the square root.",
        ),
        (
            math.sqrt(sum(squares)),
            "합의 제곱근입니다. 학생 수로 나눠 평균을 낸 뒤에 제곱근을 씌우세요.",
            "the square root of the sum: divide by the number of students first, then take the square root.",
        ),
        (
            sum(abs(e) for e in errors) / len(errors),
            "오차의 절댓값의 평균입니다. 오차를 제곱해서 평균을 낸 뒤 제곱근을 씌우세요.",
            "the mean of the absolute errors: square the errors, average, then take the square root.",
        ),
    ]
    for value, ko, en in known:
        if close(answer, value, tol=1e-3):
            raise Wrong(ko=f"{float(answer):g}은(는) {ko}", en=f"{float(answer):g} is {en}")
    if close(answer, rmse, tol=2e-2):
        raise Wrong(
            ko=f"거의 맞았지만 {float(answer):g}은(는) 조금 다릅니다. 중간 결과를 반올림하지 말고 끝까지 계산하세요.",
            en=f"Nearly, but {float(answer):g} is a little off: do not round the intermediate results.",
        )
    got = f"{float(answer):g}"
    raise Wrong(
        ko=f"{got}이(가) 나왔습니다. 예측에서 점수를 뺀 오차가 {', '.join(f'{e:g}' for e in errors)}인지부터 확인하세요.",
        en=f"You got {got}. First check that the errors, prediction minus score, are {', '.join(f'{e:g}' for e in errors)}.",
    )


q4 = Question(
    "ch01.q4",
    prompt={
        "ko": "평균 제곱 오차의 제곱근 $\\sqrt{\\text{MSE}}$를 RMSE(root mean squared error)라고 합니다. 점수와 단위가 같아서 "
        "'예측이 대략 몇 점쯤 빗나가는가'로 읽을 수 있습니다. 이론 페이지의 학생 네 명(공부 시간 10, 9, 3, 2시간, 점수 90, 80, 50, 30점)에서 "
        "어림짐작한 직선 $H(x) = 5x + 40$의 RMSE를 손으로(또는 파이썬 계산기로) 구해 `rmse`로 넘기세요.",
        "en": "The square root of the mean squared error, $\\sqrt{\\text{MSE}}$, is the RMSE (root mean squared error). It has the "
        "units of the scores, so it reads as 'roughly how many points the predictions miss by'. For the theory page's four students "
        "(10, 9, 3 and 2 hours; scores 90, 80, 50 and 30) work out the RMSE of the guessed line $H(x) = 5x + 40$ by hand "
        "(or with Python as a calculator) and pass it as `rmse`.",
    },
    check=_check_rmse,
    hint={
        "ko": "학생마다 예측 $5x + 40$과 점수의 차이를 구하고, 제곱하고, 평균을 낸 뒤, 마지막에 제곱근을 씌웁니다. 순서가 중요합니다.",
        "en": "For each student take the difference between the prediction $5x + 40$ and the score, square it, average, and only then take the square root. The order matters.",
    },
    solution="errors = [5 * x + 40 - y for x, y in [(10, 90), (9, 80), (3, 50), (2, 30)]]\n"
    "rmse = (sum(e**2 for e in errors) / len(errors)) ** 0.5",
    answer="rmse",
)
