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
# # nn.Module과 클래스 튜토리얼
#
# 3장과 4장에서는 가중치 $W$와 편향 $b$를 `torch.zeros(..., requires_grad=True)`로 직접 만들고, 가설과 비용도 직접 적었습니다.
# [이론 페이지](../theory/05-nn-module.md)에서 본 것처럼 PyTorch에는 이 일을 대신해 주는 도구가 있습니다.
# 이 튜토리얼에서는 같은 두 문제(단순 선형 회귀와 다중 선형 회귀)를 그 도구로 다시 풉니다. 데이터, 시드(seed), 학습률, 에폭 수는 강의와 같습니다.
#
# 1. `nn.Linear`로 모델을 만들고 `model.parameters()`로 매개변수(parameter)를 봅니다.
# 2. `F.mse_loss`를 비용으로 써서 단순 선형 회귀를 학습하고, 새 입력을 예측합니다.
# 3. 같은 방법으로 다중 선형 회귀를 학습합니다.
# 4. 같은 모델을 `nn.Module`을 상속한 클래스로 씁니다.
# 5. 모델을 클래스로 만들면 무엇이 좋은지 코드로 확인합니다.
# 6. 마지막으로 `nnintro`의 같은 모델과 학습 함수를 씁니다.

# %% [markdown] lang="en"
# # nn.Module and classes tutorial
#
# In chapters 3 and 4 we created the weight $W$ and the bias $b$ ourselves with
# `torch.zeros(..., requires_grad=True)` and wrote the hypothesis and the cost by hand. As the
# [theory page](../theory/05-nn-module.md) explained, PyTorch has tools that do this for us. This
# tutorial solves the same two problems, simple and multivariable linear regression, with those
# tools. Data, seed, learning rates and epochs are the lecture's.
#
# 1. Build the model with `nn.Linear` and look at its parameters with `model.parameters()`.
# 2. Train simple linear regression with `F.mse_loss` as the cost, and predict a new input.
# 3. Train multivariable linear regression the same way.
# 4. Write the same models as classes that inherit from `nn.Module`.
# 5. See in code what writing a model as a class buys us.
# 6. Finally, use the same model and training function from `nnintro`.

# %% [markdown] lang="ko"
# ## 1. 준비
#
# `torch.nn`은 신경망의 층(layer)과 모델을 만드는 도구를 모은 모듈이고, `torch.nn.functional`(관례상 `F`)은
# 비용 함수 같은 함수들을 모은 모듈입니다. `nn.Linear`는 가중치를 **무작위로** 초기화하므로,
# 강의와 같은 값을 얻으려면 모델을 만들기 전에 시드를 1로 고정해야 합니다.

# %% [markdown] lang="en"
# ## 1. Setup
#
# `torch.nn` collects the building blocks of neural networks, layers and models, and
# `torch.nn.functional` (by convention `F`) collects functions such as costs. `nn.Linear`
# initialises its weights **at random**, so to get the lecture's values we must fix the seed to 1
# before building the model.

# %%
import io

import torch
import torch.nn as nn
import torch.nn.functional as F

import nnintro

torch.manual_seed(1)

x_train = torch.FloatTensor([[1], [2], [3]])
y_train = torch.FloatTensor([[2], [4], [6]])

# %% [markdown] lang="ko"
# ## 2. `nn.Linear`로 단순 선형 회귀
#
# ### 2.1 모델과 매개변수
#
# `nn.Linear(input_dim, output_dim)`은 가설 $H(x) = Wx + b$를 계산하는 층입니다. 입력 특성 하나로 출력 하나를 내므로
# `nn.Linear(1, 1)`입니다. $W$와 $b$를 직접 선언하지 않아도 층이 만들어서 가지고 있고, `model.parameters()`로 꺼내 볼 수 있습니다.

# %% [markdown] lang="en"
# ## 2. Simple linear regression with `nn.Linear`
#
# ### 2.1 The model and its parameters
#
# `nn.Linear(input_dim, output_dim)` is a layer that computes the hypothesis $H(x) = Wx + b$. One
# input feature and one output make it `nn.Linear(1, 1)`. We do not declare $W$ and $b$: the layer
# creates and holds them, and `model.parameters()` hands them out.

