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
# # 역전파 튜토리얼
#
# [이론 페이지](../theory/10-backpropagation.md)에서는 계산 그래프(computational graph)와 연쇄 법칙(chain rule)으로 기울기(gradient)를 손으로 구하고,
# 역전파(backpropagation)가 autograd의 `backward()`와 같은 값을 낸다는 것을 봤습니다. 이번에는 그 계산을 모두 텐서로 직접 해 봅니다.
#
# 1. 이론 페이지의 작은 네트워크로 순전파(forward pass)와 역전파를 손으로 계산하고, autograd와 비교합니다.
# 2. XOR을 푸는 2-2-1 MLP의 기울기를 행렬로 계산하고, 한 학습 단계를 `optim.SGD`와 비교합니다.
# 3. 손으로 쓴 역전파만으로 XOR을 학습합니다.
# 4. 기울기 소실(vanishing gradient)의 한계 $(1/4)^k$를 숫자로 확인하고, ReLU와 비교합니다.
# 5. 같은 일을 `nnintro.backprop`으로 다시 하고, 마지막에 연습 문제를 풉니다.

# %% [markdown] lang="en"
# # Backpropagation tutorial
#
# The [theory page](../theory/10-backpropagation.md) used the computational graph and the chain rule
# to work out gradients by hand, and showed that backpropagation gives the same values as autograd's
# `backward()`. Here we do all of that computation ourselves, with tensors.
#
# 1. Compute the forward pass and the backward pass of the theory page's tiny network by hand, and
#    compare with autograd.
# 2. Compute the gradients of the 2-2-1 MLP that solves XOR in matrix form, and compare one training
#    step with `optim.SGD`.
# 3. Train XOR with nothing but the hand-written backward pass.
# 4. Check the vanishing-gradient bound $(1/4)^k$ with numbers, and compare with ReLU.
# 5. Do the same again with `nnintro.backprop`, and finish with exercises.

# %% [markdown] lang="ko"
# ## 1. 준비

# %% [markdown] lang="en"
# ## 1. Setup

# %%
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

import nnintro

torch.manual_seed(777);

# %% [markdown] lang="ko"
# ## 2. 작은 네트워크를 손으로
#
# 이론 페이지의 네트워크 $z_1 = w_1 x + b_1$, $h = \sigma(z_1)$, $z_2 = w_2 h + b_2$, $\hat y = \sigma(z_2)$에
# 이진 교차 엔트로피(binary cross-entropy) 비용(cost) $L$을 붙입니다. PyTorch는 비용을 `loss`라고 부르고, `torch.log`는 자연로그 $\ln$입니다.
# 먼저 autograd 없이, 보통의 텐서로 순전파를 합니다. 역전파에 쓸 중간값 $h$와 $\hat y$를 변수에 남겨 둡니다.

# %% [markdown] lang="en"
# ## 2. The tiny network by hand
#
# The theory page's network is $z_1 = w_1 x + b_1$, $h = \sigma(z_1)$, $z_2 = w_2 h + b_2$,
# $\hat y = \sigma(z_2)$ with the binary cross-entropy cost $L$. PyTorch calls a cost a `loss`, and
# `torch.log` is the natural log $\ln$. First the forward pass with plain tensors, no autograd. We
# keep the intermediate values $h$ and $\hat y$ in variables: the backward pass needs them.

# %%
x, y = torch.tensor(2.0), torch.tensor(1.0)
w1, b1 = torch.tensor(0.5), torch.tensor(-1.0)
w2, b2 = torch.tensor(3.0), torch.tensor(-1.5)

z1 = w1 * x + b1
h = torch.sigmoid(z1)
z2 = w2 * h + b2
y_hat = torch.sigmoid(z2)
L = -(y * torch.log(y_hat) + (1 - y) * torch.log(1 - y_hat))
print("z1 =", z1.item(), " h =", h.item(), " z2 =", z2.item(), " y_hat =", y_hat.item())
print("L =", round(L.item(), 4))

