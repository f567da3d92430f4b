"""Chapter 11 exercises: MNIST with the lecture's MLP: parameters, the first cost, flattening a
batch, accuracy from logits, and updates per epoch. No check trains or needs the dataset.

>>> from nnintro.exercises import ch11
>>> bool(ch11.q1.check(118282)), bool(ch11.q5.check(196))
(True, True)
>>> bool(ch11.q3.check(lambda x: x.flatten(1)))
True
"""

import math
from itertools import pairwise
from numbers import Real

import torch

from nnintro.exercises._core import Question, Wrong, close

__all__ = ["q1", "q2", "q3", "q4", "q5"]


def _number(answer: object) -> float:
    """The answer as a float: a Python number or a one-element tensor; else a hint."""
    if isinstance(answer, torch.Tensor):
        if answer.numel() != 1:
            raise Wrong(
                ko=f"숫자 하나를 넘겨 주세요. 받은 것은 모양이 {tuple(answer.shape)}인 텐서입니다.",
                en=f"Pass one number; you passed a tensor of shape {tuple(answer.shape)}.",
            )
        return float(answer)
    if isinstance(answer, str):
        raise Wrong(
            ko=f"문자열이 아니라 숫자를 따옴표 없이 넘겨 주세요. 받은 것은 {answer!r}입니다.",
            en=f"Pass a number, not the string {answer!r} (no quotes).",
        )
    if isinstance(answer, bool) or not isinstance(answer, Real):
        raise Wrong(
            ko=f"숫자 하나를 넘겨 주세요. 받은 것은 {type(answer).__name__}입니다.",
            en=f"Pass one number; you passed {type(answer).__name__}.",
        )
    return float(answer)


def _function(answer: object, name: str) -> None:
    if not callable(answer):
        raise Wrong(
            ko=f"함수를 넘겨 주세요. 받은 것은 {type(answer).__name__}입니다. 괄호 없이 `{name}`처럼 씁니다.",
            en=f"Pass the function itself, not {type(answer).__name__}: write `{name}`, without brackets.",
        )


# ---------------------------------------------------------------- q1: parameters of 784-128-128-10

SMALL = [784, 128, 128, 10]


def _check_parameters(answer: object) -> None:
    value = _number(answer)
    layers = list(pairwise(SMALL))
    weights = sum(n_in * n_out for n_in, n_out in layers)
    total = weights + sum(SMALL[1:])
    if value == total:
        return
    each = [n_in * n_out + n_out for n_in, n_out in layers]
    if value == weights:
        raise Wrong(
            ko=f"{weights:,}개는 가중치만 센 값입니다. 층마다 출력 수만큼 편향(bias)도 있습니다.",
            en=f"{weights:,} counts the weights only: each layer also has one bias per output.",
        )
    if value == total - SMALL[-1]:
        raise Wrong(
            ko="출력층의 편향 10개를 빠뜨렸습니다. 마지막 층에도 편향이 있습니다.",
            en="The output layer's 10 biases are missing: the last layer has biases too.",
        )
    if value == total - SMALL[1]:
        raise Wrong(
            ko="은닉층 하나의 편향 128개를 빠뜨렸습니다. 층마다 편향을 더하세요.",
            en="One hidden layer's 128 biases are missing: add the biases of every layer.",
        )
    if value == 669706:
        raise Wrong(
            ko="669,706은 강의의 784-512-512-10 모델입니다. 은닉층을 128과 128로 바꿔 세세요.",
            en="669,706 is the lecture's 784-512-512-10 model: count with hidden layers of 128 and 128.",
        )
    if value == sum(SMALL):
        raise Wrong(
            ko=f"{sum(SMALL):,}은 층의 뉴런(유닛) 수를 더한 값입니다. 매개변수는 층과 층을 잇는 가중치와 편향입니다.",
            en=f"{sum(SMALL):,} adds up the units of the layers; the parameters are the weights and biases between them.",
        )
    if value in {total - one for one in each}:
        raise Wrong(
            ko="층 하나를 빠뜨렸습니다. 완전 연결층은 784→128, 128→128, 128→10의 세 개입니다.",
            en="A layer is missing: there are three fully connected layers, 784→128, 128→128 and 128→10.",
        )
    if value == math.prod(SMALL):
        raise Wrong(
            ko="크기를 모두 곱했습니다. 층마다 (입력 수 × 출력 수 + 출력 수)를 구해 더하세요.",
            en="You multiplied all the sizes: work out (inputs × outputs + outputs) per layer and add them.",
        )
    raise Wrong(
        ko=f"받은 값은 {value:,.0f}개입니다. 층마다 가중치(입력 수 × 출력 수)와 편향(출력 수)을 세어 세 층을 더하세요.",
        en=f"Not {value:,.0f}: per layer count the weights (inputs × outputs) and the biases (outputs), then add the three layers.",
    )


