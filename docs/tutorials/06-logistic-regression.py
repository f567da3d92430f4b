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
# # 로지스틱 회귀 튜토리얼
#
# [이론 페이지](../theory/06-logistic-regression.md)에서는 시그모이드 함수(sigmoid function), 가설
# $H(x) = \sigma(Wx + b)$, 그리고 이진 교차 엔트로피(binary cross-entropy)를 식으로 살펴봤습니다.
# 이번에는 같은 내용을 PyTorch 코드로 실행해 봅니다. 강의와 같은 데이터, 초깃값, 학습률, 에폭 수를 쓰므로
# 출력되는 비용과 가중치도 강의에서 본 값과 같습니다. 다만 부동소수점(floating-point) 계산은 컴퓨터마다 조금씩 달라서
# 마지막 자리는 다를 수 있습니다.
#
# 이 튜토리얼의 순서는 다음과 같습니다.
#
# 1. 시그모이드 함수를 직접 만들고, $W$와 $b$가 곡선을 어떻게 바꾸는지 봅니다.
# 2. 합격/불합격 데이터에 직선을 맞추면 왜 곤란한지 확인합니다.
# 3. 시그모이드에 평균 제곱 오차(MSE)를 쓰면 경사 하강법이 어디서 멈추는지 실험합니다.
# 4. 이진 교차 엔트로피를 직접 계산하고 `F.binary_cross_entropy`와 비교합니다.
# 5. 강의의 6개 샘플로 로지스틱 회귀를 학습합니다. 처음에는 $W$와 $b$를 직접 다루고, 다음에는 `nn.Module`로 만듭니다.
# 6. 학습된 모델의 결정 경계(decision boundary)를 그립니다.
# 7. `BCEWithLogitsLoss`가 왜 수치적으로 안전한지 확인하고, 같은 일을 `nnintro`로 해 봅니다.

# %% [markdown] lang="en"
# # Logistic regression tutorial
#
# The [theory page](../theory/06-logistic-regression.md) introduced the sigmoid function, the
# hypothesis $H(x) = \sigma(Wx + b)$ and the binary cross-entropy as formulas. Here we run the same
# ideas as PyTorch code. We use the lecture's data, initial values, learning rate and number of
# epochs, so the costs and weights printed below are the ones you saw in the lecture, up to the
# last digits: floating-point results differ slightly from one computer to another.
#
# The plan:
#
# 1. Write the sigmoid function and see how $W$ and $b$ change its curve.
# 2. See why fitting a line to pass/fail data is a problem.
# 3. Find out where gradient descent stops when the sigmoid is paired with the mean squared error (MSE).
# 4. Compute the binary cross-entropy by hand and compare it with `F.binary_cross_entropy`.
# 5. Train logistic regression on the lecture's six samples, first with bare $W$ and $b$, then as an `nn.Module`.
# 6. Draw the decision boundary of the trained model.
# 7. See why `BCEWithLogitsLoss` is the numerically safe choice, and do the same with `nnintro`.

# %% [markdown] lang="ko"
# ## 1. 준비
#
# 필요한 모듈을 불러오고 난수 시드(seed)를 강의와 같은 1로 고정합니다. `nn.Linear`가 가중치를 무작위로
# 초기화하므로, 시드가 같아야 강의와 같은 숫자를 얻을 수 있습니다.

# %% [markdown] lang="en"
# ## 1. Setup
#
# Import the modules and fix the random seed to 1, as the lecture does. `nn.Linear` initialises its
# weights at random, so the same seed is needed to get the lecture's numbers.

# %%
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

import nnintro

torch.manual_seed(1);

# %% [markdown] lang="ko"
# ## 2. 시그모이드 함수
#
# 시그모이드 함수는 어떤 실수든 0과 1 사이의 값으로 바꿉니다.
#
# $$
# \sigma(x) = \frac{1}{1 + e^{-x}}
# $$
#
# 강의처럼 식을 그대로 코드로 옮기고 몇 가지 값을 넣어 봅시다.

# %% [markdown] lang="en"
# ## 2. The sigmoid function
#
# The sigmoid function turns any real number into a value between 0 and 1:
#
# $$
# \sigma(x) = \frac{1}{1 + e^{-x}}
# $$
#
# As in the lecture, write the formula as code and try a few values.

# %%
def sigmoid(x):
    return 1 / (1 + torch.exp(-x))


x = torch.tensor([-10.0, -2.0, 0.0, 2.0, 10.0])
print(sigmoid(x))
print(torch.sigmoid(x))

# %% [markdown] lang="ko"
# $\sigma(0) = 0.5$이고, 입력이 커질수록 1에, 작아질수록 0에 가까워집니다. PyTorch의 `torch.sigmoid`도 같은 값을 냅니다.
#
# 가설 $H(x) = \sigma(Wx + b)$에서 $W$와 $b$는 곡선의 모양을 바꿉니다. `nnintro.plot.sigmoid_curves`로
# 강의처럼 $W = 0.5, 1, 2$인 곡선($b = 0$)과 $b = -2, 0, 2$인 곡선($W = 1$)을 그려 봅시다.

# %% [markdown] lang="en"
# $\sigma(0) = 0.5$; the larger the input, the closer to 1, and the smaller, the closer to 0.
# PyTorch's `torch.sigmoid` gives the same values.
#
# In the hypothesis $H(x) = \sigma(Wx + b)$, $W$ and $b$ change the shape of the curve.
# `nnintro.plot.sigmoid_curves` draws the curves for $W = 0.5, 1, 2$ (with $b = 0$), as in the
# lecture, and for $b = -2, 0, 2$ (with $W = 1$).

# %%
nnintro.plot.sigmoid_curves([0.5, 1, 2], [-2, 0, 2])

