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
# # 머신러닝 튜토리얼
#
# [이론 페이지](../theory/01-machine-learning.md)에서 머신러닝의 과정을
# 데이터 → 가설(모델) → 비용 → 옵티마이저 → 평가의 순서로 정리했습니다.
# 이 튜토리얼에서는 작은 문제 하나로 이 과정을 처음부터 끝까지 한 번 실행해 봅니다.
# 코드 하나하나는 3장부터 자세히 배우므로, 지금은 각 단계가 **무엇을 하는지**에 집중하세요.
#
# 1. 공부 시간과 점수 데이터를 만들고, 훈련용과 평가용으로 나눕니다.
# 2. 가설, 비용, 옵티마이저를 정하고 훈련 데이터로 학습합니다.
# 3. 훈련에 쓰지 않은 평가 데이터로 모델을 평가하고, 학습한 파라미터가 무엇인지 봅니다.
# 4. 데이터를 외우기만 하는 모델과 비교해서 평가 데이터가 왜 필요한지 확인합니다.
# 5. 같은 과정을 `nnintro` 함수로 다시 해 봅니다.

# %% [markdown] lang="en"
# # Machine learning tutorial
#
# The [theory page](../theory/01-machine-learning.md) laid out the machine-learning process as
# data → hypothesis (model) → cost → optimizer → evaluation. In this tutorial we run that process
# once, from start to finish, on one small problem. Each line of code is taught in detail from
# chapter 3 on, so for now focus on **what each step does**.
#
# 1. Make data of study hours and scores, and split it into a training part and a held-out part.
# 2. Choose a hypothesis, a cost and an optimizer, and train on the training data.
# 3. Evaluate the model on held-out data that training never saw, and look at the learned parameters.
# 4. Compare with a model that only memorises the data, to see why held-out data are needed.
# 5. Do the same again with `nnintro` functions.

# %% [markdown] lang="ko"
# ## 1. 준비
#
# PyTorch와 옵티마이저 모듈, 그리고 이 강좌의 패키지 `nnintro`를 불러옵니다.
# 이번에는 데이터를 난수로 만들기 때문에 난수 시드(seed)를 고정하는 것이 중요합니다.
# 시드를 고정하면 언제 실행해도 똑같은 "무작위" 데이터가 만들어지므로, 여러분의 결과도 이 페이지와 같아집니다.

# %% [markdown] lang="en"
# ## 1. Setup
#
# Import PyTorch, its optimizer module and this course's package `nnintro`. This time the data are
# made from random numbers, so fixing the random seed matters: with a fixed seed every run makes
# the same "random" data, and your results will match this page.

# %%
import torch
import torch.optim as optim

import nnintro

torch.manual_seed(1);

# %% [markdown] lang="ko"
# ## 2. 데이터: 공부 시간과 점수
#
# 학생 12명의 공부 시간 $x$(1시간에서 10시간 사이)와 시험 점수 $y$를 만듭니다.
# 점수는 "기본 25점에 한 시간마다 6점"이라는 규칙에 평균 0, 표준편차 4점의 잡음(noise)을 더해 정합니다.
# 실제 문제에서는 이런 규칙을 알 수 없습니다. 모델은 이 규칙을 모른 채 데이터만 보고 배워야 하고,
# 우리는 마지막에 모델이 배운 것과 이 규칙을 비교해 볼 것입니다.
# 공부 시간은 소수점 아래 한 자리로, 점수는 정수로 반올림합니다.

# %% [markdown] lang="en"
# ## 2. Data: study hours and scores
#
# We make the study hours $x$ (between 1 and 10 hours) and exam scores $y$ of 12 students.
# A score follows the rule "a base of 25 points plus 6 points per hour", with noise of mean 0 and
# standard deviation 4 points added. In a real problem nobody knows such a rule. The model must learn
# from the data alone, without knowing the rule; at the end we will compare what it learned with it.
# Hours are rounded to one decimal place and scores to whole points.