q1 = Question(
    "ch11.q1",
    prompt={
        "ko": "은닉층을 512-512 대신 128-128로 줄인 MLP(784-128-128-10)의 매개변수는 모두 몇 개인가요? "
        "손으로 계산해 `n_params`에 넣고 확인하세요. 그다음 "
        "`sum(p.numel() for p in nnintro.models.MLP([784, 128, 128, 10]).parameters())`로 맞는지 보세요.",
        "en": "How many parameters does the MLP have when its hidden layers shrink from 512-512 to 128-128 "
        "(784-128-128-10)? Work it out by hand, put it in `n_params` and check it; then compare with "
        "`sum(p.numel() for p in nnintro.models.MLP([784, 128, 128, 10]).parameters())`.",
    },
    check=_check_parameters,
    hint={
        "ko": "이론 페이지의 표처럼 층마다 가중치 행렬 W의 원소 수와 편향 b의 원소 수를 세어 더합니다. 층은 세 개입니다.",
        "en": "As in the theory page's table, count the entries of each layer's weight matrix W and bias b, "
        "then add them up over the three layers.",
    },
    solution="n_params = (784 * 128 + 128) + (128 * 128 + 128) + (128 * 10 + 10)",
    answer="n_params",
)


# ---------------------------------------------------------------- q2: the first cost, 26 classes

LETTERS = 26


def _check_first_cost(answer: object) -> None:
    value = _number(answer)
    expected = math.log(LETTERS)
    if close(value, expected, tol=2e-3):
        return
    if close(value, -expected, tol=2e-3):
        raise Wrong(
            ko="부호가 반대입니다. 교차 엔트로피는 −ln(정답 클래스의 확률)이라서 0 이상입니다.",
            en="The sign is flipped: cross-entropy is −ln(probability of the true class), never negative.",
        )
    if close(value, math.log10(LETTERS), tol=2e-3) or close(value, 1.0, tol=1e-6):
        raise Wrong(
            ko="밑이 10인 로그(`math.log10`)를 썼습니다. 교차 엔트로피의 로그는 자연로그 ln입니다"
            "(`math.log`, `torch.log`).",
            en="That is the base-10 logarithm (`math.log10`); cross-entropy uses the natural logarithm ln "
            "(`math.log`, `torch.log`).",
        )
    if close(value, math.log2(LETTERS), tol=2e-3):
        raise Wrong(
            ko="밑이 2인 로그입니다. PyTorch의 교차 엔트로피는 자연로그 ln을 씁니다.",
            en="That is the base-2 logarithm; PyTorch's cross-entropy uses the natural logarithm ln.",
        )
    if close(value, 1 / LETTERS, tol=2e-3):
        raise Wrong(
            ko="1/26은 정답 클래스의 확률입니다. 비용은 그 확률에 −ln을 취한 값입니다.",
            en="1/26 is the probability of the true class; the cost is −ln of it.",
        )
    if close(value, math.log(10), tol=2e-3):
        raise Wrong(
            ko="ln 10은 클래스가 10개인 MNIST의 값입니다. 여기서는 클래스가 26개입니다.",
            en="ln 10 is MNIST's value, with 10 classes; here there are 26.",
        )
    raise Wrong(
        ko=f"받은 값은 {value:g}입니다. 모든 클래스의 점수가 같으면 소프트맥스가 주는 정답 클래스의 확률은 얼마이고, "
        "교차 엔트로피는 그 확률로 어떻게 계산되나요?",
        en=f"Not {value:g}. With equal scores for every class, what probability does softmax give the true "
        "class, and how does cross-entropy turn that probability into a cost?",
    )


