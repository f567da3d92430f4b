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
# # 퍼셉트론 튜토리얼
#
# [이론 페이지](../theory/08-perceptron.md)에서는 퍼셉트론(perceptron)으로 AND, NAND, OR 게이트를 만들고,
# XOR은 직선 하나로 나눌 수 없다는 것을 부등식으로 확인했습니다. 이번에는 같은 내용을 코드로 실행해 봅니다.
# 강의 노트북과 같은 가중치(weight), 시드, 학습률(learning rate), 반복 횟수를 쓰기 때문에 출력되는 숫자도 강의와 같습니다.
# 다만 부동소수점(floating-point) 계산은 컴퓨터마다 조금씩 달라서 마지막 자리는 다를 수 있습니다.
#
# 이 튜토리얼의 순서는 다음과 같습니다.
#
# 1. AND, NAND, OR 게이트를 파이썬 함수로 만들고 진리표(truth table)를 출력합니다.
# 2. 네 입력을 텐서 하나로 묶어 가중 합을 한 번에 계산합니다.
# 3. NAND, OR, AND를 조합해서 XOR을 만듭니다.
# 4. 직선 하나로는 XOR을 만들 수 없다는 것을 많은 가중치를 직접 시험해서 확인합니다.
# 5. 강의의 실험처럼 한 층짜리 모델로 XOR을 학습하고, 비용(cost)이 $\ln 2$에서 멈추는 것을 봅니다.
# 6. 왜 $\ln 2$인지 기울기를 계산해서 확인합니다.
# 7. 같은 일을 `nnintro`로 다시 해 봅니다.
# 8. 마지막으로 연습 문제를 풀고 `check`로 확인합니다.

# %% [markdown] lang="en"
# # Perceptron tutorial
#
# On the [theory page](../theory/08-perceptron.md) we built AND, NAND and OR gates from perceptrons,
# and showed with inequalities that no single line can separate XOR. Here we run the same ideas as
# code. We use the lecture's weights, seed, learning rate and number of steps, so the numbers
# printed below are the lecture's, up to the last digits: floating-point results differ slightly
# from one computer to another.
#
# The plan:
#
# 1. Write the AND, NAND and OR gates as Python functions and print their truth tables.
# 2. Put the four inputs in one tensor and compute all the weighted sums at once.
# 3. Build XOR by combining NAND, OR and AND.
# 4. Check, by trying many weights, that no single line computes XOR.
# 5. Train a single-layer model on XOR as the lecture does, and watch the cost stop at $\ln 2$.
# 6. Compute the gradient to see why it is $\ln 2$.
# 7. Do the same again with `nnintro`.
# 8. Finally, solve the exercises and check them with `check`.

# %% [markdown] lang="ko"
# ## 1. 준비
#
# 필요한 모듈을 불러옵니다. 게이트 부분에는 무작위 요소가 없고, 학습하는 부분에서는 강의처럼
# `torch.manual_seed(777)`로 시드를 고정합니다.

# %% [markdown] lang="en"
# ## 1. Setup
#
# Import what we need. The gates involve nothing random; for training we fix the seed with
# `torch.manual_seed(777)`, as the lecture does.

# %%
import itertools
import math

import torch
import torch.nn as nn
import torch.optim as optim

import nnintro

# %% [markdown] lang="ko"
# ## 2. 게이트를 함수로 만들기
#
# 퍼셉트론은 가중 합 $z = w_1 x_1 + w_2 x_2 + b$가 0 이상이면 1, 0보다 작으면 0을 냅니다($z \ge 0$이면 1, 강의의 식과 이 과정의 규칙).
# 강의의 AND 게이트는 $w_1 = w_2 = 0.5$, 편향(bias) $b = -0.7$입니다. 강의 코드를 옮기되, 강의 코드의 비교 `result <= 0`은
# $z = 0$에서 0을 내므로 규칙에 맞게 `result < 0`으로 썼습니다. 이 게이트들에서는 $z$가 정확히 0이 되는 입력이 없어서 결과는 같습니다.