# %% [markdown] lang="ko"
# 이제 역전파입니다. $\partial L / \partial L = 1$에서 시작해서, 출력 쪽부터 "다음 노드의 기울기 × 국소 도함수(local derivative)"를 차례로 계산합니다.
# 한 줄이 이론 페이지 표의 한 행입니다. 출력의 시그모이드와 BCE는 함께 미분해서 $\partial L / \partial z_2 = \hat y - y$로 씁니다.

# %% [markdown] lang="en"
# Now the backward pass. Starting from $\partial L / \partial L = 1$, compute "the next node's
# gradient × the local derivative" from the output backwards; each line is one row of the theory
# page's table. The output's sigmoid and the BCE are differentiated together:
# $\partial L / \partial z_2 = \hat y - y$.

# %%
dz2 = y_hat - y            # ∂L/∂z2 = ŷ − y
dw2 = dz2 * h              # ∂z2/∂w2 = h
db2 = dz2 * 1              # ∂z2/∂b2 = 1
dh = dz2 * w2              # ∂z2/∂h = w2
dz1 = dh * h * (1 - h)     # ∂h/∂z1 = h(1 − h)
dw1 = dz1 * x              # ∂z1/∂w1 = x
db1 = dz1 * 1              # ∂z1/∂b1 = 1
by_hand = {"w1": dw1, "b1": db1, "w2": dw2, "b2": db2}
print({name: g.item() for name, g in by_hand.items()})

# %% [markdown] lang="ko"
# 같은 계산을 `requires_grad=True`인 텐서로 하고 `backward()`를 부르면 autograd가 기울기를 `.grad`에 넣습니다.
# 두 결과를 `torch.allclose`로 비교합니다.

# %% [markdown] lang="en"
# The same computation with tensors that have `requires_grad=True`, followed by `backward()`, makes
# autograd put the gradients into `.grad`. `torch.allclose` compares the two results.

# %%
params = {name: torch.tensor(v.item(), requires_grad=True) for name, v in
          {"w1": w1, "b1": b1, "w2": w2, "b2": b2}.items()}
h_ = torch.sigmoid(params["w1"] * x + params["b1"])
L_ = F.binary_cross_entropy(torch.sigmoid(params["w2"] * h_ + params["b2"]), y)
L_.backward()

for name, p in params.items():
    print(name, p.grad.item(), torch.allclose(p.grad, by_hand[name]))

# %% [markdown] lang="ko"
# 네 기울기가 모두 같습니다(`True`). autograd가 기록한 그래프도 볼 수 있습니다. `grad_fn`은 그 값을 만든 연산이고,
# `next_functions`를 따라가면 입력 쪽으로 거슬러 올라갑니다. 아래 셀은 $L$에서 $w_1$까지 한 길을 따라가며, 노드마다 그 노드로 들어오는 연산들을 출력합니다.
# 사람이 만든 텐서(잎, leaf)는 `AccumulateGrad`로 끝나는데, 여기서 기울기가 `.grad`에 더해집니다.
# `None`은 기울기가 필요 없는 입력, 곧 `requires_grad=False`인 $x$와 $y$입니다.

# %% [markdown] lang="en"
# All four gradients agree (`True`). We can also look at the graph autograd recorded. `grad_fn` is
# the operation that made a value, and `next_functions` leads back towards the inputs. The cell below
# follows one path from $L$ to $w_1$ and prints, for every node, the operations that feed it. A
# tensor we made ourselves (a leaf) ends in `AccumulateGrad`, where the gradient is added to `.grad`;
# `None` is an input that needs no gradient, $x$ or $y$, whose `requires_grad` is `False`.

# %%
node = L_.grad_fn
while node is not None:
    print(node.name(), "<-", [f.name() if f is not None else None for f, _ in node.next_functions])
    node = next((f for f, _ in node.next_functions if f is not None and f.next_functions), None)

# %% [markdown] lang="ko"
# ### 갈라지는 길
#
# 값 하나가 두 곳에 쓰이면 두 길의 기울기를 더합니다. $L = 2a + a^2$이면 $\partial L / \partial a = 2 + 2a$이므로 $a = 3$에서 8입니다.