# %%
n = 12
hours = (1 + 9 * torch.rand(n, 1)).round(decimals=1)
scores = (6 * hours + 25 + 4 * torch.randn(n, 1)).round()

print(hours.shape, scores.shape)
for i in range(n):
    h, s = hours[i].item(), scores[i].item()
    print(f"student {i:2d}   x = {h:4.1f}   y = {s:2.0f}")

# %% [markdown] lang="ko"
# 학생 한 명이 한 행(row)이고, 특성(feature)은 공부 시간 하나뿐이라서 두 텐서의 모양은 모두 `(12, 1)`입니다.
#
# ## 3. 훈련 데이터와 평가 데이터로 나누기
#
# 12명 가운데 8명은 훈련(training)에 쓰고, 4명은 평가(evaluation)용으로 떼어 둡니다.
# 평가용 4명은 학습이 끝날 때까지 모델에게 보여 주지 않습니다.
# 어느 학생을 떼어 둘지는 `torch.randperm(n)`으로 0부터 11까지를 무작위로 섞어서 정합니다.
# 앞의 8개 번호가 훈련용, 나머지 4개가 평가용입니다.

# %% [markdown] lang="en"
# One student is one row, and the only feature is the number of hours, so both tensors have shape
# `(12, 1)`.
#
# ## 3. Splitting into training and held-out data
#
# Of the 12 students, 8 are used for training and 4 are held out for evaluation. The model does not
# see the held-out four until training is over. Which students to hold out is decided by shuffling
# 0 to 11 with `torch.randperm(n)`: the first 8 numbers go to training, the other 4 are held out.

# %%
perm = torch.randperm(n)
train_idx, test_idx = perm[:8], perm[8:]
print("train:", train_idx.tolist())
print("held-out:", test_idx.tolist())

x_train, y_train = hours[train_idx], scores[train_idx]
x_test, y_test = hours[test_idx], scores[test_idx]
print(x_train.shape, x_test.shape)

# %% [markdown] lang="ko"
# 섞지 않고 앞의 8명을 그냥 훈련용으로 쓰면, 데이터가 어떤 순서로 모였는지에 따라 훈련용과 평가용의 성격이 달라질 수 있습니다.
# 예를 들어 공부 시간 순서로 정렬된 데이터라면 평가용에는 오래 공부한 학생만 남게 됩니다. 그래서 섞은 뒤에 나눕니다.
#
# ## 4. 가설: 직선 모델
#
# 모델은 직선 $H(x) = Wx + b$입니다. 파라미터(parameter)인 가중치(weight) $W$와 편향(bias) $b$를 0에서 시작합니다.
# 이 두 값은 학습하면서 바꿔 나갈 값이므로 `requires_grad=True`를 지정해서
# PyTorch가 비용을 이 값들로 미분할 수 있게 합니다(자세한 내용은 2장의 자동 미분에서 다룹니다).

# %% [markdown] lang="en"
# Taking the first 8 students without shuffling could make the two parts differ depending on how the
# data were collected. If the data were sorted by hours, for example, only the students who studied
# longest would be held out. So we shuffle first, then split.
#
# ## 4. Hypothesis: a line
#
# The model is the line $H(x) = Wx + b$. The parameters, the weight $W$ and the bias $b$, start at 0.
# Training will change these two values, so we set `requires_grad=True`, which lets PyTorch
# differentiate the cost with respect to them (chapter 2 explains this under autograd).

# %%
W = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)


def hypothesis(x):
    return x * W + b


print(hypothesis(x_train[:3]))

# %% [markdown] lang="ko"
# 지금은 $W = b = 0$이므로 누구의 점수든 0점으로 예측합니다. 아직 아무것도 배우지 않은 모델입니다.
#
# ## 5. 비용: 평균 제곱 오차
#
# 예측이 얼마나 틀렸는지는 평균 제곱 오차(mean squared error, MSE)로 잽니다.
#
# $$
# \text{cost}(W, b) = \frac{1}{n}\sum_{i=1}^{n}\left(H(x_i) - y_i\right)^2
# $$