# %% [markdown] lang="en"
# ## 2. Gates as functions
#
# A perceptron outputs 1 if the weighted sum $z = w_1 x_1 + w_2 x_2 + b$ is at least 0, and 0 if it is
# below ($z \ge 0$ gives 1: the lecture's formula and this course's rule). The lecture's AND gate has
# $w_1 = w_2 = 0.5$ and bias $b = -0.7$. Here is the lecture's code, with one change: its comparison
# `result <= 0` outputs 0 at $z = 0$, so we write `result < 0`, as the rule says. No input of these gates lands
# on $z = 0$ exactly, so the results are the same.

# %%
def AND_gate(x1, x2):
    w1 = 0.5
    w2 = 0.5
    b = -0.7
    result = x1 * w1 + x2 * w2 + b
    if result < 0:
        return 0
    else:
        return 1


print(AND_gate(0, 0), AND_gate(0, 1), AND_gate(1, 0), AND_gate(1, 1))

# %% [markdown] lang="ko"
# 두 입력이 모두 1일 때만 1이 나옵니다. NAND와 OR도 구조는 똑같고 가중치와 편향만 다릅니다.
# NAND는 AND의 부호를 모두 뒤집은 $(-0.5, -0.5, 0.7)$, OR는 $(0.6, 0.6, -0.5)$입니다.

# %% [markdown] lang="en"
# Only when both inputs are 1 do we get 1. NAND and OR have exactly the same structure with other
# weights and bias: NAND is AND with every sign flipped, $(-0.5, -0.5, 0.7)$, and OR is
# $(0.6, 0.6, -0.5)$.

# %%
def NAND_gate(x1, x2):
    w1 = -0.5
    w2 = -0.5
    b = 0.7
    result = x1 * w1 + x2 * w2 + b
    if result < 0:
        return 0
    else:
        return 1


def OR_gate(x1, x2):
    w1 = 0.6
    w2 = 0.6
    b = -0.5
    result = x1 * w1 + x2 * w2 + b
    if result < 0:
        return 0
    else:
        return 1


inputs = [(0, 0), (0, 1), (1, 0), (1, 1)]
print("x1 x2  AND NAND OR")
for x1, x2 in inputs:
    y_and, y_nand, y_or = AND_gate(x1, x2), NAND_gate(x1, x2), OR_gate(x1, x2)
    print(f" {x1}  {x2}   {y_and}    {y_nand}    {y_or}")

# %% [markdown] lang="ko"
# 이론 페이지의 진리표와 같습니다. 세 함수는 숫자 세 개만 다르다는 점에 주목하세요.
# 게이트의 "기능"은 코드가 아니라 가중치와 편향에 들어 있습니다.

# %% [markdown] lang="en"
# This is the truth table of the theory page. Notice that the three functions differ only in three
# numbers: what a gate does lives in its weights and bias, not in its code.

# %% [markdown] lang="ko"
# ## 3. 네 입력을 한 번에 계산하기
#
# 입력 네 개를 `(4, 2)` 텐서 `X`로, 가중치를 `(2,)` 텐서 `w`로 두면, 네 가중 합을 행렬 곱 한 번 `X @ w + b`로 구할 수 있습니다.
# 계단 함수는 `(z >= 0)`이고, 참/거짓을 0/1로 바꾸려면 `.int()`를 붙입니다.

# %% [markdown] lang="en"
# ## 3. All four inputs at once
#
# With the four inputs as a `(4, 2)` tensor `X` and the weights as a `(2,)` tensor `w`, one matrix
# product `X @ w + b` gives all four weighted sums. The step function is `(z >= 0)`, and `.int()`
# turns true/false into 1/0.

# %%
X = torch.FloatTensor(inputs)

weights = {
    "AND": ([0.5, 0.5], -0.7),
    "NAND": ([-0.5, -0.5], 0.7),
    "OR": ([0.6, 0.6], -0.5),
}
for name, (w, b) in weights.items():
    z = X @ torch.tensor(w) + b
    y = (z >= 0).int()
    print(f"{name:4}  z = {[round(v, 4) for v in z.tolist()]}  y = {y.tolist()}")