q2 = Question(
    "ch11.q2",
    prompt={
        "ko": "손글씨 알파벳 26자(a–z)를 분류하려고 MLP의 출력을 26개로 바꿨습니다. 학습 전의 모델이 모든 클래스에 거의 같은 점수를 "
        "준다면, 첫 비용(교차 엔트로피)은 어떤 값 근처일까요? 숫자 하나로 넘기세요(소수 둘째 자리까지면 충분합니다).",
        "en": "To classify the 26 handwritten letters a–z, the MLP now has 26 outputs. If the untrained model "
        "gives every class nearly the same score, near what value is the first cost (cross-entropy)? Pass one "
        "number (two decimals are enough).",
    },
    check=_check_first_cost,
    hint={
        "ko": "MNIST에서 첫 비용이 ln 10 근처인 이유를 떠올려 보세요. 클래스 수만 바뀌었습니다.",
        "en": "Recall why MNIST's first cost is near ln 10: only the number of classes has changed.",
    },
    solution="import math\n\nfirst_cost = math.log(26)  # -ln(1/26); math.log is ln",
    answer="first_cost",
)


# ---------------------------------------------------------------- q3: flatten a batch


def _check_flatten(flatten: object) -> None:
    _function(flatten, "flatten")
    n = 96  # the last batch of an epoch of 60,000 images in batches of 256
    x = torch.arange(n * 784, dtype=torch.float32).view(n, 1, 28, 28)
    try:
        out = flatten(x)
    except RuntimeError as error:
        if "invalid for input of size" not in str(error):
            raise
        raise Wrong(
            ko=f"배치 {n}장에서 오류가 납니다({error}). 배치 크기를 숫자로 적지 않았나요? 한 에폭의 마지막 배치처럼 "
            "배치 크기는 달라집니다. 첫 번째 차원은 `x.shape[0]`으로 읽으세요.",
            en=f"A batch of {n} images fails ({error}). Did you write the batch size as a number? It varies, "
            "as in the last batch of an epoch: read the first dimension as `x.shape[0]`.",
        ) from None
    _flat_like(out, x)
    color = torch.arange(5 * 3 * 32 * 32, dtype=torch.float32).view(5, 3, 32, 32)
    try:
        out = flatten(color)
    except RuntimeError as error:
        if "invalid for input of size" not in str(error):
            raise
        raise Wrong(
            ko="MNIST에서는 맞지만 컬러 이미지 `(5, 3, 32, 32)`에서 오류가 납니다. 784를 직접 적었나요? "
            "배치 차원은 그대로 두고 나머지를 `-1`로 맡기세요.",
            en="Right for MNIST, but colour images `(5, 3, 32, 32)` fail. Did you write 784 in? Keep the "
            "batch dimension and leave the rest to `-1`.",
        ) from None
    _flat_like(out, color)
    _flat_like(flatten(x[:1]), x[:1])


