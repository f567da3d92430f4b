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
# # 다중 클래스 분류 튜토리얼
#
# [이론 페이지](../theory/07-softmax-classification.md)에서는 소프트맥스 함수(softmax function), 원-핫 인코딩(one-hot encoding),
# 교차 엔트로피(cross-entropy)를 식으로 살펴봤습니다. 이번에는 같은 내용을 PyTorch 코드로 실행합니다.
# 강의와 같은 데이터, 시드, 학습률(learning rate), 에폭(epoch) 수를 쓰므로 출력되는 숫자도 강의와 같습니다. 다만 부동소수점(floating-point) 계산은
# 컴퓨터마다 조금씩 달라서 마지막 자리는 다를 수 있습니다.
#
# 이 튜토리얼의 순서는 다음과 같습니다.
#
# 1. 소프트맥스로 점수를 확률로 바꿉니다.
# 2. 샘플 $n$개, 특성 $f$개, 클래스 $c$개일 때 $XW + B$의 크기를 확인합니다.
# 3. `scatter_`로 원-핫 벡터를 만들고, 교차 엔트로피를 직접 계산합니다.
# 4. `F.softmax`와 `torch.log`에서 `F.cross_entropy`까지, 같은 비용(cost)을 점점 높은 수준의 함수로 계산합니다.
# 5. 강의의 8개 샘플로 소프트맥스 회귀를 네 가지 방법으로 학습합니다.
# 6. `log(softmax)`는 깨지고 `F.cross_entropy`는 깨지지 않는 이유를 확인합니다.
# 7. 같은 일을 `nnintro`로 하고, 특성이 2개인 데이터에서 클래스별 영역을 그려 봅니다.
# 8. 마지막으로 연습 문제를 풀고 `check`로 확인합니다.

# %% [markdown] lang="en"
# # Multi-class classification tutorial
#
# The [theory page](../theory/07-softmax-classification.md) introduced the softmax function, one-hot
# encoding and the cross-entropy as formulas. Here we run the same ideas as PyTorch code. We use
# the lecture's data, seeds, learning rate and number of epochs, so the numbers printed below are
# the lecture's, up to the last digits: floating-point results differ slightly from one computer to
# another.
#
# The plan:
#
# 1. Turn scores into probabilities with the softmax.
# 2. Check the shape of $XW + B$ for $n$ samples, $f$ features and $c$ classes.
# 3. Build one-hot vectors with `scatter_` and compute the cross-entropy by hand.
# 4. Compute the same cost with higher and higher level functions, from `F.softmax` and `torch.log` to `F.cross_entropy`.
# 5. Train softmax regression on the lecture's eight samples in four ways.
# 6. See why `log(softmax)` breaks and `F.cross_entropy` does not.
# 7. Do the same with `nnintro`, and draw the region of each class on data with two features.
# 8. Finally, solve the exercises and check them with `check`.

# %% [markdown] lang="ko"
# ## 1. 준비
#
# 필요한 모듈을 불러오고 시드를 강의와 같은 1로 고정합니다.

# %% [markdown] lang="en"
# ## 1. Setup
#
# Import the modules and fix the seed to 1, as the lecture does.

# %%
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

import nnintro

torch.manual_seed(1);

# %% [markdown] lang="ko"
# ## 2. 소프트맥스 함수
#
# 클래스가 $c$개이면 모델은 샘플마다 점수 $c$개를 냅니다. 소프트맥스는 이 점수들을 모두 양수이고 합이 1인 확률로 바꿉니다.
#
# $$
# p_i = \frac{e^{z_i}}{\sum_{j=1}^{c} e^{z_j}}
# $$
#
# 강의의 예 $z = [1, 2, 3]$으로 확인해 봅시다. 식을 그대로 계산한 값과 `F.softmax`의 값을 비교합니다.

# %% [markdown] lang="en"
# ## 2. The softmax function
#
# With $c$ classes, a model gives $c$ scores per sample. The softmax turns them into probabilities:
# all positive, adding up to 1.
#
# $$
# p_i = \frac{e^{z_i}}{\sum_{j=1}^{c} e^{z_j}}
# $$
#
# Check it on the lecture's example $z = [1, 2, 3]$, comparing the formula computed by hand with
# `F.softmax`.

# %%
z = torch.FloatTensor([1, 2, 3])

print(torch.exp(z) / torch.exp(z).sum())
hypothesis = F.softmax(z, dim=0)
print(hypothesis)
print(hypothesis.sum())

# %% [markdown] lang="ko"
# $[0.0900, 0.2447, 0.6652]$이고 합은 1입니다. 점수의 순서는 그대로이고, 가장 큰 점수가 가장 큰 확률을 받습니다.
# 점수 차이가 1씩이어도 확률은 약 $e \approx 2.72$배씩 차이 납니다. `nnintro.plot.softmax_bars`로 점수와 확률을 나란히 그려 봅시다.