# %% [markdown] lang="en"
# ### Branches
#
# A value used in two places gets the sum of the two paths' gradients. With $L = 2a + a^2$,
# $\partial L / \partial a = 2 + 2a$, which is 8 at $a = 3$.

# %%
a = torch.tensor(3.0, requires_grad=True)
u, v = 2 * a, a**2
(u + v).backward()
print(a.grad.item(), 2 + 2 * 3.0)

# %% [markdown] lang="ko"
# ## 3. XOR MLP의 한 학습 단계
#
# 강의의 두 층짜리 XOR 네트워크입니다. `torch.manual_seed(777)` 뒤에 `nn.Linear(2, 2)`와 `nn.Linear(2, 1)`을 만들고, 층마다 시그모이드를 붙입니다.
# `nn.Linear`는 가중치를 (출력 수, 입력 수) 모양으로 저장하고 $X W^\top + b$를 계산합니다. 모양을 출력해 봅시다.

# %% [markdown] lang="en"
# ## 3. One training step of the XOR MLP
#
# The lecture's two-layer XOR network: after `torch.manual_seed(777)`, create `nn.Linear(2, 2)` and
# `nn.Linear(2, 1)`, each followed by a sigmoid. `nn.Linear` stores its weight with shape
# (outputs, inputs) and computes $X W^\top + b$. Let us print the shapes.

# %%
X = torch.FloatTensor([[0, 0], [0, 1], [1, 0], [1, 1]])
Y = torch.FloatTensor([[0], [1], [1], [0]])

torch.manual_seed(777)
linear1 = nn.Linear(2, 2)
linear2 = nn.Linear(2, 1)
model = nn.Sequential(linear1, nn.Sigmoid(), linear2, nn.Sigmoid())

for name, p in model.named_parameters():
    print(f"{name:9}", tuple(p.shape), [round(v, 4) for v in p.detach().flatten().tolist()])

# %% [markdown] lang="ko"
# 순전파를 행렬로 씁니다. 샘플 하나가 행 하나이고, $n = 4$입니다.

# %% [markdown] lang="en"
# The forward pass in matrices: one sample per row, $n = 4$.

# %%
W1, B1 = linear1.weight.detach(), linear1.bias.detach()
W2, B2 = linear2.weight.detach(), linear2.bias.detach()
n = len(X)

H = torch.sigmoid(X @ W1.T + B1)        # (n, 2)
Y_hat = torch.sigmoid(H @ W2.T + B2)    # (n, 1)
cost = -(Y * torch.log(Y_hat) + (1 - Y) * torch.log(1 - Y_hat)).mean()
print("H:", tuple(H.shape), " Y_hat:", tuple(Y_hat.shape))
print("Y_hat =", [round(v, 4) for v in Y_hat.view(-1).tolist()], " cost =", round(cost.item(), 4))

# %% [markdown] lang="ko"
# 역전파는 이론 페이지의 네 식 그대로입니다. 출력층의 오차 $\delta_2 = \hat Y - Y$에서 시작해서, 가중치의 기울기는 $\frac{1}{n} \delta^\top (\text{층의 입력})$,
# 은닉층의 오차는 $\delta_1 = (\delta_2 W_2) \odot H \odot (1 - H)$입니다. 각 기울기의 모양이 그 매개변수(parameter)와 같은지 봅니다.

# %% [markdown] lang="en"
# The backward pass is the theory page's four formulas. Start from the output error
# $\delta_2 = \hat Y - Y$; a weight's gradient is $\frac{1}{n} \delta^\top (\text{the layer's input})$,
# and the hidden layer's error is $\delta_1 = (\delta_2 W_2) \odot H \odot (1 - H)$. Check that every
# gradient has the shape of its parameter.

# %%
delta2 = Y_hat - Y                        # (n, 1)
dW2 = delta2.T @ H / n                    # (1, n)(n, 2) = (1, 2)
dB2 = delta2.sum(dim=0) / n               # (1,)
delta1 = (delta2 @ W2) * H * (1 - H)      # (n, 1)(1, 2) = (n, 2)
dW1 = delta1.T @ X / n                    # (2, n)(n, 2) = (2, 2)
dB1 = delta1.sum(dim=0) / n               # (2,)

