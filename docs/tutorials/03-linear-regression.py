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
# # 선형 회귀 튜토리얼
#
# [이론 페이지](../theory/03-linear-regression.md)에서는 가설 $H(x) = Wx + b$, 비용 함수(cost function),
# 경사 하강법(gradient descent)을 식으로 살펴봤습니다. 이번에는 같은 내용을 PyTorch 코드로 직접 실행해 봅니다.
# 강의 노트북과 같은 데이터와 설정을 쓰기 때문에, 출력되는 숫자도 강의에서 본 것과 같습니다.
#
# 이 튜토리얼의 순서는 다음과 같습니다.
#
# 1. 데이터, 가설, 비용 함수를 텐서로 만듭니다.
# 2. 옵티마이저(optimizer)로 가중치(weight) $W$와 편향(bias) $b$를 학습하고, `zero_grad()`가 왜 필요한지 확인합니다.
# 3. 학습이 끝난 모델로 새로운 입력을 예측합니다.
# 4. 손으로 유도한 기울기(gradient)가 autograd의 결과와 같은지 확인합니다.
# 5. 비용 곡선을 그려 보고, 옵티마이저 없이 경사 하강법을 직접 구현합니다.
# 6. 학습률(learning rate)을 바꿔 가며 너무 작을 때, 적당할 때, 너무 클 때를 비교합니다.
# 7. 마지막으로 같은 과정을 `nnintro` 함수 몇 개로 다시 해 봅니다.

# %% [markdown] lang="en"
# # Linear regression tutorial
#
# The [theory page](../theory/03-linear-regression.md) introduced the hypothesis $H(x) = Wx + b$,
# the cost function and gradient descent as formulas. Here we run the same ideas as PyTorch code.
# We use the lecture's data and settings, so the numbers printed below are the ones you saw in the
# lecture notebooks.
#
# The plan:
#
# 1. Build the data, the hypothesis and the cost function as tensors.
# 2. Train the weight $W$ and the bias $b$ with an optimizer, and see why `zero_grad()` is needed.
# 3. Use the trained model to predict a new input.
# 4. Check that the gradient derived by hand agrees with autograd.
# 5. Plot the cost curve and implement gradient descent by hand, without an optimizer.
# 6. Compare learning rates that are too small, good, and too large.
# 7. Finally, do the same thing again in a few `nnintro` calls.

# %% [markdown] lang="ko"
# ## 1. 준비
#
# 필요한 모듈을 불러오고 난수 시드(seed)를 고정합니다. 이 장의 계산에는 무작위로 정해지는 값이 없지만,
# 시드를 고정하는 습관을 들여 두면 언제 다시 실행해도 같은 결과를 얻을 수 있습니다.
# `nnintro`는 이 강의를 위해 만든 작은 패키지로, 기울기를 확인할 때와 그래프를 그릴 때, 그리고 마지막 절에서 사용합니다.
# `nnintro.plot`의 함수들은 matplotlib `Figure`를 돌려주므로, 셀의 마지막 줄에 두면 노트북에 그림이 바로 표시됩니다.

# %% [markdown] lang="en"
# ## 1. Setup
#
# Import the modules we need and fix the random seed. Nothing in this chapter is random, but
# seeding is a good habit: the notebook then gives the same results every time it runs.
# `nnintro` is the small package written for this course; we use it to check a gradient, to draw
# plots, and in the last section. The `nnintro.plot` functions return a matplotlib `Figure`, so
# putting the call on the last line of a cell shows the figure in the notebook.

# %%
import math

import torch
import torch.nn.functional as F
import torch.optim as optim

import nnintro

torch.manual_seed(1);

# %% [markdown] lang="ko"
# ## 2. 데이터
#
# 강의와 같은 상황을 생각해 봅시다. 1시간 공부한 학생은 2점, 2시간 공부한 학생은 4점, 3시간 공부한 학생은
# 6점을 받았습니다. 4시간 공부하면 몇 점을 받을지 예측하는 것이 목표입니다.
# 공부 시간이 입력 $x$, 점수가 정답 $y$입니다.

# %% [markdown] lang="en"
# ## 2. Data
#
# Take the lecture's setting: a student who studied 1 hour scored 2 points, one who studied
# 2 hours scored 4, and one who studied 3 hours scored 6. The goal is to predict the score after
# 4 hours of study. The hours are the input $x$ and the scores are the target $y$.

# %%
x_train = torch.FloatTensor([[1], [2], [3]])
y_train = torch.FloatTensor([[2], [4], [6]])

print(x_train)
print(x_train.shape)
print(y_train)
print(y_train.shape)

# %% [markdown] lang="ko"
# 샘플이 3개이고 샘플마다 특성(feature)이 1개이므로 두 텐서의 크기는 모두 `(3, 1)`입니다.
# 데이터가 정확히 $y = 2x$ 위에 있으니, 학습이 잘 되면 $W \approx 2$, $b \approx 0$이 나와야 합니다.

# %% [markdown] lang="en"
# There are 3 samples with 1 feature each, so both tensors have shape `(3, 1)`. The data lie
# exactly on $y = 2x$, so good training should end with $W \approx 2$ and $b \approx 0$.

# %% [markdown] lang="ko"
# ## 3. 가설과 비용 함수
#
# 가중치 $W$와 편향 $b$를 0으로 초기화합니다. 이 두 값은 학습하면서 바꿔 나갈 값이므로
# `requires_grad=True`를 지정해서, PyTorch가 이 텐서들에 대한 기울기를 계산할 수 있게 합니다.