# %% [markdown] lang="en"
# With $W = b = 0$ the model predicts 0 points for everyone: it has not learned anything yet.
#
# ## 5. Cost: the mean squared error
#
# How wrong the predictions are is measured by the mean squared error (MSE).
#
# $$
# \text{cost}(W, b) = \frac{1}{n}\sum_{i=1}^{n}\left(H(x_i) - y_i\right)^2
# $$

# %%
def cost_fn(pred, target):
    return torch.mean((pred - target) ** 2)


print(cost_fn(hypothesis(x_train), y_train))

# %% [markdown] lang="ko"
# 모든 예측이 0이므로, 출력된 비용은 훈련용 학생 8명의 점수를 제곱한 값의 평균입니다.
#
# ## 6. 옵티마이저와 훈련 루프
#
# 옵티마이저(optimizer)는 비용이 줄어드는 쪽으로 파라미터를 고칩니다.
# 여기서는 3장에서 배울 경사 하강법(gradient descent)을 쓰는 `optim.SGD`를 학습률(learning rate) 0.01로 만듭니다.
# 한 에폭(epoch)마다 훈련 데이터 8명 전체로 비용을 계산하고(`cost_fn`), 기울기를 구하고(`backward`),
# 파라미터를 고칩니다(`step`). 이것을 2,000 에폭 되풀이하면서 200 에폭마다 진행 상황을 출력합니다.
# 각 줄의 `cost`는 그 에폭에서 파라미터를 고치기 **전**의 비용입니다.

# %% [markdown] lang="en"
# With all predictions 0, the printed cost is the mean of the squared scores of the 8 training students.
#
# ## 6. Optimizer and training loop
#
# The optimizer changes the parameters in the direction that lowers the cost. We build `optim.SGD`,
# which does the gradient descent of chapter 3, with learning rate 0.01. In each epoch we compute the
# cost on all 8 training students (`cost_fn`), get the gradients (`backward`) and change the
# parameters (`step`). We repeat this for 2,000 epochs and print the progress every 200 epochs.
# On each line `cost` is the cost **before** that epoch changed the parameters.

# %%
optimizer = optim.SGD([W, b], lr=0.01)

epochs = 2000
for epoch in range(1, epochs + 1):
    cost = cost_fn(hypothesis(x_train), y_train)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch == 1 or epoch % 200 == 0:
        print(
            f"epoch {epoch:4d}/{epochs}   W = {W.item():.4f}   "
            f"b = {b.item():8.4f}   cost = {cost.item():.4f}"
        )

# %% [markdown] lang="ko"
# 비용이 처음 값에서 한 자리 수까지 줄었습니다. $W$는 처음 몇 에폭 만에 크게 움직인 뒤 천천히 자리를 잡고,
# $b$는 2,000 에폭 내내 조금씩 커집니다.
#
# ## 7. 평가: 처음 보는 학생들
#
# 이제 떼어 둔 평가용 학생 4명의 점수를 예측하고 비용을 계산합니다.
# 평가할 때는 기울기가 필요 없으므로 `torch.no_grad()` 안에서 계산합니다.
# 비교를 위해 학습이 끝난 모델의 훈련 데이터 비용도 함께 계산합니다.

# %% [markdown] lang="en"
# The cost went down from its first value to single digits. $W$ moves a lot in the first few
# epochs and then settles slowly, while $b$ keeps growing a little throughout the 2,000 epochs.
#
# ## 7. Evaluation: students never seen
#
# Now predict the scores of the 4 held-out students and compute the cost. Evaluation needs no
# gradients, so we compute inside `torch.no_grad()`. For comparison we also compute the trained
# model's cost on the training data.

# %%
with torch.no_grad():
    train_cost = cost_fn(hypothesis(x_train), y_train)
    test_pred = hypothesis(x_test)
    test_cost = cost_fn(test_pred, y_test)

print(f"training cost = {train_cost.item():.4f}")
print(f"held-out cost = {test_cost.item():.4f}")
for i in range(len(x_test)):
    xi, yi, pi = x_test[i].item(), y_test[i].item(), test_pred[i].item()
    print(f"x = {xi:3.1f}   y = {yi:2.0f}   H(x) = {pi:5.2f}", end="   ")
    print(f"y - H(x) = {yi - pi:+.2f}")

