"""Wrong answers learners give to chapter 8's exercises, and the hint each must get."""

WRONG = {
    "q1": [
        # right under "fires when z > 0", wrong under the course's z >= 0: (0, 1) and (1, 0) land on z = 0
        ("nor = (-1.0, -1.0, 1.0)", "z = 0입니다"),
        ("nor = (-0.5, -0.5, 0.5)", "z ≥ 0이면 1"),
        ("nor = (1.0, 1.0, -0.5)", "OR"),
        ("nor = (-0.5, -0.5, 0.7)", "NAND"),
        ("nor = (0.5, 0.5, -0.7)", "AND"),
        ("nor = (-1.0, -1.0)", "숫자 세 개"),
        ("nor = (1.0, -1.0, 0.5)", "입력 (1, 0), (1, 1)에서 틀립니다"),
    ],
    "q2": [
        (
            "from nnintro.gates import AND, NAND, OR\n\ndef my_xor(x1, x2):\n    return NAND(NAND(x1, x2), OR(x1, x2))",
            "정반대",
        ),
        (
            "from nnintro.gates import AND, NAND, OR\n\ndef my_xor(x1, x2):\n    return AND(AND(x1, x2), OR(x1, x2))",
            "AND 대신",
        ),
        (
            "from nnintro.gates import AND, NAND, OR\n\ndef my_xor(x1, x2):\n    return OR(NAND(x1, x2), OR(x1, x2))",
            "모두에서 1",
        ),
        (
            "from nnintro.gates import AND, NAND, OR\n\ndef my_xor(x1, x2):\n    return AND(NAND(x1, x2), NAND(x1, x2))",
            "NAND입니다",
        ),
        (
            "from nnintro.gates import AND, NAND, OR\n\ndef my_xor(x1, x2):\n    return NAND(x1, x2), OR(x1, x2)",
            "여러 개",
        ),
        (
            "from nnintro.gates import AND, NAND, OR\n\ndef my_xor(x1, x2):\n    AND(NAND(x1, x2), OR(x1, x2))",
            "`return`",
        ),
    ],
    "q3": [
        ("stall = 0.5", "출력(확률)"),
        ("stall = -0.6931", "부호"),
        ("import math\nstall = math.log10(2)", "자연로그"),
        ("stall = 0.25", "MSE"),
        ("stall = 0.0", "풀었다"),
        ("stall = 0.69", "넷째 자리"),
    ],
    "q4": [
        ("and3 = (0.5, 0.5, 0.5, -0.7)", "다수결"),
        # right under "fires when z > 0", wrong under z >= 0: two 1s land on z = 0
        ("and3 = (1.0, 1.0, 1.0, -2.0)", "z = 0입니다"),
        ("and3 = (1.0, 1.0, 1.0, -4.0)", "편향이 너무 낮아서"),
        ("and3 = (1.0, 1.0, 1.0, 0.5)", "(0, 0, 0)에서도 1"),
        ("and3 = (1.0, 1.0, -1.5)", "숫자 네 개"),
        ("and3 = (2.0, 1.0, 1.0, -2.5)", "입력 (1, 0, 1), (1, 1, 0)에서 틀립니다"),
    ],
}