# %% [markdown] lang="en"
# ## 3. Hypothesis and cost
#
# Initialise the weight $W$ and the bias $b$ to 0. Training will change these two values, so we
# set `requires_grad=True` to let PyTorch compute gradients with respect to them.

# %%
W = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

print(W)
print(b)

# %% [markdown] lang="ko"
# 가설(hypothesis)은 직선 $H(x) = Wx + b$입니다. 코드로는 한 줄이면 됩니다.

# %% [markdown] lang="en"
# The hypothesis is the line $H(x) = Wx + b$. In code it is one line.

# %%
hypothesis = x_train * W + b
print(hypothesis)

# %% [markdown] lang="ko"
# 비용 함수로는 평균 제곱 오차(mean squared error, MSE)를 씁니다. 예측값과 정답의 차이를 제곱해서 평균을 냅니다.
#
# $$
# \text{cost}(W, b) = \frac{1}{n}\sum_{i=1}^{n}\left(H(x_i) - y_i\right)^2
# $$
#
# PyTorch에 이미 있는 `F.mse_loss`도 같은 값을 계산합니다. PyTorch는 비용을 `loss`라고 부르기 때문에 이름이 `mse_loss`입니다.

# %% [markdown] lang="en"
# As the cost we use the mean squared error (MSE): square the differences between predictions and
# targets, then take the mean.
#
# $$
# \text{cost}(W, b) = \frac{1}{n}\sum_{i=1}^{n}\left(H(x_i) - y_i\right)^2
# $$
#
# PyTorch's built-in `F.mse_loss` computes the same value; PyTorch calls the cost the `loss`, hence the name.

# %%
cost = torch.mean((hypothesis - y_train) ** 2)
print(cost)
print(F.mse_loss(hypothesis, y_train))

# %% [markdown] lang="ko"
# 지금은 $W = b = 0$이라서 모든 예측값이 0입니다. 그래서 비용은 $(2^2 + 4^2 + 6^2)/3 = 56/3 \approx 18.6667$입니다.

# %% [markdown] lang="en"
# With $W = b = 0$ every prediction is 0, so the cost is $(2^2 + 4^2 + 6^2)/3 = 56/3 \approx 18.6667$.

# %% [markdown] lang="ko"
# ## 4. 경사 하강법으로 학습하기
#
# ### 4.1 옵티마이저로 한 걸음 내딛기
#
# 경사 하강법은 비용을 줄이는 방향, 즉 기울기의 반대 방향으로 $W$와 $b$를 조금씩 옮기는 방법입니다.
#
# $$
# W := W - \alpha \frac{\partial\,\text{cost}}{\partial W}, \qquad
# b := b - \alpha \frac{\partial\,\text{cost}}{\partial b}
# $$
#
# 여기서 $\alpha$가 학습률입니다. `optim.SGD([W, b], lr=0.01)`는 학습률 0.01로 $W$와 $b$를 갱신하는
# 옵티마이저를 만듭니다. `optim.SGD`가 하는 일은 이 갱신 규칙을 적용하는 것뿐입니다.
# 이것이 배치(batch) 경사 하강법인지, 미니배치(mini-batch) 경사 하강법인지, 확률적 경사 하강법(stochastic gradient descent, SGD)인지는
# 한 걸음마다 데이터를 얼마나 넘겨 비용을 계산하느냐에 달려 있습니다. 여기서는 세 점을 모두 한꺼번에 넘기므로
# 배치 경사 하강법(전체 배치, full batch)입니다. 세 방법은 [9장](../theory/09-multi-layer-perceptron.md)에서 비교합니다.
#
# 옵티마이저를 쓸 때는 다음 세 줄이 한 세트입니다.
#
# - `optimizer.zero_grad()`: 이전에 계산해 둔 기울기를 0으로 지웁니다.
# - `cost.backward()`: 비용을 미분해서 $\partial\,\text{cost}/\partial W$와 $\partial\,\text{cost}/\partial b$를 `W.grad`, `b.grad`에 저장합니다.
# - `optimizer.step()`: 저장된 기울기로 위의 갱신 식을 적용합니다.
#
# 한 걸음만 실행해 보겠습니다.

# %% [markdown] lang="en"
# ## 4. Training with gradient descent
#
# ### 4.1 One step with an optimizer
#
# Gradient descent moves $W$ and $b$ a little in the direction that lowers the cost, that is,
# against the gradient:
#
# $$
# W := W - \alpha \frac{\partial\,\text{cost}}{\partial W}, \qquad
# b := b - \alpha \frac{\partial\,\text{cost}}{\partial b}
# $$
#
# Here $\alpha$ is the learning rate. `optim.SGD([W, b], lr=0.01)` builds an optimizer that
# updates $W$ and $b$ with learning rate 0.01. All `optim.SGD` does is apply this update rule.
# Whether that is batch, mini-batch or stochastic gradient descent (SGD) depends on how much data you
# use to compute the cost for each step. Here all three points go in at once, so it is full-batch
# gradient descent. [Chapter 9](../theory/09-multi-layer-perceptron.md) compares the three.
#
# With an optimizer, three lines always go together:
#
# - `optimizer.zero_grad()`: reset the previously computed gradients to 0.
# - `cost.backward()`: differentiate the cost and store $\partial\,\text{cost}/\partial W$ and $\partial\,\text{cost}/\partial b$ in `W.grad` and `b.grad`.
# - `optimizer.step()`: apply the update rule above using the stored gradients.
#
# Let us take a single step.

# %%
optimizer = optim.SGD([W, b], lr=0.01)

optimizer.zero_grad()
cost.backward()
print(W.grad, b.grad)

optimizer.step()
print(W, b)

