"""Wrong answers learners give to chapter 10's exercises, and the hint each must get."""

TINY = (
    "import torch.nn.functional as F\n"
    "x, y = torch.tensor(2.0), torch.tensor(1.0)\n"
    "w1 = torch.tensor(0.5, requires_grad=True)\n"
    "b1 = torch.tensor(-1.0, requires_grad=True)\n"
    "w2 = torch.tensor(3.0, requires_grad=True)\n"
    "b2 = torch.tensor(-1.5, requires_grad=True)\n"
)
PASS = (
    "    h = torch.sigmoid(w1 * x + b1)\n"
    "    y_hat = torch.sigmoid(w2 * h + b2)\n"
    "    L = F.binary_cross_entropy(y_hat, y)\n"
    "    L.backward()\n"
)

WRONG = {
    "q1": [
        (
            "def my_sigmoid_backward(grad_out, out):\n    return out * (1 - out)",
            "`grad_out`을 곱하지",
        ),
        (
            "def my_sigmoid_backward(grad_out, out):\n    s = torch.sigmoid(out)\n    return grad_out * s * (1 - s)",
            "시그모이드를 한 번 더",
        ),
        (
            "def my_sigmoid_backward(grad_out, out):\n    return grad_out * out",
            "$(1 - h)$를 빠뜨렸습니다",
        ),
        (
            "def my_sigmoid_backward(grad_out, out):\n    return grad_out @ (out * (1 - out))",
            "원소별 곱",
        ),
        ("def my_sigmoid_backward(grad_out, out):\n    grad_out * out * (1 - out)", "`return`"),
        (
            "def my_sigmoid_backward(grad_out, out):\n    return -grad_out * out * (1 - out)",
            "값이 다릅니다",
        ),
    ],
    "q2": [
        ("dw1 = -0.75", "$y = 1$일 때의 값"),
        ("dw1 = (0.5 - 0) * 3 * 0.25", "$\\partial z_1 / \\partial w_1 = x$"),
        ("dw1 = (0.5 - 0) * 3", "$\\partial L / \\partial h$"),
        ("dw1 = 0.5", "출력층의 오차"),
        ("dw1 = (0 - 0.5) * 3 * 0.25 * 2", "부호가 반대"),
        ("dw1 = (0.5 - 0) * 0.25 * 3 * 0.25 * 2", "한 번 더 곱했습니다"),
        ("dw1 = 0.5 * 3 * 0.5 * 2 * 2", "다릅니다"),
        ("dw1 = [0.75]", "숫자 하나"),
    ],
    "q3": [
        ("factor = 5 / 4", "거듭제곱"),
        ("factor = (1 / 4) ** 4", "하나 모자랍니다"),
        ("factor = (1 / 2) ** 5", "$\\sigma(0) = 1/2$"),
        ("factor = 1", "ReLU"),
        ("factor = 4 ** 5", "뒤집었습니다"),
    ],
    "q4": [
        (TINY + "for _ in range(1):\n" + PASS, "한 번의 값"),
        (TINY + "for _ in range(3):\n" + PASS, "세 번 더해졌습니다"),
        (TINY + "for _ in range(2):\n" + PASS + "w1.grad.zero_()", "0입니다"),
        (
            TINY.replace("requires_grad=True)\nb1", "requires_grad=False)\nb1")
            + "for _ in range(2):\n"
            + PASS,
            "None",
        ),
        (
            TINY.replace("torch.tensor(2.0)", "torch.tensor(1.0)") + "for _ in range(2):\n" + PASS,
            "작은 네트워크 값",
        ),
    ],
    "q5": [
        ("shape = (784, 512)", "(입력 수, 출력 수)"),
        ("shape = (512,)", "편향"),
        ("shape = 512 * 784", "모양을"),
        ("shape = [784 * 512]", "원소의 개수"),
        ("shape = (512, 28, 28)", "784개를 출력 512개로"),
    ],
}