# %% [markdown] lang="ko"
# 평가 데이터의 비용이 훈련 데이터의 비용보다 큽니다. 모델이 직접 보고 맞춘 데이터보다
# 처음 보는 데이터에서 더 많이 틀리는 것은 자연스러운 일이고, 그래서 성능은 평가 데이터로 재야 합니다.
# 평균 제곱 오차가 10 가까이라는 것은 예측이 평균적으로 $\sqrt{10} \approx 3$점쯤 빗나간다는 뜻이며,
# 점수에 넣은 잡음의 표준편차가 4점이었으니 이보다 훨씬 잘 맞히기는 어렵습니다.
#
# `nnintro.plot.regression_errors`로 평가용 학생들과 학습한 직선, 그리고 학생마다의 오차를 그려 봅시다.

# %% [markdown] lang="en"
# The held-out cost is larger than the training cost. A model naturally misses more on data it has
# never seen than on the data it was fitted to, which is exactly why performance is measured on
# held-out data. A mean squared error of nearly 10 means the predictions miss by about
# $\sqrt{10} \approx 3$ points on average; since the noise added to the scores had a standard
# deviation of 4 points, doing much better is hardly possible.
#
# `nnintro.plot.regression_errors` draws the held-out students, the learned line, and each
# student's error.

# %%
nnintro.plot.regression_errors(x_test, y_test, W.item(), b.item())

# %% [markdown] lang="ko"
# ## 8. 모델이 배운 것
#
# 학습이 끝나고 남은 것은 두 파라미터 $W$와 $b$입니다. 데이터를 만들 때 쓴 규칙(6과 25)과 비교해 봅시다.

# %% [markdown] lang="en"
# ## 8. What the model learned
#
# What remains after training is the two parameters $W$ and $b$. Let us compare them with the rule
# used to make the data (6 and 25).

# %%
print(f"learned: W = {W.item():.4f}, b = {b.item():.4f}")
print("rule:    W = 6, b = 25")

with torch.no_grad():
    print(f"H(7) = {hypothesis(torch.tensor([[7.0]])).item():.2f}")

# %% [markdown] lang="ko"
# $W$는 규칙의 6에 가깝지만, $b$는 25에서 꽤 떨어져 있습니다. 이유는 두 가지입니다.
#
# - 모델은 규칙이 아니라 **데이터**에서 배웁니다. 잡음이 섞인 8명의 점수만 보았으므로, 그 8명을 가장 잘 설명하는 직선은 규칙의 직선과 조금 다릅니다.
# - 학습이 아직 완전히 끝나지 않았습니다. 6절의 출력에서 $b$는 마지막까지 조금씩 커지고 있었습니다. 학습률과 에폭 수는 사람이 정하는 하이퍼파라미터(hyper-parameter)이고, 이를 바꾸는 것은 연습 문제로 남겨 둡니다.
#
# 그래도 예측에는 충분히 쓸 만합니다. 7시간 공부한 학생에 대한 예측 $H(7)$은 규칙대로 계산한 $6 \times 7 + 25 = 67$점에 가깝습니다.

# %% [markdown] lang="en"
# $W$ is close to the rule's 6, but $b$ is some way from 25. There are two reasons.
#
# - The model learns from the **data**, not from the rule. It saw only 8 noisy scores, and the line that explains those 8 best differs a little from the rule's line.
# - Training has not completely finished. In the output of section 6, $b$ was still growing a little at the end. The learning rate and the number of epochs are hyper-parameters chosen by people; changing them is left as an exercise.
#
# Still, the model is quite usable for prediction: its $H(7)$ for 7 hours of study is close to the
# $6 \times 7 + 25 = 67$ points the rule would give.

