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
# 1. 공부 시간과 점수 데이터를 만들고, 훈련 데이터(training data)와 테스트 데이터(test data)로 나눕니다.
# 2. 가설, 비용, 옵티마이저를 정하고 훈련 데이터로 학습합니다.
# 3. 훈련에 쓰지 않은 테스트 데이터로 모델을 평가하고, 학습한 매개변수(parameter)가 무엇인지 봅니다.
# 4. 데이터를 외우기만 하는 모델과 비교해서 테스트 데이터가 왜 필요한지 확인합니다.
# 5. 같은 과정을 `nnintro` 함수로 다시 해 보고, 마지막에 연습 문제를 풉니다.

# %% [markdown] lang="en"
# # Machine learning tutorial
#
# The [theory page](../theory/01-machine-learning.md) laid out the machine-learning process as
# data → hypothesis (model) → cost → optimizer → evaluation. In this tutorial we run that process
# once, from start to finish, on one small problem. Each line of code is taught in detail from
# chapter 3 on, so for now focus on **what each step does**.
#
# 1. Make data of study hours and scores, and split it into training data and test data.
# 2. Choose a hypothesis, a cost and an optimizer, and train on the training data.
# 3. Evaluate the model on test data that training never saw, and look at the learned parameters.
# 4. Compare with a model that only memorises the data, to see why test data are needed.
# 5. Do the same again with `nnintro` functions, and finish with exercises.

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
# ## 3. 훈련 데이터와 테스트 데이터로 나누기
#
# 12명 가운데 8명은 훈련(training)에 쓰는 훈련 데이터이고, 4명은 평가(evaluation)에 쓰려고 떼어 두는 테스트 데이터입니다.
# 테스트 데이터의 4명은 학습이 끝날 때까지 모델에게 보여 주지 않습니다.
# 어느 학생을 떼어 둘지는 `torch.randperm(n)`으로 0부터 11까지를 무작위로 섞어서 정합니다.
# 앞의 8개 번호가 훈련 데이터, 나머지 4개가 테스트 데이터입니다.

# %% [markdown] lang="en"
# One student is one row, and the only feature is the number of hours, so both tensors have shape
# `(12, 1)`.
#
# ## 3. Splitting into training and test data
#
# Of the 12 students, 8 are the training data and 4 are set aside for evaluation as the test data.
# The model does not see the four test students until training is over. Which students to set aside
# is decided by shuffling 0 to 11 with `torch.randperm(n)`: the first 8 numbers are the training
# data, the other 4 the test data.

# %%
perm = torch.randperm(n)
train_idx, test_idx = perm[:8], perm[8:]
print("train:", train_idx.tolist())
print("test:", test_idx.tolist())

x_train, y_train = hours[train_idx], scores[train_idx]
x_test, y_test = hours[test_idx], scores[test_idx]
print(x_train.shape, x_test.shape)

# %% [markdown] lang="ko"
# 섞지 않고 앞의 8명을 그냥 훈련 데이터로 쓰면, 데이터가 어떤 순서로 모였는지에 따라 훈련 데이터와 테스트 데이터의 성격이 달라질 수 있습니다.
# 예를 들어 공부 시간 순서로 정렬된 데이터라면 테스트 데이터에는 오래 공부한 학생만 남게 됩니다. 그래서 섞은 뒤에 나눕니다.
#
# ## 4. 가설: 직선 모델
#
# 모델은 직선 $H(x) = Wx + b$입니다. 매개변수인 가중치(weight) $W$와 편향(bias) $b$를 0에서 시작합니다.
# 이 두 값은 학습하면서 바꿔 나갈 값이므로 `requires_grad=True`를 지정해서
# PyTorch가 비용을 이 값들로 미분할 수 있게 합니다(자세한 내용은 2장의 자동 미분에서 다룹니다).

# %% [markdown] lang="en"
# Taking the first 8 students without shuffling could make the two parts differ depending on how the
# data were collected. If the data were sorted by hours, for example, the test data would hold only
# the students who studied longest. So we shuffle first, then split.
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
# 옵티마이저(optimizer)는 비용이 줄어드는 쪽으로 매개변수를 고칩니다.
# 여기서는 3장에서 배울 경사 하강법(gradient descent)을 쓰는 `optim.SGD`를 학습률(learning rate) 0.01로 만듭니다.
# 한 에폭(epoch)마다 훈련 데이터 8명 전체로 비용을 계산하고(`cost_fn`), 기울기를 구하고(`backward`),
# 매개변수를 고칩니다(`step`). 이것을 2,000 에폭 되풀이하면서 200 에폭마다 진행 상황을 출력합니다.
# 각 줄의 `cost`는 그 에폭에서 매개변수를 고치기 **전**의 비용입니다.

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
# 비용이 처음 {{ ch01.first_cost }}에서 {{ ch01.train_cost }}까지 줄었습니다. $W$는 처음 몇 에폭 만에 크게 움직인 뒤 천천히 자리를 잡고,
# $b$는 2,000 에폭 내내 조금씩 움직입니다.
#
# ## 7. 평가: 처음 보는 학생들
#
# 이제 떼어 둔 테스트 데이터, 학생 4명의 점수를 예측하고 비용을 계산합니다.
# 평가할 때는 기울기가 필요 없으므로 `torch.no_grad()` 안에서 계산합니다.
# 비교를 위해 학습이 끝난 모델의 훈련 데이터 비용도 함께 계산합니다.