# %% [markdown] lang="en"
# $[0.0900, 0.2447, 0.6652]$, adding up to 1. The order of the scores is kept, and the largest
# score gets the largest probability. Scores 1 apart give probabilities about $e \approx 2.72$
# times apart. `nnintro.plot.softmax_bars` draws the scores and the probabilities side by side.

# %%
nnintro.plot.softmax_bars(z)

# %% [markdown] lang="ko"
# ## 3. 여러 샘플을 한 번에: XW + B의 크기
#
# 강의의 데이터는 특성이 4개인 샘플 8개이고, 클래스는 0, 1, 2의 세 가지입니다.
# 샘플을 행으로 쌓은 $X$는 $8 \times 4$이고, 클래스마다 가중치(weight) 한 열씩을 가진 $W$는 $4 \times 3$입니다.
# 편향(bias) $B$는 클래스마다 하나씩인 $1 \times 3$이고, 더할 때 8개 행 모두에 똑같이 더해집니다(broadcasting).

# %% [markdown] lang="en"
# ## 3. Many samples at once: the shape of XW + B
#
# The lecture's data are 8 samples with 4 features each, in three classes 0, 1 and 2.
# $X$, the samples stacked as rows, is $8 \times 4$; $W$, with one column of weights per class, is
# $4 \times 3$. The bias $B$ is $1 \times 3$, one per class, and is added to each of the 8 rows
# alike (broadcasting).

# %%
x_train = [[1, 2, 1, 1],
           [2, 1, 3, 2],
           [3, 1, 3, 4],
           [4, 1, 5, 5],
           [1, 7, 5, 5],
           [1, 2, 5, 6],
           [1, 6, 6, 6],
           [1, 7, 7, 7]]
y_train = [2, 2, 2, 1, 1, 1, 0, 0]
x_train = torch.FloatTensor(x_train)
y_train = torch.LongTensor(y_train)

W = torch.zeros((4, 3), requires_grad=True)
b = torch.zeros((1, 3), requires_grad=True)

scores = x_train.matmul(W) + b
print(x_train.shape, W.shape, b.shape, scores.shape)

hypothesis = F.softmax(scores, dim=1)
print(hypothesis[:2])
print(hypothesis.sum(dim=1))

# %% [markdown] lang="ko"
# $(8 \times 4)(4 \times 3) = 8 \times 3$으로 샘플마다 점수가 3개씩 나옵니다. 소프트맥스는 각 행 안에서 계산해야 하므로
# `dim=1`을 줍니다. 그러면 행마다 합이 1입니다. 지금은 $W$와 $b$가 0이라 모든 점수가 0이므로, 모든 확률이 $\frac{1}{3}$입니다.

# %% [markdown] lang="en"
# $(8 \times 4)(4 \times 3) = 8 \times 3$: three scores per sample. The softmax must work within
# each row, hence `dim=1`, and then every row adds up to 1. With $W$ and $b$ at zero every score is
# 0, so every probability is $\frac{1}{3}$.

# %% [markdown] lang="ko"
# ## 4. 원-핫 인코딩과 교차 엔트로피
#
# ### 4.1 scatter_로 원-핫 벡터 만들기
#
# 정답 클래스 $y$를 확률 분포와 비교하려면 같은 모양으로 바꿔야 합니다. 원-핫 벡터는 정답 자리만 1이고 나머지는 0인 벡터입니다.
# 강의처럼 시드 1에서 점수 `z`를 $3 \times 5$로 무작위로 만들고(샘플 3개, 클래스 5개), 정답도 무작위로 뽑습니다.
# 2절과 3절에서는 난수를 쓰지 않았으므로, 시드를 다시 고정하지 않아도 강의와 같은 값이 나옵니다.

# %% [markdown] lang="en"
# ## 4. One-hot encoding and the cross-entropy
#
# ### 4.1 One-hot vectors with scatter_
#
# To compare the label $y$ with a probability distribution, it must have the same shape. A one-hot
# vector is 1 at the label's position and 0 elsewhere. As in the lecture, draw random scores `z`
# of shape $3 \times 5$ (3 samples, 5 classes) and random labels. Sections 2 and 3 used no random
# numbers, so without re-seeding we get the lecture's values.

# %%
z = torch.rand(3, 5, requires_grad=True)
hypothesis = F.softmax(z, dim=1)
print(hypothesis)

y = torch.randint(5, (3,)).long()
print(y)

# %% [markdown] lang="ko"
# 정답은 $[0, 2, 1]$입니다. 모양이 `(3, 5)`인 0 텐서를 만들고 `scatter_(1, y.unsqueeze(1), 1)`로 각 행의 정답 자리에 1을 씁니다.
#
# - 첫 번째 인자 `1`: 열 방향(dim=1)으로 자리를 고릅니다.
# - `y.unsqueeze(1)`: 크기 `(3,)`인 `y`를 `(3, 1)`로 바꿉니다. 행마다 1을 쓸 열 번호가 하나씩 있어야 하기 때문입니다.
# - 세 번째 인자 `1`: 그 자리에 쓸 값입니다.
#
# 이름 끝의 `_`는 새 텐서를 만들지 않고 그 자리에서(in-place) 바꾼다는 뜻입니다.