# %% [markdown] lang="ko"
# ## 9. 외우기만 하는 모델과 비교하기
#
# 훈련 데이터의 비용만 보고 모델을 고르면 어떻게 될까요? 훈련 데이터를 그대로 외워 두었다가,
# 입력이 들어오면 공부 시간이 가장 가까운 훈련용 학생의 점수를 답하는 "모델"을 만들어 봅시다.
# 이 모델은 파라미터를 배우지 않고 데이터를 통째로 저장합니다.

# %% [markdown] lang="en"
# ## 9. Compared with a model that only memorises
#
# What if we chose models by their training cost alone? Let us build a "model" that memorises the
# training data and, for a new input, answers the score of the training student whose hours are
# closest. This model learns no parameters; it stores the whole data.

# %%
def memorizer(x):
    nearest = (x - x_train.T).abs().argmin(dim=1)
    return y_train[nearest]


print(f"training cost = {cost_fn(memorizer(x_train), y_train).item():.4f}")
print(f"held-out cost = {cost_fn(memorizer(x_test), y_test).item():.4f}")

# %% [markdown] lang="ko"
# 훈련 데이터에서는 외운 답을 그대로 내놓으므로 비용이 0입니다. 직선 모델보다 "완벽"해 보입니다.
# 하지만 평가 데이터의 비용은 7절에서 본 직선 모델의 평가 비용보다 두 배 가까이 큽니다.
# 훈련 데이터에서의 성적만 보았다면 더 나쁜 모델을 골랐을 것입니다. 이것이 평가 데이터를 따로 떼어 두는 이유입니다.

# %% [markdown] lang="en"
# On the training data it returns the memorised answers, so its cost is 0: it looks "more perfect"
# than the line. But its held-out cost is almost twice the line's held-out cost in section 7.
# Judging by the training data alone, we would have picked the worse model. That is why held-out
# data are set aside.

# %% [markdown] lang="ko"
# ## 10. `nnintro`로 같은 과정 되풀이하기
#
# 4절부터 6절까지 직접 작성한 모델과 훈련 루프를 `nnintro`는 두 줄로 묶어 두었습니다.
#
# - `nnintro.models.LinearRegression(zero_init=True)`: 직선 $H(x) = Wx + b$ 모델입니다. 위에서처럼 $W$와 $b$를 0에서 시작합니다([API 문서](../reference/models.md)).
# - `nnintro.train.fit(model, x, y, lr=..., epochs=...)`: 6절의 루프를 그대로 실행하고, 에폭마다의 비용을 담은 `History`를 돌려줍니다([API 문서](../reference/train.md)).
#
# `log_every=500`을 주면 500 에폭마다 비용을 출력합니다. `fit`도 에폭을 1부터 세므로 6절의 출력과 바로 비교할 수 있습니다.

# %% [markdown] lang="en"
# ## 10. The same process with `nnintro`
#
# `nnintro` packages the model and the training loop we wrote in sections 4 to 6 into two lines.
#
# - `nnintro.models.LinearRegression(zero_init=True)` is the line model $H(x) = Wx + b$, starting from $W = b = 0$ as above ([API page](../reference/models.md)).
# - `nnintro.train.fit(model, x, y, lr=..., epochs=...)` runs the loop of section 6 and returns a `History` with the cost of every epoch ([API page](../reference/train.md)).
#
# With `log_every=500` it prints the cost every 500 epochs. `fit` also counts epochs from 1, so the
# lines can be compared directly with the output of section 6.

# %%
model = nnintro.models.LinearRegression(zero_init=True)
history = nnintro.train.fit(
    model, x_train, y_train, lr=0.01, epochs=2000, log_every=500
)

W_fit, b_fit = model.linear.weight.item(), model.linear.bias.item()
print(f"W = {W_fit:.4f}, b = {b_fit:.4f}")
with torch.no_grad():
    test_cost_fit = nnintro.functional.mse(model(x_test), y_test)
print(f"held-out cost = {test_cost_fit.item():.4f}")