# %% [markdown] lang="en"
# The cost went down from {{ ch01.first_cost }} to {{ ch01.train_cost }}. $W$ moves a lot in the first
# few epochs and then settles slowly, while $b$ keeps moving a little throughout the 2,000 epochs.
#
# ## 7. Evaluation: students never seen
#
# Now predict the scores of the 4 test students and compute the cost. Evaluation needs no
# gradients, so we compute inside `torch.no_grad()`. For comparison we also compute the trained
# model's cost on the training data.

# %%
with torch.no_grad():
    train_cost = cost_fn(hypothesis(x_train), y_train)
    test_pred = hypothesis(x_test)
    test_cost = cost_fn(test_pred, y_test)

print(f"training cost = {train_cost.item():.4f}")
print(f"test cost     = {test_cost.item():.4f}")
train_rmse, test_rmse = train_cost.sqrt().item(), test_cost.sqrt().item()
print(f"training RMSE = {train_rmse:.2f}   test RMSE = {test_rmse:.2f}")
for i in range(len(x_test)):
    xi, yi, pi = x_test[i].item(), y_test[i].item(), test_pred[i].item()
    print(f"x = {xi:3.1f}   y = {yi:2.0f}   H(x) = {pi:5.2f}", end="   ")
    print(f"y - H(x) = {yi - pi:+.2f}")

# %% [markdown] lang="ko"
# 훈련 데이터의 비용은 {{ ch01.train_cost }}, 테스트 데이터의 비용은 {{ ch01.test_cost }}입니다.
# 모델은 훈련 데이터에 맞춰졌으므로, 보통은 처음 보는 데이터에서 더 많이 틀립니다. 그래서 성능은 테스트 데이터로 잽니다.
#
# 비용은 점수를 제곱한 단위라서 바로 읽기 어렵습니다. 제곱근을 씌운 $\sqrt{\text{cost}}$를
# RMSE(root mean squared error)라고 하는데, 점수와 단위가 같아서 "예측이 대략 몇 점쯤 빗나가는가"로 읽을 수 있습니다.
# 훈련 데이터의 RMSE는 {{ ch01.train_rmse }}점, 테스트 데이터의 RMSE는 {{ ch01.test_rmse }}점입니다.
#
# 이것은 얼마나 잘한 것일까요? 점수에는 표준편차 4점의 잡음이 들어 있으므로, 데이터를 만든 규칙 $6x + 25$를 정확히 알아도
# 새 학생의 점수는 평균적으로 4점쯤 빗나갑니다. 평균적으로 이보다 잘 맞히는 모델은 없습니다.
# 그런데 테스트 데이터가 4명뿐이면, RMSE는 어떤 4명이 뽑혔느냐에 따라 크게 흔들려서 4보다 작게도, 크게도 나올 수 있습니다.
# 아래에서 학생을 더 많이 만들어 확인해 보겠습니다.
#
# 먼저 `nnintro.plot.regression_errors`로 테스트 데이터의 학생들과 학습한 직선, 그리고 학생마다의 오차를 그려 봅시다.

# %% [markdown] lang="en"
# The cost on the training data is {{ ch01.train_cost }}, on the test data {{ ch01.test_cost }}.
# The model was fitted to the training data, so it usually misses more on data it has never seen.
# That is why performance is measured on test data.
#
# A cost is in squared points, which is hard to read. Its square root, $\sqrt{\text{cost}}$, is called
# the RMSE (root mean squared error); it is in points, like the scores, so it reads as "roughly how
# many points the predictions miss by". The RMSE is {{ ch01.train_rmse }} points on the training data
# and {{ ch01.test_rmse }} points on the test data.
#
# How good is that? The scores contain noise with a standard deviation of 4 points, so even the rule
# $6x + 25$ that made the data misses a new student's score by about 4 points on average. No model does
# better than that on average. But with only 4 test students, the RMSE depends a lot on which 4 were
# drawn: it can come out below 4 or above it. We will make many more students below to see this.
#
# First, `nnintro.plot.regression_errors` draws the test students, the learned line, and each
# student's error.

