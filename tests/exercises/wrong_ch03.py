"""Wrong answers learners give to chapter 3's exercises, and the hint each must get."""

WRONG = {
    "q1": [
        ("def my_mse(pred, target):\n    return ((pred - target) ** 2).sum()", "제곱 오차의 합"),
        ("def my_mse(pred, target):\n    ((pred - target) ** 2).mean()", "`return`"),
        ("def my_mse(pred, target):\n    return (pred - target).mean()", "제곱"),
        ("def my_mse(pred, target):\n    return (pred - target) ** 2", "숫자 하나"),
    ],
}