# %% [markdown] lang="ko"
# 가중 합은 이론 페이지의 표와 같고, $z \ge 0$인 자리가 정확히 진리표의 1입니다.
# (`round`는 $0.5 - 0.7$이 float32에서 $-0.2$와 아주 조금 다르게 계산되는 것을 감추려고 썼습니다.)

# %% [markdown] lang="en"
# The weighted sums match the table on the theory page, and $z \ge 0$ exactly where the truth table
# has a 1. (`round` hides that float32 computes $0.5 - 0.7$ as a number very slightly different
# from $-0.2$.)

# %% [markdown] lang="ko"
# ## 4. XOR 만들기
#
# XOR은 "하나 이상이 1(OR)"이면서 "둘 다 1은 아님(NAND)"일 때 1이므로, 두 결과를 AND로 묶으면 됩니다.
# NAND와 OR가 첫 번째 층(은닉층, hidden layer), AND가 두 번째 층입니다.

# %% [markdown] lang="en"
# ## 4. Building XOR
#
# XOR is 1 when "at least one is 1" (OR) and "not both are 1" (NAND), so we join the two with AND.
# NAND and OR form the first layer (the hidden layer), AND the second.

# %%
def XOR_gate(x1, x2):
    h1 = NAND_gate(x1, x2)
    h2 = OR_gate(x1, x2)
    return AND_gate(h1, h2)


print("x1 x2  h1 h2  XOR")
for x1, x2 in inputs:
    print(f" {x1}  {x2}   {NAND_gate(x1, x2)}  {OR_gate(x1, x2)}   {XOR_gate(x1, x2)}")

# %% [markdown] lang="ko"
# 은닉층 출력 $(h_1, h_2)$를 보면 $(0, 1)$과 $(1, 0)$이 모두 $(1, 1)$로 모이고, 나머지 두 입력은 $(1, 0)$과 $(0, 1)$로 갑니다.
# $(h_1, h_2)$에서는 AND 하나로 나뉘는 모양이 된 것입니다.

# %% [markdown] lang="en"
# Look at the hidden outputs $(h_1, h_2)$: $(0, 1)$ and $(1, 0)$ both go to $(1, 1)$, and the other
# two inputs go to $(1, 0)$ and $(0, 1)$. In $(h_1, h_2)$ the points have become separable by AND alone.

# %% [markdown] lang="ko"
# ## 5. 직선 하나로는 안 된다
#
# 이론 페이지에서는 네 부등식으로 XOR을 만드는 $w_1, w_2, b$가 없다는 것을 보였습니다.
# 코드로도 확인해 봅시다. $-2$부터 2까지 0.1 간격으로 $w_1, w_2, b$를 모두 조합하면 $41^3 = 68921$개의 퍼셉트론이 됩니다.
# 각각이 XOR의 네 점 가운데 몇 개를 맞히는지 세어, 가장 많이 맞힌 개수를 구합니다.

# %% [markdown] lang="en"
# ## 5. One line is not enough
#
# The theory page showed with four inequalities that no $w_1, w_2, b$ give XOR. Let us check with code
# as well. Every combination of $w_1, w_2, b$ from $-2$ to 2 in steps of 0.1 gives $41^3 = 68921$
# perceptrons. For each we count how many of XOR's four points it gets right, and keep the best count.

# %%
y_xor = torch.tensor([0, 1, 1, 0])
grid = torch.linspace(-2, 2, 41)
W = torch.cartesian_prod(grid, grid)  # (1681, 2): every (w1, w2)
B = grid.view(-1, 1, 1)  # (41, 1, 1): every b

z = (X @ W.T).unsqueeze(0) + B  # (41, 4, 1681): z of each input for each (b, w1, w2)
# how many of the four points each perceptron gets right
correct = ((z >= 0).int() == y_xor.view(1, 4, 1)).sum(dim=1)
print(correct.numel(), "perceptrons")
print("most points right:", correct.max().item(), "of 4")
print("how many get 3 right:", (correct == 3).sum().item())

# %% [markdown] lang="ko"
# 68921개 가운데 4개를 모두 맞히는 퍼셉트론은 하나도 없습니다. 가장 잘해야 3개입니다.
# 물론 유한한 격자를 시험한 것일 뿐이고, 모든 실수에 대해 성립한다는 증명은 이론 페이지의 부등식입니다.
# `nnintro.plot.gate_regions`로 AND, OR, NAND의 직선을 XOR의 네 점 위에 그려 보면, 어느 직선이든 틀리는 점(빨간 원)이 남습니다.