# %% [markdown] lang="ko"
# 같은 데이터, 같은 학습률, 같은 에폭 수이므로 $W$, $b$, 평가 비용도 7절과 8절의 출력과 같습니다.
# 다만 `nn.Linear`는 곱하고 더하는 방법이 조금 달라서, 컴퓨터에 따라 마지막 자리가 반올림 오차(rounding error)만큼 다를 수는 있습니다.
# `History`에 기록된 비용을 `nnintro.plot.loss_history`로 그리면 학습 곡선(learning curve)을 볼 수 있습니다.
# 세로축은 로그 스케일(log scale)입니다.

# %% [markdown] lang="en"
# Same data, same learning rate, same number of epochs, so $W$, $b$ and the held-out cost are those
# printed in sections 7 and 8 too. (`nn.Linear` multiplies and adds in a slightly different way, so
# on some computers the last digit may differ by rounding error.) Drawing the costs recorded in the
# `History` with `nnintro.plot.loss_history` shows the learning curve. The vertical axis is on a log scale.

# %%
nnintro.plot.loss_history(history)

# %% [markdown] lang="ko"
# 처음 몇 에폭 동안 비용이 빠르게 떨어지고, 그 뒤로는 천천히 줄어듭니다. 빠른 구간에서는 $W$가 크게 움직이고,
# 느린 구간에서는 $b$가 커지면서 $W$가 조금씩 줄어듭니다(6절의 출력을 보세요).
#
# ## 11. 정리
#
# - 머신러닝은 데이터 → 가설 → 비용 → 옵티마이저 → 평가의 순서로 진행됩니다. 가설, 비용, 옵티마이저로 이루어진 훈련 루프를 여러 에폭 되풀이합니다.
# - 학습이 찾는 것은 파라미터입니다. 이 튜토리얼에서는 $W$와 $b$ 두 수였습니다.
# - 모델은 규칙이 아니라 데이터에서 배우므로, 배운 파라미터는 데이터를 만든 규칙과 정확히 같지 않습니다.
# - 성능은 훈련에 쓰지 않은 평가 데이터로 잽니다. 훈련 비용이 0인 "외우는 모델"이 평가 데이터에서는 직선보다 훨씬 나빴습니다.
#
# ### 연습 문제
#
# 1. 6절에서 에폭 수를 `epochs = 10000`으로 늘려 보세요. $W$와 $b$는 어디로 가고, 훈련 비용과 평가 비용은 어떻게 바뀌나요? $b$가 25가 되지 않는 이유를 설명해 보세요.
# 2. 1절의 `torch.manual_seed(1)`을 다른 값으로 바꾸면 데이터와 결과가 모두 바뀝니다. 여러 시드에서 직선 모델과 외우는 모델의 평가 비용을 비교해 보세요. 늘 직선 모델이 이기나요?
# 3. 훈련용을 8명 대신 4명으로 줄이면(`perm[:4]`) 평가 비용은 어떻게 되나요? 데이터의 양이 학습에 어떤 영향을 주는지 생각해 보세요.

# %% [markdown] lang="en"
# The cost falls fast in the first few epochs and slowly after that. In the fast part $W$ makes big
# moves; in the slow part $b$ grows while $W$ shrinks a little (see the output of section 6).
#
# ## 11. Summary
#
# - Machine learning proceeds as data → hypothesis → cost → optimizer → evaluation. The training loop of hypothesis, cost and optimizer is repeated for many epochs.
# - What training finds are the parameters: here, the two numbers $W$ and $b$.
# - The model learns from the data, not from the rule, so the learned parameters are not exactly those of the rule that made the data.
# - Performance is measured on held-out data that training never used. The "memorising model", with a training cost of 0, was much worse than the line on held-out data.
#
# ### Exercises
#
# 1. Raise the number of epochs in section 6 to `epochs = 10000`. Where do $W$ and $b$ go, and how do the training and held-out costs change? Explain why $b$ does not become 25.
# 2. Changing `torch.manual_seed(1)` in section 1 changes the data and every result. Compare the held-out costs of the line and of the memorising model for several seeds. Does the line always win?
# 3. With 4 training students instead of 8 (`perm[:4]`), what happens to the held-out cost? Think about how the amount of data affects learning.
