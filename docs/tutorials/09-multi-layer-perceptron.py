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
# # 다층 퍼셉트론 튜토리얼
#
# [이론 페이지](../theory/09-multi-layer-perceptron.md)에서는 은닉층(hidden layer)과 활성화 함수(activation function),
# 기울기 소실(vanishing gradient), 배치 크기를 살펴봤습니다. 입력을 받는 첫 단이 입력층(input layer), 출력을 내는 마지막 층이
# 출력층(output layer)이고, 그 사이의 층이 은닉층입니다. 이번에는 하나하나 코드로 확인하고, 마지막에 강의의 MLP로 XOR을 풉니다.
# XOR 학습에는 강의와 같은 구조, 시드, 학습률(learning rate), 반복 횟수를 쓰므로 비용(cost)도 강의와 같은 모양으로 움직입니다.
# 다만 비용이 $\ln 2$ 근처를 벗어난 뒤의 숫자는 계산하는 CPU에 따라 조금씩 다를 수 있습니다.
#
# 이 튜토리얼의 순서는 다음과 같습니다.
#
# 1. 활성화 함수 없이 선형 층을 쌓으면 층 하나로 합쳐진다는 것을 숫자로 확인합니다.
# 2. 여러 활성화 함수와 그 도함수를 계산하고 그려 봅니다.
# 3. 깊은 네트워크에서 층마다 기울기 크기를 재서, 시그모이드와 ReLU를 비교합니다.
# 4. 배치, 미니배치, 확률적 경사 하강법을 같은 문제에서 비교합니다.
# 5. 강의의 2-10-10-10-1 MLP로 XOR을 학습합니다.
# 6. 같은 일을 `nnintro`로 다시 하고, 결정 경계를 그립니다.
# 7. 마지막으로 연습 문제를 풀고 `check`로 확인합니다.

# %% [markdown] lang="en"
# # Multi-layer perceptron tutorial
#
# The [theory page](../theory/09-multi-layer-perceptron.md) covered hidden layers, activation
# functions, vanishing gradients and the batch size. The first stage, which takes the input, is the input
# layer, the last layer, which gives the output, is the output layer, and the layers in between are hidden. Here we check each of them in code, and at the
# end the lecture's MLP solves XOR. The XOR training uses the lecture's structure, seed, learning
# rate and number of steps, so its cost moves as in the lecture; once the cost has left $\ln 2$,
# though, the digits printed may differ from CPU to CPU.
#
# The plan:
#
# 1. Check with numbers that linear layers stacked without an activation collapse into one.
# 2. Compute and draw several activation functions and their derivatives.
# 3. Measure the gradient size at each layer of a deep network, sigmoid against ReLU.
# 4. Compare batch, mini-batch and stochastic gradient descent on one problem.
# 5. Train the lecture's 2-10-10-10-1 MLP on XOR.
# 6. Do the same again with `nnintro`, and draw the decision boundary.
# 7. Finally, solve the exercises and check them with `check`.

# %% [markdown] lang="ko"
# ## 1. 준비

# %% [markdown] lang="en"
# ## 1. Setup

# %%
import math

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.utils.data import DataLoader, TensorDataset

import nnintro

torch.manual_seed(1);

# %% [markdown] lang="ko"
# ## 2. 선형 층만 쌓으면
#
# 활성화 함수 없이 `nn.Linear` 두 개를 이어 붙인 모델을 만들고, 두 층의 가중치로 $W = W_2 W_1$, $b = W_2 b_1 + b_2$를 계산합니다.
# 층 하나짜리 $Wx + b$가 두 층을 차례로 거친 결과와 같은지 `torch.testing.assert_close`로 확인합니다.

# %% [markdown] lang="en"
# ## 2. Linear layers only
#
# Build a model of two `nn.Linear` layers with no activation in between, and from their weights
# compute $W = W_2 W_1$ and $b = W_2 b_1 + b_2$. `torch.testing.assert_close` checks that the one
# layer $Wx + b$ gives what the two layers give one after the other.

# %%
layer1 = nn.Linear(2, 3)
layer2 = nn.Linear(3, 1)
two_layers = nn.Sequential(layer1, layer2)

W = layer2.weight @ layer1.weight  # (1, 3) @ (3, 2) = (1, 2)
b = layer2.weight @ layer1.bias + layer2.bias  # (1,)

x = torch.randn(5, 2)
with torch.no_grad():
    torch.testing.assert_close(two_layers(x), x @ W.T + b)
    print(two_layers(x).view(-1))
    print((x @ W.T + b).view(-1))