# %%
nnintro.plot.regression_errors(x_test, y_test, W.item(), b.item())

# %% [markdown] lang="ko"
# ### 새 학생 1,000명으로 다시 재기
#
# 실제 문제에서는 데이터를 더 만들 수 없지만, 여기서는 규칙을 알기 때문에 같은 규칙으로 새 학생을 얼마든지 만들 수 있습니다.
# 1,000명을 새로 만들어, 학습한 직선과 규칙 자체의 RMSE를 재 봅시다.
# 위의 데이터를 바꾸지 않도록 난수 생성기(`torch.Generator`)를 따로 하나 만들어 씁니다.

# %% [markdown] lang="en"
# ### Measuring again on 1,000 new students
#
# In a real problem we cannot make more data, but here we know the rule, so we can make as many new
# students as we like. Let us make 1,000 and measure the RMSE of the learned line and of the rule
# itself. A separate random generator (`torch.Generator`) leaves the data above unchanged.

# %%
generator = torch.Generator().manual_seed(2)
x_new = (1 + 9 * torch.rand(1000, 1, generator=generator)).round(decimals=1)
y_new = (6 * x_new + 25 + 4 * torch.randn(1000, 1, generator=generator)).round()

with torch.no_grad():
    line_rmse = cost_fn(hypothesis(x_new), y_new).sqrt()
rule_rmse = cost_fn(6 * x_new + 25, y_new).sqrt()
print(f"line RMSE on 1000 new students = {line_rmse.item():.2f}")
print(f"rule RMSE on 1000 new students = {rule_rmse.item():.2f}")

# %% [markdown] lang="ko"
# 규칙 자체의 RMSE는 {{ ch01.rule_rmse }}점으로 잡음의 표준편차 4점에 가깝습니다. 어떤 모델도 평균적으로는 이만큼보다 잘 맞힐 수 없습니다.
# 8명만 보고 배운 직선의 RMSE는 {{ ch01.line_rmse }}점입니다. 이 두 값의 차이가, 적은 데이터로 배운 직선이 규칙에 비해 잃는 만큼입니다.
#
# 학생이 1,000명이면 RMSE가 거의 흔들리지 않지만, 4명이면 크게 흔들립니다. 그래서 테스트 데이터 4명의 RMSE({{ ch01.test_rmse }}점)는
# 거친 추정일 뿐입니다. 그 값이 4점보다 작게 나왔다면, 모델이 잡음보다 잘 맞혀서가 아니라 그 4명이 우연히 직선 가까이에 있었기 때문입니다.
# 테스트 데이터가 많을수록 성능을 믿을 만하게 잴 수 있습니다.

# %% [markdown] lang="en"
# The rule's own RMSE is {{ ch01.rule_rmse }} points, close to the noise's standard deviation of 4
# points: no model predicts better than that on average. The line learned from only 8 students has an
# RMSE of {{ ch01.line_rmse }} points. The difference between the two is what the line loses, compared
# with the rule, by learning from so little data.
#
# With 1,000 students the RMSE hardly varies, but with 4 it varies a lot. So the RMSE on the 4 test
# students ({{ ch01.test_rmse }} points) is only a rough estimate. If it comes out below 4 points,
# that is not because the model beats the noise but because those 4 students happened to lie close to
# the line. The more test data, the more reliable the measurement.

# %% [markdown] lang="ko"
# ## 8. 모델이 배운 것
#
# 학습이 끝나고 남은 것은 두 매개변수 $W$와 $b$입니다. 데이터를 만들 때 쓴 규칙(6과 25)과 비교해 봅시다.

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
# 학습한 값은 $W = {{ ch01.w }}$, $b = {{ ch01.b }}$입니다. 규칙의 6, 25와 같지 않은 이유는 두 가지입니다.
#
# - 모델은 규칙이 아니라 **데이터**에서 배웁니다. 잡음이 섞인 8명의 점수만 보았으므로, 그 8명을 가장 잘 설명하는 직선, 즉 훈련 비용이 가장 작은 최소제곱(least squares) 직선은 규칙의 직선과 다릅니다.
# - 학습이 아직 완전히 끝나지 않았습니다. 6절의 출력을 보면 마지막 줄까지 $b$가 조금씩 움직이고 있습니다. 학습률과 에폭 수는 사람이 정하는 하이퍼파라미터(hyperparameter)입니다. 6절에서 `epochs = 10000`으로 늘려 보면, $W$와 $b$는 규칙의 6과 25가 아니라 최소제곱 직선의 값에 자리 잡습니다.
#
# 7시간 공부한 학생에 대한 예측 $H(7) = {{ ch01.h7 }}$점을 규칙대로 계산한 $6 \times 7 + 25 = 67$점과 비교해 보세요.

