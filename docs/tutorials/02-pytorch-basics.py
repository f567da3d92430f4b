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
# # PyTorch 기초 튜토리얼
#
# [이론 페이지](../theory/02-pytorch-basics.md)에서 살펴본 텐서(tensor) 다루기를 강의 코드 그대로 한 줄씩 실행해 봅니다.
# 출력을 볼 때마다 값뿐 아니라 **모양**(shape)이 어떻게 바뀌는지에 주목하세요.
#
# 1. NumPy 배열과 PyTorch 텐서의 차원과 모양
# 2. 인덱싱과 슬라이싱
# 3. 브로드캐스팅과 그 함정, 행렬 곱셈과 원소별 곱셈
# 4. 평균, 합, 최댓값과 `dim`
# 5. `view`, `squeeze`, `unsqueeze`로 모양 바꾸기
# 6. 형 변환, `cat`과 `stack`, `ones_like`와 `zeros_like`, 제자리 연산
# 7. 자동 미분(autograd)
# 8. CPU와 GPU

# %% [markdown] lang="en"
# # PyTorch basics tutorial
#
# Here we run the tensor handling of the [theory page](../theory/02-pytorch-basics.md) line by line,
# with the lecture's code. Each time you read an output, look not only at the values but at how the
# **shape** changes.
#
# 1. Dimensions and shapes of NumPy arrays and PyTorch tensors
# 2. Indexing and slicing
# 3. Broadcasting and its trap; matrix and element-wise multiplication
# 4. Mean, sum, maximum and `dim`
# 5. Changing shapes with `view`, `squeeze` and `unsqueeze`
# 6. Type casting, `cat` and `stack`, `ones_like` and `zeros_like`, in-place operations
# 7. Autograd
# 8. CPU and GPU

# %%
import warnings

import numpy as np
import torch
import torch.nn.functional as F

import nnintro

# %% [markdown] lang="ko"
# ## 1. NumPy로 먼저 보기
#
# PyTorch 텐서는 NumPy 배열과 아주 비슷하게 동작합니다. 강의처럼 NumPy 배열로 먼저 차원(`ndim`)과 모양(`shape`)을 확인해 봅시다.

# %% [markdown] lang="en"
# ## 1. NumPy first
#
# PyTorch tensors behave very much like NumPy arrays. As in the lecture, we first look at the number of
# dimensions (`ndim`) and the shape (`shape`) of NumPy arrays.

# %%
t = np.array([0., 1., 2., 3., 4., 5., 6.])
print(t)
print('Rank of t: ', t.ndim)
print('Shape of t: ', t.shape)

# %%
t = np.array([[1., 2., 3.], [4., 5., 6.], [7., 8., 9.], [10., 11., 12.]])
print('Rank of t: ', t.ndim)
print('Shape of t: ', t.shape)

# %% [markdown] lang="ko"
# 1차원 배열의 모양은 원소가 7개라서 `(7,)`이고, 2차원 배열은 4행 3열이라서 `(4, 3)`입니다.
# 강의에서는 차원의 수를 랭크(rank)라고도 부릅니다.
#
# ## 2. 1차원 텐서
#
# 같은 값으로 PyTorch 텐서를 만듭니다. 차원의 수는 `dim()`, 모양은 `shape`나 `size()`로 봅니다.

# %% [markdown] lang="en"
# The 1-D array has 7 elements, so its shape is `(7,)`; the 2-D array has 4 rows and 3 columns, so
# `(4, 3)`. The lecture also calls the number of dimensions the rank.
#
# ## 2. 1-D tensors
#
# Make a PyTorch tensor of the same values. `dim()` gives the number of dimensions; `shape` or
# `size()` gives the shape.

# %%
t = torch.FloatTensor([0., 1., 2., 3., 4., 5., 6.])
print(t)
print(t.dim())  # rank
print(t.shape)  # shape
print(t.size())  # shape

# %% [markdown] lang="ko"
# 인덱싱과 슬라이싱은 파이썬 리스트와 같습니다. 음수 인덱스는 뒤에서부터 세고, 구간 `시작:끝`은 끝을 포함하지 않습니다.

# %% [markdown] lang="en"
# Indexing and slicing work as for Python lists. Negative indices count from the back, and a range
# `start:end` excludes its end.

# %%
print(t[0], t[1], t[-1])  # element
print(t[2:5], t[4:-1])  # slicing
print(t[:2], t[3:])  # slicing