# %% [markdown] lang="ko"
# 다섯 입력 모두에서 두 값이 (부동소수점 반올림 오차 안에서) 같습니다. 이론 페이지의 정수 예제도 계산해 봅시다.
# `nn.Linear`는 가중치를 `(출력 수, 입력 수)` 모양으로 저장하고 행마다 $xW^\top + b$를 계산합니다.

# %% [markdown] lang="en"
# For all five inputs the two agree (up to floating-point rounding). Let us also compute the integer
# example of the theory page. `nn.Linear` stores its weight with shape `(outputs, inputs)` and
# computes $xW^\top + b$ for each row.

# %%
W1 = torch.tensor([[1.0, 2.0], [0.0, -1.0]])
b1 = torch.tensor([1.0, 0.0])
W2 = torch.tensor([[3.0, 1.0]])
b2 = torch.tensor([-2.0])
x = torch.tensor([1.0, 1.0])

print("two layers:", W2 @ (W1 @ x + b1) + b2)
print("W =", W2 @ W1, " b =", W2 @ b1 + b2)
print("one layer: ", (W2 @ W1) @ x + (W2 @ b1 + b2))

# %% [markdown] lang="ko"
# `nnintro.models.collapse_linear`는 선형 층 여러 개를 이렇게 하나로 합친 `nn.Linear`를 돌려줍니다([API 문서](../reference/models.md)).
# 세 층도 하나로 합쳐지는지 확인합니다.

# %% [markdown] lang="en"
# `nnintro.models.collapse_linear` returns the single `nn.Linear` that several linear layers collapse
# into, computed this way ([API page](../reference/models.md)). Three layers collapse into one as well:

# %%
layers = [nn.Linear(2, 8), nn.Linear(8, 8), nn.Linear(8, 1)]
merged = nnintro.models.collapse_linear(*layers)

x = torch.randn(5, 2)
with torch.no_grad():
    torch.testing.assert_close(merged(x), layers[2](layers[1](layers[0](x))))
print(merged)

# %% [markdown] lang="ko"
# 그러면 활성화 함수 없는 깊은 네트워크로 XOR을 학습하면 어떻게 될까요? 층이 몇 개든 결국 직선 하나이므로,
# 8장의 한 층 모델처럼 비용이 $\ln 2$에서 멈춰야 합니다. `nnintro.models.MLP`에 `activation=None`을 주면 은닉층 사이에 활성화 함수가 없는 MLP가 됩니다.
# 비용은 이진 교차 엔트로피(binary cross-entropy) `nn.BCELoss()`입니다. PyTorch는 비용 함수를 `loss`라고 부르고, `fit`도 그래서 `loss_fn`으로 받습니다.

# %% [markdown] lang="en"
# What happens, then, when a deep network without activations learns XOR? However many layers it
# has, it is one line, so the cost should stop at $\ln 2$ like the single-layer model of chapter 8.
# `nnintro.models.MLP` with `activation=None` builds an MLP with no activation between its layers.
# The cost is the binary cross-entropy `nn.BCELoss()`. PyTorch calls a cost function a `loss`, which is why `fit`
# takes it as `loss_fn`.

# %%
x_xor, y_xor = nnintro.data.xor()

torch.manual_seed(777)
linear_only = nnintro.models.MLP(
    [2, 10, 10, 10, 1], activation=None, output_activation="sigmoid"
)
history = nnintro.train.fit(
    linear_only, x_xor, y_xor, lr=1, epochs=2001, loss_fn=nn.BCELoss()
)
print(f"final cost {history.final_loss:.6f}   ln 2 = {math.log(2):.6f}")

# %% [markdown] lang="ko"
# 은닉층이 셋이나 있는데도 비용은 $\ln 2$입니다. 층을 쌓는 것만으로는 아무것도 얻지 못합니다.

# %% [markdown] lang="en"
# Three hidden layers, and still the cost is $\ln 2$. Stacking layers alone gains nothing.

# %% [markdown] lang="ko"
# ## 3. 활성화 함수
#
# PyTorch의 활성화 함수로 몇 가지 입력에서 값을 계산해 봅시다. Leaky ReLU의 음수 쪽 기울기는 PyTorch 기본값인 0.01입니다.

# %% [markdown] lang="en"
# ## 3. Activation functions
#
# Compute PyTorch's activation functions at a few inputs. Leaky ReLU's negative slope is PyTorch's
# default, 0.01.