# %% [markdown] lang="ko"
# 기울기는 $\partial\,\text{cost}/\partial W = -18.6667$, $\partial\,\text{cost}/\partial b = -8$입니다.
# 둘 다 음수이므로 값을 키워야 비용이 줄어듭니다. 실제로 `step()` 뒤에
# $W = 0 - 0.01 \times (-18.6667) = 0.1867$, $b = 0 - 0.01 \times (-8) = 0.08$로 바뀌었습니다.

# %% [markdown] lang="en"
# The gradients are $\partial\,\text{cost}/\partial W = -18.6667$ and
# $\partial\,\text{cost}/\partial b = -8$. Both are negative, so increasing the values lowers the
# cost. Indeed, after `step()` we have $W = 0 - 0.01 \times (-18.6667) = 0.1867$ and
# $b = 0 - 0.01 \times (-8) = 0.08$.

# %% [markdown] lang="ko"
# ### 4.2 `zero_grad()`는 왜 필요할까?
#
# PyTorch의 `backward()`는 기울기를 `.grad`에 **덮어쓰지 않고 더합니다**(accumulate).
# 강의에서처럼 $z = 2w$를 여러 번 미분해 보면 바로 확인할 수 있습니다. $dz/dw = 2$이므로 매번 2가 나와야 합니다.

# %% [markdown] lang="en"
# ### 4.2 Why `zero_grad()`?
#
# PyTorch's `backward()` does not overwrite `.grad`: it **adds** to it (gradients accumulate).
# Differentiating $z = 2w$ several times, as in the lecture, shows this. Since $dz/dw = 2$, we
# should get 2 every time.

# %%
w = torch.tensor(2.0, requires_grad=True)

for i in range(5):
    z = 2 * w
    z.backward()
    print(i, w.grad.item())

# %% [markdown] lang="ko"
# 2, 4, 6, 8, 10으로 계속 쌓입니다. 매번 `zero_grad()`로 기울기를 지우면 이번 계산의 기울기 2만 남습니다.

# %% [markdown] lang="en"
# It keeps piling up: 2, 4, 6, 8, 10. Clearing the gradient with `zero_grad()` each time leaves
# only this step's gradient, 2.

# %%
w = torch.tensor(2.0, requires_grad=True)
optimizer_w = optim.SGD([w], lr=0.01)

for i in range(5):
    optimizer_w.zero_grad()
    z = 2 * w
    z.backward()
    print(i, w.grad.item())

# %% [markdown] lang="ko"
# 기울기를 더하는 동작은 여러 비용의 기울기를 합쳐야 할 때 유용하지만, 지금처럼 매 에폭(epoch)마다
# 새로 계산한 기울기만 쓰고 싶을 때는 `backward()` 전에 꼭 `zero_grad()`를 호출해야 합니다.
# 빼먹으면 예전 기울기까지 더해진 잘못된 방향으로 움직이게 됩니다.

# %% [markdown] lang="en"
# Accumulation is useful when gradients of several costs must be added up, but when each epoch
# should use only the gradient it just computed, as here, call `zero_grad()` before `backward()`.
# Forget it and every step moves in a wrong direction that still contains the old gradients.

# %% [markdown] lang="ko"
# ### 4.3 전체 학습 루프
#
# 이제 강의의 전체 코드를 실행합니다. $W$와 $b$를 다시 0에서 시작하고, 에폭 0부터 1999까지 2,000번
# 갱신하면서 100 에폭마다 값을 출력합니다. 한 줄에 찍히는 `Cost`는 그 에폭에서 갱신하기 **전**의 비용이고,
# `W`와 `b`는 갱신한 **뒤**의 값입니다.

# %% [markdown] lang="en"
# ### 4.3 The full training loop
#
# Now run the lecture's full code. $W$ and $b$ start again at 0 and are updated 2,000 times,
# epochs 0 to 1999, printing every 100 epochs. On each line `Cost` is the cost **before** that
# epoch's update, while `W` and `b` are the values **after** it.

# %%
W = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([W, b], lr=0.01)

nb_epochs = 1999
for epoch in range(nb_epochs + 1):
    hypothesis = x_train * W + b
    cost = torch.mean((hypothesis - y_train) ** 2)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 100 == 0:
        print('Epoch {:4d}/{} W: {:.3f}, b: {:.3f} Cost: {:.6f}'.format(
            epoch, nb_epochs, W.item(), b.item(), cost.item()
        ))

print(f"W = {W.item():.4f}, b = {b.item():.4f}")

# %% [markdown] lang="ko"
# 에폭 0의 줄은 4.1절에서 직접 내디딘 한 걸음과 같습니다($W = 0.187$, $b = 0.080$, 비용 18.666666).
# 학습이 진행될수록 $W$는 2에, $b$는 0에 가까워지고, 비용은 0에 아주 가깝게 줄어듭니다.
# 출력의 마지막 줄이 학습을 마친 $W$와 $b$입니다.

# %% [markdown] lang="en"
# The epoch-0 line is the single step we took in section 4.1 ($W = 0.187$, $b = 0.080$,
# cost 18.666666). As training goes on, $W$ approaches 2 and $b$ approaches 0, and the cost comes
# very close to 0. The last line of the output shows the trained $W$ and $b$.

# %% [markdown] lang="ko"
# ## 5. 예측하기
#
# 학습한 $W$와 $b$로 4시간 공부한 학생의 점수를 예측해 봅시다. 예측할 때는 기울기가 필요 없으므로
# `torch.no_grad()` 안에서 계산합니다.

# %% [markdown] lang="en"
# ## 5. Prediction
#
# Use the trained $W$ and $b$ to predict the score for 4 hours of study. Prediction needs no
# gradients, so we compute inside `torch.no_grad()`.