# %% [markdown] lang="ko"
# 원소 하나를 꺼낸 `t[0]`도 `tensor(0.)`처럼 텐서로 나옵니다. 모양이 `()`인 0차원 텐서입니다.
# 파이썬 숫자로 꺼내려면 `.item()`을 씁니다.

# %% [markdown] lang="en"
# Even a single element, `t[0]`, comes out as a tensor, `tensor(0.)`: a 0-D tensor of shape `()`.
# Use `.item()` to get a Python number.

# %%
print(t[0].shape, t[0].item(), type(t[0].item()).__name__)

# %% [markdown] lang="ko"
# ## 3. 2차원 텐서
#
# 4행 3열 행렬입니다. `t[행, 열]`처럼 차원마다 인덱스나 슬라이스를 씁니다.

# %% [markdown] lang="en"
# ## 3. 2-D tensors
#
# A matrix of 4 rows and 3 columns. Give one index or slice per dimension, as in `t[row, column]`.

# %%
t = torch.FloatTensor([[1., 2., 3.],
                       [4., 5., 6.],
                       [7., 8., 9.],
                       [10., 11., 12.]])
print(t)
print(t.dim())  # rank
print(t.size())  # shape

# %%
print(t[:, 1])
print(t[:, 1].size())
print(t[:, :-1])
print(t[:, :-1].size())

# %% [markdown] lang="ko"
# `t[:, 1]`은 모든 행의 1번 열, 즉 `[2, 5, 8, 11]`이고 모양은 `(4,)`입니다. 정수 인덱스를 쓴 열 차원이 사라졌기 때문입니다.
# `t[:, :-1]`은 마지막 열을 뺀 나머지로 모양이 `(4, 2)`입니다. 같은 열을 슬라이스 `1:2`로 꺼내면 차원이 남습니다.

# %% [markdown] lang="en"
# `t[:, 1]` is column 1 of every row, `[2, 5, 8, 11]`, with shape `(4,)`: the column dimension,
# indexed by an integer, is gone. `t[:, :-1]` is every column but the last, shape `(4, 2)`. Taking
# the same column with the slice `1:2` keeps the dimension.

# %%
print(t[:, 1:2])
print(t[:, 1:2].size())

# %% [markdown] lang="ko"
# ## 4. 브로드캐스팅
#
# 모양이 같은 두 텐서는 같은 자리끼리 더합니다.

# %% [markdown] lang="en"
# ## 4. Broadcasting
#
# Two tensors of the same shape are added position by position.

# %%
# Same shape
m1 = torch.FloatTensor([[3, 3]])
m2 = torch.FloatTensor([[2, 2]])
print(m1 + m2)

# %% [markdown] lang="ko"
# 모양이 다르면 PyTorch가 크기가 1인 차원을 늘려서 모양을 맞춥니다(브로드캐스팅, broadcasting).
# 벡터에 스칼라를 더하면 스칼라 `[3]`이 `[[3, 3]]`으로 늘어나고, $(1, 2)$와 $(2, 1)$을 더하면 둘 다 $(2, 2)$로 늘어납니다.

# %% [markdown] lang="en"
# When the shapes differ, PyTorch stretches dimensions of size 1 until the shapes match: this is
# broadcasting. Adding a scalar to a vector stretches the scalar `[3]` to `[[3, 3]]`; adding
# $(1, 2)$ and $(2, 1)$ stretches both to $(2, 2)$.

# %%
# Vector + scalar
m1 = torch.FloatTensor([[1, 2]])
m2 = torch.FloatTensor([3])  # 3 -> [[3, 3]]
print(m1 + m2)

# 1 x 2 vector + 2 x 1 vector
m1 = torch.FloatTensor([[1, 2]])
m2 = torch.FloatTensor([[3], [4]])
print(m1 + m2)

# %% [markdown] lang="ko"
# ### 브로드캐스팅의 함정
#
# 브로드캐스팅은 모양이 실수로 어긋났을 때에도 조용히 계산을 해 버립니다. 예측값이 $(3, 1)$이고 정답이 $(3,)$이면
# 두 텐서의 차이는 $(3, 3)$이 되어, 같은 숫자끼리인데도 평균 제곱 오차가 0이 아닙니다.