grads = {"0.weight": dW1, "0.bias": dB1, "2.weight": dW2, "2.bias": dB2}
for name, g in grads.items():
    print(f"{name:9}", tuple(g.shape), [f"{v:.3g}" for v in g.flatten().tolist()])

# %% [markdown] lang="ko"
# 첫 번째 층의 기울기가 두 번째 층보다 훨씬 작습니다. 특히 두 번째 은닉 유닛으로 가는 값(`0.weight`의 두 번째 행, `0.bias`의 두 번째 원소)은 거의 0인데,
# $W_2$의 두 번째 원소가 아주 작기 때문입니다. 이제 autograd와 비교합니다.

# %% [markdown] lang="en"
# The first layer's gradients are much smaller than the second layer's; those leading to the second
# hidden unit (the second row of `0.weight`, the second entry of `0.bias`) are almost 0, because the
# second entry of $W_2$ is tiny. Now compare with autograd.

# %%
criterion = nn.BCELoss()
optimizer = optim.SGD(model.parameters(), lr=1)

optimizer.zero_grad()
criterion(model(X), Y).backward()
for name, p in model.named_parameters():
    print(f"{name:9}", torch.allclose(p.grad, grads[name], atol=1e-6),
          "max |difference| < 1e-6:", (p.grad - grads[name]).abs().max().item() < 1e-6)

# %% [markdown] lang="ko"
# 모두 같습니다. 마지막으로 학습률(learning rate) 1로 한 걸음 갑니다. 손으로는 $\theta := \theta - \alpha \, \partial \operatorname{cost} / \partial \theta$를 직접 계산하고,
# 모델은 `optimizer.step()`으로 갱신해서 두 결과를 비교합니다.

# %% [markdown] lang="en"
# All equal. Finally one step with learning rate 1: by hand we compute
# $\theta := \theta - \alpha \, \partial \operatorname{cost} / \partial \theta$ ourselves, and the model
# is updated by `optimizer.step()`; then we compare.

# %%
lr = 1.0
new_by_hand = {"0.weight": W1 - lr * dW1, "0.bias": B1 - lr * dB1,
               "2.weight": W2 - lr * dW2, "2.bias": B2 - lr * dB2}
optimizer.step()

for name, p in model.named_parameters():
    print(f"{name:9}", torch.allclose(p.detach(), new_by_hand[name], atol=1e-6))
with torch.no_grad():
    print("cost after one step:", round(criterion(model(X), Y).item(), 4))

# %% [markdown] lang="ko"
# 손으로 한 걸음과 `optim.SGD`의 한 걸음이 같은 가중치에 도착했고, 비용이 조금 내려갔습니다.

# %% [markdown] lang="en"
# One step by hand and one step of `optim.SGD` arrive at the same weights, and the cost went down a
# little.

# %% [markdown] lang="ko"
# ## 4. 손으로 쓴 역전파로 XOR 학습하기
#
# 위의 순전파와 역전파를 함수 하나로 묶고, autograd 없이 XOR을 학습합니다. 같은 시드로 처음 가중치를 다시 만들고,
# 학습률 1로 5001번(0번부터 5000번까지) 갱신하면서 1000번마다 비용을 출력합니다.

# %% [markdown] lang="en"
# ## 4. Training XOR with the hand-written backward pass
#
# Put the forward and the backward pass above into one function and train XOR without autograd.
# We make the initial weights again with the same seed and update 5001 times (updates 0 to 5000)
# with learning rate 1, printing the cost every 1000 updates.

