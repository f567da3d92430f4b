"""Wrong answers learners give to chapter 11's exercises, and the hint each must get."""

WRONG = {
    "q1": [
        ("n_params = 784 * 128 + 128 * 128 + 128 * 10", "편향(bias)"),
        ("n_params = (784 * 128 + 128) + (128 * 128 + 128) + 128 * 10", "출력층의 편향"),
        ("n_params = 784 * 128 + (128 * 128 + 128) + (128 * 10 + 10)", "은닉층 하나의 편향"),
        ("n_params = 669706", "784-512-512-10"),
        ("n_params = 784 + 128 + 128 + 10", "뉴런"),
        ("n_params = (784 * 128 + 128) + (128 * 10 + 10)", "층 하나를 빠뜨렸습니다"),
        ("n_params = '118282'", "문자열"),
        ("n_params = 118000", "층마다 가중치"),
    ],
    "q2": [
        ("import math\nfirst_cost = math.log10(26)", "밑이 10"),
        ("first_cost = 1.0  # log10(10), remembered from MNIST", "밑이 10"),
        ("import math\nfirst_cost = math.log2(26)", "밑이 2"),
        ("first_cost = 1 / 26", "확률"),
        ("import math\nfirst_cost = math.log(1 / 26)", "부호"),
        ("first_cost = 2.303", "클래스가 10개"),
        ("first_cost = torch.tensor([3.26, 3.25])", "숫자 하나"),
    ],
    "q3": [
        ("def flatten(x):\n    return x.view(-1)", "벡터 하나"),
        ("def flatten(x):\n    return x.squeeze(1)", "2차원 격자"),
        ("def flatten(x):\n    return x.view(784, -1)", "`-1`의 자리"),
        ("def flatten(x):\n    return x.view(784, -1).t()", "값의 순서"),
        ("def flatten(x):\n    return x.view(20, -1)", "배치 크기를 숫자로"),
        ("def flatten(x):\n    return x.view(256, -1)", "배치 크기를 숫자로"),
        ("def flatten(x):\n    return x.view(-1, 784)", "784를 직접"),
        ("def flatten(x):\n    return x.view(-1, 28 * 28)", "784를 직접"),
        ("def flatten(x):\n    return x.flatten(2)", "가운데 차원"),
        ("def flatten(x):\n    return x.squeeze().flatten(1)", "배치 차원까지"),
        ("def flatten(x):\n    x.view(x.shape[0], -1)", "`return`"),
    ],
    "q4": [
        (
            "def my_accuracy(logits, labels):\n"
            "    return (logits.argmax(dim=0) == labels).float().mean()",
            "`dim=1`",
        ),
        (
            "def my_accuracy(logits, labels):\n    return (logits.argmax(dim=1) == labels).sum()",
            "맞힌 개수",
        ),
        (
            "def my_accuracy(logits, labels):\n"
            "    return 100 * (logits.argmax(dim=1) == labels).float().mean()",
            "백분율",
        ),
        (
            "def my_accuracy(logits, labels):\n    return (logits.argmax(dim=1) == labels).mean()",
            "`.float()`",
        ),
        (
            "def my_accuracy(logits, labels):\n"
            "    return (logits.argmax() == labels).float().mean()",
            "하나도 없습니다",
        ),
        (
            "def my_accuracy(logits, labels):\n"
            "    return (logits.max(dim=1).values == labels).float().mean()",
            "하나도 없습니다",
        ),
        (
            "def my_accuracy(logits, labels):\n"
            "    return (logits.argmax(dim=1) == labels).sum().item() / 10",
            "이미지 수를 숫자로",
        ),
    ],
    "q5": [
        ("updates = (60000 - 10000) // 256", "내림"),
        ("updates = (60000 - 10000) / 256", "정수"),
        ("import math\nupdates = math.ceil(60000 / 256)", "10,000장은 검증용"),
        ("updates = 60000 // 256", "10,000장은 검증용"),
        ("updates = 50000 // 20", "배치 20"),
        ("import math\nupdates = 5 * math.ceil(50000 / 256)", "5 에폭"),
        ("updates = 200", "배치 하나가 갱신 한 번"),
    ],
}
