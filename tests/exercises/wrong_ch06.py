"""Wrong answers learners give to chapter 6's exercises, and the hint each must get."""

SIGMOID = "def my_sigmoid(z):\n    return {body}"
BCE = "def my_bce(p, y):\n    return {body}"
ACCURACY = "def my_accuracy(prob, y):\n    return {body}"

WRONG = {
    "q1": [
        (SIGMOID.format(body="1 / (1 + torch.exp(z))"), "지수의 부호"),
        (SIGMOID.format(body="torch.exp(-z) / (1 + torch.exp(-z))"), "지수의 부호"),
        (SIGMOID.format(body="1 / 1 + torch.exp(-z)"), "괄호"),
        (SIGMOID.format(body="1 / (1 - torch.exp(-z))"), "$\\sigma(0) = 0.5$"),
        ("import math\n\n" + SIGMOID.format(body="1 / (1 + math.exp(-z))"), "`torch.exp`"),
        (SIGMOID.format(body="(1 / (1 + torch.exp(-z))).sum()"), "같은 모양"),
    ],
    "q2": [
        (BCE.format(body="(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()"), "마이너스"),
        (BCE.format(body="-(y * torch.log(p)).mean()"), "$(1 - y)\\ln(1 - p)$"),
        (
            BCE.format(body="-(y * torch.log(p) + (1 - y) * torch.log(1 - p)).sum()"),
            "합을 구했습니다",
        ),
        (
            BCE.format(body="-(y * torch.log10(p) + (1 - y) * torch.log10(1 - p)).mean()"),
            "`torch.log`가 $\\ln$",
        ),
        (
            "import torch.nn.functional as F\n\n"
            + BCE.format(body="F.binary_cross_entropy_with_logits(p, y)"),
            "이미 확률",
        ),
        (
            BCE.format(body="-(y * torch.log(1 - p) + (1 - y) * torch.log(p)).mean()"),
            "두 로그가 바뀌었습니다",
        ),
        (BCE.format(body="-(y * torch.log(p) + (1 - y) * torch.log(1 - p))"), "`.mean()`"),
        (
            "import math\n\n"
            + BCE.format(body="-(y * math.log(p) + (1 - y) * math.log(1 - p)).mean()"),
            "`torch.log`",
        ),
    ],
    "q3": [
        (
            "z = torch.tensor([-1.2, 0.0, 0.3, 2.5, -0.01, 0.7])\nlabels = (z > 0).float()",
            "$z = 0$인 샘플",
        ),
        (
            "z = torch.tensor([-1.2, 0.0, 0.3, 2.5, -0.01, 0.7])\nlabels = (z >= 0.5).float()",
            "0과 비교하세요",
        ),
        (
            "z = torch.tensor([-1.2, 0.0, 0.3, 2.5, -0.01, 0.7])\nlabels = torch.sigmoid(z)",
            "확률 $\\sigma(z)$를 넘겼습니다",
        ),
        ("labels = [1, 0, 0, 0, 1, 0]", "모두 바뀌었습니다"),
        ("labels = [0, 1, 1, 1, 0]", "6개인데 값이 5개"),
    ],
    "q4": [
        (ACCURACY.format(body="((prob >= 0.5).float() == y).float().sum()"), "비율"),
        (ACCURACY.format(body="((prob >= 0.5).float() == y).float().mean() * 100"), "백분율"),
        (ACCURACY.format(body="((prob > 0.5).float() == y).float().mean()"), "`>=`"),
        (ACCURACY.format(body="(prob == y).float().mean()"), "정답과 바로 비교"),
        (
            ACCURACY.format(body="((prob >= 0.5).float().view(-1) == y).float().mean()"),
            "브로드캐스팅",
        ),
        (ACCURACY.format(body="((prob >= 0.5) == y.bool()).mean()"), "`.float()`"),
    ],
}