# %% [markdown] lang="en"
# The labels are $[0, 2, 1]$. Make a zero tensor of shape `(3, 5)` and write a 1 at each row's
# label with `scatter_(1, y.unsqueeze(1), 1)`:
#
# - the first argument, `1`: positions are chosen along the columns (dim=1);
# - `y.unsqueeze(1)`: turns `y` of shape `(3,)` into `(3, 1)`, one column index per row;
# - the third argument, `1`: the value to write there.
#
# The trailing `_` in the name means the tensor is changed in place, not copied.

# %%
print(y.unsqueeze(1))

y_one_hot = torch.zeros_like(hypothesis)
y_one_hot.scatter_(1, y.unsqueeze(1), 1)
print(y_one_hot)

# %% [markdown] lang="ko"
# ### 4.2 교차 엔트로피
#
# 교차 엔트로피는 샘플마다 $-\sum_j y_j \ln p_j$를 계산해 평균한 것입니다. 원-핫 벡터에서는 정답 자리 하나만 1이므로,
# 결국 정답 클래스가 받은 확률의 $-\ln$입니다.
#
# $$
# \text{cost} = -\frac{1}{n}\sum_{i=1}^{n}\sum_{j=1}^{c} y_{ij}\ln p_{ij}
# $$
#
# 코드로는 원-핫 벡터와 $-\ln p$를 곱해서 행마다 더하고(`sum(dim=1)`), 샘플에 대해 평균합니다(`mean()`).
# $\ln$은 자연로그이고, PyTorch에서는 `torch.log`가 자연로그입니다.

# %% [markdown] lang="en"
# ### 4.2 The cross-entropy
#
# The cross-entropy computes $-\sum_j y_j \ln p_j$ for each sample and averages. In a one-hot
# vector only the label's position is 1, so this is $-\ln$ of the probability given to the right
# class.
#
# $$
# \text{cost} = -\frac{1}{n}\sum_{i=1}^{n}\sum_{j=1}^{c} y_{ij}\ln p_{ij}
# $$
#
# In code: multiply the one-hot vectors by $-\ln p$, sum each row (`sum(dim=1)`), and average over
# the samples (`mean()`). $\ln$ is the natural log, which PyTorch computes with `torch.log`.

# %%
cost = (y_one_hot * -torch.log(hypothesis)).sum(dim=1).mean()
print(cost)

right_class = hypothesis[torch.arange(3), y]
print(right_class)
print(-torch.log(right_class).mean())

# %% [markdown] lang="ko"
# 두 번째 줄이 정답 클래스가 받은 확률이고, 이 값들의 $-\ln$을 평균한 마지막 줄이 첫 줄의 비용과 같습니다.
#
# 클래스가 2개일 때 교차 엔트로피는 6장의 이진 교차 엔트로피와 같습니다. 점수를 $[0, z]$로 두면 클래스 1의 확률이
# $\frac{e^{z}}{e^{0} + e^{z}} = \sigma(z)$이기 때문입니다. 직접 확인해 봅시다.

# %% [markdown] lang="en"
# The second line holds the probabilities the right classes got; the mean of their $-\ln$, the
# last line, equals the cost on the first line.
#
# With two classes the cross-entropy is chapter 6's binary cross-entropy: with scores $[0, z]$,
# class 1 gets probability $\frac{e^{z}}{e^{0} + e^{z}} = \sigma(z)$. Let us check.

# %%
z2 = torch.tensor([-2.0, 0.5, 3.0])
labels = torch.tensor([0, 1, 1])

two_scores = torch.stack([torch.zeros(3), z2], dim=1)
print(F.softmax(two_scores, dim=1)[:, 1])
print(torch.sigmoid(z2))
print(F.cross_entropy(two_scores, labels))
print(F.binary_cross_entropy_with_logits(z2, labels.float()))

# %% [markdown] lang="ko"
# ## 5. 저수준에서 고수준으로
#
# PyTorch에는 같은 비용을 계산하는 함수가 여러 수준으로 있습니다. 먼저 `torch.log(F.softmax(z))`와
# `F.log_softmax(z)`가 같은 값을 주는지 봅니다.

# %% [markdown] lang="en"
# ## 5. From low level to high level
#
# PyTorch has functions at several levels that compute the same cost. First, `torch.log(F.softmax(z))`
# and `F.log_softmax(z)` give the same values.

# %%
print(torch.log(F.softmax(z, dim=1)))
print(F.log_softmax(z, dim=1))