# %%
new_x = torch.FloatTensor([[4.0]])

with torch.no_grad():
    pred_y = new_x * W + b

print(pred_y)

# %% [markdown] lang="ko"
# 출력된 예측값은 정답 규칙 $y = 2x$가 주는 8과 거의 같습니다.

# %% [markdown] lang="en"
# The printed prediction is almost the 8 that the rule $y = 2x$ gives.

# %% [markdown] lang="ko"
# ## 6. 기울기를 손으로 구해 autograd와 비교하기
#
# `cost.backward()`가 계산한 기울기를 직접 유도해 봅시다. $e_i = Wx_i + b - y_i$를 $i$번째 오차라고 하면
# $\text{cost} = \frac{1}{n}\sum_i e_i^2$이고, 연쇄 법칙(chain rule)에 따라 $\partial e_i/\partial W = x_i$,
# $\partial e_i/\partial b = 1$이므로
#
# $$
# \frac{\partial\,\text{cost}}{\partial W} = \frac{2}{n}\sum_{i=1}^{n}\left(Wx_i + b - y_i\right)x_i,
# \qquad
# \frac{\partial\,\text{cost}}{\partial b} = \frac{2}{n}\sum_{i=1}^{n}\left(Wx_i + b - y_i\right)
# $$
#
# 입니다. $W = 0.5$, $b = 1$에서 이 식으로 계산한 값과 autograd가 구한 `W.grad`, `b.grad`를 비교합니다.
# `torch.testing.assert_close`는 두 값이 (부동소수점 오차 범위 안에서) 다르면 오류를 냅니다.

# %% [markdown] lang="en"
# ## 6. The gradient by hand, checked against autograd
#
# Let us derive what `cost.backward()` computed. Write $e_i = Wx_i + b - y_i$ for the
# $i$-th error. Then $\text{cost} = \frac{1}{n}\sum_i e_i^2$, and by the chain rule, with
# $\partial e_i/\partial W = x_i$ and $\partial e_i/\partial b = 1$,
#
# $$
# \frac{\partial\,\text{cost}}{\partial W} = \frac{2}{n}\sum_{i=1}^{n}\left(Wx_i + b - y_i\right)x_i,
# \qquad
# \frac{\partial\,\text{cost}}{\partial b} = \frac{2}{n}\sum_{i=1}^{n}\left(Wx_i + b - y_i\right)
# $$
#
# At $W = 0.5$, $b = 1$ we compare these formulas with `W.grad` and `b.grad` from autograd.
# `torch.testing.assert_close` raises an error if the two differ (beyond floating-point tolerance).

# %%
W = torch.tensor([0.5], requires_grad=True)
b = torch.tensor([1.0], requires_grad=True)

cost = torch.mean((x_train * W + b - y_train) ** 2)
cost.backward()

n = len(x_train)
with torch.no_grad():
    error = x_train * W + b - y_train
    grad_W = 2 / n * torch.sum(error * x_train, dim=0)
    grad_b = 2 / n * torch.sum(error, dim=0)

torch.testing.assert_close(grad_W, W.grad)
torch.testing.assert_close(grad_b, b.grad)
print("W.grad =", W.grad, " grad_W =", grad_W)
print("b.grad =", b.grad, " grad_b =", grad_b)

# %% [markdown] lang="ko"
# 손으로 구한 값과 autograd의 값이 $-10$, $-4$로 똑같습니다.
# `nnintro.functional.mse_line_grad`는 이 두 식을 그대로 옮긴 함수입니다([API 문서](../reference/functional.md)).
# 같은 값을 돌려주는지 확인해 봅시다.

# %% [markdown] lang="en"
# The hand-derived values and autograd agree: $-10$ and $-4$.
# `nnintro.functional.mse_line_grad` is these two formulas written as a function
# ([API page](../reference/functional.md)). Let us check that it returns the same values.

# %%
grad_W_nn, grad_b_nn = nnintro.functional.mse_line_grad(x_train, y_train, W.detach(), b.detach())

torch.testing.assert_close(grad_W_nn, W.grad)
torch.testing.assert_close(grad_b_nn, b.grad)
print(grad_W_nn, grad_b_nn)

# %% [markdown] lang="ko"
# ## 7. 비용 곡선과 직접 구현하는 경사 하강법
#
# 이번에는 $b = 0$으로 고정하고 $H(x) = Wx$만 생각합니다. 그러면 비용은 $W$ 하나의 함수가 되어 그래프로 그릴 수 있습니다.
# 이 데이터에서는 $y_i = 2x_i$이므로 식을 정리하면 다음과 같은 포물선이 됩니다.
#
# $$
# \text{cost}(W) = \frac{1}{3}\left[(W - 2)^2 + (2W - 4)^2 + (3W - 6)^2\right] = \frac{14}{3}(W - 2)^2
# $$
#
# 먼저 $W$를 $-1$부터 5까지 바꿔 가며 비용을 계산해 봅시다.

# %% [markdown] lang="en"
# ## 7. The cost curve, and gradient descent by hand
#
# Now fix $b = 0$ and look at $H(x) = Wx$ alone. The cost is then a function of the single number
# $W$, and we can draw it. On this data $y_i = 2x_i$, so the cost simplifies to a parabola:
#
# $$
# \text{cost}(W) = \frac{1}{3}\left[(W - 2)^2 + (2W - 4)^2 + (3W - 6)^2\right] = \frac{14}{3}(W - 2)^2
# $$
#
# First compute the cost for $W$ from $-1$ to 5.