# %% [markdown] lang="en"
# Of the 68921 perceptrons, not one gets all 4 points right; the best get 3. This tests only a
# finite grid, of course; the proof for all real numbers is the inequalities on the theory page.
# Drawing the lines of AND, OR and NAND over XOR's four points with `nnintro.plot.gate_regions`
# shows that every line leaves a point wrong (red circle).

# %%
gates = nnintro.gates
nnintro.plot.gate_regions(
    {"AND": gates.AND, "OR": gates.OR, "NAND": gates.NAND}, targets=[0, 1, 1, 0]
)

# %% [markdown] lang="ko"
# ## 6. 한 층으로 XOR 학습하기
#
# 이제 강의의 실험입니다. 계단 함수는 ($z = 0$을 뺀 곳에서) 도함수가 0이라 경사 하강법으로 학습할 수 없으므로, 선형 층 `nn.Linear(2, 1)` 뒤에
# 시그모이드 `nn.Sigmoid()`를 붙입니다. 비용은 이진 교차 엔트로피(binary cross-entropy) `nn.BCELoss()`이고(PyTorch는 비용 함수를
# `loss`라고 부릅니다), 옵티마이저는 학습률 1의 `optim.SGD`이며, 0번부터 10000번까지 10001번 갱신합니다.
# 갱신마다 네 점을 모두 넘기므로 갱신 한 번이 곧 에폭(epoch) 하나이고, 이름과 달리 배치 경사 하강법입니다
# ([9장](../theory/09-multi-layer-perceptron.md)에서 배치 크기와 함께 다룹니다). 강의는 100번마다 비용을 출력하지만, 여기서는 출력을 짧게 하려고 1000번마다 출력합니다.

# %% [markdown] lang="en"
# ## 6. Learning XOR with one layer
#
# Now the lecture's experiment. The step function has zero slope and cannot be learned by gradient
# descent, so a sigmoid `nn.Sigmoid()` follows the linear layer `nn.Linear(2, 1)`. The cost is the
# binary cross-entropy `nn.BCELoss()` (PyTorch calls a cost function a `loss`), the optimizer `optim.SGD`
# with learning rate 1, and we update 10001 times, steps 0 to 10000. Every update is fed all four points, so one
# update is one epoch, and despite the name this is batch gradient descent (chapter 9
# [covers the batch size](../theory/09-multi-layer-perceptron.md)). The lecture prints the cost every 100 steps; to keep the output short we
# print every 1000.

# %%
torch.manual_seed(777)

X = torch.FloatTensor([[0, 0], [0, 1], [1, 0], [1, 1]])
Y = torch.FloatTensor([[0], [1], [1], [0]])

linear = nn.Linear(2, 1, bias=True)
sigmoid = nn.Sigmoid()
model = nn.Sequential(linear, sigmoid)

criterion = nn.BCELoss()
optimizer = optim.SGD(model.parameters(), lr=1)

for step in range(10001):
    optimizer.zero_grad()
    hypothesis = model(X)
    cost = criterion(hypothesis, Y)
    cost.backward()
    optimizer.step()

    if step % 1000 == 0:
        print(step, cost.item())

# %% [markdown] lang="ko"
# 위 출력처럼 비용은 $\ln 2$보다 큰 값에서 시작해서, 1000번 갱신했을 때는 이미 float32의 정밀도 안에서 $\ln 2$와 같아지고
# 그 뒤로는 더 내려가지 않습니다. $\ln 2$를 직접 계산해 비교해 봅시다.

# %% [markdown] lang="en"
# As the output shows, the cost starts above $\ln 2$, is already $\ln 2$ to float32 precision at
# step 1000, and goes no lower after that. Compute $\ln 2$ to compare.

# %%
print(math.log(2))