# %%
model = nn.Linear(1, 1)
print(list(model.parameters()))

# %% [markdown] lang="ko"
# 첫 번째가 가중치 $W = 0.5153$, 두 번째가 편향 $b = -0.4414$입니다. 강의와 같은 값입니다.
# 둘 다 `requires_grad=True`이므로 따로 지정하지 않아도 학습할 대상입니다.
# 출력에 보이는 `Parameter`는 "이 텐서는 모델의 매개변수"라고 표시해 둔 텐서입니다. 5절에서 이 표시가 하는 일을 봅니다.

# %% [markdown] lang="en"
# The first is the weight, $W = 0.5153$, the second the bias, $b = -0.4414$: the lecture's values.
# Both have `requires_grad=True`, so they are trained without our asking. The `Parameter` in the
# output marks a tensor as "a parameter of the model"; section 5 shows what that mark does.

# %% [markdown] lang="ko"
# ### 2.2 학습
#
# 옵티마이저(optimizer)에는 `[W, b]` 대신 `model.parameters()`를 넘깁니다. 가설은 `model(x_train)`, 비용은 `F.mse_loss`입니다.
# 나머지(`zero_grad` → `backward` → `step`)는 3장과 같습니다. 강의처럼 에폭 0부터 2000까지 2,001번 갱신하고 100 에폭마다 비용을 출력합니다.

# %% [markdown] lang="en"
# ### 2.2 Training
#
# The optimizer gets `model.parameters()` instead of `[W, b]`. The hypothesis is
# `model(x_train)` and the cost is `F.mse_loss`. The rest (`zero_grad` → `backward` → `step`) is
# chapter 3's. As in the lecture we update 2,001 times, epochs 0 to 2000, printing the cost every
# 100 epochs.

# %%
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

nb_epochs = 2000
for epoch in range(nb_epochs + 1):
    prediction = model(x_train)
    cost = F.mse_loss(prediction, y_train)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 100 == 0:
        print('Epoch {:4d}/{} Cost: {:.6f}'.format(epoch, nb_epochs, cost.item()))

# %% [markdown] lang="ko"
# `F.mse_loss(prediction, y_train)`는 3장에서 직접 쓴 `torch.mean((prediction - y_train) ** 2)`와 같은 값입니다.
# 확인해 봅시다.

# %% [markdown] lang="en"
# `F.mse_loss(prediction, y_train)` is the same value as chapter 3's hand-written
# `torch.mean((prediction - y_train) ** 2)`. Let us check.

# %%
with torch.no_grad():
    prediction = model(x_train)
    print(F.mse_loss(prediction, y_train).item())
    print(torch.mean((prediction - y_train) ** 2).item())

# %% [markdown] lang="ko"
# ### 2.3 새 입력 예측하기
#
# 학습한 모델에 4를 넣어 봅시다. $y = 2x$이므로 8에 가까워야 합니다. 모델을 함수처럼 부르면 됩니다.

# %% [markdown] lang="en"
# ### 2.3 Predicting a new input
#
# Feed 4 to the trained model. Since $y = 2x$, the answer should be close to 8. We call the model
# like a function.

# %%
new_var = torch.FloatTensor([[4.0]])
with torch.no_grad():
    pred_y = model(new_var)
print(pred_y)
print(list(model.parameters()))

# %% [markdown] lang="ko"
# 예측값은 8에 가깝고, 가중치는 2에, 편향은 0에 가깝습니다. 3장에서 $W$와 $b$를 0에서 시작했을 때와
# 출발점이 다르므로 마지막 자리는 조금 다르지만, 도착한 곳은 같은 직선 $y = 2x$입니다.

# %% [markdown] lang="en"
# The prediction is close to 8, the weight is close to 2 and the bias close to 0. The starting
# point differs from chapter 3's $W = b = 0$, so the last digits differ a little, but we arrive at
# the same line $y = 2x$.

# %% [markdown] lang="ko"
# ## 3. 다중 선형 회귀
#
# 4장의 퀴즈 데이터도 같습니다. 특성이 세 개, 출력이 하나이므로 `nn.Linear(3, 1)`이고, 학습률은 4장처럼 $10^{-5}$입니다.
# 시드를 다시 1로 고정한 뒤 모델을 만듭니다.