# %% [markdown] lang="en"
# The learned $W = {{ ch01.w }}$ and $b = {{ ch01.b }}$ are not the rule's 6 and 25. There are two reasons.
#
# - The model learns from the **data**, not from the rule. It saw only 8 noisy scores, and the line that explains those 8 best, the least-squares line with the smallest training cost, differs from the rule's line.
# - Training has not completely finished: in the output of section 6, $b$ is still moving a little on the last line. The learning rate and the number of epochs are hyperparameters chosen by people. Raise the epochs in section 6 to `epochs = 10000`, and $W$ and $b$ settle at the least-squares line's values, not at the rule's 6 and 25.
#
# Compare the prediction for 7 hours of study, $H(7) = {{ ch01.h7 }}$ points, with the
# $6 \times 7 + 25 = 67$ points the rule gives.

# %% [markdown] lang="ko"
# ## 9. 외우기만 하는 모델과 비교하기
#
# 훈련 데이터의 비용만 보고 모델을 고르면 어떻게 될까요? 훈련 데이터를 그대로 외워 두었다가,
# 입력이 들어오면 공부 시간이 가장 가까운 훈련 데이터 학생의 점수를 답하는 "모델"을 만들어 봅시다.
# 이 모델은 매개변수를 배우지 않고 데이터를 통째로 저장합니다.

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
print(f"test cost     = {cost_fn(memorizer(x_test), y_test).item():.4f}")
print(f"RMSE on 1000 new students = {cost_fn(memorizer(x_new), y_new).sqrt().item():.2f}")

# %% [markdown] lang="ko"
# 훈련 데이터에서는 외운 답을 그대로 내놓으므로 비용이 0입니다. 직선 모델보다 "완벽"해 보입니다.
# 하지만 테스트 데이터에서는 외우는 모델의 비용({{ ch01.memo_test_cost }})이 직선의 비용({{ ch01.test_cost }})보다 크고,
# 새 학생 1,000명에서도 외우는 모델의 RMSE({{ ch01.memo_rmse }}점)가 직선의 RMSE({{ ch01.line_rmse }}점)보다 큽니다.
# 훈련 데이터에서의 성적만 보았다면 더 나쁜 모델을 골랐을 것입니다. 이것이 테스트 데이터를 따로 떼어 두는 이유입니다.
# (1절의 시드를 바꾸면 데이터가 바뀝니다. 여러 시드에서 두 모델을 비교해 보세요.)

# %% [markdown] lang="en"
# On the training data it returns the memorised answers, so its cost is 0: it looks "more perfect"
# than the line. But its test cost is {{ ch01.memo_test_cost }}, above the line's {{ ch01.test_cost }},
# and on the 1,000 new students its RMSE is {{ ch01.memo_rmse }} points, above the line's
# {{ ch01.line_rmse }}. Judging by the training data alone, we would have picked the worse model.
# That is why test data are set aside. (Changing the seed in section 1 changes the data: compare the
# two models for several seeds.)

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
print(f"test cost = {test_cost_fit.item():.4f}")

# %% [markdown] lang="ko"
# 같은 데이터, 같은 학습률, 같은 에폭 수이므로 $W$, $b$, 테스트 비용도 7절과 8절의 출력과 같습니다.
# 다만 `nn.Linear`는 곱하고 더하는 방법이 조금 달라서, 컴퓨터에 따라 마지막 자리가 반올림 오차(rounding error)만큼 다를 수는 있습니다.
# `History`에 기록된 비용을 `nnintro.plot.loss_history`로 그리면 학습 곡선(learning curve)을 볼 수 있습니다.
# 세로축은 로그 스케일(log scale)입니다.

# %% [markdown] lang="en"
# Same data, same learning rate, same number of epochs, so $W$, $b$ and the test cost are those
# printed in sections 7 and 8 too. (`nn.Linear` multiplies and adds in a slightly different way, so
# on some computers the last digit may differ by rounding error.) Drawing the costs recorded in the
# `History` with `nnintro.plot.loss_history` shows the learning curve. The vertical axis is on a log scale.

# %%
nnintro.plot.loss_history(history)