# %% [markdown] lang="en"
# ### The broadcasting trap
#
# Broadcasting also computes quietly when shapes disagree by mistake. With a prediction of shape
# $(3, 1)$ and a target of shape $(3,)$, their difference is $(3, 3)$, and the mean squared error of
# identical numbers is not 0.

# %%
pred = torch.FloatTensor([[1], [2], [3]])
target = torch.FloatTensor([1, 2, 3])

print((pred - target).shape)
print(((pred - target) ** 2).mean())
print(((pred - target.view(-1, 1)) ** 2).mean())

# %% [markdown] lang="ko"
# PyTorch는 비용을 `loss`라고 부르므로 평균 제곱 오차 함수가 `F.mse_loss`입니다. `F.mse_loss`는 이때 경고만 내고 잘못된 값을 돌려줍니다. 이 강좌의 `nnintro.functional.mse`는
# 계산하지 않고 두 모양과 고치는 방법을 알려 주는 오류를 냅니다([API 문서](../reference/functional.md)).

# %% [markdown] lang="en"
# PyTorch calls the cost the `loss`, hence `F.mse_loss` for the mean squared error. It only warns here and
# returns the wrong value. This course's
# `nnintro.functional.mse` refuses to compute and raises an error naming both shapes and the fix
# ([API page](../reference/functional.md)).

# %%
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(F.mse_loss(pred, target))
print(caught[0].message)

try:
    nnintro.functional.mse(pred, target)
except ValueError as err:
    print(err)

# %% [markdown] lang="ko"
# ## 5. 행렬 곱셈과 원소별 곱셈
#
# `matmul`은 행렬 곱셈이고, `*`와 `mul`은 같은 자리끼리 곱하는 원소별 곱셈입니다.
# 원소별 곱셈에서는 $(2, 1)$인 `m2`가 브로드캐스팅으로 $(2, 2)$로 늘어납니다.

# %% [markdown] lang="en"
# ## 5. Matrix multiplication and element-wise multiplication
#
# `matmul` is the matrix product; `*` and `mul` multiply position by position. In the element-wise
# product, `m2` of shape $(2, 1)$ is stretched to $(2, 2)$ by broadcasting.

# %%
m1 = torch.FloatTensor([[1, 2], [3, 4]])
m2 = torch.FloatTensor([[1], [2]])
print('Shape of Matrix 1: ', m1.shape)  # 2 x 2
print('Shape of Matrix 2: ', m2.shape)  # 2 x 1
print(m1.matmul(m2))  # 2 x 1

print(m1 * m2)  # 2 x 2
print(m1.mul(m2))

# %% [markdown] lang="ko"
# 행렬 곱셈은 $\begin{pmatrix} 1 \cdot 1 + 2 \cdot 2 \\ 3 \cdot 1 + 4 \cdot 2 \end{pmatrix} = \begin{pmatrix} 5 \\ 11 \end{pmatrix}$로 모양이 $(2, 1)$이고,
# 원소별 곱셈은 첫 행에 1, 둘째 행에 2를 곱한 $(2, 2)$입니다.
#
# ## 6. 평균, 합, 최댓값
#
# `mean()`은 평균을 구합니다. 정수 텐서(`LongTensor`)에는 쓸 수 없어서 오류가 납니다.

# %% [markdown] lang="en"
# The matrix product is $\begin{pmatrix} 1 \cdot 1 + 2 \cdot 2 \\ 3 \cdot 1 + 4 \cdot 2 \end{pmatrix} = \begin{pmatrix} 5 \\ 11 \end{pmatrix}$, of shape $(2, 1)$;
# the element-wise product multiplies the first row by 1 and the second by 2, shape $(2, 2)$.
#
# ## 6. Mean, sum and maximum
#
# `mean()` takes the mean. It does not work on an integer tensor (`LongTensor`): that is an error.

# %%
t = torch.FloatTensor([1, 2])
print(t.mean())

# Can't use mean() on integers
t = torch.LongTensor([1, 2])
try:
    print(t.mean())
except Exception as exc:
    print(exc)

# %% [markdown] lang="ko"
# `dim`을 주면 그 차원을 따라 계산하고, 그 차원은 사라집니다. `dim=0`은 행 방향(위에서 아래)으로 계산해서 열마다 하나,
# `dim=1`은 열 방향(왼쪽에서 오른쪽)으로 계산해서 행마다 하나의 값이 남습니다. `dim=-1`은 마지막 차원입니다.