# %% [markdown] lang="en"
# ## 3. Multivariable linear regression
#
# The quiz data of chapter 4 work the same way. Three features and one output make
# `nn.Linear(3, 1)`, and the learning rate is chapter 4's $10^{-5}$. We fix the seed to 1 again
# before building the model.

# %%
x_train_3, y_train_3 = nnintro.data.quiz_scores()

torch.manual_seed(1)
model = nn.Linear(3, 1)
print(list(model.parameters()))

# %% [markdown] lang="ko"
# 가중치의 모양이 (1, 3)입니다. `nn.Linear`는 가중치를 (출력 수, 입력 수) 모양으로 저장하고 $H(X) = XW^\top + b$를 계산합니다.
# 4장의 $3 \times 1$ 열벡터 $W$를 눕혀서 저장한 셈입니다.

# %% [markdown] lang="en"
# The weight has shape (1, 3). `nn.Linear` stores its weight as (outputs, inputs) and computes
# $H(X) = XW^\top + b$: chapter 4's $3 \times 1$ column $W$, stored lying down.

# %%
optimizer = torch.optim.SGD(model.parameters(), lr=1e-5)

nb_epochs = 2000
for epoch in range(nb_epochs + 1):
    prediction = model(x_train_3)
    cost = F.mse_loss(prediction, y_train_3)

    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch % 100 == 0:
        print('Epoch {:4d}/{} Cost: {:.6f}'.format(epoch, nb_epochs, cost.item()))

# %% [markdown] lang="ko"
# 첫 번째 학생의 점수(73, 80, 75)를 넣어 봅시다. 실제 기말 점수는 152점입니다.

# %% [markdown] lang="en"
# Feed the first student's scores (73, 80, 75); the actual final score is 152.

# %%
new_var = torch.FloatTensor([[73, 80, 75]])
with torch.no_grad():
    pred_y = model(new_var)
print(pred_y)
print(list(model.parameters()))

# %% [markdown] lang="ko"
# 152점에 가까운 값을 예측합니다. 4장에서 본 것처럼 원래 점수로는 비용 곡면의 골짜기가 좁고 길어서,
# 2,001번 갱신한 뒤에도 매개변수는 최소제곱 해와 꽤 다릅니다. 모델이 `nn.Linear`로 바뀌어도 학습의 성질은 그대로입니다.

# %% [markdown] lang="en"
# The prediction is close to 152. As chapter 4 showed, with raw scores the cost surface is a long,
# narrow valley, so after 2,001 updates the parameters are still quite different from the
# least-squares solution. Switching to `nn.Linear` changes nothing about how training behaves.

# %% [markdown] lang="ko"
# ## 4. 모델을 클래스로 쓰기
#
# PyTorch의 모델은 대부분 `nn.Module`을 상속한 클래스로 씁니다. 규칙은 두 가지입니다.
#
# - `__init__`에서 `super().__init__()`을 먼저 부르고, 쓸 층을 속성(attribute)으로 만듭니다.
# - `forward`에 입력에서 출력까지의 계산을 적습니다. `model(x)`라고 부르면 PyTorch가 `forward(x)`를 실행합니다.
#
# 강의의 두 클래스는 다음과 같습니다.

# %% [markdown] lang="en"
# ## 4. The model as a class
#
# Most PyTorch models are written as classes that inherit from `nn.Module`, with two rules:
#
# - In `__init__`, call `super().__init__()` first, then create the layers as attributes.
# - `forward` computes the output from the input. Calling `model(x)` makes PyTorch run `forward(x)`.
#
# The lecture's two classes:

# %%
class LinearRegressionModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(1, 1)

    def forward(self, x):
        return self.linear(x)


class MultivariateLinearRegressionModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 1)

    def forward(self, x):
        return self.linear(x)

# %% [markdown] lang="ko"
# 학습 코드는 모델을 만드는 한 줄만 다릅니다. 반복해서 쓰지 않도록 학습 루프를 함수로 묶고, 두 모델을 학습합니다.
# 시드 1로 클래스 안의 `nn.Linear`가 만들어지므로 초깃값도 결과도 2절, 3절과 같아야 합니다.