# %%
def forward_backward(W1, B1, W2, B2, X, Y):
    """Return the cost and the gradients of W1, B1, W2, B2, all computed by hand."""
    n = len(X)
    H = torch.sigmoid(X @ W1.T + B1)
    Y_hat = torch.sigmoid(H @ W2.T + B2)
    cost = -(Y * torch.log(Y_hat) + (1 - Y) * torch.log(1 - Y_hat)).mean()
    delta2 = Y_hat - Y
    delta1 = (delta2 @ W2) * H * (1 - H)
    return cost, delta1.T @ X / n, delta1.sum(0) / n, delta2.T @ H / n, delta2.sum(0) / n


torch.manual_seed(777)
start1, start2 = nn.Linear(2, 2), nn.Linear(2, 1)
W1, B1 = start1.weight.detach().clone(), start1.bias.detach().clone()
W2, B2 = start2.weight.detach().clone(), start2.bias.detach().clone()

costs = []
for step in range(5001):
    cost, dW1, dB1, dW2, dB2 = forward_backward(W1, B1, W2, B2, X, Y)
    W1, B1, W2, B2 = W1 - lr * dW1, B1 - lr * dB1, W2 - lr * dW2, B2 - lr * dB2
    costs.append(cost.item())
    if step % 1000 == 0:
        print(step, round(cost.item(), 6))

# %% [markdown] lang="ko"
# 비용은 처음에 $\ln 2 \approx 0.6931$ 근처에 한동안 머물다가 {{ ch10.tutorial_below_0_6 }}번 갱신에서 0.6 아래로 내려가고, 5000번 갱신에서는 {{ ch10.tutorial_final_cost }}입니다.
# 학습된 가중치로 네 입력의 출력을 계산해 봅시다.

# %% [markdown] lang="en"
# The cost stays near $\ln 2 \approx 0.6931$ for a while, goes below 0.6 at update
# {{ ch10.tutorial_below_0_6 }}, and is {{ ch10.tutorial_final_cost }} at update 5000. Let us compute
# the outputs for the four inputs with the trained weights.

# %%
H = torch.sigmoid(X @ W1.T + B1)
Y_hat = torch.sigmoid(H @ W2.T + B2)
predicted = (Y_hat >= 0.5).float()
print("Y_hat:    ", [round(v, 4) for v in Y_hat.view(-1).tolist()])
print("predicted:", predicted.view(-1).tolist())
print("accuracy: ", (predicted == Y).float().mean().item())

# %% [markdown] lang="ko"
# 네 점을 모두 맞혔습니다. `backward()`도 옵티마이저도 쓰지 않고, 연쇄 법칙으로 유도한 식만으로 XOR을 풀었습니다.
# 학습 곡선을 로그 스케일로 그리면 $\ln 2$ 근처의 평지와 그 뒤의 하락이 보입니다.

# %% [markdown] lang="en"
# All four points are right. Without `backward()` and without an optimizer, the formulas derived
# with the chain rule alone solved XOR. The loss curve on a log scale shows the plateau near
# $\ln 2$ and the fall after it.

# %%
nnintro.plot.loss_history({"2-2-1, by hand": costs})

# %% [markdown] lang="ko"
# ## 5. 기울기 소실을 숫자로
#
# 이론 페이지에서는 유닛이 하나인 시그모이드 층 $k$개를 지나면 기울기가 많아야 $(1/4)^k |w_1 \cdots w_k|$배가 된다고 유도했습니다.
# 가중치를 모두 1, 편향을 0으로 두고 10층을 지나 봅시다. $(1/4)^{10}$과 비교합니다.

# %% [markdown] lang="en"
# ## 5. Vanishing gradients in numbers
#
# The theory page derived that passing $k$ sigmoid layers of one unit multiplies the gradient by at
# most $(1/4)^k |w_1 \cdots w_k|$. Set every weight to 1 and every bias to 0, pass 10 layers, and
# compare with $(1/4)^{10}$.

# %%
h0 = torch.tensor(0.0, requires_grad=True)
h = h0
for layer in range(10):
    h = torch.sigmoid(1.0 * h + 0.0)
h.backward()
print(f"dh10/dh0 = {h0.grad.item():.3e}   (1/4)^10 = {0.25**10:.3e}")