# %%
z = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])

for name, f in [
    ("sigmoid", torch.sigmoid),
    ("tanh", torch.tanh),
    ("relu", F.relu),
    ("leaky_relu", F.leaky_relu),
    ("elu", F.elu),
]:
    print(f"{name:10}", [round(v, 4) for v in f(z).tolist()])

# %% [markdown] lang="ko"
# 도함수는 autograd로 구할 수 있습니다. `z`에 대해 함수값의 합을 미분하면, 각 원소 자리에 그 점의 도함수가 들어갑니다.
# 시그모이드의 도함수는 $z = 0$에서 가장 커서 0.25이고, tanh는 1입니다.

# %% [markdown] lang="en"
# Autograd gives the derivatives: differentiating the sum of the function values with respect to
# `z` puts each point's derivative in its place. The sigmoid's derivative is largest at $z = 0$,
# 0.25; tanh's is 1.

# %%
for name, f in [("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("relu", F.relu)]:
    zg = z.clone().requires_grad_(True)
    f(zg).sum().backward()
    print(f"{name:10}", [round(v, 4) for v in zg.grad.tolist()])

# %% [markdown] lang="ko"
# `nnintro.functional`에는 이 함수들과 도함수가 식 그대로 구현되어 있고([API 문서](../reference/functional.md)), 테스트에서 PyTorch와 비교합니다.
# 예를 들어 `sigmoid_grad`는 $\sigma(x)(1 - \sigma(x))$를 계산하므로 위의 autograd 결과와 같습니다.
# `nnintro.plot.activation_grid`는 여섯 함수와 도함수를 한 번에 그립니다. 강의의 그림처럼 Leaky ReLU는 $a = 0.1$로 그립니다.

# %% [markdown] lang="en"
# `nnintro.functional` implements these functions and their derivatives as formulas
# ([API page](../reference/functional.md)), and its tests compare them with PyTorch. `sigmoid_grad`,
# for example, computes $\sigma(x)(1 - \sigma(x))$, so it matches the autograd values above.
# `nnintro.plot.activation_grid` draws six functions and their derivatives at once; as in the
# lecture's plot, Leaky ReLU uses $a = 0.1$.

# %%
print([round(v, 4) for v in nnintro.functional.sigmoid_grad(z).tolist()])
nnintro.plot.activation_grid(negative_slope=0.1)

# %% [markdown] lang="ko"
# ## 4. 기울기 소실
#
# 시그모이드의 도함수는 많아야 $1/4$이므로, 층을 하나 지날 때마다 기울기(gradient)에 $1/4$ 이하의 수가 곱해집니다.
# 9층이면 $(1/4)^9$입니다. 역전파(backpropagation)가 왜 층마다 도함수를 곱하는지는 [10장](../theory/10-backpropagation.md)에서 유도합니다.

# %% [markdown] lang="en"
# ## 4. Vanishing gradients
#
# The sigmoid's derivative is at most $1/4$, so every layer passed multiplies the gradient by a number
# no larger than $1/4$. Over 9 layers that is $(1/4)^9$. Why backpropagation multiplies by a derivative at every
# layer is derived in [chapter 10](../theory/10-backpropagation.md).

# %%
print(0.25 ** 9)

# %% [markdown] lang="ko"
# 실제 네트워크에서 재 봅시다. 유닛 32개짜리 선형 층 10개를 쌓고(마지막 층만 출력 1개) 층 사이에 활성화 함수를 넣은 뒤,
# 무작위 입력 256개와 무작위 0/1 정답으로 비용을 한 번 역전파해서 층마다 `weight.grad`의 노름(norm)을 출력합니다.
# 출력층에는 시그모이드를 넣지 않고, 시그모이드와 BCE를 합친 `F.binary_cross_entropy_with_logits`를 씁니다.

# %% [markdown] lang="en"
# Let us measure it in a real network. Stack 10 linear layers of 32 units (the last with 1 output)
# with an activation between them, backpropagate the cost of 256 random inputs with random 0/1
# targets once, and print the norm of each layer's `weight.grad`. The output layer has no sigmoid;
# `F.binary_cross_entropy_with_logits` combines the sigmoid with BCE.

# %%
def deep_net(activation, depth=10, width=32):
    layers = []
    for _ in range(depth - 1):
        layers += [nn.Linear(width, width), activation()]
    layers.append(nn.Linear(width, 1))
    return nn.Sequential(*layers)


def gradient_norms(model, width=32, batch=256):
    x = torch.randn(batch, width)
    y = torch.randint(0, 2, (batch, 1)).float()
    F.binary_cross_entropy_with_logits(model(x), y).backward()
    return [m.weight.grad.norm().item() for m in model if isinstance(m, nn.Linear)]


norms = {}
for name, activation in [("sigmoid", nn.Sigmoid), ("ReLU", nn.ReLU)]:
    torch.manual_seed(0)
    norms[name] = gradient_norms(deep_net(activation))
    print(f"{name:8}", " ".join(f"{v:.1e}" for v in norms[name]))

# %% [markdown] lang="ko"
# 왼쪽이 입력에 가까운 1번째 층, 오른쪽이 출력층입니다. 줄마다 첫 숫자와 마지막 숫자의 지수를 비교해 보세요.
# 시그모이드는 1번째 층의 기울기가 출력층보다 여러 자릿수 작습니다. ReLU도 PyTorch 기본 초기화에서는 조금씩 줄어들지만, 시그모이드보다 훨씬 덜 줄어듭니다.
# 이번에는 ReLU에 맞춰 만든 He 초기화(`nn.init.kaiming_normal_`, 분산 $2/d$)로 가중치를 바꾸고 편향을 0으로 두고 다시 재 봅니다.

# %% [markdown] lang="en"
# Layer 1, next to the input, is on the left; the output layer on the right. Compare the exponents
# of the first and the last number of each line. With the sigmoid, layer 1's gradient is several
# orders of magnitude smaller than the output layer's. With PyTorch's default initialisation ReLU's
# gradient shrinks a little too, but far less than the sigmoid's.
# Now replace the weights by He initialisation (`nn.init.kaiming_normal_`, variance $2/d$), made
# for ReLU, set the biases to 0, and measure again.

# %%
he_norms = {}
for name, activation in [("sigmoid", nn.Sigmoid), ("ReLU", nn.ReLU)]:
    torch.manual_seed(0)
    model = deep_net(activation)
    for m in model:
        if isinstance(m, nn.Linear):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            nn.init.zeros_(m.bias)
    he_norms[name] = gradient_norms(model)
    print(f"{name:8}", " ".join(f"{v:.1e}" for v in he_norms[name]))

# %% [markdown] lang="ko"
# He 초기화에서 ReLU의 기울기는 열 층에 걸쳐 거의 일정하지만, 시그모이드는 여전히 입력 쪽으로 갈수록 만 배 넘게 작아집니다.
# `nnintro.plot.gradient_norms`로 두 경우를 나란히 그려 봅시다. 제목을 키로 하는 딕셔너리를 주면 패널이 하나씩 생기는데,
# 제목에는 두 초기화의 분포인 PyTorch 기본값 $\mathcal{U}(\pm 1/\sqrt{d})$와 He 초기화 $\mathcal{N}(0, 2/d)$를 적었습니다.

# %% [markdown] lang="en"
# With He initialisation ReLU's gradient is almost level across the ten layers, while the sigmoid's
# still shrinks more than ten-thousandfold towards the input. `nnintro.plot.gradient_norms` draws both
# cases side by side: a dict keyed by panel title gives one panel each, titled here with the two
# initialisations' distributions, PyTorch's default $\mathcal{U}(\pm 1/\sqrt{d})$ and He's
# $\mathcal{N}(0, 2/d)$.

# %%
nnintro.plot.gradient_norms({
    r"$\mathcal{U}(\pm 1/\sqrt{d})$": norms,
    r"$\mathcal{N}(0, 2/d)$": he_norms,
})

# %% [markdown] lang="ko"
# ## 5. 배치, 미니배치, 확률적 경사 하강법
#
# 이번에는 샘플이 많은 데이터가 필요합니다. $[-1, 1]^2$에서 고르게 뽑은 점 200개에, 두 좌표의 부호가 다르면 1을 주는 "부호의 XOR" 데이터를 만듭니다.

# %% [markdown] lang="en"
# ## 5. Batch, mini-batch and stochastic gradient descent
#
# This needs data with more samples. Draw 200 points uniformly from $[-1, 1]^2$ and label them 1
# where the two coordinates have different signs: an "XOR of signs".

# %%
generator = torch.Generator().manual_seed(0)
x_sign = torch.rand(200, 2, generator=generator) * 2 - 1
y_sign = (x_sign[:, 0] * x_sign[:, 1] < 0).float().view(-1, 1)
print(x_sign.shape, y_sign.shape, y_sign.mean().item())

# %% [markdown] lang="ko"
# PyTorch에서 미니배치를 만드는 보통의 방법은 `TensorDataset`과 `DataLoader`입니다. `DataLoader`는 에폭마다 샘플 순서를 섞어서
# `batch_size`개씩 잘라 줍니다. 한 에폭 동안의 미니배치 경사 하강법을 직접 써 보면 다음과 같습니다. 갱신은 $200 / 20 = 10$번 일어납니다.
#
# 옵티마이저는 여기서도 `optim.SGD`입니다. `optim.SGD`는 갱신 규칙 $W := W - \alpha \cdot \text{grad}$일 뿐이고 배치 크기를 정하지 않습니다.
# 한 걸음마다 넘기는 데이터, 곧 `DataLoader`의 `batch_size`가 정합니다. 전체 데이터를 넘기면 배치 경사 하강법, 20개씩이면 미니배치 경사 하강법,
# 하나씩이면 확률적 경사 하강법(stochastic gradient descent)입니다. 흔히 "SGD"라고 하면 미니배치로 학습하는 경우가 많습니다.

# %% [markdown] lang="en"
# The usual way to make mini-batches in PyTorch is `TensorDataset` with `DataLoader`. Every epoch,
# `DataLoader` shuffles the samples and cuts them into pieces of `batch_size`. One epoch of mini-batch
# gradient descent, written out, makes $200 / 20 = 10$ updates.
#
# The optimizer is `optim.SGD` here too. `optim.SGD` is only the update rule $W := W - \alpha \cdot \text{grad}$ and does not
# choose the batch size: the data fed at each step does, here `DataLoader`'s `batch_size`. All the data gives batch
# gradient descent, 20 at a time mini-batch gradient descent, one at a time stochastic gradient descent. In everyday use
# "SGD" often means training on mini-batches.

# %%
torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(2, 16), nn.Tanh(),
    nn.Linear(16, 16), nn.Tanh(),
    nn.Linear(16, 1), nn.Sigmoid(),
)
optimizer = optim.SGD(model.parameters(), lr=0.1)

dataset = TensorDataset(x_sign, y_sign)
shuffler = torch.Generator().manual_seed(0)
loader = DataLoader(dataset, batch_size=20, shuffle=True, generator=shuffler)

for batch_idx, (xb, yb) in enumerate(loader):
    cost = F.binary_cross_entropy(model(xb), yb)
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()
    print(batch_idx, tuple(xb.shape), round(cost.item(), 4))

# %% [markdown] lang="ko"
# 미니배치마다 비용이 들쭉날쭉합니다. 배치마다 다른 샘플로 비용을 재기 때문입니다.
# `nnintro.train.fit`은 `batch_size` 하나로 세 방식을 모두 돌립니다. `None`이면 배치, 20이면 미니배치, 1이면 확률적 경사 하강법입니다.
# `seed`를 주면 초기화 뒤의 난수와 배치 순서가 고정되어, 언제 실행해도 같은 결과가 나옵니다([API 문서](../reference/train.md)).
# 같은 초기값에서 출발하도록 모델을 만들기 전에 매번 시드를 고정하고, 학습률 0.1로 60 에폭씩 학습합니다.

# %% [markdown] lang="en"
# The cost jumps around from one mini-batch to the next, because each batch measures it on other
# samples. `nnintro.train.fit` runs all three methods with one argument, `batch_size`: `None` is batch,
# 20 mini-batch and 1 stochastic gradient descent. Given a `seed`, the random numbers after
# initialisation and the batch order are fixed, so every run gives the same result
# ([API page](../reference/train.md)). We seed before building each model so all start from the same
# weights, and train each for 60 epochs with learning rate 0.1.

# %%
histories = {}
for batch_size in [None, 20, 1]:
    torch.manual_seed(0)
    model = nnintro.models.MLP([2, 16, 16, 1], "tanh", output_activation="sigmoid")
    history = nnintro.train.fit(
        model, x_sign, y_sign, lr=0.1, epochs=60, loss_fn=nn.BCELoss(),
        batch_size=batch_size, seed=0,
        metrics={"accuracy": nnintro.metrics.accuracy},
    )
    B = batch_size or len(x_sign)
    histories[f"B = {B}"] = history.losses
    updates = len(x_sign) // B
    accuracy = history.metrics["accuracy"][-1]
    print(f"B = {B:3}  updates/epoch {updates:3}  epoch 6 {history.losses[5]:.4f}"
          f"  epoch 60 {history.final_loss:.4f}  accuracy {accuracy:.3f}")

nnintro.plot.loss_history(histories)

# %% [markdown] lang="ko"
# 출력의 `epoch 60` 열을 보면 60 에폭 뒤 비용은 배치(B = 200)가 가장 높고, 미니배치(B = 20), 확률적(B = 1) 순으로 낮아집니다.
# 그러나 갱신 횟수로 맞춰 보면, 미니배치가 60번 갱신한 6 에폭째의 비용(`epoch 6` 열)은 배치가 60번 갱신한 뒤의 비용과 비슷합니다.
# 작은 배치는 데이터를 한 번 보는 동안 더 많이 갱신하기 때문에 빠른 것입니다. 확률적 경사 하강법의 곡선은 잡음 때문에 들쭉날쭉합니다.

# %% [markdown] lang="en"
# In the `epoch 60` column, the cost after 60 epochs is highest for batch (B = 200), lower for
# mini-batch (B = 20) and lowest for stochastic (B = 1). Matched by number of updates, though, the
# mini-batch run's cost after its 60th update, at epoch 6 (the `epoch 6` column), is close to batch's
# cost after its 60 updates. Small batches are fast because they update more often per pass over the
# data. The stochastic curve zigzags with noise.

# %% [markdown] lang="ko"
# ## 6. XOR을 MLP로 풀기
#
# 이제 강의의 코드입니다. 입력 2개, 유닛 10개짜리 은닉층 3개, 출력 1개이고, 모든 층 뒤에 시그모이드가 있습니다.
# 8장의 한 층 실험과 마찬가지로 시드 777, BCE, 학습률 1의 `optim.SGD`로 10001번 갱신하고, 출력을 짧게 하려고 1000번마다 비용을 출력합니다(강의는 100번마다).
# 갱신마다 네 점을 모두 넘기므로 이것은 배치 경사 하강법입니다.

# %% [markdown] lang="en"
# ## 6. Solving XOR with an MLP
#
# Now the lecture's code: 2 inputs, three hidden layers of 10 units and 1 output, with a sigmoid after
# every layer. As in chapter 8's single-layer experiment, it uses seed 777, BCE and `optim.SGD` with learning
# rate 1 for 10001 updates, and to keep the output short it prints the cost every 1000 steps (the
# lecture every 100). Every update is fed all four points: this is batch gradient descent.

# %%
torch.manual_seed(777)

X = torch.FloatTensor([[0, 0], [0, 1], [1, 0], [1, 1]])
Y = torch.FloatTensor([[0], [1], [1], [0]])

model = nn.Sequential(
    nn.Linear(2, 10, bias=True),
    nn.Sigmoid(),
    nn.Linear(10, 10, bias=True),
    nn.Sigmoid(),
    nn.Linear(10, 10, bias=True),
    nn.Sigmoid(),
    nn.Linear(10, 1, bias=True),
    nn.Sigmoid(),
)

criterion = nn.BCELoss()
optimizer = optim.SGD(model.parameters(), lr=1)

for epoch in range(10001):
    optimizer.zero_grad()
    hypothesis = model(X)
    cost = criterion(hypothesis, Y)
    cost.backward()
    optimizer.step()

    if epoch % 1000 == 0:
        print(epoch, cost.item())

# %% [markdown] lang="ko"
# 출력을 보면 처음 수천 번의 갱신 동안 비용은 0.6931 근처, 곧 8장의 한 층 모델이 갇혔던 $\ln 2$에 머뭅니다. 기울기 소실 때문에 입력 쪽 층들이 아주 천천히 움직이는 시기입니다.
# 그러다 갑자기 떨어져서, 마지막 줄인 10000번 갱신에서는 비용이 0에 아주 가깝습니다. 학습된 모델의 출력, $p \ge 0.5$이면 1로 자른 예측, 정확도를 봅시다.

# %% [markdown] lang="en"
# For the first few thousand steps of the output the cost stays near 0.6931, the very $\ln 2$ that
# chapter 8's single-layer model was stuck at: this is when the layers near the input move very
# slowly because of vanishing gradients. Then it drops suddenly, and on the last line, step 10000,
# the cost is very close to 0. Let us look at the trained model's outputs, its predictions (1 where $p \ge 0.5$) and its accuracy.

# %%
with torch.no_grad():
    hypothesis = model(X)
    predicted = (hypothesis >= 0.5).float()
    accuracy = (predicted == Y).float().mean()
    print("Hypothesis:", [round(v, 4) for v in hypothesis.view(-1).tolist()])
    print("Predicted: ", predicted.view(-1).tolist())
    print("Accuracy:  ", accuracy.item())

# %% [markdown] lang="ko"
# 정답이 1인 $(0, 1)$, $(1, 0)$에는 1에 아주 가까운 값을, 정답이 0인 $(0, 0)$, $(1, 1)$에는 0에 아주 가까운 값을 내서, 네 개를 모두 맞혔습니다.
# 8장의 한 층 모델과 다른 점은 은닉층 셋과 그 사이의 시그모이드뿐입니다.

# %% [markdown] lang="en"
# It outputs values very close to 1 for $(0, 1)$ and $(1, 0)$, whose answer is 1, and very close to 0
# for $(0, 0)$ and $(1, 1)$, whose answer is 0: all four are right. The only difference from chapter 8's
# single-layer model is the three hidden layers and the sigmoids between them.

# %% [markdown] lang="ko"
# ## 7. `nnintro`로 같은 일 하기
#
# `nnintro.models.MLP(sizes, activation, output_activation=...)`는 층의 크기 목록으로 위와 똑같은 `nn.Sequential`을 만듭니다.
# 층을 같은 순서로 만들기 때문에, 시드 777을 고정하고 만들면 초기 가중치까지 위의 모델과 같습니다.
# `nnintro.train.fit`으로 10001 에폭 학습하면 같은 비용이 나옵니다. `fit`은 에폭을 1부터 세므로 위의 0번 갱신이 여기서는 에폭 1입니다.

# %% [markdown] lang="en"
# ## 7. The same with `nnintro`
#
# `nnintro.models.MLP(sizes, activation, output_activation=...)` builds the same `nn.Sequential` as
# above from the list of layer sizes. It creates the layers in the same order, so built after seed
# 777 it has the very same initial weights. Training it with `nnintro.train.fit` for 10001 epochs gives
# the same costs; `fit` counts epochs from 1, so update 0 above is epoch 1 here.

# %%
torch.manual_seed(777)
mlp = nnintro.models.MLP(
    [2, 10, 10, 10, 1], activation="sigmoid", output_activation="sigmoid"
)
print(mlp)

history = nnintro.train.fit(
    mlp, x_xor, y_xor, lr=1, epochs=10001, loss_fn=nn.BCELoss(),
    log_every=2500,
)
with torch.no_grad():
    accuracy = nnintro.metrics.accuracy(mlp(x_xor), y_xor)
print(history.losses[-1] == cost.item(), accuracy)

# %% [markdown] lang="ko"
# 마지막 비용이 6절의 마지막 비용과 정확히 같고(`True`), `nnintro.metrics.accuracy`로 잰 정확도는 네 점을 모두 맞혔으니 1.0입니다.
# 학습 곡선을 로그 스케일로 그리면 $\ln 2$ 근처의 긴 평지와 그 뒤의 급격한 하락이 보입니다.

# %% [markdown] lang="en"
# The last cost is exactly the last cost of section 6 (`True`), and the accuracy measured with
# `nnintro.metrics.accuracy` is 1.0: all four points are right. Drawn on a log scale, the loss curve
# shows the long plateau near $\ln 2$ and the sharp drop after it.

# %%
nnintro.plot.loss_history(history)

# %% [markdown] lang="ko"
# `nnintro.plot.decision_boundary`는 입력 평면의 모든 점에서 모델의 출력 $P(y = 1)$을 칠하고, 0.5인 곳에 결정 경계를 그립니다([API 문서](../reference/plot.md)).
# 두 곡선이 평면을 나눠서, 정답이 1인 두 점을 한쪽에, 0인 두 점을 다른 쪽에 둡니다. 직선 하나로는 할 수 없던 일입니다.

# %% [markdown] lang="en"
# `nnintro.plot.decision_boundary` shades the model's output $P(y = 1)$ over the input plane and
# draws the decision boundary where it is 0.5 ([API page](../reference/plot.md)). Two curves divide
# the plane, putting the two points whose answer is 1 on one side and the two whose answer is 0 on
# the other: what no single line could do.

# %%
nnintro.plot.decision_boundary(mlp, x_xor, y_xor)

# %% [markdown] lang="ko"
# ## 8. 정리
#
# - 활성화 함수 없이 선형 층을 쌓으면 $W_2(W_1 x + b_1) + b_2 = (W_2 W_1)x + (W_2 b_1 + b_2)$로 층 하나와 같습니다. 그런 네트워크는 XOR에서 $\ln 2$에 멈춥니다.
# - 시그모이드, tanh, ReLU, Leaky ReLU, ELU, maxout은 저마다 모양과 도함수가 다릅니다. 시그모이드의 도함수는 많아야 $1/4$입니다.
# - 시그모이드를 깊이 쌓으면 입력 쪽 층의 기울기가 사라집니다. ReLU는 알맞은 초기화와 함께 쓰면 기울기 크기를 유지합니다.
# - 배치 크기가 작을수록 에폭당 갱신이 많아 빨리 배우지만 잡음이 큽니다. 보통은 미니배치를 씁니다.
# - 강의의 2-10-10-10-1 MLP는 10001번 갱신으로 XOR의 네 점을 모두 맞힙니다.

# %% [markdown] lang="en"
# ## 8. Summary
#
# - Linear layers stacked without activations equal one layer: $W_2(W_1 x + b_1) + b_2 = (W_2 W_1)x + (W_2 b_1 + b_2)$. Such a network stops at $\ln 2$ on XOR.
# - Sigmoid, tanh, ReLU, Leaky ReLU, ELU and maxout each have their own shape and derivative. The sigmoid's derivative is at most $1/4$.
# - Deep stacks of sigmoids lose the gradient at the layers near the input. ReLU, with a suitable initialisation, keeps the gradient's size.
# - The smaller the batch, the more updates per epoch and the faster the learning, but the larger the noise. Mini-batches are the usual choice.
# - The lecture's 2-10-10-10-1 MLP gets all four XOR points right after 10001 updates.


# %% [markdown] lang="ko"
# ## 9. 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 힌트와 풀이는 문제 아래에 접혀 있습니다. 코드 셀에서 `ch09.q1.hint()`로 힌트를,
# `ch09.q1.solution()`으로 풀이를 볼 수도 있습니다. 틀리면 `check`가 어디가 틀렸는지 알려 줍니다.

# %% [markdown] lang="en"
# ## 9. Exercises
#
# Write your answer and check it with `check`. The hint and the solution are folded under each question; in a code
# cell, `ch09.q1.hint()` shows the hint and `ch09.q1.solution()` the solution. A wrong answer gets told what is wrong.

# %%
from nnintro import exercises
from nnintro.exercises import ch09

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch09.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch09.q1 }}