# %% [markdown] lang="en"
# Only the line that builds the model differs. To avoid repeating the loop, we wrap it in a
# function and train both models. With seed 1, the `nn.Linear` inside each class is created just
# as before, so the initial values and the results must match sections 2 and 3.

# %%
def train(model, x, y, lr, nb_epochs=2000):
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    for epoch in range(nb_epochs + 1):
        cost = F.mse_loss(model(x), y)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return cost.item()


torch.manual_seed(1)
model_1 = LinearRegressionModel()
print(f"{train(model_1, x_train, y_train, lr=0.01):.6f}")
print(model_1(torch.FloatTensor([[4.0]])).item())

torch.manual_seed(1)
model_3 = MultivariateLinearRegressionModel()
print(f"{train(model_3, x_train_3, y_train_3, lr=1e-5):.6f}")
torch.testing.assert_close(model_3.linear.weight, model.weight)
torch.testing.assert_close(model_3.linear.bias, model.bias)

# %% [markdown] lang="ko"
# 마지막 비용과 예측이 앞의 결과와 같고, 다중 선형 회귀 모델의 가중치는 3절의 `nn.Linear`와 `assert_close`로 비교해도 같습니다.

# %% [markdown] lang="en"
# The final costs and the prediction match the earlier results, and the multivariable model's
# weights pass `assert_close` against section 3's `nn.Linear`.

# %% [markdown] lang="ko"
# ## 5. 왜 클래스로 쓸까?
#
# 지금까지는 클래스가 `nn.Linear`를 한 번 감쌌을 뿐이라 이득이 없어 보입니다. 하지만 `nn.Module`을 상속하면 여러 가지를 공짜로 얻습니다.
#
# ### 5.1 매개변수가 자동으로 등록됩니다
#
# `self.linear = nn.Linear(...)`처럼 모듈이나 `nn.Parameter`를 속성에 넣으면, `nn.Module`이 그것을 기억해 둡니다.
# 그래서 `parameters()`, `named_parameters()`, `state_dict()`가 모든 매개변수를 이름과 함께 찾아 줍니다.

# %% [markdown] lang="en"
# ## 5. Why classes?
#
# So far the class only wraps one `nn.Linear`, which looks like no gain. But inheriting from
# `nn.Module` brings several things for free.
#
# ### 5.1 Parameters register themselves
#
# Assigning a module or an `nn.Parameter` to an attribute, as in `self.linear = nn.Linear(...)`,
# makes `nn.Module` remember it. `parameters()`, `named_parameters()` and `state_dict()` then find
# every parameter, with its name.

# %%
print(model_3)
for name, param in model_3.named_parameters():
    print(name, tuple(param.shape))
print(sum(p.numel() for p in model_3.parameters()))

# %% [markdown] lang="ko"
# 매개변수 이름은 속성 이름을 따라 `linear.weight`, `linear.bias`가 되고, 개수는 $3 + 1 = 4$개입니다.
# 평범한 텐서를 속성에 넣으면 어떻게 될까요? `requires_grad=True`여도 등록되지 않습니다. 그러면 옵티마이저가 그 텐서를 모르므로 학습되지 않습니다.
# `nn.Parameter`로 감싸야 등록됩니다.

# %% [markdown] lang="en"
# The parameters are named after the attribute, `linear.weight` and `linear.bias`, and there are
# $3 + 1 = 4$ of them. What happens to a plain tensor stored in an attribute? Even with
# `requires_grad=True` it is not registered, so an optimizer built from `parameters()` never sees
# it and it is never trained. Wrapping it in `nn.Parameter` registers it.

# %%
class HandMade(nn.Module):
    def __init__(self):
        super().__init__()
        self.w_plain = torch.zeros(1, requires_grad=True)
        self.w_param = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return x * self.w_plain + x * self.w_param


print([name for name, _ in HandMade().named_parameters()])

# %% [markdown] lang="ko"
# ### 5.2 모듈 안에 모듈: 조립
#
# 모듈은 다른 모듈을 속성으로 가질 수 있고, 매개변수는 끝까지 따라 내려가며 모입니다.
# 예를 들어 4장에서 배운 표준화를 모델 안에 넣어, 원래 점수를 받는 모델을 만들 수 있습니다.
# 평균과 표준편차는 학습할 값이 아니므로 `register_buffer`로 등록합니다. 버퍼(buffer)는 `state_dict()`에 함께 저장되지만 `parameters()`에는 들어가지 않습니다.