# %%
for w in torch.linspace(-1, 5, 7):
    cost = torch.mean((x_train * w - y_train) ** 2)
    print(f"W = {w.item():4.1f}   cost = {cost.item():8.4f}")

# %% [markdown] lang="ko"
# $W = 2$에서 비용이 0으로 가장 작고, 2에서 멀어질수록 양쪽으로 똑같이 커집니다.
# `nnintro.plot.cost_curve`로 이 곡선을 그리고, $W = 0.5$에서의 접선(tangent)도 함께 그려 보겠습니다.
# 접선의 기울기(slope)가 바로 비용의 기울기(gradient) $\partial\,\text{cost}/\partial W$입니다.

# %% [markdown] lang="en"
# The cost is smallest, 0, at $W = 2$ and grows equally on both sides as $W$ moves away from 2.
# `nnintro.plot.cost_curve` draws this curve, here with the tangent at $W = 0.5$. The slope of the
# tangent is exactly $\partial\,\text{cost}/\partial W$.

# %%
slope, _ = nnintro.functional.mse_line_grad(x_train, y_train, 0.5, 0.0)
print(slope)

nnintro.plot.cost_curve(x_train, y_train, w_range=(-1, 5), b=0.0, tangent_at=0.5)

# %% [markdown] lang="ko"
# $W = 0.5$에서 기울기는 $-14$입니다. 기울기가 음수라는 것은 $W$를 오른쪽(큰 쪽)으로 옮기면 비용이 줄어든다는 뜻이고,
# 갱신 식 $W := W - \alpha \cdot (\text{기울기})$는 음수를 빼므로 실제로 $W$를 키웁니다.
# 반대로 $W > 2$인 곳에서는 기울기가 양수라서 $W$가 작아집니다. 어느 쪽에서 출발하든 $W$는 최솟값 쪽으로 움직이고,
# 기울기가 0인 $W = 2$에 도착하면 더 이상 움직이지 않습니다. 또 최솟값에서 멀수록 기울기가 커서 크게 움직이고,
# 가까워질수록 작게 움직입니다.
#
# 옵티마이저 없이 이 갱신 식을 그대로 코드로 옮겨 봅시다. 학습률은 $\alpha = 0.1$, 시작점은 $W = 0$입니다.
# 여기서는 기울기를 앞에서 유도한 식으로 직접 계산하므로 `requires_grad`가 필요 없습니다.

# %% [markdown] lang="en"
# At $W = 0.5$ the slope is $-14$. A negative slope means that moving $W$ to the right (larger)
# lowers the cost, and the update $W := W - \alpha \cdot (\text{slope})$ subtracts a negative
# number, so it does increase $W$. Where $W > 2$ the slope is positive and $W$ decreases. From
# either side $W$ moves towards the minimum, and at $W = 2$, where the slope is 0, it stops moving.
# Far from the minimum the slope is steep and the steps are big; close to it they become small.
#
# Now write this update as code, with no optimizer. The learning rate is $\alpha = 0.1$ and we
# start at $W = 0$. We compute the gradient with the formula derived above, so `requires_grad` is
# not needed.

# %%
W = torch.zeros(1)
lr = 0.1

for step in range(6):
    cost = torch.mean((x_train * W - y_train) ** 2)
    gradient = 2 * torch.mean((x_train * W - y_train) * x_train)
    print('Step {:d} W: {:.4f} gradient: {:.4f} Cost: {:.6f}'.format(
        step, W.item(), gradient.item(), cost.item()
    ))
    W -= lr * gradient

# %% [markdown] lang="ko"
# 첫 걸음에서 기울기 $-18.6667$에 학습률 0.1을 곱한 만큼 움직여 $W$가 0에서 1.8667로 바뀌고,
# 그다음부터는 기울기가 작아져서 조금씩만 움직이며 2에 다가갑니다. 비용도 18.666666에서 빠르게 0으로 줄어듭니다.

# %% [markdown] lang="en"
# The first step moves by the learning rate 0.1 times the gradient $-18.6667$, taking $W$ from 0
# to 1.8667. After that the gradient is small, so $W$ moves only a little at a time as it closes in
# on 2. The cost drops quickly from 18.666666 towards 0.

# %% [markdown] lang="ko"
# ## 8. 학습률 비교하기
#
# ### 8.1 W 하나만 학습할 때
#
# 학습률은 한 걸음의 크기를 정합니다. 위 데이터에서 기울기는
# $\frac{2}{n}\sum_i (Wx_i - 2x_i)x_i = c\,(W - 2)$ 꼴이고, 여기서 $c = \frac{2}{n}\sum_i x_i^2$입니다.
# 따라서 한 번 갱신하면
#
# $$
# W_{\text{new}} - 2 = (1 - \alpha c)\,(W - 2)
# $$
#
# 가 됩니다. 최솟값까지 남은 거리 $W - 2$에 매번 $1 - \alpha c$가 곱해지는 셈입니다.
# 이 값의 절댓값이 1보다 작아야 거리가 줄어들므로, 학습률은 $\alpha < 2/c$를 만족해야 합니다.
# 네 가지 학습률에 대해 이 배율을 계산해 봅시다.

# %% [markdown] lang="en"
# ## 8. Comparing learning rates
#
# ### 8.1 Learning W alone
#
# The learning rate sets the size of each step. On this data the gradient is
# $\frac{2}{n}\sum_i (Wx_i - 2x_i)x_i = c\,(W - 2)$ with $c = \frac{2}{n}\sum_i x_i^2$.
# One update therefore gives
#
# $$
# W_{\text{new}} - 2 = (1 - \alpha c)\,(W - 2)
# $$
#
# so the distance $W - 2$ to the minimum is multiplied by $1 - \alpha c$ at every step. The
# distance shrinks only if this factor has absolute value below 1, which requires $\alpha < 2/c$.
# Let us compute the factor for four learning rates.