# %%
count = ...  # an integer

ch09.q1.check(count)

# %% [markdown] lang="ko"
# {{ exercise ch09.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch09.q2 }}

# %%
def combine(layer1, layer2):
    ...  # your code here: return W, b


ch09.q2.check(combine)

# %% [markdown] lang="ko"
# {{ exercise ch09.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch09.q3 }}

# %%
bound = ...  # a number

ch09.q3.check(bound)

# %% [markdown] lang="ko"
# {{ exercise ch09.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch09.q4 }}

# %%
updates = ...  # (batch, mini-batch, stochastic)

ch09.q4.check(updates)

# %% [markdown] lang="ko"
# ### 더 해 보기
#
# 답이 하나로 정해지지 않는 실험들입니다.
#
# 1. 6절의 모델에서 시그모이드를 모두 `nn.ReLU()`로 바꾸고(출력층의 시그모이드는 그대로) 학습률 0.1로 학습해 보세요. $\ln 2$ 근처의 평지는 얼마나 길어지거나 짧아지나요?
# 2. 4절의 `deep_net`에서 `depth`를 5, 20으로 바꿔 가며 시그모이드의 1번째 층 기울기가 어떻게 변하는지 재 보세요. $(1/4)^{\text{depth}-1}$과 비교해 보세요.
# 3. 5절에서 배치 크기 5와 50을 추가하고, 같은 60 에폭 뒤의 비용과 `history.seconds`의 합(학습에 걸린 시간)을 비교해 보세요.

# %% [markdown] lang="en"
# ### More to try
#
# Experiments without a single right answer:
#
# 1. In the model of section 6, replace every sigmoid by `nn.ReLU()` (keep the output layer's sigmoid) and train with learning rate 0.1. How much longer or shorter is the plateau near $\ln 2$?
# 2. In `deep_net` of section 4, set `depth` to 5 and to 20 and measure how the sigmoid's gradient at layer 1 changes. Compare with $(1/4)^{\text{depth}-1}$.
# 3. In section 5, add batch sizes 5 and 50, and compare the cost after the same 60 epochs and the sum of `history.seconds` (the training time).