# %% [markdown] lang="ko"
# - $W$가 클수록 0에서 1로 넘어가는 구간이 가팔라집니다. $W$는 곡선이 얼마나 가파른지를 정합니다.
# - $b$는 곡선을 좌우로 옮깁니다. $Wx + b = 0$인 곳, 즉 $x = -b/W$에서 $H(x) = 0.5$가 되기 때문입니다.
#   $b = 2$이면 $x = -2$에서, $b = -2$이면 $x = 2$에서 0.5를 지납니다.

# %% [markdown] lang="en"
# - The larger $W$, the steeper the step from 0 to 1: $W$ sets how steep the curve is.
# - $b$ shifts the curve sideways, because $H(x) = 0.5$ where $Wx + b = 0$, that is at $x = -b/W$.
#   With $b = 2$ the curve passes 0.5 at $x = -2$; with $b = -2$, at $x = 2$.

# %% [markdown] lang="ko"
# ## 3. 합격/불합격 데이터에 직선을 맞추면
#
# 시험 점수 45, 50, 55점은 불합격(0), 60, 65, 70점은 합격(1)입니다. `nnintro.data.pass_fail()`이 이 데이터를 돌려줍니다.
# 먼저 3장처럼 직선 $H(x) = Wx + b$를 최소제곱(least squares)으로 맞춰 보겠습니다.
# `torch.linalg.lstsq`는 평균 제곱 오차를 가장 작게 만드는 $W$와 $b$를 경사 하강법 없이 바로 구해 줍니다.

# %% [markdown] lang="en"
# ## 3. Fitting a line to pass/fail data
#
# Exam scores 45, 50 and 55 fail (0); 60, 65 and 70 pass (1). `nnintro.data.pass_fail()` returns
# these data. First fit a line $H(x) = Wx + b$ by least squares, as in chapter 3.
# `torch.linalg.lstsq` finds the $W$ and $b$ with the smallest mean squared error directly,
# without gradient descent.

# %%
x_pf, y_pf = nnintro.data.pass_fail()
print(x_pf.view(-1))
print(y_pf.view(-1))


def fit_line(x, y):
    design = torch.cat([x, torch.ones_like(x)], dim=1)  # columns x and 1: H = W x + b
    w, b = torch.linalg.lstsq(design, y).solution.view(-1).tolist()
    return w, b


w6, b6 = fit_line(x_pf, y_pf)
print(f"W = {w6:.4f}, b = {b6:.4f}")
print(f"H(45) = {w6 * 45 + b6:.3f}, H(70) = {w6 * 70 + b6:.3f}")
print(f"H(x) = 0.5 at x = {(0.5 - b6) / w6:.2f}")

# %% [markdown] lang="ko"
# 직선은 $H(x) = 0.5$가 되는 57.50점을 기준으로 합격과 불합격을 가릅니다. 여기까지는 괜찮아 보입니다.
# 그러나 예측값이 45점에서 $-0.143$, 70점에서 $1.143$으로 0과 1 사이를 벗어나므로 확률로 읽을 수 없습니다.
#
# 더 큰 문제는 이미 분명한 샘플 하나가 기준을 흔든다는 점입니다. 100점을 받고 합격한 학생을 한 명 더하면 어떻게 될까요?

# %% [markdown] lang="en"
# The line separates pass from fail at 57.50 points, where $H(x) = 0.5$. So far this looks fine.
# But the predictions, $-0.143$ at 45 and $1.143$ at 70, leave the range between 0 and 1, so they
# cannot be read as probabilities.
#
# Worse, one sample that is already obvious moves the threshold. What happens if we add a student
# who scored 100 and passed?

# %%
x7 = torch.cat([x_pf, torch.tensor([[100.0]])])
y7 = torch.cat([y_pf, torch.tensor([[1.0]])])

w7, b7 = fit_line(x7, y7)
print(f"W = {w7:.4f}, b = {b7:.4f}")
print(f"H(x) = 0.5 at x = {(0.5 - b7) / w7:.2f}")
print(f"H(60) = {w7 * 60 + b7:.3f}")

# %% [markdown] lang="ko"
# 100점 학생에게 직선을 맞추느라 직선이 눕고, 기준점이 60.09점으로 옮겨 갔습니다. 그 결과 60점 학생의 예측값이 0.5보다 작은
# 0.498이 되어 불합격으로 분류됩니다. 누가 봐도 합격인 샘플 하나를 더했을 뿐인데 맞히던 샘플을 틀리게 된 것입니다.
#
# 시그모이드 $\sigma(Wx + b)$는 이런 일이 없습니다. 출력은 언제나 0과 1 사이이고, 100점처럼 멀리 있는 샘플에서는
# 이미 1에 붙어 있어서 더 맞출 것이 없습니다. `nnintro.plot.binary_curves`로 두 직선과 시그모이드
# $\sigma(0.5x - 28.75)$를 함께 그려 봅시다. 동그라미는 각 곡선이 0.5를 지나는 곳입니다.

# %% [markdown] lang="en"
# To fit the student at 100, the line tilts down and the threshold moves to 60.09 points. The
# prediction for the student with 60 points drops below 0.5, to 0.498, and that student is now
# classified as failing. Adding one sample that is obviously a pass made the line wrong on a
# sample it used to get right.
#
# A sigmoid $\sigma(Wx + b)$ has no such problem. Its output always lies between 0 and 1, and at a
# far-away sample such as 100 points it is already at 1, with nothing left to fit.
# `nnintro.plot.binary_curves` draws the two lines and the sigmoid $\sigma(0.5x - 28.75)$ together;
# the rings mark where each curve crosses 0.5.

# %%
nnintro.plot.binary_curves(
    x7,
    y7,
    {
        "$H_6(x)$": lambda t: w6 * t + b6,
        "$H_7(x)$": lambda t: w7 * t + b7,
        r"$\sigma(0.5x - 28.75)$": lambda t: torch.sigmoid(0.5 * t - 28.75),
    },
)

