"""Wrong answers learners give to chapter 5's exercises, and the hint each must get."""

CLASS = """from torch import nn


class MyRegression(nn.Module):
    def __init__(self, in_features):
{init}

    def forward(self, x):
{forward}
"""
INIT = "        super().__init__()\n        self.linear = nn.Linear(in_features, 1)"
FORWARD = "        return self.linear(x)"

LOOP = """import torch.nn.functional as F


def my_train(model, x, y, lr, epochs):
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    for epoch in range({range}):
        cost = F.mse_loss(model(x), y)
{zero_grad}        cost.backward()
{step}"""
ZERO = "        optimizer.zero_grad()\n"
STEP = "        optimizer.step()"

WRONG = {
    "q1": [
        (
            CLASS.format(init="        self.linear = nn.Linear(in_features, 1)", forward=FORWARD),
            "super().__init__()",
        ),
        (
            CLASS.format(
                init="        super().__init__()\n        self.linear = nn.Linear(3, 1)",
                forward=FORWARD,
            ),
            "인자 `in_features`",
        ),
        (
            CLASS.format(
                init="        super().__init__()\n        self.linear = nn.Linear(1, in_features)",
                forward=FORWARD,
            ),
            "순서가 바뀌었습니다",
        ),
        (
            CLASS.format(
                init="        super().__init__()\n        linear = nn.Linear(in_features, 1)",
                forward=FORWARD,
            ),
            "속성에 넣어야",
        ),
        (CLASS.format(init=INIT, forward="        self.linear(x)"), "None"),
        (CLASS.format(init=INIT, forward="        ...  # your code here"), "None"),
        (CLASS.format(init=INIT, forward="        return torch.sigmoid(self.linear(x))"), "6장"),
        (
            CLASS.replace(
                "    def forward(self, x):\n{forward}", "    def foward(self, x):\n{forward}"
            ).format(init=INIT, forward=FORWARD),
            "`forward`가 없습니다",
        ),
        (
            CLASS.format(init=INIT, forward=FORWARD) + "\nMyRegression = MyRegression(3)",
            "클래스 자체를",
        ),
        (
            "from torch import nn\n\n\nclass MyRegression(nn.Module):\n    def __init__(self):\n"
            "        super().__init__()\n        self.linear = nn.Linear(3, 1)\n\n"
            "    def forward(self, x):\n        return self.linear(x)",
            "인자로 받으세요",
        ),
        (
            "from torch import nn\n\n\nclass MyRegression:\n    def __init__(self, in_features):\n"
            "        self.linear = nn.Linear(in_features, 1)",
            "상속하지",
        ),
    ],
    "q2": [
        ("count = 3", "편향"),
        ("from torch import nn\n\ncount = len(list(nn.Linear(3, 1).parameters()))", "`p.numel()`"),
        ("count = 3 * 1", "편향"),
        ("count = 5", "입력 수 × 출력 수"),
    ],
    "q3": [
        ("shapes = [(3, 1), (1,)]", "(출력 수, 입력 수)"),
        ("shapes = [(1,), (1, 3)]", "순서가 바뀌었습니다"),
        ("shapes = [(1, 3)]", "편향도"),
        ("shapes = [(3,), (1,)]", "직접 확인"),
    ],
    "q4": [
        (LOOP.format(range="epochs", zero_grad="", step=STEP), "zero_grad()"),
        (LOOP.format(range="epochs + 1", zero_grad=ZERO, step=STEP), "range(nb_epochs + 1)"),
        (LOOP.format(range="epochs", zero_grad=ZERO, step=""), "optimizer.step()"),
        (LOOP.format(range="epochs - 1", zero_grad=ZERO, step=STEP), "에폭마다 한 번"),
        (
            LOOP.format(range="epochs", zero_grad=ZERO, step=STEP).replace("lr=lr", "lr=0.01"),
            "학습률로 `lr`",
        ),
    ],
}