# %%
c = 2 * torch.mean(x_train ** 2)
print(f"c = {c.item():.4f}   2/c = {2 / c.item():.4f}")

lrs = [0.01, 0.1, 0.2, 0.25]
for lr in lrs:
    print(f"lr = {lr:<5}  1 - lr*c = {1 - lr * c.item():7.4f}")

# %% [markdown] lang="ko"
# $c = 28/3 \approx 9.3333$이므로 경계는 $2/c = 3/14 \approx 0.2143$입니다.
#
# - $\alpha = 0.01$: 배율이 0.9067이라 매번 거리가 조금밖에 줄지 않습니다. 너무 작은 학습률이라 느립니다.
# - $\alpha = 0.1$: 배율이 0.0667이라 한두 걸음이면 거의 도착합니다.
# - $\alpha = 0.2$: 배율이 $-0.8667$입니다. 부호가 음수라서 최솟값을 지나쳐 반대편으로 건너뛰지만, 거리는 줄어들기 때문에 좌우로 흔들리면서 결국 수렴합니다.
# - $\alpha = 0.25$: 배율이 $-1.3333$으로 절댓값이 1보다 큽니다. 건너뛸 때마다 더 멀어지므로 발산(divergence)합니다.
#
# `nnintro.plot.descent_paths`로 $W = 0$에서 출발해 10걸음 움직인 경로를 학습률별로 그려 보면 한눈에 보입니다.

# %% [markdown] lang="en"
# $c = 28/3 \approx 9.3333$, so the limit is $2/c = 3/14 \approx 0.2143$.
#
# - $\alpha = 0.01$: the factor is 0.9067, so each step removes only a little of the distance. The learning rate is too small, and training is slow.
# - $\alpha = 0.1$: the factor is 0.0667, so one or two steps almost reach the minimum.
# - $\alpha = 0.2$: the factor is $-0.8667$. The negative sign means each step jumps over the minimum to the other side, but the distance still shrinks, so $W$ zigzags and converges.
# - $\alpha = 0.25$: the factor is $-1.3333$, larger than 1 in absolute value. Every jump lands farther away: gradient descent diverges.
#
# `nnintro.plot.descent_paths` draws 10 steps from $W = 0$ for each learning rate, which makes
# this visible at a glance.

# %%
nnintro.plot.descent_paths(x_train, y_train, lrs, w0=0.0, steps=10)

# %% [markdown] lang="ko"
# 각 그림 위쪽에는 10걸음 뒤의 $W$가 적혀 있습니다. 0.2의 경로는 최솟값 양옆을 오가며 점점 좁혀 들어가고,
# 0.25의 경로는 반대편으로 건너뛸 때마다 최솟값에서 더 멀어지므로 "diverges"라고 표시됩니다.
# 0.25 그림은 경로 전체가 보이도록 축의 범위가 훨씬 넓으니 눈금을 함께 보세요.

# %% [markdown] lang="en"
# Each panel shows $W$ after 10 steps at the top. The path for 0.2 bounces from one side of the
# minimum to the other, closing in each time; the path for 0.25 lands farther from the minimum
# with every jump, so the panel says "diverges". Its axes span a much wider range so that the
# whole path fits: mind the tick labels.

# %% [markdown] lang="ko"
# ### 8.2 W와 b를 함께 학습할 때
#
# 이제 원래 문제처럼 $W$와 $b$를 함께, 옵티마이저로 학습합니다. 학습 코드를 함수로 묶어 두고
# 학습률 0.001, 0.01(강의에서 쓴 값), 0.1, 0.5로 각각 200 에폭씩 학습하면서 에폭마다 비용을 기록합니다.

# %% [markdown] lang="en"
# ### 8.2 Learning W and b together
#
# Back to the original problem: learn $W$ and $b$ together with an optimizer. We wrap the
# training code in a function and train for 200 epochs with learning rates 0.001, 0.01 (the
# lecture's value), 0.1 and 0.5, recording the cost at every epoch.

# %%
def train_linear(lr, epochs=200):
    W = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = optim.SGD([W, b], lr=lr)
    costs = []
    for epoch in range(epochs):
        cost = torch.mean((x_train * W + b - y_train) ** 2)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return W, b, costs


histories = {}
for lr in [0.001, 0.01, 0.1, 0.5]:
    W, b, costs = train_linear(lr)
    histories[f"lr = {lr}"] = costs
    print(f"lr = {lr:<5}  W = {W.item():8.4f}  b = {b.item():8.4f}  cost = {costs[-1]:.6g}")

# %% [markdown] lang="ko"
# 200 에폭 뒤의 결과를 보면, 0.001은 비용이 아직 꽤 남아 있고, 0.01은 그 10분의 1 정도이며, 0.1은 0에 아주 가깝게 내려갔습니다.
# 그런데 0.5에서는 $W$, $b$, 비용이 모두 `nan`(숫자가 아님)이 되었습니다. 처음 몇 에폭의 비용을 보면 무슨 일이 있었는지 알 수 있습니다.

# %% [markdown] lang="en"
# After 200 epochs, lr 0.001 still has a sizeable cost, lr 0.01 about a tenth of it, and lr 0.1 is
# very close to 0. But with lr 0.5, $W$, $b$ and the cost have all become `nan` (not a number).
# The first few epochs show what happened.

