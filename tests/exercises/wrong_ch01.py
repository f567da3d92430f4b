"""Wrong answers learners give to chapter 1's exercises, and the hint each must get."""

WRONG = {
    "q1": [
        # an age is said in whole years, so it looks like a category
        (
            'kinds = ["regression", "binary", "multi-class", "multi-class", "multi-class"]',
            "41살을 40살로",
        ),
        # digits are numbers, so it looks like regression
        (
            'kinds = ["regression", "binary", "regression", "regression", "multi-class"]',
            "7을 8로",
        ),
        # "classification" without saying which
        (
            'kinds = ["regression", "classification", "classification", "regression", "classification"]',
            "범주가 둘이면",
        ),
        ('kinds = ["regression", "binary", "multi-class"]', "과제는 5개인데 답이 3개"),
        ('kinds = "regression, binary, multi-class, regression, multi-class"', "리스트로"),
    ],
    "q2": [
        # the learning rate is passed to optim.SGD, so it looks like a parameter
        (
            'roles = {"W": "parameter", "b": "parameter", "lr": "parameter", "epochs": "hyperparameter"}',
            "`optim.SGD`에 넘기는 인자",
        ),
        # people set b's starting value 0
        (
            'roles = {"W": "parameter", "b": "hyperparameter", "lr": "hyperparameter", "epochs": "hyperparameter"}',
            "처음 값 0은 사람이 정했지만",
        ),
        ('roles = {"W": "parameter", "b": "parameter"}', "lr, epochs"),
        (
            'roles = {"W": "weight", "b": "bias", "lr": "hyperparameter", "epochs": "hyperparameter"}',
            "쓸 수 있는 답이 아닙니다",
        ),
    ],
    "q3": [
        # off by one: the training part takes one index of the test part too
        (
            "def split(n, n_test):\n    perm = torch.randperm(n)\n"
            "    return perm[: n - n_test + 1], perm[n - n_test :]",
            "하나 어긋나지",
        ),
        (
            "def split(n, n_test):\n    perm = torch.randperm(n)\n"
            "    return perm[:n_test], perm[n_test:]",
            "둘이 바뀌었습니다",
        ),
        (
            "def split(n, n_test):\n    perm = torch.arange(n)\n"
            "    return perm[: n - n_test], perm[n - n_test :]",
            "먼저 섞으세요",
        ),
        (
            "def split(n, n_test):\n    perm = torch.randint(0, n, (n,))\n"
            "    return perm[: n - n_test], perm[n - n_test :]",
            "torch.randint",
        ),
        (
            "def split(n, n_test):\n    perm = torch.randperm(n)\n"
            "    return perm[: n - n_test - 1], perm[n - n_test :]",
            "훈련 ",
        ),
        ("def split(n, n_test):\n    perm = torch.randperm(n)", "`return`"),
    ],
    "q4": [
        ("rmse = 112.5", "평균 제곱 오차(MSE)"),
        ("rmse = 450", "제곱 오차의 합"),
        ("rmse = 450 ** 0.5", "합의 제곱근"),
        ("rmse = 7.5", "절댓값의 평균"),
        ("rmse = 10.5", "거의 맞았지만"),
        ("rmse = torch.tensor([0.0, 5.0, 5.0, 20.0])", "숫자 하나"),
        ('rmse = "10.61"', "숫자 하나로"),
    ],
}
