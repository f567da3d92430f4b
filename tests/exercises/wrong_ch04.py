"""Wrong answers learners give to chapter 4's exercises, and the hint each must get."""

GRAD = (
    "def my_grad(x, y, W, b):\n    n = len(x)\n    error = {error}\n    return {grad_w}, {grad_b}"
)
STD = "def my_standardize(x):\n    return {body}"

WRONG = {
    "q1": [
        (
            "W = torch.zeros(3, requires_grad=True)\nb = torch.zeros(1, requires_grad=True)\nparams = (W, b)",
            "(5, 5)",
        ),
        (
            "W = torch.zeros((1, 3), requires_grad=True)\nb = torch.zeros(1, requires_grad=True)\nparams = (W, b)",
            "`nn.Linear`",
        ),
        (
            "W = torch.zeros((5, 1), requires_grad=True)\nb = torch.zeros(1, requires_grad=True)\nparams = (W, b)",
            "특성",
        ),
        ("W = torch.zeros((3, 1))\nb = torch.zeros(1)\nparams = (W, b)", "requires_grad=True"),
        (
            "W = torch.zeros((3, 1), requires_grad=True)\nb = torch.zeros((5, 1), requires_grad=True)\nparams = (W, b)",
            "숫자 하나",
        ),
        (
            "W = torch.ones((3, 1), requires_grad=True)\nb = torch.zeros(1, requires_grad=True)\nparams = (W, b)",
            "0에서 시작",
        ),
    ],
    "q2": [
        ("score = 0.8 * 73 + 0.4 * 80 + 0.8 * 75", "편향"),
        (
            "from nnintro import data\nx, _ = data.quiz_scores()\nscore = x @ torch.tensor([[0.8], [0.4], [0.8]]) + 4",
            "다섯 학생의 예측",
        ),
        ("score = 0.8 * 93 + 0.4 * 88 + 0.8 * 93 + 4", "2번째 학생"),
        ("score = (0.8 + 0.4 + 0.8) * 73 + 4", "가중치를 곱해"),
    ],
    "q3": [
        (
            GRAD.format(
                error="y - (x @ W + b)", grad_w="2 / n * x.T @ error", grad_b="2 / n * error.sum()"
            ),
            "부호",
        ),
        (
            GRAD.format(
                error="x @ W + b - y", grad_w="1 / n * x.T @ error", grad_b="1 / n * error.sum()"
            ),
            "절반",
        ),
        (
            GRAD.format(error="x @ W + b - y", grad_w="2 * x.T @ error", grad_b="2 * error.sum()"),
            "나누세요",
        ),
        (
            GRAD.format(
                error="x @ W + b - y", grad_w="2 / n * error.T @ x", grad_b="2 / n * error.sum()"
            ),
            "x.T @ error",
        ),
        (
            GRAD.format(
                error="x @ W - y", grad_w="2 / n * x.T @ error", grad_b="2 / n * error.sum()"
            ),
            "편향이 빠졌",
        ),
        (
            GRAD.format(
                error="x @ W + b - y", grad_w="2 / n * x.T @ error", grad_b="2 / n * error"
            ),
            "숫자 하나",
        ),
        (
            GRAD.format(
                error="x @ W + b - y",
                grad_w="2 / n * x.T @ error",
                grad_b="2 / n * (error * x).sum()",
            ),
            "`grad_W`는 맞습니다",
        ),
    ],
    "q4": [
        (STD.format(body="(x - x.mean(dim=0)) / x.std(dim=0)"), "correction=0"),
        (STD.format(body="(x - x.mean()) / x.std(correction=0)"), "`dim=0`"),
        (
            STD.format(
                body="(x - x.mean(dim=1, keepdim=True)) / x.std(dim=1, keepdim=True, correction=0)"
            ),
            "학생(행)마다",
        ),
        (STD.format(body="x / x.std(dim=0, correction=0)"), "평균 $\\mu_j$를 빼야"),
        (STD.format(body="x - x.mean(dim=0)"), "표준편차 $\\sigma_j$로 나누세요"),
        (STD.format(body="(x - x.mean(dim=0)) / x.var(dim=0, correction=0)"), "분산"),
        (STD.format(body="x.mean(dim=0)"), "(5, 3)"),
    ],
}