# %% [markdown] lang="ko"
# 학습된 모델의 출력, 이 과정의 규칙 $p \ge 0.5$로 자른 예측, 정확도를 출력해 봅시다. 강의 코드는 `> 0.5`로 자르는데,
# 두 규칙이 어떻게 다른지도 함께 출력합니다.

# %% [markdown] lang="en"
# Print the trained model's outputs, the predictions cut with this course's rule $p \ge 0.5$, and the accuracy.
# The lecture's code cuts with `> 0.5`; we print what that gives as well.

# %%
with torch.no_grad():
    hypothesis = model(X)
    predicted = (hypothesis >= 0.5).float()
    accuracy = (predicted == Y).float().mean()
    print("Hypothesis:", hypothesis.view(-1).tolist())
    print("Predicted: ", predicted.view(-1).tolist())
    print("Accuracy:  ", accuracy.item())
    lecture = (hypothesis > 0.5).float()
    print("> 0.5:     ", lecture.view(-1).tolist(), (lecture == Y).float().mean().item())

# %% [markdown] lang="ko"
# 네 입력 모두에 대해 출력이 0.5입니다. $0.5 \ge 0.5$이므로 예측은 모두 1이고, 정답이 1인 두 점만 맞혀서 정확도는 0.5입니다.
# 강의 코드처럼 `> 0.5`로 자르면 예측이 모두 0이 되어 정답이 0인 두 점을 맞히므로, 정확도는 역시 0.5입니다.
# 경계에 딱 놓인 출력은 규칙에 따라 예측이 뒤집히지만, 어느 쪽이든 모델은 "모르겠다, 반반이다"라고 답하고 있는 셈입니다.

# %% [markdown] lang="en"
# The output is 0.5 for all four inputs. $0.5 \ge 0.5$, so every prediction is 1, and only the two points
# whose answer is 1 are right: accuracy 0.5. Cut with `> 0.5` as in the lecture's code, every prediction is 0
# and the two points whose answer is 0 are right: accuracy 0.5 as well. An output exactly on the boundary flips
# its prediction with the rule, but either way the model is answering "no idea, fifty-fifty".

# %% [markdown] lang="ko"
# ## 7. 왜 ln 2일까
#
# 학습이 끝난 가중치와 편향을 보면 답이 보입니다.

# %% [markdown] lang="en"
# ## 7. Why ln 2?
#
# The trained weight and bias give the answer away.

# %%
print(linear.weight.data, linear.bias.data)

# %% [markdown] lang="ko"
# 모두 $10^{-7}$ 정도로, 사실상 0입니다. 그러면 모든 입력에서 $z \approx 0$, 출력은 $\sigma(0) = 0.5$이고,
# 샘플마다 비용은 정답과 상관없이 $-\ln 0.5 = \ln 2$입니다.
#
# 그런데 학습은 왜 하필 이곳으로 갔을까요? 이론 페이지에서 보였듯이 $w = 0$, $b = 0$에서는 비용의 기울기가 0입니다.
# 새 매개변수(parameter)를 0으로 두고 autograd로 기울기(gradient)를 구해 확인해 봅시다.

# %% [markdown] lang="en"
# All are about $10^{-7}$, zero for all practical purposes. Then $z \approx 0$ for every input, the
# output is $\sigma(0) = 0.5$, and each sample's cost is $-\ln 0.5 = \ln 2$ whatever its answer.
#
# But why did training go exactly there? As the theory page showed, the gradient of the cost is 0 at
# $w = 0$, $b = 0$. Let us check with autograd, starting from parameters set to 0.