def _flat_like(out: object, x: torch.Tensor) -> None:
    n, size = x.shape[0], x[0].numel()
    if out is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    if not isinstance(out, torch.Tensor):
        raise Wrong(
            ko=f"텐서를 돌려주세요. 받은 것은 {type(out).__name__}입니다.",
            en=f"Return a tensor; yours returns {type(out).__name__}.",
        )
    shape, want = tuple(out.shape), (n, size)
    if shape == want:
        if not torch.equal(out, x.reshape(n, size)):
            raise Wrong(
                ko="모양은 맞지만 값의 순서가 다릅니다. 행 하나가 이미지 한 장의 픽셀을 순서대로 담아야 합니다. "
                "`.t()`나 `permute`로 모양을 맞추지 않았나요?",
                en=f"The shape {want} is right but the values are out of order: each row must hold one image's "
                "pixels in order. Did you fix the shape with `.t()` or `permute`?",
            )
        return
    if shape == (n * size,):
        raise Wrong(
            ko=f"배치 전체가 길이 {n * size:,}인 벡터 하나가 됐습니다. 배치 차원(이미지 수 {n})은 남겨 두고 "
            "이미지마다 펴세요.",
            en=f"The whole batch became one vector of length {n * size:,}. Keep the batch dimension ({n} images) "
            "and flatten each image.",
        )
    if shape == (size, n):
        raise Wrong(
            ko=f"모양의 앞뒤가 뒤집혔습니다({shape}). `-1`의 자리가 틀렸습니다. 앞이 이미지 수, 뒤가 픽셀 수여야 합니다.",
            en=f"The shape came out reversed, {shape}: the `-1` is in the wrong place. The images come first, "
            "then the pixels.",
        )
    if n == 1 and shape == tuple(x.shape[2:]):
        raise Wrong(
            ko=f"이미지가 한 장인 배치에서 {shape}이 나왔습니다. `squeeze()`는 크기가 1인 배치 차원까지 없앱니다. "
            "`squeeze`를 쓰지 말고 배치 차원을 남긴 채 펴세요.",
            en=f"A batch of one image gives {shape}: `squeeze()` removes the batch dimension of size 1 too. "
            "Leave `squeeze` out and flatten while keeping the batch dimension.",
        )
    if shape == (n, *x.shape[2:]) or shape == tuple(x.shape[2:]):
        raise Wrong(
            ko=f"모양이 {shape}입니다. 채널 차원만 없앴고(`squeeze`) 이미지는 아직 2차원 격자입니다. 한 줄로 펴세요.",
            en=f"The shape is {shape}: the channel dimension is gone (`squeeze`) but each image is still a 2-D "
            "grid. Flatten it into one row.",
        )
    if shape == (n, 1, size) or shape == (n, x.shape[1], size // x.shape[1]):
        raise Wrong(
            ko=f"가운데 차원이 남았습니다(모양 {shape}). `nn.Linear`는 마지막 차원만 보므로 모양을 {want}로 만드세요.",
            en=f"The shape is {shape}: a middle dimension is left. `nn.Linear` acts on the last dimension only, "
            f"so make it {want}.",
        )
    if shape and shape[0] != n:
        raise Wrong(
            ko=f"첫 번째 차원은 이미지 수({n})여야 하는데 {shape[0]}입니다. 배치 크기를 숫자로 적었나요? "
            "`x.shape[0]`으로 읽으세요.",
            en=f"The first dimension is {shape[0]}, not the number of images, {n}. Did you write the batch "
            "size as a number? Read it as `x.shape[0]`.",
        )
    raise Wrong(
        ko=f"입력 모양이 {tuple(x.shape)}이면 {want}가 나와야 하는데, 나온 모양은 {shape}입니다.",
        en=f"Input {tuple(x.shape)} should give {want}, got {shape}.",
    )


q3 = Question(
    "ch11.q3",
    prompt={
        "ko": "이미지 배치 `x`(모양 $(N, 1, 28, 28)$)를 MLP의 첫 번째 층에 넣을 수 있는 모양 $(N, 784)$로 바꾸는 함수 "
        "`flatten`을 작성하세요. 어떤 배치 크기 $N$에도, 다른 크기의 이미지에도 동작해야 합니다"
        "(컬러 이미지 $(N, 3, 32, 32)$는 $(N, 3072)$로).",
        "en": "Write a function `flatten` that turns a batch of images `x` of shape $(N, 1, 28, 28)$ into the "
        "shape $(N, 784)$ the MLP's first layer takes. It must work for any batch size $N$ and for other "
        "image sizes too (colour images $(N, 3, 32, 32)$ become $(N, 3072)$).",
    },
    check=_check_flatten,
    hint={
        "ko": "`view`에 `-1`을 쓰면 그 차원의 크기를 PyTorch가 계산합니다. 어느 차원을 그대로 두고 어느 차원을 계산하게 할까요?",
        "en": "A `-1` in `view` lets PyTorch work out that dimension's size. Which dimension stays as it is, "
        "and which one should PyTorch work out?",
    },
    solution="def flatten(x):\n    return x.view(x.shape[0], -1)  # or x.flatten(1)",
    answer="flatten",
)


# ---------------------------------------------------------------- q4: accuracy from logits


def _batch() -> tuple[torch.Tensor, torch.Tensor]:
    """Ten images' logits for 10 classes (predictions 3 1 4 1 5 9 2 6 5 3) and their labels: 7 right."""
    i, j = torch.arange(10).view(-1, 1), torch.arange(10).view(1, -1)
    logits = ((i * 7 + j * 3) % 10).float() * 0.1 - 0.5
    predicted = torch.tensor([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
    logits[torch.arange(10), predicted] = 2.0 + torch.arange(10) * 0.1
    return logits, torch.tensor([3, 1, 4, 9, 5, 9, 2, 4, 0, 3])


def _check_accuracy(accuracy: object) -> None:
    _function(accuracy, "my_accuracy")
    logits, labels = _batch()
    try:
        got = accuracy(logits.clone(), labels.clone())
    except RuntimeError as error:
        if "dtype" not in str(error):
            raise
        raise Wrong(
            ko="참/거짓(bool) 텐서에는 `.mean()`을 쓸 수 없습니다. 비교한 결과를 `.float()`로 바꾼 뒤 평균을 내세요.",
            en="`.mean()` does not work on a bool tensor: turn the comparison into numbers with `.float()` "
            "before taking the mean.",
        ) from None
    if got is None:
        raise Wrong(
            ko="함수가 None을 돌려줍니다. `return`을 빠뜨리지 않았나요?",
            en="Your function returns None: is a `return` missing?",
        )
    value = _number(got)

    def rate(predicted: torch.Tensor) -> float:
        return (predicted == labels).float().mean().item()

    right = rate(logits.argmax(dim=1))
    if close(value, right):
        small, small_labels = torch.eye(4, 10) * 3, torch.tensor([0, 1, 2, 0])
        if not close(_number(accuracy(small, small_labels)), 0.75):
            raise Wrong(
                ko="10장짜리 배치에서는 맞지만 4장짜리 배치에서는 틀립니다. 이미지 수를 숫자로 적었나요? `len(labels)`로 나누세요.",
                en="Right for a batch of 10 images but not for one of 4: did you write the number of images "
                "in? Divide by `len(labels)`.",
            )
        return
    if close(value, rate(logits.argmax(dim=0))):
        raise Wrong(
            ko="`argmax(dim=0)`은 클래스마다 점수가 가장 높은 이미지를 고릅니다. 이미지마다(행마다) 가장 높은 클래스를 "
            "고르려면 `dim=1`입니다.",
            en="`argmax(dim=0)` picks, for each class, the image that scores highest. To pick each image's "
            "(each row's) highest class, use `dim=1`.",
        )
    if close(value, right * len(labels)):
        raise Wrong(
            ko=f"{value:g}은 맞힌 개수입니다. 정확도는 이미지 수로 나눈 비율입니다.",
            en=f"{value:g} is the number of correct predictions; accuracy is that divided by the number of images.",
        )
    if close(value, right * 100):
        raise Wrong(
            ko=f"{value:g}은 백분율입니다. 0과 1 사이의 비율을 돌려주세요.",
            en=f"{value:g} is a percentage: return the fraction, between 0 and 1.",
        )
    if close(value, rate(logits.argmax())) or close(value, 0.0):
        raise Wrong(
            ko="맞힌 것이 하나도 없습니다. `dim` 없이 `argmax()`를 부르면 모든 점수 가운데 하나의 위치만 나오고, "
            "`.max(dim=1).values`는 클래스 번호가 아니라 점수입니다. 이미지마다 가장 큰 로짓의 번호를 고르세요.",
            en="Nothing is counted right. `argmax()` without `dim` gives one position among all the scores, "
            "and `.max(dim=1).values` are scores, not class numbers: pick each image's index of the largest logit.",
        )
    raise Wrong(
        ko=f"7장을 맞힌 10장짜리 배치에서 0.7이 나와야 하는데 받은 값은 {value:g}입니다.",
        en=f"A batch of 10 images with 7 right should give 0.7, got {value:g}.",
    )


q4 = Question(
    "ch11.q4",
    prompt={
        "ko": "모델의 출력 `logits`(모양 $(N, 10)$, 소프트맥스 전의 점수)와 정답 `labels`(모양 $(N,)$)를 받아 정확도, "
        "즉 맞힌 이미지의 비율(0과 1 사이)을 돌려주는 함수 `my_accuracy`를 작성하세요.",
        "en": "Write a function `my_accuracy` that takes the model's output `logits` (shape $(N, 10)$, scores "
        "before softmax) and the labels `labels` (shape $(N,)$) and returns the accuracy: the fraction of "
        "images classified correctly, between 0 and 1.",
    },
    check=_check_accuracy,
    hint={
        "ko": "이미지마다 예측은 로짓이 가장 큰 클래스의 번호입니다(`argmax`). 행이 이미지이고 열이 클래스입니다. "
        "예측과 정답을 비교한 참/거짓의 평균이 정확도입니다.",
        "en": "Each image's prediction is the index of its largest logit (`argmax`); rows are images, columns "
        "are classes. The accuracy is the mean of the true/false comparisons of predictions and labels.",
    },
    solution="def my_accuracy(logits, labels):\n"
    "    predicted = logits.argmax(dim=1)\n"
    "    return (predicted == labels).float().mean()",
    answer="my_accuracy",
)


# ---------------------------------------------------------------- q5: updates per epoch


def _check_updates(answer: object) -> None:
    value = _number(answer)
    images, batch = 60000 - 10000, 256
    expected = math.ceil(images / batch)
    if value == expected:
        return
    if value == images // batch:
        last = images - (images // batch) * batch
        raise Wrong(
            ko=f"내림을 했습니다. 256장을 채우지 못한 마지막 배치({last}장)도 버리지 않고 한 번 더 갱신합니다.",
            en=f"You rounded down: the last batch, only {last} images, is not dropped and makes one more "
            "update.",
        )
    if close(value, images / batch):
        raise Wrong(
            ko="갱신 횟수는 정수입니다. 마지막 배치가 작아도 한 번의 갱신이므로 올림을 하세요.",
            en="A number of updates is a whole number: the smaller last batch is still one update, so round up.",
        )
    if value in (math.ceil(60000 / batch), 60000 // batch):
        raise Wrong(
            ko="60,000장 전부로 셌습니다. 10,000장은 검증용으로 떼어 두었으므로 학습에 쓰는 것은 50,000장입니다.",
            en="You counted all 60,000 images: 10,000 are held out for validation, so training uses 50,000.",
        )
    if value in (images / 20, 60000 / 20):
        raise Wrong(
            ko="배치 20은 강의의 설정입니다. 12절은 배치 256을 씁니다.",
            en="Batches of 20 are the lecture's setting; section 12 uses batches of 256.",
        )
    if value == 5 * expected:
        raise Wrong(
            ko="5 에폭 전체의 갱신 횟수입니다. 한 에폭만 세세요.",
            en="That is the count for all 5 epochs: count one epoch.",
        )
    raise Wrong(
        ko=f"받은 값은 {value:g}번입니다. 배치 하나가 갱신 한 번입니다. 학습에 쓰는 이미지 수와 배치 크기로 배치 수를 세세요.",
        en=f"Not {value:g}: one batch is one update. Count the batches from the number of training images "
        "and the batch size.",
    )


q5 = Question(
    "ch11.q5",
    prompt={
        "ko": "튜토리얼의 12절은 Fashion-MNIST 훈련 데이터 60,000장 가운데 10,000장을 검증 데이터로 떼어 두고, 나머지로 "
        "`nnintro.train.fit`을 배치 256으로 학습합니다. 한 에폭에 매개변수는 몇 번 갱신되나요? "
        "`fit`은 256장이 안 되는 마지막 배치도 버리지 않습니다.",
        "en": "Section 12 of the tutorial holds out 10,000 of Fashion-MNIST's 60,000 training images as "
        "validation data and trains on the rest with `nnintro.train.fit` in batches of 256. How many times "
        "are the parameters updated in one epoch? `fit` keeps the last batch even when it has fewer than "
        "256 images.",
    },
    check=_check_updates,
    hint={
        "ko": "배치 하나마다 갱신이 한 번 일어납니다. 이론 페이지에서 60,000장을 배치 256으로 나눈 계산을 떠올려 보세요.",
        "en": "Each batch makes one update. Recall how the theory page divides 60,000 images into batches of 256.",
    },
    solution="import math\n\nupdates = math.ceil((60000 - 10000) / 256)",
    answer="updates",
)