# %% [markdown] lang="en"
# With `dim`, the computation runs along that dimension, and the dimension disappears. `dim=0`
# computes down the rows and leaves one value per column; `dim=1` computes along the columns and
# leaves one value per row. `dim=-1` is the last dimension.

# %%
t = torch.FloatTensor([[1, 2], [3, 4]])
print(t)

print(t.mean())
print(t.mean(dim=0))
print(t.mean(dim=1))
print(t.mean(dim=-1))

# %%
print(t.sum())
print(t.sum(dim=0))
print(t.sum(dim=1))
print(t.sum(dim=-1))

# %% [markdown] lang="ko"
# `max()`는 `dim` 없이 부르면 최댓값 하나를, `dim`을 주면 최댓값(`values`)과 그 위치(`indices`) 두 가지를 돌려줍니다.
# 위치만 필요하면 `argmax`를 씁니다.

# %% [markdown] lang="en"
# Without `dim`, `max()` returns the single largest value; with `dim` it returns two things, the
# maxima (`values`) and their positions (`indices`). Use `argmax` for the positions alone.

# %%
print(t.max())  # returns one value: max
print(t.max(dim=0))  # returns two values: max and argmax
print('Max: ', t.max(dim=0)[0])
print('Argmax: ', t.max(dim=0)[1])

print(t.max(dim=1))
print(t.argmax(dim=1))

# %% [markdown] lang="ko"
# ## 7. view: 모양 바꾸기
#
# 강의가 "아주 중요하다"고 강조한 `view`입니다. 모양이 $(2, 2, 3)$인 3차원 텐서를 만들어 봅시다.

# %% [markdown] lang="en"
# ## 7. view: changing the shape
#
# `view`, which the lecture stresses as "very important". Make a 3-D tensor of shape $(2, 2, 3)$.

# %%
t = np.array([[[0, 1, 2],
               [3, 4, 5]],

              [[6, 7, 8],
               [9, 10, 11]]])
ft = torch.FloatTensor(t)
print(ft.shape)

# %% [markdown] lang="ko"
# `view([-1, 3])`은 "열은 3개로 하고, 행의 수는 알아서 정하라"는 뜻입니다. 원소가 $2 \times 2 \times 3 = 12$개이므로 행은 4개가 됩니다.
# 3차원 텐서를 2차원으로 바꾸는 이 조작은 이미지 묶음을 완전 연결층(fully connected layer)에 넣을 때처럼 자주 쓰입니다.
# 이미지 묶음의 모양은 PyTorch에서 (N, C, H, W), 즉 (개수, 채널, 높이, 너비)입니다. 11장에서는 $(N, 1, 28, 28)$을 `view(-1, 28 * 28)`로 $(N, 784)$로 바꿉니다.

# %% [markdown] lang="en"
# `view([-1, 3])` means "3 columns, and work out the number of rows yourself". There are
# $2 \times 2 \times 3 = 12$ elements, so there are 4 rows. Turning a 3-D tensor into a 2-D one like
# this is common, for instance when a batch of images goes into a fully connected layer.
# In PyTorch a batch of images has shape (N, C, H, W): number, channels, height, width. Chapter 11
# turns $(N, 1, 28, 28)$ into $(N, 784)$ with `view(-1, 28 * 28)`.

# %%
print(ft.view([-1, 3]))
print(ft.view([-1, 3]).shape)

# %%
print(ft.view([-1, 1, 3]))
print(ft.view([-1, 1, 3]).shape)

# %% [markdown] lang="ko"
# 원소의 순서 0, 1, 2, …, 11은 바뀌지 않고 자르는 방법만 달라집니다. 원소 수 12를 만들 수 없는 모양을 요청하면 오류가 납니다.

# %% [markdown] lang="en"
# The order of the elements, 0, 1, 2, …, 11, stays; only the way they are cut changes. Asking for a
# shape that cannot hold 12 elements is an error.

# %%
try:
    ft.view([5, -1])
except RuntimeError as err:
    print(err)

# %% [markdown] lang="ko"
# ## 8. squeeze와 unsqueeze
#
# `squeeze()`는 크기가 1인 차원을 없앱니다. $(3, 1)$이 $(3,)$이 됩니다.

# %% [markdown] lang="en"
# ## 8. squeeze and unsqueeze
#
# `squeeze()` removes dimensions of size 1: $(3, 1)$ becomes $(3,)$.

# %%
ft = torch.FloatTensor([[0], [1], [2]])
print(ft)
print(ft.shape)