# %% [markdown] lang="ko"
# 처음 몇 에폭 동안 비용이 빠르게 떨어지고, 그 뒤로는 천천히 줄어듭니다. 빠른 구간에서는 $W$가 크게 움직이고,
# 느린 구간에서는 $b$와 $W$가 서로 반대 방향으로 조금씩 움직입니다(6절의 출력을 보세요).
#
# ## 11. 정리
#
# - 머신러닝은 데이터 → 가설 → 비용 → 옵티마이저 → 평가의 순서로 진행됩니다. 가설, 비용, 옵티마이저로 이루어진 훈련 루프를 여러 에폭 되풀이합니다.
# - 학습이 찾는 것은 매개변수입니다. 이 튜토리얼에서는 $W$와 $b$ 두 수였습니다.
# - 모델은 규칙이 아니라 데이터에서 배우므로, 배운 매개변수는 데이터를 만든 규칙과 정확히 같지 않습니다.
# - 성능은 훈련에 쓰지 않은 테스트 데이터로 잽니다. 이 데이터에서 훈련 비용이 0인 "외우는 모델"은 테스트 데이터에서 직선보다 나빴습니다.
# - RMSE $\sqrt{\text{cost}}$는 점수와 단위가 같습니다. 잡음이 있으면 어떤 모델도 평균적으로 잡음의 크기보다 잘 맞히지 못하고, 테스트 데이터가 적으면 그 RMSE는 크게 흔들립니다.

# %% [markdown] lang="en"
# The cost falls fast in the first few epochs and slowly after that. In the fast part $W$ makes big
# moves; in the slow part $b$ and $W$ move a little, in opposite directions (see the output of section 6).
#
# ## 11. Summary
#
# - Machine learning proceeds as data → hypothesis → cost → optimizer → evaluation. The training loop of hypothesis, cost and optimizer is repeated for many epochs.
# - What training finds are the parameters: here, the two numbers $W$ and $b$.
# - The model learns from the data, not from the rule, so the learned parameters are not exactly those of the rule that made the data.
# - Performance is measured on test data that training never used. On these data the "memorising model", with a training cost of 0, did worse than the line on the test data.
# - The RMSE $\sqrt{\text{cost}}$ is in the units of the scores. With noise in the data no model does better than the noise on average, and with little test data its RMSE varies a lot.

# %% [markdown] lang="ko"
# ## 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 맞으면 "정답입니다!", 틀리면 흔히 하는 실수에 맞춘 힌트가 나옵니다.
# 문제마다 힌트와 풀이가 접혀 있고, 코드에서는 `ch01.q1.hint()`, `ch01.q1.solution()`으로 볼 수 있습니다.
# 셀을 실행하기 전에 `...`를 여러분의 답으로 바꾸세요.

# %% [markdown] lang="en"
# ## Exercises
#
# Write your answer and check it with `check`: a right answer says "Correct!", a wrong one gets a hint
# aimed at the usual mistake. Each exercise has its hint and solution folded below it; in code,
# `ch01.q1.hint()` and `ch01.q1.solution()` show them. Replace `...` with your answer before running
# a cell.

# %%
from nnintro import exercises
from nnintro.exercises import ch01

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch01.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch01.q1 }}

# %%
kinds = ...  # a list of five answers

ch01.q1.check(kinds)

# %% [markdown] lang="ko"
# {{ exercise ch01.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch01.q2 }}

# %%
roles = ...  # {"W": ..., "b": ..., "lr": ..., "epochs": ...}

ch01.q2.check(roles)

# %% [markdown] lang="ko"
# {{ exercise ch01.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch01.q3 }}

# %%
def split(n, n_test):
    ...  # your code here


ch01.q3.check(split)

# %% [markdown] lang="ko"
# {{ exercise ch01.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch01.q4 }}

# %%
rmse = ...

ch01.q4.check(rmse)

# %% tags=["numbers"]
with torch.no_grad():
    h7 = hypothesis(torch.tensor([[7.0]])).item()
{
    "first_cost": f"{(y_train**2).mean().item():.4f}",
    "train_cost": f"{train_cost.item():.4f}",
    "test_cost": f"{test_cost.item():.4f}",
    "train_rmse": f"{train_rmse:.2f}",
    "test_rmse": f"{test_rmse:.2f}",
    "line_rmse": f"{line_rmse.item():.2f}",
    "rule_rmse": f"{rule_rmse.item():.2f}",
    "memo_test_cost": f"{cost_fn(memorizer(x_test), y_test).item():.4f}",
    "memo_rmse": f"{cost_fn(memorizer(x_new), y_new).sqrt().item():.2f}",
    "w": f"{W.item():.4f}",
    "b": f"{b.item():.4f}",
    "h7": f"{h7:.2f}",
}