# %% [markdown] lang="ko"
# 실제 값은 한계보다도 작습니다. 첫 층만 $z = 0$에서 $\sigma' = 1/4$이고, 그 뒤로는 $z = h > 0$이라 $\sigma'$이 $1/4$보다 작기 때문입니다.
#
# 유닛이 여러 개인 층에서는 한 층을 거슬러 올라갈 때 기울기의 크기가 많아야 $\|W_l\| / 4$배가 됩니다($\|W_l\|$은 $W_l$이 벡터를 가장 크게 늘리는 배율로,
# `torch.linalg.matrix_norm(W, 2)`가 계산합니다). 9장처럼 유닛 32개짜리 층 10개를 쌓고, 은닉층마다 기울기가 실제로 줄어든 배율
# $\|\partial \operatorname{cost} / \partial h^{(l-1)}\| \,/\, \|\partial \operatorname{cost} / \partial h^{(l)}\|$을 이 한계와 비교합니다.
# ReLU는 켜진 유닛의 도함수가 1이므로 한계가 $\|W_l\|$입니다. ReLU는 9장의 He 초기화로도 재 봅니다.

# %% [markdown] lang="en"
# The actual value is even below the bound: only the first layer sits at $z = 0$, where
# $\sigma' = 1/4$; after that $z = h > 0$ and $\sigma'$ is below $1/4$.
#
# For layers of several units, going back through one layer multiplies the gradient's size by at most
# $\|W_l\| / 4$ ($\|W_l\|$ is the largest factor by which $W_l$ stretches a vector, computed by
# `torch.linalg.matrix_norm(W, 2)`). As in chapter 9, stack 10 layers of 32 units and compare, at each
# hidden layer, the factor by which the gradient actually shrank,
# $\|\partial \operatorname{cost} / \partial h^{(l-1)}\| \,/\, \|\partial \operatorname{cost} / \partial h^{(l)}\|$,
# with this bound. For ReLU, whose derivative is 1 where a unit is on, the bound is $\|W_l\|$. ReLU
# is measured with chapter 9's He initialisation too.

# %%
def shrink_per_layer(activation, he=False, depth=10, width=32, batch=256):
    """Per hidden layer l: ||∂cost/∂h^(l-1)|| / ||∂cost/∂h^(l)||, and its bound g'max * ||W_l||."""
    torch.manual_seed(0)
    linears = [nn.Linear(width, width) for _ in range(depth - 1)] + [nn.Linear(width, 1)]
    if he:
        for linear in linears:
            nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
            nn.init.zeros_(linear.bias)
    x = torch.randn(batch, width)
    target = torch.randint(0, 2, (batch, 1)).float()
    hs = [x.requires_grad_()]
    for linear in linears[:-1]:
        hs.append(activation(linear(hs[-1])))
        hs[-1].retain_grad()
    F.binary_cross_entropy_with_logits(linears[-1](hs[-1]), target).backward()
    largest = 0.25 if activation is torch.sigmoid else 1.0  # the largest derivative
    rows = []
    for l in range(1, depth):  # hidden layer l maps hs[l - 1] to hs[l]
        ratio = (hs[l - 1].grad.norm() / hs[l].grad.norm()).item()
        bound = largest * torch.linalg.matrix_norm(linears[l - 1].weight.detach(), 2).item()
        rows.append((l, ratio, bound))
    return rows


products = {}
for name, activation, he in [("sigmoid", torch.sigmoid, False), ("ReLU", torch.relu, False),
                             ("ReLU, He", torch.relu, True)]:
    rows = shrink_per_layer(activation, he)
    products[name] = torch.tensor([ratio for _, ratio, _ in rows]).prod().item()
    print(name)
    for l, ratio, bound in rows:
        print(f"  layer {l}: shrink {ratio:.3f}  bound {bound:.3f}  ok {ratio <= bound}")
print({name: f"{p:.1e}" for name, p in products.items()})