print(ft.squeeze())
print(ft.squeeze().shape)

# %% [markdown] lang="ko"
# `unsqueeze(k)`는 k번째 자리에 크기가 1인 차원을 끼워 넣습니다. `unsqueeze(0)`은 `view(1, -1)`과 같고,
# `unsqueeze(1)`과 `unsqueeze(-1)`은 $(3,)$을 $(3, 1)$로 만듭니다.

# %% [markdown] lang="en"
# `unsqueeze(k)` inserts a dimension of size 1 at position k. `unsqueeze(0)` is the same as
# `view(1, -1)`, and `unsqueeze(1)` and `unsqueeze(-1)` turn $(3,)$ into $(3, 1)$.

# %%
ft = torch.Tensor([0, 1, 2])
print(ft.shape)

print(ft.unsqueeze(0))
print(ft.unsqueeze(0).shape)

print(ft.view(1, -1))
print(ft.view(1, -1).shape)

# %%
print(ft.unsqueeze(1))
print(ft.unsqueeze(1).shape)

print(ft.unsqueeze(-1))
print(ft.unsqueeze(-1).shape)

# %% [markdown] lang="ko"
# ## 9. 형 변환
#
# `LongTensor`는 64비트 정수(`torch.int64`), `FloatTensor`는 32비트 실수(`torch.float32`)입니다. `.float()`, `.long()`으로 바꿉니다.

# %% [markdown] lang="en"
# ## 9. Type casting
#
# A `LongTensor` holds 64-bit integers (`torch.int64`), a `FloatTensor` 32-bit floats
# (`torch.float32`). Convert with `.float()` and `.long()`.

# %%
lt = torch.LongTensor([1, 2, 3, 4])
print(lt)
print(lt.float())

bt = torch.ByteTensor([True, False, False, True])
print(bt)
print(bt.long())
print(bt.float())

# %% [markdown] lang="ko"
# 비교 연산의 결과는 `bool` 텐서입니다. 이것을 대괄호에 넣으면 조건에 맞는 원소만 골라내는 마스크(mask)가 되고,
# 실수로 바꿔 평균을 내면 조건에 맞는 비율이 됩니다. 분류 모델의 정확도(accuracy)를 이렇게 계산합니다.

# %% [markdown] lang="en"
# A comparison gives a `bool` tensor. Put in square brackets, it becomes a mask that picks out the
# elements meeting the condition; converted to float, its mean is the fraction that meets it. This is
# how the accuracy of a classifier is computed.

# %%
print(lt > 2)
print((lt > 2).dtype)
print(lt[lt > 2])

correct = lt == 3
print(correct)
print(correct.float().mean())

# %% [markdown] lang="ko"
# ## 10. cat과 stack
#
# `torch.cat`은 있는 차원을 따라 이어 붙입니다. 차원의 수는 그대로입니다.

# %% [markdown] lang="en"
# ## 10. cat and stack
#
# `torch.cat` joins along an existing dimension; the number of dimensions stays the same.

# %%
x = torch.FloatTensor([[1, 2], [3, 4]])
y = torch.FloatTensor([[5, 6], [7, 8]])

print(torch.cat([x, y], dim=0))
print(torch.cat([x, y], dim=1))

# %% [markdown] lang="ko"
# `torch.stack`은 새 차원을 만들어 쌓습니다. 모양이 $(2,)$인 텐서 3개를 쌓으면 $(3, 2)$, `dim=1`로 쌓으면 $(2, 3)$이 됩니다.
# 각 텐서에 `unsqueeze(0)`을 한 뒤 `cat`해도 같은 결과입니다.

# %% [markdown] lang="en"
# `torch.stack` piles up along a new dimension. Stacking three tensors of shape $(2,)$ gives
# $(3, 2)$; stacking with `dim=1` gives $(2, 3)$. Calling `unsqueeze(0)` on each and then `cat`
# gives the same result.

# %%
x = torch.FloatTensor([1, 4])
y = torch.FloatTensor([2, 5])
z = torch.FloatTensor([3, 6])

print(torch.stack([x, y, z]))
print(torch.stack([x, y, z], dim=1))
print(torch.cat([x.unsqueeze(0), y.unsqueeze(0), z.unsqueeze(0)], dim=0))

# %% [markdown] lang="ko"
# ## 11. ones_like와 zeros_like
#
# 주어진 텐서와 모양(그리고 자료형과 장치)이 같은 텐서를 1이나 0으로 채워 만듭니다.