# %% [markdown] lang="en"
# ### 5.2 Modules inside modules: composition
#
# A module can hold other modules as attributes, and their parameters are collected all the way
# down. For instance, we can put chapter 4's standardization inside the model, so that it takes
# raw scores. The mean and standard deviation are not to be trained, so we register them with
# `register_buffer`: a buffer is saved in `state_dict()` but is not in `parameters()`.

# %%
class StandardizedRegression(nn.Module):
    def __init__(self, x_train):
        super().__init__()
        _, mean, std = nnintro.functional.standardize(x_train)
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.regression = MultivariateLinearRegressionModel()

    def forward(self, x):
        return self.regression((x - self.mean) / self.std)


torch.manual_seed(1)
model_s = StandardizedRegression(x_train_3)
print(model_s)
print([name for name, _ in model_s.named_parameters()])
print(list(model_s.state_dict()))
print(f"{train(model_s, x_train_3, y_train_3, lr=0.1):.6f}")
print(model_s(torch.FloatTensor([[73, 80, 75]])).item())

# %% [markdown] lang="ko"
# 매개변수는 안쪽 모델의 `regression.linear.weight`, `regression.linear.bias`이고, `state_dict()`에는 버퍼 `mean`, `std`도 들어 있습니다.
# 모델이 표준화를 스스로 하므로 원래 점수를 그대로 넣으면 되고, 4장처럼 학습률 0.1로 2,001번 갱신하면 비용이 최소제곱의 0.1043에 거의 닿습니다.

# %% [markdown] lang="en"
# The parameters are the inner model's `regression.linear.weight` and `regression.linear.bias`,
# and `state_dict()` also holds the buffers `mean` and `std`. The model standardizes by itself, so
# raw scores go straight in, and as in chapter 4, 2,001 updates at learning rate 0.1 bring the cost
# almost down to the least-squares 0.1043.

# %% [markdown] lang="ko"
# ### 5.3 저장하고 불러오기
#
# `state_dict()`는 이름에서 텐서로 가는 사전(dictionary)입니다. `torch.save`로 저장하고, 같은 클래스로 새 모델을 만들어 `load_state_dict`로 불러오면
# 학습한 모델이 그대로 돌아옵니다. 여기서는 파일 대신 메모리(`io.BytesIO`)에 저장합니다.

# %% [markdown] lang="en"
# ### 5.3 Saving and loading
#
# `state_dict()` is a dictionary from names to tensors. Save it with `torch.save`, build a new
# model of the same class, load it with `load_state_dict`, and the trained model is back. Here we
# save to memory (`io.BytesIO`) instead of a file.

# %%
buffer = io.BytesIO()
torch.save(model_s.state_dict(), buffer)
buffer.seek(0)

restored = StandardizedRegression(x_train_3[:2])  # built from two students only
restored.load_state_dict(torch.load(buffer))
new_scores = torch.FloatTensor([[73, 80, 75], [90, 90, 90]])
torch.testing.assert_close(restored(new_scores), model_s(new_scores))
print(restored.mean, restored.std)

# %% [markdown] lang="ko"
# 새 모델은 학생 두 명의 데이터로 만들었지만, 불러온 뒤에는 평균과 표준편차까지 원래 모델과 같아져서 같은 예측을 합니다.
#
# ### 5.4 `train()`과 `eval()`
#
# 모든 모듈에는 학습 중인지를 나타내는 `training` 표시가 있습니다. `model.eval()`은 이 표시를 모델 안의 모든 모듈에서 끄고,
# `model.train()`은 다시 켭니다. 선형 회귀에는 차이가 없지만, 드롭아웃(dropout)처럼 학습할 때와 예측할 때 다르게 동작하는 층은 이 표시를 봅니다.
# 그래서 예측하기 전에 `eval()`을 부르는 습관을 들이는 것이 좋습니다.