# %% [markdown] lang="ko"
# $H_6$은 원래 6개 샘플에, $H_7$은 100점 학생까지 7개 샘플에 맞춘 직선입니다.

# %% [markdown] lang="en"
# $H_6$ is the line fitted to the original six samples, $H_7$ the one fitted to all seven,
# including the student with 100 points.

# %% [markdown] lang="ko"
# ## 4. 시그모이드에 MSE를 쓰면
#
# 가설을 시그모이드로 바꿨으니 비용 함수도 다시 생각해야 합니다. 3장의 평균 제곱 오차를 그대로 쓰면
# $\text{cost}(W)$가 더 이상 포물선이 아닙니다. 이론 페이지의 그림처럼, 합격/불합격 데이터에 "50점인데 합격한" 학생을 한 명 더하고
# $b = -40$으로 고정한 뒤 $W$만 바꿔 가며 두 비용을 그려 봅시다.

# %% [markdown] lang="en"
# ## 4. The sigmoid with MSE
#
# With a sigmoid as the hypothesis we need to rethink the cost as well. With chapter 3's mean squared
# error, $\text{cost}(W)$ is no longer a parabola. As in the theory page's figure, add one more
# student to the pass/fail data, one who scored 50 but passed, fix $b = -40$, and draw both costs as
# $W$ varies.

# %%
x_noisy = torch.cat([x_pf, torch.tensor([[50.0]])])
y_noisy = torch.cat([y_pf, torch.tensor([[1.0]])])

nnintro.plot.sigmoid_costs(x_noisy, y_noisy, b=-40.0, w_range=(0.3, 1.2))

# %% [markdown] lang="ko"
# 왼쪽의 MSE는 양쪽 끝이 평평하고, 가운데에 골짜기가 두 개($W = 0.70$과 $W = 0.80$) 있습니다. 이렇게 아래로 볼록하지 않은(non-convex)
# 비용에서는 경사 하강법이 어디서 출발하느냐에 따라 다른 곳에서 멈춥니다. 오른쪽의 이진 교차 엔트로피(BCE)는 골짜기가
# 하나뿐인 볼록(convex) 함수입니다. 네 곳에서 출발해 학습률 0.001로 1,000번 갱신해서 확인해 봅시다.
# BCE는 다음 절에서 자세히 다루고, 여기서는 PyTorch 함수로 계산합니다.

# %% [markdown] lang="en"
# The MSE on the left is flat at both ends and has two valleys in between, at $W = 0.70$ and
# $W = 0.80$. On a cost that is not convex like this, where gradient descent stops depends on where
# it starts. The binary cross-entropy (BCE) on the right is convex, with a single valley. Let us
# check by starting at four places and taking 1,000 steps with learning rate 0.001. The next
# section covers BCE in detail; here we compute it with PyTorch's function.

# %%
def descend(cost_name, w0, lr=0.001, steps=1000):
    W = torch.tensor([w0], requires_grad=True)
    optimizer = optim.SGD([W], lr=lr)
    for step in range(steps):
        hypothesis = torch.sigmoid(x_noisy * W - 40)
        if cost_name == "MSE":
            cost = F.mse_loss(hypothesis, y_noisy)
        else:
            cost = F.binary_cross_entropy(hypothesis, y_noisy)
        optimizer.zero_grad()
        cost.backward()
        if step == 0:
            first_grad = W.grad.item()
        optimizer.step()
    return first_grad, W.item()


for w0 in [0.4, 0.6, 0.9, 1.1]:
    for cost_name in ["MSE", "BCE"]:
        first_grad, w_end = descend(cost_name, w0)
        print(f"W0 = {w0}  {cost_name}  first gradient {first_grad:10.4f}  ->  W = {w_end:.4f}")

# %% [markdown] lang="ko"
# - MSE에서 0.4와 1.1에서 출발하면 출력의 첫 기울기(first gradient)가 거의 0이라서 $W$가 사실상 움직이지 않습니다. 평평한 구간에 갇힌 것입니다.
# - 0.6에서 출발하면 가장 낮은 골짜기($W = 0.70$ 근처)에 도착하지만, 0.9에서 출발하면 더 높은 골짜기($W = 0.80$ 근처)에서 멈춥니다(지역 최솟값, local minimum).
# - BCE는 네 곳 모두에서 하나뿐인 골짜기($W = 0.75$ 근처)의 같은 곳에 도착합니다. MSE가 평평한 구간에서도 BCE는 기울기가 크기 때문입니다.
#
# 그래서 로지스틱 회귀는 MSE 대신 이진 교차 엔트로피를 비용 함수로 씁니다.

# %% [markdown] lang="en"
# - With MSE, starting at 0.4 or 1.1 gives a first gradient of almost 0 (see the output), so $W$ practically does not move: it is stuck on a flat stretch.
# - Starting at 0.6 reaches the lowest valley, near $W = 0.70$, but starting at 0.9 stops in the higher valley, near $W = 0.80$: a local minimum.
# - With BCE all four starts reach the same place, its single valley near $W = 0.75$, because its gradient is large even where MSE is flat.
#
# This is why logistic regression uses the binary cross-entropy, not MSE, as its cost.

# %% [markdown] lang="ko"
# ## 5. 이진 교차 엔트로피
#
# 샘플 하나의 비용은 정답이 1이면 $-\ln H(x)$, 0이면 $-\ln(1 - H(x))$입니다. $\ln$은 자연로그이고, 코드의 `torch.log`가 $\ln$입니다. 정답에 가까운 확률을 내면 비용이 0에 가깝고,
# 정답과 반대로 확신할수록 비용이 한없이 커집니다. $y$가 0 아니면 1이라는 점을 이용하면 두 경우를 한 식으로 쓸 수 있습니다.
#
# $$
# \text{cost}(W) = -\frac{1}{n}\sum_{i=1}^{n}\left[y_i \ln H(x_i) + (1 - y_i)\ln\left(1 - H(x_i)\right)\right]
# $$
#
# 이제 강의의 데이터로 넘어갑니다. 특성이 2개인 샘플 6개이고, 앞의 3개는 0, 뒤의 3개는 1입니다.