# %% [markdown] lang="en"
# ## 11. ones_like and zeros_like
#
# Make a tensor of the same shape (and data type and device) as a given one, filled with 1 or 0.

# %%
x = torch.FloatTensor([[0, 1, 2], [2, 1, 0]])

print(torch.ones_like(x))
print(torch.zeros_like(x))

# %% [markdown] lang="ko"
# ## 12. 제자리 연산
#
# `mul(2.)`는 새 텐서를 돌려주고 `x`는 그대로 둡니다. 밑줄이 붙은 `mul_(2.)`는 `x` 자체를 바꿉니다.

# %% [markdown] lang="en"
# ## 12. In-place operations
#
# `mul(2.)` returns a new tensor and leaves `x` as it was. `mul_(2.)`, with the underscore, changes
# `x` itself.

# %%
x = torch.FloatTensor([[1, 2], [3, 4]])

print(x.mul(2.))
print(x)
print(x.mul_(2.))
print(x)

# %% [markdown] lang="ko"
# ## 13. 자동 미분
#
# `requires_grad=True`인 텐서로 계산한 뒤 `backward()`를 부르면, PyTorch가 미분값, 즉 기울기(gradient)를 `.grad`에 넣어 줍니다.
# $w = 2$에서 $z = 2w^2 + 5$를 미분하면 $dz/dw = 4w = 8$입니다.

# %% [markdown] lang="en"
# ## 13. Autograd
#
# Compute with a tensor that has `requires_grad=True`, call `backward()`, and PyTorch puts the
# derivative, the gradient, in `.grad`. Differentiating $z = 2w^2 + 5$ at $w = 2$ gives $dz/dw = 4w = 8$.

# %%
w = torch.tensor(2.0, requires_grad=True)

y = w ** 2
z = 2 * y + 5

z.backward()
print(w.grad)

# %% [markdown] lang="ko"
# `backward()`는 `.grad`에 값을 **더합니다**. $z = 2w$를 세 번 미분하면 기울기가 2, 4, 6으로 쌓입니다.
# 그래서 학습 루프에서는 매번 `zero_()`(옵티마이저에서는 `zero_grad()`)로 기울기를 지웁니다.

# %% [markdown] lang="en"
# `backward()` **adds** to `.grad`. Differentiating $z = 2w$ three times piles the gradient up:
# 2, 4, 6. That is why training loops clear it every time with `zero_()` (`zero_grad()` in an optimizer).

# %%
w = torch.tensor(2.0, requires_grad=True)
for step in range(3):
    z = 2 * w
    z.backward()
    print(step, w.grad)

w.grad.zero_()
print(w.grad)

# %% [markdown] lang="ko"
# 평가처럼 기울기가 필요 없는 계산은 `torch.no_grad()` 안에서 합니다. 그 안에서 만든 텐서는 계산이 기록되지 않습니다.

# %% [markdown] lang="en"
# Computations that need no gradients, such as evaluation, go inside `torch.no_grad()`. Tensors made
# there carry no record of the computation.

# %%
with torch.no_grad():
    v = w * 3
print(v.requires_grad)
print((w * 3).requires_grad)
print(w.detach().requires_grad)

# %% [markdown] lang="ko"
# ## 14. CPU와 GPU
#
# GPU가 있으면 GPU를, 없으면 CPU를 쓰도록 장치(device)를 한 번 정하고, 텐서를 `.to(device)`로 옮깁니다.
# 아래 코드는 장치 이름을 출력하지 않으므로, GPU가 있는 컴퓨터에서든 없는 컴퓨터에서든 똑같은 출력을 냅니다.
# 결과를 출력하거나 NumPy로 바꿀 때는 `.cpu()`로 가져오거나 `.item()`으로 숫자를 꺼냅니다.

# %% [markdown] lang="en"
# ## 14. CPU and GPU
#
# Choose the device once, the GPU if there is one and the CPU otherwise, and move tensors there with
# `.to(device)`. The code below never prints the device itself, so it prints the same output on a
# computer with a GPU and on one without. To print results or turn them into NumPy arrays, bring them back
# with `.cpu()` or take numbers out with `.item()`.

# %%
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

x = torch.FloatTensor([[1, 2], [3, 4]]).to(device)
product = x.matmul(x)
print(product.shape)
print(product.cpu())
print(product.sum().item())
print(torch.ones_like(x).device == x.device)