# %%
costs = histories["lr = 0.5"]
print([f"{value:.4g}" for value in costs[:8]])
first_bad = next(epoch for epoch, value in enumerate(costs) if not math.isfinite(value))
print(f"{first_bad}  {costs[first_bad - 1]:.4g}  {costs[first_bad]}")

# %% [markdown] lang="ko"
# 첫 줄을 보면 비용이 매 에폭 20배 정도씩 커집니다. 그러다 float32로 나타낼 수 있는 범위를 넘으면 `inf`(무한대)가 되고,
# 그 뒤로는 `nan`이 됩니다. 둘째 줄은 비용이 처음으로 `inf`가 된 에폭(0부터 센 번호)과 그 직전 에폭의 비용입니다.
# $b$까지 함께 학습하면 발산하지 않는 학습률의 경계가 8.1절의 $3/14$보다 조금 낮아지지만, 0.5는 어느 쪽이든 훨씬 큽니다.
#
# `nnintro.plot.loss_history`로 네 학습 곡선을 로그 스케일(log scale)로 겹쳐 그려 봅시다.
# 로그 스케일에서는 비용이 일정한 비율로 줄어들면 곡선이 직선처럼 보입니다. 유한하지 않은 값(`inf`, `nan`)은 그리지 않습니다.

# %% [markdown] lang="en"
# The first line shows the cost growing about 20-fold every epoch. Once it exceeds what float32 can
# represent it becomes `inf` (infinity), and after that `nan`. The second line gives the epoch at
# which the cost first became `inf` (counting from 0) and the cost of the epoch before. With $b$
# learned too, the largest safe learning rate is a little lower than the $3/14$ of section 8.1, but
# 0.5 is far above either.
#
# `nnintro.plot.loss_history` draws the four cost curves on a log scale. On a log scale, a cost that
# shrinks by a constant ratio looks like a straight line. Values that are not finite (`inf`, `nan`)
# are left out.

# %%
nnintro.plot.loss_history(histories)

# %% [markdown] lang="ko"
# 정리하면 다음과 같습니다.
#
# - **너무 작은 학습률**(0.001): 방향은 맞지만 걸음이 작아서 오래 걸립니다.
# - **적당한 학습률**(0.01, 0.1): 비용이 꾸준히 줄어듭니다. 이 데이터에서는 0.1이 훨씬 빠릅니다.
# - **너무 큰 학습률**(0.5): 최솟값을 지나칠 때마다 더 멀리 튀어 나가서 비용이 폭발합니다.
#
# 알맞은 학습률은 데이터와 모델에 따라 다르므로, 보통은 몇 가지 값을 시험해 보고 학습 곡선을 보면서 고릅니다.

# %% [markdown] lang="en"
# In short:
#
# - **Too small** (0.001): the direction is right, but the steps are tiny and training takes long.
# - **Good** (0.01, 0.1): the cost goes down steadily; on this data 0.1 is much faster.
# - **Too large** (0.5): every step overshoots the minimum and lands farther away, and the cost blows up.
#
# A good learning rate depends on the data and the model, so in practice you try a few values and
# choose by looking at the loss curves.

# %% [markdown] lang="ko"
# ## 9. `nnintro` 함수 몇 개로 같은 일 하기
#
# 지금까지 직접 작성한 내용을 `nnintro`는 몇 개의 함수로 묶어 두었습니다.
#
# - `nnintro.data.linear_toy()`: 위와 같은 `x_train`, `y_train`을 돌려줍니다.
# - `nnintro.models.LinearRegression(zero_init=True)`: `nn.Linear` 하나로 된 모델이며, 강의처럼 $W$와 $b$를 0에서 시작합니다.
# - `nnintro.train.fit(...)`: 4.3절의 루프(`zero_grad` → 예측 → 비용 → `backward` → `step`)를 그대로 실행하고, 에폭마다 비용을 기록한 `History`를 돌려줍니다.
#
# 자세한 설명은 [`nnintro.train` API 문서](../reference/train.md)와 [`nnintro.plot` API 문서](../reference/plot.md)에 있습니다.

# %% [markdown] lang="en"
# ## 9. The same in a few `nnintro` calls
#
# `nnintro` packages what we wrote by hand into a few functions:
#
# - `nnintro.data.linear_toy()` returns the same `x_train` and `y_train` as above.
# - `nnintro.models.LinearRegression(zero_init=True)` is a model made of one `nn.Linear`, starting from $W = b = 0$ like the lecture.
# - `nnintro.train.fit(...)` runs the loop of section 4.3 (`zero_grad` → prediction → cost → `backward` → `step`) and returns a `History` holding the cost of every epoch.
#
# See the [`nnintro.train` API page](../reference/train.md) and the
# [`nnintro.plot` API page](../reference/plot.md) for details.

# %%
x, y = nnintro.data.linear_toy()
model = nnintro.models.LinearRegression(zero_init=True)
history = nnintro.train.fit(model, x, y, lr=0.01, epochs=2000, log_every=500)

print(f"W = {model.linear.weight.item():.4f}, b = {model.linear.bias.item():.4f}")

# %% [markdown] lang="ko"
# 학습률 0.01로 2,000 에폭을 학습했으니 4.3절과 수학적으로 같은 계산이고, 출력된 $W$와 $b$도 4.3절의 마지막 값과 같습니다.
# `nn.Linear`는 곱하고 더하는 방법이 조금 달라서, 컴퓨터에 따라 마지막 자리가 반올림 오차(rounding error)만큼 다를 수는 있습니다.
# 다만 `fit`은 에폭을 1부터 셉니다. 4.3절의 에폭 0이 여기서는 첫 번째 에폭이고, 에폭 1999가 2000번째 에폭입니다.
# 학습 곡선은 `nnintro.plot.loss_history`에 `History`를 그대로 넘겨서 그립니다.