# %% [markdown] lang="ko"
# 모든 층에서 실제 배율이 한계 이하입니다(`ok True`). 시그모이드는 층마다 기울기가 한계 $\|W_l\| / 4$보다도 더 많이 줄어들어서,
# 아홉 층을 지나는 동안 ${{ ch10.tutorial_sigmoid_product }}$배가 됩니다. ReLU의 배율은 그보다 훨씬 커서 아홉 층을 지나는 동안 PyTorch 기본 초기화에서는 ${{ ch10.tutorial_relu_product }}$배,
# He 초기화에서는 {{ ch10.tutorial_relu_he_product }}배입니다. 9장의 실험이 보여 준 차이가 바로 이것입니다.

# %% [markdown] lang="en"
# At every layer the actual factor is within the bound (`ok True`). With the sigmoid the gradient
# shrinks at every layer by even more than the bound $\|W_l\| / 4$, so over nine layers it becomes
# ${{ ch10.tutorial_sigmoid_product }}$ times as large. ReLU's factors are much larger: over the nine
# layers ${{ ch10.tutorial_relu_product }}$ with PyTorch's default initialisation and
# {{ ch10.tutorial_relu_he_product }} with He initialisation. That is the difference chapter 9's
# experiment showed.

# %% [markdown] lang="ko"
# ## 6. `nnintro`로 같은 일 하기
#
# `nnintro.backprop`에는 이 튜토리얼의 계산이 식과 함께 들어 있습니다([API 문서](../reference/backprop.md)).
# `manual_gradients(model, x, y)`는 `nn.Linear`와 `nn.Sigmoid`가 번갈아 있는 모델의 비용과 기울기를 손으로 계산해서 `named_parameters()`의 이름으로 돌려주고,
# `sgd_step`은 그 기울기로 한 걸음 갑니다. `model.parameters()`의 `.grad`는 건드리지 않습니다.

# %% [markdown] lang="en"
# ## 6. The same with `nnintro`
#
# `nnintro.backprop` holds this tutorial's computations, each beside its formula
# ([API page](../reference/backprop.md)). `manual_gradients(model, x, y)` computes by hand the cost
# and the gradients of a model of alternating `nn.Linear` and `nn.Sigmoid`, named as in
# `named_parameters()`; `sgd_step` takes one step with them. Neither touches `.grad`.

# %%
torch.manual_seed(777)
mlp = nnintro.models.MLP([2, 2, 1], activation="sigmoid", output_activation="sigmoid")
cost, grads = nnintro.backprop.manual_gradients(mlp, X, Y)
print("cost", round(cost.item(), 4))

criterion(mlp(X), Y).backward()
print({name: torch.allclose(p.grad, grads[name], atol=1e-6) for name, p in mlp.named_parameters()})

# %% [markdown] lang="ko"
# `nnintro.models.MLP`는 같은 시드에서 위의 `nn.Sequential`과 같은 가중치로 시작하므로 비용도 같고, 기울기는 autograd와 같습니다.
# 학습 루프는 두 줄이면 됩니다. 4절과 같은 5001번을 돌려 마지막 비용을 비교해 봅시다.

# %% [markdown] lang="en"
# Under the same seed `nnintro.models.MLP` starts from the same weights as the `nn.Sequential` above,
# so the cost is the same, and the gradients equal autograd's. The training loop takes two lines;
# run the same 5001 updates as section 4 and compare the last cost.

# %%
torch.manual_seed(777)
mlp = nnintro.models.MLP([2, 2, 1], activation="sigmoid", output_activation="sigmoid")
for step in range(5001):
    cost, grads = nnintro.backprop.manual_gradients(mlp, X, Y)
    nnintro.backprop.sgd_step(mlp, grads, lr=1.0)
print(round(cost.item(), 4), round(costs[-1], 4))

# %% [markdown] lang="ko"
# 4절에서 직접 쓴 함수와 같은 비용에 도착합니다.

# %% [markdown] lang="en"
# It arrives at the same cost as the function written in section 4.

