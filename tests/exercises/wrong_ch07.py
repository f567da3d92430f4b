"""Wrong answers learners give to chapter 7's exercises, and the hint each must get."""

WRONG = {
    "q1": [
        ("def my_softmax(z):\n    return z / z.sum(dim=1, keepdim=True)", "torch.exp"),
        (
            "def my_softmax(z):\n    e = torch.exp(z)\n    return e / e.sum(dim=0, keepdim=True)",
            "dim=0",
        ),
        ("def my_softmax(z):\n    e = torch.exp(z)\n    return e / e.sum()", "텐서 전체의 합"),
        ("def my_softmax(z):\n    e = torch.exp(z)\n    return e / e.sum(dim=1)", "keepdim=True"),
        (
            "def my_softmax(z):\n    e = torch.exp(z)\n    return e / e.sum(dim=1, keepdim=True)",
            "가장 큰 점수를 빼세요",
        ),
        (
            "def my_softmax(z):\n    e = torch.exp(z - z.max())\n    return e / e.sum(dim=1, keepdim=True)",
            "행마다 그 행의 최댓값",
        ),
        (
            "def my_softmax(z):\n    e = torch.exp(z - z.max(dim=1, keepdim=True).values)\n    e / e.sum(dim=1, keepdim=True)",
            "`return`",
        ),
        ("def my_softmax(z):\n    return torch.exp(z)", "행마다 합이 1이 아닙니다"),
        (
            "def my_softmax(z):\n    e = torch.exp(z - z.max(dim=1, keepdim=True).values)\n    return (e / e.sum(dim=1, keepdim=True)).sum(dim=1)",
            "같은 모양 (4, 3)",
        ),
    ],
    "q2": [
        (
            "def my_one_hot(y, c):\n    return torch.zeros(len(y), c).scatter_(1, y, 1)",
            "y.unsqueeze(1)",
        ),
        (
            "def my_one_hot(y, c):\n    return torch.zeros(len(y), c).scatter_(0, y.unsqueeze(1), 1)",
            "scatter_(1, ...)",
        ),
        (
            "def my_one_hot(y, c):\n    return torch.zeros(len(y), int(y.max()) + 1).scatter_(1, y.unsqueeze(1), 1)",
            "`y.max() + 1`",
        ),
        (
            "def my_one_hot(y, c):\n    return torch.zeros(c, len(y)).scatter_(0, y.unsqueeze(0), 1)",
            "뒤집혔습니다",
        ),
        (
            "def my_one_hot(y, c):\n    return torch.zeros(len(y), int(y.max())).scatter_(1, y.unsqueeze(1), 1)",
            "열 범위를 벗어납니다",
        ),
        (
            "def my_one_hot(y, c):\n    return torch.ones(len(y), c).scatter_(1, y.unsqueeze(1), 0)",
            "`y[i]`번째 자리만 1",
        ),
    ],
    "q3": [
        (
            "import torch.nn.functional as F\n\ndef my_cross_entropy(z, y):\n    return F.cross_entropy(F.softmax(z, dim=1), y)",
            "소프트맥스를 두 번",
        ),
        (
            "import torch.nn.functional as F\n\ndef my_cross_entropy(z, y):\n    return F.log_softmax(z, dim=1)[torch.arange(len(y)), y].mean()",
            "마이너스",
        ),
        (
            "import torch.nn.functional as F\n\ndef my_cross_entropy(z, y):\n    return -F.log_softmax(z, dim=1)[torch.arange(len(y)), y].sum()",
            "더했습니다",
        ),
        (
            "import torch.nn.functional as F\n\ndef my_cross_entropy(z, y):\n    return -F.log_softmax(z, dim=1)[torch.arange(len(y)), y]",
            "평균하세요",
        ),
        (
            "import torch.nn.functional as F\n\ndef my_cross_entropy(z, y):\n"
            "    one_hot = torch.zeros_like(z).scatter_(1, y.unsqueeze(1), 1)\n"
            "    return (one_hot * -F.log_softmax(z, dim=1)).mean()",
            "전체로 평균",
        ),
        (
            "import torch.nn.functional as F\n\ndef my_cross_entropy(z, y):\n    return -F.log_softmax(z, dim=1).sum(dim=1).mean()",
            "정답 클래스의 확률만",
        ),
        (
            "import torch.nn.functional as F\n\ndef my_cross_entropy(z, y):\n    p = F.softmax(z, dim=1)\n    return -torch.log10(p[torch.arange(len(y)), y]).mean()",
            "자연로그",
        ),
        (
            "import torch.nn.functional as F\n\ndef my_cross_entropy(z, y):\n    p = F.softmax(z, dim=1)\n    return -torch.log(p[torch.arange(len(y)), y]).mean()",
            "F.log_softmax",
        ),
    ],
    "q4": [
        ("first_cost = 0.1", "확률"),
        ("first_cost = -2.302585", "부호"),
        ("import math\nfirst_cost = math.log10(10)", "자연로그"),
        ("first_cost = 1.0986", "클래스가 10개"),
        ("first_cost = 2.3", "넷째 자리"),
    ],
    "q5": [
        ("weight_shape = (4, 3)", "(출력 수, 입력 수)"),
        ("weight_shape = torch.Size([4, 3])", "(출력 수, 입력 수)"),
        ("weight_shape = (3,)", "편향"),
        ("weight_shape = 12", "원소의 개수"),
        ("weight_shape = (8, 3)", "샘플 수"),
    ],
}