# %% [markdown] lang="ko"
# 이제 비용을 네 가지로 계산합니다. PyTorch는 비용 함수를 `loss`라고 부릅니다(`F.nll_loss`의 loss).
#
# 1. 소프트맥스, 로그, 원-핫 벡터를 모두 직접 씁니다.
# 2. `torch.log(F.softmax(...))` 대신 `F.log_softmax`를 씁니다.
# 3. `F.nll_loss`는 원-핫 벡터 없이 정답 번호 `y`를 받아, 정답 자리의 값에 $-1$을 곱해 평균합니다(NLL: negative log likelihood).
# 4. `F.cross_entropy`는 `F.log_softmax`와 `F.nll_loss`를 합친 것으로, 소프트맥스를 거치기 전의 점수 `z`를 그대로 받습니다.

# %% [markdown] lang="en"
# Now compute the cost in four ways. PyTorch calls a cost function a `loss` (the loss of `F.nll_loss`).
#
# 1. Softmax, log and one-hot vectors, all written out.
# 2. `F.log_softmax` instead of `torch.log(F.softmax(...))`.
# 3. `F.nll_loss` takes the class numbers `y` instead of one-hot vectors, picks the value at each label and averages it times $-1$ (NLL: negative log likelihood).
# 4. `F.cross_entropy` combines `F.log_softmax` and `F.nll_loss`: it takes the scores `z` before the softmax.

# %%
print((y_one_hot * -torch.log(F.softmax(z, dim=1))).sum(dim=1).mean())
print((y_one_hot * -F.log_softmax(z, dim=1)).sum(dim=1).mean())
print(F.nll_loss(F.log_softmax(z, dim=1), y))
print(F.cross_entropy(z, y))

# %% [markdown] lang="ko"
# 출력된 네 값이 모두 같습니다. `F.cross_entropy`에는 소프트맥스를 거친 확률이 아니라 점수를 넘겨야 한다는 점을 꼭 기억하세요.
# 확률을 넘기면 소프트맥스가 두 번 적용되어 다른 값이 나오는데, 오류는 나지 않아서 알아차리기 어렵습니다.

# %% [markdown] lang="en"
# All four print the same value. Remember to pass `F.cross_entropy` the scores, not probabilities
# that have already been through a softmax: otherwise the softmax is applied twice and the value is
# different, with no error to tell you.

# %% [markdown] lang="ko"
# ## 6. 소프트맥스 회귀 학습하기
#
# ### 6.1 저수준 구현
#
# 3절의 8개 샘플로 학습합니다. 강의처럼 $W$는 `(4, 3)`, $b$는 `(1, 3)`의 0으로 시작하고, 학습률 0.1의 `optim.SGD`로
# 에폭 0부터 1000까지 갱신하며 100 에폭마다 비용을 출력합니다. 비용은 4.2절처럼 원-핫 벡터로 직접 계산합니다.
# `optim.SGD`에 매번 8개 샘플을 모두 넘기므로, 이름(확률적 경사 하강법, stochastic gradient descent)과 달리 이것은 배치 경사 하강법입니다.
# `optim.SGD`는 갱신 규칙일 뿐이고 배치 크기는 넘기는 데이터가 정한다는 것을 [9장](../theory/09-multi-layer-perceptron.md)에서 다룹니다.

# %% [markdown] lang="en"
# ## 6. Training softmax regression
#
# ### 6.1 Low level
#
# Train on section 3's eight samples. As in the lecture, $W$ of shape `(4, 3)` and $b$ of shape
# `(1, 3)` start at zero, `optim.SGD` with learning rate 0.1 updates from epoch 0 to epoch 1000, and the
# cost is printed every 100 epochs. The cost is computed with one-hot vectors as in section 4.2.
# `optim.SGD` is fed all eight samples at every step, so despite its name (stochastic gradient descent) this is batch
# gradient descent: `optim.SGD` is only the update rule, and the data it is fed sets the batch size, as
# [chapter 9](../theory/09-multi-layer-perceptron.md) explains.

# %%
y_one_hot = torch.zeros(8, 3)
y_one_hot.scatter_(1, y_train.unsqueeze(1), 1)

W = torch.zeros((4, 3), requires_grad=True)
b = torch.zeros((1, 3), requires_grad=True)
optimizer = optim.SGD([W, b], lr=0.1)

nb_epochs = 1000
for epoch in range(nb_epochs + 1):
    hypothesis = F.softmax(x_train.matmul(W) + b, dim=1)
    cost = (y_one_hot * -torch.log(hypothesis)).sum(dim=1).mean()

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 100 == 0:
        print('Epoch {:4d}/{} Cost: {:.6f}'.format(epoch, nb_epochs, cost.item()))

# %% [markdown] lang="ko"
# 처음 비용은 $-\ln \frac{1}{3} = \ln 3 \approx 1.098612$입니다. 모든 확률이 $\frac{1}{3}$이기 때문입니다. 1000 에폭 뒤에는 위 출력처럼 처음의 3분의 1 아래로 줄어듭니다.
# 각 샘플에서 확률이 가장 큰 클래스를 예측으로 삼고(`argmax`) 정확도를 계산해 봅시다.