# %% [markdown] lang="en"
# The new model was built from two students' data only, but after loading, even its mean and standard
# deviation equal the original's, and it makes the same predictions.
#
# ### 5.4 `train()` and `eval()`
#
# Every module has a `training` flag that says whether it is being trained. `model.eval()`
# switches the flag off in every module inside the model, and `model.train()` switches it back
# on. It makes no difference to linear regression, but layers such as dropout, which behave
# differently during training and prediction, read this flag. So make a habit of calling
# `eval()` before predicting.

# %%
model_s.eval()
print(model_s.training, model_s.regression.training, model_s.regression.linear.training)
model_s.train()
print(model_s.training, model_s.regression.linear.training)

# %% [markdown] lang="ko"
# ## 6. `nnintro`로 같은 일 하기
#
# `nnintro.models.LinearRegression(in_features)`는 4절의 클래스와 같은 모양(`nn.Linear` 하나를 `self.linear`로 가진 `nn.Module`)에,
# 입력의 모양이 틀렸을 때 알기 쉬운 오류를 내는 검사를 더한 클래스입니다. `nnintro.train.fit`은 4절의 `train` 함수처럼
# `model.parameters()`로 옵티마이저를 만들어 학습하고, 에폭마다 비용을 기록한 `History`를 돌려줍니다.
# `fit`은 `epochs`번 갱신하므로, 강의의 `range(nb_epochs + 1)`과 맞추려면 `epochs=2001`을 줍니다.
# 자세한 설명은 [`nnintro.models` API 문서](../reference/models.md)와 [`nnintro.train` API 문서](../reference/train.md)에 있습니다.

# %% [markdown] lang="en"
# ## 6. The same with `nnintro`
#
# `nnintro.models.LinearRegression(in_features)` has the shape of section 4's classes (an
# `nn.Module` holding one `nn.Linear` as `self.linear`), plus a check that gives a clear error
# when the input has the wrong shape. `nnintro.train.fit`, like section 4's `train` function,
# builds the optimizer from `model.parameters()`, trains, and returns a `History` with the cost of
# every epoch. `fit` makes `epochs` updates, so to match the lecture's `range(nb_epochs + 1)` we
# pass `epochs=2001`. See the [`nnintro.models` API page](../reference/models.md) and the
# [`nnintro.train` API page](../reference/train.md).

# %%
torch.manual_seed(1)
model_nn = nnintro.models.LinearRegression(3)
print(list(model_nn.parameters()))

history = nnintro.train.fit(model_nn, x_train_3, y_train_3, lr=1e-5, epochs=2001,
                            loss_fn=F.mse_loss, log_every=500)
torch.testing.assert_close(model_nn.linear.weight, model_3.linear.weight)
print(model_nn(torch.FloatTensor([[73, 80, 75]])).item())

# %% [markdown] lang="ko"
# 초깃값, 비용, 학습한 가중치가 모두 3절·4절과 같습니다. 모델에 특성 두 개짜리 입력을 잘못 넣으면,
# `nn.Linear`가 내는 행렬 곱 오류 대신 무엇을 고쳐야 하는지 알려 주는 오류가 납니다.

# %% [markdown] lang="en"
# The initial values, the costs and the trained weights all match sections 3 and 4. Feeding the
# model an input with two features gives, instead of `nn.Linear`'s matrix-multiplication error,
# an error that says what to fix.

# %%
try:
    model_nn(torch.FloatTensor([[73, 80]]))
except ValueError as err:
    print(err)

# %% [markdown] lang="ko"
# 학습 곡선은 `History`를 `nnintro.plot.loss_history`에 넘겨 그립니다.

# %% [markdown] lang="en"
# To draw the learning curve, pass the `History` to `nnintro.plot.loss_history`.

# %%
nnintro.plot.loss_history(history)

