"""Wrong answers learners give to chapter 2's exercises, and the hint each must get."""

WRONG = {
    "q1": [
        ("def to_column(t):\n    return t.unsqueeze(0)", "맨 앞에"),
        ("def to_column(t):\n    return t.view(1, -1)", "맨 앞에"),
        ("def to_column(t):\n    return t.t()", "전치"),
        ("def to_column(t):\n    return t.squeeze()", "그대로입니다"),
        ("def to_column(t):\n    return t.view(3, 1)", "크기 3을 직접 적지"),
        ("def to_column(t):\n    return t.unsqueeze_(1)", "제자리 연산"),
        ("def to_column(t):\n    t.unsqueeze(1)", "`return`"),
    ],
    "q2": [
        # the given size and -1 swapped places
        ("shapes = [(4, 6), (6, 4), (2, 4, 3)]", "그 자리에 그대로"),
        ("shapes = [(6, 4), (4, 6), (2, -1, 3)]", "-1을 그대로"),
        ("shapes = [(6, 4), (4, 6), (2, 3, 3)]", "곱이"),
        ("shapes = [(6, 4), (4, 6)]", "식은 3개인데"),
        ("shapes = [(6, 4), (4, 6), None]", "오류가 아닙니다"),
    ],
    "q3": [
        # (2,) is matched against the rows of (2, 3)
        ("broadcast_shapes = [(2, 3), (2, 3), (3, 3)]", "앞쪽"),
        # the trap: (3, 1) - (3,) is not (3, 1)
        ("broadcast_shapes = [(2, 3), None, (3, 1)]", "함정"),
        ("broadcast_shapes = [(2, 3), None, (3,)]", "함정"),
        ("broadcast_shapes = [(3, 2), None, (3, 3)]", "`x + u`"),
        ('broadcast_shapes = [(2, 3), "error", (3, 3)]', "None"),
    ],
    "q4": [
        ("indices = [1, 2]", "`dim=1`의 답"),
        ("indices = [4, 5, 6]", "최댓값(`values`)"),
        ("indices = [2, 1, 2]", "0부터"),
        ("indices = 5", "`dim` 없이"),
        ("indices = [0, 1, 0]", "큰 쪽이"),
    ],
    "q5": [
        # backward() ran twice: the gradient accumulated
        (
            "w = torch.tensor(2.0, requires_grad=True)\n"
            "for _ in range(2):\n    z = 3 * w**3\n    z.backward()\ngrad = w.grad",
            "두 번",
        ),
        ("w = torch.tensor(2.0, requires_grad=True)\nz = 3 * w**3\ngrad = z", "$z$ 자체"),
        ("grad = 12", "계수 3"),
        ("grad = 18", "제곱으로"),
        ("grad = torch.tensor([36.0, 36.0])", "숫자 하나"),
    ],
}