# %% [markdown] lang="en"
# The first cost is $-\ln \frac{1}{3} = \ln 3 \approx 1.098612$, since every probability is
# $\frac{1}{3}$; after 1000 epochs it is below a third of that, as the output shows. Take the class
# with the largest probability as each sample's prediction (`argmax`) and compute the accuracy.

# %%
with torch.no_grad():
    probabilities = F.softmax(x_train.matmul(W) + b, dim=1)
prediction = probabilities.argmax(dim=1)
print(probabilities[:2])
print(prediction)
print(y_train)
print(f"accuracy = {(prediction == y_train).float().mean().item()}")

# %% [markdown] lang="ko"
# ### 6.2 F.cross_entropy로
#
# 5절에서 본 것처럼 `F.cross_entropy`는 점수를 받아 소프트맥스, 로그, 원-핫을 한 번에 처리합니다. 같은 초깃값에서 수학적으로 같은 계산이므로
# 비용도 6.1절과 같습니다. 이번에는 200 에폭마다 출력합니다. 다만 두 방법은 부동소수점 연산을 다른 순서로 하기 때문에
# 여섯째 자리가 1쯤 다를 수 있습니다.

# %% [markdown] lang="en"
# ### 6.2 With F.cross_entropy
#
# As section 5 showed, `F.cross_entropy` takes the scores and handles the softmax, the log and the
# one-hot vectors at once. Same initial values, mathematically the same computation: the costs are
# those of section 6.1. This time we print every 200 epochs. The two ways do their floating-point
# operations in a different order, though, so the sixth decimal may differ by 1 or so.

# %%
W = torch.zeros((4, 3), requires_grad=True)
b = torch.zeros((1, 3), requires_grad=True)
optimizer = optim.SGD([W, b], lr=0.1)

for epoch in range(nb_epochs + 1):
    z = x_train.matmul(W) + b
    cost = F.cross_entropy(z, y_train)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 200 == 0:
        print('Epoch {:4d}/{} Cost: {:.6f}'.format(epoch, nb_epochs, cost.item()))

# %% [markdown] lang="ko"
# ### 6.3 nn.Linear로
#
# $XW + b$는 `nn.Linear(4, 3)`이 하는 계산입니다. 다만 `nn.Linear`는 가중치를 이 장의 $W$와 다른 모양으로 저장합니다
# ([이론 페이지의 세 가지 관례](../theory/07-softmax-classification.md#weight-conventions), 연습 7.5).
# `nn.Linear`는 가중치와 편향을 무작위로 초기화하므로, 강의와 같은 초깃값이 되도록
# 만들기 직전에 시드를 1로 다시 고정합니다. 모델의 출력은 점수이므로 `F.cross_entropy`에 그대로 넘깁니다.

# %% [markdown] lang="en"
# ### 6.3 With nn.Linear
#
# $XW + b$ is what `nn.Linear(4, 3)` computes, though `nn.Linear` stores its weight in another shape than
# this chapter's $W$ ([the three conventions on the theory page](../theory/07-softmax-classification.md#weight-conventions),
# exercise 7.5). `nn.Linear` initialises its weight and bias at random, so
# we set the seed to 1 just before building it, to get the lecture's initial values. The model
# outputs scores, which go to `F.cross_entropy` as they are.

# %%
torch.manual_seed(1)
model = nn.Linear(4, 3)
optimizer = optim.SGD(model.parameters(), lr=0.1)

for epoch in range(nb_epochs + 1):
    prediction = model(x_train)
    cost = F.cross_entropy(prediction, y_train)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 100 == 0:
        print('Epoch {:4d}/{} Cost: {:.6f}'.format(epoch, nb_epochs, cost.item()))

# %% [markdown] lang="ko"
# 무작위 초깃값에서 출발하므로 처음 비용이 $\ln 3$보다 크지만, 1000 에폭 뒤에는 6.1절과 비슷해집니다.
#
# ### 6.4 클래스로
#
# 강의의 마지막 형태는 모델을 클래스로 만드는 것입니다. 같은 시드에서 같은 층을 만들므로 6.3절과 숫자가 똑같습니다.

# %% [markdown] lang="en"
# Starting from random values, the first cost is above $\ln 3$, but after 1000 epochs it is close
# to section 6.1's.
#
# ### 6.4 As a class
#
# The lecture's last version writes the model as a class. Same seed, same layer: the numbers are
# exactly those of section 6.3.

# %%
class SoftmaxClassifierModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(4, 3)  # 4 features in, 3 classes out

    def forward(self, x):
        return self.linear(x)


torch.manual_seed(1)
model = SoftmaxClassifierModel()
optimizer = optim.SGD(model.parameters(), lr=0.1)