# %% [markdown] lang="ko"
# ## 7. 정리
#
# - `nn.Linear(input_dim, output_dim)`는 가중치와 편향을 스스로 만들고 $H(X) = XW^\top + b$를 계산합니다. 가중치의 모양은 (출력 수, 입력 수)입니다.
# - `model.parameters()`를 옵티마이저에 넘기고, 비용은 `F.mse_loss`로 계산합니다. 학습 루프(`zero_grad` → `backward` → `step`)는 그대로입니다.
# - `nn.Linear`의 초깃값은 무작위이므로, 같은 결과를 얻으려면 `torch.manual_seed`로 시드를 고정합니다.
# - 모델은 `nn.Module`을 상속한 클래스로 씁니다. `__init__`에서 층을 만들고 `forward`에 계산을 적습니다.
# - 클래스로 쓰면 매개변수가 자동으로 등록되고, 모듈을 조립할 수 있으며, `state_dict()`로 저장하고 `train()`/`eval()`로 모드를 바꿀 수 있습니다.

# %% [markdown] lang="en"
# ## 7. Summary
#
# - `nn.Linear(input_dim, output_dim)` creates its own weight and bias and computes $H(X) = XW^\top + b$. Its weight has shape (outputs, inputs).
# - Pass `model.parameters()` to the optimizer and compute the cost with `F.mse_loss`. The training loop (`zero_grad` → `backward` → `step`) stays the same.
# - `nn.Linear` starts from random values, so fix the seed with `torch.manual_seed` to get the same results.
# - Write models as classes that inherit from `nn.Module`: create the layers in `__init__` and write the computation in `forward`.
# - As classes, models register their parameters by themselves, can be composed, save with `state_dict()` and switch modes with `train()`/`eval()`.

# %% [markdown] lang="ko"
# ## 8. 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 맞으면 "정답입니다!", 틀리면 흔히 하는 실수에 맞춘 힌트가 나옵니다.
# 문제마다 힌트와 풀이가 접혀 있고, 코드에서는 `ch05.q1.hint()`, `ch05.q1.solution()`으로 볼 수 있습니다.
# 셀을 실행하기 전에 `...`를 여러분의 답으로 바꾸세요.

# %% [markdown] lang="en"
# ## 8. Exercises
#
# Write your answer and check it with `check`: a right answer says "Correct!", a wrong one gets a hint
# aimed at the usual mistake. Each exercise has its hint and solution folded below it; in code,
# `ch05.q1.hint()` and `ch05.q1.solution()` show them. Replace `...` with your answer before running
# a cell.

# %%
from nnintro import exercises
from nnintro.exercises import ch05

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch05.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch05.q1 }}

# %%
class MyRegression(nn.Module):
    def __init__(self, in_features):
        ...  # your code here

    def forward(self, x):
        ...  # your code here


ch05.q1.check(MyRegression)

# %% [markdown] lang="ko"
# {{ exercise ch05.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch05.q2 }}

# %%
count = ...

ch05.q2.check(count)

# %% [markdown] lang="ko"
# {{ exercise ch05.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch05.q3 }}

# %%
shapes = ...  # e.g. [(2, 5), (7,)]

ch05.q3.check(shapes)

# %% [markdown] lang="ko"
# {{ exercise ch05.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch05.q4 }}

# %%
def my_train(model, x, y, lr, epochs):
    ...  # your code here


ch05.q4.check(my_train)

# %% [markdown] lang="ko"
# ### 더 해 보기
#
# 확인 함수는 없지만 해 볼 만한 실험입니다.
#
# 1. 5.1절의 `HandMade` 모델을 `x_train`, `y_train`으로 100 에폭 학습한 뒤 `w_plain`과 `w_param`의 값을 출력해 보세요. 어느 쪽이 바뀌었나요?
# 2. `torch.manual_seed`를 부르지 않고 2절을 두 번 실행해 보세요. 초깃값과 2,001번 갱신한 뒤의 예측값은 얼마나 달라지나요?
# 3. 4절의 `train` 함수를 `my_train` 대신 연습 5.4의 `check`에 넘겨 보세요. 어떤 힌트가 나오고, 왜 그럴까요?

# %% [markdown] lang="en"
# ### More to try
#
# Experiments worth running, without a check.
#
# 1. Train section 5.1's `HandMade` model on `x_train`, `y_train` for 100 epochs and print `w_plain` and `w_param`. Which one changed?
# 2. Run section 2 twice without calling `torch.manual_seed`. How much do the initial values and the prediction after 2,001 updates differ?
# 3. Pass section 4's `train` function to the check of exercise 5.4 instead of `my_train`. Which hint do you get, and why?
