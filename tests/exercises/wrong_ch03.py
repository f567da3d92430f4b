"""Wrong answers learners give to chapter 3's exercises, and the hint each must get."""

WRONG = {
    "q1": [
        ("def my_mse(pred, target):\n    return ((pred - target) ** 2).sum()", "제곱 오차의 합"),
        ("def my_mse(pred, target):\n    ((pred - target) ** 2).mean()", "`return`"),
        ("def my_mse(pred, target):\n    return (pred - target).mean()", "제곱"),
        ("def my_mse(pred, target):\n    return (pred - target) ** 2", "숫자 하나"),
    ],
    "q2": [
        ("def grad_W(x, y, W, b):\n    return torch.mean((W * x + b - y) * x)", "빠뜨렸습니다"),
        ("def grad_W(x, y, W, b):\n    return 2 * torch.sum((W * x + b - y) * x)", "합에서"),
        ("def grad_W(x, y, W, b):\n    return torch.sum((W * x + b - y) * x)", "2도 빠지고"),
        (
            "def grad_W(x, y, W, b):\n    return 2 * torch.mean((y - (W * x + b)) * x)",
            "부호가 반대",
        ),
        ("def grad_W(x, y, W, b):\n    return 2 * torch.mean(W * x + b - y)", "연쇄 법칙"),
        ("def grad_W(x, y, W, b):\n    return 2 / 4 * torch.sum((W * x + b - y) * x)", "직접 적지"),
        ("def grad_W(x, y, W, b):\n    return 2 * (W * x + b - y) * x", "숫자 하나"),
    ],
    "q3": [
        # the line of step 0 prints W before the update
        ("first_step = (28.0, 5.0)", "Step 1"),
        # added the gradient instead of subtracting it
        ("first_step = (28.0, 7.8)", "**빼므로**"),
        ("first_step = (-28.0, 7.8)", "부호가 반대"),
        ("first_step = (14.0, 3.6)", "절반"),
        ("first_step = 28.0", "튜플"),
    ],
    "q4": [
        ("limit = 15", "$c$입니다"),
        ("limit = 1 / 15", "한 걸음 만에"),
        ("limit = 3 / 14", "네 개가 되면"),
        ("limit = 2 / 60", "평균 대신 합"),
        ("limit = 2 / 7.5", "2를 빠뜨렸습니다"),
        ("limit = 0.13", "나왔습니다"),
        ('limit = "2/15"', "숫자"),
    ],
}
