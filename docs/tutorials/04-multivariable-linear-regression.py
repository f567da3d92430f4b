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
# # 다중 선형 회귀 튜토리얼
#
# [이론 페이지](../theory/04-multivariable-linear-regression.md)에서는 특성(feature)이 여러 개일 때의
# 가설 $H(X) = XW + b$, 학습률(learning rate)이 특성의 크기에 따라 정해지는 이유, 표준화(standardization),
# 그리고 최소제곱(least squares) 해를 식으로 살펴봤습니다. 이번에는 같은 내용을 PyTorch 코드로 실행합니다.
# 데이터, 초깃값, 학습률, 에폭(epoch) 수는 강의와 같습니다.
#
# 이 튜토리얼의 순서는 다음과 같습니다.
#
# 1. 퀴즈 점수 세 개로 기말 점수를 예측하는 데이터를 만듭니다.
# 2. 가중치 $w_1, w_2, w_3$를 따로따로 선언해서 학습합니다.
# 3. 같은 모델을 행렬 곱 $XW + b$로 다시 씁니다.
# 4. 기울기(gradient)를 식으로 구해 autograd와 비교하고, 학습률이 왜 $10^{-5}$처럼 작아야 하는지 계산합니다.
# 5. 최소제곱 해를 구해, 경사 하강법이 얼마나 가까이 다가가는지 재는 기준으로 씁니다.
# 6. 특성을 표준화해서 훨씬 큰 학습률로 학습하고, 비용 곡면(cost surface)의 모양을 비교합니다.
# 7. 마지막으로 같은 일을 `nnintro` 함수로 다시 해 봅니다.

# %% [markdown] lang="en"
# # Multivariable linear regression tutorial
#
# The [theory page](../theory/04-multivariable-linear-regression.md) introduced the hypothesis
# $H(X) = XW + b$ for several features, why the size of the features decides the learning rate,
# standardization, and the least-squares solution. Here we run the same ideas as PyTorch code, with
# the lecture's data, initial values, learning rate and number of epochs.
#
# The plan:
#
# 1. Build the data: three quiz scores predict the final exam score.
# 2. Train with the weights $w_1, w_2, w_3$ declared one by one.
# 3. Write the same model as a matrix product $XW + b$.
# 4. Check the gradient formula against autograd, and work out why the learning rate must be as small as $10^{-5}$.
# 5. Compute the least-squares solution and use it as the yardstick that gradient descent approaches.
# 6. Standardize the features, train with a far larger learning rate, and compare the shapes of the cost surfaces.
# 7. Finally, do the same with a few `nnintro` calls.

# %% [markdown] lang="ko"
# ## 1. 준비와 데이터
#
# 필요한 모듈을 불러오고 시드(seed)를 고정합니다. 학생 다섯 명의 퀴즈 점수 세 개($x_1, x_2, x_3$)와
# 기말 점수($y$)는 강의와 같습니다. 강의처럼 퀴즈마다 텐서를 하나씩 만듭니다.

# %% [markdown] lang="en"
# ## 1. Setup and data
#
# Import the modules and fix the seed. The three quiz scores ($x_1, x_2, x_3$) and the final
# score ($y$) of five students are the lecture's. As in the lecture, each quiz gets its own tensor.

# %%
import torch
import torch.optim as optim

import nnintro

torch.manual_seed(1)

x1_train = torch.FloatTensor([[73], [93], [89], [96], [73]])
x2_train = torch.FloatTensor([[80], [88], [91], [98], [66]])
x3_train = torch.FloatTensor([[75], [93], [90], [100], [70]])
y_train = torch.FloatTensor([[152], [185], [180], [196], [142]])

print(x1_train.shape, x2_train.shape, x3_train.shape, y_train.shape)

# %% [markdown] lang="ko"
# ## 2. 가중치를 하나씩 선언하기
#
# 특성이 세 개이므로 가중치도 세 개입니다. 가설은
#
# $$
# H(x) = w_1 x_1 + w_2 x_2 + w_3 x_3 + b
# $$
#
# 입니다. 강의처럼 모든 값을 0에서 시작하고, 학습률 $10^{-5}$로 에폭 0부터 20까지 21번 갱신하면서
# 에폭마다 값을 출력합니다. 각 줄의 `Cost`는 그 에폭에서 갱신하기 **전**의 비용이고, 가중치와 편향은 갱신한 **뒤**의 값입니다.
#
# `optim.SGD`는 갱신 규칙(매개변수에서 학습률 × 기울기를 빼기)을 적용하는 옵티마이저(optimizer)입니다. 이름은 확률적 경사 하강법(stochastic gradient descent)에서 왔지만,
# 여기서는 매번 데이터 전체로 기울기를 구하므로 배치 경사 하강법(batch gradient descent)입니다. 세 방식의 비교는 [9장](../theory/09-multi-layer-perceptron.md)에 있습니다.

# %% [markdown] lang="en"
# ## 2. One weight per feature
#
# Three features need three weights. The hypothesis is
#
# $$
# H(x) = w_1 x_1 + w_2 x_2 + w_3 x_3 + b
# $$
#
# As in the lecture, everything starts at 0, and we update 21 times with learning rate $10^{-5}$,
# epochs 0 to 20, printing every epoch. On each line `Cost` is the cost **before** that epoch's
# update; the weights and the bias are the values **after** it.
#
# `optim.SGD` is the optimizer that applies the update rule (subtract the learning rate times the
# gradient from each parameter). It is named after stochastic gradient descent, but here every
# update uses all the data, so it is batch gradient descent; [chapter 9](../theory/09-multi-layer-perceptron.md)
# compares the three.