for epoch in range(nb_epochs + 1):
    prediction = model(x_train)
    cost = F.cross_entropy(prediction, y_train)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 200 == 0:
        print('Epoch {:4d}/{} Cost: {:.6f}'.format(epoch, nb_epochs, cost.item()))

print(model(x_train).argmax(dim=1))

# %% [markdown] lang="ko"
# 예측 클래스가 정답 $[2, 2, 2, 1, 1, 1, 0, 0]$과 모두 같습니다.

# %% [markdown] lang="en"
# Every predicted class equals the label $[2, 2, 2, 1, 1, 1, 0, 0]$.

# %% [markdown] lang="ko"
# ## 7. 왜 점수를 넘기는가: log-sum-exp
#
# `F.cross_entropy`가 확률이 아니라 점수를 받는 데에는 이유가 있습니다. 점수가 $z = [1000, 0]$이면 어떻게 되는지 봅시다.

# %% [markdown] lang="en"
# ## 7. Why pass the scores: log-sum-exp
#
# There is a reason why `F.cross_entropy` takes scores rather than probabilities. See what happens
# with the scores $z = [1000, 0]$.

# %%
z = torch.tensor([[1000.0, 0.0]])

print(torch.exp(z))
print(torch.exp(z) / torch.exp(z).sum())
print(F.softmax(z, dim=1))
print(torch.log(F.softmax(z, dim=1)))
print(F.log_softmax(z, dim=1))

# %% [markdown] lang="ko"
# - 식을 그대로 계산하면 $e^{1000}$이 float32의 범위를 넘어 `inf`가 되고, `inf / inf`는 `nan`입니다.
# - `F.softmax`는 가장 큰 점수를 빼고 계산하므로 $[1, 0]$을 줍니다. $e^{z_i - m} / \sum_j e^{z_j - m}$은 분자와 분모에 똑같이 $e^{-m}$이 곱해진 것이라 값이 같습니다.
# - 그러나 두 번째 확률 $e^{-1000}$은 0으로 반올림되었으므로, 그 로그는 $-1000$이 아니라 `-inf`입니다.
# - `F.log_softmax`는 로그를 먼저 정리한 식 $\ln p_i = z_i - \ln\sum_j e^{z_j}$을 쓰므로 정확히 $[0, -1000]$을 줍니다.
#
# 정답이 클래스 1일 때의 비용으로 비교해 봅시다.

# %% [markdown] lang="en"
# - Computed as written, $e^{1000}$ exceeds the range of float32 and becomes `inf`, and `inf / inf` is `nan`.
# - `F.softmax` subtracts the largest score first and gives $[1, 0]$: $e^{z_i - m} / \sum_j e^{z_j - m}$ multiplies numerator and denominator by the same $e^{-m}$, so the value is unchanged.
# - But the second probability, $e^{-1000}$, has rounded to 0, so its log is `-inf`, not $-1000$.
# - `F.log_softmax` uses the formula with the log worked out, $\ln p_i = z_i - \ln\sum_j e^{z_j}$, and gives exactly $[0, -1000]$.
#
# Compare the costs when the label is class 1.

# %%
z = torch.tensor([[1000.0, 0.0]], requires_grad=True)
label = torch.tensor([1])

cost = F.nll_loss(torch.log(F.softmax(z, dim=1)), label)
cost.backward()
print(cost, z.grad)

z.grad = None
cost = F.cross_entropy(z, label)
cost.backward()
print(cost, z.grad)

# %% [markdown] lang="ko"
# `log(softmax)`로 계산하면 비용이 `inf`이고 기울기는 `nan`이어서, 한 번만 이런 일이 생겨도 모든 가중치가 `nan`이 됩니다.
# `F.cross_entropy`는 비용 1000과 기울기 $p - y = [1, -1]$을 정확히 줍니다.

# %% [markdown] lang="en"
# Through `log(softmax)` the cost is `inf` and the gradient `nan`: a single such step turns every
# weight into `nan`. `F.cross_entropy` gives the exact cost, 1000, and the gradient
# $p - y = [1, -1]$.

# %% [markdown] lang="ko"
# ## 8. `nnintro`로 같은 일 하기
#
# 이 장에서 쓴 함수들은 `nnintro.functional`에 처음부터 직접 짠 형태로 들어 있습니다([API 문서](../reference/functional.md)).
# `softmax`는 최댓값을 빼서, `log_softmax`와 `cross_entropy`는 log-sum-exp로 계산하며, 테스트에서 PyTorch의 함수와 값과 기울기를 비교합니다.
# `one_hot`은 4.1절의 `scatter_`를 감싼 함수입니다.

# %% [markdown] lang="en"
# ## 8. The same with `nnintro`
#
# The functions of this chapter are in `nnintro.functional`, written from scratch
# ([API page](../reference/functional.md)). `softmax` subtracts the maximum; `log_softmax` and
# `cross_entropy` use log-sum-exp; the tests compare their values and gradients with PyTorch's.
# `one_hot` wraps section 4.1's `scatter_`.