# %%
w = torch.zeros(2, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

cost = criterion(torch.sigmoid(X @ w + b), Y)
cost.backward()
print(cost.item(), w.grad.view(-1).tolist(), b.grad.tolist())

# %% [markdown] lang="ko"
# 비용은 $\ln 2$이고 기울기는 정확히 0입니다. BCE는 $(w, b)$에 대해 볼록(convex)하므로 기울기가 0인 곳이 최솟값입니다.
# 정말 어떤 직선도 이보다 나을 수 없는지, 무작위로 뽑은 $(w, b)$ 10만 개에서 비용을 계산해 가장 작은 값을 찾아봅시다.

# %% [markdown] lang="en"
# The cost is $\ln 2$ and the gradient is exactly 0. BCE is convex in $(w, b)$, so a point of zero
# gradient is the minimum. To see that no line really does better, compute the cost at 100,000
# random $(w, b)$ and find the smallest.

# %%
generator = torch.Generator().manual_seed(0)
params = torch.randn(100_000, 3, generator=generator) * 3  # rows (w1, w2, b)

z = X @ params[:, :2].T + params[:, 2]  # (4, 100000): z of each input for each (w, b)
# BCE of σ(z) computed from z directly: it stays finite where σ(z) rounds to 0 or 1
bce = nn.functional.binary_cross_entropy_with_logits
costs = bce(z, Y.expand_as(z), reduction="none").mean(dim=0)
best = costs.argmin()
print(f"smallest cost {costs.min().item():.6f}")
print(f"ln 2          {math.log(2):.6f}")
print("at (w1, w2, b) =", [round(v, 3) for v in params[best].tolist()])

# %% [markdown] lang="ko"
# 10만 개 가운데 가장 좋은 것도 비용이 $\ln 2$보다 높고, 그때의 $(w_1, w_2, b)$도 0 근처입니다.
# 한 층짜리 모델이 낼 수 있는 최선이 바로 "모두 0.5"인 것입니다.

# %% [markdown] lang="en"
# Even the best of 100,000 has a cost above $\ln 2$, and its $(w_1, w_2, b)$ is near 0. "0.5 for
# everything" is the best a single layer can do.

# %% [markdown] lang="ko"
# ## 8. `nnintro`로 같은 일 하기
#
# `nnintro.gates`에는 강의의 가중치로 만든 `AND`, `NAND`, `OR`와, 두 층으로 조합한 `XOR`이 들어 있습니다.
# `truth_table`은 네 입력에 대한 진리표를 `(x1, x2, y)` 행으로 돌려줍니다([API 문서](../reference/gates.md)).

# %% [markdown] lang="en"
# ## 8. The same with `nnintro`
#
# `nnintro.gates` holds `AND`, `NAND` and `OR` with the lecture's weights, and `XOR` built from two
# layers of them. `truth_table` returns the table for the four inputs as `(x1, x2, y)` rows
# ([API page](../reference/gates.md)).

# %%
from nnintro.gates import AND, NAND, OR, XOR, truth_table

for gate in (AND, NAND, OR, XOR):
    print(f"{gate.name:4}", truth_table(gate))

print(XOR.hidden_outputs(0, 1), XOR(0, 1))

# %% [markdown] lang="ko"
# 한 층 실험은 `nnintro.train.fit`으로 다시 할 수 있습니다. `fit`은 6절의 루프(`zero_grad` → 예측 → 비용 → `backward` → `step`)를
# 그대로 돌리므로, 시드 777로 같은 모델을 만들면 같은 숫자가 나옵니다. `fit`은 에폭을 1부터 세므로 6절의 0번 갱신이 여기서는 에폭 1입니다.

# %% [markdown] lang="en"
# The single-layer experiment can be rerun with `nnintro.train.fit`. `fit` runs the loop of section 6
# (`zero_grad` → prediction → cost → `backward` → `step`), so the same model built after seed 777
# gives the same numbers. `fit` counts epochs from 1: step 0 of section 6 is epoch 1 here.

# %%
torch.manual_seed(777)
x, y = nnintro.data.xor()
model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
history = nnintro.train.fit(
    model, x, y, lr=1, epochs=10001, loss_fn=nn.BCELoss(), log_every=2500
)

print(abs(history.final_loss - math.log(2)))

# %% [markdown] lang="ko"
# 마지막 비용과 $\ln 2$의 차이는 float32의 반올림 오차 정도밖에 되지 않습니다. 학습 곡선을 그리면 처음 몇십 에폭 만에 바닥에 닿고
# 그 뒤로는 평평합니다. 비용이 $\ln 2$ 근처로만 움직이므로 로그 스케일을 끄고(`log_y=False`) 그립니다.

# %% [markdown] lang="en"
# The last cost differs from $\ln 2$ by no more than float32 rounding. The loss curve reaches the
# bottom within a few dozen epochs and is flat after that. The cost moves only near $\ln 2$, so we draw
# it without the log scale (`log_y=False`).

# %%
nnintro.plot.loss_history({"Linear(2, 1) + sigmoid": history.losses[:200]}, log_y=False)

# %% [markdown] lang="ko"
# ## 9. 정리
#
# - 퍼셉트론은 $z = w_1 x_1 + w_2 x_2 + b$가 0 이상이면 1, 0보다 작으면 0을 냅니다. 가중치와 편향만 바꿔서 AND, NAND, OR를 만들 수 있습니다.
# - 퍼셉트론 하나는 평면을 직선 하나로 나눕니다. XOR의 네 점은 직선 하나로 나눌 수 없습니다.
# - NAND와 OR를 첫 층에, AND를 둘째 층에 두면 XOR이 됩니다. 첫 층이 입력을 직선으로 나뉘는 모양으로 바꿔 줍니다.
# - 시그모이드 한 층으로 XOR을 학습하면 비용은 $\ln 2 \approx 0.6931$에서 멈추고 모든 출력이 0.5가 됩니다. 이것은 학습 실패가 아니라 한 층이 낼 수 있는 최선입니다.

# %% [markdown] lang="en"
# ## 9. Summary
#
# - A perceptron outputs 1 if $z = w_1 x_1 + w_2 x_2 + b \ge 0$, and 0 otherwise. Changing only the weights and bias gives AND, NAND or OR.
# - One perceptron cuts the plane with one line. No single line separates XOR's four points.
# - NAND and OR in a first layer and AND in a second make XOR. The first layer turns the inputs into something a line can separate.
# - Learning XOR with one sigmoid layer stops at a cost of $\ln 2 \approx 0.6931$ with every output 0.5. That is not a failure of training: it is the best one layer can do.


# %% [markdown] lang="ko"
# ## 10. 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 힌트와 풀이는 문제 아래에 접혀 있습니다. 코드 셀에서 `ch08.q1.hint()`로 힌트를,
# `ch08.q1.solution()`으로 풀이를 볼 수도 있습니다. 틀리면 `check`가 어디가 틀렸는지 알려 줍니다.

# %% [markdown] lang="en"
# ## 10. Exercises
#
# Write your answer and check it with `check`. The hint and the solution are folded under each question; in a code
# cell, `ch08.q1.hint()` shows the hint and `ch08.q1.solution()` the solution. A wrong answer gets told what is wrong.

# %%
from nnintro import exercises
from nnintro.exercises import ch08

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch08.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch08.q1 }}

