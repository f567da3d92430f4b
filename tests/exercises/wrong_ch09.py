"""Wrong answers learners give to chapter 9's exercises, and the hint each must get."""

WRONG = {
    "q1": [
        ("count = 2 * 16 + 16 * 16 + 16 * 1", "가중치만"),
        ("count = 2 + 16 + 16 + 1", "유닛(노드)의 수"),
        ("count = (2 * 16 + 16) + (16 * 16 + 16) + (16 * 1 + 1) + 2", "입력층에도 편향"),
        ("count = 2 * 16 * 16 * 1", "모두 곱했습니다"),
        ("count = (2 * 16 + 2) + (16 * 16 + 16) + (16 * 1 + 16)", "층마다 가중치"),
        ("count = 336.5", "정수 하나"),
    ],
    "q2": [
        (
            "def combine(layer1, layer2):\n    return layer1.weight @ layer2.weight, layer2.weight @ layer1.bias + layer2.bias",
            "W2 @ W1",
        ),
        (
            "def combine(layer1, layer2):\n    return (layer2.weight @ layer1.weight).T, layer2.weight @ layer1.bias + layer2.bias",
            "전치",
        ),
        (
            "def combine(layer1, layer2):\n    return layer1.weight.T @ layer2.weight.T, layer2.weight @ layer1.bias + layer2.bias",
            "전치",
        ),
        (
            "def combine(layer1, layer2):\n    return layer2.weight @ layer1.weight, layer1.bias + layer2.bias",
            "바로 더할 수 없습니다",
        ),
        (
            "def combine(layer1, layer2):\n    return layer2.weight @ layer1.weight, layer2.weight @ layer1.bias",
            "b2를 더하지 않았습니다",
        ),
        (
            "def combine(layer1, layer2):\n    return layer2.weight @ layer1.weight, layer2.bias",
            "W2 b1이 빠졌습니다",
        ),
        (
            "def combine(layer1, layer2):\n    W = layer2.weight @ layer1.weight\n    b = layer2.weight @ layer1.bias + layer2.bias",
            "`return W, b`",
        ),
        ("def combine(layer1, layer2):\n    return layer2.weight @ layer1.weight", "두 개"),
    ],
    "q3": [
        ("bound = 0.5", "σ(0)"),
        ("bound = 1", "tanh"),
        ("bound = 0", "포화"),
        ("bound = 0.2", "σ(x) = 0.5"),
    ],
    "q4": [
        ("updates = (60000, 3000, 1)", "거꾸로"),
        ("updates = (1, 20, 60000)", "배치 크기"),
        ("updates = (1, 3000, 1)", "샘플 하나마다"),
        ("updates = (60000, 3000, 60000)", "한 에폭에 한 번"),
        ("updates = (1, 1200000, 60000)", "곱했습니다"),
        ("updates = 3000", "세 수"),
    ],
}