# %% [markdown] lang="ko"
# ## 7. 정리
#
# - 순전파는 값을 계산하고 중간값을 남깁니다. 역전파는 그 중간값으로 국소 도함수를 구해, 출력 쪽에서부터 기울기를 곱해 나갑니다.
# - 작은 네트워크에서 손으로 곱한 기울기는 autograd의 `.grad`와 같습니다. 값이 두 곳에 쓰이면 기울기를 더합니다.
# - 2-2-1 MLP에서는 $\delta_2 = \hat Y - Y$, $\delta_1 = (\delta_2 W_2) \odot H \odot (1 - H)$이고, 가중치의 기울기는 $\frac{1}{n} \delta^\top (\text{층의 입력})$입니다. 손으로 한 걸음은 `optim.SGD`의 한 걸음과 같습니다.
# - 손으로 쓴 역전파만으로 XOR을 풀 수 있습니다.
# - 시그모이드 층마다 기울기는 많아야 $\|W_l\| / 4$배가 되고, 실제로도 그 안에서 줄어듭니다. ReLU는 많아야 $\|W_l\|$배입니다.

# %% [markdown] lang="en"
# ## 7. Summary
#
# - The forward pass computes the values and keeps the intermediate ones. The backward pass uses them for the local derivatives and multiplies gradients from the output backwards.
# - In the tiny network the gradients multiplied by hand equal autograd's `.grad`. A value used in two places gets the sum of the gradients.
# - In the 2-2-1 MLP, $\delta_2 = \hat Y - Y$, $\delta_1 = (\delta_2 W_2) \odot H \odot (1 - H)$, and a weight's gradient is $\frac{1}{n} \delta^\top (\text{the layer's input})$. One step by hand equals one step of `optim.SGD`.
# - The hand-written backward pass alone solves XOR.
# - Each sigmoid layer multiplies the gradient's size by at most $\|W_l\| / 4$, and in practice it shrinks within that bound. For ReLU the bound is $\|W_l\|$.

# %% [markdown] lang="ko"
# ## 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 맞으면 "정답입니다!", 틀리면 흔히 하는 실수에 맞춘 힌트가 나옵니다.
# 문제마다 힌트와 풀이가 접혀 있고, 코드에서는 `ch10.q1.hint()`, `ch10.q1.solution()`으로 볼 수 있습니다.
# 셀을 실행하기 전에 `...`를 여러분의 답으로 바꾸세요.

# %% [markdown] lang="en"
# ## Exercises
#
# Write your answer and check it with `check`: a right answer says "Correct!", a wrong one gets a hint
# aimed at the usual mistake. Each exercise has its hint and solution folded below it; in code,
# `ch10.q1.hint()` and `ch10.q1.solution()` show them. Replace `...` with your answer before running
# a cell.

# %%
from nnintro import exercises
from nnintro.exercises import ch10

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch10.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch10.q1 }}

# %%
def my_sigmoid_backward(grad_out, out):
    ...  # your code here


ch10.q1.check(my_sigmoid_backward)

# %% [markdown] lang="ko"
# {{ exercise ch10.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch10.q2 }}

# %%
dw1 = ...  # ∂L/∂w1 when y = 0

ch10.q2.check(dw1)

# %% [markdown] lang="ko"
# {{ exercise ch10.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch10.q3 }}

# %%
factor = ...

ch10.q3.check(factor)

# %% [markdown] lang="ko"
# {{ exercise ch10.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch10.q4 }}

# %%
answer = ...  # w1.grad after two forward and backward passes

ch10.q4.check(answer)

# %% [markdown] lang="ko"
# {{ exercise ch10.q5 }}

# %% [markdown] lang="en"
# {{ exercise ch10.q5 }}

# %%
shape = ...

ch10.q5.check(shape)

# %% tags=["numbers"]
def tex(value):
    mantissa, exponent = f"{value:.1e}".split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"


{
    "tutorial_below_0_6": str(next(t for t, c in enumerate(costs) if c < 0.6)),
    "tutorial_final_cost": f"{costs[-1]:.4f}",
    "tutorial_sigmoid_product": tex(products["sigmoid"]),
    "tutorial_relu_product": tex(products["ReLU"]),
    "tutorial_relu_he_product": f"{products['ReLU, He']:.2f}",
}