# %%
w1 = torch.zeros(1, requires_grad=True)
w2 = torch.zeros(1, requires_grad=True)
w3 = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([w1, w2, w3, b], lr=1e-5)

nb_epochs = 20
for epoch in range(nb_epochs + 1):
    hypothesis = x1_train * w1 + x2_train * w2 + x3_train * w3 + b
    cost = torch.mean((hypothesis - y_train) ** 2)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    print('Epoch {:4d}/{} w1: {:.3f} w2: {:.3f} w3: {:.3f} b: {:.3f} Cost: {:.6f}'.format(
        epoch, nb_epochs, w1.item(), w2.item(), w3.item(), b.item(), cost.item()
    ))

# %% [markdown] lang="ko"
# 비용이 29661.8에서 시작해 몇 에폭 만에 한 자리 수까지 떨어지고, 그 뒤로는 아주 천천히 줄어듭니다.
# 첫 걸음에서 세 가중치가 모두 0.29 남짓으로 한꺼번에 커진 반면, 편향 $b$는 0.003밖에 움직이지 않았습니다.
# 이 차이가 4절의 주제입니다.
#
# 이 방식은 특성이 100개라면 가중치 변수도 100개를 따로 선언해야 합니다. 그래서 행렬을 씁니다.

# %% [markdown] lang="en"
# The cost starts at 29661.8, falls to single digits within a few epochs, and after that shrinks
# very slowly. The first step moved all three weights to about 0.29 at once, while the bias $b$
# moved by only 0.003. That difference is the subject of section 4.
#
# With 100 features this style would need 100 separately declared weights. That is why we use a matrix.

# %% [markdown] lang="ko"
# ## 3. 행렬로 쓰기
#
# 학생 한 명의 퀴즈 점수를 한 행(row)으로 쌓으면 $X$는 $5 \times 3$ 행렬이 되고, 가중치를 $3 \times 1$ 열벡터 $W$로 두면
# 다섯 학생의 예측을 행렬 곱 한 번으로 계산할 수 있습니다.
#
# $$
# \underbrace{H(X)}_{5 \times 1} = \underbrace{X}_{5 \times 3}\,\underbrace{W}_{3 \times 1} + b
# $$
#
# 편향 $b$는 숫자 하나이고, 브로드캐스팅(broadcasting)으로 다섯 행 모두에 더해집니다.
# `nnintro.data.quiz_scores()`가 바로 이 `x_train`, `y_train`을 돌려줍니다.

# %% [markdown] lang="en"
# ## 3. The matrix form
#
# Stack each student's quiz scores as one row: $X$ becomes a $5 \times 3$ matrix. With the weights
# as a $3 \times 1$ column vector $W$, one matrix product gives all five predictions.
#
# $$
# \underbrace{H(X)}_{5 \times 1} = \underbrace{X}_{5 \times 3}\,\underbrace{W}_{3 \times 1} + b
# $$
#
# The bias $b$ is one number, added to all five rows by broadcasting.
# `nnintro.data.quiz_scores()` returns exactly this `x_train` and `y_train`.

# %%
x_train = torch.FloatTensor([[73, 80, 75],
                             [93, 88, 93],
                             [89, 91, 90],
                             [96, 98, 100],
                             [73, 66, 70]])
y_train = torch.FloatTensor([[152], [185], [180], [196], [142]])

x_data, y_data = nnintro.data.quiz_scores()
torch.testing.assert_close(x_data, x_train)
torch.testing.assert_close(y_data, y_train)
print(x_train.shape, y_train.shape)

# %% [markdown] lang="ko"
# 학습 코드는 가설 한 줄만 바뀝니다. `x_train.matmul(W)`는 `x_train @ W`와 같습니다.
# 강의처럼 에폭마다 다섯 학생의 예측값과 비용을 출력합니다.

# %% [markdown] lang="en"
# Only the hypothesis line changes. `x_train.matmul(W)` is the same as `x_train @ W`.
# As in the lecture, every epoch prints the five predictions and the cost.