# %% [markdown] lang="en"
# ## 5. Binary cross-entropy
#
# The cost of one sample is $-\ln H(x)$ if its label is 1 and $-\ln(1 - H(x))$ if it is 0
# ($\ln$ is the natural log; in code, `torch.log` is $\ln$). A
# probability close to the answer costs almost 0, and the more confidently the model predicts the
# opposite, the larger the cost, without bound. Since $y$ is either 0 or 1, one formula covers both:
#
# $$
# \text{cost}(W) = -\frac{1}{n}\sum_{i=1}^{n}\left[y_i \ln H(x_i) + (1 - y_i)\ln\left(1 - H(x_i)\right)\right]
# $$
#
# Now to the lecture's data: six samples with two features each; the first three are 0, the last
# three 1.

# %%
x_data = [[1, 2], [2, 3], [3, 1], [4, 3], [5, 3], [6, 2]]
y_data = [[0], [0], [0], [1], [1], [1]]
x_train = torch.FloatTensor(x_data)
y_train = torch.FloatTensor(y_data)

print(x_train.shape)
print(y_train.shape)

# %% [markdown] lang="ko"
# $x$의 크기가 `(6, 2)`이므로 가중치 $W$는 `(2, 1)`, 편향 $b$는 숫자 하나입니다. 그러면 `x_train.matmul(W) + b`의 크기가
# `(6, 1)`이 되어 샘플마다 점수 $z = x_1 w_1 + x_2 w_2 + b$가 하나씩 나옵니다. 강의처럼 $W$와 $b$를 0으로 초기화하고 가설을 계산합니다.

# %% [markdown] lang="en"
# $x$ has shape `(6, 2)`, so the weight $W$ has shape `(2, 1)` and the bias $b$ is one number.
# Then `x_train.matmul(W) + b` has shape `(6, 1)`: one score $z = x_1 w_1 + x_2 w_2 + b$ per
# sample. As in the lecture, initialise $W$ and $b$ to zero and compute the hypothesis.