# %%
print(nnintro.functional.softmax(torch.tensor([1.0, 2.0, 3.0])))
print(nnintro.functional.log_softmax(torch.tensor([1000.0, 0.0])))
print(nnintro.functional.one_hot(y_train, 3)[:4])
print(nnintro.functional.cross_entropy(x_train.matmul(W) + b, y_train))
print(F.cross_entropy(x_train.matmul(W) + b, y_train))

# %% [markdown] lang="ko"
# `nnintro.models.SoftmaxClassifier(4, 3)`는 6.4절의 클래스와 같은 모델이고, 확률이 아니라 점수를 돌려줍니다.
# `nnintro.train.fit`에 비용으로 `cross_entropy`를, 지표로 `nnintro.metrics.accuracy`를 넘겨 6.4절을 다시 해 봅니다
# ([`nnintro.models`](../reference/models.md), [`nnintro.train`](../reference/train.md)).
# `fit`은 에폭을 1부터 세므로 1,001번 갱신합니다.

# %% [markdown] lang="en"
# `nnintro.models.SoftmaxClassifier(4, 3)` is the model of section 6.4; it returns scores, not
# probabilities. Redo section 6.4 with `nnintro.train.fit`, passing `cross_entropy` as the cost and
# `nnintro.metrics.accuracy` as a metric ([`nnintro.models`](../reference/models.md),
# [`nnintro.train`](../reference/train.md)). `fit` counts epochs from 1, so we take 1,001 updates.

# %%
x, y = nnintro.data.softmax_toy()
torch.manual_seed(1)
model = nnintro.models.SoftmaxClassifier(4, 3)
history = nnintro.train.fit(
    model, x, y, lr=0.1, epochs=1001,
    loss_fn=nnintro.functional.cross_entropy,
    metrics={"accuracy": nnintro.metrics.accuracy},
    log_every=250,
)

# %% [markdown] lang="ko"
# 마지막 비용이 6.3절, 6.4절의 마지막 비용과 같습니다. `nnintro`의 `cross_entropy`는 계산 순서가 조금 달라서 마지막 자리는 다를 수 있습니다.
#
# 특성이 4개이면 그림으로 그리기 어렵습니다. 특성이 2개인 데이터를 만들어 소프트맥스 회귀가 평면을 어떻게 나누는지 봅시다.
# 세 점 $(0, 0)$, $(3, 0.5)$, $(1, 3)$ 주위에 점을 30개씩 흩뿌리고, 같은 방법으로 학습한 뒤 `nnintro.plot.decision_boundary`로
# 각 점에서 점수가 가장 큰 클래스의 영역을 칠합니다.

# %% [markdown] lang="en"
# The last cost is that of sections 6.3 and 6.4, up to the last digits: `nnintro`'s `cross_entropy`
# computes in a slightly different order.
#
# Four features are hard to draw. Make data with two features to see how softmax regression
# divides the plane: scatter 30 points around each of $(0, 0)$, $(3, 0.5)$ and $(1, 3)$, train the
# same way, and let `nnintro.plot.decision_boundary` colour the region where each class has the
# largest score.

# %%
generator = torch.Generator().manual_seed(7)
centres = torch.tensor([[0.0, 0.0], [3.0, 0.5], [1.0, 3.0]])
x2 = torch.cat([centre + 0.8 * torch.randn(30, 2, generator=generator) for centre in centres])
y2 = torch.arange(3).repeat_interleave(30)
print(x2.shape, y2.shape)

model2 = nnintro.models.SoftmaxClassifier(2, 3, zero_init=True)
history2 = nnintro.train.fit(
    model2, x2, y2, lr=0.1, epochs=1000,
    loss_fn=nnintro.functional.cross_entropy,
    metrics={"accuracy": nnintro.metrics.accuracy},
    log_every=500,
)
nnintro.plot.decision_boundary(model2, x2, y2)

# %% [markdown] lang="ko"
# 두 클래스의 경계는 두 점수가 같은 곳, $z_j = z_k$입니다. 점수가 $x$의 일차식이므로 이 경계는 직선이고, 평면은 직선으로 나뉜
# 세 영역이 됩니다. 구름이 겹치는 곳의 점 몇 개는 어떤 직선으로도 맞힐 수 없습니다.

# %% [markdown] lang="en"
# The border between two classes is where their scores are equal, $z_j = z_k$. Scores are linear in
# $x$, so each border is a straight line, and the plane splits into three regions bounded by lines.
# A few points where the clouds overlap cannot be classified correctly by any lines.