# %%
nor = ...  # (w1, w2, b)

ch08.q1.check(nor)

# %% [markdown] lang="ko"
# {{ exercise ch08.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch08.q2 }}

# %%
def my_xor(x1, x2):
    ...  # your code here: use AND, NAND and OR


ch08.q2.check(my_xor)

# %% [markdown] lang="ko"
# {{ exercise ch08.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch08.q3 }}

# %%
stall = ...  # a number

ch08.q3.check(stall)

# %% [markdown] lang="ko"
# {{ exercise ch08.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch08.q4 }}

# %%
and3 = ...  # (w1, w2, w3, b)

ch08.q4.check(and3)

# %% [markdown] lang="ko"
# ### 더 해 보기
#
# 답이 하나로 정해지지 않는 실험들입니다.
#
# 1. AND를 만드는 $(w_1, w_2, b)$를 강의 값 말고 두 가지 더 찾아서 `nnintro.gates.Perceptron`으로 만들고, `truth_table`로 확인해 보세요.
# 2. 6절의 실험에서 시드를 바꾸거나 학습률을 0.1로 바꿔 보세요. 비용은 어디로 가나요? 이론 페이지의 볼록성 논증으로 설명해 보세요.

# %% [markdown] lang="en"
# ### More to try
#
# Experiments without a single right answer:
#
# 1. Find two more $(w_1, w_2, b)$ besides the lecture's that make AND, build them with `nnintro.gates.Perceptron` and check them with `truth_table`.
# 2. In the experiment of section 6, change the seed, or the learning rate to 0.1. Where does the cost go? Explain it with the convexity argument of the theory page.