# %% [markdown] lang="en"
# This is 2,000 epochs at learning rate 0.01, mathematically the same computation as in section 4.3,
# and the printed $W$ and $b$ are the final values of section 4.3. (`nn.Linear` multiplies and adds
# in a slightly different way, so on some computers the last digit may differ by rounding error.)
# Note that `fit` counts epochs from 1: epoch 0 of section 4.3 is epoch 1 here, and epoch 1999 is
# epoch 2000. To draw the loss curve, pass the `History` straight to `nnintro.plot.loss_history`.

# %%
nnintro.plot.loss_history(history)

# %% [markdown] lang="ko"
# 학습률이 너무 크면 `fit`은 `nan`이 될 때까지 계속 돌지 않습니다. 비용이 `inf`나 `nan`이 되는 순간
# `nnintro.train.DivergenceError`를 일으키고, 몇 번째 에폭에서 어떤 학습률로 발산했는지와 함께 해결 방법을 알려 줍니다.

# %% [markdown] lang="en"
# When the learning rate is too large, `fit` does not keep running until everything is `nan`. As
# soon as the cost becomes `inf` or `nan` it raises `nnintro.train.DivergenceError`, whose message
# says at which epoch and with which learning rate training diverged, and what to try instead.

# %%
model = nnintro.models.LinearRegression(zero_init=True)
try:
    nnintro.train.fit(model, x, y, lr=0.5, epochs=200)
except nnintro.train.DivergenceError as err:
    print(err)

# %% [markdown] lang="ko"
# 8.2절에서 비용이 `inf`가 되었던 것과 같은 순간입니다. `fit`은 에폭을 1부터 세므로, 8.2절에서 0부터 센 번호보다 1 큰 번호로 표시됩니다.
# 오류가 난 뒤에도 `err.history.losses`에는 발산하기 전까지의 비용이 남아 있어서, 학습 곡선을 그려 원인을 살펴볼 수 있습니다.

# %% [markdown] lang="en"
# This is the same moment at which the cost became `inf` in section 8.2. `fit` counts epochs from 1,
# so it reports one more than the epoch section 8.2 printed, counting from 0. After the error,
# `err.history.losses` still holds the costs up to the divergence, so you can plot them to see what
# went wrong.

# %% [markdown] lang="ko"
# ## 10. 정리
#
# - 선형 회귀의 가설은 $H(x) = Wx + b$이고, 비용 함수로 평균 제곱 오차를 씁니다.
# - 경사 하강법은 $W := W - \alpha\,\partial\,\text{cost}/\partial W$로 기울기의 반대 방향으로 조금씩 움직입니다.
# - PyTorch에서는 `zero_grad()` → `backward()` → `step()`이 한 번의 갱신입니다. `backward()`는 기울기를 더하므로 `zero_grad()`를 빼먹으면 안 됩니다.
# - autograd가 계산한 기울기는 손으로 유도한 $\frac{2}{n}\sum_i (Wx_i + b - y_i)x_i$, $\frac{2}{n}\sum_i (Wx_i + b - y_i)$와 같습니다.
# - 학습률이 너무 작으면 느리고, 너무 크면 최솟값을 지나쳐 발산합니다.

# %% [markdown] lang="en"
# ## 10. Summary
#
# - The hypothesis of linear regression is $H(x) = Wx + b$, and the cost function is the mean squared error.
# - Gradient descent, $W := W - \alpha\,\partial\,\text{cost}/\partial W$, takes small steps against the gradient.
# - In PyTorch one update is `zero_grad()` → `backward()` → `step()`. `backward()` adds to the stored gradients, so do not forget `zero_grad()`.
# - The gradients from autograd equal the hand-derived $\frac{2}{n}\sum_i (Wx_i + b - y_i)x_i$ and $\frac{2}{n}\sum_i (Wx_i + b - y_i)$.
# - A learning rate that is too small is slow; one that is too large overshoots the minimum and diverges.

# %% [markdown] lang="ko"
# ## 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 맞으면 "정답입니다!", 틀리면 흔히 하는 실수에 맞춘 힌트가 나옵니다.
# 문제마다 힌트와 풀이가 접혀 있고, 코드에서는 `ch03.q1.hint()`, `ch03.q1.solution()`으로 볼 수 있습니다.
# 셀을 실행하기 전에 `...`를 여러분의 답으로 바꾸세요.

# %% [markdown] lang="en"
# ## Exercises
#
# Write your answer and check it with `check`: a right answer says "Correct!", a wrong one gets a hint
# aimed at the usual mistake. Each exercise has its hint and solution folded below it; in code,
# `ch03.q1.hint()` and `ch03.q1.solution()` show them. Replace `...` with your answer before running
# a cell.

# %%
from nnintro import exercises
from nnintro.exercises import ch03

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch03.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch03.q1 }}

# %%
def my_mse(pred, target):
    ...  # your code here


ch03.q1.check(my_mse)

# %% [markdown] lang="ko"
# {{ exercise ch03.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch03.q2 }}

# %%
def grad_W(x, y, W, b):
    ...  # your code here


ch03.q2.check(grad_W)

# %% [markdown] lang="ko"
# {{ exercise ch03.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch03.q3 }}

# %%
first_step = ...  # (gradient, W_after)

ch03.q3.check(first_step)

# %% [markdown] lang="ko"
# {{ exercise ch03.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch03.q4 }}

# %%
limit = ...

ch03.q4.check(limit)