# %% [markdown] lang="ko"
# ## 9. 정리
#
# - 소프트맥스 $p_i = e^{z_i} / \sum_j e^{z_j}$는 점수 $c$개를 합이 1인 확률로 바꿉니다. $z = [1, 2, 3]$이면 $[0.0900, 0.2447, 0.6652]$입니다.
# - 샘플 $n$개, 특성 $f$개, 클래스 $c$개이면 $X$는 $n \times f$, $W$는 $f \times c$, $B$는 $1 \times c$이고 $XW + B$는 $n \times c$입니다.
# - 원-핫 벡터는 `zeros.scatter_(1, y.unsqueeze(1), 1)`로 만들고, 교차 엔트로피는 정답 클래스 확률의 $-\ln$을 평균한 것입니다. 클래스가 2개이면 이진 교차 엔트로피와 같습니다.
# - `F.softmax` + `torch.log` → `F.log_softmax` → `F.nll_loss` → `F.cross_entropy`는 모두 같은 비용이고, `F.cross_entropy`는 점수를 받습니다.
# - `log(softmax)`는 확률이 0으로 반올림되면 `-inf`가 되지만, log-sum-exp로 계산하는 `F.log_softmax`와 `F.cross_entropy`는 유한합니다.

# %% [markdown] lang="en"
# ## 9. Summary
#
# - The softmax $p_i = e^{z_i} / \sum_j e^{z_j}$ turns $c$ scores into probabilities adding up to 1; $z = [1, 2, 3]$ gives $[0.0900, 0.2447, 0.6652]$.
# - For $n$ samples, $f$ features and $c$ classes, $X$ is $n \times f$, $W$ is $f \times c$, $B$ is $1 \times c$, and $XW + B$ is $n \times c$.
# - One-hot vectors are made with `zeros.scatter_(1, y.unsqueeze(1), 1)`; the cross-entropy is the mean $-\ln$ of the probability of the right class. With two classes it is the binary cross-entropy.
# - `F.softmax` + `torch.log` → `F.log_softmax` → `F.nll_loss` → `F.cross_entropy` all give the same cost, and `F.cross_entropy` takes the scores.
# - `log(softmax)` becomes `-inf` once a probability rounds to 0, while `F.log_softmax` and `F.cross_entropy`, computed with log-sum-exp, stay finite.


# %% [markdown] lang="ko"
# ## 10. 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 힌트와 풀이는 문제 아래에 접혀 있습니다. 코드 셀에서 `ch07.q1.hint()`로 힌트를,
# `ch07.q1.solution()`으로 풀이를 볼 수도 있습니다. 틀리면 `check`가 어디가 틀렸는지 알려 줍니다.

# %% [markdown] lang="en"
# ## 10. Exercises
#
# Write your answer and check it with `check`. The hint and the solution are folded under each question; in a code
# cell, `ch07.q1.hint()` shows the hint and `ch07.q1.solution()` the solution. A wrong answer gets told what is wrong.

# %%
from nnintro import exercises
from nnintro.exercises import ch07

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch07.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch07.q1 }}

# %%
def my_softmax(z):
    ...  # your code here


ch07.q1.check(my_softmax)

# %% [markdown] lang="ko"
# {{ exercise ch07.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch07.q2 }}

# %%
def my_one_hot(y, c):
    ...  # your code here


ch07.q2.check(my_one_hot)

# %% [markdown] lang="ko"
# {{ exercise ch07.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch07.q3 }}

# %%
def my_cross_entropy(z, y):
    ...  # your code here


ch07.q3.check(my_cross_entropy)

# %% [markdown] lang="ko"
# {{ exercise ch07.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch07.q4 }}

# %%
first_cost = ...  # your prediction, a number

ch07.q4.check(first_cost)

# %% [markdown] lang="ko"
# {{ exercise ch07.q5 }}

# %% [markdown] lang="en"
# {{ exercise ch07.q5 }}

# %%
weight_shape = ...  # your prediction, a tuple

ch07.q5.check(weight_shape)

# %% [markdown] lang="ko"
# ### 더 해 보기
#
# 답이 하나로 정해지지 않는 실험들입니다.
#
# 1. 2절에서 $z = [1, 2, 3]$ 대신 $[101, 102, 103]$과 $[2, 4, 6]$의 소프트맥스를 계산해 보세요. 어느 쪽이 $[0.0900, 0.2447, 0.6652]$와 같고, 왜 그런가요?
# 2. 6.2절의 학습률을 0.01과 1로 바꿔 보세요. 1000 에폭 뒤의 비용과 정확도는 어떻게 달라지나요?
# 3. 8절의 구름 중심을 서로 더 가깝게 옮기면 정확도와 영역의 경계가 어떻게 바뀌는지 그려 보세요.

# %% [markdown] lang="en"
# ### More to try
#
# Experiments without a single right answer:
#
# 1. In section 2, compute the softmax of $[101, 102, 103]$ and of $[2, 4, 6]$ instead of $[1, 2, 3]$. Which one equals $[0.0900, 0.2447, 0.6652]$, and why?
# 2. Change the learning rate of section 6.2 to 0.01 and to 1. How do the cost and the accuracy after 1000 epochs change?
# 3. Move the centres of section 8's clouds closer together and draw again. How do the accuracy and the borders change?