# %%
W = torch.zeros((3, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([W, b], lr=1e-5)

nb_epochs = 20
for epoch in range(nb_epochs + 1):
    hypothesis = x_train.matmul(W) + b
    cost = torch.mean((hypothesis - y_train) ** 2)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    print('Epoch {:4d}/{} hypothesis: {} Cost: {:.6f}'.format(
        epoch, nb_epochs, hypothesis.squeeze().detach(), cost.item()
    ))

# %% [markdown] lang="ko"
# 비용은 2절과 같습니다. 수학적으로 같은 계산을 다르게 적었을 뿐이기 때문입니다.
# 다만 두 코드는 float32로 곱하고 더하는 순서가 달라서, 컴퓨터에 따라 마지막 자리 몇 개가
# 반올림 오차(rounding error)만큼 다르게 나올 수 있습니다. 모든 자리까지 똑같기를 기대해서는 안 됩니다.
# 학습한 $W$가 2절의 $w_1, w_2, w_3$와 반올림 오차 범위에서 같은지 `torch.testing.assert_close`로 확인해 봅시다.

# %% [markdown] lang="en"
# The costs match section 2: it is mathematically the same computation, written differently.
# The two codes multiply and add in a different order in float32, though, so on some computers the
# last few digits differ by rounding error; do not expect them to agree digit for digit. Let us
# check with `torch.testing.assert_close` that the trained $W$ equals $w_1, w_2, w_3$ of section 2
# up to rounding error.

# %%
torch.testing.assert_close(W.detach().view(-1), torch.cat([w1, w2, w3]).detach())
print(W.detach().view(-1), b.detach())

# %% [markdown] lang="ko"
# 21번 갱신한 뒤 첫 번째 학생(퀴즈 73, 80, 75점, 기말 152점)의 예측은 얼마일까요?

# %% [markdown] lang="en"
# After 21 updates, what does the model predict for the first student (quizzes 73, 80, 75; final 152)?

# %%
with torch.no_grad():
    print(torch.FloatTensor([[73, 80, 75]]) @ W + b)

# %% [markdown] lang="ko"
# ## 4. 학습률은 왜 이렇게 작아야 할까?
#
# ### 4.1 기울기는 특성에 비례합니다
#
# 오차를 $e = XW + b - y$라고 하면, 3장의 기울기 식이 행렬로 이렇게 바뀝니다.
#
# $$
# \frac{\partial\,\text{cost}}{\partial W} = \frac{2}{n} X^\top e, \qquad
# \frac{\partial\,\text{cost}}{\partial b} = \frac{2}{n}\sum_{i=1}^{n} e_i
# $$
#
# 가중치 $w_j$의 기울기는 오차에 **그 특성 $x_{ij}$를 곱해서** 더한 값입니다. 퀴즈 점수는 85점 안팎이므로,
# 가중치의 기울기는 편향의 기울기보다 85배쯤 큽니다. $W = 0$, $b = 0$에서 autograd와 이 식을 비교해 봅시다.

# %% [markdown] lang="en"
# ## 4. Why must the learning rate be so small?
#
# ### 4.1 The gradient is proportional to the feature
#
# Write the errors as $e = XW + b - y$. The gradient of chapter 3 becomes, in matrix form,
#
# $$
# \frac{\partial\,\text{cost}}{\partial W} = \frac{2}{n} X^\top e, \qquad
# \frac{\partial\,\text{cost}}{\partial b} = \frac{2}{n}\sum_{i=1}^{n} e_i
# $$
#
# The gradient of the weight $w_j$ adds up the errors **times its feature $x_{ij}$**. Quiz scores
# are around 85, so the weights' gradients are about 85 times the bias's. At $W = 0$, $b = 0$ we
# compare this formula with autograd.

# %%
W = torch.zeros((3, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
cost = torch.mean((x_train @ W + b - y_train) ** 2)
cost.backward()

n = len(x_train)
with torch.no_grad():
    error = x_train @ W + b - y_train
    grad_W = 2 / n * x_train.T @ error
    grad_b = 2 / n * error.sum(dim=0)

torch.testing.assert_close(grad_W, W.grad)
torch.testing.assert_close(grad_b, b.grad)
print(W.grad.view(-1), b.grad)

# %% [markdown] lang="ko"
# 가중치의 기울기는 $-29401$, $-29360$, $-29738$이고 편향의 기울기는 $-342$입니다.
# 학습률 $10^{-5}$를 곱하면 첫 걸음은 가중치가 0.29 남짓, 편향이 0.0034로, 2절에서 본 그대로입니다.
# `nnintro.functional.mse_linear_grad`는 이 두 식을 옮긴 함수입니다([API 문서](../reference/functional.md)).

# %% [markdown] lang="en"
# The weights' gradients are $-29401$, $-29360$ and $-29738$; the bias's is $-342$. Times the
# learning rate $10^{-5}$, the first step moves the weights by about 0.29 and the bias by 0.0034,
# just as section 2 showed. `nnintro.functional.mse_linear_grad` is these two formulas as a
# function ([API page](../reference/functional.md)).

# %%
grad_W_nn, grad_b_nn = nnintro.functional.mse_linear_grad(
    x_train, y_train, W.detach(), b.detach()
)
torch.testing.assert_close(grad_W_nn, W.grad)
torch.testing.assert_close(grad_b_nn, b.grad)

# %% [markdown] lang="ko"
# ### 4.2 학습률을 10배로 키우면
#
# 기울기가 이렇게 크니 학습률을 조금만 키워도 한 걸음이 너무 커집니다. 학습 코드를 함수로 묶고,
# 갱신할 때마다 비용을 기록하게 합니다. `costs[t]`는 $t$번 갱신한 뒤의 비용입니다.

# %% [markdown] lang="en"
# ### 4.2 Ten times the learning rate
#
# With gradients this large, a slightly larger learning rate already makes every step too long.
# We wrap the training code in a function that records the cost; `costs[t]` is the cost after $t$
# updates.

# %%
def train(x, lr, epochs):
    W = torch.zeros((x.shape[1], 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    optimizer = optim.SGD([W, b], lr=lr)
    costs = []
    for epoch in range(epochs):
        cost = torch.mean((x @ W + b - y_train) ** 2)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    costs.append(torch.mean((x @ W + b - y_train) ** 2).item())
    return W.detach(), b.detach(), costs


for lr in [1e-5, 1e-4]:
    _, _, costs = train(x_train, lr, 6)
    print(f"lr = {lr:g}:", " ".join(f"{c:.4g}" for c in costs))

# %% [markdown] lang="ko"
# $10^{-5}$에서는 비용이 빠르게 줄지만, $10^{-4}$에서는 갱신할 때마다 열 배 넘게 커집니다. 발산(divergence)입니다.
#
# ### 4.3 가장 큰 안정한 학습률
#
# 이 절은 끝의 조건수까지 선형대수(고윳값, eigenvalue)를 쓰는 더 깊은 내용이라 건너뛰어도 됩니다.
# 결론은 두 가지입니다. 수렴하는 학습률에는 한계가 있고(여기서는 약 $4.5 \times 10^{-5}$), 그 한계에 맞춰 학습률을 작게 잡으면 어떤 방향으로는 거의 움직이지 못합니다.
#
# 3장에서 $W$ 하나만 학습할 때 비용의 곡률(curvature) $c = \frac{2}{n}\sum_i x_i^2$를 구했고,
# 학습률이 $2/c$보다 작아야 수렴했습니다. 매개변수가 여러 개이면 $c$ 자리에 행렬
# $A = \frac{2}{n}\tilde X^\top \tilde X$가 옵니다. 여기서 $\tilde X = [X\ \mathbf{1}]$은 $X$ 오른쪽에 1로 된 열을 붙인 행렬로,
# 마지막 열이 편향 $b$에 곱해집니다. 경사 하강법은 $A$의 고윳값(eigenvalue) $\lambda$마다 그 방향의 거리에
# $1 - \alpha\lambda$를 곱하므로, 가장 큰 고윳값 $\lambda_{\max}$에 대해 $\alpha < 2/\lambda_{\max}$여야 수렴합니다.

# %% [markdown] lang="en"
# At $10^{-5}$ the cost drops quickly; at $10^{-4}$ it grows more than tenfold at every update.
# That is divergence.
#
# ### 4.3 The largest stable learning rate
#
# This section, including the condition number at its end, goes deeper with linear algebra
# (eigenvalues); you may skip it. Its two conclusions: the learning rate has a limit beyond which
# gradient descent diverges (here about $4.5 \times 10^{-5}$), and a learning rate small enough for
# that limit hardly moves along some directions.
#
# In chapter 3, learning $W$ alone, the cost had curvature $c = \frac{2}{n}\sum_i x_i^2$ and gradient
# descent converged for learning rates below $2/c$. With several parameters the number $c$ becomes
# the matrix $A = \frac{2}{n}\tilde X^\top \tilde X$, where $\tilde X = [X\ \mathbf{1}]$ is $X$ with
# a column of ones appended; that last column multiplies the bias $b$. Gradient descent multiplies
# the distance along each eigenvector of $A$ by $1 - \alpha\lambda$, $\lambda$ its eigenvalue, so it
# converges when $\alpha < 2/\lambda_{\max}$ for the largest eigenvalue $\lambda_{\max}$.

# %%
x_tilde = torch.cat([x_train, torch.ones(len(x_train), 1)], dim=1).double()
A = 2 / len(x_tilde) * x_tilde.T @ x_tilde
eigenvalues = torch.linalg.eigvalsh(A)
print(eigenvalues)
print(f"2 / lambda_max = {2 / eigenvalues[-1].item():.4g}")
print(f"lambda_max / lambda_min = {eigenvalues[-1].item() / eigenvalues[0].item():.3g}")

# %% [markdown] lang="ko"
# 가장 큰 고윳값은 약 44014이고, 경계는 $2/\lambda_{\max} \approx 4.544 \times 10^{-5}$입니다.
# 강의의 $10^{-5}$는 이 경계의 4.5분의 1쯤 되는 안전한 값입니다. 경계 바로 아래와 바로 위에서 2,000 에폭씩 학습해 확인해 봅시다.
# `nnintro.functional.max_stable_lr`이 같은 값을 계산합니다.

# %% [markdown] lang="en"
# The largest eigenvalue is about 44014, so the limit is $2/\lambda_{\max} \approx 4.544 \times 10^{-5}$.
# The lecture's $10^{-5}$ is a safe value, about a 4.5th of it. Let us train for 2,000 epochs just
# below and just above the limit. `nnintro.functional.max_stable_lr` computes the same value.

# %%
print(f"{nnintro.functional.max_stable_lr(x_train):.4g}")
for lr in [4.5e-5, 4.6e-5]:
    _, _, costs = train(x_train, lr, 2000)
    print(f"lr = {lr:g}: cost after 2000 epochs = {costs[-1]:.4g}")

# %% [markdown] lang="ko"
# 경계 바로 아래인 $4.5 \times 10^{-5}$는 수렴하고, 바로 위인 $4.6 \times 10^{-5}$는 비용이 `inf`가 됩니다.
#
# 반대쪽 끝도 중요합니다. 가장 작은 고윳값은 0.0064 정도라서 두 고윳값의 비가 약 686만입니다.
# 학습률은 가장 가파른 방향에 맞춰 작게 잡아야 하므로, 가장 완만한 방향으로는 한 번에
# $1 - 10^{-5} \times 0.0064$배, 즉 거의 움직이지 못합니다. 이 비율을 조건수(condition number)라고 합니다.

# %% [markdown] lang="en"
# Just below the limit, $4.5 \times 10^{-5}$ converges; just above it, $4.6 \times 10^{-5}$ ends
# at `inf`.
#
# The other end matters too. The smallest eigenvalue is about 0.0064, so the ratio of the two is
# about 6.86 million. The learning rate must be small enough for the steepest direction, and
# along the flattest direction each step then multiplies the distance by $1 - 10^{-5} \times 0.0064$:
# it hardly moves at all. This ratio is called the condition number.

# %% [markdown] lang="ko"
# ## 5. 최소제곱 해: 경사 하강법이 다가가는 목표
#
# 선형 회귀의 비용은 이차식이라서 가장 낮은 점 $\theta^* = [W^*;\ b^*]$를 경사 하강법 없이 바로 구할 수 있습니다
# (식은 이론 페이지의 "더 깊이: 정규 방정식"에 있습니다). `torch.linalg.lstsq`가 이 최소제곱 문제를 풉니다.
# 반올림 오차를 줄이려고 float64로 계산합니다.

# %% [markdown] lang="en"
# ## 5. The least-squares solution: where gradient descent is heading
#
# The cost of linear regression is quadratic, so its lowest point $\theta^* = [W^*;\ b^*]$ can be
# computed directly, without gradient descent (the formula is in the theory page's "Going deeper:
# the normal equations"). `torch.linalg.lstsq` solves this least-squares problem; we compute in
# float64 to keep rounding errors small.

# %%
solution = torch.linalg.lstsq(x_tilde, y_train.double()).solution
W_star, b_star = solution[:3], solution[3]
cost_star = torch.mean((x_tilde @ solution - y_train.double()) ** 2).item()
print(W_star.view(-1), b_star)
print(f"cost* = {cost_star:.6f}")

W_nn, b_nn = nnintro.functional.least_squares(x_train, y_train)
torch.testing.assert_close(W_nn, W_star.float())
torch.testing.assert_close(b_nn, b_star.float())

# %% [markdown] lang="ko"
# 어떤 $W$와 $b$도 비용을 0.104326보다 낮출 수 없습니다. 이제 강의 설정(학습률 $10^{-5}$, 0에서 출발)으로 20,000 에폭까지 학습하면서,
# 비용이 이 최솟값보다 얼마나 높은지(간격, gap)를 몇 군데에서 출력합니다.

# %% [markdown] lang="en"
# No $W$ and $b$ can bring the cost below 0.104326. Now train with the lecture's settings
# (learning rate $10^{-5}$, starting at 0) for 20,000 epochs and print, at a few points, how far
# the cost still is above this minimum (the gap).

# %%
W_gd, b_gd, costs_raw = train(x_train, 1e-5, 20_000)
for epochs in [20, 200, 2000, 20_000]:
    cost = costs_raw[epochs]
    print(f"{epochs:>6} epochs: cost = {cost:.6f}, gap = {cost - cost_star:.6f}")

# %% [markdown] lang="ko"
# 출력을 보면 간격은 분명히 줄어들지만 아주 느리게 줄어서, 20,000 에폭 뒤에도 아직 0과는 거리가 있습니다.
# 학습한 매개변수를 최소제곱 해와 나란히 놓아 보면 더 놀랍습니다.

# %% [markdown] lang="en"
# The output shows the gap shrinking, but very slowly: even after 20,000 epochs it is still some
# way from 0. Putting the trained parameters next to the least-squares solution is even more
# telling.

# %%
print("gradient descent:", W_gd.view(-1), b_gd)
print("least squares:   ", W_star.view(-1).float(), b_star.float())

# %% [markdown] lang="ko"
# 비용은 거의 같은데 매개변수는 꽤 다릅니다. 특히 $b$는 4.4가 되어야 하는데 아직 출발점인 0 근처에 머물러 있습니다.
# 비용 곡면에 아주 완만한 골짜기가 있어서, 그 골짜기를 따라 한참 움직여도 비용은 거의 바뀌지 않기 때문입니다.
# 4.3절의 작은 고윳값이 바로 그 방향입니다.

# %% [markdown] lang="en"
# The costs are almost equal, yet the parameters are quite different: $b$ in particular should be
# 4.4 and is still near its starting point, 0. The cost surface has a very flat valley, and moving
# a long way along it hardly changes the cost. The small eigenvalue of section 4.3 is that direction.

# %% [markdown] lang="ko"
# ## 6. 특성 표준화
#
# ### 6.1 평균 0, 표준편차 1로 맞추기
#
# 문제는 특성이 85점 근처의 큰 수이고 평균이 0에서 멀다는 것입니다. 각 열에서 평균 $\mu_j$를 빼고
# 표준편차(standard deviation) $\sigma_j$로 나누면 모든 특성이 평균 0, 표준편차 1이 됩니다.
#
# $$
# z_{ij} = \frac{x_{ij} - \mu_j}{\sigma_j}
# $$
#
# 표준편차는 $n$으로 나누는 값(`correction=0`)을 씁니다.

# %% [markdown] lang="en"
# ## 6. Standardizing the features
#
# ### 6.1 Mean 0, standard deviation 1
#
# The trouble is that the features are large numbers near 85 whose mean is far from 0. Subtracting
# each column's mean $\mu_j$ and dividing by its standard deviation $\sigma_j$ gives every feature
# mean 0 and standard deviation 1:
#
# $$
# z_{ij} = \frac{x_{ij} - \mu_j}{\sigma_j}
# $$
#
# We use the standard deviation that divides by $n$ (`correction=0`).

# %%
mean = x_train.mean(dim=0)
std = x_train.std(dim=0, correction=0)
z_train = (x_train - mean) / std
print(mean, std)
print(z_train)

# %% [markdown] lang="ko"
# 같은 방법으로 표준화한 문제의 곡률 행렬을 보면, 가장 큰 고윳값이 44014에서 5.76으로 줄어서
# 경계가 $0.3475$로 올라갑니다. 약 7,600배 큰 학습률을 쓸 수 있습니다.

# %% [markdown] lang="en"
# The curvature matrix of the standardized problem has its largest eigenvalue down from 44014 to
# 5.76, so the limit rises to $0.3475$: a learning rate about 7,600 times larger.

# %%
z_tilde = torch.cat([z_train, torch.ones(len(z_train), 1)], dim=1).double()
eigenvalues_z = torch.linalg.eigvalsh(2 / len(z_tilde) * z_tilde.T @ z_tilde)
print(eigenvalues_z)
print(f"2 / lambda_max = {2 / eigenvalues_z[-1].item():.4g}")
print(f"lambda_max / lambda_min = {eigenvalues_z[-1].item() / eigenvalues_z[0].item():.4g}")

# %% [markdown] lang="ko"
# 조건수도 686만에서 1276으로 줄었습니다. 다만 1이 되지는 않습니다. 세 퀴즈 점수가 서로 강하게 상관되어
# 있어서(잘하는 학생은 세 퀴즈를 모두 잘 봅니다) 남는 길쭉함이고, 표준화는 크기와 평균의 문제만 고칩니다.
#
# ### 6.2 같은 에폭, 다른 결과
#
# 원래 특성은 학습률 $10^{-5}$로, 표준화한 특성은 학습률 $0.1$로 2,000 에폭씩 학습해서 비교합니다.
# 두 모델은 같은 예측을 할 수 있으므로(6.4절) 가장 낮은 비용도 똑같이 0.104326입니다.

# %% [markdown] lang="en"
# The condition number also drops, from 6.86 million to 1276. It does not become 1: the three quiz
# scores are strongly correlated (a student who does well does well in all three), and that
# elongation remains. Standardizing fixes the scale and the mean, nothing more.
#
# ### 6.2 Same epochs, different results
#
# Train on the raw features with learning rate $10^{-5}$ and on the standardized ones with
# learning rate $0.1$, 2,000 epochs each. Both models can make the same predictions (section
# 6.4), so their lowest cost is the same 0.104326.

# %%
W_z, b_z, costs_z = train(z_train, 0.1, 2000)
for epochs in [20, 200, 2000]:
    print(f"{epochs:>5} epochs: gap x = {costs_raw[epochs] - cost_star:.6f}, "
          f"gap z = {costs_z[epochs] - cost_star:.6f}")

# %% [markdown] lang="ko"
# 2,000 에폭 뒤의 간격은 표준화한 특성 쪽이 훨씬 작습니다. 표준화한 특성으로 200 에폭만 돌린 결과도
# 원래 특성으로 20,000 에폭을 돌린 5절의 결과보다 좋습니다. 두 학습 곡선을 간격으로 그려 봅시다.
# 로그 스케일(log scale)이라 간격이 10배 줄 때마다 눈금 하나만큼 내려갑니다.

# %% [markdown] lang="en"
# After 2,000 epochs the gap is far smaller with the standardized features. Even 200 epochs on
# standardized features beat 20,000 epochs on raw features (section 5). Let us plot both learning
# curves as gaps; on the log scale every tenfold drop is one tick down.

# %%
fig = nnintro.plot.loss_history({
    r"$x$, $\alpha = 10^{-5}$": [c - cost_star for c in costs_raw[:2001]],
    r"$z$, $\alpha = 0.1$": [c - cost_star for c in costs_z],
})
fig.axes[0].set_ylabel(r"$\mathrm{cost} - \mathrm{cost}^*$")
fig

# %% [markdown] lang="ko"
# ### 6.3 비용 곡면의 모양
#
# 왜 이렇게 다를까요? 가중치 $w_1$과 편향 $b$만 움직이고 나머지는 최소제곱 해에 고정하면 비용을 평면 위의
# 등고선(contour)으로 그릴 수 있습니다. `nnintro.plot.cost_contour`가 그 등고선과 가장 낮은 점(초록색),
# 그리고 0에서 출발한 경사 하강법 30걸음(빨간색)을 그립니다. `ax=`로 그림 한 장의 두 칸에 나란히 그립니다.

# %% [markdown] lang="en"
# ### 6.3 The shape of the cost surface
#
# Why the difference? Move only the weight $w_1$ and the bias $b$, keeping the other weights at
# the least-squares solution, and the cost can be drawn as contours on a plane.
# `nnintro.plot.cost_contour` draws the contours, the lowest point (green) and 30 steps of
# gradient descent from 0 (red). With `ax=` we put the two cases side by side in one figure.

# %%
W_z_star, b_z_star = nnintro.functional.least_squares(z_train, y_train)

fig = nnintro.plot.figure(figsize=(7, 3.6), layout="constrained")
left, right = fig.subplots(1, 2)
nnintro.plot.cost_contour(
    x_train, y_train, W_nn, b_nn, vary=("w1", "b"),
    ranges=((-0.5, 2.0), (-60, 60)), start=(0, 0), lr=1e-5, steps=30, ax=left,
)
nnintro.plot.cost_contour(
    z_train, y_train, W_z_star, b_z_star, vary=("w1", "b"),
    ranges=((-180, 200), (-10, 370)), start=(0, 0), lr=0.1, steps=30, ax=right,
)
right.set_aspect("equal")
fig

# %% [markdown] lang="ko"
# 왼쪽(원래 특성)의 등고선은 길고 좁은 골짜기입니다. $w_1$ 방향으로는 아주 가파르고, 골짜기를 따라가는 방향으로는 거의 평평합니다.
# 경사 하강법은 가파른 벽을 따라 몇 걸음 만에 골짜기 바닥으로 내려가지만, 그다음에는 바닥을 따라 초록 점까지 가지 못합니다.
# 오른쪽(표준화한 특성)은 동그란 그릇이라서 경사 하강법이 곧장 가장 낮은 점으로 갑니다.
# 표준화한 특성은 평균이 0이라 $w_1$과 $b$가 서로 얽히지 않고, 표준편차가 1이라 두 방향의 곡률이 같기 때문입니다.

# %% [markdown] lang="en"
# On the left (raw features) the contours form a long, narrow valley: very steep across it, in the
# $w_1$ direction, and almost flat along it. Gradient descent drops down the steep wall to the
# valley floor in a few steps, but then cannot travel along the floor to the green point. On the
# right (standardized features) the bowl is round, and gradient descent goes straight to the
# lowest point. The standardized feature has mean 0, so $w_1$ and $b$ no longer interfere, and
# standard deviation 1, so both directions have the same curvature.

# %% [markdown] lang="ko"
# ### 6.4 원래 단위로 되돌리기와 새 데이터
#
# 표준화한 특성으로 학습한 모델 $H = zW_z + b_z$는 원래 점수로 쓰면
# $w_j = w_{z,j}/\sigma_j$, $b = b_z - \sum_j w_{z,j}\mu_j/\sigma_j$인 모델과 같습니다.
# 새로운 학생의 점수도 **훈련 데이터의** 평균과 표준편차로 표준화해야 합니다. 새 데이터로 평균을 다시 구하면 모델이 배운 것과 다른 눈금이 됩니다.

# %% [markdown] lang="en"
# ### 6.4 Back to raw units, and new data
#
# The model $H = zW_z + b_z$ trained on standardized features is, in raw scores, the model with
# $w_j = w_{z,j}/\sigma_j$ and $b = b_z - \sum_j w_{z,j}\mu_j/\sigma_j$.
# A new student's scores must be standardized with the **training** mean and standard deviation;
# recomputing them from the new data would put the inputs on a different scale than the model learned.

# %%
W_back = W_z / std.view(-1, 1)
b_back = b_z - (W_z.view(-1) * mean / std).sum()
print(W_back.view(-1), b_back)

new_student = torch.FloatTensor([[73, 80, 75]])
z_new = (new_student - mean) / std
print((z_new @ W_z + b_z).item(), (new_student @ W_back + b_back).item())

# %% [markdown] lang="ko"
# 두 방법의 예측은 반올림 오차 범위에서 같고, 첫 번째 학생의 실제 점수인 152점에 가깝습니다. 원래 단위로 되돌린 $W$는
# 2,000 에폭 만에 최소제곱 해(0.80, 0.41, 0.75, 편향 4.40)에 5절의 20,000 에폭보다 훨씬 가까워졌습니다.
# 다만 세 퀴즈가 강하게 상관된 방향은 여기서도 느려서 아직 같지는 않습니다.

# %% [markdown] lang="en"
# The two ways give the same prediction up to rounding error, close to the first student's actual
# score of 152. Back in raw units, after only 2,000 epochs $W$ is much closer to the least-squares
# solution (0.80, 0.41, 0.75, bias 4.40) than the 20,000 epochs of section 5 got. The direction in
# which the three quizzes are strongly correlated is slow here too, so it is not equal yet.

# %% [markdown] lang="ko"
# ## 7. `nnintro` 함수로 같은 일 하기
#
# - `nnintro.functional.standardize(x)`: 표준화한 `z`와 함께 쓴 평균과 표준편차를 돌려줍니다. 새 데이터는 `standardize(x_new, mean, std)`로 같은 눈금을 씁니다. 표준편차가 0인 열(모든 값이 같은 특성)이 있으면 오류를 냅니다.
# - `nnintro.functional.least_squares(x, y)`: 최소제곱 해 $W^*$, $b^*$.
# - `nnintro.functional.max_stable_lr(x)`: $2/\lambda_{\max}$.
# - `nnintro.models.LinearRegression(3)`과 `nnintro.train.fit`: 3장과 같은 학습 루프. 특성이 세 개이므로 `in_features`에 3을 줍니다.
#
# 자세한 설명은 [`nnintro.functional` API 문서](../reference/functional.md)와 [`nnintro.train` API 문서](../reference/train.md)에 있습니다.

# %% [markdown] lang="en"
# ## 7. The same with `nnintro`
#
# - `nnintro.functional.standardize(x)` returns the standardized `z` with the mean and standard deviation it used; new data goes through `standardize(x_new, mean, std)` to share the scale. A column whose standard deviation is 0 (a feature with one value) is an error.
# - `nnintro.functional.least_squares(x, y)` gives the least-squares $W^*$ and $b^*$.
# - `nnintro.functional.max_stable_lr(x)` gives $2/\lambda_{\max}$.
# - `nnintro.models.LinearRegression(3)` and `nnintro.train.fit` are the training loop of chapter 3; with three features, `in_features` is 3.
#
# See the [`nnintro.functional` API page](../reference/functional.md) and the
# [`nnintro.train` API page](../reference/train.md).

# %%
x, y = nnintro.data.quiz_scores()
z, mean, std = nnintro.functional.standardize(x)
print(f"{nnintro.functional.max_stable_lr(x):.4g}", f"{nnintro.functional.max_stable_lr(z):.4g}")

model = nnintro.models.LinearRegression(3, zero_init=True)
history = nnintro.train.fit(model, z, y, lr=0.1, epochs=2000, log_every=500)

W_fit, b_fit = nnintro.functional.least_squares(z, y)
print(model.linear.weight.detach(), model.linear.bias.detach())
print(W_fit.view(-1), b_fit)

# %% [markdown] lang="ko"
# `nn.Linear`는 가중치를 $W^\top$ 모양인 (1, 3)으로 저장합니다. 이 이야기는 [5장](../theory/05-nn-module.md)에서 다룹니다.
# 새 학생은 훈련 데이터의 `mean`, `std`로 표준화한 뒤 모델에 넣습니다.

# %% [markdown] lang="en"
# `nn.Linear` stores the weights with the shape of $W^\top$, (1, 3); [chapter 5](../theory/05-nn-module.md)
# is about that. A new student is standardized with the training `mean` and `std` before going
# into the model.

# %%
new_student = torch.FloatTensor([[73, 80, 75]])
z_new, _, _ = nnintro.functional.standardize(new_student, mean, std)
with torch.no_grad():
    print(model(z_new))

# %% [markdown] lang="ko"
# ## 8. 정리
#
# - 특성이 $d$개이면 가설은 $H(X) = XW + b$이고, 모양은 $(n \times d)(d \times 1) + b = (n \times 1)$입니다. 가중치를 따로 쓴 식과 수학적으로 같은 계산이며, float32에서는 반올림 오차만큼 다를 수 있습니다.
# - 가중치의 기울기 $\frac{2}{n}X^\top e$는 특성의 크기에 비례합니다. 그래서 85점 근처의 점수에는 $10^{-5}$ 같은 작은 학습률이 필요합니다.
# - 경사 하강법이 수렴하는 가장 큰 학습률은 여기서 약 $4.544 \times 10^{-5}$입니다(4.3절: $2/\lambda_{\max}$). 그 한계에 맞춰 작게 잡은 학습률로는 완만한 방향의 학습이 아주 느립니다.
# - 최소제곱 해는 비용의 가장 낮은 점입니다. 경사 하강법은 그곳으로 다가가지만, 원래 특성으로는 20,000 에폭 뒤에도 아직 멉니다.
# - 특성을 표준화하면 곡면이 둥글어져서 큰 학습률로 빠르게 학습합니다. 새 데이터는 훈련 데이터의 평균과 표준편차로 표준화합니다.

# %% [markdown] lang="en"
# ## 8. Summary
#
# - With $d$ features the hypothesis is $H(X) = XW + b$, with shapes $(n \times d)(d \times 1) + b = (n \times 1)$. It is mathematically the same computation as the one-weight-per-feature version; in float32 the two may differ by rounding error.
# - The weights' gradient $\frac{2}{n}X^\top e$ is proportional to the size of the features, which is why scores near 85 need a learning rate as small as $10^{-5}$.
# - The largest learning rate at which gradient descent converges is here about $4.544 \times 10^{-5}$ (section 4.3: $2/\lambda_{\max}$). A learning rate small enough for that limit learns very slowly along the flat directions.
# - The least-squares solution is the lowest point of the cost. Gradient descent approaches it, but with raw features it is still far away after 20,000 epochs.
# - Standardizing the features makes the surface round, so a large learning rate trains quickly. New data is standardized with the training mean and standard deviation.

# %% [markdown] lang="ko"
# ## 9. 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 맞으면 "정답입니다!", 틀리면 흔히 하는 실수에 맞춘 힌트가 나옵니다.
# 문제마다 힌트와 풀이가 접혀 있고, 코드에서는 `ch04.q1.hint()`, `ch04.q1.solution()`으로 볼 수 있습니다.
# 셀을 실행하기 전에 `...`를 여러분의 답으로 바꾸세요.

# %% [markdown] lang="en"
# ## 9. Exercises
#
# Write your answer and check it with `check`: a right answer says "Correct!", a wrong one gets a hint
# aimed at the usual mistake. Each exercise has its hint and solution folded below it; in code,
# `ch04.q1.hint()` and `ch04.q1.solution()` show them. Replace `...` with your answer before running
# a cell.

# %%
from nnintro import exercises
from nnintro.exercises import ch04

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch04.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch04.q1 }}

# %%
params = ...  # (W, b)

ch04.q1.check(params)

# %% [markdown] lang="ko"
# {{ exercise ch04.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch04.q2 }}

# %%
score = ...

ch04.q2.check(score)

# %% [markdown] lang="ko"
# {{ exercise ch04.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch04.q3 }}

# %%
def my_grad(x, y, W, b):
    ...  # your code here


ch04.q3.check(my_grad)

# %% [markdown] lang="ko"
# {{ exercise ch04.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch04.q4 }}

# %%
def my_standardize(x):
    ...  # your code here


ch04.q4.check(my_standardize)

# %% [markdown] lang="ko"
# ### 더 해 보기
#
# 확인 함수는 없지만 해 볼 만한 실험입니다.
#
# 1. 6.2절에서 표준화한 특성의 학습률을 0.3, 0.34, 0.35로 바꿔 보세요. 4.3절처럼 계산한 경계 0.3475와 결과가 맞나요?
# 2. 표준화하지 않고 평균만 빼면(`x_train - mean`) 가장 큰 안정한 학습률은 어떻게 되나요? `nnintro.functional.max_stable_lr`로 확인해 보세요.
# 3. 5절의 `W_gd`, `b_gd`로 다섯 학생의 점수를 예측하고, 최소제곱 해의 예측과 비교해 보세요. 매개변수는 다른데 예측이 비슷한 이유는 무엇일까요?

# %% [markdown] lang="en"
# ### More to try
#
# Experiments worth running, without a check.
#
# 1. In section 6.2, train on the standardized features with learning rates 0.3, 0.34 and 0.35. Do the results agree with the limit 0.3475, worked out as in section 4.3?
# 2. Subtract the mean only, without dividing by the standard deviation (`x_train - mean`). What is the largest stable learning rate now? Check with `nnintro.functional.max_stable_lr`.
# 3. Use `W_gd` and `b_gd` from section 5 to predict the five students' scores, and compare with the predictions of the least-squares solution. Why are the predictions close although the parameters differ?