# %%
W = torch.zeros((2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)

hypothesis = 1 / (1 + torch.exp(-(x_train.matmul(W) + b)))
print(hypothesis)
print(torch.sigmoid(x_train.matmul(W) + b))

# %% [markdown] lang="ko"
# $W$와 $b$가 0이므로 모든 점수가 0이고, 모든 샘플의 확률이 $\sigma(0) = 0.5$입니다.
# 첫 번째 샘플의 비용을 식 그대로 계산한 뒤, 모든 샘플에 대해 한 번에 계산해서 평균을 냅니다.

# %% [markdown] lang="en"
# With $W$ and $b$ at zero every score is 0, and every sample gets probability $\sigma(0) = 0.5$.
# Compute the cost of the first sample from the formula, then of all samples at once, and average.

# %%
print(-(y_train[0] * torch.log(hypothesis[0]) + (1 - y_train[0]) * torch.log(1 - hypothesis[0])))

losses = -(y_train * torch.log(hypothesis) + (1 - y_train) * torch.log(1 - hypothesis))
print(losses)

cost = losses.mean()
print(cost)
print(F.binary_cross_entropy(hypothesis, y_train))

# %% [markdown] lang="ko"
# 확률이 모두 0.5이므로 샘플마다 비용이 $-\ln 0.5 = \ln 2 \approx 0.6931$이고, 평균도 0.6931입니다.
# `F.binary_cross_entropy`도 같은 값을 계산합니다.

# %% [markdown] lang="en"
# Every probability is 0.5, so each sample costs $-\ln 0.5 = \ln 2 \approx 0.6931$, and so does
# the mean. `F.binary_cross_entropy` computes the same value.

# %% [markdown] lang="ko"
# ## 6. 로지스틱 회귀 학습하기
#
# ### 6.1 W와 b를 직접 다루기
#
# 강의의 전체 코드입니다. `optim.SGD`에 학습률 1을 주고 에폭 0부터 1000까지 갱신하며, 100 에폭마다 갱신하기 전의 비용을 출력합니다.

# %% [markdown] lang="en"
# ## 6. Training logistic regression
#
# ### 6.1 With bare W and b
#
# This is the lecture's full code: `optim.SGD` with learning rate 1, updating from epoch 0 to epoch 1000,
# printing the cost before the update every 100 epochs.

# %%
W = torch.zeros((2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([W, b], lr=1)

nb_epochs = 1000
for epoch in range(nb_epochs + 1):
    hypothesis = torch.sigmoid(x_train.matmul(W) + b)
    cost = -(y_train * torch.log(hypothesis) + (1 - y_train) * torch.log(1 - hypothesis)).mean()

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 100 == 0:
        print('Epoch {:4d}/{} Cost: {:.6f}'.format(epoch, nb_epochs, cost.item()))

# %% [markdown] lang="ko"
# 위 출력처럼 비용이 $\ln 2 \approx 0.693147$에서 시작해 크게 줄었습니다. 학습된 모델로 각 샘플의 확률을 계산하고, 0.5 이상이면 1로 예측합니다.
# 정확도(accuracy)는 예측이 정답과 같은 샘플의 비율입니다.

# %% [markdown] lang="en"
# As the output shows, the cost went down a long way from $\ln 2 \approx 0.693147$. Use the
# trained model to compute each sample's probability and predict 1 where it is at least 0.5. The
# accuracy is the fraction of samples whose prediction equals the label.

# %%
hypothesis = torch.sigmoid(x_train.matmul(W) + b)
print(hypothesis)

prediction = hypothesis >= torch.FloatTensor([0.5])
print(prediction)

correct_prediction = prediction.float() == y_train
accuracy = correct_prediction.sum().item() / len(correct_prediction)
print(f"accuracy = {accuracy}")
print(W)
print(b)

# %% [markdown] lang="ko"
# 앞의 세 샘플은 0.04보다 작은 확률, 뒤의 세 샘플은 0.95보다 큰 확률을 받았고, 여섯 개를 모두 맞혀 정확도가 1.0입니다.
# 학습된 $W$와 $b$는 출력의 끝에 있습니다.

# %% [markdown] lang="en"
# The first three samples get probabilities below 0.04, the last three above 0.95: all six are
# right, an accuracy of 1.0. The learned $W$ and $b$ are printed at the end.

# %% [markdown] lang="ko"
# ### 6.2 nn.Module로 만들기
#
# 가설 $\sigma(xW^\top + b)$는 `nn.Linear(2, 1)` 뒤에 `nn.Sigmoid()`를 붙인 것과 같습니다. 강의처럼 `nn.Sequential`로 묶고,
# 비용은 `F.binary_cross_entropy`로 계산합니다. 이번에는 `nn.Linear`가 $W$와 $b$를 무작위로 초기화하므로, 만들기 직전에
# 시드를 1로 다시 고정해 강의와 같은 초깃값에서 출발합니다.
# 강의는 10 에폭마다 출력하지만, 여기서는 출력이 너무 길어지지 않도록 100 에폭마다 비용과 정확도를 출력합니다.

# %% [markdown] lang="en"
# ### 6.2 As an nn.Module
#
# The hypothesis $\sigma(xW^\top + b)$ is `nn.Linear(2, 1)` followed by `nn.Sigmoid()`. As in the
# lecture, chain them with `nn.Sequential` and compute the cost with `F.binary_cross_entropy`. This
# time `nn.Linear` initialises $W$ and $b$ at random, so we set the seed to 1 again just before
# building the model, to start from the lecture's initial values.
# The lecture prints every 10 epochs; to keep the output short we print the cost and the accuracy
# every 100 epochs.

# %%
torch.manual_seed(1)
model = nn.Sequential(
    nn.Linear(2, 1),
    nn.Sigmoid(),
)
print(model(x_train))

optimizer = optim.SGD(model.parameters(), lr=1)

nb_epochs = 1000
for epoch in range(nb_epochs + 1):
    hypothesis = model(x_train)
    cost = F.binary_cross_entropy(hypothesis, y_train)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 100 == 0:
        prediction = hypothesis >= torch.FloatTensor([0.5])
        correct_prediction = prediction.float() == y_train
        accuracy = correct_prediction.sum().item() / len(correct_prediction)
        print('Epoch {:4d}/{} Cost: {:.6f} Accuracy {:2.2f}%'.format(
            epoch, nb_epochs, cost.item(), accuracy * 100,
        ))

# %% [markdown] lang="ko"
# 출력의 정확도를 보면 무작위 초깃값에서도 처음부터 대부분을 맞히고, 곧 모두 맞히게 됩니다. 마지막 비용도
# 6.1절과 거의 같습니다. 출발점이 달라도 BCE는 볼록하므로 같은 곳을 향해 내려가기 때문입니다.

# %% [markdown] lang="en"
# The accuracy in the output shows that the random initial values already get most samples right,
# and soon all of them. The final cost is almost the same as in section 6.1: the starting points
# differ, but BCE is convex, so both runs head for the same place.

# %% [markdown] lang="ko"
# 강의의 마지막 형태는 모델을 클래스로 정의하는 것입니다. `__init__`에서 층을 만들고 `forward`에서 계산 순서를 적습니다.
# 학습 코드는 똑같고, 이번에는 200 에폭마다 출력합니다.

# %% [markdown] lang="en"
# The lecture's last version defines the model as a class: `__init__` builds the layers and
# `forward` says how they are applied. The training code is the same; this time we print every
# 200 epochs.

# %%
class BinaryClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(2, 1)
        self.sigmoid = nn.Sigmoid()

    def forward(self, x):
        return self.sigmoid(self.linear(x))


torch.manual_seed(1)
model = BinaryClassifier()
optimizer = optim.SGD(model.parameters(), lr=1)

for epoch in range(nb_epochs + 1):
    hypothesis = model(x_train)
    cost = F.binary_cross_entropy(hypothesis, y_train)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 200 == 0:
        accuracy = ((hypothesis >= 0.5).float() == y_train).float().mean().item()
        print('Epoch {:4d}/{} Cost: {:.6f} Accuracy {:2.2f}%'.format(
            epoch, nb_epochs, cost.item(), accuracy * 100,
        ))

print(model.linear.weight, model.linear.bias)

# %% [markdown] lang="ko"
# 같은 시드에서 같은 층을 같은 순서로 만들고 같은 계산을 하므로 `nn.Sequential`과 숫자가 똑같습니다.
# 학습된 가중치와 편향은 출력의 끝에 있습니다.

# %% [markdown] lang="en"
# Same seed, same layers, created in the same order, same computation: the numbers are exactly
# those of the `nn.Sequential` model. The learned weights and bias are printed at the end.

# %% [markdown] lang="ko"
# ## 7. 결정 경계
#
# 모델은 $H(x) \ge 0.5$인 곳에서 1로 예측합니다. $\sigma(z) \ge 0.5$는 $z \ge 0$과 같으므로, 두 클래스를 가르는 경계는
# $w_1 x_1 + w_2 x_2 + b = 0$인 직선입니다. 이것을 결정 경계(decision boundary)라고 합니다. $x_2$에 대해 풀면
# $x_2 = -(w_1 x_1 + b) / w_2$입니다. `nnintro.plot.decision_boundary`는 평면의 모든 점에서 모델의 확률을 계산해 색으로 칠하고,
# 0.5가 되는 곳에 검은 선을 긋습니다.

# %% [markdown] lang="en"
# ## 7. The decision boundary
#
# The model predicts 1 where $H(x) \ge 0.5$. Since $\sigma(z) \ge 0.5$ exactly when $z \ge 0$, the
# border between the two classes is the line $w_1 x_1 + w_2 x_2 + b = 0$, called the decision
# boundary. Solved for $x_2$: $x_2 = -(w_1 x_1 + b) / w_2$. `nnintro.plot.decision_boundary`
# computes the model's probability at every point of the plane, shades it, and draws a black line
# where it is 0.5.

# %%
w1, w2 = model.linear.weight.detach().view(-1).tolist()
b0 = model.linear.bias.item()
for x1 in [2.0, 3.0, 4.0]:
    print(f"x1 = {x1}:  boundary at x2 = {-(w1 * x1 + b0) / w2:.3f}")

nnintro.plot.decision_boundary(model, x_train, y_train)

# %% [markdown] lang="ko"
# 경계는 직선의 기울기(slope)가 $-w_1/w_2$인 직선이고(위 출력에서 $x_1$이 1 커질 때마다 $x_2$가 그만큼 바뀝니다), 0인 샘플 세 개와 1인 샘플 세 개 사이를 지나갑니다.
# 경계에서 멀어질수록 색이 진해지는데, 그만큼 확률이 0이나 1에 가깝다는 뜻입니다. 로지스틱 회귀의 경계는 언제나 직선(특성이
# 더 많으면 평면)입니다. 8장과 9장에서 이 사실이 XOR 문제에서 왜 한계가 되는지 보게 됩니다.

# %% [markdown] lang="en"
# The boundary is a line with slope $-w_1/w_2$ (in the output above, $x_2$ changes by that much
# each time $x_1$ grows by 1), passing between the three samples labelled 0 and the three
# labelled 1. The colour deepens away from the boundary, where the probabilities are closer to 0
# or 1. The boundary of logistic regression is always a straight
# line (a plane with more features); chapters 8 and 9 show why that becomes a limit for XOR.

# %% [markdown] lang="ko"
# ## 8. 수치적으로 안전한 BCEWithLogitsLoss
#
# 지금까지는 시그모이드로 확률을 만든 뒤 로그를 취했습니다. 그런데 점수 $z$의 절댓값이 크면 float32에서 $\sigma(z)$가 정확히 0이나 1로
# 반올림되고, 그 로그는 $-\infty$가 됩니다.

# %% [markdown] lang="en"
# ## 8. BCEWithLogitsLoss, the numerically safe choice
#
# So far we made probabilities with the sigmoid and then took their log. But when the score $z$ is
# large in absolute value, float32 rounds $\sigma(z)$ to exactly 0 or 1, and its log becomes
# $-\infty$.

# %%
z = torch.tensor([-200.0, -20.0, 0.0, 20.0, 200.0])
print(torch.sigmoid(z))
print(torch.log(torch.sigmoid(z)))
print(torch.log(1 - torch.sigmoid(z)))

# %% [markdown] lang="ko"
# $z = -200$에서 $\ln \sigma(z)$는 원래 약 $-200$이어야 하지만 `-inf`가 됩니다. $z = 20$에서는 $1 - \sigma(z)$가 0으로
# 반올림되어 $\ln(1 - \sigma(z))$가 $-20$ 대신 `-inf`입니다. 이런 값이 비용에 들어가면 `inf`나 `nan`이 되어 학습이 망가집니다.
# 그래서 `F.binary_cross_entropy`는 로그를 $-100$에서 자릅니다(clamp). 비용이 유한하게 남기는 하지만 값이 틀리고,
# 기울기는 0이 되어 모델이 아무것도 배우지 못합니다.

# %% [markdown] lang="en"
# At $z = -200$, $\ln \sigma(z)$ should be about $-200$ but is `-inf`. At $z = 20$, $1 - \sigma(z)$
# rounds to 0, so $\ln(1 - \sigma(z))$ is `-inf` instead of $-20$. Once such values enter the
# cost, it becomes `inf` or `nan` and training breaks. That is why `F.binary_cross_entropy` clamps
# each log at $-100$: the cost stays finite, but its value is wrong, and its gradient is 0, so the
# model learns nothing.

# %%
z = torch.tensor([[1000.0]], requires_grad=True)  # very sure of class 1 ...
y = torch.tensor([[0.0]])  # ... but the label is 0

cost = F.binary_cross_entropy(torch.sigmoid(z), y)
cost.backward()
print(cost.item(), z.grad.item())

z.grad = None
cost = F.binary_cross_entropy_with_logits(z, y)
cost.backward()
print(cost.item(), z.grad.item())

# %% [markdown] lang="ko"
# `F.binary_cross_entropy_with_logits`는 시그모이드를 거치기 전의 점수(logit) $z$를 받아서 두 단계를 한 식으로 계산합니다.
#
# $$
# -\left[y \ln \sigma(z) + (1 - y) \ln(1 - \sigma(z))\right] = \max(z, 0) - zy + \ln\left(1 + e^{-|z|}\right)
# $$
#
# 오른쪽 식에는 반올림되어 사라질 확률도, 넘쳐흐를(overflow) 지수도 없습니다. 그래서 비용은 정확히 1000이고, 기울기는
# $\sigma(z) - y = 1$로 틀린 답에서 벗어나는 방향을 제대로 알려 줍니다. 같은 계산을 `nn.BCEWithLogitsLoss()`라는 층으로도 쓸 수 있습니다.
# 이렇게 하려면 모델의 마지막 `nn.Sigmoid()`를 빼고 점수를 그대로 내보내야 합니다. 확률이 필요할 때만 `torch.sigmoid`를 적용합니다.

# %% [markdown] lang="en"
# `F.binary_cross_entropy_with_logits` takes the score before the sigmoid, the logit $z$, and
# computes both steps as one formula:
#
# $$
# -\left[y \ln \sigma(z) + (1 - y) \ln(1 - \sigma(z))\right] = \max(z, 0) - zy + \ln\left(1 + e^{-|z|}\right)
# $$
#
# The right-hand side has no probability that can round away and no exponential that can overflow.
# So the cost is exactly 1000, and the gradient $\sigma(z) - y = 1$ points the right way out of the
# wrong answer. The same computation is available as a layer, `nn.BCEWithLogitsLoss()`. To use it,
# drop the model's final `nn.Sigmoid()` and output the scores themselves; apply `torch.sigmoid`
# only when you need probabilities.

# %%
torch.manual_seed(1)
model = nn.Linear(2, 1)  # outputs logits: no sigmoid
criterion = nn.BCEWithLogitsLoss()
optimizer = optim.SGD(model.parameters(), lr=1)

for epoch in range(nb_epochs + 1):
    cost = criterion(model(x_train), y_train)
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

print(f"cost {cost.item():.6f}")
print(torch.sigmoid(model(x_train)).detach().view(-1))

# %% [markdown] lang="ko"
# 마지막 비용이 6.2절의 마지막 비용과 같거나, 마지막 자리만 조금 다릅니다. 평범한 값에서는 두 방법이 수학적으로 같은 계산이라서 반올림 오차만큼만 다르고,
# 극단적인 값에서만 크게 차이가 납니다.

# %% [markdown] lang="en"
# The final cost is that of section 6.2, or differs from it only in the last digits: for ordinary
# values the two ways compute the same thing mathematically and differ only by rounding; they
# differ much only at the extremes.

# %% [markdown] lang="ko"
# ## 9. `nnintro`로 같은 일 하기
#
# `nnintro`에는 이 장에서 손으로 쓴 것들이 들어 있습니다([`nnintro.functional`](../reference/functional.md),
# [`nnintro.models`](../reference/models.md), [`nnintro.metrics`](../reference/metrics.md)).
#
# - `nnintro.functional.sigmoid`, `binary_cross_entropy`, `binary_cross_entropy_with_logits`: 위의 식을 그대로 옮긴 함수로, 테스트에서 PyTorch의 함수와 값과 기울기를 비교합니다.
# - `nnintro.models.LogisticRegression(2, zero_init=True)`: `nn.Linear(2, 1)` 뒤에 시그모이드를 붙인 모델이며, `model.logits(x)`는 시그모이드 전의 점수를 돌려줍니다.
# - `nnintro.metrics.accuracy`: 6.1절에서 계산한 정확도입니다.
#
# 먼저 함수들이 PyTorch와 같은 값을 내는지 확인합니다. 극단적인 점수에서도 마찬가지입니다.

# %% [markdown] lang="en"
# ## 9. The same with `nnintro`
#
# `nnintro` holds what we wrote by hand in this chapter
# ([`nnintro.functional`](../reference/functional.md), [`nnintro.models`](../reference/models.md),
# [`nnintro.metrics`](../reference/metrics.md)):
#
# - `nnintro.functional.sigmoid`, `binary_cross_entropy` and `binary_cross_entropy_with_logits` are the formulas above as functions; the tests compare their values and gradients with PyTorch's.
# - `nnintro.models.LogisticRegression(2, zero_init=True)` is `nn.Linear(2, 1)` followed by a sigmoid; `model.logits(x)` returns the scores before the sigmoid.
# - `nnintro.metrics.accuracy` is the accuracy we computed in section 6.1.
#
# First check that the functions give PyTorch's values, extreme scores included.

# %%
z = torch.tensor([[-1000.0], [-2.0], [0.0], [3.0], [1000.0]])
y = torch.tensor([[1.0], [0.0], [1.0], [1.0], [0.0]])

print(nnintro.functional.sigmoid(z).view(-1))
print(nnintro.functional.binary_cross_entropy_with_logits(z, y))
print(F.binary_cross_entropy_with_logits(z, y))

# %% [markdown] lang="ko"
# 이제 6.1절의 학습을 `nnintro.train.fit`으로 다시 합니다. $W$와 $b$를 0에서 시작하고 학습률 1로 1,001번 갱신합니다(에폭 0부터
# 1000까지 세던 6.1절과 같은 횟수입니다). `metrics`에 정확도를 넘기면 에폭마다 함께 기록합니다.

# %% [markdown] lang="en"
# Now redo section 6.1's training with `nnintro.train.fit`: $W$ and $b$ start at 0, and we take
# 1,001 updates with learning rate 1 (as many as section 6.1's epochs 0 to 1000). Passing the
# accuracy in `metrics` records it at every epoch as well.

# %%
x, y = nnintro.data.logistic_toy()
model = nnintro.models.LogisticRegression(2, zero_init=True)
history = nnintro.train.fit(
    model, x, y, lr=1, epochs=1001,
    loss_fn=nnintro.functional.binary_cross_entropy,
    metrics={"accuracy": nnintro.metrics.accuracy},
    log_every=250,
)
print(model.linear.weight, model.linear.bias)
print(nnintro.metrics.accuracy(model(x), y))

# %% [markdown] lang="ko"
# 마지막 에폭의 비용과 $W$, $b$가 6.1절과 같습니다. 두 코드는 계산 순서가 조금 달라서 마지막 자리는 다를 수 있습니다.
# `fit`은 에폭을 1부터 세므로 6.1절의 에폭 1000이 여기서는 1001번째 에폭입니다.

# %% [markdown] lang="en"
# The last epoch's cost and $W$, $b$ are those of section 6.1, up to the last digits: the two
# codes compute in a slightly different order. `fit` counts epochs from 1, so section 6.1's epoch
# 1000 is epoch 1001 here.

# %% [markdown] lang="ko"
# ## 10. 정리
#
# - 로지스틱 회귀의 가설은 $H(x) = \sigma(Wx + b)$입니다. 시그모이드는 점수를 0과 1 사이의 확률로 바꾸고, $W$는 경사를, $b$는 위치를 정합니다.
# - 0/1 데이터에 직선을 맞추면 예측이 0과 1을 벗어나고, 멀리 있는 샘플 하나에 기준이 흔들립니다.
# - 시그모이드에 MSE를 쓰면 비용이 볼록하지 않아서 평평한 구간이나 지역 최솟값에서 멈출 수 있습니다. 그래서 이진 교차 엔트로피를 씁니다.
# - 이진 교차 엔트로피는 $-\frac{1}{n}\sum_i [y_i \ln H(x_i) + (1 - y_i)\ln(1 - H(x_i))]$이고, PyTorch에서는 `F.binary_cross_entropy`입니다.
# - $p \ge 0.5$(곧 $z \ge 0$)이면 클래스 1로 예측하므로, 결정 경계 $Wx + b = 0$은 직선입니다.
# - 확률 대신 점수(logit)를 받는 `F.binary_cross_entropy_with_logits`(`nn.BCEWithLogitsLoss`)는 점수가 아주 커도 비용과 기울기가 정확합니다.

# %% [markdown] lang="en"
# ## 10. Summary
#
# - The hypothesis of logistic regression is $H(x) = \sigma(Wx + b)$. The sigmoid turns a score into a probability between 0 and 1; $W$ sets the steepness and $b$ the position.
# - A line fitted to 0/1 data predicts values outside 0 and 1, and a single far-away sample moves its threshold.
# - With a sigmoid, MSE is not convex, so gradient descent can stop on a flat stretch or in a local minimum. That is why we use the binary cross-entropy.
# - The binary cross-entropy is $-\frac{1}{n}\sum_i [y_i \ln H(x_i) + (1 - y_i)\ln(1 - H(x_i))]$; in PyTorch, `F.binary_cross_entropy`.
# - Class 1 is predicted when $p \ge 0.5$, i.e. $z \ge 0$, so the decision boundary $Wx + b = 0$ is a straight line.
# - `F.binary_cross_entropy_with_logits` (`nn.BCEWithLogitsLoss`) takes scores (logits) instead of probabilities, and keeps the cost and its gradient exact even for huge scores.

# %% [markdown] lang="ko"
# ## 11. 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 맞으면 "정답입니다!", 틀리면 흔히 하는 실수에 맞춘 힌트가 나옵니다.
# 문제마다 힌트와 풀이가 접혀 있고, 코드에서는 `ch06.q1.hint()`, `ch06.q1.solution()`으로 볼 수 있습니다.
# 셀을 실행하기 전에 `...`를 여러분의 답으로 바꾸세요.

# %% [markdown] lang="en"
# ## 11. Exercises
#
# Write your answer and check it with `check`: a right answer says "Correct!", a wrong one gets a hint
# aimed at the usual mistake. Each exercise has its hint and solution folded below it; in code,
# `ch06.q1.hint()` and `ch06.q1.solution()` show them. Replace `...` with your answer before running
# a cell.

# %%
from nnintro import exercises
from nnintro.exercises import ch06

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch06.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch06.q1 }}

# %%
def my_sigmoid(z):
    ...  # your code here


ch06.q1.check(my_sigmoid)

# %% [markdown] lang="ko"
# {{ exercise ch06.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch06.q2 }}

# %%
def my_bce(p, y):
    ...  # your code here


ch06.q2.check(my_bce)

# %% [markdown] lang="ko"
# {{ exercise ch06.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch06.q3 }}

# %%
labels = ...  # e.g. [0, 1, 1, 0, 0, 1]

ch06.q3.check(labels)

# %% [markdown] lang="ko"
# {{ exercise ch06.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch06.q4 }}

# %%
def my_accuracy(prob, y):
    ...  # your code here


ch06.q4.check(my_accuracy)

# %% [markdown] lang="ko"
# ### 더 해 보기
#
# 확인 함수는 없지만 해 볼 만한 실험입니다.
#
# 1. 6.1절에서 학습률을 0.1과 10으로 바꿔 보세요. 1000 에폭 뒤의 비용과 정확도는 어떻게 달라지나요?
# 2. 7절의 식으로 $x_1 = 5$에서 결정 경계의 $x_2$를 계산하고, 그림에서 확인해 보세요.
# 3. 4절의 `descend`에서 시작점을 0.75 근처의 여러 값으로 바꿔 보며, MSE가 어느 범위에서 출발해야 가장 낮은 골짜기에 도착하는지 찾아보세요.
# 4. 8절에서 $z = 1000$, $y = 1$이면 두 함수의 비용과 기울기는 어떻게 되나요? 먼저 식으로 예상한 다음 실행해 보세요.

# %% [markdown] lang="en"
# ### More to try
#
# Experiments worth running, without a check.
#
# 1. In section 6.1, change the learning rate to 0.1 and to 10. How do the cost and the accuracy after 1000 epochs change?
# 2. With the formula of section 7, compute the $x_2$ of the decision boundary at $x_1 = 5$, and check it in the figure.
# 3. In section 4's `descend`, try several starting values around 0.75 and find the range from which MSE reaches the lowest valley.
# 4. In section 8, what are the cost and the gradient of both functions for $z = 1000$, $y = 1$? Predict them from the formulas first, then run the code.