# %% [markdown] lang="ko"
# 한 연산에 쓰이는 텐서는 모두 같은 장치에 있어야 합니다. 모델을 GPU로 옮겼다면 입력 데이터도 같은 장치로 옮겨야 합니다.
#
# ## 15. 정리
#
# - 텐서를 다룰 때는 값보다 먼저 모양을 확인합니다. `dim()`, `shape`, `size()`가 그 도구입니다.
# - 정수 인덱스는 차원을 없애고 슬라이스는 차원을 남깁니다.
# - 브로드캐스팅은 편리하지만 $(3, 1)$과 $(3,)$을 $(3, 3)$으로 만드는 함정이 있습니다.
# - `dim=k`로 계산하면 k번째 차원이 사라집니다.
# - `view`는 원소의 수와 순서를 유지하며 모양을 바꾸고, `-1`은 나머지 크기를 알아서 채웁니다.
# - `cat`은 있는 차원을 따라 잇고, `stack`은 새 차원을 만듭니다.
# - `backward()`는 기울기를 더하므로 매번 지워야 하고, 평가는 `torch.no_grad()` 안에서 합니다.

# %% [markdown] lang="en"
# All tensors in one operation must be on the same device. If the model was moved to the GPU, the
# input data must be moved there too.
#
# ## 15. Summary
#
# - When handling tensors, check the shape before the values: `dim()`, `shape` and `size()` are the tools.
# - An integer index removes its dimension; a slice keeps it.
# - Broadcasting is convenient, but it has a trap: it turns $(3, 1)$ and $(3,)$ into $(3, 3)$.
# - Computing with `dim=k` removes dimension k.
# - `view` changes the shape while keeping the number and order of the elements; `-1` fills in the remaining size.
# - `cat` joins along an existing dimension; `stack` makes a new one.
# - `backward()` adds to the gradients, so clear them every time; evaluate inside `torch.no_grad()`.

# %% [markdown] lang="ko"
# ## 연습 문제
#
# 답을 쓰고 `check`로 확인하세요. 맞으면 "정답입니다!", 틀리면 흔히 하는 실수에 맞춘 힌트가 나옵니다.
# 문제마다 힌트와 풀이가 접혀 있고, 코드에서는 `ch02.q1.hint()`, `ch02.q1.solution()`으로 볼 수 있습니다.
# 모양을 예측하는 문제는 코드를 실행하기 **전에** 손으로 답을 정해 보세요. 셀을 실행하기 전에 `...`를 여러분의 답으로 바꾸세요.

# %% [markdown] lang="en"
# ## Exercises
#
# Write your answer and check it with `check`: a right answer says "Correct!", a wrong one gets a hint
# aimed at the usual mistake. Each exercise has its hint and solution folded below it; in code,
# `ch02.q1.hint()` and `ch02.q1.solution()` show them. For the exercises that ask for shapes, decide
# by hand **before** running any code. Replace `...` with your answer before running a cell.

# %%
from nnintro import exercises
from nnintro.exercises import ch02

exercises.set_language("ko")  # "ko" or "en"

# %% [markdown] lang="ko"
# {{ exercise ch02.q1 }}

# %% [markdown] lang="en"
# {{ exercise ch02.q1 }}

# %%
def to_column(t):
    ...  # your code here


ch02.q1.check(to_column)

# %% [markdown] lang="ko"
# {{ exercise ch02.q2 }}

# %% [markdown] lang="en"
# {{ exercise ch02.q2 }}

# %%
shapes = ...  # [(..., ...), (..., ...), (..., ..., ...)]

ch02.q2.check(shapes)

# %% [markdown] lang="ko"
# {{ exercise ch02.q3 }}

# %% [markdown] lang="en"
# {{ exercise ch02.q3 }}

# %%
broadcast_shapes = ...  # a shape, or None for an error, per expression

ch02.q3.check(broadcast_shapes)

# %% [markdown] lang="ko"
# {{ exercise ch02.q4 }}

# %% [markdown] lang="en"
# {{ exercise ch02.q4 }}

# %%
indices = ...

ch02.q4.check(indices)

# %% [markdown] lang="ko"
# {{ exercise ch02.q5 }}

# %% [markdown] lang="en"
# {{ exercise ch02.q5 }}

# %%
grad = ...

ch02.q5.check(grad)
